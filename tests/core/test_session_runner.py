"""The session runner on a fake clock and a real SQLite file: every transition of a session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.core.clock import ClockStatus, FixKind, SessionClock
from facilitator_app.core.models import Participant, School
from facilitator_app.core.schedule import FIX_NAG_SECONDS, CalmKind, ScheduleVerdict
from facilitator_app.core.session_runner import (
    Change,
    Phase,
    RunnerError,
    RunnerErrorCode,
    SessionRunner,
)
from facilitator_app.core.session_time import SessionTime
from facilitator_app.core.sessions import (
    Note,
    NoteCategory,
    Outcome,
    OutcomeItem,
    RequiredField,
    Session,
    SessionStatus,
    TimeboxRun,
)
from facilitator_app.store import Store
from facilitator_app.store.backup import list_backups, set_backup_folder
from facilitator_app.store.errors import DiskFullError
from facilitator_app.store.session_backend import StoreSessionBackend, open_runner


class FakeClocks:
    """A monotonic clock and a wall clock moved by hand; ``suspend`` moves only the wall clock."""

    def __init__(self) -> None:
        self.mono = 1_000.0
        self.wall = datetime(2025, 3, 14, 13, 30).timestamp()

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds

    def suspend(self, seconds: float) -> None:
        # A closed lid: CLOCK_MONOTONIC stands still, the wall clock moves on.
        self.wall += seconds

    def time(self) -> SessionTime:
        return SessionTime(lambda: self.mono, lambda: self.wall)


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


@pytest.fixture
def school(store: Store) -> School:
    return store.schools.add(School(name="De Kempen"))


def plan(store: Store, school: School, **changes: Any) -> Session:
    session = Session(
        school_id=school.id,
        title="Professionaliseren",
        date="2025-03-14",
        planned_start="13:30",
        theme_id="professionaliseren",
        participants=(Participant("Anna", "schoolopleider"),),
    )
    return store.sessions.plan(replace(session, **changes))


def runner_for(store: Store, session: Session, clocks: FakeClocks) -> SessionRunner:
    return open_runner(store, session.id, time=clocks.time())


@pytest.fixture
def runner(store: Store, school: School, clocks: FakeClocks) -> SessionRunner:
    return runner_for(store, plan(store, school), clocks)


def complete(store: Store) -> dict[str, object]:
    scenario = store.scenario_maps.get("scenariokaart-professionaliseren").scenarios[1]
    return {
        "scenario_id": scenario.id,
        "rationale": "Aanbod per rol, weinig samenhang.",
        "first_step": "Een gesprek per rol",
        "first_step_owner": "Anna",
        "first_step_due": "2025-04-01",
        "development_points": (OutcomeItem("Samenhang"),),
    }


# ------------------------------------------------------------------ lifecycle


def test_a_new_runner_is_planned_and_counts_nothing(runner: SessionRunner, clocks: FakeClocks) -> None:
    assert runner.phase is Phase.PLANNED
    assert not runner.read_only
    assert [b.timebox_index for b in runner.boxes] == [0, 1, 2, 3, 6]  # part 2 not planned in
    clocks.advance(600)
    countdown = runner.countdown()
    assert countdown.status is ClockStatus.NOT_STARTED
    assert countdown.remaining_seconds == 300
    assert countdown.calm.kind is CalmKind.MINUTES and countdown.calm.minutes == 5
    schedule = runner.schedule()
    assert schedule.verdict is ScheduleVerdict.NOT_STARTED
    assert schedule.planned_end.strftime("%H:%M") == "14:25"  # 13:40 now + 45 minutes


def test_start_runs_the_clock_and_marks_the_session_running(
    runner: SessionRunner, store: Store, clocks: FakeClocks
) -> None:
    changes: list[Change] = []
    runner.subscribe(changes.append)
    runner.start()
    assert runner.phase is Phase.RUNNING
    assert store.sessions.get(runner.session_id).status is SessionStatus.RUNNING
    assert changes == [Change.CLOCK | Change.PHASE]
    clocks.advance(100)
    assert runner.countdown().remaining_seconds == 200
    assert store.sessions.clock_state(runner.session_id) is not None
    with pytest.raises(RunnerError) as again:
        runner.start()
    assert again.value.code is RunnerErrorCode.ALREADY_STARTED


def test_pause_freezes_and_resume_continues(runner: SessionRunner, clocks: FakeClocks) -> None:
    for command in (runner.pause, runner.resume):
        with pytest.raises(RunnerError) as early:
            command()
        assert early.value.code is RunnerErrorCode.NOT_STARTED
    runner.toggle_running()  # start
    clocks.advance(60)
    runner.toggle_running()  # pause
    assert runner.countdown().status is ClockStatus.PAUSED
    assert runner.countdown().calm.kind is CalmKind.PAUSED
    clocks.advance(500)
    assert runner.countdown().remaining_seconds == 240
    runner.toggle_running()  # resume
    clocks.advance(30)
    assert runner.countdown().remaining_seconds == 210


def test_moving_between_boxes_reports_the_box_and_the_final_part(
    runner: SessionRunner, clocks: FakeClocks
) -> None:
    runner.start()
    changes: list[Change] = []
    runner.subscribe(changes.append)
    runner.next_box()
    assert runner.current().clock_index == 1 and runner.current().step_numbers == (2,)
    assert Change.BOX in changes[-1]
    runner.previous_box()
    assert runner.current().clock_index == 0
    assert not runner.in_final_part
    runner.jump_to(4)
    assert runner.in_final_part and runner.current().part.number == 3
    with pytest.raises(RunnerError) as wrong:
        runner.jump_to(5)
    assert wrong.value.code is RunnerErrorCode.NO_SUCH_BOX
    runner.add_minutes(2)
    countdown = runner.countdown()
    assert countdown.box_seconds == 22 * 60 and countdown.adjusted
    runner.next_box()  # past the last box: the clock stops, only finishing is left
    assert runner.clock.is_finished
    with pytest.raises(RunnerError) as stopped:
        runner.pause()
    assert stopped.value.code is RunnerErrorCode.CLOCK_STOPPED


def test_the_last_minute_and_the_overrun(runner: SessionRunner, clocks: FakeClocks) -> None:
    runner.start()
    clocks.advance(240)
    countdown = runner.countdown()
    assert countdown.ending_soon and countdown.calm.kind is CalmKind.LAST_MINUTE
    clocks.advance(61)
    countdown = runner.countdown()
    assert countdown.overrun and not countdown.ending_soon
    assert countdown.calm.kind is CalmKind.TIME_UP


# -------------------------------------------------------------------- suspend


def test_a_suspended_laptop_does_not_stop_the_countdown(runner: SessionRunner, clocks: FakeClocks) -> None:
    runner.start()
    clocks.advance(60)
    clocks.suspend(120)  # the lid is closed for two minutes
    clocks.advance(1)
    assert runner.countdown().remaining_seconds == pytest.approx(300 - 181)
    # A bare monotonic clock would have missed the two minutes:
    bare = SessionClock(runner.clock.boxes, lambda: clocks.mono)
    bare.start()
    clocks.suspend(120)
    assert bare.remaining_seconds() == 300


def test_a_suspend_during_a_pause_stays_a_pause(runner: SessionRunner, clocks: FakeClocks) -> None:
    runner.start()
    clocks.advance(60)
    runner.pause()
    clocks.suspend(900)
    runner.resume()
    clocks.advance(10)
    assert runner.countdown().remaining_seconds == pytest.approx(230)
    assert runner.schedule().offset_seconds == pytest.approx(900)  # the hour ends later all the same


def test_a_wall_clock_set_back_or_jitter_is_no_suspend() -> None:
    mono, wall = [0.0], [1_000.0]
    time = SessionTime(lambda: mono[0], lambda: wall[0])
    assert time.monotonic() == 0.0
    mono[0], wall[0] = 10.0, 11.5  # 1.5 s of jitter: below the tolerance
    assert time.monotonic() == 10.0
    mono[0], wall[0] = 20.0, 5.0  # the wall clock set back an hour
    assert time.monotonic() == 20.0
    wall[0] = 65.0  # a minute of sleep
    assert time.monotonic() == 80.0


def test_a_restart_resumes_and_counts_the_gap(
    runner: SessionRunner, store: Store, clocks: FakeClocks
) -> None:
    runner.start()
    runner.next_box()
    clocks.advance(100)
    runner.autosave()
    clocks.advance(20)
    clocks.mono = 5.0  # a new process: monotonic readings start afresh
    again = open_runner(store, runner.session_id, time=clocks.time())
    assert again.phase is Phase.RUNNING
    assert again.current().clock_index == 1
    assert again.countdown().remaining_seconds == pytest.approx(180)


# ------------------------------------------------------------------- schedule


@pytest.mark.parametrize(
    ("late", "verdict"),
    [
        (0, ScheduleVerdict.ON_SCHEDULE),
        (29, ScheduleVerdict.ON_SCHEDULE),
        (30, ScheduleVerdict.BEHIND),
    ],
)
def test_on_schedule_within_thirty_seconds(
    runner: SessionRunner, clocks: FakeClocks, late: float, verdict: ScheduleVerdict
) -> None:
    runner.start()
    clocks.advance(300 + late)  # the first box overruns by ``late``
    schedule = runner.schedule()
    assert schedule.verdict is verdict
    assert schedule.late is (verdict is ScheduleVerdict.BEHIND)
    assert schedule.planned_end.strftime("%H:%M") == "14:15"
    assert (schedule.expected_end - schedule.planned_end).total_seconds() == pytest.approx(late)


def test_ahead_when_boxes_end_early(runner: SessionRunner, clocks: FakeClocks) -> None:
    runner.start()
    clocks.advance(60)
    runner.next_box()
    assert runner.schedule().verdict is ScheduleVerdict.AHEAD


def test_the_fix_is_offered_waved_away_and_offered_again(
    store: Store, school: School, clocks: FakeClocks
) -> None:
    runner = runner_for(store, plan(store, school, included_optional_parts=frozenset({2})), clocks)
    runner.start()
    assert runner.fix_proposal() is None
    clocks.advance(300 + 240)  # four minutes late in the first box
    proposal = runner.fix_proposal()
    assert proposal is not None
    assert proposal.fix.kind is FixKind.SKIP_OPTIONAL_PART and proposal.fix.part == 2
    assert proposal.late_minutes == 4
    runner.dismiss_fix()
    clocks.advance(FIX_NAG_SECONDS - 1)
    assert runner.fix_proposal() is None
    clocks.advance(1)
    assert runner.fix_proposal() is not None
    runner.apply_fix()
    assert all(r.skipped for r in runner.clock.box_records()[4:6])


def test_the_shortening_fix_names_the_boxes_it_changes(runner: SessionRunner, clocks: FakeClocks) -> None:
    runner.start()
    clocks.advance(300 + 180)
    proposal = runner.fix_proposal()
    assert proposal is not None and proposal.fix.kind is FixKind.SHORTEN_REMAINING
    assert sum(c.from_minutes - c.to_minutes for c in proposal.changes) == 3
    assert all(c.clock_index > 0 for c in proposal.changes)
    runner.apply_fix()
    with pytest.raises(RunnerError) as none:
        runner.apply_fix()
    assert none.value.code is RunnerErrorCode.NO_FIX


# ---------------------------------------------------------------------- notes


def test_notes_and_the_draft_are_stored_at_once(
    runner: SessionRunner, store: Store, clocks: FakeClocks
) -> None:
    runner.start()
    runner.next_box()
    changes: list[Change] = []
    runner.subscribe(changes.append)
    note = runner.add_note("Veel aanbod, weinig samenhang", NoteCategory.DEVELOPMENT)
    assert note.timebox_index == 1
    assert [n.text for n in store.sessions.notes(runner.session_id)] == ["Veel aanbod, weinig samenhang"]
    assert Change.NOTES in changes[-1]
    whole = runner.add_note("Goede sfeer", NoteCategory.STRENGTH, whole_session=True)
    assert whole.timebox_index is None
    runner.set_draft("Nog niet af", NoteCategory.QUESTION)
    assert store.sessions.draft(runner.session_id) is None  # only in memory until saved
    runner.save_draft()
    saved = store.sessions.draft(runner.session_id)
    assert saved is not None and saved.text == "Nog niet af" and saved.timebox_index == 1
    again = open_runner(store, runner.session_id, time=clocks.time())
    assert again.draft is not None and again.draft.text == "Nog niet af"
    moved = runner.move_note(note.id, None)
    assert moved.timebox_index is None
    deleted = runner.delete_note(whole.id)
    assert len(runner.notes()) == 1
    runner.restore_note(deleted)
    assert len(runner.notes()) == 2


# -------------------------------------------------------------------- finishing


def test_finishing_before_the_start_is_refused(runner: SessionRunner) -> None:
    with pytest.raises(RunnerError) as early:
        runner.finish()
    assert early.value.code is RunnerErrorCode.NOT_STARTED


@pytest.mark.parametrize("field", list(RequiredField))
def test_finishing_with_a_field_missing_names_it_and_changes_nothing(
    runner: SessionRunner, store: Store, clocks: FakeClocks, field: RequiredField
) -> None:
    runner.start()
    values = complete(store)
    values[field.value] = () if field is RequiredField.DEVELOPMENT_POINTS else "  "
    runner.update_outcome(**values)
    backups_before = list_backups(store.path.parent / "backups") if store.path else []
    result = runner.finish()
    assert not result.finished
    assert result.missing == (field,)
    assert runner.phase is Phase.RUNNING
    assert runner.clock.is_running
    assert store.sessions.get(runner.session_id).status is SessionStatus.RUNNING
    saved = store.sessions.outcome(runner.session_id)
    assert saved is not None and not saved.locked and saved.first_step_owner == "Anna"  # flushed
    assert (list_backups(store.path.parent / "backups") if store.path else []) == backups_before


def test_finishing_with_nothing_filled_names_every_field(runner: SessionRunner) -> None:
    runner.start()
    assert runner.finish().missing == tuple(RequiredField)


def test_finish_flushes_saves_the_clock_locks_and_backs_up(
    runner: SessionRunner, store: Store, clocks: FakeClocks
) -> None:
    runner.start()
    runner.jump_to(4)
    runner.update_outcome(**complete(store))
    runner.set_draft("Half getypt", NoteCategory.INSIGHT)
    clocks.advance(600)
    changes: list[Change] = []
    runner.subscribe(changes.append)
    result = runner.finish()
    assert result.finished and result.missing == ()
    assert result.backup is not None and result.backup.exists() and not result.backup_error
    assert runner.phase is Phase.FINISHED and runner.read_only
    # the typed note was kept as a note under the box it was typed in
    assert [(n.text, n.timebox_index) for n in store.sessions.notes(runner.session_id)] == [
        ("Half getypt", 6)
    ]
    assert store.sessions.draft(runner.session_id) is None
    # the clock stopped and its record was saved
    assert runner.countdown().status is ClockStatus.FINISHED
    remaining = runner.countdown().remaining_seconds
    clocks.advance(300)
    assert runner.countdown().remaining_seconds == remaining
    runs = store.sessions.timebox_runs(runner.session_id)
    assert runs[-1].actual_end is not None
    state = store.sessions.clock_state(runner.session_id)
    assert state is not None and state["finished"] is True
    # locked
    session = store.sessions.get(runner.session_id)
    assert session.status is SessionStatus.FINISHED
    outcome = store.sessions.outcome(runner.session_id)
    assert outcome is not None and outcome.locked
    assert Change.PHASE in changes[-1]
    assert runner.fix_proposal() is None
    assert runner.schedule().verdict is ScheduleVerdict.FINISHED


def test_a_finished_session_refuses_notes_clock_and_outcome_edits(
    runner: SessionRunner, store: Store
) -> None:
    runner.start()
    runner.update_outcome(**complete(store))
    assert runner.finish().finished
    refused = [
        lambda: runner.add_note("Te laat", NoteCategory.OTHER),
        runner.pause,
        runner.next_box,
        lambda: runner.add_minutes(1),
        lambda: runner.set_draft("x", NoteCategory.OTHER),
        lambda: runner.update_outcome(rationale="anders"),
        runner.finish,
        runner.start,
    ]
    for command in refused:
        with pytest.raises(RunnerError) as locked:
            command()
        assert locked.value.code is RunnerErrorCode.LOCKED
    again = open_runner(store, runner.session_id)
    assert again.phase is Phase.FINISHED and again.clock.is_finished


def test_a_failed_backup_does_not_undo_the_finish(runner: SessionRunner, store: Store) -> None:
    assert store.path is not None
    blocker = store.path.parent / "not-a-folder"
    set_backup_folder(store, blocker)
    blocker.rmdir()
    blocker.write_text("a file where the backup folder should be")
    runner.start()
    runner.update_outcome(**complete(store))
    result = runner.finish()
    assert result.finished and result.backup is None and result.backup_error
    assert store.sessions.get(runner.session_id).status is SessionStatus.FINISHED


def test_amending_before_and_after_finishing(runner: SessionRunner, store: Store) -> None:
    with pytest.raises(RunnerError) as early:
        runner.amend("first_step", "Iets anders", "verkeerd genoteerd")
    assert early.value.code is RunnerErrorCode.NOT_FINISHED
    runner.start()
    runner.update_outcome(**complete(store))
    runner.finish()
    amendment = runner.amend("first_step", "Twee gesprekken per rol", "verkeerd genoteerd")
    assert amendment.old == "Een gesprek per rol"
    assert runner.phase is Phase.AMENDED
    assert runner.outcome.first_step == "Twee gesprekken per rol"
    assert open_runner(store, runner.session_id).phase is Phase.AMENDED


def test_unsubscribed_observers_hear_nothing(runner: SessionRunner) -> None:
    heard: list[Change] = []
    stop = runner.subscribe(heard.append)
    stop()
    runner.start()
    assert heard == []


def test_the_outcome_is_kept_in_memory_until_saved(runner: SessionRunner, store: Store) -> None:
    runner.update_outcome(rationale="Nog niet bewaard")
    assert runner.has_unsaved_changes
    assert store.sessions.outcome(runner.session_id) is None
    saved = runner.save_outcome()
    assert saved.rationale == "Nog niet bewaard" and not runner.has_unsaved_changes
    assert runner.missing() == [
        RequiredField.SCENARIO,
        RequiredField.FIRST_STEP,
        RequiredField.DEVELOPMENT_POINTS,
    ]
    assert isinstance(runner.outcome, Outcome)


class RecordingBackend(StoreSessionBackend):
    """The real store backend, noting the order of the calls finishing makes."""

    def __init__(self, store: Store, fail_lock: bool = False) -> None:
        super().__init__(store)
        self.calls: list[str] = []
        self.fail_lock = fail_lock

    def save_outcome(self, session_id: str, outcome: Outcome) -> Outcome:
        self.calls.append("save_outcome")
        return super().save_outcome(session_id, outcome)

    def add_note(
        self, session_id: str, timebox_index: int | None, category: NoteCategory, text: str, participant: str
    ) -> Note:
        self.calls.append("add_note")
        return super().add_note(session_id, timebox_index, category, text, participant)

    def save_clock(self, session_id: str, state: Mapping[str, object], runs: list[TimeboxRun]) -> None:
        self.calls.append("save_clock")
        super().save_clock(session_id, state, runs)

    def lock(self, session_id: str) -> Session:
        self.calls.append("lock")
        if self.fail_lock:
            raise DiskFullError("De schijf is vol.")
        return super().lock(session_id)

    def backup(self) -> Path:
        self.calls.append("backup")
        return super().backup()


def test_finish_runs_its_steps_in_order(store: Store, school: School, clocks: FakeClocks) -> None:
    backend = RecordingBackend(store)
    runner = SessionRunner(backend, plan(store, school).id, time=clocks.time())
    runner.start()
    runner.update_outcome(**complete(store))
    runner.set_draft("Nog bezig", NoteCategory.OTHER)
    backend.calls.clear()
    assert runner.finish().finished
    assert backend.calls == ["save_outcome", "add_note", "save_clock", "lock", "backup"]


def test_a_refused_lock_leaves_the_session_running(store: Store, school: School, clocks: FakeClocks) -> None:
    backend = RecordingBackend(store, fail_lock=True)
    runner = SessionRunner(backend, plan(store, school).id, time=clocks.time())
    runner.start()
    runner.update_outcome(**complete(store))
    clocks.advance(30)
    with pytest.raises(DiskFullError):
        runner.finish()
    assert "backup" not in backend.calls
    assert runner.phase is Phase.RUNNING and runner.clock.is_running
    clocks.advance(30)
    assert runner.countdown().remaining_seconds == pytest.approx(240)
    state = store.sessions.clock_state(runner.session_id)
    assert state is not None and state["finished"] is False
