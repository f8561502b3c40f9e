"""Unit tests for the drift-free session clock (fake time, no sleeping)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.core.clock import (
    ClockStateError,
    ClockStatus,
    FixKind,
    PlannedBox,
    ScheduleFix,
    SessionClock,
)

# An arbitrary, non-zero monotonic origin catches code that confuses a
# monotonic reading with an offset from the session start.
ORIGIN = 12_345.5
WALL_ORIGIN = 1_700_000_000.0


class FakeTime:
    """A controllable clock; ``advance`` moves it forward."""

    def __init__(self, start: float = ORIGIN) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


def plan() -> list[PlannedBox]:
    """A one-hour session: 60 planned minutes, part 2 optional."""
    return [
        PlannedBox("opening", 5, optional=False, part=1),
        PlannedBox("round-1", 15, optional=False, part=1),
        PlannedBox("deepen-a", 10, optional=True, part=2),
        PlannedBox("deepen-b", 5, optional=True, part=2),
        PlannedBox("round-2", 20, optional=False, part=3),
        PlannedBox("closing", 5, optional=False, part=4),
    ]


def make(boxes: list[PlannedBox] | None = None) -> tuple[SessionClock, FakeTime]:
    fake = FakeTime()
    return SessionClock(plan() if boxes is None else boxes, fake), fake


# --------------------------------------------------------------- lifecycle


def test_not_started_shows_full_first_box() -> None:
    clock, fake = make()
    fake.advance(100)
    assert clock.status() is ClockStatus.NOT_STARTED
    assert clock.remaining_seconds() == 300
    assert clock.elapsed_in_box() == 0
    assert not clock.is_running
    assert not clock.is_paused


def test_counts_down_from_start() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(42.25)
    assert clock.is_running
    assert clock.remaining_seconds() == pytest.approx(300 - 42.25)
    assert clock.elapsed_in_box() == pytest.approx(42.25)
    assert clock.status() is ClockStatus.NORMAL


def test_start_twice_is_an_error() -> None:
    clock, _ = make()
    clock.start()
    with pytest.raises(ClockStateError):
        clock.start()


def test_pause_before_start_is_an_error() -> None:
    clock, _ = make()
    with pytest.raises(ClockStateError):
        clock.pause()


def test_pause_resume_shifts_the_end() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(60)
    clock.pause()
    assert clock.is_paused
    assert clock.status() is ClockStatus.PAUSED
    fake.advance(500)  # longer than the box: must not count
    assert clock.remaining_seconds() == pytest.approx(240)
    clock.resume()
    assert clock.is_running
    fake.advance(30)
    assert clock.remaining_seconds() == pytest.approx(210)
    # ...but the real session time still includes the pause.
    assert clock.session_elapsed() == pytest.approx(590)


def test_pause_and_resume_are_idempotent() -> None:
    clock, fake = make()
    clock.start()
    clock.resume()
    clock.pause()
    fake.advance(10)
    clock.pause()  # must not restart the pause
    fake.advance(10)
    clock.resume()
    clock.resume()
    assert clock.remaining_seconds() == pytest.approx(300)


# --------------------------------------------------------------- add / take


def test_add_and_take_a_minute() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(100)
    clock.add_minutes(1)
    assert clock.remaining_seconds() == pytest.approx(260)
    clock.add_minutes(-2)
    assert clock.remaining_seconds() == pytest.approx(140)
    assert clock.elapsed_in_box() == pytest.approx(100)
    assert clock.box_records()[0].adjusted_seconds == pytest.approx(240)


def test_take_minutes_floors_at_elapsed_time() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(250)
    clock.add_minutes(-5)
    assert clock.remaining_seconds() == pytest.approx(0)
    assert clock.box_records()[0].adjusted_seconds == pytest.approx(250)
    assert clock.status() is ClockStatus.OVERRUN


def test_take_minute_during_overrun_changes_nothing() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(400)
    clock.add_minutes(-1)
    assert clock.remaining_seconds() == pytest.approx(-100)
    assert clock.box_records()[0].adjusted_seconds == 300


def test_add_minutes_while_paused_and_before_start() -> None:
    clock, fake = make()
    clock.add_minutes(2)
    assert clock.remaining_seconds() == 420
    clock.add_minutes(-10)  # floors at zero before anything elapsed
    assert clock.remaining_seconds() == 0
    clock.add_minutes(3)
    clock.start()
    fake.advance(20)
    clock.pause()
    clock.add_minutes(1)
    fake.advance(1000)
    assert clock.remaining_seconds() == pytest.approx(220)


# --------------------------------------------------------- warning / overrun


def test_warning_in_last_minute_then_overrun_counting_up() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(239.5)
    assert clock.status() is ClockStatus.NORMAL
    fake.advance(0.5)
    assert clock.status() is ClockStatus.WARNING  # exactly 60 s left
    fake.advance(59.9)
    assert clock.status() is ClockStatus.WARNING
    fake.advance(0.1)
    assert clock.remaining_seconds() == pytest.approx(0)
    assert clock.status() is ClockStatus.OVERRUN
    fake.advance(75)
    assert clock.remaining_seconds() == pytest.approx(-75)
    assert clock.overrun_seconds() == pytest.approx(75)
    assert clock.status() is ClockStatus.OVERRUN


def test_overrun_is_zero_while_time_is_left() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(10)
    assert clock.overrun_seconds() == 0


# --------------------------------------------------------------- navigation


def test_next_previous_jump_record_actual_times() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(310)
    clock.next_box()
    assert clock.current_index == 1
    assert clock.remaining_seconds() == pytest.approx(900)
    fake.advance(100)
    assert clock.previous_box()
    assert clock.current_index == 0
    # The revisited box continues where it left off: 10 s overrun.
    assert clock.remaining_seconds() == pytest.approx(-10)
    fake.advance(5)
    clock.jump_to(4)
    fake.advance(50)
    records = clock.box_records()
    assert records[0].actual_start == 0
    assert records[0].actual_end == pytest.approx(415)
    assert records[0].spent_seconds == pytest.approx(315)
    assert records[1].actual_start == pytest.approx(310)
    assert records[1].actual_end == pytest.approx(410)
    assert records[1].spent_seconds == pytest.approx(100)
    assert records[2].actual_start is None
    assert records[4].actual_start == pytest.approx(415)
    assert records[4].actual_end is None  # still current
    assert records[4].spent_seconds == pytest.approx(50)


def test_previous_at_first_box_returns_false() -> None:
    clock, _ = make()
    clock.start()
    assert not clock.previous_box()
    assert clock.current_index == 0


def test_next_after_last_box_finishes() -> None:
    clock, fake = make()
    clock.start()
    clock.jump_to(5)
    fake.advance(300)
    clock.next_box()
    assert clock.status() is ClockStatus.FINISHED
    assert clock.is_finished
    assert clock.box_records()[5].actual_end == pytest.approx(300)
    with pytest.raises(ClockStateError):
        clock.next_box()


def test_navigation_before_start_selects_first_box() -> None:
    clock, fake = make()
    clock.next_box()
    clock.next_box()
    assert clock.previous_box()
    assert clock.current_index == 1
    fake.advance(10)
    clock.start()
    assert clock.remaining_seconds() == 900
    assert clock.box_records()[1].actual_start == 0
    assert clock.box_records()[0].actual_start is None


def test_jump_out_of_range() -> None:
    clock, _ = make()
    with pytest.raises(IndexError):
        clock.jump_to(6)


def test_navigating_while_paused_keeps_new_box_frozen() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(100)
    clock.pause()
    clock.next_box()
    fake.advance(200)
    assert clock.is_paused
    assert clock.remaining_seconds() == pytest.approx(900)
    clock.resume()
    fake.advance(1)
    assert clock.remaining_seconds() == pytest.approx(899)


def test_finish_freezes_everything() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(100)
    clock.finish()
    fake.advance(1000)
    assert clock.remaining_seconds() == pytest.approx(200)
    assert clock.session_elapsed() == pytest.approx(100)
    assert clock.projected_end_offset() == pytest.approx(100 - 3600)
    assert clock.suggest_fix() is None
    with pytest.raises(ClockStateError):
        clock.pause()
    with pytest.raises(ClockStateError):
        clock.add_minutes(1)


# ----------------------------------------------------------------- skipping


def test_skip_future_optional_part() -> None:
    clock, fake = make()
    clock.start()
    clock.skip_part(2)
    fake.advance(300)
    clock.next_box()
    fake.advance(900)
    clock.next_box()
    assert clock.current_index == 4
    assert clock.previous_box()
    assert clock.current_index == 1
    records = clock.box_records()
    assert records[2].skipped
    assert records[3].skipped
    assert records[2].actual_start is None


def test_skip_current_optional_part_moves_on() -> None:
    clock, fake = make()
    clock.start()
    clock.jump_to(2)
    fake.advance(120)
    clock.skip_part(2)
    assert clock.current_index == 4
    assert clock.remaining_seconds() == pytest.approx(1200)
    records = clock.box_records()
    assert records[2].skipped
    assert records[2].actual_end == pytest.approx(120)
    assert records[3].skipped


def test_skip_part_keeps_boxes_already_done() -> None:
    clock, fake = make()
    clock.start()
    clock.jump_to(2)
    fake.advance(600)
    clock.next_box()
    fake.advance(60)
    clock.skip_part(2)
    records = clock.box_records()
    assert not records[2].skipped
    assert records[3].skipped
    assert clock.current_index == 4


def test_skip_required_part_is_rejected() -> None:
    clock, _ = make()
    with pytest.raises(ValueError, match="not optional"):
        clock.skip_part(1)
    with pytest.raises(ValueError, match="no part"):
        clock.skip_part(9)


def test_skip_current_part_before_start_selects_next_box() -> None:
    clock, _ = make()
    clock.jump_to(2)
    clock.skip_part(2)
    assert clock.current_index == 4
    assert clock.status() is ClockStatus.NOT_STARTED


def test_skip_last_part_finishes_session() -> None:
    boxes = [PlannedBox("a", 5, optional=False, part=1), PlannedBox("b", 5, optional=True, part=2)]
    clock, fake = make(boxes)
    clock.start()
    clock.next_box()
    fake.advance(10)
    clock.skip_part(2)
    assert clock.is_finished


def test_jump_to_skipped_box_unskips_it() -> None:
    clock, _ = make()
    clock.start()
    clock.skip_part(2)
    clock.jump_to(3)
    assert clock.current_index == 3
    assert not clock.box_records()[3].skipped
    assert clock.box_records()[2].skipped


# ------------------------------------------------------ projection and fixes


def test_projected_end_offset() -> None:
    clock, fake = make()
    assert clock.projected_end_offset() == 0
    clock.start()
    fake.advance(200)
    assert clock.projected_end_offset() == pytest.approx(0)
    fake.advance(220)  # 2 minutes overrun in the opening
    assert clock.projected_end_offset() == pytest.approx(120)
    clock.next_box()
    fake.advance(60)
    clock.pause()
    fake.advance(60)  # the pause pushes the real end back
    assert clock.projected_end_offset() == pytest.approx(180)
    clock.resume()
    clock.skip_part(2)
    assert clock.projected_end_offset() == pytest.approx(180 - 900)
    clock.add_minutes(2)
    assert clock.projected_end_offset() == pytest.approx(180 - 900 + 120)


def test_projected_end_early() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(100)
    clock.next_box()
    assert clock.projected_end_offset() == pytest.approx(-200)
    assert clock.suggest_fix() is None


def test_fix_skips_optional_part_when_it_suffices() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(300 + 8 * 60)  # 8 minutes over in the opening
    fix = clock.suggest_fix()
    assert fix is not None
    assert fix.kind is FixKind.SKIP_OPTIONAL_PART
    assert fix.part == 2
    assert fix.overrun_seconds == pytest.approx(480)
    assert fix.recovered_seconds == pytest.approx(900)
    clock.apply_fix(fix)
    assert clock.projected_end_offset() == pytest.approx(480 - 900)
    assert clock.suggest_fix() is None


def test_fix_prefers_the_smallest_sufficient_optional_part() -> None:
    boxes = [
        PlannedBox("a", 10, optional=False, part=1),
        PlannedBox("b", 15, optional=True, part=2),
        PlannedBox("c", 5, optional=True, part=3),
        PlannedBox("d", 10, optional=False, part=4),
    ]
    clock, fake = make(boxes)
    clock.start()
    fake.advance(600 + 4 * 60)
    fix = clock.suggest_fix()
    assert fix is not None
    assert fix.kind is FixKind.SKIP_OPTIONAL_PART
    assert fix.part == 3


def test_fix_shortens_proportionally_when_no_optional_part_suffices() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(300 + 20 * 60 + 30)  # 20.5 minutes over; part 2 gives only 15
    fix = clock.suggest_fix()
    assert fix is not None
    assert fix.kind is FixKind.SHORTEN_REMAINING
    assert fix.part is None
    new = dict(fix.new_minutes)
    assert set(new) == {1, 2, 3, 4, 5}
    old = {i: b.minutes for i, b in enumerate(plan())}
    reduction = sum(old[i] - new[i] for i in new)
    assert reduction == 21  # whole minutes, at least the overrun
    assert all(new[i] >= 1 for i in new)
    assert all(new[i] <= old[i] for i in new)
    # Proportional: the 20-minute box loses more than the 5-minute ones.
    assert old[4] - new[4] > old[5] - new[5]
    clock.apply_fix(fix)
    assert clock.projected_end_offset() <= 0
    assert clock.box_records()[4].adjusted_seconds == new[4] * 60


def test_fix_shortening_is_best_effort_with_one_minute_floor() -> None:
    boxes = [PlannedBox("a", 10, optional=False, part=1), PlannedBox("b", 3, optional=False, part=2)]
    clock, fake = make(boxes)
    clock.start()
    fake.advance(600 + 10 * 60)
    fix = clock.suggest_fix()
    assert fix is not None
    assert fix.kind is FixKind.SHORTEN_REMAINING
    assert fix.overrun_seconds == pytest.approx(600)
    assert fix.recovered_seconds == 120  # only 2 of the 10 minutes can go
    assert fix.new_minutes == ((1, 1),)


def test_no_fix_when_nothing_is_left_to_adjust() -> None:
    clock, fake = make([PlannedBox("only", 10, optional=False, part=1)])
    clock.start()
    fake.advance(900)
    assert clock.projected_end_offset() == pytest.approx(300)
    assert clock.suggest_fix() is None


def test_fix_tolerance() -> None:
    clock, fake = make()
    clock.start()
    fake.advance(330)
    assert clock.suggest_fix() is not None
    assert clock.suggest_fix(tolerance_seconds=60) is None


def test_fix_must_not_change_running_box() -> None:
    clock, _ = make()
    clock.start()
    bad = ScheduleFix(FixKind.SHORTEN_REMAINING, 60, 60, new_minutes=((0, 1),))
    with pytest.raises(ValueError, match="current box"):
        clock.apply_fix(bad)


# ------------------------------------------------------------ serialisation


@dataclass
class FakeWall:
    now: float = WALL_ORIGIN

    def __call__(self) -> float:
        return self.now


def test_from_state_round_trip_counts_crash_gap() -> None:
    fake, wall = FakeTime(), FakeWall()
    clock = SessionClock(plan(), fake, wall_clock=wall)
    clock.start()
    fake.advance(310)
    clock.next_box()
    clock.add_minutes(1)
    fake.advance(100)
    state = json.loads(json.dumps(clock.to_state()))

    # Restart: a new monotonic epoch, 45 s of wall time lost in the crash.
    wall.now += 45
    fake2 = FakeTime(start=3.0)
    restored = SessionClock.from_state(state, plan(), fake2, wall_clock=wall)
    assert restored.current_index == 1
    assert restored.is_running
    assert restored.remaining_seconds() == pytest.approx(960 - 100 - 45)
    assert restored.session_elapsed() == pytest.approx(455)
    fake2.advance(5)
    restored.next_box()
    records = restored.box_records()
    assert records[0].actual_end == pytest.approx(310)
    assert records[1].actual_start == pytest.approx(310)
    assert records[1].actual_end == pytest.approx(460)
    assert records[1].spent_seconds == pytest.approx(150)
    assert records[1].adjusted_seconds == 960


def test_from_state_treat_gap_as_pause() -> None:
    fake, wall = FakeTime(), FakeWall()
    clock = SessionClock(plan(), fake, wall_clock=wall)
    clock.start()
    fake.advance(100)
    state = clock.to_state()
    wall.now += 600
    fake2 = FakeTime(start=0.0)
    restored = SessionClock.from_state(state, plan(), fake2, wall_clock=wall, treat_gap_as_pause=True)
    assert restored.remaining_seconds() == pytest.approx(200)
    assert restored.is_running
    fake2.advance(10)
    assert restored.remaining_seconds() == pytest.approx(190)
    # The real session time still includes the gap.
    assert restored.session_elapsed() == pytest.approx(710)


def test_from_state_paused_stays_paused() -> None:
    fake, wall = FakeTime(), FakeWall()
    clock = SessionClock(plan(), fake, wall_clock=wall)
    clock.start()
    fake.advance(100)
    clock.pause()
    fake.advance(50)
    state = clock.to_state()
    wall.now += 1000
    fake2 = FakeTime(start=0.0)
    restored = SessionClock.from_state(state, plan(), fake2, wall_clock=wall)
    assert restored.is_paused
    assert restored.remaining_seconds() == pytest.approx(200)
    restored.resume()
    fake2.advance(20)
    assert restored.remaining_seconds() == pytest.approx(180)


def test_from_state_not_started_and_finished() -> None:
    fake, wall = FakeTime(), FakeWall()
    clock = SessionClock(plan(), fake, wall_clock=wall)
    clock.skip_part(2)
    restored = SessionClock.from_state(clock.to_state(), plan(), FakeTime(0.0), wall_clock=wall)
    assert restored.status() is ClockStatus.NOT_STARTED
    assert restored.box_records() == clock.box_records()

    clock.start()
    fake.advance(100)
    clock.finish()
    wall.now += 5000
    restored = SessionClock.from_state(clock.to_state(), plan(), FakeTime(0.0), wall_clock=wall)
    assert restored.status() is ClockStatus.FINISHED
    assert restored.remaining_seconds() == pytest.approx(200)
    assert restored.box_records() == clock.box_records()


def test_from_state_wall_clock_going_backwards_is_no_gap() -> None:
    fake, wall = FakeTime(), FakeWall()
    clock = SessionClock(plan(), fake, wall_clock=wall)
    clock.start()
    fake.advance(100)
    state = clock.to_state()
    wall.now -= 3600
    restored = SessionClock.from_state(state, plan(), FakeTime(0.0), wall_clock=wall)
    assert restored.remaining_seconds() == pytest.approx(200)


def test_from_state_rejects_a_different_plan() -> None:
    clock, _ = make()
    state = clock.to_state()
    with pytest.raises(ValueError, match="does not match"):
        SessionClock.from_state(state, plan()[:-1], FakeTime())
    with pytest.raises(ValueError, match="version"):
        SessionClock.from_state({**state, "version": 99}, plan(), FakeTime())
    with pytest.raises(ValueError, match="not a boolean"):
        SessionClock.from_state({**state, "started": "yes"}, plan(), FakeTime())


# -------------------------------------------------------------------- drift


def test_no_drift_over_one_hour_of_irregular_ticks() -> None:
    """10 000 jittery repaint ticks, random pauses: the display stays exact.

    The truth is computed independently with exact fractions.
    """
    rng = random.Random(20240607)
    boxes = plan()
    clock, fake = make(boxes)
    clock.start()
    ticks = 10_000
    mean_tick = Fraction(3600, ticks)
    index = 0
    spent = Fraction(0)  # exact active time in the current box
    paused = False
    for _ in range(ticks):
        # Jitter: ticks arrive anywhere between 0.2x and 1.8x the mean.
        dt = mean_tick * Fraction(rng.randint(200, 1800), 1000)
        fake.advance(float(dt))
        if not paused:
            spent += dt
        # The UI only repaints: read-only queries.
        truth = Fraction(boxes[index].minutes * 60) - spent
        assert abs(clock.remaining_seconds() - float(truth)) < 1e-6
        clock.status()
        roll = rng.random()
        if roll < 0.01:
            if paused:
                clock.resume()
            else:
                clock.pause()
            paused = not paused
        elif truth <= 0 and index < len(boxes) - 1:
            clock.next_box()
            index += 1
            spent = Fraction(0)
    truth = Fraction(boxes[index].minutes * 60) - spent
    assert abs(clock.remaining_seconds() - float(truth)) < 1e-6


# ----------------------------------------------------------------- property


@dataclass
class Model:
    """An independent, naive bookkeeping of what the clock should say."""

    boxes: list[PlannedBox]
    started: bool = False
    paused: bool = False
    finished: bool = False
    index: int = 0
    adjusted: list[float] = field(default_factory=list)
    elapsed: list[float] = field(default_factory=list)
    skipped: list[bool] = field(default_factory=list)
    visited: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.boxes)
        self.adjusted = [b.minutes * 60.0 for b in self.boxes]
        self.elapsed = [0.0] * n
        self.skipped = [False] * n
        self.visited = [False] * n

    def next_unskipped(self, after: int) -> int | None:
        return next((i for i in range(after + 1, len(self.boxes)) if not self.skipped[i]), None)

    def move(self, target: int) -> None:
        self.index = target
        if self.started:
            self.visited[target] = True


operation = st.one_of(
    st.tuples(st.just("advance"), st.floats(min_value=0, max_value=400, allow_nan=False)),
    st.tuples(st.just("start"), st.just(0)),
    st.tuples(st.just("pause"), st.just(0)),
    st.tuples(st.just("resume"), st.just(0)),
    st.tuples(st.just("add"), st.integers(min_value=-6, max_value=6)),
    st.tuples(st.just("next"), st.just(0)),
    st.tuples(st.just("previous"), st.just(0)),
    st.tuples(st.just("jump"), st.integers(min_value=0, max_value=5)),
    st.tuples(st.just("skip"), st.just(2)),
    st.tuples(st.just("finish"), st.just(0)),
)


def apply(op: str, arg: float, clock: SessionClock, fake: FakeTime, m: Model) -> None:
    active = m.started and not m.finished
    if op == "advance":
        fake.advance(arg)
        if active and not m.paused:
            m.elapsed[m.index] += arg
    elif op == "start":
        if m.started:
            with pytest.raises(ClockStateError):
                clock.start()
        else:
            clock.start()
            m.started = True
            m.visited[m.index] = True
    elif op in ("pause", "resume", "finish"):
        if not active:
            with pytest.raises(ClockStateError):
                getattr(clock, op)()
        else:
            getattr(clock, op)()
            if op == "finish":
                m.finished = True
            else:
                m.paused = op == "pause"
    elif m.finished:
        with pytest.raises(ClockStateError):
            _navigate(op, int(arg), clock)
    elif op == "add":
        clock.add_minutes(int(arg))
        old = m.adjusted[m.index]
        new = old + 60 * int(arg)
        if arg < 0:
            new = max(new, min(old, m.elapsed[m.index]))
        m.adjusted[m.index] = new
    elif op == "next":
        clock.next_box()
        target = m.next_unskipped(m.index)
        if target is not None:
            m.move(target)
        elif m.started:
            m.finished = True
    elif op == "previous":
        moved = clock.previous_box()
        target = next((i for i in range(m.index - 1, -1, -1) if not m.skipped[i]), None)
        assert moved == (target is not None)
        if target is not None:
            m.move(target)
    elif op == "jump":
        clock.jump_to(int(arg))
        m.skipped[int(arg)] = False
        m.move(int(arg))
    elif op == "skip":
        members = [i for i, b in enumerate(m.boxes) if b.part == int(arg)]
        to_skip = [i for i in members if i == m.index or not m.visited[i]]
        would_empty = all(m.skipped[i] or i in to_skip for i in range(len(m.boxes)))
        if not m.started and would_empty:
            with pytest.raises(ValueError):
                clock.skip_part(int(arg))
            return
        clock.skip_part(int(arg))
        for i in to_skip:
            m.skipped[i] = True
        if m.skipped[m.index]:
            target = m.next_unskipped(m.index)
            if target is None and m.started:
                m.finished = True
            else:
                m.move(target if target is not None else m.next_unskipped(-1) or 0)


def _navigate(op: str, arg: int, clock: SessionClock) -> None:
    if op == "add":
        clock.add_minutes(arg)
    elif op == "next":
        clock.next_box()
    elif op == "previous":
        clock.previous_box()
    elif op == "jump":
        clock.jump_to(arg)
    else:
        clock.skip_part(arg)


@settings(max_examples=300, deadline=None)
@given(st.lists(operation, max_size=40))
def test_remaining_is_planned_plus_added_minus_active_elapsed(ops: list[tuple[str, float]]) -> None:
    boxes = plan()
    clock, fake = make(boxes)
    model = Model(boxes)
    for op, arg in ops:
        apply(op, arg, clock, fake, model)
        assert clock.current_index == model.index
        assert clock.is_finished == model.finished
        assert clock.is_paused == (model.paused and not model.finished)
        expected = model.adjusted[model.index] - model.elapsed[model.index]
        assert clock.remaining_seconds() == pytest.approx(expected, abs=1e-6)
        assert clock.elapsed_in_box() == pytest.approx(model.elapsed[model.index], abs=1e-6)
        assert clock.overrun_seconds() >= 0
        assert [r.skipped for r in clock.box_records()] == model.skipped


@pytest.mark.parametrize(
    ("late_minutes", "expected"),
    [
        # Steps 2 and 4 give first (in proportion), part 3 keeps its 20 minutes.
        (6, {"1": 3, "2": 5, "3": 6, "6": 20}),
        # Steps 2 and 4 give all they can, then part 3 down to 15, then step 3; never below 15.
        (20, {"1": 1, "2": 3, "3": 1, "6": 15}),
    ],
)
def test_a_late_session_shortens_steps_2_and_4_first_and_never_part_3_below_15(
    late_minutes: int, expected: dict[str, int]
) -> None:
    from facilitator_app import resources
    from facilitator_app.core.cardfiles import load_catalogue
    from facilitator_app.core.sessions import clock_boxes

    theme = next(t for t in load_catalogue(resources.cards_dir()).themes if t.key == "professionaliseren")
    boxes = clock_boxes(theme, [])  # part 2 left out: nothing optional to skip
    assert [b.minutes for b in boxes] == [5, 5, 5, 10, 20]
    clock, fake = make(boxes)
    clock.start()
    fake.advance((5 + late_minutes) * 60)  # the first step ran late
    fix = clock.suggest_fix()
    assert fix is not None and fix.kind is FixKind.SHORTEN_REMAINING
    assert {boxes[i].key: m for i, m in fix.new_minutes} == expected
