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
- ``.<name>.new``: a new database until it is complete (a second, then renamed);

in a backup folder (``backups/`` next to it or one the user chose):

- ``<stem>-<time>-<reason>.sqlite3`` and, while it is written,
  ``.<that name>.partial``.

Never ``open()`` the database, its ``-wal`` or ``-shm`` outside SQLite while a
connection to it may be open in this process: closing the descriptor drops
the process's locks (see :func:`.integrity.fingerprint`). ``stat``, rename and
unlink are fine.
"""

from __future__ import annotations

import enum
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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


def new_database(db_path: Path) -> Path:
    """Where a new database is made before it gets its real name (so it is never seen 0 bytes long)."""
    return db_path.with_name(f".{db_path.name}.new")


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
        f".{db_path.name}.new",
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


def own_file(path: Path, db_path: Path, backup_folders: Iterable[Path] = ()) -> str | None:
    """What ``path`` is to the app when writing there would overwrite its data (Dutch), else None.

    The database, its journals, check and lock files, its copies and hidden
    temporaries beside it, and backups in any backup folder: by name after
    resolving links (so a link to the database counts), and by identity for a
    file that exists (a hard link). Output the user names is checked against
    this before anything is written (``privatefiles.refuse_own_file``).
    """
    target = _real(path)
    database = _real(db_path)
    if target == database or _same(path, db_path):
        return "de database"
    if target.parent == database.parent:
        name = target.name
        if name in {database.name + side for side in SQLITE_SIDES}:
            return "een logbestand van de database"
        if name in {check_file(database).name, check_file(database).name + ".tmp", lock_file(database).name}:
            return "een hulpbestand van de database"
        if name.startswith((f".{database.name}.", f"{database.stem}.before-", f"{database.stem}.replaced-")):
            return "een kopie van de database"
    folders = {_real(default_backup_dir(db_path)), *(_real(f) for f in backup_folders)}
    if target.parent in folders and backup_stem(target) is not None:
        return "een reservekopie"
    if any(_same(path, existing) for existing in data_files(db_path, tuple(backup_folders))):
        return "een kopie van de database"
    return None


def _real(path: Path) -> Path:
    return Path(os.path.normcase(os.path.realpath(path.expanduser())))


def _same(path: Path, other: Path) -> bool:
    try:
        return path.expanduser().samefile(other)
    except OSError:  # one of them does not exist (yet)
        return False


# ─────────────────────────────────── what each file is, for privacy find and erase

BACKUP_FOLDER_SETTING = "backup_folder"
# The folders backups went to before the current one (a JSON list of paths): their backups stay there.
BACKUP_FOLDERS_USED_SETTING = "backup_folders_used"


class FileKind(enum.Enum):
    DATABASE = "database"
    JOURNAL = "journal"  # -wal, -shm or -journal beside a database file
    REPLACED = "replaced"  # the file a restore put aside
    BEFORE_MIGRATION = "before-migration"  # the copy made before a schema upgrade
    RESTORING = "restoring"  # a restore interrupted before its rename
    BACKUP = "backup"
    PARTIAL = "partial"  # a backup interrupted before its rename


# The kinds that are (or were going to be) a copy of the database, with the notes in it.
COPY_KINDS = frozenset(
    {FileKind.REPLACED, FileKind.BEFORE_MIGRATION, FileKind.RESTORING, FileKind.BACKUP, FileKind.PARTIAL}
)
# Interrupted writes: never used again by the app, so erasing deletes them rather than rewriting.
UNFINISHED_KINDS = frozenset({FileKind.RESTORING, FileKind.PARTIAL})

# Dutch, for privacy reports: (one, many).
KIND_LABELS = {
    FileKind.DATABASE: ("database", "databases"),
    FileKind.JOURNAL: ("logbestand van de database", "logbestanden van de database"),
    FileKind.REPLACED: (
        "opzijgezet bestand van een teruggezette reservekopie",
        "opzijgezette bestanden van teruggezette reservekopieën",
    ),
    FileKind.BEFORE_MIGRATION: ("kopie van vóór een update", "kopieën van vóór een update"),
    FileKind.RESTORING: ("onderbroken terugzetting", "onderbroken terugzettingen"),
    FileKind.BACKUP: ("reservekopie", "reservekopieën"),
    FileKind.PARTIAL: ("onderbroken reservekopie", "onderbroken reservekopieën"),
}


def count_files(kinds: Iterable[FileKind]) -> str:
    """Dutch: "2 reservekopieën en 1 kopie van vóór een update"."""
    counts: dict[FileKind, int] = {}
    for kind in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    parts = [f"{n} {KIND_LABELS[k][0 if n == 1 else 1]}" for k, n in counts.items()]
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    kind: FileKind

    @property
    def is_copy(self) -> bool:
        """A copy of the database: it may hold every note and name."""
        return self.kind in COPY_KINDS

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind][0]


def kind_of(db_path: Path, path: Path) -> FileKind:
    """What a file from :func:`data_files` is."""
    name = path.name
    if path == db_path:
        return FileKind.DATABASE
    if name.endswith(SQLITE_SIDES):
        return FileKind.JOURNAL
    if name == restoring_copy(db_path).name:
        return FileKind.RESTORING
    if backup_stem(path) is not None:
        return FileKind.PARTIAL if name.endswith(".partial") else FileKind.BACKUP
    return FileKind.REPLACED if name.startswith(f"{db_path.stem}.replaced-") else FileKind.BEFORE_MIGRATION


def used_folders(settings: Mapping[str, str]) -> list[str]:
    """The folders remembered in :data:`BACKUP_FOLDERS_USED_SETTING` (a damaged value: none)."""
    try:
        value = json.loads(settings.get(BACKUP_FOLDERS_USED_SETTING) or "[]")
    except ValueError:
        return []
    return [p for p in value if isinstance(p, str) and p] if isinstance(value, list) else []


def remember_folder(settings: Mapping[str, str], folder: Path) -> str:
    """The new value of :data:`BACKUP_FOLDERS_USED_SETTING` with ``folder`` in it."""
    known = used_folders(settings)
    if str(folder) not in known:
        known.append(str(folder))
    return json.dumps(known, ensure_ascii=False)


def backup_folders(settings: Mapping[str, str]) -> tuple[Path, ...]:
    """The chosen backup folder and every one used before (the default one is always searched too)."""
    chosen = settings.get(BACKUP_FOLDER_SETTING)
    return tuple(Path(p) for p in ([chosen] if chosen else []) + used_folders(settings))


def files_written_for(db_path: Path, settings: Mapping[str, str]) -> list[WrittenFile]:
    """:func:`data_files` with what each one is; ``settings`` is the database's settings table."""
    return [WrittenFile(p, kind_of(db_path, p)) for p in data_files(db_path, backup_folders(settings))]
