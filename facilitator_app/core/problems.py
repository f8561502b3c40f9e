"""What went wrong, as codes: a store refusal names an :class:`ErrorCode` and its parameters.

The words live elsewhere, once per language: :func:`facilitator_app.core.dutch.error_text`
for the command line (and ``str()`` of the error), ``ui/labels.py`` for the interface,
so English mode shows English.
"""

from __future__ import annotations

import enum

__all__ = ["ErrorCode"]


class ErrorCode(enum.StrEnum):
    """One kind of refusal; the comment names the parameters its words use."""

    # The environment's fault (store/errors.classify); ``path`` is optional.
    DATABASE_LOCKED = "database_locked"  # path
    DATABASE_READ_ONLY = "database_read_only"  # path
    DISK_FULL = "disk_full"
    DATABASE_CORRUPT = "database_corrupt"  # path
    DATABASE_EMPTY = "database_empty"  # path (a file of 0 bytes)
    DATABASE_UNAVAILABLE = "database_unavailable"  # path
    DATABASE_TOO_NEW = "database_too_new"  # path, schema
    DATABASE_MISSING = "database_missing"  # path, backup, when (Dutch), describe (Dutch)
    # Something that was there is gone (deleted in another window, or by privacy erasure).
    SCHOOL_GONE = "school_gone"
    SCHOOL_NAME_TAKEN = "school_name_taken"  # name
    PERSON_NAME_TOO_SHORT = "person_name_too_short"  # privacy: a name to find needs two letters
    SESSION_GONE = "session_gone"
    # Backups (store/backup.py); ``reason`` is the operating system's own words.
    BACKUP_NOT_A_FILE = "backup_not_a_file"  # a database in memory has no file to copy
    BACKUP_FOLDER = "backup_folder"  # folder, reason
    BACKUP_COPY_DAMAGED = "backup_copy_damaged"  # path
    BACKUP_DAMAGED = "backup_damaged"  # name
    BACKUP_TOO_NEW = "backup_too_new"  # name
    RESTORE_FAILED = "restore_failed"  # reason, folder
    NOTE_GONE = "note_gone"
    INSPIRATION_CARD_GONE = "inspiration_card_gone"  # a card chosen for a correction was deleted meanwhile
    FOLLOW_UP_EMPTY = "follow_up_empty"  # neither how it went nor a few words about it
