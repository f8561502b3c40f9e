"""A bulleted or numbered item wraps under its own text: the first line starts where the next ones do."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator_app import resources
from facilitator_app.core.models import Card, Deck
from facilitator_app.pdf import CardOptions, render_cards, render_script
from tests.pdf.pdfutil import plumber

cardfiles = pytest.importorskip("facilitator_app.core.cardfiles")
LONG = "een lange zin die zeker over meer dan één regel doorloopt op deze kaart, met nog wat woorden erbij"


def text_x_after_marker(data: bytes, marker: str) -> list[tuple[float, float]]:
    """For each line starting with ``marker``: (x of the word after it, x of the next line's first word)."""
    pairs = []
    with plumber(data) as pdf:
        for page in pdf.pages:
            words = page.extract_words(use_text_flow=True)
            for index, word in enumerate(words[:-1]):
                if word["text"] != marker:
                    continue
                after = words[index + 1]
                following = [w for w in words if w["top"] > after["bottom"] + 0.5]
                if following:
                    top = min(f["top"] for f in following)
                    first = min((w for w in following if abs(w["top"] - top) < 1), key=lambda w: w["x0"])
                    pairs.append((float(after["x0"]), float(first["x0"])))
    return pairs


@pytest.mark.parametrize("size", ["A7", "A6", "A5"])
def test_card_bullets_and_numbers_hang(size: str) -> None:
    for body, marker in ((f"- {LONG}", "•"), ("\n".join(f"{n}. {LONG}" for n in range(1, 11)), "10.")):
        card = Card(key="k", title="Lijst", body=body)
        data = render_cards(
            Deck("d", "Stapel", "text", (card,)), CardOptions(size=size, layout="shop", backs=False)
        )
        pairs = text_x_after_marker(data, marker)
        assert pairs, (size, marker)
        for first, wrapped in pairs[:1]:
            assert first == pytest.approx(wrapped, abs=0.15), (size, marker, first, wrapped)


def test_script_part3_bullets_hang() -> None:
    theme = cardfiles.load_catalogue(resources.cards_dir()).themes[0]
    data = render_script(theme, dt.time(13, 30), None, dt.date(2025, 3, 12))
    with plumber(data) as pdf:
        pages = len(pdf.pages)
    found = False
    for page in range(pages):
        with plumber(data) as pdf:
            words = pdf.pages[page].extract_words(use_text_flow=True)
        for index, word in enumerate(words[:-1]):
            if word["text"] == "•":
                after = words[index + 1]
                below = [
                    w for w in words if 0.5 < w["top"] - after["top"] < after["bottom"] - after["top"] + 6
                ]
                below = [w for w in below if w["x0"] > word["x1"] - 1 and w["x0"] < after["x0"] + 60]
                if below:
                    found = True
                    assert min(w["x0"] for w in below) == pytest.approx(after["x0"], abs=0.15)
    assert found


def test_scenario_map_signs_hang() -> None:
    from facilitator_app.pdf import MapOptions, render_scenario_map

    data = render_scenario_map(cardfiles.load_catalogue(resources.cards_dir()).scenario_maps[0], MapOptions())
    checked = 0
    with plumber(data) as pdf:
        words = pdf.pages[0].extract_words(use_text_flow=True)
    for index, word in enumerate(words[:-1]):
        if word["text"] != "•":
            continue
        after = words[index + 1]
        line = after["bottom"] - after["top"]
        below = [
            w
            for w in words
            if 0.5 < w["top"] - after["top"] < 2 * line and word["x0"] - 2 < w["x0"] < after["x0"] + 40
        ]
        if below and all(w["text"] != "•" for w in below):
            checked += 1
            assert min(w["x0"] for w in below) == pytest.approx(after["x0"], abs=0.15)
    assert checked
