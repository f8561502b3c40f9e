"""The timing rules a session shows, as pure functions: the screens only display their answers.

* **Schedule** (the facilitator's line "planned end 14:30 · expected 14:34 ·
  4:10 behind"): within ±:data:`ON_SCHEDULE_SECONDS` of the plan is *on
  schedule*; later is *behind* (shown as late, in red), earlier *ahead*.
* **Countdown** of the current box: the clock's status (normal, warning in
  the last minute, overrun) and, for the room's screen, a calm phrase in
  whole minutes (:class:`CalmTime`): "12 min left", "last minute" when
  ``remaining <= ENDING_SOON_SECONDS``, "time is up".
* **Fix nag**: a proposal the facilitator waved away comes back only once the
  session is another :data:`FIX_NAG_SECONDS` later (:func:`fix_is_due`).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from .clock import ClockStatus

__all__ = [
    "ENDING_SOON_SECONDS",
    "FIX_NAG_SECONDS",
    "ON_SCHEDULE_SECONDS",
    "BoxChange",
    "CalmKind",
    "CalmTime",
    "Countdown",
    "Schedule",
    "ScheduleVerdict",
    "calm_time",
    "fix_is_due",
    "schedule_verdict",
]

ON_SCHEDULE_SECONDS = 30.0
ENDING_SOON_SECONDS = 60.0
FIX_NAG_SECONDS = 120.0


class ScheduleVerdict(enum.StrEnum):
    NOT_STARTED = "not_started"
    ON_SCHEDULE = "on_schedule"
    BEHIND = "behind"
    AHEAD = "ahead"
    FINISHED = "finished"


def schedule_verdict(offset_seconds: float, *, started: bool, finished: bool) -> ScheduleVerdict:
    """How the projected end compares with the plan (``offset`` > 0: later)."""
    if not started:
        return ScheduleVerdict.NOT_STARTED
    if finished:
        return ScheduleVerdict.FINISHED
    if abs(offset_seconds) < ON_SCHEDULE_SECONDS:
        return ScheduleVerdict.ON_SCHEDULE
    return ScheduleVerdict.BEHIND if offset_seconds > 0 else ScheduleVerdict.AHEAD


@dataclass(frozen=True)
class Schedule:
    """The whole session against its plan, at one instant.

    ``planned_end`` and ``expected_end`` are local clock times (before the
    start: if it started now). ``offset_seconds`` is the projected end minus
    the planned end.
    """

    verdict: ScheduleVerdict
    offset_seconds: float
    planned_total_seconds: float
    planned_end: datetime
    expected_end: datetime

    @property
    def late(self) -> bool:
        return self.verdict is ScheduleVerdict.BEHIND

    @classmethod
    def at(
        cls,
        now: datetime,
        *,
        planned_total: float,
        elapsed: float,
        offset: float,
        started: bool,
        finished: bool,
    ) -> Schedule:
        planned_end = now + timedelta(seconds=planned_total - elapsed)
        return cls(
            verdict=schedule_verdict(offset, started=started, finished=finished),
            offset_seconds=offset,
            planned_total_seconds=planned_total,
            planned_end=planned_end,
            expected_end=planned_end + timedelta(seconds=offset if started else 0.0),
        )


class CalmKind(enum.StrEnum):
    """What the room's screen says instead of ticking seconds."""

    MINUTES = "minutes"  # "%1 min" before the start, "%1 min left" while running
    LAST_MINUTE = "last_minute"
    TIME_UP = "time_up"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class CalmTime:
    kind: CalmKind
    minutes: int = 0


def calm_time(status: ClockStatus, remaining_seconds: float) -> CalmTime:
    """Whole minutes only: seconds ticking on the wall make a group restless."""
    if status is ClockStatus.PAUSED:
        return CalmTime(CalmKind.PAUSED)
    if status is ClockStatus.FINISHED:
        return CalmTime(CalmKind.FINISHED)
    if status is not ClockStatus.NOT_STARTED:
        if remaining_seconds <= 0:
            return CalmTime(CalmKind.TIME_UP)
        if remaining_seconds <= ENDING_SOON_SECONDS:
            return CalmTime(CalmKind.LAST_MINUTE)
    return CalmTime(CalmKind.MINUTES, math.ceil(max(remaining_seconds, 0.0) / 60))


@dataclass(frozen=True)
class Countdown:
    """The current box at one instant; ``remaining_seconds`` < 0 is overrun."""

    status: ClockStatus
    remaining_seconds: float
    box_seconds: float  # the box's length now, minutes added or taken included
    planned_box_seconds: float

    @property
    def ending_soon(self) -> bool:
        """In the last minute of a running box (the presenter's cue)."""
        return self.status is ClockStatus.WARNING

    @property
    def overrun(self) -> bool:
        return self.status is ClockStatus.OVERRUN

    @property
    def adjusted(self) -> bool:
        """Minutes were added or taken: show "(planned N)" beside the length."""
        return round(self.box_seconds / 60) != round(self.planned_box_seconds / 60)

    @property
    def calm(self) -> CalmTime:
        return calm_time(self.status, self.remaining_seconds)


@dataclass(frozen=True)
class BoxChange:
    """One box a shortening fix changes: clock index, minutes now, minutes after."""

    clock_index: int
    from_minutes: int
    to_minutes: int


def fix_is_due(overrun_seconds: float, dismissed_at_overrun: float | None) -> bool:
    """A waved-away proposal returns only when the session is FIX_NAG_SECONDS later still."""
    return dismissed_at_overrun is None or overrun_seconds >= dismissed_at_overrun + FIX_NAG_SECONDS
