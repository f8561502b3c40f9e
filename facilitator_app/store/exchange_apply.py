"""Applying an import plan in one transaction, each conflict as the user chose."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .base import write_transaction
from .errors import classify
from .exchange_format import RESOLUTIONS, ExchangeError, Refs, Resolution, refuse, to_row
from .exchange_plan import ImportPlan
from .tables import KINDS

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    skipped: int
    kept_mine: int
    renamed: list[tuple[str, str]]


def apply_import(
    store: Store,
    plan: ImportPlan,
    choices: Mapping[str, Resolution] | None = None,
    *,
    default: Resolution | None = None,
) -> ImportReport:
    """Apply ``plan`` in one transaction: add new records, skip identical ones, resolve conflicts.

    ``choices`` maps :attr:`Conflict.id` to ``"keep_mine"`` or
    ``"take_theirs"``; ``default`` answers the conflicts not in it. A
    conflict without an answer refuses the whole import (nothing changed).
    """
    if plan.content is None:
        raise ValueError("plan has no content; use plan_import()")
    choices = dict(choices or {})
    for key, value in choices.items():
        if value not in RESOLUTIONS:
            raise ValueError(f"unknown resolution {value!r} for {key}")
    unanswered = [c for c in plan.conflicts if c.id not in choices and default is None]
    if unanswered:
        raise ExchangeError(
            f"Er {'is' if len(unanswered) == 1 else 'zijn'} {len(unanswered)} "
            f"conflict{'en' if len(unanswered) != 1 else ''} zonder keuze (bijvoorbeeld {unanswered[0].label}). "
            "Kies per conflict 'mijn versie houden' of 'hun versie nemen'. Er is niets gewijzigd."
        )
    take = {c.id for c in plan.conflicts if choices.get(c.id, default) == "take_theirs"}
    new = {ref.id for ref in plan.new}
    renames = dict(plan.renamed)
    refs = Refs(store)
    added = updated = 0
    try:
        with write_transaction(store.db):
            for kind in KINDS:
                for record in plan.content.data[kind.name]:
                    record_id = f"{kind.name}:{kind.key_of(record)}"
                    if record_id not in new and record_id not in take:
                        continue
                    row = to_row(kind, record, refs)
                    if kind.name == "school" and record_id in new and row["name"] in renames:
                        row["name"] = renames[row["name"]]
                    if record_id in new:
                        columns = list(row)
                        store.db.execute(
                            f"INSERT INTO {kind.table} ({', '.join(columns)}) "
                            f"VALUES ({', '.join('?' for _ in columns)})",
                            [row[c] for c in columns],
                        )
                        added += 1
                    else:
                        assignments = ", ".join(f"{c} = ?" for c in row if c not in kind.key)
                        where = " AND ".join(f"{k} = ?" for k in kind.key)
                        store.db.execute(
                            f"UPDATE {kind.table} SET {assignments} WHERE {where}",
                            [row[c] for c in row if c not in kind.key] + [row[k] for k in kind.key],
                        )
                        updated += 1
            for school_id, document in plan.content.vision_files.items():
                record_id = f"school:{school_id}"
                # With the school's record; never over a document kept here for a school we keep.
                mine_missing = store.schools.vision_file(school_id) is None
                if record_id in new or record_id in take or mine_missing:
                    store.schools.keep_vision_file(school_id, document)
    except sqlite3.IntegrityError as error:
        text = str(error)
        if "schools.name" in text or "idx_schools_name" in text:
            problem = "een school krijgt dan dezelfde naam als een andere school hier."
        else:
            problem = f"de gegevens passen niet in deze database ({text})."
        raise refuse(plan.source, problem) from None
    except sqlite3.Error as error:
        known = classify(error, store.path)
        if known is None:
            raise
        raise known from error
    return ImportReport(
        added=added,
        updated=updated,
        skipped=len(plan.same),
        kept_mine=len(plan.conflicts) - len(take),
        renamed=list(plan.renamed),
    )
