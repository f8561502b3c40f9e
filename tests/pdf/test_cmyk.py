"""Print-shop pages in CMYK: no RGB left, text and black on 100 % K, boxes kept, reproducible."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf.generic import ContentStream

from facilitator_app.core.models import Deck
from facilitator_app.pdf import CardOptions, render_cards
from facilitator_app.pdf.cmyk import rgb_to_cmyk
from facilitator_app.pdf.styles import INK, KIND_COLOURS
from tests.pdf.pdfutil import all_text, qpdf_check, reader

DAY = dt.date(2025, 3, 12)


def test_conversion_puts_text_and_greys_on_k() -> None:
    assert rgb_to_cmyk(INK.red, INK.green, INK.blue) == (0, 0, 0, 1)  # body text: 100 % K
    assert rgb_to_cmyk(0, 0, 0) == (0, 0, 0, 1)
    assert rgb_to_cmyk(1, 1, 1) == (0, 0, 0, 0)
    assert rgb_to_cmyk(0.5, 0.5, 0.5) == (0, 0, 0, 0.5)  # a neutral grey: K only
    strong = KIND_COLOURS["reflection"].strong
    c, _m, y, k = rgb_to_cmyk(strong.red, strong.green, strong.blue)
    assert c > 0.5 and y == 0 and 0 < k < 1


def test_shop_pages_in_cmyk(deck: Deck, tmp_path: Path) -> None:
    options = CardOptions(layout="shop", color="cmyk", footer_date=DAY)
    data = render_cards(deck, options)
    rgb = reader(render_cards(deck, CardOptions(layout="shop", footer_date=DAY)))
    pages = reader(data).pages
    assert len(pages) == len(rgb.pages)
    for page, original in zip(pages, rgb.pages, strict=True):
        assert [float(v) for v in page.trimbox] == [float(v) for v in original.trimbox]
        assert [float(v) for v in page.bleedbox] == [float(v) for v in original.bleedbox]
        operators = [op for _, op in ContentStream(page.get_contents(), reader(data)).operations]
        assert not {b"rg", b"RG", b"g", b"G", b"sc", b"scn"} & set(operators)
        assert b"k" in operators
    # Text is on the K plate: the fill before every text block of the body is 0 0 0 1.
    operations = ContentStream(pages[0].get_contents(), reader(data)).operations
    fills = [tuple(float(v) for v in operands) for operands, op in operations if op == b"k"]
    assert (0.0, 0.0, 0.0, 1.0) in fills
    assert data == render_cards(deck, options)  # reproducible
    assert "Kaart 1 voor de coördinator" in all_text(data)
    qpdf_check(data, tmp_path)


@pytest.mark.parametrize("layout", ["office"])
def test_office_sheets_stay_rgb(deck: Deck, layout: str) -> None:
    data = render_cards(deck, CardOptions(layout=layout, color="cmyk", footer_date=DAY))  # type: ignore[arg-type]
    operators = {op for _, op in ContentStream(reader(data).pages[0].get_contents(), reader(data)).operations}
    assert b"rg" in operators  # an office printer takes RGB; CMYK is for the shop
