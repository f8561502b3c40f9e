"""The running session as one Qt object both windows observe.

All time logic stays in :class:`~facilitator_app.core.clock.SessionClock`;
this object only forwards the facilitator's commands to it, writes the
result to the store at once (so a crash loses nothing) and tells the
windows that something changed. The windows repaint from the clock on their
own timers; they never keep time themselves.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...core.clock import ClockStateError, ClockStatus, ScheduleFix, SessionClock, TimeSource, WallClock
from ...core.models import Card, CardRef, Part, TimeBox
from ...core.sessions import Note, NoteCategory, Session, SessionStatus, timebox_runs
from ...store import Store, StoreError


@dataclass(frozen=True)
class BoxInfo:
    """One time box of the clock with the script text it stands for."""

    clock_index: int
    timebox_index: int  # position in script.timeboxes(): what notes are filed under
    part: Part
    box: TimeBox

    @property
    def label(self) -> str:
        """Short name: "Step 4–5", or "Part 3" for a box without numbered steps."""
        return step_label(self.part, self.box)


def step_label(part: Part, box: TimeBox) -> str:
    numbers = [step.number for step in box.steps if step.number is not None]
    if not numbers:
        return QCoreApplication.translate("SessionController", "Part %1").replace("%1", str(part.number))
    span = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
    return QCoreApplication.translate("SessionController", "Step %1").replace("%1", span)


class SessionController(QObject):
    """Commands for the clock and the notes of one session, persisted as they happen."""

    # The clock moved to another box, was paused/resumed/adjusted, or a fix was applied.
    changed = Signal()
    notes_changed = Signal()

    # Save the clock this often even when nothing is touched, so a crash
    # resumes with an up-to-date overrun (the periodic save lives in the window).
    AUTOSAVE_MS = 5000

    def __init__(
        self,
        store: Store,
        session_id: str,
        time_source: TimeSource = time.monotonic,
        wall_clock: WallClock = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session: Session = store.sessions.get(session_id)
        if self.session.script is None:
            raise StoreError("Deze sessie heeft geen script; plan haar opnieuw met een thema.")
        self.script = self.session.script
        planned = self.session.clock_boxes()
        all_boxes = self.script.timeboxes()
        self.boxes: list[BoxInfo] = [
            BoxInfo(i, int(p.key), *all_boxes[int(p.key)]) for i, p in enumerate(planned)
        ]
        state = store.sessions.clock_state(session_id)
        clock: SessionClock | None = None
        if state is not None:
            # A crash is not a pause: from_state keeps counting the gap
            # against the running box (treat_gap_as_pause defaults to False).
            with contextlib.suppress(ValueError):
                clock = SessionClock.from_state(state, planned, time_source, wall_clock=wall_clock)
        self.clock = clock or SessionClock(planned, time_source, wall_clock=wall_clock)
        self._notes: list[Note] = store.sessions.notes(session_id)
        self._cards: dict[str, Card] = {}

    # ------------------------------------------------------------- reading

    @property
    def session_id(self) -> str:
        return self.session.id

    @property
    def read_only(self) -> bool:
        return self.session.status is SessionStatus.FINISHED

    def current(self) -> BoxInfo:
        return self.boxes[self.clock.current_index]

    def status(self) -> ClockStatus:
        return self.clock.status()

    def step_label(self, timebox_index: int | None) -> str:
        """Where a note was taken, e.g. "Step 2"; the whole session for None."""
        entries = self.script.timeboxes()
        if timebox_index is None or not 0 <= timebox_index < len(entries):
            return QCoreApplication.translate("SessionController", "whole session")
        return step_label(*entries[timebox_index])

    def notes(self) -> list[Note]:
        return list(self._notes)

    def card(self, ref: CardRef) -> Card | None:
        """The card a step refers to, or None when its deck or card is gone."""
        key = str(ref)
        if key not in self._cards:
            try:
                self._cards[key] = self.store.decks.get(ref.deck_key).card(ref.card_key)
            except (StoreError, KeyError):
                return None
        return self._cards[key]

    def optional_part_to_skip(self) -> int | None:
        """The first optional part with a box still ahead and not skipped."""
        records = self.clock.box_records()
        for info in self.boxes[self.clock.current_index :]:
            record = records[info.clock_index]
            if info.part.optional and not record.skipped:
                return info.part.number
        return None

    # ------------------------------------------------------------ the clock

    def toggle_running(self) -> None:
        """Space: start the session, or pause/resume it."""
        if self.read_only or self.clock.is_finished:
            return
        if not self.clock.is_started:
            self.store.sessions.start(self.session_id)
            self.session = replace(self.session, status=SessionStatus.RUNNING)
            self.clock.start()
        elif self.clock.is_paused:
            self.clock.resume()
        else:
            self.clock.pause()
        self._changed()

    def next_box(self) -> None:
        self._run(self.clock.next_box)

    def previous_box(self) -> None:
        self._run(self.clock.previous_box)

    def jump_to(self, clock_index: int) -> None:
        if 0 <= clock_index < len(self.boxes):
            self._run(lambda: self.clock.jump_to(clock_index))

    def add_minutes(self, minutes: int) -> None:
        self._run(lambda: self.clock.add_minutes(minutes))

    def skip_optional_part(self) -> None:
        part = self.optional_part_to_skip()
        if part is not None:
            self._run(lambda: self.clock.skip_part(part))

    def suggest_fix(self) -> ScheduleFix | None:
        if not self.clock.is_started:
            return None
        return self.clock.suggest_fix()

    def apply_fix(self, fix: ScheduleFix) -> None:
        self._run(lambda: self.clock.apply_fix(fix))

    def save_clock(self) -> None:
        """Write the clock and the planned-versus-actual record to the store."""
        if self.read_only:
            return
        self.store.sessions.save_clock_state(self.session_id, self.clock.to_state())
        if self.clock.is_started:
            self.store.sessions.record_timebox_runs(self.session_id, timebox_runs(self.clock.box_records()))

    def _run(self, command: Callable[[], object]) -> None:
        if self.read_only:
            return
        try:
            command()
        except (ClockStateError, ValueError):
            # E.g. "previous" on a finished session: the buttons are a no-op
            # then, not an error the facilitator has to read mid-session.
            return
        self._changed()

    def _changed(self) -> None:
        self.save_clock()
        self.changed.emit()

    # ------------------------------------------------------------ the notes

    def add_note(self, text: str, category: NoteCategory, participant: str = "") -> Note:
        note = self.store.sessions.add_note(
            self.session_id, self.current().timebox_index, category, text, participant
        )
        self.store.sessions.clear_draft(self.session_id)
        self._reload_notes()
        return note

    def update_note(self, note: Note) -> Note:
        saved = self.store.sessions.update_note(note)
        self._reload_notes()
        return saved

    def move_note(self, note_id: str, timebox_index: int | None) -> Note:
        """File a note under another time box (or the whole session), last in its place."""
        moved = self.store.sessions.move_note(note_id, timebox_index)
        self._reload_notes()
        return moved

    def delete_note(self, note_id: str) -> Note:
        deleted = self.store.sessions.delete_note(note_id)
        self._reload_notes()
        return deleted

    def restore_note(self, note: Note) -> Note:
        restored = self.store.sessions.restore_note(note)
        self._reload_notes()
        return restored

    def save_draft(self, text: str, category: NoteCategory) -> None:
        if not self.read_only:
            self.store.sessions.save_draft(self.session_id, text, category, self.current().timebox_index)

    def _reload_notes(self) -> None:
        self._notes = self.store.sessions.notes(self.session_id)
        self.notes_changed.emit()
