"""Store failures sorted the qutebrowser way.

Problems of the environment (a locked, read-only, full or damaged file, a
database from a newer app) become :class:`StoreError` with a calm message
that says what to do. Anything else is our bug and propagates.

An error raised with an :class:`~..core.problems.ErrorCode` carries the code
and its parameters: the interface words it in the user's language
(``ui/labels.error_text``), ``str()`` is the Dutch of :mod:`..core.dutch`.
Errors still raised with a sentence are Dutch in both languages.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..core.dutch import error_text
from ..core.problems import ErrorCode


class StoreError(Exception):
    """A problem the user can act on: ``code`` and ``params``, or (older) just a Dutch sentence."""

    def __init__(self, message: str = "", *, code: ErrorCode | None = None, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message or (error_text(code, params) if code else ""))


class DatabaseTooNewError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass


class DatabaseReadOnlyError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class DatabaseCorruptError(StoreError):
    pass


class NotFoundError(StoreError):
    pass


class DuplicateError(StoreError):
    pass


def classify(error: sqlite3.Error, path: Path | None) -> StoreError | None:
    """Turn an environment-caused sqlite3 error into a StoreError, else None."""
    where = str(path) if path else ""
    extended = getattr(error, "sqlite_errorcode", None)
    # SQLite reports extended codes (SQLITE_IOERR_FSYNC is 1034 = IOERR | 4 << 8); the low byte is the kind.
    code = None if extended is None else extended & 0xFF
    text = str(error).lower()
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return DatabaseLockedError(code=ErrorCode.DATABASE_LOCKED, path=where)
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(code=ErrorCode.DATABASE_READ_ONLY, path=where)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(code=ErrorCode.DISK_FULL)
    if (
        code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
        or "malformed" in text
        or "not a database" in text
    ):
        return DatabaseCorruptError(code=ErrorCode.DATABASE_CORRUPT, path=where)
    if (
        code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR)
        or "unable to open" in text
        or "i/o error" in text
    ):
        return StoreError(code=ErrorCode.DATABASE_UNAVAILABLE, path=where)
    return None


class InvalidInputError(StoreError):
    pass


class DatabaseMissingError(StoreError):
    """The database file is gone but backups of it exist: offer one rather than start empty."""


class BackupError(StoreError):
    """A backup could not be made, read or restored; the data in use is untouched."""
