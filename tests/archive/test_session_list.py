"""The session list across schools (``store.archive.sessions``): one query, participant counts included."""

from __future__ import annotations

from dataclasses import replace

from facilitator_app.core.models import Participant
from facilitator_app.core.sessions import Session
from facilitator_app.store import Store

from .conftest import Archive
from .factory import PEOPLE, school


def plan(store: Store, school_id: str, date: str, people: int) -> Session:
    return store.sessions.plan(
        Session(
            school_id=school_id,
            title=f"Sessie {date}",
            date=date,
            planned_start="09:00",
            theme_id="professionaliseren",
            participants=tuple(Participant(f"Deelnemer {n}", "mentor") for n in range(people)),
        )
    )


def test_summary_counts_the_participants_of_each_session(store: Store, archive: Archive) -> None:
    other = school(store, "Het Baken")
    empty = plan(store, other.id, "2026-01-20", 0)
    three = plan(store, other.id, "2026-01-21", 3)
    counts = {row.id: row.participant_count for row in store.archive.sessions()}
    assert counts == {
        three.id: 3,
        empty.id: 0,
        **{finished.session.id: len(PEOPLE) for finished in archive.sessions},
    }
    # The count follows the plan: a participant added later shows up, per school too.
    store.sessions.update_plan(replace(empty, participants=(Participant("Eva Mulder", "mentor"),)))
    assert [(row.id, row.participant_count) for row in store.archive.sessions(other.id)] == [
        (three.id, 3),
        (empty.id, 1),
    ]


def test_the_list_is_one_query_however_many_sessions(store: Store, archive: Archive) -> None:
    other = school(store, "Het Baken")
    for day in range(10, 20):
        plan(store, other.id, f"2026-02-{day}", 2)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        rows = store.archive.sessions()
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(rows) == 13
    # sqlite-utils wraps a query in a savepoint; what reaches the tables is one SELECT.
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
