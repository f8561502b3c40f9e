"""A session's lifecycle: planned → running → finished, and what each state still allows.

Pure rules over :class:`~facilitator_app.core.sessions.Session` and its status; the store loads, asks these,
and saves in one transaction (``store/sessions.py``, ``store/session_notes.py``, ``store/outcomes.py``).
A refusal is a code; the store and the UI word it.
"""

from __future__ import annotations

import enum
from dataclasses import replace

from .sessions import (
    AMENDABLE_FIELDS,
    Outcome,
    OutcomeValue,
    Session,
    SessionStatus,
    check_outcome_value,
    clean_outcome_value,
)


class Refusal(enum.StrEnum):
    PLAN_FIXED = "plan_fixed"  # finished: nothing of the plan changes any more
    PARTS_FIXED = "parts_fixed"  # running: the clock is built from theme, parts and script
    CANNOT_RESTART = "cannot_restart"  # a finished session does not start again
    NOTES_FIXED = "notes_fixed"  # finished: the notes are part of the record
    OUTCOME_LOCKED = "outcome_locked"  # the record is locked: a change is a correction
    ALREADY_FINISHED = "already_finished"
    NOT_LOCKED = "not_locked"  # a correction before the record is locked: edit it instead
    UNCHANGED = "unchanged"  # a correction to the value the record already holds


class LifecycleError(Exception):
    """A change the session's state does not allow; ``refusal`` says which rule."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal


def started(status: SessionStatus) -> SessionStatus:
    """The status after starting: running; starting a running session again changes nothing."""
    if status is SessionStatus.FINISHED:
        raise LifecycleError(Refusal.CANNOT_RESTART)
    return SessionStatus.RUNNING


def check_plan_editable(status: SessionStatus) -> None:
    if status is SessionStatus.FINISHED:
        raise LifecycleError(Refusal.PLAN_FIXED)


def with_script_to_copy(current: Session, new: Session) -> Session:
    """``new`` with ``script=None`` where the theme's script is to be copied afresh.

    A new theme sent with the old script copies the new theme; no script with the same theme keeps the
    session's own copy (its edited minutes).
    """
    if new.theme_id != current.theme_id and new.script == current.script:
        return replace(new, script=None)
    if new.script is None and new.theme_id == current.theme_id:
        return replace(new, script=current.script)
    return new


def check_plan_change(current: Session, new: Session) -> None:
    """Once running, only title, date, start, facilitator and participants change; once finished, nothing."""
    check_plan_editable(current.status)
    if current.status is SessionStatus.RUNNING and (
        new.theme_id != current.theme_id
        or new.included_optional_parts != current.included_optional_parts
        or new.script != current.script
    ):
        raise LifecycleError(Refusal.PARTS_FIXED)


def check_notes_editable(status: SessionStatus) -> None:
    if status is SessionStatus.FINISHED:
        raise LifecycleError(Refusal.NOTES_FIXED)


def check_outcome_editable(status: SessionStatus, outcome_locked: bool) -> None:
    if status is SessionStatus.FINISHED or outcome_locked:
        raise LifecycleError(Refusal.OUTCOME_LOCKED)


def check_can_finish(status: SessionStatus) -> None:
    """Whether finishing may be tried; :func:`~.sessions.missing_fields` says what the record still needs."""
    if status is SessionStatus.FINISHED:
        raise LifecycleError(Refusal.ALREADY_FINISHED)


def check_amendable(outcome: Outcome | None) -> None:
    if outcome is None or not outcome.locked:
        raise LifecycleError(Refusal.NOT_LOCKED)


def amendment_value(field: str, new_value: OutcomeValue) -> OutcomeValue:
    """The corrected value as stored; ValueError for a field that cannot be amended or a value of the
    wrong type (a programming error)."""
    if field not in AMENDABLE_FIELDS:
        raise ValueError(f"{field!r} cannot be amended")
    return clean_outcome_value(field, check_outcome_value(field, new_value))


def check_amendment(outcome: Outcome | None, field: str, value: OutcomeValue) -> OutcomeValue:
    """The value a correction replaces; refused before the record is locked and when nothing changes."""
    check_amendable(outcome)
    assert outcome is not None
    old = check_outcome_value(field, getattr(outcome, field))
    if old == value:
        raise LifecycleError(Refusal.UNCHANGED)
    return old
