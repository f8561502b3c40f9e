"""Cards: sizes, imposition, mirrored backs, bleed boxes, fitting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from facilitator_app.core.models import Card, Deck
from facilitator_app.pdf import CardOptions, CardOverflowError, check_fit, render_alignment_test, render_cards
from facilitator_app.pdf.cards import resolve_size
from facilitator_app.pdf.imposition import back_slot, office_grid
from tests.pdf.pdfutil import MM, all_text, char_sizes, plumber, reader

DAY = dt.date(2025, 3, 12)


def card_rects(data: bytes, page: int, width: float, height: float) -> list[tuple[float, float]]:
    """Centres (PDF coordinates, y up) of the full-card background rectangles on a page.

    ``width`` and ``height`` are the trim size; office backgrounds run 2.5 mm past it.
    """
    width, height = width + 5 * MM, height + 5 * MM
    with plumber(data) as pdf:
        p = pdf.pages[page]
        centres = {
            (round((r["x0"] + r["x1"]) / 2, 1), round(p.height - (r["top"] + r["bottom"]) / 2, 1))
            for r in p.rects
            if abs(r["width"] - width) < 0.05 and abs(r["height"] - height) < 0.05
        }
    return sorted(centres)


@pytest.mark.parametrize(
    ("size", "orientation", "expected_mm"),
    [
        ("A7", "portrait", (74, 105)),
        ("A6", "portrait", (105, 148)),
        ("A5", "landscape", (210, 148)),
        ((90, 60), "portrait", (60, 90)),
        ((90, 60), "landscape", (90, 60)),
    ],
)
def test_card_sizes(
    size: str | tuple[float, float], orientation: str, expected_mm: tuple[float, float]
) -> None:
    card = resolve_size(size, orientation)  # type: ignore[arg-type]
    assert card.width == pytest.approx(expected_mm[0] * MM)
    assert card.height == pytest.approx(expected_mm[1] * MM)


def test_default_size_is_the_decks(deck: Deck) -> None:
    assert resolve_size(None, "portrait", deck).label == "A6"
    assert resolve_size(None, "portrait", dataclasses.replace(deck, card_size="A5")).label == "A5"


@pytest.mark.parametrize(
    ("size", "paper", "count"), [("A7", "A4", 4), ("A6", "A4", 2), ("A5", "A4", 1), ("A6", "A3", 4)]
)
def test_grid_fits_margin_and_gap(size: str, paper: str, count: int) -> None:
    grid = office_grid(resolve_size(size), paper)
    assert grid.per_sheet == count
    left, bottom, right, top = grid.bounds
    edge = 6 * MM + 2.5 * MM - 0.01  # office margin plus the bleed around the grid
    assert left >= edge and bottom >= edge
    assert right <= grid.sheet_width - edge and top <= grid.sheet_height - edge
    assert left == pytest.approx(grid.sheet_width - right)  # centred
    assert bottom == pytest.approx(grid.sheet_height - top)
    assert grid.gap >= 6 * MM - 1e-6


def test_office_sheet_positions_and_long_edge_backs(deck: Deck) -> None:
    data = render_cards(deck, CardOptions(size="A7", footer_date=DAY))
    pages = reader(data).pages
    assert len(pages) == 4  # 5 cards, 4 per sheet: 2 sheets, front and back
    assert float(pages[0].mediabox.width) == pytest.approx(210 * MM, abs=0.01)
    assert float(pages[0].mediabox.height) == pytest.approx(297 * MM, abs=0.01)
    w, h = 74 * MM, 105 * MM
    grid = office_grid(resolve_size("A7"), "A4")
    fronts = card_rects(data, 0, w, h)
    backs = card_rects(data, 1, w, h)
    assert fronts == sorted((round(s.cx, 1), round(s.cy, 1)) for s in grid.slots)
    assert len(backs) == 4
    for (fx, fy), (bx, by) in zip(sorted(fronts), sorted(backs, key=lambda c: (-c[0], c[1])), strict=True):
        assert fx + bx == pytest.approx(grid.sheet_width, abs=0.2)
        assert fy == pytest.approx(by, abs=0.2)


def test_last_sheet_keeps_empty_slots(deck: Deck) -> None:
    data = render_cards(deck, CardOptions(size="A7", footer_date=DAY))
    grid = office_grid(resolve_size("A7"), "A4")
    w, h = 74 * MM, 105 * MM
    front = card_rects(data, 2, w, h)
    back = card_rects(data, 3, w, h)
    first = grid.slots[0]
    assert front == [(round(first.cx, 1), round(first.cy, 1))]
    assert back == [(round(grid.sheet_width - first.cx, 1), round(first.cy, 1))]


def test_short_edge_flip_mirrors_rows_and_offset_applies(deck: Deck) -> None:
    grid = office_grid(resolve_size("A7"), "A4")
    data = render_cards(
        deck,
        CardOptions(
            size="A7", flip="short", back_offset_mm=(1.5, -2.0), footer_date=DAY, card_keys=("kaart-1",)
        ),
    )
    (bx, by) = card_rects(data, 1, 74 * MM, 105 * MM)[0]
    first = grid.slots[0]
    assert first.cx + (bx - 1.5 * MM) == pytest.approx(2 * first.cx, abs=0.2)  # same column
    assert first.cy + (by + 2.0 * MM) == pytest.approx(grid.sheet_height, abs=0.2)  # rows mirrored
    slot = back_slot(grid, first, "long", (3.0, 1.0))
    assert slot.cx == pytest.approx(grid.sheet_width - first.cx + 3 * MM)
    assert slot.cy == pytest.approx(first.cy + 1 * MM)


def test_rotated_cards_on_a4(deck: Deck) -> None:
    grid = office_grid(resolve_size("A6"), "A4")
    assert grid.rotated and grid.per_sheet == 2
    assert {s.rotation for s in grid.slots} == {90}
    assert back_slot(grid, grid.slots[0], "long", (0, 0)).rotation == 270


def test_check_bar_and_hint_on_office_sheets(deck: Deck) -> None:
    data = render_cards(deck, CardOptions(size="A7", footer_date=DAY))
    text = all_text(data)
    assert "Afdrukken op 100 % (werkelijke grootte), niet 'passend maken'" in text
    assert "50 mm" in text
    with plumber(data) as pdf:
        bars = [r for r in pdf.pages[0].rects if abs(r["width"] - 50 * MM) < 0.05]
    assert bars


def test_crop_marks_stay_outside_cards(deck: Deck) -> None:
    data = render_cards(deck, CardOptions(size="A7", footer_date=DAY))
    grid = office_grid(resolve_size("A7"), "A4")
    boxes = [(s.cx - 37 * MM, s.cy - 52.5 * MM, s.cx + 37 * MM, s.cy + 52.5 * MM) for s in grid.slots]
    with plumber(data) as pdf:
        page = pdf.pages[0]
        lines = [ln for ln in page.lines if ln["stroking_color"] in ((0,), (0, 0, 0), [0], [0, 0, 0])]
        assert len(lines) == 2 * 8  # 4 cut lines each way, a mark at both ends
        for ln in lines:
            mx = (ln["x0"] + ln["x1"]) / 2
            my = page.height - (ln["top"] + ln["bottom"]) / 2
            for x0, y0, x1, y1 in boxes:
                assert not (x0 < mx < x1 and y0 < my < y1)


def test_shop_boxes_have_3mm_bleed(deck: Deck) -> None:
    data = render_cards(deck, CardOptions(size="A6", layout="shop", crop_marks=False, footer_date=DAY))
    pages = reader(data).pages
    assert len(pages) == 10  # front and back per card
    for page in pages:
        trim = [float(v) for v in page.trimbox]
        bleed = [float(v) for v in page.bleedbox]
        media = [float(v) for v in page.mediabox]
        assert trim[2] - trim[0] == pytest.approx(105 * MM, abs=0.01)
        assert trim[3] - trim[1] == pytest.approx(148 * MM, abs=0.01)
        assert trim[0] - bleed[0] == pytest.approx(3 * MM, abs=0.01)
        assert bleed[3] - trim[3] == pytest.approx(3 * MM, abs=0.01)
        assert media == pytest.approx(bleed, abs=0.01)
    # Backgrounds really reach into the bleed.
    with plumber(data) as pdf:
        back = pdf.pages[1]
        assert any(r["x0"] <= 0.01 and r["width"] >= (111 * MM) - 0.05 for r in back.rects)


def test_shop_crop_marks_lie_outside_the_bleed(deck: Deck) -> None:
    data = render_cards(deck, CardOptions(size="A6", layout="shop", footer_date=DAY, card_keys=("kaart-1",)))
    page = reader(data).pages[0]
    trim = [float(v) for v in page.trimbox]
    bleed = [float(v) for v in page.bleedbox]
    assert trim[0] - bleed[0] == pytest.approx(3 * MM, abs=0.01)
    assert float(page.mediabox.width) > bleed[2] - bleed[0]
    with plumber(data) as pdf:
        p = pdf.pages[0]
        for ln in p.lines:
            mx = (ln["x0"] + ln["x1"]) / 2
            my = p.height - (ln["top"] + ln["bottom"]) / 2
            assert not (bleed[0] < mx < bleed[2] and bleed[1] < my < bleed[3])


def test_overflow_names_deck_and_card(deck: Deck) -> None:
    long_card = Card(
        key="lang", title="Veel te lang", body=" ".join(["professionaliseringsactiviteiten"] * 900)
    )
    bad = Deck(key="vol", title="Volle stapel", kind="text", cards=(*deck.cards, long_card))
    # The cards that fit print; the one that does not is left out (and named by layout_deck).
    text = all_text(render_cards(bad, CardOptions(size="A7", backs=False)))
    assert "Kaart 5 voor de coördinator" in text and "Veel te lang" not in text
    alone = Deck(key="vol", title="Volle stapel", kind="text", cards=(long_card,))
    with pytest.raises(CardOverflowError) as info:
        render_cards(alone, CardOptions(size="A7"))
    assert "Veel te lang" in str(info.value) and "Volle stapel" in str(info.value)
    assert info.value.card_key == "lang" and info.value.deck_key == "vol"
    result = check_fit(bad, long_card, "A7")
    assert not result.fits and result.size is None and result.fill > 1
    ok = check_fit(deck, deck.cards[0], "A6")
    assert ok.fits and ok.size is not None and ok.size >= 9 and ok.fill <= 1


def test_larger_card_gets_larger_type(deck: Deck) -> None:
    small = check_fit(deck, deck.cards[0], "A7")
    large = check_fit(deck, deck.cards[0], "A5")
    assert small.size is not None and large.size is not None and large.size > small.size


def test_no_text_below_9pt_and_footer(deck: Deck) -> None:
    dense = Card(
        key="vol",
        title="Vol",
        body="\n".join(f"- Voorwaarde nummer {n} met wat uitleg erbij" for n in range(12)),
    )
    data = render_cards(
        Deck("d", "Dichte stapel", "text", (dense,), version=2),
        CardOptions(size="A7", layout="shop", footer_date=DAY),
    )
    sizes = char_sizes(data)
    assert sizes and min(sizes) >= 9 - 0.01
    text = all_text(data)
    assert "Dichte stapel" in text and "versie 2 · 12 maart 2025" in text


def test_long_compound_is_hyphenated_not_clipped(deck: Deck) -> None:
    card = Card(key="k", title="Woord", body="Het professionaliseringsactiviteitenoverzicht")
    data = render_cards(Deck("d", "Stapel", "text", (card,)), CardOptions(size="A7", backs=False))
    text = all_text(data).replace("-\n", "").replace("\n", " ")
    assert "professionaliseringsactiviteitenoverzicht" in text


def test_design_back_and_alignment_pages(design_deck: Deck) -> None:
    data = render_cards(design_deck, CardOptions(size="A6", alignment_page=True, footer_date=DAY))
    pages = reader(data).pages
    assert len(pages) == 4  # alignment front/back, one sheet front/back
    text = all_text(data)
    assert "Uitlijntest – voorkant" in text and "Uitlijntest – achterkant" in text
    assert "Ontwerpstapel" in text
    assert len(reader(render_alignment_test(design_deck)).pages) == 2


def test_copies_repeat_cards(deck: Deck) -> None:
    data = render_cards(deck, CardOptions(size="A7", copies=2, card_keys=("kaart-1",), backs=False))
    assert all_text(data).count("Kaart 1 voor de coördinator") == 2
