"""Small, self-made data for the PDF tests (no database, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.core.models import (
    BackStyle,
    Card,
    CardRef,
    Deck,
    Mode,
    Part,
    Participant,
    Role,
    Scenario,
    ScenarioMap,
    School,
    Step,
    Theme,
    TimeBox,
)
from facilitator_app.pdf import SessionPrint

DAY = dt.date(2025, 3, 12)


@pytest.fixture
def deck() -> Deck:
    cards = tuple(
        Card(
            key=f"kaart-{n}",
            title=f"Kaart {n} voor de coördinator",
            subtitle="Reflectiekaart",
            body=(
                "Wat moet je **weten** en *begrijpen*? Een ‘eerste’ stap – één idee.\n\n"
                "## Kenmerken\n- Inhoudelijke focus\n- Actief leren\n- Tijd en faciliteiten"
            ),
            source="Bron: Desimone (2009).",
        )
        for n in range(1, 6)
    )
    return Deck(key="proef", title="Proefstapel", kind="reflection", cards=cards, version=3)


@pytest.fixture
def theme() -> Theme:
    return Theme(
        key="professionaliseren",
        title="Professionaliseren",
        goals=("Deelnemers kunnen het aanbod duiden.", "Deelnemers benoemen de voorwaarden."),
        preparation="Lees de visie van de school.",
        materials=("Werkbladen", "Reflectiekaarten", "Pennen"),
        parts=(
            Part(
                1,
                "Aanbod en competenties",
                False,
                (
                    TimeBox(
                        Mode.INDIVIDUAL,
                        5,
                        (Step(1, "Breng voor je eigen rol de vormen van professionalisering in kaart."),),
                    ),
                    TimeBox(Mode.COLLECTIVE, 5, (Step(2, "Wissel jullie antwoorden uit."),)),
                    TimeBox(
                        Mode.INDIVIDUAL,
                        5,
                        (
                            Step(
                                3,
                                "Wat moet je weten, begrijpen of kunnen toepassen?",
                                (CardRef("proef", "kaart-1"),),
                            ),
                        ),
                    ),
                    TimeBox(Mode.COLLECTIVE, 10, (Step(4, "Wissel uit."), Step(5, "Sluit het aanbod aan?"))),
                ),
            ),
            Part(
                2,
                "Voorwaarden",
                True,
                (
                    TimeBox(
                        Mode.INDIVIDUAL,
                        5,
                        (Step(6, "Wordt aan de voorwaarden voldaan?", (CardRef("proef", "kaart-2"),)),),
                    ),
                    TimeBox(
                        Mode.COLLECTIVE,
                        10,
                        (Step(7, "Wissel de antwoorden uit."), Step(8, "Welke adviezen?")),
                    ),
                ),
            ),
            Part(
                3,
                "Duiden opbrengsten",
                False,
                (TimeBox(Mode.COLLECTIVE, 20, (Step(None, "In welk scenario bevindt de school zich?"),)),),
            ),
        ),
    )


@pytest.fixture
def roles() -> tuple[Role, ...]:
    return (Role("schoolopleider", "Schoolopleider"), Role("werkplekbegeleider", "Werkplekbegeleider"))


@pytest.fixture
def school() -> School:
    return School(name="De Proefschool", vision="Wij leren **samen**.\n\n## Afspraken\n- Iedereen leert.")


@pytest.fixture
def scenario_map() -> ScenarioMap:
    return ScenarioMap(
        key="kaart",
        title="Scenariokaart",
        intro="Waar staan we?",
        axis_from="los",
        axis_to="duurzaam",
        scenarios=tuple(
            Scenario(f"s{n}", f"Scenario {n}", f"Beschrijving van scenario {n}.", ("Teken één", "Teken twee"))
            for n in range(1, 5)
        ),
    )


@pytest.fixture
def participants() -> tuple[Participant, ...]:
    return (Participant("Anouk de Vries", "Werkplekbegeleider"), Participant("Jeroen Bakker", "Schoolleider"))


@pytest.fixture
def design_deck(deck: Deck) -> Deck:
    return Deck(
        key="ontwerp", title="Ontwerpstapel", kind="recipe", cards=deck.cards[:2], back_style=BackStyle.DESIGN
    )


@pytest.fixture(scope="module")
def session() -> SessionPrint:
    """A session of the built-in theme, decks and map: the print set as the app makes it."""
    catalogue = load_catalogue(resources.cards_dir())
    return SessionPrint(
        catalogue.themes[0],
        catalogue.decks,
        catalogue.scenario_maps[0],
        catalogue.roles,
        catalogue.schools[0],
        (Participant("Anouk de Vries", "Werkplekbegeleider"), Participant("Bram Jansen", "Schoolleider")),
        dt.date(2025, 3, 12),
        dt.time(13, 30),
    )
