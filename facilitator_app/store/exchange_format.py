"""The archive format: its name and versions, and how a record travels between installations.

Records are keyed by UUID; references to content that every installation has under its own ids (themes,
scenarios, inspiration cards) travel as stable keys (``"map-key/scenario-key"``), translated by
:class:`Refs`. Reading an archive safely is ``exchange_zip.py``; writing one ``exchange_export.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from ..core.history import RecordData
from ..core.validation import printable
from .base import Connected
from .errors import StoreError
from .tables import JSON, KIND_BY_NAME, Kind

FORMAT_NAME = "facilitator-app-archief"
FORMAT_VERSION = 2
# Version 2 added data/followups.json; a version-1 archive still imports (without it).
READABLE_VERSIONS = frozenset({1, 2})
ARCHIVE_SUFFIXES = (".fapp", ".zip")
VISION_FILES = "vision-files"

Resolution = Literal["keep_mine", "take_theirs"]
RESOLUTIONS: tuple[Resolution, ...] = ("keep_mine", "take_theirs")
RecordRenderer = Callable[[RecordData], bytes]


class ExchangeError(StoreError):
    """An archive or deck file that cannot be used; ``str()`` is the Dutch message. Nothing was changed."""


def refuse(path: Path, problem: str) -> ExchangeError:
    message = f"'{path.name}' kan niet worden geïmporteerd: {problem} Er is niets gewijzigd."
    return ExchangeError(printable(message))


# Left out when deciding whether two records are "the same".
_IGNORED_IN_COMPARISON = frozenset({"updated_at"})


class Refs:
    """Translate local ids of shared content to stable keys and back."""

    def __init__(self, store: Connected) -> None:
        rows = store.db.query(
            "SELECT s.id, m.key AS map_key, s.key FROM scenarios s JOIN scenario_maps m ON m.id = s.map_id"
        )
        self.scenario_out: dict[str, str] = {}
        self.scenario_in: dict[str, str] = {}
        for row in rows:
            ref = f"{row['map_key']}/{row['key']}"
            self.scenario_out[row["id"]] = ref
            self.scenario_in[ref] = row["id"]
        self.card_out: dict[str, str] = {}
        self.card_in: dict[str, str] = {}
        for row in store.db.query(
            "SELECT c.id, d.key AS deck_key, c.key FROM cards c JOIN decks d ON d.id = c.deck_id"
        ):
            ref = f"{row['deck_key']}/{row['key']}"
            self.card_out[row["id"]] = ref
            self.card_in[ref] = row["id"]
        self.theme_out = {row["id"]: row["key"] for row in store.db.query("SELECT id, key FROM themes")}
        self.theme_in = {v: k for k, v in self.theme_out.items()}

    def scenario(self, value: object, *, out: bool) -> object:
        if not isinstance(value, str) or not value:
            return value
        table = self.scenario_out if out else self.scenario_in
        return table.get(value, value)

    def cards(self, value: object, *, out: bool) -> object:
        if not isinstance(value, list):
            return value
        table = self.card_out if out else self.card_in
        return [table.get(item, item) if isinstance(item, str) else item for item in value]

    def amendment_value(self, field_name: str, value: object, *, out: bool) -> object:
        if field_name == "scenario_id":
            return self.scenario(value, out=out)
        if field_name == "inspiration_card_ids":
            return self.cards(value, out=out)
        return value


def to_portable(kind: Kind, row: Mapping[str, Any], refs: Refs) -> dict[str, Any]:
    """A database row as an archive record."""
    record: dict[str, Any] = {}
    for column, kind_type in kind.columns.items():
        if column == "theme_key":
            theme_id = row.get("theme_id")
            record[column] = refs.theme_out.get(theme_id) if theme_id else None
            continue
        value = row[column]
        if kind_type == JSON:
            value = None if value is None else json.loads(value)
        if kind.name == "outcome" and column == "scenario_id":
            value = refs.scenario(value, out=True)
        elif kind.name == "outcome" and column == "inspiration_card_ids":
            value = refs.cards(value, out=True)
        elif kind.name == "amendment" and column in ("old", "new"):
            value = refs.amendment_value(str(row["field"]), value, out=True)
        record[column] = value
    return record


def to_row(kind: Kind, record: Mapping[str, Any], refs: Refs) -> dict[str, Any]:
    """An archive record as a row for this database."""
    row: dict[str, Any] = {}
    for column, kind_type in kind.columns.items():
        value = record[column]
        if column == "theme_key":
            row["theme_id"] = refs.theme_in.get(value) if value else None
            continue
        if kind.name == "outcome" and column == "scenario_id":
            value = refs.scenario(value, out=False)
        elif kind.name == "outcome" and column == "inspiration_card_ids":
            value = refs.cards(value, out=False)
        elif kind.name == "amendment" and column in ("old", "new"):
            value = refs.amendment_value(str(record["field"]), value, out=False)
        if kind_type == JSON:
            value = None if value is None else json.dumps(value, ensure_ascii=False)
        row[column] = value
    return row


def comparable(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in _IGNORED_IN_COMPARISON}


def safe_file_name(name: str) -> str:
    """Just a file name: no folders, nothing a zip tool could misread."""
    cleaned = re.sub(r"[\\/:\x00-\x1f]+", "_", PurePosixPath(name.replace("\\", "/")).name).strip(". ")
    return cleaned[:120] or "visie"


def labeller(data: Mapping[str, list[dict[str, Any]]]) -> Callable[[str, dict[str, Any]], str]:
    # Shortened: a label names a record in a message, whatever its fields hold.
    schools = {s["id"]: short(s["name"], 60) for s in data["school"]}
    sessions = {
        s["id"]: (short(s["title"], 60), short(s["date"], 20), schools.get(s["school_id"], ""))
        for s in data["session"]
    }

    def label(kind_name: str, record: dict[str, Any]) -> str:
        kind = KIND_BY_NAME[kind_name]
        if kind_name == "school":
            return f"school '{schools.get(record['id'], '')}'"
        if kind_name == "session":
            title, date, school = sessions.get(record["id"], ("?", "?", "?"))
            return f"sessie '{title}' van {date} ({school})"
        title, date, school = sessions.get(record["session_id"], ("?", "?", "?"))
        detail = ""
        if kind_name == "note":
            detail = f" '{short(record['text'])}'"
        elif kind_name == "amendment":
            detail = f" van {record['at'][:10]}"
        elif kind_name == "timebox_run":
            detail = f" {record['timebox_index'] + 1}"
        return f"{kind.label}{detail} in sessie '{title}' van {date} ({school})"

    return label


def short(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
