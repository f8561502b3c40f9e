"""A school's scenario history, the first-step follow-up and the overview rows."""

from __future__ import annotations

import pytest

from facilitator_app.core.history import (
    HistoryEntry,
    StepState,
    first_step_follow_up,
    scenario_history,
    step_follow_up,
    trend_label,
)
from facilitator_app.core.models import FollowUp, FollowUpStatus, School
from facilitator_app.core.sessions import Session
from facilitator_app.store import Store
from facilitator_app.store.errors import InvalidInputError, NotFoundError

from .conftest import FOLLOW_UP, Archive
from .factory import finished_session, school


def test_school_history_in_date_order_with_positions(store: Store, archive: Archive) -> None:
    history = store.archive.scenario_history(archive.school.id)
    assert [(e.date, e.scenario_key, e.scenario_index) for e in history] == [
        ("2024-03-12", "ieder-voor-zich", 0),
        ("2024-10-01", "afspraken-en-aanbod", 1),
        ("2025-03-14", "samen-leren", 2),
    ]
    assert [e.session_id for e in history] == [f.session.id for f in archive.sessions]
    assert all(e.theme_key == "professionaliseren" and e.scenario_count == 4 for e in history)
    assert history[-1].position_label == "3/4 Samen leren"


def test_unfinished_sessions_are_not_placements(store: Store, archive: Archive) -> None:
    store.sessions.plan(
        Session(archive.school.id, "Volgende keer", "2025-09-01", "13:30", theme_id="professionaliseren")
    )
    assert len(store.archive.school_history(archive.school.id)) == 4
    assert len(store.archive.scenario_history(archive.school.id)) == 3


def test_first_step_follow_up_is_the_previous_sessions_step(store: Store, archive: Archive) -> None:
    follow = store.archive.follow_up(archive.school.id, "2025-03-14")
    assert follow is not None
    assert follow.first_step == "Aanbod per rol in kaart brengen"
    assert follow.date == "2024-10-01"
    assert follow.owner == "Anna de Vries"
    assert follow.overdue_on == "2025-04-01"
    assert store.archive.follow_up(archive.school.id, "2024-03-12") is None
    latest = store.archive.follow_up(archive.school.id, "2099-01-01")
    assert latest is not None and latest.session_id == archive.sessions[-1].session.id


def test_what_became_of_each_first_step_comes_from_the_follow_up_field(
    store: Store, archive: Archive
) -> None:
    entries = store.archive.school_history(archive.school.id)
    first, second, third = entries
    assert third.follow_up is not None and third.follow_up.previous_session_id == second.session_id
    assert (third.follow_up.status, third.follow_up.text) == FOLLOW_UP
    assert first.follow_up is None and second.follow_up is None
    # The second session never said how the first one's step went.
    assert step_follow_up(first, entries[1:]).state is StepState.NOT_DISCUSSED
    answered = step_follow_up(second, entries[2:])
    assert (answered.state, answered.date, answered.answer) == (
        StepState.ANSWERED,
        "2025-03-14",
        third.follow_up,
    )
    assert step_follow_up(third, []).state is StepState.NO_LATER_SESSION
    store.sessions.plan(
        Session(archive.school.id, "Volgende keer", "2025-09-01", "13:30", theme_id="professionaliseren")
    )
    pending = step_follow_up(third, store.archive.school_history(archive.school.id)[3:])
    assert (pending.state, pending.date) == (StepState.NEXT_OPEN, "2025-09-01")


def test_a_step_without_text_has_nothing_to_follow_up() -> None:
    entry = HistoryEntry("2025-01-01", "s1", "k")
    answer = FollowUp("s2", "s1", FollowUpStatus.DONE)
    later = HistoryEntry("2025-06-01", "s2", "k", follow_up=answer)
    assert step_follow_up(entry, [later]).state is StepState.NO_STEP
    stepped = HistoryEntry("2025-01-01", "s1", "k", first_step="Stap")
    assert step_follow_up(stepped, [later]).answer == answer


def test_follow_up_with_free_text_due_date() -> None:
    entry = HistoryEntry("2025-01-01", "s1", "k", first_step="Stap", first_step_due="voor de zomer")
    follow = first_step_follow_up([entry], "2025-06-01")
    assert follow is not None and follow.due == "voor de zomer" and follow.overdue_on == ""


def test_history_of_unknown_school_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.archive.school_history("nope")
    assert store.archive.school_history(school(store, "Leeg").id) == []


def test_overview_rows_and_change(store: Store, archive: Archive) -> None:
    other = school(store, "Het Baken")
    finished_session(store, other.id, "2024-05-01", 3)
    finished_session(store, other.id, "2025-05-01", 1)
    empty = school(store, "Nog niet begonnen")
    rows = store.archive.overview()
    by_name = {r.school_name: r for r in rows}
    assert set(by_name) == {"De Kempen", "Het Baken", "Nog niet begonnen"}  # not the example school
    assert by_name["De Kempen"].change == 2 and by_name["De Kempen"].trend == "2 stappen verder"
    assert by_name["Het Baken"].change == -2 and by_name["Het Baken"].trend == "2 stappen terug"
    assert (
        by_name["Nog niet begonnen"].entries == ()
        and by_name["Nog niet begonnen"].trend == "nog niet geplaatst"
    )
    only = store.archive.overview([empty.id])
    assert [r.school_name for r in only] == ["Nog niet begonnen"]
    with pytest.raises(NotFoundError):
        store.archive.overview(["missing"])


def test_trend_labels() -> None:
    assert trend_label(None, 1) == "eerste meting"
    assert trend_label(1, 2) == "1 stap verder"
    assert trend_label(0, 3) == "gelijk gebleven"
    assert scenario_history([HistoryEntry("2025-01-01", "x", "s", finished=False, scenario_id="a")]) == []


def test_record_data_lists_earlier_positions(store: Store, archive: Archive) -> None:
    last = archive.sessions[-1]
    data = store.archive.record_data(last.session.id)
    assert [sid for _, sid in data.earlier] == [f.scenario_id for f in archive.sessions[:2]]
    assert data.scenario_map is not None and data.outcome is not None
    assert data.outcome.scenario_id == last.scenario_id
    assert len(data.notes) == 6 and len(data.runs) == 7 and len(data.amendments) == 1


def test_find_session_by_prefix(store: Store, archive: Archive) -> None:
    full = archive.sessions[0].session.id
    assert store.archive.find_session(full[:8]) == full
    assert store.archive.find_session(full.upper()) == full
    with pytest.raises(InvalidInputError):
        store.archive.find_session("ab")
    with pytest.raises(NotFoundError):
        store.archive.find_session("zzzzzzzz")


def test_session_summaries(store: Store, archive: Archive) -> None:
    rows = store.archive.sessions(archive.school.id)
    assert [r.date for r in rows] == ["2025-03-14", "2024-10-01", "2024-03-12"]
    assert rows[0].scenario_name == "Samen leren" and rows[0].note_count == 6
    assert store.archive.sessions(store.schools.add(School(name="Leeg")).id) == []
