"""Opening the database file: pragmas, the newer-version guard, safe migration."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..core.problems import ErrorCode
from ..privatefiles import create_private, make_private
from . import files, integrity
from .backup import missing_database_error
from .errors import DatabaseCorruptError, DatabaseReadOnlyError, DatabaseTooNewError, StoreError, classify
from .migrations import migrations
from .readonly import connect_read_only, why_read_only

BUSY_TIMEOUT_SECONDS = 5.0
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    db: Database
    read_only: str | None  # why the file cannot be written (Dutch); None when it can


def connect(path: Path) -> Opened:
    """Open (creating if needed) and migrate the database at ``path``.

    Nothing is changed (journal mode, permissions, schema) before the file is
    known to be sound and of a schema this app knows. A file that cannot be
    written is opened read-only (:mod:`.readonly`).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"De map voor de database kan niet worden aangemaakt ({path.parent}): {error.strerror}. "
            "Kies een andere plek met --db."
        ) from None
    new = not path.exists()
    if new:
        # Never start over with an empty file where backups show there was data.
        missing = missing_database_error(path)
        if missing is not None:
            raise missing
        _create_new(path)
    elif not path.is_file():
        raise StoreError(
            f"'{path}' is geen databasebestand maar een map of apparaat. Kies een bestand met --db."
        )
    elif path.stat().st_size == 0:
        raise empty_database_error(path)  # the data is gone, but not through SQLite: never build on it
    read_only = None if new else why_read_only(path)
    conn: sqlite3.Connection | None = None
    try:
        if read_only:
            conn = connect_read_only(path, BUSY_TIMEOUT_SECONDS)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
        # No sqlite-utils plugins: looking for them scans every installed package's entry
        # points once per process (14-22 ms here, sqlite_utils.plugins.ensure_plugins_loaded),
        # and a plugin installed for another tool has no business in our connection.
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        # Touch the schema first: a file that is not a database fails here,
        # before anything is written to it.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not new:
            integrity.verify(conn, path)  # a damaged file is refused before anything writes to it
        _refuse_newer(db, path)  # before the journal mode, the permissions or the schema change
        if read_only:
            _refuse_outdated(db, path, read_only)
            return Opened(db, read_only)
        tighten_permissions(path)
        if db.journal_mode != "wal":
            db.enable_wal()
        pending = migrations.pending(db)
        if pending and not new:
            _copy_before_migration(path, pending[0].name)
        migrations.apply(db)
        if new:
            integrity.remember(path)  # just made by us: known good
    except sqlite3.Error as error:
        _close_quietly(conn)
        known = classify(error, path)
        if known is None:
            raise
        raise known from error
    except BaseException:
        _close_quietly(conn)  # a refused file is not left open (nor locked) behind the message
        raise
    return Opened(db, None)


def _refuse_outdated(db: Database, path: Path, read_only: str) -> None:
    """An older schema needs migrating, which a read-only file does not allow."""
    if migrations.pending(db):
        raise DatabaseReadOnlyError(
            f"Deze database is gemaakt met een oudere versie van de app en moet worden bijgewerkt, "
            f"maar kan niet worden beschreven. {read_only}"
        )


def empty_database_error(path: Path) -> DatabaseCorruptError:
    return DatabaseCorruptError(code=ErrorCode.DATABASE_EMPTY, path=str(path))


def _create_new(path: Path) -> None:
    """A new, empty database in WAL mode, put in place whole: never a 0-byte file under the real name."""
    temporary = files.new_database(path)
    try:
        _create_private(temporary)
        conn = sqlite3.connect(str(temporary))
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()  # writes the header page
        finally:
            conn.close()
        try:
            os.link(temporary, path)  # never over a file another process just made
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():  # a file system without hard links
                temporary.replace(path)
    except sqlite3.Error as error:
        known = classify(error, path)
        raise (known or StoreError(str(error))) from error
    except OSError as error:
        raise StoreError(
            f"De database kan niet worden aangemaakt ({path}): {error.strerror}. Kies een andere plek met --db."
        ) from None
    finally:
        for leftover in (temporary, *(files.sqlite_side(temporary, side) for side in files.SQLITE_SIDES)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def tighten_permissions(path: Path) -> None:
    """The database and its journals are the user's alone, also when an older version made them 0644."""
    for target in (path, *(files.sqlite_side(path, side) for side in files.SQLITE_SIDES)):
        try:
            loose = target.stat().st_mode & 0o077
        except OSError:
            continue
        if loose and sys.platform != "win32":
            try:
                make_private(target)
            except OSError:
                continue  # not ours to change (another user's file, read-only file system)
            log.info("%s was readable by others (mode %o); now only by its owner (0600)", target, loose)


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
        raise DatabaseTooNewError(code=ErrorCode.DATABASE_TOO_NEW, path=str(path), schema=unknown[-1])


def _copy_before_migration(path: Path, first_pending: str) -> Path:
    """Keep the file as it was, so a failed or regretted upgrade can be undone."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = files.migration_copy(path, first_pending, stamp)
    _create_private(target)  # private from the first byte, like the database (never its mode copied)
    source = sqlite3.connect(str(path))
    try:
        copy = sqlite3.connect(str(target))
        with copy:
            source.backup(copy)
        copy.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseCorruptError(code=ErrorCode.DATABASE_CORRUPT, path=str(path)) from error
    finally:
        source.close()
    return target
