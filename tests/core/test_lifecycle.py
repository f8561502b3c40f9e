"""The session lifecycle as pure rules: planned → running → finished, and what each state allows."""

from __future__ import annotations

from dataclasses import replace

from facilitator_app.core.lifecycle import (
    LifecycleError,
    Refusal,
    amendment_value,
    check_amendable,
    check_amendment,
    check_can_finish,
    check_notes_editable,
    check_outcome_editable,
    check_plan_change,
    started,
    with_script_to_copy,
)
from facilitator_app.core.models import Theme
from facilitator_app.core.sessions import Outcome, OutcomeItem, Session, SessionStatus

PLANNED, RUNNING, FINISHED = SessionStatus.PLANNED, SessionStatus.RUNNING, SessionStatus.FINISHED


def refusal(call: object, *args: object) -> Refusal | None:
    try:
        call(*args)  # type: ignore[operator]
    except LifecycleError as error:
        return error.refusal
    return None


def session(status: SessionStatus = PLANNED, **changes: object) -> Session:
    plain = Session(school_id="s", title="t", date="2025-03-14", planned_start="13:30", theme_id="a")
    return replace(plain, status=status, **changes)  # type: ignore[arg-type]


def test_starting_runs_a_planned_or_running_session_never_a_finished_one() -> None:
    assert started(PLANNED) is RUNNING
    assert started(RUNNING) is RUNNING
    assert refusal(started, FINISHED) is Refusal.CANNOT_RESTART


def test_what_the_plan_may_change_in_each_state() -> None:
    for status in (PLANNED, RUNNING):
        assert (
            refusal(check_plan_change, session(status), session(status, title="new", date="2025-04-01"))
            is None
        )
    assert refusal(check_plan_change, session(PLANNED), session(PLANNED, theme_id="b")) is None
    for change in ({"theme_id": "b"}, {"included_optional_parts": frozenset({2})}):
        assert refusal(check_plan_change, session(RUNNING), session(RUNNING, **change)) is Refusal.PARTS_FIXED
    assert refusal(check_plan_change, session(FINISHED), session(FINISHED)) is Refusal.PLAN_FIXED


def test_a_new_theme_with_the_old_script_copies_the_new_theme() -> None:
    own = Theme(key="a", title="A", goals=(), preparation="", materials=(), parts=())
    current = session(script=own)
    assert with_script_to_copy(current, session(theme_id="b", script=own)).script is None
    assert with_script_to_copy(current, session(script=None)).script == own  # keeps the edited copy
    assert with_script_to_copy(current, session(title="x", script=own)).script == own


def test_notes_outcome_finish_and_amend_follow_the_state() -> None:
    assert refusal(check_notes_editable, RUNNING) is None
    assert refusal(check_notes_editable, FINISHED) is Refusal.NOTES_FIXED
    assert refusal(check_outcome_editable, RUNNING, False) is None
    assert refusal(check_outcome_editable, RUNNING, True) is Refusal.OUTCOME_LOCKED
    assert refusal(check_outcome_editable, FINISHED, False) is Refusal.OUTCOME_LOCKED
    assert refusal(check_can_finish, RUNNING) is None
    assert refusal(check_can_finish, FINISHED) is Refusal.ALREADY_FINISHED
    assert refusal(check_amendable, None) is Refusal.NOT_LOCKED
    assert refusal(check_amendable, Outcome()) is Refusal.NOT_LOCKED
    assert refusal(check_amendable, Outcome(locked_at="2025-03-14T14:30:00")) is None


def test_a_correction_is_stored_clean_and_must_change_something() -> None:
    assert amendment_value("first_step", "  Cafe\u0301 plannen \n") == "Café plannen"
    items = (OutcomeItem(" Samenhang "), OutcomeItem("  "))
    assert amendment_value("development_points", items) == (OutcomeItem("Samenhang"),)
    for field, value in (("locked_at", "x"), ("first_step", ("not", "text"))):
        try:
            amendment_value(field, value)  # type: ignore[arg-type]
        except ValueError:
            continue
        raise AssertionError(f"{field} {value!r} was accepted")
    locked = Outcome(first_step="Plannen", locked_at="2025-03-14T14:30:00")
    assert check_amendment(locked, "first_step", "Afspreken") == "Plannen"
    assert refusal(check_amendment, locked, "first_step", "Plannen") is Refusal.UNCHANGED
    assert refusal(check_amendment, Outcome(first_step="Plannen"), "first_step", "x") is Refusal.NOT_LOCKED
