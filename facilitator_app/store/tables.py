"""The tables an archive carries, with each column's type in the archive: one list for export,
import and the check of stored sessions (:mod:`.damaged`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_S, _SN, _I, _F, _FN, _J = "str", "str?", "int", "num", "num?", "json"
JSON = _J  # a column held as JSON text in the database, as a JSON value in the archive


@dataclass(frozen=True)
class Kind:
    name: str  # used in conflict ids: "note:<uuid>"
    table: str
    key: tuple[str, ...]
    columns: Mapping[str, str]  # column -> type in the archive
    label: str  # Dutch, singular
    since: int = 1  # the archive format version that added this table

    def key_of(self, record: Mapping[str, Any]) -> str:
        return ":".join(str(record[k]) for k in self.key)


KINDS: tuple[Kind, ...] = (
    Kind(
        "school",
        "schools",
        ("id",),
        {
            "id": _S,
            "name": _S,
            "vision": _S,
            "contact": _S,
            "partnership": _S,
            "notes": _S,
            "is_example": _I,
            "archived": _I,
            "created_at": _S,
            "updated_at": _S,
        },
        "school",
    ),
    Kind(
        "session",
        "sessions",
        ("id",),
        {
            "id": _S,
            "school_id": _S,
            "theme_key": _SN,  # portable: the theme by key, not by local id
            "title": _S,
            "date": _S,
            "planned_start": _S,
            "facilitator": _S,
            "included_optional_parts": _J,
            "status": _S,
            "script": _J,
            "created_at": _S,
            "updated_at": _S,
            "started_at": _S,
            "finished_at": _S,
        },
        "sessie",
    ),
    Kind(
        "participant",
        "participants",
        ("id",),
        {"id": _S, "session_id": _S, "position": _I, "name": _S, "role": _S},
        "deelnemer",
    ),
    Kind(
        "note",
        "notes",
        ("id",),
        {
            "id": _S,
            "session_id": _S,
            "timebox_index": "int?",
            "category": _S,
            "text": _S,
            "participant": _S,
            "position": _I,
            "created_at": _S,
            "updated_at": _S,
        },
        "notitie",
    ),
    Kind(
        "outcome",
        "outcomes",
        ("session_id",),
        {
            "session_id": _S,
            "scenario_id": _S,  # portable: "map-key/scenario-key" when the scenario is known
            "scenario_name": _S,
            "rationale": _S,
            "first_step": _S,
            "first_step_owner": _S,
            "first_step_due": _S,
            "development_points": _J,
            "strengths_used": _J,
            "insights_used": _J,
            "support_needed": _S,
            "inspiration_card_ids": _J,  # portable: "deck-key/card-key"
            "locked_at": _S,
            "updated_at": _S,
        },
        "opbrengst",
    ),
    Kind(
        "amendment",
        "amendments",
        ("id",),
        {"id": _S, "session_id": _S, "field": _S, "old": _J, "new": _J, "reason": _S, "at": _S},
        "correctie",
    ),
    Kind(
        "timebox_run",
        "timebox_runs",
        ("session_id", "timebox_index"),
        {
            "session_id": _S,
            "timebox_index": _I,
            "planned_minutes": _I,
            "planned_start": _F,
            "planned_end": _F,
            "actual_start": _FN,
            "actual_end": _FN,
            "skipped": _I,
            "spent_seconds": _F,
        },
        "tijdvak",
    ),
    Kind(
        "follow_up",
        "followups",
        ("session_id",),
        {
            "session_id": _S,
            "previous_session_id": _S,  # a UUID like the rest; the session may be absent
            "previous_date": _S,
            "first_step": _S,
            "status": _S,
            "text": _S,
            "answered_at": _S,
            "updated_at": _S,
        },
        "opvolging",
        since=2,
    ),
)
KIND_BY_NAME = {kind.name: kind for kind in KINDS}
