"""Office sheets as a printer and a guillotine see them: bleed past the trim, nothing at the edge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator_app.core.models import Deck, Participant, Role, ScenarioMap, School, Theme
from facilitator_app.pdf import (
    CardOptions,
    MapOptions,
    PosterOptions,
    render_cards,
    render_posters,
    render_scenario_map,
    render_script,
    render_worksheets,
)
from facilitator_app.pdf.cards import resolve_size
from facilitator_app.pdf.imposition import back_slot, office_grid
from tests.pdf.pdfutil import MM, ink_near_edges, plumber

DAY = dt.date(2025, 3, 12)
WHITE = ((1,), (1, 1, 1), [1], [1, 1, 1], (1.0,), (1.0, 1.0, 1.0))


def coloured_rects(data: bytes, page: int) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) in PDF coordinates of every filled, non-white rectangle on a page."""
    with plumber(data) as pdf:
        p = pdf.pages[page]
        return [
            (r["x0"], p.height - r["bottom"], r["x1"], p.height - r["top"])
            for r in p.rects
            if r.get("fill") and r.get("non_stroking_color") not in WHITE
        ]


@pytest.mark.parametrize(("size", "landscape"), [("A7", False), ("A6", False), ("A5", False), ("A6", True)])
def test_office_backgrounds_reach_past_the_trim(deck: Deck, size: str, landscape: bool) -> None:
    options = CardOptions(size=size, orientation="landscape" if landscape else "portrait", footer_date=DAY)
    data = render_cards(deck, options)
    grid = office_grid(resolve_size(size, options.orientation), "A4")
    fw, fh = grid.footprint
    reach = 2 * MM - 0.01
    for slot in grid.slots:
        # The solid back covers the card and at least 2 mm around it.
        back = back_slot(grid, slot, "long", (0, 0))
        x0, y0, x1, y1 = back.cx - fw / 2, back.cy - fh / 2, back.cx + fw / 2, back.cy + fh / 2
        rects = coloured_rects(data, 1)
        assert any(
            r[0] <= x0 - reach and r[1] <= y0 - reach and r[2] >= x1 + reach and r[3] >= y1 + reach
            for r in rects
        ), (size, slot)
        # The front's header band runs 2 mm past the trim on its three outer sides.
        x0, y0, x1, y1 = slot.cx - fw / 2, slot.cy - fh / 2, slot.cx + fw / 2, slot.cy + fh / 2
        past = [
            sum((r[0] <= x0 - reach, r[1] <= y0 - reach, r[2] >= x1 + reach, r[3] >= y1 + reach))
            for r in coloured_rects(data, 0)
            if r[0] < x1 and r[2] > x0 and r[1] < y1 and r[3] > y0
        ]
        assert max(past) >= 3, (size, slot)
    # Between two cards a sliver stays white: the bleeds never overlap.
    assert grid.gap - 2 * 2.5 * MM >= 0.9 * MM


@pytest.mark.parametrize("size", ["A7", "A6", "A5"])
def test_crop_marks_lie_outside_every_bleed(deck: Deck, size: str) -> None:
    data = render_cards(deck, CardOptions(size=size, footer_date=DAY))
    grid = office_grid(resolve_size(size), "A4")
    fw, fh = grid.footprint
    bleed = 2.5 * MM
    with plumber(data) as pdf:
        page = pdf.pages[0]
        marks = [ln for ln in page.lines if ln["stroking_color"] in ((0,), (0, 0, 0), [0], [0, 0, 0])]
        assert marks
        for ln in marks:
            for x, y in ((ln["x0"], page.height - ln["top"]), (ln["x1"], page.height - ln["bottom"])):
                for slot in grid.slots:
                    inside = abs(x - slot.cx) < fw / 2 + bleed and abs(y - slot.cy) < fh / 2 + bleed
                    assert not inside, (size, x / MM, y / MM)


@pytest.mark.parametrize("size", ["A7", "A6", "A5"])
def test_card_sheets_keep_6mm_from_every_edge(deck: Deck, size: str, tmp_path: Path) -> None:
    data = render_cards(deck, CardOptions(size=size, footer_date=DAY, alignment_page=True))
    assert ink_near_edges(data, tmp_path) == []


def test_documents_keep_6mm_from_every_edge(
    theme: Theme,
    deck: Deck,
    roles: tuple[Role, ...],
    school: School,
    participants: tuple[Participant, ...],
    scenario_map: ScenarioMap,
    tmp_path: Path,
) -> None:
    cards = {f"{deck.key}/{card.key}": card for card in deck.cards}
    items = {
        "script": render_script(theme, dt.time(13, 30), school, DAY, cards),
        "worksheets": render_worksheets(theme, cards, roles, school, participants, DAY),
        "map A4": render_scenario_map(scenario_map, MapOptions(paper="A4", footer_date=DAY)),
        "map A3": render_scenario_map(scenario_map, MapOptions(paper="A3", footer_date=DAY)),
        "posters A3": render_posters(theme.title, school, DAY, PosterOptions(paper="A3")),
        "posters tiled": render_posters(theme.title, school, DAY, PosterOptions(paper="A4-tiled")),
    }
    for name, data in items.items():
        assert ink_near_edges(data, tmp_path) == [], name
