"""Opening the database file: pragmas, the newer-version guard, safe migration."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..privatefiles import create_private
from . import files, integrity
from .backup import missing_database_error
from .errors import DatabaseCorruptError, DatabaseTooNewError, StoreError, classify
from .migrations import migrations

BUSY_TIMEOUT_SECONDS = 5.0


def connect(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"De map voor de database kan niet worden aangemaakt ({path.parent}): {error.strerror}. "
            "Kies een andere plek met --db."
        ) from None
    existed = path.exists() and path.stat().st_size > 0
    if not path.exists():
        # Never start over with an empty file where backups show there was data.
        missing = missing_database_error(path)
        if missing is not None:
            raise missing
        _create_private(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        # Touch the schema first: a file that is not a database fails here,
        # before anything is written to it.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if existed:
            integrity.verify(conn, path)  # a damaged file is refused before anything writes to it
        if db.journal_mode != "wal":
            db.enable_wal()
        _refuse_newer(db, path)
        pending = migrations.pending(db)
        if pending and existed:
            _copy_before_migration(path, pending[0].name)
        migrations.apply(db)
    except sqlite3.Error as error:
        _close_quietly(conn)
        known = classify(error, path)
        if known is None:
            raise
        raise known from error
    except BaseException:
        _close_quietly(conn)  # a refused file is not left open (nor locked) behind the message
        raise
    return db


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def _create_private(path: Path) -> None:
    """Notes name people: the file (and SQLite's -wal/-shm, which copy its mode) is the user's alone."""
    try:
        create_private(path)
    except OSError as error:
        raise StoreError(
            f"De database kan niet worden aangemaakt ({path}): {error.strerror}. Kies een andere plek met --db."
        ) from None


def _refuse_newer(db: Database, path: Path) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise DatabaseTooNewError(
            f"Deze database ({path}) is gemaakt met een nieuwere versie van de app "
            f"(schema '{unknown[-1]}'). Werk de app bij; de database is niet gewijzigd."
        )


def _copy_before_migration(path: Path, first_pending: str) -> Path:
    """Keep the file as it was, so a failed or regretted upgrade can be undone."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = files.migration_copy(path, first_pending, stamp)
    _create_private(target)  # private from the first byte, like the database
    source = sqlite3.connect(str(path))
    try:
        copy = sqlite3.connect(str(target))
        with copy:
            source.backup(copy)
        copy.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseCorruptError(
            f"Het databasebestand is beschadigd ({path}); er is niets gewijzigd. "
            "Zet een reservekopie terug of start met een andere database (--db)."
        ) from error
    finally:
        source.close()
    shutil.copymode(path, target)
    return target


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
