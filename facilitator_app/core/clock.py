"""Drift-free session clock for a one-hour reflection session.

The clock follows the design of Parabol/Ontime timers: instead of decrementing
a counter on every tick, it stores the *deadline* of the current time box on a
monotonic clock and derives everything (remaining time, overrun, status,
projection) from that deadline and "now". A UI timer therefore only repaints;
missed, late or jittery ticks can never make the display drift.

Time bookkeeping per box:

* ``adjusted_seconds`` -- the planned length plus any minutes added or taken.
* ``spent_seconds`` -- active (non-paused) time spent in *earlier* visits of
  the box; a box can be visited again via ``previous_box``/``jump_to`` and then
  continues where it left off instead of starting afresh.
* While a box is current, its deadline is
  ``entered_at + adjusted_seconds - spent_seconds`` (shifted by pauses and
  added minutes), so ``remaining = deadline - now``.

This module is plain Python (no Qt) so that it can be unit tested with a fake
time source.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = [
    "BoxRecord",
    "ClockStateError",
    "ClockStatus",
    "FixKind",
    "PlannedBox",
    "ScheduleFix",
    "SessionClock",
    "TimeSource",
    "WallClock",
]

TimeSource = Callable[[], float]
"""A monotonic clock in seconds (default :func:`time.monotonic`)."""

WallClock = Callable[[], float]
"""A wall clock in seconds since the epoch (default :func:`time.time`).

Only used to bridge a crash/restart, where monotonic readings are meaningless.
"""

_STATE_VERSION = 1
_SECONDS_PER_MINUTE = 60.0


class ClockStateError(RuntimeError):
    """An operation does not make sense in the clock's current state."""


class ClockStatus(enum.Enum):
    NOT_STARTED = "not_started"
    NORMAL = "normal"
    WARNING = "warning"  # in the last ``warning_seconds`` of the box
    OVERRUN = "overrun"  # at or past zero: the display counts up
    PAUSED = "paused"
    FINISHED = "finished"


class FixKind(enum.Enum):
    SKIP_OPTIONAL_PART = "skip_optional_part"
    SHORTEN_REMAINING = "shorten_remaining"


class Shorten(enum.IntEnum):
    """When a late session's fix may take minutes from a box, earliest first."""

    FIRST = 0  # the exchanges of steps 2 and 4: the group talks on anyway
    FINAL = 1  # the decision part: as a whole never below FINAL_PART_FLOOR minutes
    REST = 2


# The decision is why the group came: a fix or a shorter slot never cuts it below this.
FINAL_PART_FLOOR = 15


@dataclass(frozen=True, slots=True)
class PlannedBox:
    """One time box of the session plan."""

    key: str
    minutes: int
    optional: bool
    part: int
    shorten: Shorten = Shorten.REST


@dataclass(frozen=True, slots=True)
class BoxRecord:
    """What actually happened to one box.

    ``actual_start``/``actual_end`` are offsets in seconds from the session
    start in real (wall) time, pauses included; ``actual_start`` is the first
    entry, ``actual_end`` the last exit (``None`` while the box is current or
    was never visited). ``spent_seconds`` is the active time, pauses excluded.
    """

    key: str
    planned_seconds: float
    actual_start: float | None
    actual_end: float | None
    skipped: bool
    adjusted_seconds: float
    spent_seconds: float


@dataclass(frozen=True, slots=True)
class ScheduleFix:
    """A proposal to bring a late session back on time.

    For ``SKIP_OPTIONAL_PART`` only ``part`` is set. For
    ``SHORTEN_REMAINING``, ``new_minutes`` holds ``(box_index, minutes)`` for
    every remaining box (unchanged ones included, so a UI can show the whole
    new plan). ``recovered_seconds`` may be smaller than ``overrun_seconds``
    when the remaining boxes cannot shrink enough (each keeps >= 1 minute).
    """

    kind: FixKind
    overrun_seconds: float
    recovered_seconds: float
    part: int | None = None
    new_minutes: tuple[tuple[int, int], ...] = ()


class SessionClock:
    """Walks an ordered list of time boxes against a monotonic clock."""

    def __init__(
        self,
        boxes: Sequence[PlannedBox],
        time_source: TimeSource = time.monotonic,
        *,
        wall_clock: WallClock = time.time,
        warning_seconds: float = 60.0,
    ) -> None:
        if not boxes:
            raise ValueError("a session needs at least one time box")
        for box in boxes:
            if box.minutes < 0:
                raise ValueError(f"box {box.key!r} has negative minutes")
        self._boxes: tuple[PlannedBox, ...] = tuple(boxes)
        self._time = time_source
        self._wall = wall_clock
        self._warning_seconds = warning_seconds

        n = len(self._boxes)
        self._adjusted: list[float] = [b.minutes * _SECONDS_PER_MINUTE for b in boxes]
        self._spent: list[float] = [0.0] * n
        self._skipped: list[bool] = [False] * n
        self._actual_start: list[float | None] = [None] * n
        self._actual_end: list[float | None] = [None] * n

        self._index = 0
        self._started = False
        self._finished = False
        self._paused = False
        # Monotonic anchors; meaningful only once started.
        self._session_start = 0.0
        self._deadline = 0.0
        # The instant the countdown stopped (pause or finish); remaining time is
        # measured against it instead of "now" while it is set.
        self._frozen_at: float | None = None
        self._finished_offset: float | None = None

    # ------------------------------------------------------------------ state

    @property
    def boxes(self) -> tuple[PlannedBox, ...]:
        return self._boxes

    @property
    def current_index(self) -> int:
        return self._index

    @property
    def is_started(self) -> bool:
        return self._started

    @property
    def is_finished(self) -> bool:
        return self._finished

    @property
    def is_running(self) -> bool:
        """Started, not finished and not paused: the countdown is moving."""
        return self._started and not self._finished and not self._paused

    @property
    def is_paused(self) -> bool:
        return self._paused and not self._finished

    # -------------------------------------------------------------- lifecycle

    def start(self) -> None:
        if self._started:
            raise ClockStateError("the session has already started")
        now = self._time()
        self._started = True
        self._session_start = now
        self._enter(self._index, now)

    def pause(self) -> None:
        """Freeze the countdown; idempotent while already paused."""
        self._require_active()
        if self._paused:
            return
        self._paused = True
        self._frozen_at = self._time()

    def resume(self) -> None:
        """Continue the countdown; idempotent while already running."""
        self._require_active()
        if not self._paused:
            return
        now = self._time()
        assert self._frozen_at is not None
        # Pause time must not count against the box: push the deadline back.
        self._deadline += now - self._frozen_at
        self._frozen_at = None
        self._paused = False

    def finish(self) -> None:
        self._require_active()
        now = self._time()
        self._leave(now)
        if self._frozen_at is None:
            self._frozen_at = now
        self._finished_offset = now - self._session_start
        self._finished = True

    # -------------------------------------------------------------- adjusting

    def add_minutes(self, minutes: int) -> None:
        """Lengthen (positive) or shorten (negative) the current box.

        Shortening never cuts into time that has already elapsed: the box
        length floors at the elapsed time (remaining time becomes zero), and a
        box that is already overrunning is not shortened at all -- otherwise
        "take a minute" would paradoxically lengthen it.
        """
        if self._finished:
            raise ClockStateError("the session has finished")
        i = self._index
        old = self._adjusted[i]
        wanted = old + minutes * _SECONDS_PER_MINUTE
        if minutes < 0:
            floor = min(old, max(self.elapsed_in_box(), 0.0))
            wanted = max(wanted, floor)
        delta = wanted - old
        self._adjusted[i] = wanted
        if self._started:
            self._deadline += delta

    def skip_part(self, part: int) -> None:
        """Skip every box of an optional part that has not been done yet.

        Boxes of the part that were already visited and left keep their record
        (they happened); the current box and unvisited boxes are marked
        skipped. If the current box is skipped, the clock moves on to the next
        non-skipped box, or finishes when there is none.
        """
        self._require_not_finished()
        members = [i for i, b in enumerate(self._boxes) if b.part == part]
        if not members:
            raise ValueError(f"there is no part {part}")
        if not all(self._boxes[i].optional for i in members):
            raise ValueError(f"part {part} is not optional")
        to_skip = [i for i in members if i == self._index or self._actual_start[i] is None]
        if not self._started and all(self._skipped[i] or i in to_skip for i in range(len(self._boxes))):
            raise ValueError("skipping this part would leave no box at all")
        for i in to_skip:
            self._skipped[i] = True
        if not self._skipped[self._index]:
            return
        target = self._next_unskipped(self._index)
        if not self._started:
            # Nothing is running yet: just select where start() will begin.
            if target is None:
                target = self._next_unskipped(-1)
            assert target is not None
            self._index = target
            return
        now = self._time()
        if target is None:
            self.finish()
            return
        self._leave(now)
        self._enter(target, now)

    # ------------------------------------------------------------- navigating

    def next_box(self) -> None:
        """Move to the next non-skipped box; past the last one, finish."""
        self._require_not_finished()
        target = self._next_unskipped(self._index)
        if target is None:
            if self._started:
                self.finish()
            return
        self._move_to(target)

    def previous_box(self) -> bool:
        """Move to the previous non-skipped box; False if there is none."""
        self._require_not_finished()
        for i in range(self._index - 1, -1, -1):
            if not self._skipped[i]:
                self._move_to(i)
                return True
        return False

    def jump_to(self, index: int) -> None:
        """Make ``index`` the current box.

        Jumping to a skipped box un-skips it: an explicit jump means the
        facilitator wants to do that box after all.
        """
        self._require_not_finished()
        if not 0 <= index < len(self._boxes):
            raise IndexError(f"box index {index} out of range")
        self._skipped[index] = False
        if index != self._index:
            self._move_to(index)

    # ---------------------------------------------------------------- queries

    def remaining_seconds(self) -> float:
        """Signed remaining time of the current box; negative means overrun."""
        if not self._started:
            i = self._index
            return self._adjusted[i] - self._spent[i]
        return self._deadline - self._reference(self._time())

    def elapsed_in_box(self) -> float:
        """Active time spent in the current box over all its visits."""
        return self._adjusted[self._index] - self.remaining_seconds()

    def overrun_seconds(self) -> float:
        return max(0.0, -self.remaining_seconds())

    def status(self) -> ClockStatus:
        if self._finished:
            return ClockStatus.FINISHED
        if not self._started:
            return ClockStatus.NOT_STARTED
        if self._paused:
            return ClockStatus.PAUSED
        remaining = self.remaining_seconds()
        if remaining <= 0.0:
            return ClockStatus.OVERRUN
        if remaining <= self._warning_seconds:
            return ClockStatus.WARNING
        return ClockStatus.NORMAL

    def session_elapsed(self) -> float:
        """Real time since the session started, pauses included."""
        if not self._started:
            return 0.0
        if self._finished_offset is not None:
            return self._finished_offset
        return self._time() - self._session_start

    def planned_total_seconds(self) -> float:
        """The original plan: every box at its planned length."""
        return sum(b.minutes for b in self._boxes) * _SECONDS_PER_MINUTE

    def projected_end_offset(self) -> float:
        """Seconds the session will end later (+) or earlier (-) than planned.

        Measured in real time against the original plan, so pauses push the
        projected end back: the hour ends when it ends, whether or not the
        group paused.
        """
        planned = self.planned_total_seconds()
        if self._finished:
            assert self._finished_offset is not None
            return self._finished_offset - planned
        # The current box cannot end before now, hence the max(..., 0).
        projected = self.session_elapsed() + max(self.remaining_seconds(), 0.0)
        for i in range(self._index + 1, len(self._boxes)):
            if not self._skipped[i]:
                projected += max(self._adjusted[i] - self._spent[i], 0.0)
        return projected - planned

    def box_records(self) -> list[BoxRecord]:
        records: list[BoxRecord] = []
        for i, box in enumerate(self._boxes):
            spent = self._spent[i]
            if i == self._index and self._started and not self._finished:
                spent = self.elapsed_in_box()
            records.append(
                BoxRecord(
                    key=box.key,
                    planned_seconds=box.minutes * _SECONDS_PER_MINUTE,
                    actual_start=self._actual_start[i],
                    actual_end=self._actual_end[i],
                    skipped=self._skipped[i],
                    adjusted_seconds=self._adjusted[i],
                    spent_seconds=spent,
                )
            )
        return records

    # ------------------------------------------------------------ fixing time

    def suggest_fix(self, tolerance_seconds: float = 0.0) -> ScheduleFix | None:
        """Propose how to end on time, or None.

        None means the projection is within ``tolerance_seconds`` of the plan,
        or that there is nothing left to adjust (no untouched box after the
        current one). Skipping a whole optional part is preferred over
        squeezing everything, because a shortened reflection round tends to be
        worse than a dropped optional one; among parts that suffice, the
        shortest is proposed so the least content is lost.
        """
        if self._finished:
            return None
        overrun = self.projected_end_offset()
        if overrun <= tolerance_seconds:
            return None
        upcoming = self._untouched_upcoming()
        upcoming_set = set(upcoming)

        best_part: int | None = None
        best_recovered = math.inf
        for part in dict.fromkeys(self._boxes[i].part for i in upcoming):
            members = [i for i, b in enumerate(self._boxes) if b.part == part]
            if not all(self._boxes[i].optional for i in members):
                continue
            # "Not started": every member is still untouched and upcoming
            # (skipped members simply contribute nothing).
            if not all(i in upcoming_set or self._skipped[i] for i in members):
                continue
            recovered = sum(self._adjusted[i] for i in members if i in upcoming_set)
            if overrun <= recovered < best_recovered:
                best_part, best_recovered = part, recovered
        if best_part is not None:
            return ScheduleFix(
                kind=FixKind.SKIP_OPTIONAL_PART,
                overrun_seconds=overrun,
                recovered_seconds=best_recovered,
                part=best_part,
            )
        return self._shorten_fix(upcoming, overrun)

    def apply_fix(self, fix: ScheduleFix) -> None:
        self._require_not_finished()
        if fix.kind is FixKind.SKIP_OPTIONAL_PART:
            if fix.part is None:
                raise ValueError("a skip fix needs a part")
            self.skip_part(fix.part)
            return
        for index, minutes in fix.new_minutes:
            if not 0 <= index < len(self._boxes):
                raise IndexError(f"box index {index} out of range")
            if index == self._index and self._started:
                # The running box is adjusted via add_minutes, never by a fix,
                # so that the deadline stays consistent.
                raise ValueError("a fix must not change the current box")
            self._adjusted[index] = minutes * _SECONDS_PER_MINUTE

    def _untouched_upcoming(self) -> list[int]:
        """Non-skipped, never-visited boxes that are still ahead."""
        first = self._index if not self._started else self._index + 1
        return [
            i
            for i in range(first, len(self._boxes))
            if not self._skipped[i] and self._actual_start[i] is None
        ]

    def _shorten_fix(self, upcoming: list[int], overrun: float) -> ScheduleFix | None:
        """Shorten the boxes ahead: steps 2 and 4 first, then the final part down to its floor, then the rest."""
        # Untouched boxes only ever change by whole minutes, so rounding here is
        # exact in practice; it just guards against float noise.
        minutes = {i: round(self._adjusted[i] / _SECONDS_PER_MINUTE) for i in upcoming}
        needed = math.ceil(overrun / _SECONDS_PER_MINUTE - 1e-9)
        cut = dict.fromkeys(upcoming, 0)
        for group in Shorten:
            members = [i for i in upcoming if self._boxes[i].shorten is group]
            capacity = [max(minutes[i] - 1, 0) for i in members]  # each box keeps >= 1 minute
            allowed = sum(capacity)
            if group is Shorten.FINAL:
                final_total = sum(self._adjusted[i] for i in members) / _SECONDS_PER_MINUTE
                allowed = min(allowed, max(0, math.floor(final_total - FINAL_PART_FLOOR)))
            reduction = min(needed - sum(cut.values()), allowed)
            if reduction > 0:
                shares = _proportional([minutes[i] for i in members], capacity, reduction)
                cut.update(zip(members, shares, strict=True))
        reduction = sum(cut.values())
        if reduction <= 0:
            return None
        return ScheduleFix(
            kind=FixKind.SHORTEN_REMAINING,
            overrun_seconds=overrun,
            recovered_seconds=reduction * _SECONDS_PER_MINUTE,
            new_minutes=tuple((i, minutes[i] - cut[i]) for i in upcoming),
        )

    # ---------------------------------------------------------- serialisation

    def to_state(self) -> dict[str, object]:
        """A JSON-serialisable snapshot for crash recovery.

        Monotonic readings do not survive a restart, so the snapshot stores
        durations relative to "now" plus a wall-clock anchor taken now.
        """
        now = self._time()
        started = self._started
        return {
            "version": _STATE_VERSION,
            "keys": [b.key for b in self._boxes],
            "saved_at_wall": self._wall(),
            "current_index": self._index,
            "started": started,
            "paused": self._paused,
            "finished": self._finished,
            "session_elapsed": (now - self._session_start) if started else 0.0,
            "finished_offset": self._finished_offset,
            "box_remaining": self.remaining_seconds(),
            "adjusted": list(self._adjusted),
            "spent": list(self._spent),
            "skipped": list(self._skipped),
            "actual_start": list(self._actual_start),
            "actual_end": list(self._actual_end),
        }

    @classmethod
    def from_state(
        cls,
        state: dict[str, object],
        boxes: Sequence[PlannedBox],
        time_source: TimeSource = time.monotonic,
        *,
        wall_clock: WallClock = time.time,
        treat_gap_as_pause: bool = False,
        warning_seconds: float = 60.0,
    ) -> SessionClock:
        """Rebuild a clock from :meth:`to_state` after a crash or restart.

        The time between the snapshot and now (the "gap", measured on the wall
        clock) keeps counting against a running box -- the group did not stop
        talking because the laptop crashed -- unless ``treat_gap_as_pause``.
        A clock that was paused stays paused; the session's real elapsed time
        always includes the gap.
        """
        if state.get("version") != _STATE_VERSION:
            raise ValueError(f"unsupported clock state version {state.get('version')!r}")
        clock = cls(boxes, time_source, wall_clock=wall_clock, warning_seconds=warning_seconds)
        n = len(clock._boxes)
        if _str_list(state, "keys") != [b.key for b in clock._boxes]:
            raise ValueError("clock state does not match the planned boxes")

        clock._adjusted = _float_list(state, "adjusted", n)
        clock._spent = _float_list(state, "spent", n)
        clock._skipped = _bool_list(state, "skipped", n)
        clock._actual_start = _optional_float_list(state, "actual_start", n)
        clock._actual_end = _optional_float_list(state, "actual_end", n)
        index = _int(state, "current_index")
        if not 0 <= index < n:
            raise ValueError("clock state has an invalid current index")
        clock._index = index
        clock._started = _bool(state, "started")
        clock._paused = _bool(state, "paused")
        clock._finished = _bool(state, "finished")
        finished_offset = state.get("finished_offset")
        clock._finished_offset = None if finished_offset is None else _float(state, "finished_offset")
        if not clock._started:
            return clock

        now = clock._time()
        # A wall clock can be set backwards; never treat that as negative time.
        gap = max(0.0, wall_clock() - _float(state, "saved_at_wall"))
        remaining = _float(state, "box_remaining")
        clock._session_start = now - (_float(state, "session_elapsed") + gap)
        if clock._finished or clock._paused:
            clock._frozen_at = now
            clock._deadline = now + remaining
        elif treat_gap_as_pause:
            clock._deadline = now + remaining
        else:
            clock._deadline = now + remaining - gap
        return clock

    # ---------------------------------------------------------------- helpers

    def _reference(self, now: float) -> float:
        return now if self._frozen_at is None else self._frozen_at

    def _require_not_finished(self) -> None:
        if self._finished:
            raise ClockStateError("the session has finished")

    def _require_active(self) -> None:
        if not self._started:
            raise ClockStateError("the session has not started")
        self._require_not_finished()

    def _next_unskipped(self, after: int) -> int | None:
        for i in range(after + 1, len(self._boxes)):
            if not self._skipped[i]:
                return i
        return None

    def _move_to(self, index: int) -> None:
        if not self._started:
            # Before the start, navigating only selects the first box.
            self._index = index
            return
        now = self._time()
        self._leave(now)
        self._enter(index, now)

    def _enter(self, index: int, now: float) -> None:
        self._index = index
        if self._actual_start[index] is None:
            self._actual_start[index] = now - self._session_start
        self._actual_end[index] = None
        # A revisited box continues where it left off (spent time counts).
        self._deadline = now + self._adjusted[index] - self._spent[index]
        if self._paused:
            # Entering a box while paused: it waits, frozen at its full budget.
            self._frozen_at = now

    def _leave(self, now: float) -> None:
        i = self._index
        self._spent[i] = self._adjusted[i] - (self._deadline - self._reference(now))
        self._actual_end[i] = now - self._session_start


# Typed accessors for from_state: the snapshot arrives as untyped JSON.


def _get(state: dict[str, object], key: str) -> object:
    if key not in state:
        raise ValueError(f"clock state lacks {key!r}")
    return state[key]


def _float(state: dict[str, object], key: str) -> float:
    return _number(_get(state, key), key)


def _int(state: dict[str, object], key: str) -> int:
    value = _get(state, key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"clock state {key!r} is not an integer")
    return value


def _bool(state: dict[str, object], key: str) -> bool:
    value = _get(state, key)
    if not isinstance(value, bool):
        raise ValueError(f"clock state {key!r} is not a boolean")
    return value


def _list(state: dict[str, object], key: str, length: int | None) -> list[object]:
    value = _get(state, key)
    if not isinstance(value, list) or (length is not None and len(value) != length):
        raise ValueError(f"clock state {key!r} is not a list of the right length")
    return value


def _number(value: object, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"clock state {key!r} holds a non-number")
    return float(value)


def _float_list(state: dict[str, object], key: str, length: int) -> list[float]:
    return [_number(v, key) for v in _list(state, key, length)]


def _optional_float_list(state: dict[str, object], key: str, length: int) -> list[float | None]:
    return [None if v is None else _number(v, key) for v in _list(state, key, length)]


def _bool_list(state: dict[str, object], key: str, length: int) -> list[bool]:
    items = _list(state, key, length)
    result = [v for v in items if isinstance(v, bool)]
    if len(result) != length:
        raise ValueError(f"clock state {key!r} holds a non-boolean")
    return result


def _str_list(state: dict[str, object], key: str) -> list[str]:
    items = _list(state, key, None)
    result = [v for v in items if isinstance(v, str)]
    if len(result) != len(items):
        raise ValueError(f"clock state {key!r} holds a non-string")
    return result


def _proportional(minutes: list[int], capacity: list[int], reduction: int) -> list[int]:
    """``reduction`` whole minutes spread over boxes in proportion to their length, within each capacity."""
    total = sum(minutes)
    ideal = [reduction * m / total for m in minutes]
    cut = [min(math.floor(x), c) for x, c in zip(ideal, capacity, strict=True)]
    # Hand out the remaining whole minutes to the boxes furthest below their
    # proportional share (largest remainder), respecting each capacity.
    for _ in range(reduction - sum(cut)):
        open_boxes = [k for k in range(len(cut)) if cut[k] < capacity[k]]
        k = max(open_boxes, key=lambda j: ideal[j] - cut[j])
        cut[k] += 1
    return cut
