"""The post-session record and the overview, read back as a reader sees them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from facilitator_app import pdf
from facilitator_app.store import Store
from tests.pdf.pdfutil import all_text, qpdf_check, reader

from .conftest import Archive
from .factory import PEOPLE


@pytest.fixture
def record(store: Store, archive: Archive) -> bytes:
    return pdf.render_record_data(store.archive.record_data(archive.sessions[-1].session.id))


@pytest.fixture
def anonymised(store: Store, archive: Archive) -> bytes:
    return pdf.render_record_data(store.archive.record_data(archive.sessions[-1].session.id), anonymised=True)


def fonts_embedded(data: bytes) -> int:
    seen = 0
    for page in reader(data).pages:
        resources: Any = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
            assert "Lato" in str(font["/BaseFont"]) or "Facilitator" in str(font["/BaseFont"])
            seen += 1
    return seen


def flat(data: bytes) -> str:
    return " ".join(all_text(data).split())


def test_record_has_every_part(record: bytes, tmp_path: Path) -> None:
    text = flat(record)
    for expected in (
        "De Kempen",
        "Professionaliseren",
        "14 maart 2025",
        "Ingrid Bakker",
        "Anna de Vries (schoolopleider)",
        "Verloop: gepland en werkelijk",
        "13:30–13:35",
        "+1:30",
        "Gekozen: scenario 3 van 4: Samen leren",
        "Onderbouwing",
        "Een gesprek per rol over de competenties uit de visie",
        "Wie: Anna de Vries",
        "Wanneer: 1 april 2025",
        "Samenhang in het aanbod",
        "Betrokken werkplekbegeleiders",
        "Rollen zien elkaar te weinig",
        "Benodigde ondersteuning",
        "Gecorrigeerd op",
        "oorspronkelijk „Tijd in de jaartaak en een budget voor intervisie”",
        "Alle notities",
        "Sterke punten (1)",
        "Ontwikkelpunten (2)",
        "Hele sessie",
    ):
        assert expected in text, expected
    assert fonts_embedded(record)
    qpdf_check(record, tmp_path)


def test_chosen_scenario_is_marked_and_earlier_positions_listed(record: bytes) -> None:
    text = flat(record)
    assert "GEKOZEN" in text
    assert "Eerdere posities: 12 maart 2024: Ieder voor zich; 1 oktober 2024: Afspraken en aanbod." in text
    # The dates also stand on the small map itself.
    assert text.count("12 maart 2024") >= 2


def test_anonymised_record_names_nobody(anonymised: bytes) -> None:
    text = all_text(anonymised)
    squashed = "".join(text.split()).casefold()
    for person in PEOPLE:
        for part in person.name.replace("-", " ").split():
            if len(part) > 2:
                assert part.casefold() not in squashed, part
    assert "4 deelnemers" in " ".join(text.split())
    assert "[schoolopleider]" in text and "[werkplekbegeleider]" in text
    assert "deelnemer" in text
    info = reader(anonymised).metadata
    assert info is not None and "Anna" not in str(info.title)


def test_record_shows_how_the_previous_first_step_went(
    store: Store, archive: Archive, record: bytes, anonymised: bytes
) -> None:
    text = flat(record)
    assert "Opvolging van de vorige stap" in text
    assert (
        "Eerste ontwikkelstap van de vorige sessie (1 oktober 2024): „Aanbod per rol in kaart brengen”"
        in text
    )
    assert "Deels gedaan. Twee rollen zijn in kaart; Anna doet de derde na de zomer." in text
    # The session opened with it: it comes right after who was there, before the timings.
    assert text.index("DEELNEMERS") < text.index("Opvolging van de vorige stap") < text.index("Verloop:")
    assert "[schoolopleider] doet de derde na de zomer" in flat(anonymised)
    first = flat(pdf.render_record_data(store.archive.record_data(archive.sessions[0].session.id)))
    assert "Opvolging van de vorige stap" not in first  # nothing was asked at the first session


def test_record_is_reproducible_and_has_metadata(store: Store, archive: Archive, record: bytes) -> None:
    again = pdf.render_record_data(store.archive.record_data(archive.sessions[-1].session.id))
    assert again == record
    info = reader(record).metadata
    assert info is not None
    assert info.title.startswith("Verslag Professionaliseren – De Kempen")
    assert info.author == "Ingrid Bakker"


def test_emoji_in_a_note_prints_as_its_equivalent(record: bytes) -> None:
    assert "Ruimte was te klein :-)" in flat(record)  # 🙂, from the glyph fallback table


def test_record_of_an_unfinished_session_without_outcome(store: Store, archive: Archive) -> None:
    from facilitator_app.core.sessions import Session

    planned = store.sessions.plan(
        Session(archive.school.id, "Nog te doen", "2025-09-01", "09:00", theme_id="professionaliseren")
    )
    text = flat(pdf.render_record_data(store.archive.record_data(planned.id)))
    assert "Er is (nog) geen scenario gekozen." in text
    assert "niet ingepland" in text
    assert "Er zijn geen notities gemaakt." in text


def test_overview_pdf(store: Store, archive: Archive, tmp_path: Path) -> None:
    names = [s.name for s in store.scenario_maps.get("scenariokaart-professionaliseren").scenarios]
    data = pdf.render_overview(
        store.archive.overview(), day=dt.date(2025, 4, 1), partnership="Regio Oost", scenario_names=names
    )
    text = flat(data)
    for expected in (
        "Overzicht van het partnerschap",
        "Regio Oost",
        "De Kempen",
        "Duurzaam lerende organisatie",
        "1/4 Ieder voor zich",
        "3/4 Samen leren",
        "2 stappen verder",
        "1 → 2 → 3",
    ):
        assert expected in text, expected
    assert fonts_embedded(data)
    qpdf_check(data, tmp_path)
    assert data == pdf.render_overview(
        store.archive.overview(), day=dt.date(2025, 4, 1), partnership="Regio Oost", scenario_names=names
    )
    assert "nog geen scholen" in flat(pdf.render_overview([])).lower()


def test_record_bullets_hang(store: Store, archive: Archive) -> None:
    from tests.pdf.pdfutil import plumber

    session_id = archive.sessions[-1].session.id
    long_reason = "De afspraak bleek al geregeld toen we er in het team over spraken, " * 4
    store.sessions.amend(session_id, "support_needed", "Tijd en ruimte in de jaartaak", long_reason)
    data = pdf.render_record_data(store.archive.record_data(session_id))
    pairs = []
    with plumber(data) as document:
        for page in document.pages:
            words = page.extract_words(use_text_flow=True)
            for index, word in enumerate(words[:-1]):
                after = words[index + 1]
                if word["text"] in ("✎", "•") and after["text"] == "Gecorrigeerd":
                    wrapped = next(w for w in words[index + 2 :] if w["top"] > after["bottom"] + 0.5)
                    pairs.append((after["x0"], wrapped["x0"]))
    assert len(pairs) == 2  # the factory's correction and this long one
    for first, wrapped_x in pairs:  # each correction's first line starts where its wrapped lines do
        assert first == pytest.approx(wrapped_x, abs=0.15)
