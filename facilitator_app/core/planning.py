"""Guard rails for planning a session, used by ``sessions plan`` and the plan dialog.

* :func:`plan_warnings`: a session without participants, or one that starts
  in the past, is allowed but worth a warning.
* :func:`fit_to_slot`: a school that has 45 minutes instead of the hour gets a
  proposal of which boxes to shorten, in this order: the exchanges of steps 2
  and 4 first (the group talks on anyway), then the optional part is left
  out, then part 3 down to :data:`FINAL_PART_FLOOR` minutes (never below: the
  decision is why the group came), then the remaining boxes. No box goes
  below half its planned length.
* :func:`with_box_minutes`: the session's own copy of the script with other
  minutes, so the theme itself is never copied or changed.
* :func:`plan_problems` and :func:`clean_plan`: what a plan must be to be stored
  (the rules an imported session is checked by, ``core/validation.py``), and
  the plan as stored (one-line names, ISO date, ``HH:MM``, no blank participants).
"""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from .clock import FINAL_PART_FLOOR
from .models import Participant, Theme
from .sessions import SHORTEN_FIRST_STEPS, Session, active_parts, parse_clock_time, parse_iso_date
from .validation import Invalid, Problem, field_problem

__all__ = [
    "FINAL_PART_FLOOR",
    "SHORTEN_FIRST_STEPS",
    "PlanWarning",
    "SlotProposal",
    "clean_plan",
    "fit_to_slot",
    "plan_problems",
    "plan_warnings",
    "with_box_minutes",
]


class PlanWarning(enum.StrEnum):
    NO_PARTICIPANTS = "no_participants"
    START_IN_PAST = "start_in_past"


def plan_warnings(session: Session, now: datetime) -> list[PlanWarning]:
    """What is odd about a plan but allowed (``now`` is local time)."""
    warnings: list[PlanWarning] = []
    if not any(p.name.strip() for p in session.participants):
        warnings.append(PlanWarning.NO_PARTICIPANTS)
    try:
        day = parse_iso_date(session.date)
        hours, minutes = parse_clock_time(session.planned_start)
    except ValueError:
        return warnings  # the store refuses it with its own message
    if datetime(day.year, day.month, day.day, hours, minutes) < now.replace(second=0, microsecond=0):
        warnings.append(PlanWarning.START_IN_PAST)
    return warnings


@dataclass(frozen=True)
class SlotProposal:
    """New minutes per time box (script index) and the optional parts to leave out."""

    slot_minutes: int
    minutes: Mapping[int, int]  # every box that still runs
    drop_parts: tuple[int, ...]
    shortened: tuple[int, ...]  # time boxes (script index) that got fewer minutes

    @property
    def total(self) -> int:
        return sum(self.minutes.values())

    @property
    def fits(self) -> bool:
        return self.total <= self.slot_minutes


def fit_to_slot(script: Theme, included_optional_parts: Iterable[int], slot_minutes: int) -> SlotProposal:
    """Which boxes to shorten (and whether to drop the optional part) to fit ``slot_minutes``."""
    included = set(included_optional_parts)
    parts = active_parts(script, included)
    final = max(part.number for part in script.parts)
    planned: dict[int, int] = {}
    part_of: dict[int, int] = {}
    steps_of: dict[int, set[int]] = {}
    active = {part.number for part in parts}
    for index, (part, box) in enumerate(script.timeboxes()):
        if part.number in active:
            planned[index] = box.minutes
            part_of[index] = part.number
            steps_of[index] = {s.number for s in box.steps if s.number is not None}
    minutes = dict(planned)
    floors = {i: max(1, math.ceil(m / 2)) for i, m in planned.items()}
    need = sum(minutes.values()) - slot_minutes
    drop: list[int] = []
    if need <= 0:
        return SlotProposal(slot_minutes, minutes, (), ())

    optional = [p.number for p in parts if p.optional]
    first = [i for i in minutes if steps_of[i] & set(SHORTEN_FIRST_STEPS) and part_of[i] not in optional]
    capacity_first = sum(minutes[i] - floors[i] for i in first)
    # Shortening the exchanges is kinder than dropping a part, if it suffices.
    for number in optional:
        if need <= capacity_first:
            break
        drop.append(number)
        for index in [i for i in minutes if part_of[i] == number]:
            need -= minutes.pop(index)
    final_boxes = [i for i in minutes if part_of[i] == final]
    # Part 3 as a whole never below FINAL_PART_FLOOR (or its plan, if shorter).
    final_total_floor = min(FINAL_PART_FLOOR, sum(planned[i] for i in final_boxes))
    rest = [i for i in minutes if i not in first and i not in final_boxes]
    for group in (first, final_boxes, rest):
        while need > 0:
            open_boxes = [i for i in group if minutes[i] > floors[i]]
            if group is final_boxes and sum(minutes[i] for i in group) <= final_total_floor:
                break
            if not open_boxes:
                break
            # One minute at a time from the longest box: the cuts spread evenly.
            longest = max(open_boxes, key=lambda i: (minutes[i] - floors[i], -i))
            minutes[longest] -= 1
            need -= 1
    shortened = tuple(i for i in minutes if minutes[i] < planned[i])
    return SlotProposal(slot_minutes, minutes, tuple(drop), shortened)


def with_box_minutes(script: Theme, minutes: Mapping[int, int]) -> Theme:
    """The script with other minutes for some boxes (script index → minutes); the rest unchanged."""
    boxes = script.timeboxes()
    for index, value in minutes.items():
        if not 0 <= index < len(boxes):
            raise ValueError(f"time box {index} does not exist")
        if value < 1:
            raise ValueError("a time box lasts at least a minute")
    index = 0
    parts = []
    for part in script.parts:
        new_boxes = []
        for box in part.timeboxes:
            new_boxes.append(replace(box, minutes=minutes.get(index, box.minutes)))
            index += 1
        parts.append(replace(part, timeboxes=tuple(new_boxes)))
    return replace(script, parts=tuple(parts))


def one_line(text: str) -> str:
    """A name or title as stored: NFC, runs of white space (line breaks too) as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def plan_title(session: Session, script: Theme | None) -> str:
    """The session's title on one line; without one, the script's title."""
    return " ".join(session.title.split()) or (script.title if script else "")


def plan_problems(session: Session, script: Theme | None) -> list[Invalid]:
    """What keeps a plan from being stored, in the order of the plan form; empty when it may be stored.

    ``script`` is the session's copy of the theme (None for a session without one): the optional parts
    chosen must be optional parts of it.
    """
    checks = [
        ("title", plan_title(session, script)),
        ("date", session.date),
        ("planned_start", session.planned_start),
        ("facilitator", session.facilitator),
    ]
    found = [invalid for field, value in checks if (invalid := field_problem("session", field, value))]
    for person in session.participants:
        name = field_problem("participant", "name", person.name or "-")  # a blank name is left out
        role = field_problem("participant", "role", person.role)
        found.extend(invalid for invalid in (name, role) if invalid is not None)
    optional = {part.number for part in script.parts if part.optional} if script else set()
    wrong = sorted(set(session.included_optional_parts) - optional)
    if wrong:
        found.append(Invalid("included_optional_parts", Problem.NOT_OPTIONAL_PART, value=wrong))
    return found


def clean_plan(session: Session, script: Theme | None) -> Session:
    """The plan as stored, with ``script`` as its copy; call when :func:`plan_problems` finds nothing."""
    hours, minutes = parse_clock_time(session.planned_start)
    return replace(
        session,
        title=plan_title(session, script),
        date=parse_iso_date(session.date.strip()).isoformat(),
        planned_start=f"{hours:02d}:{minutes:02d}",
        facilitator=one_line(session.facilitator),
        participants=tuple(
            Participant(name=one_line(p.name), role=one_line(p.role), id=p.id)
            for p in session.participants
            if p.name.strip()
        ),
        included_optional_parts=frozenset(session.included_optional_parts),
        script=script,
    )
