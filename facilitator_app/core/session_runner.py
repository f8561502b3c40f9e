"""One running session in plain Python: clock, current time box, notes, draft, part-3 outcome, lifecycle.

The session window, the part-3 board, the presenter screen and the command
line all drive a session through a :class:`SessionRunner`; none of them keeps
time, decides a timing rule or talks to the store about the session itself.

API for the UI (and the CLI)
----------------------------
Open one with ``store.session_backend.open_runner(store, session_id)``
(or ``SessionRunner(backend, session_id, time=SessionTime(fake_mono, fake_wall))``
in tests). Then:

* **Lifecycle** — :attr:`phase` is ``PLANNED → RUNNING → FINISHED → AMENDED``
  (:class:`Phase`); :attr:`read_only` once finished. :meth:`start`,
  :meth:`pause`, :meth:`resume`, :meth:`toggle_running`; :meth:`finish`
  (see below); :meth:`amend` corrects a locked field as a dated amendment.
* **Time boxes** — :attr:`boxes` (:class:`RunnerBox`: clock index, script
  index, part, box), :meth:`current`, :meth:`next_box`, :meth:`previous_box`,
  :meth:`jump_to` (clock index), :meth:`add_minutes`,
  :meth:`skip_optional_part`, :attr:`in_final_part` (show the board).
* **Timing rules, computed here** — :meth:`countdown` (status, remaining,
  ``ending_soon``, ``calm`` whole-minute phrase for the room),
  :meth:`schedule` (on schedule within ±30 s / behind / ahead, planned and
  expected end as clock times), :meth:`fix_proposal` (the fix, the minutes it
  changes, or None while a dismissed one is not due again), :meth:`apply_fix`,
  :meth:`dismiss_fix`. A Qt timer only repaints from these.
* **Notes** — :meth:`notes`, :meth:`add_note` (filed under the current box),
  :meth:`update_note`, :meth:`move_note`, :meth:`delete_note`,
  :meth:`restore_note`. Draft of the note being typed: :attr:`draft`,
  :meth:`set_draft` (in memory), :meth:`save_draft` (persist; call it from a
  debounce timer) — :meth:`flush` persists it too.
* **Part 3** — :attr:`outcome` (with unsaved edits), :meth:`set_outcome` /
  :meth:`update_outcome` (in memory), :meth:`save_outcome` (persist),
  :meth:`missing` (field codes, :class:`~.sessions.RequiredField`).
  Follow-up of the previous first step: :attr:`follow_up_question`,
  :meth:`answer_follow_up`.
* **finish()** — one operation, in this order: flush (the outcome edits; a
  note still being typed becomes a note, so nothing typed is lost), check
  what is missing (returns ``FinishResult(missing=...)`` and changes nothing
  else), stop and save the clock, lock the record, make the backup. A failed
  backup does not undo the lock (``FinishResult.backup_error``).
* **Observers** — :meth:`subscribe` ``(callback(Change))`` → unsubscribe
  function. ``Change`` is a flag: CLOCK, BOX (another box or part), NOTES,
  DRAFT, OUTCOME, PHASE. The Qt adapter turns these into signals.
* **Errors** — a command in the wrong phase raises :class:`RunnerError` with
  a :class:`RunnerErrorCode` (never a Dutch sentence); store errors
  (``StoreError``) pass through unchanged.

Persistence goes through :class:`SessionBackend`, a small interface the store
implements (``store/session_backend.py``); the clock counts on
:class:`~.session_time.SessionTime`, which keeps counting through a suspend.
"""

from __future__ import annotations

import bisect
import contextlib
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from .clock import ClockStateError, ScheduleFix, SessionClock
from .history import FirstStepFollowUp
from .models import Card, CardRef, FollowUp, FollowUpStatus, Part, TimeBox
from .schedule import (
    ENDING_SOON_SECONDS,
    BoxChange,
    Countdown,
    Schedule,
    fix_is_due,
)
from .session_time import SessionTime
from .sessions import (
    Amendment,
    Draft,
    Note,
    NoteCategory,
    Outcome,
    OutcomeValue,
    RequiredField,
    Session,
    SessionStatus,
    TimeboxRun,
    missing_fields,
    timebox_runs,
)

__all__ = [
    "AUTOSAVE_SECONDS",
    "BackupFailedError",
    "Change",
    "FinishResult",
    "FixProposal",
    "Phase",
    "RunnerBox",
    "RunnerError",
    "RunnerErrorCode",
    "SessionBackend",
    "SessionRunner",
]

# Save the clock this often while running, so a crash resumes with an up-to-date overrun.
AUTOSAVE_SECONDS = 5.0


class Phase(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"  # the record is locked
    AMENDED = "amended"  # locked, with at least one dated correction


class Change(enum.Flag):
    CLOCK = enum.auto()  # started, paused, resumed, minutes changed, fix applied, saved
    BOX = enum.auto()  # another time box (and maybe another part) is current
    NOTES = enum.auto()
    DRAFT = enum.auto()
    OUTCOME = enum.auto()
    PHASE = enum.auto()


class RunnerErrorCode(enum.StrEnum):
    NO_SCRIPT = "no_script"  # planned without a theme: nothing to run
    NOT_STARTED = "not_started"  # pause, finish … before start
    ALREADY_STARTED = "already_started"
    LOCKED = "locked"  # the session is finished: notes, clock and outcome are fixed
    NOT_FINISHED = "not_finished"  # amend before the record is locked
    NO_SUCH_BOX = "no_such_box"
    NO_OPTIONAL_PART = "no_optional_part"
    NO_FIX = "no_fix"
    NO_PREVIOUS_STEP = "no_previous_step"  # a follow-up answer with no earlier first step to answer
    CLOCK_STOPPED = "clock_stopped"  # past the last box: only finishing is left


class RunnerError(Exception):
    """A command that does not fit the session's phase; the UI/CLI words it from ``code``."""

    def __init__(self, code: RunnerErrorCode) -> None:
        super().__init__(code.value)
        self.code = code


class BackupFailedError(Exception):
    """Raised by :meth:`SessionBackend.backup`; the message says why (Dutch, from the store)."""


def _script_order(note: Note) -> tuple[bool, int, int]:
    """Where a note stands among the session's notes: as the store orders them (session-wide first)."""
    return (note.timebox_index is not None, note.timebox_index or 0, note.position)


class SessionBackend(Protocol):
    """What the runner needs from the store (implemented in ``store/session_backend.py``)."""

    def load(self, session_id: str) -> Session: ...
    def mark_started(self, session_id: str) -> Session: ...
    def notes(self, session_id: str) -> list[Note]: ...
    def add_note(
        self, session_id: str, timebox_index: int | None, category: NoteCategory, text: str, participant: str
    ) -> Note: ...
    def update_note(self, note: Note) -> Note: ...
    def move_note(self, note_id: str, timebox_index: int | None) -> Note: ...
    def delete_note(self, note_id: str) -> Note: ...
    def restore_note(self, note: Note) -> Note: ...
    def draft(self, session_id: str) -> Draft | None: ...
    def save_draft(
        self, session_id: str, text: str, category: NoteCategory, timebox_index: int | None
    ) -> None: ...
    def clock_state(self, session_id: str) -> dict[str, object] | None: ...
    def save_clock(self, session_id: str, state: Mapping[str, object], runs: list[TimeboxRun]) -> None: ...
    def outcome(self, session_id: str) -> Outcome | None: ...
    def save_outcome(self, session_id: str, outcome: Outcome) -> Outcome: ...
    def lock(self, session_id: str) -> Session: ...
    def amend(self, session_id: str, field: str, value: OutcomeValue, reason: str) -> Amendment: ...
    def amendments(self, session_id: str) -> list[Amendment]: ...
    def follow_up_question(self, session: Session) -> FirstStepFollowUp | None: ...
    def follow_up(self, session_id: str) -> FollowUp | None: ...
    def save_follow_up(self, answer: FollowUp) -> FollowUp: ...
    def card(self, ref: CardRef) -> Card | None: ...
    def backup(self) -> Path: ...


@dataclass(frozen=True)
class RunnerBox:
    """One time box the clock runs, with the script text it stands for."""

    clock_index: int
    timebox_index: int  # position in script.timeboxes(): what notes are filed under
    part: Part
    box: TimeBox

    @property
    def step_numbers(self) -> tuple[int, ...]:
        """The numbered steps of the box ("Step 4–5"); empty for the part-3 questions."""
        return tuple(step.number for step in self.box.steps if step.number is not None)

    @property
    def cards(self) -> tuple[CardRef, ...]:
        """The cards the box's steps use, each once, in order."""
        return tuple(dict.fromkeys(ref for step in self.box.steps for ref in step.cards))


@dataclass(frozen=True)
class FixProposal:
    """A schedule fix on offer: skip an optional part, or shorten the boxes in ``changes``."""

    fix: ScheduleFix
    changes: tuple[BoxChange, ...]

    @property
    def late_minutes(self) -> int:
        return max(1, round(self.fix.overrun_seconds / 60))


@dataclass(frozen=True)
class FinishResult:
    """``finished`` False with ``missing`` set: nothing was locked; fill those fields first."""

    finished: bool
    missing: tuple[RequiredField, ...] = ()
    backup: Path | None = None
    backup_error: str = ""  # Dutch, for the command line
    backup_failure: BackupFailedError | None = None  # the store's error as its __cause__, for the UI to word


Observer = Callable[[Change], None]


class SessionRunner:
    """Owns one session while it runs; every change is written to the backend at once."""

    def __init__(self, backend: SessionBackend, session_id: str, *, time: SessionTime | None = None) -> None:
        self._backend = backend
        self._time = time or SessionTime()
        self._observers: list[Observer] = []
        self.session = backend.load(session_id)
        if self.session.script is None:
            raise RunnerError(RunnerErrorCode.NO_SCRIPT)
        self.script = self.session.script
        planned = self.session.clock_boxes()
        entries = self.script.timeboxes()
        self.boxes: tuple[RunnerBox, ...] = tuple(
            RunnerBox(i, int(p.key), *entries[int(p.key)]) for i, p in enumerate(planned)
        )
        clock: SessionClock | None = None
        state = backend.clock_state(session_id)
        if state is not None:
            # A crash (or the gap between two CLI commands) is not a pause: the
            # gap keeps counting against the running box.
            with contextlib.suppress(ValueError):
                clock = SessionClock.from_state(
                    state,
                    planned,
                    self._time.monotonic,
                    wall_clock=self._time.wall,
                    warning_seconds=ENDING_SOON_SECONDS,
                )
        self.clock = clock or SessionClock(
            planned, self._time.monotonic, wall_clock=self._time.wall, warning_seconds=ENDING_SOON_SECONDS
        )
        self._notes = backend.notes(session_id)
        self._draft = backend.draft(session_id)
        self._draft_dirty = False
        self._outcome = backend.outcome(session_id) or Outcome(session_id=session_id)
        self._outcome_dirty = False
        self._amendments = backend.amendments(session_id)
        self._dismissed_at: float | None = None

    # ------------------------------------------------------------ observers

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(change)`` after every change; returns a function that unsubscribes."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer) if observer in self._observers else None

    def _emit(self, change: Change) -> None:
        for observer in list(self._observers):
            observer(change)

    # ------------------------------------------------------------ lifecycle

    @property
    def session_id(self) -> str:
        return self.session.id

    @property
    def phase(self) -> Phase:
        status = self.session.status
        if status is SessionStatus.FINISHED:
            return Phase.AMENDED if self._amendments else Phase.FINISHED
        return Phase.RUNNING if status is SessionStatus.RUNNING else Phase.PLANNED

    @property
    def read_only(self) -> bool:
        return self.session.status is SessionStatus.FINISHED

    def start(self) -> None:
        self._require_open()
        if self.clock.is_started:
            raise RunnerError(RunnerErrorCode.ALREADY_STARTED)
        self.session = self._backend.mark_started(self.session_id)
        self.clock.start()
        self._clock_changed(Change.CLOCK | Change.PHASE)

    def pause(self) -> None:
        self._navigate(self.clock.pause)

    def resume(self) -> None:
        self._navigate(self.clock.resume)

    def toggle_running(self) -> None:
        """Space: start, pause or resume."""
        if not self.clock.is_started:
            self.start()
        elif self.clock.is_paused:
            self.resume()
        else:
            self.pause()

    def finish(self) -> FinishResult:
        """Flush, check, stop and save the clock, lock, back up — in that order, as one operation."""
        self._require_running()
        self.flush(draft_as_note=True)
        missing = tuple(missing_fields(self._outcome))
        if missing:
            return FinishResult(finished=False, missing=missing)
        before = self.clock.to_state()
        if not self.clock.is_finished:
            self.clock.finish()
        try:
            self._save_clock()
            self.session = self._backend.lock(self.session_id)
        except BaseException:
            # Not locked after all: the clock runs on where it was.
            self.clock = SessionClock.from_state(
                before,
                self.clock.boxes,
                self._time.monotonic,
                wall_clock=self._time.wall,
                warning_seconds=ENDING_SOON_SECONDS,
            )
            self._save_clock()
            raise
        self._outcome = self._backend.outcome(self.session_id) or self._outcome
        backup: Path | None = None
        failure: BackupFailedError | None = None
        try:
            backup = self._backend.backup()
        except BackupFailedError as caught:
            failure = caught
        self._emit(Change.CLOCK | Change.PHASE | Change.OUTCOME | Change.NOTES | Change.DRAFT)
        error = "" if failure is None else str(failure)
        return FinishResult(finished=True, backup=backup, backup_error=error, backup_failure=failure)

    def amend(self, field: str, value: OutcomeValue, reason: str) -> Amendment:
        """Correct one field of the locked record; the old value stays visible as an amendment."""
        if not self.read_only:
            raise RunnerError(RunnerErrorCode.NOT_FINISHED)
        amendment = self._backend.amend(self.session_id, field, value, reason)
        self._amendments = self._backend.amendments(self.session_id)
        self._outcome = self._backend.outcome(self.session_id) or self._outcome
        self._emit(Change.OUTCOME | Change.PHASE)
        return amendment

    def amendments(self) -> list[Amendment]:
        return list(self._amendments)

    # ------------------------------------------------------------ time boxes

    def current(self) -> RunnerBox:
        return self.boxes[self.clock.current_index]

    @property
    def in_final_part(self) -> bool:
        """The current box is in the script's last part (part 3): the board's moment."""
        last = max(part.number for part in self.script.parts)
        return self.current().part.number == last

    def next_box(self) -> None:
        self._navigate(self.clock.next_box)

    def previous_box(self) -> None:
        self._navigate(self.clock.previous_box)

    def jump_to(self, clock_index: int) -> None:
        if not 0 <= clock_index < len(self.boxes):
            raise RunnerError(RunnerErrorCode.NO_SUCH_BOX)
        self._navigate(lambda: self.clock.jump_to(clock_index))

    def add_minutes(self, minutes: int) -> None:
        self._navigate(lambda: self.clock.add_minutes(minutes))

    def optional_part_to_skip(self) -> int | None:
        """The first optional part with a box still ahead and not skipped."""
        records = self.clock.box_records()
        for info in self.boxes[self.clock.current_index :]:
            if info.part.optional and not records[info.clock_index].skipped:
                return info.part.number
        return None

    def skip_optional_part(self) -> None:
        self._require_open()
        part = self.optional_part_to_skip()
        if part is None:
            raise RunnerError(RunnerErrorCode.NO_OPTIONAL_PART)
        self._navigate(lambda: self.clock.skip_part(part))

    # ------------------------------------------------------------ timing rules

    def countdown(self) -> Countdown:
        record = self.clock.box_records()[self.clock.current_index]
        return Countdown(
            status=self.clock.status(),
            remaining_seconds=self.clock.remaining_seconds(),
            box_seconds=record.adjusted_seconds,
            planned_box_seconds=record.planned_seconds,
        )

    def schedule(self) -> Schedule:
        clock = self.clock
        return Schedule.at(
            self._time.now(),
            planned_total=clock.planned_total_seconds(),
            elapsed=clock.session_elapsed(),
            offset=clock.projected_end_offset() if clock.is_started else 0.0,
            started=clock.is_started,
            finished=clock.is_finished,
        )

    def fix_proposal(self) -> FixProposal | None:
        """How to end on time, or None (on time, nothing to adjust, or dismissed and not due again)."""
        if not self.clock.is_started or self.read_only:
            return None
        fix = self.clock.suggest_fix()
        if fix is None or not fix_is_due(fix.overrun_seconds, self._dismissed_at):
            return None
        records = self.clock.box_records()
        changes = tuple(
            BoxChange(index, round(records[index].adjusted_seconds / 60), minutes)
            for index, minutes in fix.new_minutes
            if minutes != round(records[index].adjusted_seconds / 60)
        )
        return FixProposal(fix, changes)

    def apply_fix(self) -> FixProposal:
        proposal = self.fix_proposal()
        if proposal is None:
            raise RunnerError(RunnerErrorCode.NO_FIX)
        self._navigate(lambda: self.clock.apply_fix(proposal.fix))
        return proposal

    def dismiss_fix(self) -> None:
        """Wave the proposal away until the session is FIX_NAG_SECONDS later still."""
        proposal = self.fix_proposal()
        if proposal is not None:
            self._dismissed_at = proposal.fix.overrun_seconds
            self._emit(Change.CLOCK)

    def autosave(self) -> None:
        """Save the clock (call every AUTOSAVE_SECONDS): a crash then resumes up to date."""
        if self.clock.is_started and not self.clock.is_finished and not self.read_only:
            self._save_clock()

    # ---------------------------------------------------------------- notes

    def notes(self) -> list[Note]:
        return list(self._notes)

    def add_note(
        self,
        text: str,
        category: NoteCategory,
        participant: str = "",
        *,
        whole_session: bool = False,
    ) -> Note:
        """Store a note at once under the current box (or the whole session); clears the draft."""
        self._require_open()
        index = None if whole_session else self.current().timebox_index
        note = self._backend.add_note(self.session_id, index, category, text, participant)
        self._draft, self._draft_dirty = None, False
        self._backend.save_draft(self.session_id, "", category, index)
        # The new note is the last of its box: put it in place instead of reading them all again.
        bisect.insort(self._notes, note, key=_script_order)
        self._emit(Change.NOTES | Change.DRAFT)
        return note

    def update_note(self, note: Note) -> Note:
        self._require_open()
        saved = self._backend.update_note(note)
        self._reload_notes(Change.NOTES)
        return saved

    def move_note(self, note_id: str, timebox_index: int | None) -> Note:
        self._require_open()
        moved = self._backend.move_note(note_id, timebox_index)
        self._reload_notes(Change.NOTES)
        return moved

    def delete_note(self, note_id: str) -> Note:
        self._require_open()
        deleted = self._backend.delete_note(note_id)
        self._reload_notes(Change.NOTES)
        return deleted

    def restore_note(self, note: Note) -> Note:
        self._require_open()
        restored = self._backend.restore_note(note)
        self._reload_notes(Change.NOTES)
        return restored

    @property
    def draft(self) -> Draft | None:
        """The note being typed (also the one left behind by a crash)."""
        return self._draft

    def set_draft(self, text: str, category: NoteCategory) -> None:
        """Remember what is being typed; :meth:`save_draft` or :meth:`flush` writes it."""
        self._require_open()
        self._draft = (
            Draft(self.session_id, text, category, self.current().timebox_index) if text.strip() else None
        )
        self._draft_dirty = True

    def save_draft(self) -> None:
        if not self._draft_dirty or self.read_only:
            return
        draft = self._draft
        if draft is None:
            self._backend.save_draft(self.session_id, "", NoteCategory.OTHER, None)
        else:
            self._backend.save_draft(self.session_id, draft.text, draft.category, draft.timebox_index)
        self._draft_dirty = False
        self._emit(Change.DRAFT)

    # -------------------------------------------------------------- part 3

    @property
    def outcome(self) -> Outcome:
        """The part-3 record as it stands, unsaved edits included."""
        return self._outcome

    def set_outcome(self, outcome: Outcome) -> None:
        """Replace the record in memory; :meth:`save_outcome` or :meth:`flush` writes it."""
        self._require_open()
        self._outcome = replace(outcome, session_id=self.session_id)
        self._outcome_dirty = True

    def update_outcome(self, **fields: object) -> None:
        """Change some fields (Outcome attribute names) in memory."""
        self.set_outcome(replace(self._outcome, **fields))  # type: ignore[arg-type]

    def save_outcome(self) -> Outcome:
        if self._outcome_dirty and not self.read_only:
            self._outcome = self._backend.save_outcome(self.session_id, self._outcome)
            self._outcome_dirty = False
            self._emit(Change.OUTCOME)
        return self._outcome

    @property
    def has_unsaved_changes(self) -> bool:
        return self._outcome_dirty or self._draft_dirty

    def missing(self) -> list[RequiredField]:
        """What still has to be filled before :meth:`finish` can lock the record."""
        return missing_fields(self._outcome)

    def flush(self, *, draft_as_note: bool = False) -> None:
        """Write everything pending; ``draft_as_note`` stores the typed note as a note (at finishing)."""
        if self.read_only:
            return
        self.save_outcome()
        draft = self._draft
        if draft_as_note and draft is not None and draft.text.strip():
            note = self._backend.add_note(
                self.session_id, draft.timebox_index, draft.category, draft.text, ""
            )
            self._backend.save_draft(self.session_id, "", note.category, None)
            self._draft, self._draft_dirty = None, False
            self._reload_notes(Change.NOTES | Change.DRAFT)
        else:
            self.save_draft()

    @property
    def follow_up_question(self) -> FirstStepFollowUp | None:
        """The previous session's first step, while this session has not said how it went."""
        if self.read_only:
            return None
        question = self._backend.follow_up_question(self.session)
        answered = self._backend.follow_up(self.session_id)
        if question is None or (answered is not None and answered.previous_session_id == question.session_id):
            return None
        return question

    def follow_up(self) -> FollowUp | None:
        return self._backend.follow_up(self.session_id)

    def answer_follow_up(self, status: FollowUpStatus, text: str = "") -> FollowUp:
        self._require_open()
        question = self._backend.follow_up_question(self.session)
        if question is None:
            raise RunnerError(RunnerErrorCode.NO_PREVIOUS_STEP)
        return self._backend.save_follow_up(
            FollowUp(
                session_id=self.session_id,
                previous_session_id=question.session_id,
                status=status,
                text=text,
                first_step=question.first_step,
                previous_date=question.date,
            )
        )

    def card(self, ref: CardRef) -> Card | None:
        """The card a step refers to, or None when its deck or card is gone."""
        return self._backend.card(ref)

    # -------------------------------------------------------------- helpers

    def _require_open(self) -> None:
        if self.read_only:
            raise RunnerError(RunnerErrorCode.LOCKED)

    def _require_running(self) -> None:
        self._require_open()
        if not self.clock.is_started:
            raise RunnerError(RunnerErrorCode.NOT_STARTED)

    def _navigate(self, command: Callable[[], object]) -> None:
        self._require_open()
        before = (self.clock.current_index, self.current().part.number)
        try:
            command()
        except ClockStateError:
            code = RunnerErrorCode.CLOCK_STOPPED if self.clock.is_finished else RunnerErrorCode.NOT_STARTED
            raise RunnerError(code) from None
        change = Change.CLOCK
        if (self.clock.current_index, self.current().part.number) != before:
            change |= Change.BOX
        self._clock_changed(change)

    def _clock_changed(self, change: Change) -> None:
        self._save_clock()
        self._emit(change)

    def _save_clock(self) -> None:
        runs = timebox_runs(self.clock.box_records()) if self.clock.is_started else []
        self._backend.save_clock(self.session_id, self.clock.to_state(), runs)

    def _reload_notes(self, change: Change) -> None:
        self._notes = self._backend.notes(self.session_id)
        self._emit(change)
