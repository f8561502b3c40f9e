"""What a stored value may be: one set of rules for typed input and for imported archives.

The store checks what a user types with the field rules here (a school's
name, a session's date and start time, a note's text, ...), and an imported
archive is checked record by record with the same rules
(:func:`record_problems`), so nothing gets in through an archive that could
not have been typed -- and nothing that would break a later read (a script
that is not a script, an endless number, a date that does not exist).

Rules return codes (:class:`Problem`, with the field name in
:class:`Invalid`); :mod:`.dutch` words them for the command line and the
store's messages.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from .sessions import (
    AMENDABLE_FIELDS,
    NoteCategory,
    SessionStatus,
    items_from_json,
    outcome_value_from_json,
    parse_clock_time,
    parse_iso_date,
    theme_from_dict,
)

NAME_LENGTH = 200  # a school's name, a session's title
LINE_LENGTH = 5_000  # one line: a facilitator, a participant's name or role, a note's author
NOTE_LENGTH = 20_000  # a note, an answer, a rationale
VISION_LENGTH = 2_000_000  # a vision, as read from a document
MAX_POSITION = 1_000_000  # the place of a note or participant in its list
MAX_TIMEBOX = 1_000  # a time box's index in its script
MAX_MINUTES = 24 * 60  # one time box
MAX_SECONDS = 10 * 366 * 24 * 3600.0  # an offset or a duration within one session (resumed after years, even)


class Problem(enum.StrEnum):
    MISSING = "missing"  # empty where something is needed
    TOO_LONG = "too_long"  # longer than ``Invalid.limit`` characters
    NOT_TEXT = "not_text"
    BAD_TEXT = "bad_text"  # not valid Unicode (a lone surrogate): it cannot be stored
    NOT_DATE = "not_date"  # not an existing day as YYYY-MM-DD
    NOT_TIME = "not_time"  # not HH:MM within a day
    NOT_MOMENT = "not_moment"  # not an ISO date and time
    NOT_WHOLE_NUMBER = "not_whole_number"
    NOT_NUMBER = "not_number"  # not a finite number
    OUT_OF_RANGE = "out_of_range"  # outside 0 .. ``Invalid.limit``
    NOT_CHOICE = "not_choice"  # none of the known values
    NOT_SCRIPT = "not_script"  # not a session's script
    NOT_LIST = "not_list"  # not a list of the right things
    NOT_OPTIONAL_PART = "not_optional_part"  # a part number that is no optional part of the script


@dataclass(frozen=True)
class Invalid:
    """One value that breaks a rule: which field, what is wrong, and the limit where one applies."""

    field: str
    problem: Problem
    limit: int | float | None = None
    value: object = dataclasses.field(default=None, compare=False)  # what was there, for the message


# ────────────────────────────────────────────────────────────── field rules


def printable(text: str) -> str:
    """``text`` with anything that is not valid Unicode (a lone surrogate) shown as "?": safe to print."""
    return text.encode("utf-8", "replace").decode("utf-8")


def text_problem(value: object, limit: int, *, required: bool = False, line: bool = False) -> Problem | None:
    """Text of at most ``limit`` characters; ``line``: white space runs count as one space."""
    if not isinstance(value, str):
        return Problem.NOT_TEXT
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return Problem.BAD_TEXT
    measured = " ".join(value.split()) if line else value
    if required and not measured.strip():
        return Problem.MISSING
    if len(measured) > limit:
        return Problem.TOO_LONG
    return None


def date_problem(value: object, *, optional: bool = False) -> Problem | None:
    if optional and value == "":
        return None
    if not isinstance(value, str):
        return Problem.NOT_DATE
    try:
        parse_iso_date(value.strip())
    except ValueError:
        return Problem.NOT_DATE
    return None


def clock_time_problem(value: object) -> Problem | None:
    if not isinstance(value, str):
        return Problem.NOT_TIME
    try:
        parse_clock_time(value)
    except ValueError:
        return Problem.NOT_TIME
    return None


def moment_problem(value: object, *, optional: bool = True) -> Problem | None:
    """An ISO date and time as the store writes them (``now_iso``); ``optional``: "" is fine."""
    if optional and value == "":
        return None
    if not isinstance(value, str) or len(value) > 64:
        return Problem.NOT_MOMENT
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return Problem.NOT_MOMENT
    return None


def whole_number_problem(value: object, high: int, *, optional: bool = False) -> Problem | None:
    """A whole number from 0 to ``high``."""
    if optional and value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem.NOT_WHOLE_NUMBER
    return None if 0 <= value <= high else Problem.OUT_OF_RANGE


def number_problem(value: object, high: float, *, low: float = 0.0, optional: bool = False) -> Problem | None:
    """A finite number from ``low`` to ``high`` (never NaN or Infinity)."""
    if optional and value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Problem.NOT_NUMBER
    if isinstance(value, float) and not math.isfinite(value):
        return Problem.NOT_NUMBER
    return None if low <= value <= high else Problem.OUT_OF_RANGE


def choice_problem(value: object, choices: Collection[str]) -> Problem | None:
    return None if isinstance(value, str) and value in choices else Problem.NOT_CHOICE


def flag_problem(value: object) -> Problem | None:
    return None if value in (0, 1) and not isinstance(value, float) else Problem.NOT_CHOICE


def script_problem(value: object) -> Problem | None:
    """None (no script) or a script as :func:`~.sessions.theme_to_dict` writes it, with sane numbers."""
    if value is None:
        return None
    try:
        script = theme_from_dict(value)
    except (ValueError, TypeError, KeyError):
        return Problem.NOT_SCRIPT
    for part in script.parts:
        if whole_number_problem(part.number, MAX_TIMEBOX):
            return Problem.NOT_SCRIPT
        for box in part.timeboxes:
            if whole_number_problem(box.minutes, MAX_MINUTES):
                return Problem.NOT_SCRIPT
    texts = [script.title, script.key, *(p.title for p in script.parts)]
    if any(text_problem(t, VISION_LENGTH) for t in texts):
        return Problem.NOT_SCRIPT
    return None


def optional_parts_problem(value: object, script: object) -> Problem | None:
    """A list of part numbers, each an optional part of ``script`` (when there is one)."""
    if not isinstance(value, list) or any(whole_number_problem(n, MAX_TIMEBOX) for n in value):
        return Problem.NOT_LIST
    if script is None or script_problem(script):
        return None
    optional = {part.number for part in theme_from_dict(script).parts if part.optional}
    return None if set(value) <= optional else Problem.NOT_OPTIONAL_PART


def _items_problem(value: object) -> Problem | None:
    try:
        items = items_from_json(value)
    except (ValueError, TypeError):
        return Problem.NOT_LIST
    if any(text_problem(i.text, NOTE_LENGTH) or text_problem(i.note_id, LINE_LENGTH) for i in items):
        return Problem.NOT_LIST
    return None


def _strings_problem(value: object) -> Problem | None:
    if not isinstance(value, list) or any(text_problem(v, LINE_LENGTH) for v in value):
        return Problem.NOT_LIST
    return None


def outcome_value_problem(field: str, value: object) -> Problem | None:
    """An amendment's old or new value: what that outcome field holds."""
    if field in ("development_points", "strengths_used", "insights_used"):
        return _items_problem(value)
    if field == "inspiration_card_ids":
        return _strings_problem(value)
    try:
        outcome_value_from_json(field, value)
    except (ValueError, TypeError):
        return Problem.NOT_TEXT
    return text_problem(value, NOTE_LENGTH)


# ───────────────────────────────────────────────────────────── record rules


@dataclass(frozen=True)
class FieldRule:
    check: Callable[[object], Problem | None]
    limit: int | float | None = None  # the number a TOO_LONG or OUT_OF_RANGE is about


def _text(limit: int, *, required: bool = False, line: bool = False) -> FieldRule:
    return FieldRule(lambda v: text_problem(v, limit, required=required, line=line), limit)


def _whole(high: int, *, optional: bool = False) -> FieldRule:
    return FieldRule(lambda v: whole_number_problem(v, high, optional=optional), high)


def _seconds(*, low: float = -MAX_SECONDS, optional: bool = False) -> FieldRule:
    return FieldRule(lambda v: number_problem(v, MAX_SECONDS, low=low, optional=optional), MAX_SECONDS)


def _choice(choices: Collection[str]) -> FieldRule:
    return FieldRule(lambda v: choice_problem(v, choices))


_MOMENT = FieldRule(moment_problem)
_REQUIRED_MOMENT = FieldRule(lambda v: moment_problem(v, optional=False))
_DAY = FieldRule(lambda v: date_problem(v, optional=True))
_FLAG = FieldRule(flag_problem)
_ITEMS = FieldRule(_items_problem)
_NAME_LINE = _text(LINE_LENGTH, line=True)

# Per kind of record (the archive's names, see store/exchange.py): the rule of each field.
# Ids and references between records are checked by the archive reader itself.
RULES: dict[str, dict[str, FieldRule]] = {
    "school": {
        "name": _text(NAME_LENGTH, required=True, line=True),
        "vision": _text(VISION_LENGTH),
        "contact": _text(NOTE_LENGTH),
        "partnership": _text(NOTE_LENGTH),
        "notes": _text(NOTE_LENGTH),
        "is_example": _FLAG,
        "archived": _FLAG,
        "created_at": _REQUIRED_MOMENT,
        "updated_at": _REQUIRED_MOMENT,
    },
    "session": {
        "theme_key": FieldRule(lambda v: None if v is None else text_problem(v, LINE_LENGTH), LINE_LENGTH),
        "title": _text(NAME_LENGTH, required=True, line=True),
        "date": FieldRule(date_problem),
        "planned_start": FieldRule(clock_time_problem),
        "facilitator": _NAME_LINE,
        "status": _choice({s.value for s in SessionStatus}),
        "script": FieldRule(script_problem),
        "created_at": _REQUIRED_MOMENT,
        "updated_at": _REQUIRED_MOMENT,
        "started_at": _MOMENT,
        "finished_at": _MOMENT,
    },
    "participant": {
        "position": _whole(MAX_POSITION),
        "name": _text(LINE_LENGTH, required=True, line=True),
        "role": _NAME_LINE,
    },
    "note": {
        "timebox_index": _whole(MAX_TIMEBOX, optional=True),
        "category": _choice({c.value for c in NoteCategory}),
        "text": _text(NOTE_LENGTH, required=True),
        "participant": _NAME_LINE,
        "position": _whole(MAX_POSITION),
        "created_at": _REQUIRED_MOMENT,
        "updated_at": _REQUIRED_MOMENT,
    },
    "outcome": {
        "scenario_id": _text(LINE_LENGTH),
        "scenario_name": _NAME_LINE,
        "rationale": _text(NOTE_LENGTH),
        "first_step": _text(NOTE_LENGTH),
        "first_step_owner": _NAME_LINE,
        "first_step_due": _DAY,
        "development_points": _ITEMS,
        "strengths_used": _ITEMS,
        "insights_used": _ITEMS,
        "support_needed": _text(NOTE_LENGTH),
        "inspiration_card_ids": FieldRule(_strings_problem),
        "locked_at": _MOMENT,
        "updated_at": _MOMENT,
    },
    "amendment": {
        "field": _choice(AMENDABLE_FIELDS),
        "reason": _text(NOTE_LENGTH, required=True),
        "at": _REQUIRED_MOMENT,
    },
    "timebox_run": {
        "timebox_index": _whole(MAX_TIMEBOX),
        "planned_minutes": _whole(MAX_MINUTES),
        "planned_start": _seconds(),
        "planned_end": _seconds(),
        "actual_start": _seconds(optional=True),
        "actual_end": _seconds(optional=True),
        "skipped": _FLAG,
        "spent_seconds": _seconds(low=0.0),
    },
    "follow_up": {
        "previous_date": _DAY,
        "first_step": _text(NOTE_LENGTH),
        "status": _choice({"done", "partly", "not", "other"}),
        "text": _text(NOTE_LENGTH),
        "answered_at": _MOMENT,
        "updated_at": _MOMENT,
    },
}


def field_problem(kind: str, name: str, value: object) -> Invalid | None:
    """The rule of one field, for typed input: None when ``value`` may be stored."""
    rule = RULES[kind][name]
    problem = rule.check(value)
    return None if problem is None else Invalid(name, problem, rule.limit, value)


def record_problems(kind: str, record: Mapping[str, object]) -> list[Invalid]:
    """Every field of ``record`` (a ``kind`` of the archive) that breaks its rule; empty when sound."""
    found = [
        invalid
        for name in RULES.get(kind, {})
        if name in record and (invalid := field_problem(kind, name, record[name])) is not None
    ]
    if kind == "session" and not any(i.field == "script" for i in found):
        parts = record.get("included_optional_parts", [])
        problem = optional_parts_problem(parts, record.get("script"))
        if problem is not None:
            found.append(Invalid("included_optional_parts", problem, value=parts))
    if kind == "amendment" and not found:
        for name in ("old", "new"):
            problem = outcome_value_problem(str(record["field"]), record.get(name))
            if problem is not None:
                found.append(Invalid(name, problem, value=record.get(name)))
    return found
