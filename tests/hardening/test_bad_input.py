"""Any Unicode through every text field that reaches the store or a PDF.

The store keeps school fields exactly as given (the name is trimmed and its
whitespace collapsed); notes and outcome texts are NFC-normalised and trimmed
(documented in store/sessions.py). PDFs always build, keep text inside the
page, and show "□" for characters the font lacks.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterator

import pdfplumber
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from facilitator_app.core.models import Card, Catalogue, Deck, Participant, School
from facilitator_app.core.sessions import NoteCategory, Outcome, OutcomeItem
from facilitator_app.pdf import (
    CardOptions,
    CardOverflowError,
    WorksheetOptions,
    render_cards,
    render_worksheets,
)
from facilitator_app.pdf.fonts import placeholder
from facilitator_app.store import Store
from facilitator_app.store.errors import InvalidInputError
from facilitator_app.store.sessions import MAX_NOTE_LENGTH

from .conftest import plan_session

SPECIAL = st.sampled_from(
    [
        "😀👩‍👩‍👧‍👦🏳️‍🌈",  # emoji with joiners and modifiers
        "مرحبا بالعالم",  # right to left
        "שלום עולם",
        "e\u0301 a\u0308 o\u0302\u0323",  # combining marks (not NFC)
        "\x00\x01\x07\x1b[31m\x7f",  # control characters and an escape sequence
        "\u200b\u200d\ufeff\u202e",  # invisible format characters, RTL override
        "W" * 500,  # a 500-character word
        "漢字かなカナ한국어",
        "\r\n\t \n",
        "",
    ]
)
TEXT = st.one_of(st.text(max_size=300), SPECIAL, st.lists(SPECIAL, max_size=6).map("".join))
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> Iterator[tuple[Store, str]]:
    store = Store.open(tmp_path_factory.mktemp("bad") / "db.sqlite3", catalogue)
    school = store.schools.add(School(name="Proefschool"))
    session = store.sessions.plan(plan_session(store, school.id))
    store.sessions.start(session.id)
    yield store, session.id
    store.close()


@FAST
@given(vision=TEXT, contact=TEXT, notes=TEXT, partnership=TEXT, name=TEXT)
def test_school_text_is_kept_exactly(
    shared: tuple[Store, str], vision: str, contact: str, notes: str, partnership: str, name: str
) -> None:
    store, _ = shared
    base = " ".join(name.split())[:150]
    try:
        school = store.schools.add(
            School(
                name=f"{base} {id(vision)}",
                vision=vision,
                contact=contact,
                notes=notes,
                partnership=partnership,
            )
        )
    except InvalidInputError:
        return
    again = store.schools.get(school.id)
    assert (again.vision, again.contact, again.notes, again.partnership) == (
        vision,
        contact,
        notes,
        partnership,
    )
    assert again.name == " ".join(f"{base} {id(vision)}".split())
    store.schools.delete(school.id)


def test_a_one_megabyte_vision_is_kept(shared: tuple[Store, str]) -> None:
    store, _ = shared
    vision = ("Visie met één ‘lang’ stuk tekst 😀 مرحبا\n" * 30_000)[:1_000_000]
    school = store.schools.add(School(name="Megaschool", vision=vision))
    assert store.schools.get(school.id).vision == vision
    store.schools.delete(school.id)


@FAST
@given(text=TEXT, participant=TEXT)
def test_note_text_is_kept_nfc(shared: tuple[Store, str], text: str, participant: str) -> None:
    store, session_id = shared
    expected = unicodedata.normalize("NFC", text).strip()
    try:
        note = store.sessions.add_note(session_id, None, NoteCategory.OTHER, text, participant)
    except InvalidInputError:
        assert not expected or len(expected) > MAX_NOTE_LENGTH
        return
    stored = store.sessions.note(note.id)
    assert stored.text == expected
    assert stored.participant == " ".join(unicodedata.normalize("NFC", participant).split())
    store.sessions.search(text)  # any text is a safe query
    store.sessions.delete_note(note.id)


def test_a_one_megabyte_note_is_refused_calmly(shared: tuple[Store, str]) -> None:
    store, session_id = shared
    with pytest.raises(InvalidInputError, match="hoogstens"):
        store.sessions.add_note(session_id, None, NoteCategory.OTHER, "x" * 1_000_000)


@FAST
@given(rationale=TEXT, first_step=TEXT, owner=TEXT, support=TEXT, point=TEXT)
def test_outcome_text_is_kept_nfc(
    shared: tuple[Store, str], rationale: str, first_step: str, owner: str, support: str, point: str
) -> None:
    store, session_id = shared
    saved = store.sessions.save_outcome(
        session_id,
        Outcome(
            rationale=rationale,
            first_step=first_step,
            first_step_owner=owner,
            support_needed=support,
            development_points=(OutcomeItem(point),) if point.strip() else (),
        ),
    )

    def nfc(text: str) -> str:
        return unicodedata.normalize("NFC", text).strip()

    assert (saved.rationale, saved.first_step, saved.first_step_owner, saved.support_needed) == (
        nfc(rationale),
        nfc(first_step),
        nfc(owner),
        nfc(support),
    )
    if point.strip():
        assert saved.development_points[0].text == nfc(point)


# -------------------------------------------------------------------- PDFs


def chars_inside_pages(data: bytes) -> str:
    text = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                assert char["x0"] >= -0.5 and char["x1"] <= page.width + 0.5, char["text"]
                assert char["top"] >= -0.5 and char["bottom"] <= page.height + 0.5, char["text"]
                text.append(char["text"])
    return "".join(text)


PDF = settings(max_examples=8, deadline=None)


@PDF
@given(body=TEXT, title=TEXT)
def test_any_card_body_builds_or_is_refused_by_name(body: str, title: str) -> None:
    deck = Deck(
        key="proef",
        title="Proef",
        kind="reflection",
        cards=(Card(key="k1", title=title.strip() or "Kaart", body=body),),
    )
    try:
        data = render_cards(deck, CardOptions(layout="shop", footer_date=dt.date(2025, 3, 14)))
    except CardOverflowError as error:
        assert "Proef" in str(error)
        return
    chars_inside_pages(data)


def test_missing_glyphs_show_the_placeholder() -> None:
    deck = Deck(
        key="proef",
        title="Proef",
        kind="reflection",
        cards=(Card(key="k1", title="Kaart", body="漢字 en ☃"),),
    )
    text = chars_inside_pages(
        render_cards(deck, CardOptions(layout="shop", footer_date=dt.date(2025, 3, 14)))
    )
    assert placeholder() in text and "漢" not in text


SHORT_WORDS = st.one_of(st.text(max_size=120), SPECIAL.filter(lambda text: "W" * 100 not in text))


def worksheet(catalogue: Catalogue, name: str, role: str) -> bytes:
    from facilitator_app.pdf import card_lookup

    return render_worksheets(
        catalogue.themes[0],
        card_lookup(catalogue.decks),
        catalogue.roles,
        School(name="Proefschool"),
        [Participant(name or "Naamloos", role)],
        dt.date(2025, 3, 14),
        WorksheetOptions(),
    )


@settings(max_examples=5, deadline=None, phases=[Phase.explicit, Phase.generate])
@given(name=SHORT_WORDS, role=SHORT_WORDS)
def test_any_participant_name_on_a_worksheet(catalogue: Catalogue, name: str, role: str) -> None:
    chars_inside_pages(worksheet(catalogue, name, role))


@pytest.mark.parametrize("field", ["name", "role"])
def test_a_500_character_word_on_a_worksheet_stays_on_the_page(catalogue: Catalogue, field: str) -> None:
    word = "W" * 500
    chars_inside_pages(
        worksheet(catalogue, word if field == "name" else "Mentor", word if field == "role" else "")
    )
