"""Sessions whose stored values break the rules: found, left out where they would break a read, and named.

Today's imports and typed input keep such values out (core/validation.py),
but a database filled by an older version, an old import or a hand edit may
hold a script that is not one or an endless number. One such session must not
stop the app from starting, the offer to resume a genuine running session,
the session list, the export or the overview: those ask :func:`damaged_sessions`
which sessions to leave out, and say which ones they left out, by the same rules
an archive is checked by.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..core.dutch import invalid_text
from ..core.validation import Invalid, Problem, printable, record_problems
from .base import Repository
from .errors import StoreError
from .tables import JSON, KINDS, Kind


class DamagedSessionError(StoreError):
    """The session's stored values break the rules; ``str()`` says which (Dutch)."""


@dataclass(frozen=True)
class DamagedSession:
    id: str
    title: str
    date: str
    school: str
    school_id: str
    problems: tuple[tuple[str, Invalid], ...]  # (Dutch label of the record, what is wrong)

    def describe(self) -> str:
        """Dutch: which session, and the first thing wrong with it."""
        label, invalid = self.problems[0]
        where = f"sessie '{_short(self.title)}' van {_short(self.date, 20)} ({_short(self.school)})"
        part = "" if label == "sessie" else f", {label}"
        return printable(f"{where}{part}: {invalid_text(invalid)}")


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _record(kind: Kind, row: dict[str, Any]) -> tuple[dict[str, Any], list[Invalid]]:
    """A stored row in the archive's shape (JSON columns read), and what could not be read."""
    record: dict[str, Any] = {}
    unreadable: list[Invalid] = []
    for column, kind_type in kind.columns.items():
        if column not in row:
            continue
        value = row[column]
        if kind_type == JSON and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                problem = Problem.NOT_SCRIPT if column == "script" else Problem.NOT_LIST
                unreadable.append(Invalid(column, problem))
                continue
        record[column] = value
    return record, unreadable


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# What a history or overview reads of a session (never its script, notes or time boxes):
# checking only that keeps the overview of a large archive fast.
HISTORY_FIELDS: Mapping[str, tuple[str, ...] | None] = {
    "session": ("title", "date", "planned_start", "status", "school_id"),
    "outcome": None,
    "follow_up": None,
}


def damaged_sessions(
    repo: Repository,
    session_ids: Collection[str] | None = None,
    fields: Mapping[str, tuple[str, ...] | None] | None = None,
) -> list[DamagedSession]:
    """The sessions (of ``session_ids``, default all) whose rows or child rows break a rule.

    ``fields``: only these kinds of record, and of each only these columns
    (None: all); by default everything a session holds.
    """
    wanted: list[str] = []
    if session_ids is not None:
        wanted = sorted(set(session_ids))
        if not wanted:
            return []
    found: dict[str, list[tuple[str, Invalid]]] = {}
    sessions: dict[str, dict[str, Any]] = {}
    for kind in KINDS[1:]:  # sessions, then what belongs to them
        if fields is not None and kind.name not in fields:
            continue
        key = "id" if kind.name == "session" else "session_id"
        chosen = None if fields is None else fields[kind.name]
        columns = "*" if chosen is None else ", ".join(dict.fromkeys((key, *chosen)))
        for chunk in _chunks(wanted) if wanted else [[]]:
            where = f" WHERE {key} IN ({', '.join('?' for _ in chunk)})" if chunk else ""
            for row in repo.rows(f"SELECT {columns} FROM {kind.table}{where}", tuple(chunk)):
                record, problems = _record(kind, row)
                problems += record_problems(kind.name, record)
                labelled = [(kind.label, p) for p in problems]
                session_id = str(row[key])
                if kind.name == "session":
                    sessions[session_id] = row
                if labelled:
                    found.setdefault(session_id, []).extend(labelled)
    if not found:
        return []
    schools = {str(r["id"]): str(r["name"]) for r in repo.rows("SELECT id, name FROM schools")}
    result = []
    for session_id, wrong in found.items():
        row = sessions.get(session_id, {})
        result.append(
            DamagedSession(
                session_id,
                str(row.get("title", "?")),
                str(row.get("date", "?")),
                schools.get(str(row.get("school_id")), "?"),
                str(row.get("school_id", "")),
                tuple(wrong),
            )
        )
    return sorted(result, key=lambda d: (d.date, d.title))


def damaged_ids(
    repo: Repository,
    session_ids: Collection[str] | None = None,
    fields: Mapping[str, tuple[str, ...] | None] | None = None,
) -> set[str]:
    return {d.id for d in damaged_sessions(repo, session_ids, fields)}


def refuse_damaged(repo: Repository, session_id: str) -> None:
    """DamagedSessionError (Dutch, naming what is wrong) when the session breaks a rule."""
    for damaged in damaged_sessions(repo, [session_id]):
        raise DamagedSessionError(
            f"Deze sessie kan niet worden getoond: {damaged.describe()}. Ze is ooit zo opgeslagen of "
            "ingelezen; de andere sessies werken gewoon. Zet zo nodig een reservekopie terug."
        )
