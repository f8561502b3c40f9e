from __future__ import annotations

import json

import pytest

from facilitator_app.core import dutch
from facilitator_app.core.clock import SessionClock
from facilitator_app.core.models import Catalogue, Theme
from facilitator_app.core.sessions import (
    CATEGORY_SHORTCUTS,
    OUTCOME_FIELDS,
    NoteCategory,
    Outcome,
    OutcomeItem,
    RequiredField,
    Session,
    clock_boxes,
    missing_fields,
    parse_clock_time,
    planned_timeline,
    theme_from_dict,
    theme_to_dict,
    timebox_runs,
)


@pytest.fixture
def theme(catalogue: Catalogue) -> Theme:
    return next(t for t in catalogue.themes if t.key == "professionaliseren")


def test_every_category_has_a_dutch_label_and_one_shortcut() -> None:
    assert set(dutch.CATEGORY_LABELS) == set(NoteCategory)
    assert sorted(CATEGORY_SHORTCUTS.values()) == sorted(NoteCategory)
    assert dutch.category_label(NoteCategory.STRENGTH) == "sterk punt"
    assert dutch.category_label(NoteCategory.DEVELOPMENT, plural=True) == "ontwikkelpunten"
    assert NoteCategory.QUESTION.shortcut == "v"
    assert NoteCategory.from_shortcut("O") is NoteCategory.DEVELOPMENT
    assert NoteCategory.from_shortcut("q") is None
    assert all(len(key) == 1 for key in CATEGORY_SHORTCUTS)


def test_theme_survives_a_json_round_trip(theme: Theme) -> None:
    assert theme_from_dict(json.loads(json.dumps(theme_to_dict(theme)))) == theme


@pytest.mark.parametrize("data", [None, [], {"format": 99}, {"format": 1, "key": "x"}])
def test_theme_from_dict_refuses_what_is_not_a_script(data: object) -> None:
    with pytest.raises(ValueError):
        theme_from_dict(data)


def test_timeline_from_the_planned_start(theme: Theme) -> None:
    with_part_2 = planned_timeline(theme, "13:30", {2})
    assert [e.minutes for e in with_part_2] == [5, 5, 5, 10, 5, 10, 20]
    assert with_part_2[0].start == "13:30"
    part_3 = next(e for e in with_part_2 if e.part_number == 3)
    assert (part_3.start, part_3.end) == ("14:10", "14:30")

    without = planned_timeline(theme, "13:30", set())
    assert [e.part_number for e in without] == [1, 1, 1, 1, 3]
    assert (without[-1].start, without[-1].end, without[-1].start_offset) == ("13:55", "14:15", 25)
    # Indexes refer to the whole script, so part 3 keeps its index.
    assert without[-1].timebox_index == with_part_2[-1].timebox_index == 6


def test_timeline_wraps_past_midnight(theme: Theme) -> None:
    assert planned_timeline(theme, "23:45", set())[-1].end == "00:30"


@pytest.mark.parametrize("text", ["", "1330", "24:00", "12:60", "ab:cd", "9:5"])
def test_bad_clock_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_clock_time(text)


def test_session_helpers_follow_the_included_parts(theme: Theme) -> None:
    session = Session("school", "Sessie", "2025-03-14", "09:00", script=theme)
    assert [p.number for p in session.active_parts()] == [1, 3]
    assert [b.key for b in session.clock_boxes()] == ["0", "1", "2", "3", "6"]
    assert Session("school", "Leeg", "2025-03-14", "09:00").timeline() == []


def test_timebox_runs_from_the_clock_records(theme: Theme) -> None:
    now = [1000.0]
    clock = SessionClock(clock_boxes(theme, {2}), lambda: now[0], wall_clock=lambda: now[0])
    clock.start()
    now[0] += 360  # box 0 ran a minute over
    clock.next_box()
    now[0] += 60
    runs = timebox_runs(clock.box_records())
    assert [r.timebox_index for r in runs] == list(range(7))
    assert (runs[0].planned_start, runs[0].planned_end) == (0.0, 300.0)
    assert (runs[1].planned_start, runs[6].planned_end) == (300.0, 3600.0)
    assert (runs[0].actual_start, runs[0].actual_end) == (0.0, 360.0)
    assert runs[0].overrun_seconds == pytest.approx(60.0)
    assert runs[1].actual_end is None and runs[2].actual_start is None
    assert runs[2].overrun_seconds is None


def test_every_outcome_field_has_one_dutch_label() -> None:
    assert tuple(dutch.OUTCOME_LABELS) == OUTCOME_FIELDS
    assert all(field.value in OUTCOME_FIELDS for field in RequiredField)


def test_missing_fields_lists_the_empty_required_fields() -> None:
    assert missing_fields(None) == list(RequiredField)
    assert (
        dutch.missing_names(missing_fields(None))
        == "scenario, onderbouwing, eerste ontwikkelstap, ontwikkelpunten"
    )
    partial = Outcome(scenario_id="s1", rationale="  ", development_points=(OutcomeItem(" "),))
    assert (
        dutch.missing_names(missing_fields(partial)) == "onderbouwing, eerste ontwikkelstap, ontwikkelpunten"
    )
    complete = Outcome(
        scenario_id="s1",
        rationale="Er is een aanbod, maar weinig samenhang.",
        first_step="Inventarisatie per rol",
        development_points=(OutcomeItem("Samenhang aanbod"),),
    )
    assert missing_fields(complete) == []
