"""Planning an import: the archive compared with the database, record by record.

An :class:`ImportPlan` lists what is ``new``, the ``same``, and the ``conflicts`` (same UUID, other
content); nothing changes until ``exchange_apply.apply_import``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exchange_format import Refs, comparable, labeller, to_portable
from .exchange_zip import ArchiveContent, read_archive
from .tables import KINDS

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class RecordRef:
    kind: str
    key: str
    label: str

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.key}"


@dataclass(frozen=True)
class Conflict:
    """A record with the same UUID here and in the archive, but other content."""

    kind: str
    key: str
    label: str
    fields: tuple[str, ...]
    mine: dict[str, Any]
    theirs: dict[str, Any]

    @property
    def id(self) -> str:
        """What :func:`apply_import` takes in ``choices``: ``"note:<uuid>"``."""
        return f"{self.kind}:{self.key}"


@dataclass
class ImportPlan:
    """What an import would do; nothing is changed until :func:`apply_import`."""

    source: Path
    manifest: dict[str, Any]
    new: list[RecordRef] = field(default_factory=list)
    same: list[RecordRef] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (school name, name it gets here)
    content: ArchiveContent | None = None

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind: how many new, same and conflicting records."""
        result = {kind.name: {"new": 0, "same": 0, "conflicts": 0} for kind in KINDS}
        for ref in self.new:
            result[ref.kind]["new"] += 1
        for ref in self.same:
            result[ref.kind]["same"] += 1
        for conflict in self.conflicts:
            result[conflict.kind]["conflicts"] += 1
        return result

    def summary(self) -> str:
        """One Dutch sentence for a dialog or the CLI."""
        return (
            f"{len(self.new)} nieuw, {len(self.same)} al aanwezig, "
            f"{len(self.conflicts)} conflict{'en' if len(self.conflicts) != 1 else ''}."
        )


def plan_import(store: Store, path: Path) -> ImportPlan:
    """Read ``path`` and compare it with the database; changes nothing."""
    content = read_archive(path)
    refs = Refs(store)
    plan = ImportPlan(source=content.path, manifest=content.manifest, content=content)
    label = labeller(content.data)
    for kind in KINDS:
        incoming = content.data[kind.name]
        if not incoming:
            continue
        where = " AND ".join(f"{k} = ?" for k in kind.key)
        for record in incoming:
            params = [record[k] for k in kind.key]
            row = next(iter(store.db.query(f"SELECT * FROM {kind.table} WHERE {where}", params)), None)
            ref = RecordRef(kind.name, kind.key_of(record), label(kind.name, record))
            if row is None:
                plan.new.append(ref)
                continue
            mine = to_portable(kind, row, refs)
            a, b = comparable(mine), comparable(record)
            if a == b:
                plan.same.append(ref)
            else:
                differing = tuple(sorted(k for k in a if a.get(k) != b.get(k)))
                plan.conflicts.append(Conflict(kind.name, ref.key, ref.label, differing, mine, dict(record)))
    plan.renamed = _renames(store, content, {r.key for r in plan.new if r.kind == "school"})
    return plan


def _renames(store: Store, content: ArchiveContent, new_ids: set[str]) -> list[tuple[str, str]]:
    """New schools whose name is taken here by another school get "(geïmporteerd)" added."""
    taken = {row["name"].casefold() for row in store.db.query("SELECT name FROM schools")}
    result: list[tuple[str, str]] = []
    for school in content.data["school"]:
        if school["id"] not in new_ids or school["name"].casefold() not in taken:
            continue
        base = f"{school['name']} (geïmporteerd)"
        name, counter = base, 2
        while name.casefold() in taken:
            name, counter = f"{base[:-1]} {counter})", counter + 1
        taken.add(name.casefold())
        result.append((school["name"], name))
    return result
