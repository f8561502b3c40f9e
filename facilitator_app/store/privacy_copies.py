"""A name or a school in the copies of the database: backups, files put aside, unfinished writes.

The copies are the ones :func:`.files.files_written_for` lists (through
:func:`.privacy.copy_files`): backups in the current, default and earlier
backup folders, the file a restore put aside, the copy made before a
migration, and a backup or restore interrupted half-way. A copy SQLite can
open is searched and erased like the database itself; one it cannot open
(damaged, or cut off mid-write) is searched as raw text. A copy that holds the
name but cannot be rewritten -- an unfinished write, which the app never uses,
or a damaged file -- is deleted: privacy comes before keeping a broken copy.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

from ..core.names import nfc
from .errors import StoreError
from .files import KIND_LABELS, UNFINISHED_KINDS, FileKind, WrittenFile, count_files
from .privacy import (
    CopyHit,
    DocumentTexts,
    PersonReport,
    copy_files,
    erase_person,
    erase_school,
    find_person,
    person_pattern,
)
from .store import Store

if TYPE_CHECKING:
    from pathlib import Path

# A copy larger than this is not read whole for the raw search (a database is a few MB).
MAX_RAW_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class CopyChange:
    """What erasing did to one copy: rewritten without the name, or deleted."""

    path: Path
    kind: FileKind
    deleted: bool

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind][0]


def describe_changes(changes: Sequence[CopyChange]) -> list[str]:
    """Dutch lines for the command line: which copies were rewritten, which deleted."""
    rewritten = [c.kind for c in changes if not c.deleted]
    lines = [f"Ook gewist uit {count_files(rewritten)}."] if rewritten else []
    lines.extend(f"Verwijderd, want niet te herschrijven ({c.label}): {c.path}" for c in changes if c.deleted)
    return lines


@contextlib.contextmanager
def _opened(path: Path, *, write: bool) -> Iterator[Store]:
    if write:
        conn = sqlite3.connect(str(path))
    else:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = Store(Database(conn, execute_plugins=False), path)
        copy.db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # not a database: fails here
        if write:
            copy.db.execute("PRAGMA foreign_keys = ON")
        yield copy
    finally:
        conn.close()


def _raw_text(path: Path) -> str:
    """The file's bytes as text, for a copy SQLite cannot open."""
    with path.open("rb") as handle:
        return nfc(handle.read(MAX_RAW_BYTES).decode("utf-8", "ignore"))


def find_everywhere(store: Store, name: str) -> PersonReport:
    """:func:`.privacy.find_person` in the database and in every copy of it."""
    cache: DocumentTexts = {}
    report = find_person(store, name, cache)
    pattern = person_pattern(name)
    copies = copy_files(store)
    report.files_searched = len(copies)
    for item in copies:
        try:
            with _opened(item.path, write=False) as copy:
                places = len(find_person(copy, name, cache).hits)
        except (sqlite3.Error, StoreError):
            places = -1
        if places < 0:
            try:
                holds = bool(pattern.search(_raw_text(item.path)))
            except OSError:
                holds = False  # gone meanwhile (rotation, a finished backup)
            if holds:
                report.copies.append(CopyHit(item.path, item.kind, 0))
        elif places:
            report.copies.append(CopyHit(item.path, item.kind, places))
    return report


def erase_everywhere(store: Store, name: str) -> tuple[PersonReport, list[CopyChange]]:
    """Erase ``name`` from the database and from every copy of it; what was found, and what changed."""
    report = erase_person(store, name)
    return report, erase_from_copies(store, name=name)


def erase_from_copies(
    store: Store, *, school_id: str | None = None, name: str | None = None
) -> list[CopyChange]:
    """Apply the same erasure (of a school, or of a name) to every copy of this database."""
    pattern = person_pattern(name) if name is not None else None
    cache: DocumentTexts = {}
    changes: list[CopyChange] = []
    for item in copy_files(store):
        try:
            change = _erase_in(item, school_id, name, cache)
        except (sqlite3.Error, StoreError):
            change = None
            if _raw_holds(item, school_id, pattern):
                change = _delete(item)
        if change is not None:
            changes.append(change)
    return changes


def _erase_in(
    item: WrittenFile, school_id: str | None, name: str | None, cache: DocumentTexts
) -> CopyChange | None:
    with _opened(item.path, write=item.kind not in UNFINISHED_KINDS) as copy:
        holds_school = school_id is not None and bool(
            copy.schools.row("SELECT 1 AS x FROM schools WHERE id = ?", (school_id,))
        )
        holds_name = name is not None and bool(find_person(copy, name, cache).hits)
        if not (holds_school or holds_name):
            return None
        if item.kind not in UNFINISHED_KINDS:
            if holds_school and school_id is not None:
                erase_school(copy, school_id)
            if holds_name and name is not None:
                erase_person(copy, name, cache)
            return CopyChange(item.path, item.kind, deleted=False)
    return _delete(item)


def _raw_holds(item: WrittenFile, school_id: str | None, pattern: re.Pattern[str] | None) -> bool:
    try:
        text = _raw_text(item.path)
    except OSError:
        return False
    if school_id is not None and school_id in text:
        return True
    return pattern is not None and pattern.search(text) is not None


def _delete(item: WrittenFile) -> CopyChange | None:
    try:
        item.path.unlink()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreError(
            f"'{item.path}' ({item.label}) bevat de gegevens nog, maar kan niet worden verwijderd: "
            f"{error.strerror}. Verwijder het bestand zelf."
        ) from None
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            item.path.with_name(item.path.name + suffix).unlink()
    return CopyChange(item.path, item.kind, deleted=True)
