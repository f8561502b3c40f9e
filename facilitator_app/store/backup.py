"""Backups through SQLite's online backup API, kept in rotation, restored atomically.

Where
    ``<folder of the database>/backups/`` unless the user chose another folder
    (the ``backup_folder`` setting in the database, :func:`set_backup_folder`).
When
    :func:`make_startup_backup` at start-up (skipped when the newest backup
    is less than an hour old) and :func:`make_backup` after every
    finished session; :func:`before_close` also makes one when the database
    file was deleted while the app ran (the open connection still has it all).
Which are kept
    The newest :data:`KEEP_LAST`, plus the newest of each of the last
    :data:`KEEP_MONTHS` calendar months (:func:`rotate`).
Privacy
    Every backup is created 0600, like the database: it holds the same notes.

Backups are made from the open connection, so they include what is still in
the WAL, and are written to a temporary name first: a half-written backup
never looks like a good one. They are plain rollback-journal databases that
open read-only without leaving files behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..core.dutch import dutch_date
from ..core.problems import ErrorCode
from ..privatefiles import atomic_file, make_private
from . import files, integrity
from .base import Connected, OwnFilesGuard, Repository
from .errors import BackupError, DatabaseMissingError, DiskFullError, StoreError
from .files import BACKUP_DIR_NAME, default_backup_dir  # noqa: F401 (re-exported)
from .migrations import migrations
from .settings import all_settings, get_setting, set_setting

KEEP_LAST = 10
KEEP_MONTHS = 12
STARTUP_INTERVAL = timedelta(hours=1)
BACKUP_FOLDER_SETTING = files.BACKUP_FOLDER_SETTING
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when, why, how big, and what it holds (None where unreadable)."""

    path: Path
    created: datetime  # UTC
    reason: str
    size: int
    schools: int | None = None
    sessions: int | None = None
    notes: int | None = None

    @property
    def readable(self) -> bool:
        return self.schools is not None

    def when(self) -> str:
        """The local date and time in Dutch, e.g. "14 maart 2025, 13:05"."""
        local = self.created.astimezone()
        return f"{dutch_date(local)}, {local:%H:%M}"

    def describe(self) -> str:
        """One Dutch line for lists and dialogs."""
        size = f"{self.size / 1_048_576:.1f} MB".replace(".", ",")
        if not self.readable:
            return f"{self.when()} — niet leesbaar ({size})"
        return (
            f"{self.when()} — {_count(self.schools, 'school', 'scholen')}, "
            f"{_count(self.sessions, 'sessie', 'sessies')}, {_count(self.notes, 'notitie', 'notities')} ({size})"
        )


def _count(value: int | None, one: str, many: str) -> str:
    number = value or 0
    return f"{number} {one if number == 1 else many}"


# ------------------------------------------------------------------ folder


def backup_dir(store: Connected) -> Path:
    """The folder the user chose, else ``backups/`` next to the database."""
    chosen = get_setting(store, BACKUP_FOLDER_SETTING)
    if chosen:
        return Path(chosen)
    if store.path is None:
        raise BackupError(code=ErrorCode.BACKUP_NOT_A_FILE)
    return default_backup_dir(store.path)


def set_backup_folder(store: OwnFilesGuard, folder: Path | None) -> None:
    """Keep backups in ``folder`` from now on (None: back to the default next to the database)."""
    if folder is not None:
        folder = folder.expanduser().resolve()
        _prepare_folder(folder)
    previous = get_setting(store, BACKUP_FOLDER_SETTING)
    if previous:  # its backups stay there: privacy erase must still find them
        used = files.remember_folder(all_settings(store), Path(previous))
        set_setting(store, files.BACKUP_FOLDERS_USED_SETTING, used)
    set_setting(store, BACKUP_FOLDER_SETTING, None if folder is None else str(folder))
    store.protect_own_files()  # the new folder's backups are never overwritten by an export


# ------------------------------------------------------------------- making


def _now() -> datetime:
    return datetime.now(UTC)


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise BackupError(
            code=ErrorCode.BACKUP_FOLDER, folder=str(folder), reason=error.strerror or ""
        ) from None


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug or "kopie"


def make_backup(store: Connected, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the open database into the backup folder (0600), then rotate; returns the new file.

    ``reason`` is a short word kept in the name ("start", "sessie-afgerond").
    Raises :class:`BackupError` (calm Dutch) when the folder or disk fails;
    the database itself is never touched.
    """
    if store.path is None:
        raise BackupError(code=ErrorCode.BACKUP_NOT_A_FILE)
    folder = backup_dir(store)
    _prepare_folder(folder)
    moment = now or _now()
    target = files.backup_file(folder, store.path.stem, moment.strftime(_STAMP_FORMAT), _slug(reason))
    try:
        with atomic_file(target, files.partial_file(target)) as partial:
            copy = sqlite3.connect(str(partial))
            try:
                with Repository(store.db, store.path).translated():
                    store.db.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                copy.commit()
            finally:
                copy.close()
            if not integrity.file_is_sound(partial):  # a backup counts only once it passed a check
                raise _UnsoundCopyError
    except _UnsoundCopyError:
        integrity.forget(store.path)  # the next start checks the database itself
        raise BackupError(code=ErrorCode.BACKUP_COPY_DAMAGED, path=str(store.path)) from None
    except (OSError, sqlite3.Error, StoreError) as error:
        raise _backup_failed(folder, error) from error
    # The copy holds every page of the database as it is now: its passed check counts for the database.
    integrity.remember(store.path)
    rotate(folder, store.path.stem, now=moment)
    return target


class _UnsoundCopyError(Exception):
    """The fresh copy failed its check; it is not kept."""


def _backup_failed(folder: Path, error: BaseException) -> BackupError:
    full = (
        isinstance(error, DiskFullError)
        or (isinstance(error, OSError) and error.errno == errno.ENOSPC)
        or "disk is full" in str(error).lower()
    )
    if full:
        return BackupError(
            f"De reservekopie kon niet worden gemaakt: de schijf met de map {folder} is vol. "
            "Maak ruimte vrij of kies een andere map voor de reservekopieën. Je gegevens zelf zijn veilig."
        )
    return BackupError(
        f"De reservekopie kon niet worden gemaakt in {folder}. "
        "Controleer of de map bestaat en beschrijfbaar is, of kies een andere map voor de reservekopieën. "
        "Je gegevens zelf zijn veilig."
    )


def make_startup_backup(store: Connected, *, now: datetime | None = None) -> Path | None:
    """The start-up backup, unless the newest one is less than :data:`STARTUP_INTERVAL` old.

    Restarting the app a few times in a row should not push the useful
    backups out of the rotation.
    """
    if store.path is None:
        return None
    moment = now or _now()
    backups = list_backups(backup_dir(store), store.path.stem, summaries=False)
    if backups and timedelta(0) <= moment - backups[0].created < STARTUP_INTERVAL:
        return None
    return make_backup(store, "start", now=moment)


def before_close(store: Connected) -> None:
    """Called by ``Store.close``: rescue a file deleted while open. Never raises: closing must succeed.

    No integrity check here: it cost every command and every exit up to a
    second; the start-up check and the check of every backup cover it.
    """
    if store.path is None:
        return
    with contextlib.suppress(StoreError, OSError, sqlite3.Error):
        rescue_if_deleted(store)


def rescue_if_deleted(store: Connected) -> Path | None:
    """If the database file was deleted while open, save its contents as a backup now.

    On POSIX an open SQLite connection keeps working after its file is
    deleted, but everything would be lost at close. The rescue copy appears in
    the backup list, and the next start offers it (:class:`DatabaseMissingError`).
    Call it now and then while the app runs; ``Store.close`` calls it too.
    """
    if store.path is None or store.path.exists():
        return None
    return make_backup(store, "redding")


# ------------------------------------------------------------------ listing


def _parse(path: Path, stem: str | None) -> tuple[datetime, str] | None:
    match = files.BACKUP_NAME.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    created = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    return created, match["reason"]


def summarize(path: Path) -> tuple[int, int, int] | None:
    """(schools, sessions, notes) in a backup, read-only; None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = [
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) if table in tables else 0
            for table in ("schools", "sessions", "notes")
        ]
        return counts[0], counts[1], counts[2]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(folder: Path, stem: str | None = None, *, summaries: bool = True) -> list[BackupInfo]:
    """The backups in ``folder`` (of the database named ``stem``, or all), newest first."""
    found: list[BackupInfo] = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    for path in candidates:
        parsed = _parse(path, stem)
        if parsed is None or not path.is_file():
            continue
        counts = summarize(path) if summaries else None
        found.append(
            BackupInfo(
                path=path,
                created=parsed[0],
                reason=parsed[1],
                size=path.stat().st_size,
                schools=counts[0] if counts else None,
                sessions=counts[1] if counts else None,
                notes=counts[2] if counts else None,
            )
        )
    found.sort(key=lambda info: info.created, reverse=True)
    return found


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes ``quick_check`` and this app can open."""
    for info in list_backups(folder or default_backup_dir(db_path), db_path.stem):
        if info.readable and integrity.file_is_sound(info.path) and _schema_known(info.path):
            return info
    return None


def _schema_known(path: Path) -> bool:
    known = {m.name for m in migrations._migrations}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return names <= known


def rotate(folder: Path, stem: str, *, now: datetime | None = None) -> list[Path]:
    """Delete all but the newest KEEP_LAST and the newest per month of the last KEEP_MONTHS."""
    moment = now or _now()
    backups = list_backups(folder, stem, summaries=False)
    keep = {info.path for info in backups[:KEEP_LAST]}
    months = set()
    year, month = moment.year, moment.month
    for _ in range(KEEP_MONTHS):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    seen: set[tuple[int, int]] = set()
    for info in backups:  # newest first: the first of each month is its newest
        key = (info.created.year, info.created.month)
        if key in months and key not in seen:
            seen.add(key)
            keep.add(info.path)
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


@dataclass(frozen=True)
class CheckReport:
    """The on-demand check: what ``integrity_check`` found in the database, which backups are damaged."""

    database_problems: list[str]
    backups_checked: int
    damaged_backups: list[Path]


def check_all(store: Connected) -> CheckReport:
    """The full ``integrity_check`` of the database and a ``quick_check`` of each of its backups."""
    if store.path is None:
        raise BackupError("Deze database staat niet in een bestand; er is niets te controleren.")
    found = integrity.check_now(store.db.conn, store.path)
    listed = list_backups(backup_dir(store), store.path.stem, summaries=False)
    damaged = [info.path for info in listed if not integrity.file_is_sound(info.path)]
    return CheckReport(found, len(listed), damaged)


# ---------------------------------------------------------------- restoring


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of ``db_path``; returns where the replaced file was kept.

    Close every store on ``db_path`` first. The backup is checked before
    anything changes; the current file (with its ``-wal``) is kept as
    ``<name>.replaced-<time>.sqlite3``; the backup is copied next to the
    database under a temporary name and then renamed over it in one step, so
    at every moment there is a complete database at ``db_path``.
    """
    if not integrity.file_is_sound(backup):
        raise BackupError(code=ErrorCode.BACKUP_DAMAGED, name=backup.name)
    if not _schema_known(backup):
        raise BackupError(code=ErrorCode.BACKUP_TOO_NEW, name=backup.name)
    stamp = _now().strftime("%Y%m%d-%H%M%S")
    aside = files.replaced_copy(db_path, stamp)
    kept: Path | None = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(db_path, files.restoring_copy(db_path)) as incoming:
            shutil.copyfile(backup, incoming)
            if db_path.exists():
                _keep_aside(db_path, aside)
                kept = aside
            for suffix in files.SQLITE_SIDES:
                side = files.sqlite_side(db_path, suffix)
                if side.exists():
                    if suffix == "-wal" and kept is not None:
                        side.replace(files.sqlite_side(aside, suffix))
                        make_private(files.sqlite_side(aside, suffix))
                    else:
                        side.unlink()
    except OSError as error:
        raise BackupError(
            code=ErrorCode.RESTORE_FAILED, reason=error.strerror or "", folder=str(db_path.parent)
        ) from None
    integrity.forget(db_path)
    return kept


def _keep_aside(db_path: Path, aside: Path) -> None:
    """A second name for the current file (a hard link where possible, else a copy)."""
    try:
        os.link(db_path, aside)
    except OSError:
        # Only when every store on it is closed: open() and close() of a database
        # file drops this process's SQLite locks on it (see integrity.fingerprint).
        shutil.copyfile(db_path, aside)
    with contextlib.suppress(OSError):
        make_private(aside)


def missing_database_error(db_path: Path) -> StoreError | None:
    """When ``db_path`` is gone but backups of it exist: the error that offers the newest."""
    newest = newest_good_backup(db_path)
    if newest is None:
        return None
    return DatabaseMissingError(
        code=ErrorCode.DATABASE_MISSING,
        path=str(db_path),
        backup=str(newest.path),
        folder=str(newest.path.parent),
        when=newest.when(),
        describe=newest.describe(),
    )
