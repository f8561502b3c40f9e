"""What the session repositories share: the session row and its state, their errors, rows as core objects.

Not a repository itself: ``sessions.py`` (plan, lifecycle, clock), ``session_notes.py`` (notes, drafts) and
``outcomes.py`` (the record, corrections, follow-ups) build on it, and ``archive.py`` reads the same rows.
The lifecycle rules are in ``core/lifecycle.py``; this module words their refusals.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..core.dutch import lifecycle_text, missing_names
from ..core.lifecycle import LifecycleError, Refusal, check_notes_editable
from ..core.models import FollowUp, FollowUpStatus, Participant
from ..core.problems import ErrorCode
from ..core.sessions import (
    Note,
    NoteCategory,
    Outcome,
    OutcomeValue,
    RequiredField,
    Session,
    SessionStatus,
    items_from_json,
    outcome_value_to_json,
    theme_from_dict,
)
from ..core.validation import NAME_LENGTH, NOTE_LENGTH
from .base import Repository, dumps, loads_list
from .damaged import refuse_damaged
from .errors import InvalidInputError, NotFoundError, StoreError

MAX_TITLE_LENGTH = NAME_LENGTH
MAX_NOTE_LENGTH = NOTE_LENGTH


class RefusedError(StoreError):
    """A lifecycle rule refused the change; ``refusal`` is its code (``core/lifecycle.py``)."""

    def __init__(self, message: str, refusal: Refusal | None = None) -> None:
        super().__init__(message)
        self.refusal = refusal


class SessionStateError(RefusedError):
    """The session is not in a state that allows this (planned, running, finished)."""


class OutcomeIncompleteError(StoreError):
    """Finishing was refused; ``missing`` holds the codes of the empty fields."""

    def __init__(self, missing: Sequence[RequiredField]) -> None:
        self.missing = list(missing)
        super().__init__(
            "De sessie kan nog niet worden afgerond. Vul eerst in: " + missing_names(self.missing) + "."
        )


class OutcomeLockedError(RefusedError):
    """The outcome is locked; corrections go through :meth:`SessionRepository.amend`."""


class UnchangedError(RefusedError, InvalidInputError):
    """A correction to the value the record already holds."""


@contextmanager
def lifecycle_refusals() -> Iterator[None]:
    """A lifecycle rule's refusal (core) as the store's error: the code, and the Dutch as its message."""
    try:
        yield
    except LifecycleError as error:
        message = lifecycle_text(error.refusal)
        if error.refusal is Refusal.UNCHANGED:  # not the session's state: the input
            raise UnchangedError(message, error.refusal) from None
        kind = OutcomeLockedError if error.refusal is Refusal.OUTCOME_LOCKED else SessionStateError
        raise kind(message, error.refusal) from None


class SessionBase(Repository):
    """The session row every session repository checks before it writes."""

    def get(self, session_id: str) -> Session:
        row = self._session_row(session_id)
        try:
            return self._build(row)
        except (ValueError, TypeError, KeyError):
            refuse_damaged(self, session_id)  # names what is wrong
            raise

    def _build(self, row: dict[str, Any]) -> Session:
        participants = tuple(
            Participant(name=p["name"], role=p["role"], id=p["id"])
            for p in self.rows(
                "SELECT * FROM participants WHERE session_id = ? ORDER BY position", (row["id"],)
            )
        )
        script = None if row["script"] is None else theme_from_dict(json.loads(row["script"]))
        return Session(
            school_id=row["school_id"],
            title=row["title"],
            date=row["date"],
            planned_start=row["planned_start"],
            theme_id=row["theme_id"],
            facilitator=row["facilitator"],
            participants=participants,
            included_optional_parts=frozenset(int(n) for n in json.loads(row["included_optional_parts"])),
            status=SessionStatus(row["status"]),
            script=script,
            id=row["id"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            started_at=row["started_at"],
            finished_at=row["finished_at"],
        )

    def _session_row(self, session_id: str) -> dict[str, Any]:
        row = self.row("SELECT * FROM sessions WHERE id = ?", (session_id,))
        if row is None:
            raise NotFoundError(code=ErrorCode.SESSION_GONE)
        return row

    def _status(self, session_id: str) -> SessionStatus:
        return SessionStatus(self._session_row(session_id)["status"])

    def _require_open(self, session_id: str) -> None:
        """Notes and follow-ups change until the session is finished."""
        with lifecycle_refusals():
            check_notes_editable(self._status(session_id))

    def _locked(self, session_id: str) -> bool:
        return bool(
            self.row("SELECT 1 AS x FROM outcomes WHERE session_id = ? AND locked_at != ''", (session_id,))
        )


# ------------------------------------------------------------------ values


def column_value(field: str, value: OutcomeValue) -> str:
    if isinstance(value, str):
        return value
    return dumps(outcome_value_to_json(field, value))


# -------------------------------------------------------------------- rows


def note_from_row(row: dict[str, Any]) -> Note:
    return Note(
        session_id=row["session_id"],
        category=NoteCategory(row["category"]),
        text=row["text"],
        timebox_index=row["timebox_index"],
        participant=row["participant"],
        position=row["position"],
        id=row["id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def follow_up_from_row(row: dict[str, Any], prefix: str = "") -> FollowUp:
    """A ``followups`` row as a FollowUp; ``prefix`` is how a join named its columns (``f_status``)."""
    return FollowUp(
        session_id=row["session_id"],
        previous_session_id=row[f"{prefix}previous_session_id"],
        status=FollowUpStatus(row[f"{prefix}status"]),
        text=row[f"{prefix}text"],
        first_step=row[f"{prefix}first_step"],
        previous_date=row[f"{prefix}previous_date"],
        answered_at=row[f"{prefix}answered_at"],
        updated_at=row[f"{prefix}updated_at"],
    )


def outcome_from_row(row: dict[str, Any]) -> Outcome:
    return Outcome(
        scenario_id=row["scenario_id"],
        scenario_name=row["scenario_name"],
        rationale=row["rationale"],
        first_step=row["first_step"],
        first_step_owner=row["first_step_owner"],
        first_step_due=row["first_step_due"],
        development_points=items_from_json(json.loads(row["development_points"])),
        strengths_used=items_from_json(json.loads(row["strengths_used"])),
        insights_used=items_from_json(json.loads(row["insights_used"])),
        support_needed=row["support_needed"],
        inspiration_card_ids=loads_list(row["inspiration_card_ids"]),
        session_id=row["session_id"],
        locked_at=row["locked_at"],
        updated_at=row["updated_at"],
    )
