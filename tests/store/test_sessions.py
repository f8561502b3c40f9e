from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.core.clock import SessionClock
from facilitator_app.core.lifecycle import Refusal
from facilitator_app.core.models import FollowUp, FollowUpStatus, Participant, School
from facilitator_app.core.sessions import (
    NoteCategory,
    Outcome,
    OutcomeItem,
    RequiredField,
    Session,
    SessionStatus,
    timebox_runs,
)
from facilitator_app.store import Store
from facilitator_app.store.errors import InvalidInputError, NotFoundError
from facilitator_app.store.search import match_expression
from facilitator_app.store.sessions import (
    OutcomeIncompleteError,
    OutcomeLockedError,
    SessionStateError,
)


def plan(store: Store, school_id: str, date: str = "2025-03-14", **changes: Any) -> Session:
    session = Session(
        school_id=school_id,
        title="Professionaliseren met het team",
        date=date,
        planned_start="13:30",
        theme_id="professionaliseren",
        facilitator="Ingrid",
        participants=(Participant("Anna", "schoolopleider"), Participant("Bram", "werkplekbegeleider")),
    )
    return store.sessions.plan(replace(session, **changes))


@pytest.fixture
def school(store: Store) -> School:
    return store.schools.add(School(name="De Kempen"))


def scenario_id(store: Store) -> str:
    return store.scenario_maps.get("scenariokaart-professionaliseren").scenarios[1].id


def complete_outcome(store: Store, note_id: str = "") -> Outcome:
    return Outcome(
        scenario_id=scenario_id(store),
        rationale="Er is aanbod per rol, maar de coördinator mist samenhang.",
        first_step="Een gesprek per rol over de competenties uit de visie",
        first_step_owner="Anna",
        first_step_due="2025-04-01",
        development_points=(OutcomeItem("Samenhang in het aanbod", note_id),),
        strengths_used=(OutcomeItem("Betrokken werkplekbegeleiders"),),
        support_needed="Tijd in de jaartaak",
    )


# ------------------------------------------------------------------ planning


def test_plan_with_participants_and_optional_part_excluded(store: Store, school: School) -> None:
    session = plan(store, school.id)
    theme = store.themes.get("professionaliseren")
    assert len(session.id) == 36
    assert session.status is SessionStatus.PLANNED
    assert session.theme_id == theme.id
    assert session.script == theme
    assert [(p.name, p.role) for p in session.participants] == [
        ("Anna", "schoolopleider"),
        ("Bram", "werkplekbegeleider"),
    ]
    assert all(p.id for p in session.participants)
    assert session.included_optional_parts == frozenset()
    assert [p.number for p in session.active_parts()] == [1, 3]
    assert session.timeline()[-1].start == "13:55"
    assert store.sessions.get(session.id) == session

    with_part_2 = store.sessions.update_plan(replace(session, included_optional_parts=frozenset({2})))
    assert with_part_2.timeline()[-1].start == "14:10"


def test_the_script_is_a_snapshot(store: Store, school: School) -> None:
    session = plan(store, school.id)
    theme = store.themes.get("professionaliseren")
    store.themes.save(replace(theme, title="Anders genoemd", parts=theme.parts[:1]))
    assert store.sessions.get(session.id).script == theme
    store.themes.delete(theme.id)
    kept = store.sessions.get(session.id)
    assert kept.theme_id is None
    assert kept.script == theme


def test_plan_refuses_bad_input(store: Store, school: School) -> None:
    with pytest.raises(InvalidInputError, match="JJJJ-MM-DD"):
        plan(store, school.id, date="14-03-2025")
    with pytest.raises(InvalidInputError, match="UU:MM"):
        plan(store, school.id, planned_start="half twee")
    with pytest.raises(InvalidInputError, match="Deel 3"):
        plan(store, school.id, included_optional_parts=frozenset({3}))
    with pytest.raises(NotFoundError):
        plan(store, "geen-school")
    with pytest.raises(NotFoundError):
        plan(store, school.id, theme_id="bestaat-niet")
    assert store.sessions.for_school(school.id) == []


def test_for_school_is_newest_first_and_delete_erases(store: Store, school: School) -> None:
    old = plan(store, school.id, date="2024-10-01")
    new = plan(store, school.id, date="2025-02-01")
    assert [s.id for s in store.sessions.for_school(school.id)] == [new.id, old.id]
    store.sessions.delete(old.id)
    assert [s.id for s in store.sessions.for_school(school.id)] == [new.id]
    with pytest.raises(NotFoundError):
        store.sessions.get(old.id)


def test_start_unfinished_and_the_plan_while_running(store: Store, school: School) -> None:
    session = plan(store, school.id)
    assert store.sessions.unfinished() == []
    running = store.sessions.start(session.id)
    assert running.status is SessionStatus.RUNNING and running.started_at
    assert store.sessions.start(session.id) == running
    assert [s.id for s in store.sessions.unfinished()] == [session.id]
    renamed = store.sessions.update_plan(replace(running, participants=(Participant("Carla"),)))
    assert [p.name for p in renamed.participants] == ["Carla"]
    with pytest.raises(SessionStateError):
        store.sessions.update_plan(replace(running, included_optional_parts=frozenset({2})))


# --------------------------------------------------------------------- notes


def test_notes_crud_and_undo(store: Store, school: School) -> None:
    session = store.sessions.start(plan(store, school.id).id)
    sid = session.id
    a = store.sessions.add_note(sid, 1, NoteCategory.STRENGTH, "  Veel aanbod  ", participant="Anna")
    b = store.sessions.add_note(sid, 1, NoteCategory.DEVELOPMENT, "Weinig samenhang")
    c = store.sessions.add_note(sid, 1, NoteCategory.INSIGHT, "Rollen kennen elkaars aanbod niet")
    general = store.sessions.add_note(sid, None, NoteCategory.OTHER, "Bram kwam later")
    assert (a.text, a.participant, a.position, c.position) == ("Veel aanbod", "Anna", 0, 2)
    assert [n.id for n in store.sessions.notes(sid)] == [general.id, a.id, b.id, c.id]

    edited = store.sessions.update_note(
        replace(b, text="Weinig samenhang tussen rollen", category=NoteCategory.QUESTION)
    )
    assert (edited.text, edited.category) == ("Weinig samenhang tussen rollen", NoteCategory.QUESTION)

    store.sessions.move_note(a.id, 1)  # to the end of its own box: no gap, no duplicate
    assert [(n.id, n.position) for n in store.sessions.notes(sid) if n.timebox_index == 1] == [
        (b.id, 0),
        (c.id, 1),
        (a.id, 2),
    ]
    store.sessions.move_note(a.id, 1, 0)
    moved = store.sessions.move_note(c.id, 1, 0)
    assert [n.id for n in store.sessions.notes(sid) if n.timebox_index == 1] == [c.id, a.id, b.id]
    assert moved.position == 0
    store.sessions.move_note(a.id, 3)
    assert [(n.id, n.position) for n in store.sessions.notes(sid) if n.timebox_index == 1] == [
        (c.id, 0),
        (b.id, 1),
    ]

    deleted = store.sessions.delete_note(c.id)
    assert deleted.id == c.id
    assert [n.position for n in store.sessions.notes(sid) if n.timebox_index == 1] == [0]
    restored = store.sessions.restore_note(deleted)
    assert restored == deleted
    assert [n.id for n in store.sessions.notes(sid) if n.timebox_index == 1] == [c.id, b.id]
    assert store.sessions.search("kennen elkaars")[0].note_id == c.id

    with pytest.raises(InvalidInputError):
        store.sessions.add_note(sid, 1, NoteCategory.OTHER, "   ")
    with pytest.raises(NotFoundError):
        store.sessions.add_note("geen-sessie", 1, NoteCategory.OTHER, "tekst")


def test_draft_save_restore_and_clear(store: Store, school: School) -> None:
    sid = plan(store, school.id).id
    assert store.sessions.draft(sid) is None
    store.sessions.save_draft(sid, "De onderzoeksco", NoteCategory.INSIGHT, 3)
    store.sessions.save_draft(sid, "De onderzoekscoördinator", NoteCategory.INSIGHT, 3)
    draft = store.sessions.draft(sid)
    assert draft is not None
    assert (draft.text, draft.category, draft.timebox_index) == ("De onderzoekscoördinator", "insight", 3)
    store.sessions.save_draft(sid, "  ", NoteCategory.INSIGHT, 3)
    assert store.sessions.draft(sid) is None
    store.sessions.save_draft(sid, "iets", NoteCategory.OTHER, None)
    store.sessions.clear_draft(sid)
    assert store.sessions.draft(sid) is None


def test_clock_state_round_trip(store: Store, school: School) -> None:
    session = store.sessions.start(plan(store, school.id).id)
    now = [500.0]
    clock = SessionClock(session.clock_boxes(), lambda: now[0], wall_clock=lambda: now[0])
    clock.start()
    now[0] += 200
    clock.pause()
    assert store.sessions.clock_state(session.id) is None
    store.sessions.save_clock_state(session.id, clock.to_state())
    saved = store.sessions.clock_state(session.id)
    assert saved == clock.to_state()
    assert saved is not None
    resumed = SessionClock.from_state(saved, session.clock_boxes(), lambda: 9.0, wall_clock=lambda: now[0])
    assert resumed.is_paused
    assert resumed.remaining_seconds() == pytest.approx(100.0)

    store.sessions.record_timebox_runs(session.id, timebox_runs(clock.box_records()))
    store.sessions.record_timebox_runs(session.id, timebox_runs(clock.box_records()))
    runs = store.sessions.timebox_runs(session.id)
    assert [r.timebox_index for r in runs] == [0, 1, 2, 3, 6]
    assert runs == timebox_runs(clock.box_records())


# ------------------------------------------------------------------- outcome


def test_finish_refuses_while_missing_then_locks(store: Store, school: School) -> None:
    sid = store.sessions.start(plan(store, school.id).id).id
    with pytest.raises(OutcomeIncompleteError) as refused:
        store.sessions.finish(sid)
    assert refused.value.missing == list(RequiredField)
    assert "Vul eerst in: scenario, onderbouwing" in str(refused.value)

    note = store.sessions.add_note(sid, 4, NoteCategory.DEVELOPMENT, "Samenhang in het aanbod")
    store.sessions.save_outcome(sid, Outcome(scenario_id=scenario_id(store), rationale="Onderbouwd"))
    with pytest.raises(OutcomeIncompleteError) as still:
        store.sessions.finish(sid)
    assert still.value.missing == [RequiredField.FIRST_STEP, RequiredField.DEVELOPMENT_POINTS]
    assert store.sessions.get(sid).status is SessionStatus.RUNNING

    saved = store.sessions.save_outcome(sid, complete_outcome(store, note.id))
    assert saved.scenario_name == "Afspraken en aanbod"
    assert saved.development_points == (OutcomeItem("Samenhang in het aanbod", note.id),)
    assert not saved.locked
    finished = store.sessions.finish(sid)
    assert finished.status is SessionStatus.FINISHED and finished.finished_at
    outcome = store.sessions.outcome(sid)
    assert outcome is not None and outcome.locked
    assert store.sessions.unfinished() == []

    with pytest.raises(OutcomeLockedError) as locked:
        store.sessions.save_outcome(sid, replace(outcome, rationale="stiekem anders"))
    with pytest.raises(SessionStateError) as late:
        store.sessions.add_note(sid, 4, NoteCategory.OTHER, "te laat")
    with pytest.raises(SessionStateError) as again:
        store.sessions.finish(sid)
    with pytest.raises(SessionStateError, match="niet opnieuw starten") as restart:
        store.sessions.start(sid)
    # The refusal's code (core/lifecycle.py) travels with the Dutch words.
    refusals = [e.value.refusal for e in (locked, late, again, restart)]
    assert refusals == [
        Refusal.OUTCOME_LOCKED,
        Refusal.NOTES_FIXED,
        Refusal.ALREADY_FINISHED,
        Refusal.CANNOT_RESTART,
    ]


def test_amendment_keeps_the_original(store: Store, school: School) -> None:
    sid = plan(store, school.id).id
    store.sessions.save_outcome(sid, complete_outcome(store))
    with pytest.raises(SessionStateError):
        store.sessions.amend(sid, "first_step", "nieuw", "typfout")
    store.sessions.finish(sid)
    original = store.sessions.outcome(sid)
    assert original is not None

    amendment = store.sessions.amend(
        sid, "first_step", "Een gesprek per rol, vóór de zomer", "afgesproken per mail"
    )
    assert (amendment.old, amendment.new) == (original.first_step, "Een gesprek per rol, vóór de zomer")
    assert amendment.field == "first_step"
    points = (OutcomeItem("Samenhang in het aanbod"), OutcomeItem("Tijd voor begeleiding"))
    store.sessions.amend(sid, "development_points", points, "vergeten punt")

    current = store.sessions.outcome(sid)
    assert current is not None and current.locked_at == original.locked_at
    assert current.first_step == "Een gesprek per rol, vóór de zomer"
    assert current.development_points == points
    history = store.sessions.amendments(sid)
    assert [a.field for a in history] == ["first_step", "development_points"]
    assert history[0].old == original.first_step
    assert history[1].old == original.development_points
    assert store.sessions.search("zomer")[0].field == "first_step"

    with pytest.raises(InvalidInputError, match="reden"):
        store.sessions.amend(sid, "rationale", "anders", "  ")
    with pytest.raises(InvalidInputError, match="gelijk"):
        store.sessions.amend(sid, "support_needed", original.support_needed, "niets")
    with pytest.raises(ValueError):
        store.sessions.amend(sid, "locked_at", "", "mag niet")


def test_previous_outcome(store: Store, school: School) -> None:
    other = store.schools.add(School(name="Het Baken"))
    assert store.sessions.previous_outcome(school.id, "2025-06-01") is None
    for date, step in (("2024-09-01", "Stap september"), ("2025-01-15", "Stap januari")):
        sid = plan(store, school.id, date=date).id
        store.sessions.save_outcome(sid, replace(complete_outcome(store), first_step=step))
        store.sessions.finish(sid)
    unfinished = plan(store, school.id, date="2025-03-01").id
    store.sessions.save_outcome(unfinished, replace(complete_outcome(store), first_step="Nog open"))
    plan(store, other.id, date="2025-02-01")

    previous = store.sessions.previous_outcome(school.id, "2025-06-01")
    assert previous is not None and previous.first_step == "Stap januari"
    earlier = store.sessions.previous_outcome(school.id, "2025-01-15")
    assert earlier is not None and earlier.first_step == "Stap september"
    assert store.sessions.previous_outcome(other.id, "2025-06-01") is None


# -------------------------------------------------------------------- search


def test_search_finds_dutch_words_with_diacritics(store: Store, school: School) -> None:
    sid = plan(store, school.id).id
    note = store.sessions.add_note(sid, 1, NoteCategory.INSIGHT, "De onderzoekscoördinator kent het aanbod")
    store.sessions.add_note(sid, 1, NoteCategory.DEVELOPMENT, "Een duidelijk ontwikkelpunt: samenhang")
    store.sessions.save_outcome(sid, complete_outcome(store))  # rationale: "... de coördinator mist ..."

    for query in ("onderzoekscoördinator", "onderzoekscoordinator", "ONDERZOEKSCOÖRDINATOR", "onderzoeksco"):
        hits = store.sessions.search(query)
        assert [h.note_id for h in hits] == [note.id], query
    hit = store.sessions.search("onderzoekscoördinator kent")[0]
    assert hit.kind == "note" and hit.category is NoteCategory.INSIGHT
    assert hit.session_id == sid and hit.school_id == school.id
    assert "[onderzoekscoördinator]" in store.sessions.search("onderzoekscoordinator")[0].snippet

    assert [h.category for h in store.sessions.search("ontwikkelpunt")] == [NoteCategory.DEVELOPMENT]
    assert [h.category for h in store.sessions.search("ontwikkel")] == [NoteCategory.DEVELOPMENT]
    # Words match from their start: the compound "onderzoekscoördinator" is not a hit for "coördinator".
    for query in ("coördinator", "coordinator", "Coörd"):
        outcome_hits = store.sessions.search(query)
        assert [(h.kind, h.field) for h in outcome_hits] == [("outcome", "rationale")], query
    assert store.sessions.search("gesprek competenties")[0].field == "first_step"
    assert store.sessions.search("samenhang", marks=("<b>", "</b>"))[0].snippet.count("<b>") >= 1


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "AND",
        "NOT",
        "a OR",
        "NEAR(",
        "text:",
        "^",
        "(",
        "-",
        "'",
        "😀",
        "😀 aanbod 😀",
        "",
        "   ",
        "x" * 1000,
        "aanbod " * 200,
        "onder\u0308",  # a combining diaeresis on its own
        "_",
        "\x00",
    ],
)
def test_search_accepts_any_text(store: Store, school: School, query: str) -> None:
    sid = plan(store, school.id).id
    store.sessions.add_note(sid, 1, NoteCategory.OTHER, "Het aanbod AND de rest")
    store.sessions.search(query)  # must not raise


def test_search_treats_operators_as_words(store: Store, school: School) -> None:
    sid = plan(store, school.id).id
    store.sessions.add_note(sid, 1, NoteCategory.OTHER, "aanbod en NOT meer")
    assert len(store.sessions.search('aanbod NOT "meer')) == 1
    assert len(store.sessions.search("😀 aanbod")) == 1
    assert match_expression('a"b OR *') == '"a"* "b"* "OR"*'
    assert match_expression("?!") is None


def test_search_filters(store: Store, school: School) -> None:
    other = store.schools.add(School(name="Het Baken"))
    early = plan(store, school.id, date="2024-11-05").id
    late = plan(store, school.id, date="2025-03-14").id
    elsewhere = plan(store, other.id, date="2025-03-14").id
    for sid in (early, late, elsewhere):
        store.sessions.add_note(sid, 1, NoteCategory.STRENGTH, "werkplekbegeleiders zijn betrokken")

    def found(**filters: Any) -> set[str]:
        return {h.session_id for h in store.sessions.search("werkplekbegeleider", **filters)}

    assert found() == {early, late, elsewhere}
    assert found(school_id=school.id) == {early, late}
    assert found(date_from="2025-01-01") == {late, elsewhere}
    assert found(date_to="2024-12-31") == {early}
    assert found(date_from="2025-03-14", date_to="2025-03-14", school_id=other.id) == {elsewhere}
    theme_id = store.themes.get("professionaliseren").id
    assert found(theme_id=theme_id) == {early, late, elsewhere}
    assert found(theme_id="ander-thema") == set()
    assert len(store.sessions.search("werkplekbegeleider", limit=2)) == 2


# -------------------------------------------------------- erasure, concurrency


def _count(store: Store, sql: str) -> int:
    return int(store.db.execute(sql).fetchone()[0])


def test_deleting_a_school_erases_its_sessions_and_search_rows(store: Store, school: School) -> None:
    keep_school = store.schools.add(School(name="Het Baken"))
    kept = plan(store, keep_school.id).id
    store.sessions.add_note(kept, 1, NoteCategory.OTHER, "blijft bewaard")
    sid = store.sessions.start(plan(store, school.id).id).id
    store.sessions.add_note(sid, 1, NoteCategory.INSIGHT, "vertrouwelijk: de coördinator stopt")
    store.sessions.save_draft(sid, "half getypt", NoteCategory.OTHER, 1)
    store.sessions.save_clock_state(sid, {"version": 1})
    store.sessions.record_timebox_runs(sid, [])
    store.sessions.save_outcome(sid, complete_outcome(store))
    store.sessions.finish(sid)
    store.sessions.amend(sid, "support_needed", "Meer tijd", "aanvulling")
    assert store.sessions.search("vertrouwelijk")

    store.schools.delete(school.id)

    for table in ("sessions", "participants", "notes", "drafts", "clock_state", "outcomes", "amendments"):
        rows = _count(
            store,
            f"SELECT count(*) FROM {table} WHERE {'id' if table == 'sessions' else 'session_id'} = '{sid}'",
        )
        assert rows == 0, table
    assert store.sessions.search("vertrouwelijk") == []
    assert store.sessions.search("coördinator") == []
    # The index holds exactly the rows that remain, nothing of the erased school.
    assert _count(store, "SELECT count(*) FROM notes_fts_docsize") == _count(
        store, "SELECT count(*) FROM notes"
    )
    assert _count(store, "SELECT count(*) FROM outcomes_fts_docsize") == 0
    store.db.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES('integrity-check', 1)")
    store.db.execute("INSERT INTO outcomes_fts(outcomes_fts, rank) VALUES('integrity-check', 1)")
    assert [h.session_id for h in store.sessions.search("bewaard")] == [kept]


def test_a_note_is_visible_to_a_second_store_on_the_same_file(
    store: Store, school: School, db_path: Path
) -> None:
    sid = store.sessions.start(plan(store, school.id).id).id
    with Store.open(db_path) as second:
        assert second.db.journal_mode == "wal"
        note = store.sessions.add_note(sid, 0, NoteCategory.STRENGTH, "direct op schijf")
        assert second.sessions.notes(sid) == [note]
        reply = second.sessions.add_note(sid, 0, NoteCategory.QUESTION, "en terug?")
        assert [n.id for n in store.sessions.notes(sid)] == [note.id, reply.id]
        assert [s.id for s in second.sessions.unfinished()] == [sid]


def test_rebuild_search_index_keeps_results(store: Store, school: School) -> None:
    sid = plan(store, school.id).id
    store.sessions.add_note(sid, 1, NoteCategory.OTHER, "ideeën voor scholing")
    store.sessions.rebuild_search_index()
    assert len(store.sessions.search("ideeen")) == 1


# ------------------------------------------------------------------ follow-up


def finished(store: Store, school_id: str, date: str) -> str:
    sid = plan(store, school_id, date).id
    store.sessions.start(sid)
    store.sessions.save_outcome(sid, complete_outcome(store))
    store.sessions.finish(sid)
    return sid


def test_follow_up_is_a_field_of_the_session_not_a_note(store: Store, school: School) -> None:
    earlier = finished(store, school.id, "2024-10-01")
    sid = store.sessions.start(plan(store, school.id).id).id
    assert store.sessions.follow_up(sid) is None
    saved = store.sessions.save_follow_up(
        FollowUp(sid, earlier, FollowUpStatus.PARTLY, "  Twee van de drie rollen gesproken\u0301 ")
    )
    assert saved.session_id == sid and saved.previous_session_id == earlier
    assert saved.status is FollowUpStatus.PARTLY
    assert saved.text == "Twee van de drie rollen gesprokeń"  # trimmed and NFC, like a note
    # The copies of what was asked come from the previous session when not given.
    assert saved.first_step == complete_outcome(store).first_step and saved.previous_date == "2024-10-01"
    assert saved.answered_at and saved.updated_at
    assert store.sessions.notes(sid) == []
    assert store.sessions.follow_up(sid) == saved
    assert saved.summary == "deels gedaan – Twee van de drie rollen gesprokeń"

    changed = store.sessions.save_follow_up(FollowUp(sid, earlier, FollowUpStatus.DONE))
    assert (changed.status, changed.text, changed.answered_at) == (FollowUpStatus.DONE, "", saved.answered_at)
    assert changed.summary == "gedaan"
    assert store.db.execute("SELECT count(*) FROM followups").fetchone()[0] == 1


def test_follow_up_refuses_empty_answers_and_finished_sessions(store: Store, school: School) -> None:
    earlier = finished(store, school.id, "2024-10-01")
    sid = store.sessions.start(plan(store, school.id).id).id
    with pytest.raises(InvalidInputError, match="paar woorden"):
        store.sessions.save_follow_up(FollowUp(sid, earlier, FollowUpStatus.OTHER, "   "))
    with pytest.raises(NotFoundError):
        store.sessions.save_follow_up(FollowUp("nope", earlier, FollowUpStatus.DONE))
    with pytest.raises(SessionStateError):
        store.sessions.save_follow_up(FollowUp(earlier, earlier, FollowUpStatus.DONE))
    assert store.sessions.follow_up(sid) is None and store.sessions.follow_up(earlier) is None


def test_follow_up_is_searchable_and_erased_with_its_school(store: Store, school: School) -> None:
    earlier = finished(store, school.id, "2024-10-01")
    sid = store.sessions.start(plan(store, school.id).id).id
    store.sessions.save_follow_up(
        FollowUp(sid, earlier, FollowUpStatus.DONE, "De coördinatoren zijn gestart")
    )
    [hit] = store.sessions.search("coordinatoren")
    assert (hit.kind, hit.field, hit.session_id) == ("followup", "follow_up", sid)
    assert hit.snippet == "De [coördinatoren] zijn gestart"
    store.sessions.rebuild_search_index()
    assert len(store.sessions.search("gestart")) == 1

    store.schools.delete(school.id)
    assert _count(store, "SELECT count(*) FROM followups") == 0
    assert _count(store, "SELECT count(*) FROM followups_fts_docsize") == 0
    store.db.execute("INSERT INTO followups_fts(followups_fts, rank) VALUES('integrity-check', 1)")
    assert store.sessions.search("coordinatoren") == []


def test_every_lifecycle_refusal_has_its_dutch_words() -> None:
    from facilitator_app.core.dutch import lifecycle_text

    assert all(lifecycle_text(refusal) for refusal in Refusal)
