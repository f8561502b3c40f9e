"""One name pattern for the anonymised record and the privacy search (issue 16)."""

from __future__ import annotations

import unicodedata

import pytest

from facilitator_app.core.models import Participant, School
from facilitator_app.core.names import name_pattern
from facilitator_app.core.sessions import NoteCategory, Session
from facilitator_app.pdf.record import Anonymiser
from facilitator_app.store import Store, privacy

SPACED = (
    "Anna  de Vries neemt de eerste stap.",
    "Anna de\nVries neemt de eerste stap.",
    "Anna\tde  Vries neemt de eerste stap.",
    "anna DE vries neemt de eerste stap.",
)


@pytest.mark.parametrize("text", SPACED)
def test_a_name_matches_across_any_white_space(text: str) -> None:
    match = name_pattern("Anna de Vries").search(text)
    assert match is not None and match.start() == 0


@pytest.mark.parametrize("text", ["Annade Vries", "Anna de Vriesland", "Marianna de Vries-Jansen"])
def test_a_name_matches_whole_words_only(text: str) -> None:
    assert name_pattern("Anna de Vries").search(text) is None


def test_a_blank_name_has_no_pattern() -> None:
    with pytest.raises(ValueError):
        name_pattern("  \n ")


@pytest.mark.parametrize("text", SPACED)
def test_the_anonymised_record_leaves_no_surname(text: str) -> None:
    anonymiser = Anonymiser([Participant(name="Anna de Vries", role="mentor")], enabled=True)
    assert anonymiser.text(text) == "[mentor] neemt de eerste stap."


def test_the_anonymiser_finds_a_decomposed_name() -> None:
    anonymiser = Anonymiser([Participant(name="Zoë Peeters", role="mentor")], enabled=True)
    decomposed = unicodedata.normalize("NFD", "Zoë  Peeters zei het.")
    assert anonymiser.text(decomposed) == "[mentor] zei het."


@pytest.mark.parametrize("text", SPACED)
def test_privacy_finds_and_erases_what_the_anonymiser_replaces(store: Store, text: str) -> None:
    school = store.schools.add(School(name="De Kempen"))
    session = store.sessions.plan(
        Session(school_id=school.id, title="Sessie", date="2025-03-14", planned_start="13:30")
    )
    store.sessions.add_note(session.id, None, NoteCategory.STRENGTH, text)
    report = privacy.find_person(store, "Anna de Vries")
    assert [hit.where for hit in report.hits] == ["notitie"]
    privacy.erase_person(store, "Anna de Vries")
    assert [note.text for note in store.sessions.notes(session.id)] == ["[verwijderd] neemt de eerste stap."]
