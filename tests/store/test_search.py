"""Search pages: best matches first, newest first for a common word, snippets made from the rows shown."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator_app.core.models import Participant, School
from facilitator_app.core.sessions import NoteCategory, Session
from facilitator_app.core.snippets import fold, snippet
from facilitator_app.store import Store, search


@pytest.fixture
def school(store: Store) -> School:
    return store.schools.add(School(name="De Kempen"))


def plan(store: Store, school_id: str, date: str) -> str:
    session = Session(
        school_id=school_id,
        title="Professionaliseren",
        date=date,
        planned_start="13:30",
        theme_id="professionaliseren",
        facilitator="Ingrid",
        participants=(Participant("Anna", "schoolopleider"),),
    )
    return store.sessions.plan(replace(session)).id


def test_best_match_first_when_every_match_is_ranked(store: Store, school: School) -> None:
    sid = plan(store, school.id, "2025-03-14")
    store.sessions.add_note(
        sid, 1, NoteCategory.OTHER, "intervisie " + "en verder nog veel andere woorden " * 8
    )
    store.sessions.add_note(sid, 1, NoteCategory.OTHER, "intervisie intervisie intervisie")
    page = store.search.page("intervisie")
    assert not page.more and not page.by_recency
    assert page.hits[0].snippet == "[intervisie] [intervisie] [intervisie]"


def test_pages_continue_without_gaps_or_repeats(store: Store, school: School) -> None:
    sid = plan(store, school.id, "2025-03-14")
    for n in range(7):
        store.sessions.add_note(sid, 1, NoteCategory.OTHER, f"leerteam nummer {n}")
    first = store.search.page("leerteam", limit=3)
    second = store.search.page("leerteam", limit=3, offset=3)
    last = store.search.page("leerteam", limit=3, offset=6)
    assert first.more and second.more and not last.more
    ids = [h.note_id for page in (first, second, last) for h in page.hits]
    assert len(ids) == len(set(ids)) == 7


def test_a_common_word_is_ordered_newest_first(
    store: Store, school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "CANDIDATE_CAP", 4)
    dates = ["2023-01-10", "2024-01-10", "2025-01-10"]
    for date in dates:
        sid = plan(store, school.id, date)
        for _ in range(3):
            store.sessions.add_note(sid, 1, NoteCategory.OTHER, "samen opleiden")
    page = store.search.page("samen", limit=4)
    assert page.by_recency and page.more
    assert [h.session_date for h in page.hits] == sorted((h.session_date for h in page.hits), reverse=True)
    assert page.hits[0].session_date == "2025-01-10"


def test_the_school_filter_applies_before_the_page_is_cut(store: Store, school: School) -> None:
    other = store.schools.add(School(name="Het Baken"))
    mine = plan(store, school.id, "2024-01-10")
    store.sessions.add_note(mine, 1, NoteCategory.OTHER, "visie op opleiden")
    theirs = plan(store, other.id, "2025-01-10")
    for _ in range(5):
        store.sessions.add_note(theirs, 1, NoteCategory.OTHER, "visie op opleiden")
    page = store.search.page("visie", school_id=school.id, limit=2)
    assert [h.session_id for h in page.hits] == [mine] and not page.more


def test_an_outcome_hit_names_the_field_it_matched(store: Store, school: School) -> None:
    from tests.store.test_sessions import complete_outcome

    sid = plan(store, school.id, "2025-03-14")
    store.sessions.start(sid)
    store.sessions.save_outcome(sid, complete_outcome(store))
    [rationale] = store.search.page("samenhang").hits
    [first_step] = store.search.page("competenties").hits
    assert (rationale.kind, rationale.field) == ("outcome", "rationale")
    assert (first_step.field, first_step.snippet) == (
        "first_step",
        "Een gesprek per rol over de [competenties] uit de visie",
    )


def test_snippets_mark_prefixes_without_diacritics_and_cut_long_text() -> None:
    terms = [fold("coordinator")]
    assert snippet("De Coördinatoren zijn gestart.", terms) == "De [Coördinatoren] zijn gestart."
    long_text = (
        " ".join(f"woord{n}" for n in range(40)) + " coordinator " + " ".join("x" * 3 for _ in range(40))
    )
    cut = snippet(long_text, terms)
    assert cut.startswith("…") and cut.endswith("…") and "[coordinator]" in cut
    assert len(cut.split()) <= 16
    assert snippet("niets te vinden hier", terms) == "niets te vinden hier"
    # The window shows the most different words of the query.
    both = snippet("visie " + "vul " * 30 + "visie en rol samen", [fold("visie"), fold("rol")])
    assert "[visie]" in both and "[rol]" in both


@pytest.mark.parametrize(
    "query", ["coordinatie", "IDEEEN", "co-teaching", "teach co", "ß", "werk plek", "2025", "ond ond"]
)
def test_a_school_scan_finds_what_the_index_finds(store: Store, school: School, query: str) -> None:
    sid = plan(store, school.id, "2025-03-14")
    for text in (
        "Coördinatie van de werkplekbegeleiders",
        "Ideeën voor co-teaching in 2025",
        "Straße en onderzoek, ondersteuning",
        "niets hiervan",
    ):
        store.sessions.add_note(sid, 1, NoteCategory.OTHER, text)
    indexed = {h.note_id for h in store.search.page(query).hits}
    scanned = store.search.page(query, school_id=school.id)
    assert scanned.by_recency  # went through the scan
    assert {h.note_id for h in scanned.hits} == indexed
