"""Sessions: the plan, the notes taken while it runs, and the record afterwards.

A session is planned for one school from a theme. The theme's script is
copied into the session as it was at planning time (``Session.script``), so a
later edit of the theme never rewrites history. Time boxes are referred to by
their *timebox index*: the position in ``script.timeboxes()`` over the whole
script, optional parts included, so an index stays valid whether or not an
optional part is run.

Part 3 of the script (seed 000) is recorded as an :class:`Outcome`; once the
session is finished the outcome is locked and corrections are kept as dated
:class:`Amendment` records next to it.

Plain Python: nothing here knows about SQLite or Qt.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .clock import BoxRecord, PlannedBox, Shorten
from .models import BuiltinInfo, CardRef, Mode, Part, Participant, Step, Theme, TimeBox

__all__ = [
    "AMENDABLE_FIELDS",
    "CATEGORY_SHORTCUTS",
    "ITEM_FIELDS",
    "OUTCOME_FIELDS",
    "REQUIRED_FOR_FINISH",
    "SCRIPT_FORMAT",
    "Amendment",
    "Draft",
    "Note",
    "NoteCategory",
    "Outcome",
    "OutcomeItem",
    "OutcomeValue",
    "RequiredField",
    "SearchHit",
    "Session",
    "SessionStatus",
    "TimeboxRun",
    "TimelineEntry",
    "active_parts",
    "box_key",
    "check_outcome_value",
    "clock_boxes",
    "items_from_json",
    "missing_fields",
    "outcome_value_from_json",
    "outcome_value_to_json",
    "parse_clock_time",
    "parse_iso_date",
    "planned_timeline",
    "theme_from_dict",
    "theme_to_dict",
    "timebox_runs",
]


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class NoteCategory(enum.StrEnum):
    """What kind of yield a note records; the group sorts them on the big sheets."""

    STRENGTH = "strength"
    DEVELOPMENT = "development"
    INSIGHT = "insight"
    QUESTION = "question"
    OTHER = "other"

    @property
    def shortcut(self) -> str:
        return next(key for key, category in CATEGORY_SHORTCUTS.items() if category is self)

    @classmethod
    def from_shortcut(cls, key: str) -> NoteCategory | None:
        """The category for a one-key shortcut (any case), or None."""
        return CATEGORY_SHORTCUTS.get(key.lower())


# One key per category while taking notes; "v" for vraag, "x" for the rest.
CATEGORY_SHORTCUTS: Mapping[str, NoteCategory] = {
    "s": NoteCategory.STRENGTH,
    "o": NoteCategory.DEVELOPMENT,
    "i": NoteCategory.INSIGHT,
    "v": NoteCategory.QUESTION,
    "x": NoteCategory.OTHER,
}


@dataclass(frozen=True)
class Session:
    """One planned (running, finished) session at a school.

    ``included_optional_parts`` holds the numbers of the *optional* parts that
    are planned in; parts that are not optional always run. ``script`` is the
    theme as it was when the session was planned. ``date`` is ISO
    (``2025-03-14``), ``planned_start`` is ``HH:MM``.
    """

    school_id: str
    title: str
    date: str
    planned_start: str
    theme_id: str | None = None
    facilitator: str = ""
    participants: tuple[Participant, ...] = ()
    included_optional_parts: frozenset[int] = frozenset()
    status: SessionStatus = SessionStatus.PLANNED
    script: Theme | None = None
    id: str = ""
    created_at: str = ""
    updated_at: str = ""
    started_at: str = ""
    finished_at: str = ""

    def active_parts(self) -> list[Part]:
        return active_parts(self.script, self.included_optional_parts)

    def timeline(self) -> list[TimelineEntry]:
        if self.script is None:
            return []
        return planned_timeline(self.script, self.planned_start, self.included_optional_parts)

    def clock_boxes(self) -> list[PlannedBox]:
        if self.script is None:
            return []
        return clock_boxes(self.script, self.included_optional_parts)


@dataclass(frozen=True)
class Note:
    """One observation taken during a session, written to disk immediately.

    ``timebox_index`` is None for a note about the session as a whole.
    ``participant`` is free text: a name, a role, or empty.
    """

    session_id: str
    category: NoteCategory
    text: str
    timebox_index: int | None = None
    participant: str = ""
    position: int = 0
    id: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Draft:
    """The note being typed, kept so a crash loses nothing."""

    session_id: str
    text: str
    category: NoteCategory
    timebox_index: int | None
    updated_at: str = ""


@dataclass(frozen=True)
class TimeboxRun:
    """Planned against actual for one time box; offsets are seconds from the session start.

    Planned offsets follow the boxes the clock ran, in order, at their planned
    length; actual offsets are real time, pauses included (see
    :class:`~.clock.BoxRecord`).
    """

    timebox_index: int
    planned_minutes: int
    planned_start: float
    planned_end: float
    actual_start: float | None
    actual_end: float | None
    skipped: bool = False
    spent_seconds: float = 0.0

    @property
    def overrun_seconds(self) -> float | None:
        """Active time beyond the planned length (negative: under), None if never run."""
        if self.actual_start is None:
            return None
        return self.spent_seconds - self.planned_minutes * 60.0


@dataclass(frozen=True)
class OutcomeItem:
    """A development point, strength or insight used in the outcome.

    ``text`` is always filled (a copy, so the record survives a deleted
    note); ``note_id`` says which note it came from, empty for free text.
    """

    text: str
    note_id: str = ""


@dataclass(frozen=True)
class Outcome:
    """What part 3 of the script records (seed 000, "Duiden opbrengsten").

    ``scenario_id`` is the id of the scenario on the scenario map;
    ``scenario_name`` is a copy of its name so the record survives a replaced
    map. ``locked_at`` is set when the session is finished.
    """

    scenario_id: str = ""
    scenario_name: str = ""
    rationale: str = ""
    first_step: str = ""
    first_step_owner: str = ""
    first_step_due: str = ""
    development_points: tuple[OutcomeItem, ...] = ()
    strengths_used: tuple[OutcomeItem, ...] = ()
    insights_used: tuple[OutcomeItem, ...] = ()
    support_needed: str = ""
    inspiration_card_ids: tuple[str, ...] = ()
    session_id: str = ""
    locked_at: str = ""
    updated_at: str = ""

    @property
    def locked(self) -> bool:
        return bool(self.locked_at)


OutcomeValue = str | tuple[OutcomeItem, ...] | tuple[str, ...]
"""The value of one amendable outcome field."""


@dataclass(frozen=True)
class Amendment:
    """A dated correction of a locked outcome; ``old`` keeps the original visible."""

    session_id: str
    field: str
    old: OutcomeValue
    new: OutcomeValue
    reason: str
    at: str
    id: str = ""


@dataclass(frozen=True)
class SearchHit:
    """One match of a full-text search.

    ``kind`` is ``"note"``, ``"outcome"`` or ``"followup"``; ``field`` is
    ``"text"`` for a note, ``"rationale"`` or ``"first_step"`` for an outcome,
    ``"follow_up"`` for the answer about the previous first step. ``snippet`` is
    the matching passage with the matched words between the requested marks.
    ``rank`` is SQLite's bm25: lower is better.
    """

    kind: str
    field: str
    session_id: str
    session_title: str
    session_date: str
    school_id: str
    theme_id: str | None
    snippet: str
    rank: float
    note_id: str | None = None
    category: NoteCategory | None = None


# ------------------------------------------------------------ outcome rules

# The fields of an outcome that the facilitator fills in, in the order of the form
# (the words for them: core/dutch.py and ui/labels.py).
OUTCOME_FIELDS: tuple[str, ...] = (
    "scenario_id",
    "scenario_name",
    "rationale",
    "first_step",
    "first_step_owner",
    "first_step_due",
    "development_points",
    "strengths_used",
    "insights_used",
    "support_needed",
    "inspiration_card_ids",
)


class RequiredField(enum.StrEnum):
    """An outcome field that must be filled before the record is locked; the value is the Outcome attribute.

    The three questions of part 3: the scenario with its rationale, the first
    step, and the development points it takes on. Strengths, insights and
    support are asked too, but a group may honestly have none to name.
    """

    SCENARIO = "scenario_id"
    RATIONALE = "rationale"
    FIRST_STEP = "first_step"
    DEVELOPMENT_POINTS = "development_points"


REQUIRED_FOR_FINISH: tuple[str, ...] = tuple(field.value for field in RequiredField)

ITEM_FIELDS: frozenset[str] = frozenset({"development_points", "strengths_used", "insights_used"})
_TEXT_TUPLE_FIELDS: frozenset[str] = frozenset({"inspiration_card_ids"})
AMENDABLE_FIELDS: tuple[str, ...] = OUTCOME_FIELDS


def missing_fields(outcome: Outcome | None) -> list[RequiredField]:
    """The required outcome fields that are still empty, in script order (codes, not sentences)."""
    if outcome is None:
        return list(RequiredField)
    missing: list[RequiredField] = []
    for field in RequiredField:
        value: object = getattr(outcome, field.value)
        if isinstance(value, str):
            empty = not value.strip()
        else:
            assert isinstance(value, tuple)
            empty = not any(_item_text(item).strip() for item in value)
        if empty:
            missing.append(field)
    return missing


def _item_text(item: object) -> str:
    return item.text if isinstance(item, OutcomeItem) else str(item)


def check_outcome_value(field: str, value: object) -> OutcomeValue:
    """``value`` as the type ``field`` holds; ValueError for an unknown field or wrong type."""
    if field not in OUTCOME_FIELDS:
        raise ValueError(f"unknown outcome field {field!r}")
    if field in ITEM_FIELDS:
        if not isinstance(value, tuple | list) or not all(isinstance(v, OutcomeItem) for v in value):
            raise ValueError(f"{field} holds OutcomeItems")
        return tuple(v for v in value if isinstance(v, OutcomeItem))
    if field in _TEXT_TUPLE_FIELDS:
        if not isinstance(value, tuple | list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{field} holds strings")
        return tuple(str(v) for v in value)
    if not isinstance(value, str):
        raise ValueError(f"{field} holds a string")
    return value


def clean_outcome_value(field: str, value: OutcomeValue) -> OutcomeValue:
    """The value as stored: texts NFC and trimmed, empty items left out."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    if field in ITEM_FIELDS:
        return tuple(
            OutcomeItem(unicodedata.normalize("NFC", item.text).strip(), item.note_id)
            for item in value
            if isinstance(item, OutcomeItem) and item.text.strip()
        )
    return tuple(str(item) for item in value if str(item).strip())


def outcome_value_to_json(field: str, value: OutcomeValue) -> object:
    if field in ITEM_FIELDS:
        return [
            {"text": item.text, "note_id": item.note_id} for item in value if isinstance(item, OutcomeItem)
        ]
    if field in _TEXT_TUPLE_FIELDS:
        return [str(item) for item in value]
    return value


def outcome_value_from_json(field: str, data: object) -> OutcomeValue:
    if field in ITEM_FIELDS:
        return items_from_json(data)
    if field in _TEXT_TUPLE_FIELDS:
        return tuple(str(v) for v in _as_list(data, field))
    if not isinstance(data, str):
        raise ValueError(f"{field} holds a string")
    return data


def items_from_json(data: object) -> tuple[OutcomeItem, ...]:
    items: list[OutcomeItem] = []
    for entry in _as_list(data, "items"):
        if isinstance(entry, str):
            items.append(OutcomeItem(entry))
        else:
            mapping = _as_dict(entry, "item")
            items.append(OutcomeItem(_str(mapping, "text"), _str(mapping, "note_id", "")))
    return tuple(items)


# ----------------------------------------------------------------- timeline


def parse_clock_time(text: str) -> tuple[int, int]:
    """``"13:30"`` → ``(13, 30)``; ValueError for anything else."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"expected HH:MM, got {text!r}")
    h, m = int(hours), int(minutes)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"expected HH:MM, got {text!r}")
    return h, m


def parse_iso_date(text: str) -> date:
    """``"2025-03-14"`` → a date; ValueError for anything else."""
    if len(text) != 10:
        raise ValueError(f"expected YYYY-MM-DD, got {text!r}")
    return date.fromisoformat(text)


def active_parts(script: Theme | None, included_optional_parts: Iterable[int]) -> list[Part]:
    """The parts that run: every mandatory part and the included optional ones."""
    if script is None:
        return []
    included = set(included_optional_parts)
    return [part for part in script.parts if not part.optional or part.number in included]


@dataclass(frozen=True)
class TimelineEntry:
    """One time box of the plan with its clock times (``HH:MM``)."""

    timebox_index: int
    part_number: int
    part_title: str
    mode: Mode
    minutes: int
    start_offset: int  # minutes after the planned start
    start: str
    end: str


def planned_timeline(
    script: Theme, planned_start: str, included_optional_parts: Iterable[int]
) -> list[TimelineEntry]:
    """The boxes that run, with wall-clock times from ``planned_start``.

    13:30 with the 25-minute part 1 and the 15-minute part 2 included puts
    part 3 at 14:10; without part 2 it starts at 13:55.
    """
    h, m = parse_clock_time(planned_start)
    start = datetime(2000, 1, 1, h, m)
    active = {part.number for part in active_parts(script, included_optional_parts)}
    entries: list[TimelineEntry] = []
    offset = 0
    for index, (part, box) in enumerate(script.timeboxes()):
        if part.number not in active:
            continue
        begin = start + timedelta(minutes=offset)
        end = begin + timedelta(minutes=box.minutes)
        entries.append(
            TimelineEntry(
                timebox_index=index,
                part_number=part.number,
                part_title=part.title,
                mode=box.mode,
                minutes=box.minutes,
                start_offset=offset,
                start=begin.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
            )
        )
        offset += box.minutes
    return entries


def box_key(timebox_index: int) -> str:
    """The :class:`PlannedBox` key of a time box: its index in the script."""
    return str(timebox_index)


# The exchanges a late session shortens first (the group talks on anyway).
SHORTEN_FIRST_STEPS = (2, 4)


def clock_boxes(script: Theme, included_optional_parts: Iterable[int]) -> list[PlannedBox]:
    """The boxes to hand to :class:`~.clock.SessionClock` for this plan."""
    active = {part.number for part in active_parts(script, included_optional_parts)}
    final = max((part.number for part in script.parts), default=0)

    def shorten(part_number: int, optional: bool, steps: set[int]) -> Shorten:
        if part_number == final:
            return Shorten.FINAL
        if not optional and steps & set(SHORTEN_FIRST_STEPS):
            return Shorten.FIRST
        return Shorten.REST

    return [
        PlannedBox(
            key=box_key(index),
            minutes=box.minutes,
            optional=part.optional,
            part=part.number,
            shorten=shorten(
                part.number, part.optional, {s.number for s in box.steps if s.number is not None}
            ),
        )
        for index, (part, box) in enumerate(script.timeboxes())
        if part.number in active
    ]


def timebox_runs(records: Sequence[BoxRecord]) -> list[TimeboxRun]:
    """Turn the clock's records (keys from :func:`box_key`) into storable runs."""
    runs: list[TimeboxRun] = []
    offset = 0.0
    for record in records:
        try:
            index = int(record.key)
        except ValueError:
            raise ValueError(f"box key {record.key!r} is not a timebox index") from None
        planned_end = offset + record.planned_seconds
        runs.append(
            TimeboxRun(
                timebox_index=index,
                planned_minutes=round(record.planned_seconds / 60.0),
                planned_start=offset,
                planned_end=planned_end,
                actual_start=record.actual_start,
                actual_end=record.actual_end,
                skipped=record.skipped,
                spent_seconds=record.spent_seconds,
            )
        )
        offset = planned_end
    return runs


# ------------------------------------------------------- script snapshots

SCRIPT_FORMAT = 1


def theme_to_dict(theme: Theme) -> dict[str, object]:
    """A JSON-ready copy of a whole theme, for the session's script snapshot."""
    return {
        "format": SCRIPT_FORMAT,
        "key": theme.key,
        "title": theme.title,
        "summary": theme.summary,
        "goals": list(theme.goals),
        "preparation": theme.preparation,
        "materials": list(theme.materials),
        "id": theme.id,
        "builtin": None
        if theme.builtin is None
        else {
            "key": theme.builtin.key,
            "version": theme.builtin.version,
            "content_hash": theme.builtin.content_hash,
        },
        "parts": [
            {
                "number": part.number,
                "title": part.title,
                "optional": part.optional,
                "intro": part.intro,
                "note": part.note,
                "id": part.id,
                "timeboxes": [
                    {
                        "mode": box.mode.value,
                        "minutes": box.minutes,
                        "id": box.id,
                        "steps": [
                            {
                                "number": step.number,
                                "text": step.text,
                                "cards": [str(ref) for ref in step.cards],
                                "note": step.note,
                            }
                            for step in box.steps
                        ],
                    }
                    for box in part.timeboxes
                ],
            }
            for part in theme.parts
        ],
    }


def theme_from_dict(data: object) -> Theme:
    """The inverse of :func:`theme_to_dict`; ValueError when ``data`` is not one."""
    root = _as_dict(data, "script")
    if root.get("format") != SCRIPT_FORMAT:
        raise ValueError(f"unsupported script format {root.get('format')!r}")
    builtin_data = root.get("builtin")
    builtin = None
    if builtin_data is not None:
        b = _as_dict(builtin_data, "builtin")
        builtin = BuiltinInfo(_str(b, "key"), _int(b, "version"), _str(b, "content_hash"))
    parts = tuple(_part_from_dict(p) for p in _as_list(root.get("parts"), "parts"))
    return Theme(
        key=_str(root, "key"),
        title=_str(root, "title"),
        goals=_str_tuple(root, "goals"),
        preparation=_str(root, "preparation", ""),
        materials=_str_tuple(root, "materials"),
        parts=parts,
        summary=_str(root, "summary", ""),
        id=_str(root, "id", ""),
        builtin=builtin,
    )


def _part_from_dict(data: object) -> Part:
    part = _as_dict(data, "part")
    optional = part.get("optional", False)
    if not isinstance(optional, bool):
        raise ValueError("part 'optional' is not a boolean")
    return Part(
        number=_int(part, "number"),
        title=_str(part, "title"),
        optional=optional,
        timeboxes=tuple(_box_from_dict(b) for b in _as_list(part.get("timeboxes"), "timeboxes")),
        intro=_str(part, "intro", ""),
        id=_str(part, "id", ""),
        note=_str(part, "note", ""),
    )


def _box_from_dict(data: object) -> TimeBox:
    box = _as_dict(data, "timebox")
    steps: list[Step] = []
    for raw in _as_list(box.get("steps"), "steps"):
        step = _as_dict(raw, "step")
        number = step.get("number")
        if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
            raise ValueError("step 'number' is not an integer")
        cards = tuple(CardRef.parse(text) for text in _str_tuple(step, "cards"))
        steps.append(Step(number, _str(step, "text"), cards, _str(step, "note", "")))
    return TimeBox(Mode(_str(box, "mode")), _int(box, "minutes"), tuple(steps), _str(box, "id", ""))


# Typed accessors for JSON read back from the database.

_MISSING = object()


def _as_dict(value: object, what: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValueError(f"{what} is not an object")
    return {str(k): v for k, v in value.items()}


def _as_list(value: object, what: str) -> list[object]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{what} is not a list")
    return list(value)


def _str(data: dict[str, object], key: str, default: object = _MISSING) -> str:
    value = data.get(key, default)
    if value is _MISSING:
        raise ValueError(f"{key!r} is missing")
    if not isinstance(value, str):
        raise ValueError(f"{key!r} is not a string")
    return value


def _int(data: dict[str, object], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key!r} is not an integer")
    return value


def _str_tuple(data: dict[str, object], key: str) -> tuple[str, ...]:
    items = _as_list(data.get(key), key)
    if not all(isinstance(item, str) for item in items):
        raise ValueError(f"{key!r} holds a non-string")
    return tuple(str(item) for item in items)
