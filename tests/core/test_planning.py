"""Planning guard rails: warnings, and fitting the script into a shorter slot."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator_app.core.models import Catalogue, Participant, Theme
from facilitator_app.core.planning import (
    PlanWarning,
    clean_plan,
    fit_to_slot,
    plan_problems,
    plan_warnings,
    with_box_minutes,
)
from facilitator_app.core.sessions import Session
from facilitator_app.core.validation import Problem


@pytest.fixture
def script(catalogue: Catalogue) -> Theme:
    return next(t for t in catalogue.themes if t.key == "professionaliseren")


def session(**changes: object) -> Session:
    values: dict[str, object] = {
        "school_id": "s",
        "title": "t",
        "date": "2025-03-14",
        "planned_start": "13:30",
        "participants": (Participant("Anna", "schoolopleider"),),
    }
    values.update(changes)
    return Session(**values)  # type: ignore[arg-type]


def test_warnings_for_no_participants_and_a_start_in_the_past() -> None:
    before = datetime(2025, 3, 14, 13, 0)
    assert plan_warnings(session(), before) == []
    assert plan_warnings(session(participants=()), before) == [PlanWarning.NO_PARTICIPANTS]
    assert plan_warnings(session(), datetime(2025, 3, 14, 13, 31)) == [PlanWarning.START_IN_PAST]
    assert plan_warnings(session(), datetime(2025, 3, 14, 13, 30, 40)) == []  # the start minute itself


def test_a_plan_that_fits_is_left_alone(script: Theme) -> None:
    proposal = fit_to_slot(script, set(), 45)
    assert proposal.fits and proposal.shortened == () and proposal.drop_parts == ()


def test_steps_two_and_four_are_shortened_first(script: Theme) -> None:
    proposal = fit_to_slot(script, set(), 40)
    assert proposal.fits and proposal.total == 40
    assert set(proposal.shortened) == {1, 3}  # the boxes of step 2 and steps 4–5
    assert proposal.minutes[6] == 20  # part 3 untouched


def test_the_optional_part_goes_before_the_rest_is_squeezed(script: Theme) -> None:
    proposal = fit_to_slot(script, {2}, 45)
    assert proposal.drop_parts == (2,)
    assert proposal.fits and proposal.shortened == ()
    assert sorted(proposal.minutes) == [0, 1, 2, 3, 6]


def test_part_three_never_below_fifteen_minutes(script: Theme) -> None:
    proposal = fit_to_slot(script, set(), 30)
    assert proposal.fits and proposal.minutes[6] == 15
    impossible = fit_to_slot(script, set(), 10)
    assert not impossible.fits and impossible.minutes[6] == 15
    assert all(m >= 1 for m in impossible.minutes.values())


def test_minutes_for_this_session_change_only_its_copy(script: Theme) -> None:
    shorter = with_box_minutes(script, {1: 3, 3: 7})
    assert [box.minutes for _, box in shorter.timeboxes()] == [5, 3, 5, 7, 5, 10, 20]
    assert [box.minutes for _, box in script.timeboxes()] == [5, 5, 5, 10, 5, 10, 20]
    with pytest.raises(ValueError):
        with_box_minutes(script, {9: 3})
    with pytest.raises(ValueError):
        with_box_minutes(script, {1: 0})


def test_plan_problems_in_the_order_of_the_form(script: Theme) -> None:
    bad = session(
        title="  ",
        date="14-03-2025",
        planned_start="25:00",
        participants=(Participant("Anna", "x" * 6000),),
        included_optional_parts=frozenset({1, 99}),
    )
    problems = plan_problems(bad, None)
    assert [(p.field, p.problem) for p in problems] == [
        ("title", Problem.MISSING),
        ("date", Problem.NOT_DATE),
        ("planned_start", Problem.NOT_TIME),
        ("role", Problem.TOO_LONG),
        ("included_optional_parts", Problem.NOT_OPTIONAL_PART),
    ]
    assert problems[-1].value == [1, 99]
    optional = next(part.number for part in script.parts if part.optional)
    assert plan_problems(session(included_optional_parts=frozenset({optional})), script) == []


def test_clean_plan_is_the_plan_as_stored(script: Theme) -> None:
    raw = session(
        title="",
        date=" 2025-03-14 ",
        planned_start="9:05",
        facilitator="  Ingrid\n de  Boer ",
        participants=(Participant(" Anna\tde Vries ", " school opleider "), Participant("", "mentor")),
    )
    assert plan_problems(raw, script) == []
    cleaned = clean_plan(raw, script)
    assert (cleaned.title, cleaned.date, cleaned.planned_start) == (script.title, "2025-03-14", "09:05")
    assert cleaned.facilitator == "Ingrid de Boer"
    assert cleaned.participants == (Participant("Anna de Vries", "school opleider"),)
    assert cleaned.script == script
