"""The store behind a :class:`~facilitator_app.core.session_runner.SessionRunner`.

:func:`open_runner` is how the session window, the board and the command line
get a runner for a session; :class:`StoreSessionBackend` is the small
interface the runner talks to, delegating to the repositories (each call its
own transaction, so a crash loses nothing) and making the backup after
finishing.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..core.history import FirstStepFollowUp
from ..core.models import Card, CardRef, FollowUp
from ..core.session_runner import BackupFailedError, SessionRunner
from ..core.session_time import SessionTime
from ..core.sessions import (
    Amendment,
    Draft,
    Note,
    NoteCategory,
    Outcome,
    OutcomeValue,
    Session,
    TimeboxRun,
)
from .backup import make_backup
from .errors import StoreError
from .store import Store

# The reason a finished session's backup is named after (shown in the backups list).
BACKUP_REASON = "sessie-afgerond"


class StoreSessionBackend:
    """Implements ``SessionBackend`` over one :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sessions = store.sessions
        self._cards: dict[str, Card | None] = {}

    def load(self, session_id: str) -> Session:
        return self.sessions.get(session_id)

    def mark_started(self, session_id: str) -> Session:
        return self.sessions.start(session_id)

    def notes(self, session_id: str) -> list[Note]:
        return self.sessions.notes(session_id)

    def add_note(
        self, session_id: str, timebox_index: int | None, category: NoteCategory, text: str, participant: str
    ) -> Note:
        return self.sessions.add_note(session_id, timebox_index, category, text, participant)

    def update_note(self, note: Note) -> Note:
        return self.sessions.update_note(note)

    def move_note(self, note_id: str, timebox_index: int | None) -> Note:
        return self.sessions.move_note(note_id, timebox_index)

    def delete_note(self, note_id: str) -> Note:
        return self.sessions.delete_note(note_id)

    def restore_note(self, note: Note) -> Note:
        return self.sessions.restore_note(note)

    def draft(self, session_id: str) -> Draft | None:
        return self.sessions.draft(session_id)

    def save_draft(
        self, session_id: str, text: str, category: NoteCategory, timebox_index: int | None
    ) -> None:
        self.sessions.save_draft(session_id, text, category, timebox_index)

    def clock_state(self, session_id: str) -> dict[str, object] | None:
        return self.sessions.clock_state(session_id)

    def save_clock(self, session_id: str, state: Mapping[str, object], runs: list[TimeboxRun]) -> None:
        with self.sessions.atomic():  # the clock and its record together, or neither
            self.sessions.save_clock_state(session_id, state)
            if runs:
                self.sessions.record_timebox_runs(session_id, runs)

    def outcome(self, session_id: str) -> Outcome | None:
        return self.sessions.outcome(session_id)

    def save_outcome(self, session_id: str, outcome: Outcome) -> Outcome:
        return self.sessions.save_outcome(session_id, outcome)

    def lock(self, session_id: str) -> Session:
        return self.sessions.finish(session_id)

    def amend(self, session_id: str, field: str, value: OutcomeValue, reason: str) -> Amendment:
        if field == "inspiration_card_ids":
            return self.sessions.amend_inspiration_cards(session_id, [str(v) for v in value], reason)
        return self.sessions.amend(session_id, field, value, reason)

    def amendments(self, session_id: str) -> list[Amendment]:
        return self.sessions.amendments(session_id)

    def follow_up_question(self, session: Session) -> FirstStepFollowUp | None:
        return self.store.archive.follow_up(session.school_id, session.date)

    def follow_up(self, session_id: str) -> FollowUp | None:
        return self.sessions.follow_up(session_id)

    def save_follow_up(self, answer: FollowUp) -> FollowUp:
        return self.sessions.save_follow_up(answer)

    def card(self, ref: CardRef) -> Card | None:
        key = str(ref)
        if key not in self._cards:
            try:
                self._cards[key] = self.store.decks.get(ref.deck_key).card(ref.card_key)
            except (StoreError, KeyError):
                return None
        return self._cards[key]

    def backup(self) -> Path:
        try:
            return make_backup(self.store, BACKUP_REASON)
        except StoreError as error:
            raise BackupFailedError(str(error)) from error


def open_runner(store: Store, session_id: str, *, time: SessionTime | None = None) -> SessionRunner:
    """A runner for ``session_id`` on ``store``, resuming its saved clock, notes and draft."""
    return SessionRunner(StoreSessionBackend(store), session_id, time=time)
