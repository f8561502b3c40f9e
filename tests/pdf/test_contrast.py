"""Every coloured heading and label, on cards and on the scenario map, reads at 4.5:1 or better."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from facilitator_app import resources
from facilitator_app.core.models import BackStyle, Card, Deck, Scenario
from facilitator_app.pdf import CardOptions, MapOptions, render_cards, render_scenario_map
from facilitator_app.pdf.styles import KIND_COLOURS, MIN_CONTRAST
from tests.pdf.pdfutil import rendered_contrasts

cardfiles = pytest.importorskip("facilitator_app.core.cardfiles")
CATALOGUE = cardfiles.load_catalogue(resources.cards_dir())


def too_faint(data: bytes, tmp_path: Path) -> list[tuple[str, float, int]]:
    return [run for run in rendered_contrasts(data, tmp_path) if run[1] < MIN_CONTRAST - 0.05]


@pytest.mark.parametrize("deck", CATALOGUE.decks, ids=[d.key for d in CATALOGUE.decks])
def test_builtin_cards_front_and_back(deck: Deck, tmp_path: Path) -> None:
    assert too_faint(render_cards(deck, CardOptions(layout="shop")), tmp_path) == []


@pytest.mark.parametrize("kind", sorted(KIND_COLOURS))
@pytest.mark.parametrize("back", list(BackStyle))
def test_every_kind_of_card_and_back(kind: str, back: BackStyle, tmp_path: Path) -> None:
    card = Card(
        key="k",
        title="Een titel",
        subtitle="Een label",
        kind=kind,
        body="## Kop\n- punt\n\nTekst.",
        back="Achterkant",
        source="Bron: iemand (2020).",
    )
    deck = Deck(key="d", title="Stapel", kind=kind, cards=(card,), back_style=back)
    assert too_faint(render_cards(deck, CardOptions(layout="shop")), tmp_path) == []


@pytest.mark.parametrize("paper", ["A3", "A4"])
@pytest.mark.parametrize("count", [2, 3, 4, 5, 6])
def test_scenario_map_headings_and_numbers(paper: str, count: int, tmp_path: Path) -> None:
    base = CATALOGUE.scenario_maps[0]
    scenarios = tuple(
        Scenario(key=f"s{n}", name=f"Scenario {n}", description="Kort.", signs=("teken",))
        for n in range(1, count + 1)
    )
    for scenario_map in (base, dataclasses.replace(base, scenarios=scenarios)):
        data = render_scenario_map(scenario_map, MapOptions(paper=paper))  # type: ignore[arg-type]
        assert too_faint(data, tmp_path) == [], scenario_map.title
