"""Scenario map, worksheets, posters and the facilitator script."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator_app.core.models import Card, Deck, Participant, Role, ScenarioMap, School, Theme
from facilitator_app.pdf import (
    MapOptions,
    Part3Options,
    PosterOptions,
    WorksheetOptions,
    card_lookup,
    render_part3_form,
    render_posters,
    render_scenario_map,
    render_script,
    render_worksheets,
)
from facilitator_app.pdf.script import timeline
from facilitator_app.pdf.worksheets import Room, room_for
from tests.pdf.pdfutil import MM, all_text, ink_near_edges, plumber, reader

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize(("paper", "size_mm"), [("A3", (420, 297)), ("A4", (297, 210))])
def test_scenario_map_is_landscape(scenario_map: ScenarioMap, paper: str, size_mm: tuple[int, int]) -> None:
    data = render_scenario_map(scenario_map, MapOptions(paper=paper, footer_date=DAY))  # type: ignore[arg-type]
    (page,) = reader(data).pages
    assert float(page.mediabox.width) == pytest.approx(size_mm[0] * MM, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(size_mm[1] * MM, abs=0.01)
    text = all_text(data)
    for scenario in scenario_map.scenarios:
        assert scenario.name in text and scenario.signs[0] in text
    assert "los" in text and "duurzaam" in text


def test_scenario_names_are_large_on_a3(scenario_map: ScenarioMap) -> None:
    data = render_scenario_map(scenario_map, MapOptions(paper="A3"))
    with plumber(data) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["size"])
    name_sizes = [w["size"] for w in words if w["text"] == "Scenario"]
    assert name_sizes and min(name_sizes) >= 18


def test_worksheets_per_participant(
    theme: Theme, deck: Deck, roles: tuple[Role, ...], school: School, participants: tuple[Participant, ...]
) -> None:
    data = render_worksheets(theme, card_lookup([deck]), roles, school, participants, DAY)
    text = all_text(data)
    for person in participants:
        assert person.name in text and person.role in text
    assert "De Proefschool" in text and "12 maart 2025" in text
    assert len(reader(data).pages) == 2 * 3  # three individual steps each
    for word in ("Weten", "Begrijpen", "Toepassen", "voldaan?", "ontwikkelpunt?", "Schoolopleider"):
        assert word in text


def test_blank_worksheets_and_vision_page(
    theme: Theme, deck: Deck, roles: tuple[Role, ...], school: School
) -> None:
    data = render_worksheets(
        theme,
        card_lookup([deck]),
        roles,
        school,
        (),
        DAY,
        WorksheetOptions(include_vision=True, blank_copies=2),
    )
    text = all_text(data)
    assert text.count("Visie van De Proefschool") == 2
    assert "Wij leren samen." in text
    assert len(reader(data).pages) == 2 * 4


def test_duplex_worksheets_start_each_set_on_a_front(
    theme: Theme, deck: Deck, roles: tuple[Role, ...], school: School, participants: tuple[Participant, ...]
) -> None:
    data = render_worksheets(
        theme, card_lookup([deck]), roles, school, participants, DAY, WorksheetOptions(duplex=True)
    )
    with plumber(data) as pdf:
        starts = [i for i, page in enumerate(pdf.pages) if "Jeroen Bakker" in (page.extract_text() or "")]
    assert starts[0] % 2 == 0


def test_room_follows_the_step(theme: Theme, deck: Deck, roles: tuple[Role, ...]) -> None:
    steps = theme.individual_steps()
    lookup = card_lookup([deck])
    rooms = [room_for(step, [lookup[str(ref)] for ref in step.cards], roles) for step in steps]
    assert rooms == [Room.ROLE_TABLE, Room.KNOW_UNDERSTAND_APPLY, Room.CHECKLIST]
    plain = Card("p", "P", "Alleen tekst.")
    assert room_for(steps[2], [plain], ()) is Room.LINES


def test_checklist_rows_come_from_the_card(
    theme: Theme, deck: Deck, roles: tuple[Role, ...], participants: tuple[Participant, ...]
) -> None:
    data = render_worksheets(theme, card_lookup([deck]), roles, None, participants[:1], None)
    with plumber(data) as pdf:
        checklist = pdf.pages[2].extract_text() or ""
    for item in ("Inhoudelijke focus", "Actief leren", "Tijd en faciliteiten", "Kenmerken"):
        assert item in checklist


def test_script_clock_times(theme: Theme, deck: Deck, school: School) -> None:
    rows = timeline(theme, dt.time(13, 30))
    starts = {part.number: begin for part, _, begin, _ in reversed(rows)}
    assert starts == {1: dt.time(13, 30), 2: dt.time(13, 55), 3: dt.time(14, 10)}
    data = render_script(theme, dt.time(13, 30), school, DAY, card_lookup([deck]))
    text = all_text(data).replace("\u00a0", " ")
    assert "14:10–14:30" in text
    assert "13:30–13:35" in text
    assert "Individueel op het" in text and "werkblad (5 min)" in text and "Collectief (10 min)" in text
    assert "optioneel (bij voldoende tijd)" in text
    assert "Zonder het optionele deel begint dit deel om 13:55." in text
    assert "Kaart 1 voor de co" in text  # the card step 3 uses
    for item in theme.materials:
        assert item in text


@pytest.mark.parametrize(("paper", "pages", "size_mm"), [("A3", 4, (297, 420)), ("A4-tiled", 8, (297, 210))])
def test_posters(school: School, paper: str, pages: int, size_mm: tuple[int, int]) -> None:
    data = render_posters("Professionaliseren", school, DAY, PosterOptions(paper=paper))  # type: ignore[arg-type]
    result = reader(data)
    assert len(result.pages) == pages
    for page in result.pages:
        assert float(page.mediabox.width) == pytest.approx(size_mm[0] * MM, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(size_mm[1] * MM, abs=0.01)
    text = all_text(data)
    for title in ("Sterke punten", "Ontwikkelpunten", "Inzichten", "Adviezen en ontwikkelstappen"):
        assert title in text
    assert "stap 8B" in text and "deel 1 en 2" in text and "deel 3: duiden" not in text
    assert "De Proefschool · 12 maart 2025" in text
    if paper == "A4-tiled":
        assert "vel 2 van 2" in text
        # The instructions sit in the strip of sheet 2 that is glued under sheet 1, not in the artwork.
        with plumber(data) as pdf:
            for number, page in enumerate(pdf.pages):
                words = [w for w in page.extract_words() if w["text"] in ("Knip", "plak")]
                if number % 2 == 0:
                    assert not words  # sheet 1 lies on top: no instructions on it
                else:
                    strip_bottom = 6 * MM + 12 * MM  # from the top edge: the 6 mm margin plus the overlap
                    assert words and all(w["bottom"] <= strip_bottom for w in words)


def test_part3_form_filled_in_blank_and_without_a_map(
    scenario_map: ScenarioMap, school: School, participants: tuple[Participant, ...], tmp_path: Path
) -> None:
    filled = render_part3_form("Professionaliseren", scenario_map, school, DAY, participants)
    text = all_text(filled)
    assert len(reader(filled).pages) == 1
    for expected in (
        "Deel 3 · Duiden opbrengsten",
        school.name,
        "12 maart 2025",
        participants[0].name,
        "1. In welk scenario bevindt de school zich?",
        "Waarom dit scenario?",
        "2. De eerste ontwikkelstap",
        "WIE",
        "WANNEER",
        "3. Welke ontwikkelpunten pakt deze stap aan?",
        "Welke sterke punten en inzichten helpen daarbij?",
        "4. Welke ondersteuning is daarbij nodig?",
    ):
        assert expected in text, expected
    for scenario in scenario_map.scenarios:
        assert scenario.name in text
    blank = render_part3_form(
        "Professionaliseren", scenario_map, school, DAY, participants, Part3Options(blank=True)
    )
    blank_text = all_text(blank)
    assert school.name not in blank_text and participants[0].name not in blank_text
    assert "12 maart 2025" not in blank_text and "SCHOOL" in blank_text
    assert "1 ____" in all_text(render_part3_form("Professionaliseren", None, None, None))
    assert ink_near_edges(filled, tmp_path) == []
