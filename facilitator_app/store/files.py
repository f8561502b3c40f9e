"""Every file the app writes for a database, named in one place.

Whatever holds notes (the database, its journals, copies, backups) must be
found again by the code that erases a person, searches for one, or keeps the
files private; so the code that *writes* such a file takes its name from here,
and :func:`data_files` lists all that may hold data. Add a new kind of file here first.

Next to the database ``<dir>/<stem><suffix>`` (e.g. ``facilitator.sqlite3``):

- SQLite's own ``-wal``, ``-shm`` and ``-journal`` (:data:`SQLITE_SIDES`);
- ``<name>.check``: the last passed integrity check (:mod:`.integrity`), and
  its ``.tmp`` while written; ``<name>.lock``: the desktop app's instance lock;
- ``<stem>.before-<migration>-<time><suffix>``: the copy before a migration;
- ``<stem>.replaced-<time><suffix>`` (and its ``-wal``): the file a restore put
  aside; ``.<name>.restoring``: a restore's incoming copy until it is renamed;

in a backup folder (``backups/`` next to it or one the user chose):

- ``<stem>-<time>-<reason>.sqlite3`` and, while it is written,
  ``.<that name>.partial``.

Never ``open()`` the database, its ``-wal`` or ``-shm`` outside SQLite while a
connection to it may be open in this process: closing the descriptor drops
the process's locks (see :func:`.integrity.fingerprint`). ``stat``, rename and
unlink are fine.
"""

from __future__ import annotations

import re
from pathlib import Path

SQLITE_SIDES = ("-wal", "-shm", "-journal")
CHECK_SUFFIX = ".check"
LOCK_SUFFIX = ".lock"
BACKUP_SUFFIX = ".sqlite3"
BACKUP_DIR_NAME = "backups"
BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)\.sqlite3$")


def sqlite_side(db_path: Path, side: str) -> Path:
    """``<name>-wal`` and the like."""
    return db_path.with_name(db_path.name + side)


def check_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + CHECK_SUFFIX)


def lock_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def migration_copy(db_path: Path, migration: str, stamp: str) -> Path:
    return db_path.with_name(f"{db_path.stem}.before-{migration}-{stamp}{db_path.suffix}")


def replaced_copy(db_path: Path, stamp: str) -> Path:
    return db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")


def restoring_copy(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.restoring")


def backup_file(folder: Path, stem: str, stamp: str, reason: str) -> Path:
    return folder / f"{stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def partial_file(target: Path) -> Path:
    """Where a file (a backup) is written before it gets its real name."""
    return target.with_name(f".{target.name}.partial")


def copies_beside(db_path: Path) -> list[Path]:
    """The migration copies, restore leftovers and their journals that exist next to ``db_path``."""
    folder, stem, suffix = db_path.parent, db_path.stem, db_path.suffix
    patterns = (
        f"{stem}.before-*{suffix}",
        f"{stem}.replaced-*{suffix}",
        f".{db_path.name}.restoring",
    )
    found: set[Path] = set()
    for pattern in patterns:
        for path in folder.glob(pattern):
            found.add(path)
            found.update(side for s in SQLITE_SIDES if (side := sqlite_side(path, s)).exists())
    return sorted(found)


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def backup_stem(path: Path) -> str | None:
    """The stem of the database a backup (or an unfinished one) belongs to; None for other files."""
    name = path.name
    if name.startswith(".") and name.endswith(".partial"):
        name = name[1 : -len(".partial")]
    match = BACKUP_NAME.match(name)
    return None if match is None else match["stem"]


def backups_in(folder: Path, stem: str) -> list[Path]:
    """Backups of the database named ``stem`` in ``folder``, unfinished ones too, sorted by name."""
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    return sorted(p for p in candidates if backup_stem(p) == stem and p.is_file())


def data_files(db_path: Path, backup_folders: tuple[Path, ...] = ()) -> list[Path]:
    """Every file the app wrote for ``db_path`` that may hold its data and exists now, the database first.

    ``backup_folders``: every folder backups were made in (the default one
    next to the database is always included).
    """
    found: list[Path] = [db_path] if db_path.exists() else []
    found += [side for s in SQLITE_SIDES if (side := sqlite_side(db_path, s)).exists()]
    found += copies_beside(db_path)
    folders = {default_backup_dir(db_path), *backup_folders}
    for folder in sorted(folders):
        found += backups_in(folder, db_path.stem)
    return list(dict.fromkeys(found))
