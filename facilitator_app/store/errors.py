"""Store failures sorted the qutebrowser way.

Problems of the environment (a locked, read-only, full or damaged file, a
database from a newer app) become :class:`StoreError` with a calm Dutch
message that says what to do. Anything else is our bug and propagates.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """An environment problem the user can act on; ``str()`` is the Dutch message."""


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
    where = f" ({path})" if path else ""
    extended = getattr(error, "sqlite_errorcode", None)
    # SQLite reports extended codes (SQLITE_IOERR_FSYNC is 1034 = IOERR | 4 << 8); the low byte is the kind.
    code = None if extended is None else extended & 0xFF
    text = str(error).lower()
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return DatabaseLockedError(
            f"De database is in gebruik door een ander programma{where}. "
            "Sluit de andere vensters van de app (of het synchronisatieprogramma) en probeer het opnieuw."
        )
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(
            f"De database kan niet worden beschreven{where}. "
            "Controleer of je schrijfrechten hebt op deze map, of kies een andere map met --db."
        )
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(
            "De schijf is vol; je laatste wijziging is niet opgeslagen. "
            "Maak ruimte vrij en probeer het opnieuw — eerder opgeslagen gegevens zijn veilig."
        )
    if (
        code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
        or "malformed" in text
        or "not a database" in text
    ):
        return DatabaseCorruptError(
            f"Het databasebestand is beschadigd{where}. "
            "Er is niets overschreven. Zet een reservekopie terug of start met een andere database (--db)."
        )
    if (
        code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR)
        or "unable to open" in text
        or "i/o error" in text
    ):
        return StoreError(
            f"De database kan niet worden geopend{where}. "
            "Controleer of de map bestaat en bereikbaar is (bijvoorbeeld een losgekoppelde schijf)."
        )
    return None


class InvalidInputError(StoreError):
    pass


class DatabaseMissingError(StoreError):
    """The database file is gone but backups of it exist: offer one rather than start empty."""


class BackupError(StoreError):
    """A backup could not be made, read or restored; the data in use is untouched."""
