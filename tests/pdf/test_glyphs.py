"""What Dutch users paste from Word, mail and chat prints as something sensible, never as a box."""

from __future__ import annotations

import pytest

from facilitator_app.core.models import Card, Deck
from facilitator_app.pdf import CardOptions, fonts, render_cards, sanitize
from tests.pdf.pdfutil import all_text

PASTED = [
    ("Jansen\u2011de Vries", "Jansen-de Vries"),  # non-breaking hyphen from Word
    ("10\u202f%", "10\u202f%"),  # narrow no-break space: the font has it
    ("\u00a0nbsp", "\u00a0nbsp"),
    (
        "\u2018enkel\u2019 en \u201cdubbel\u201d, \u201elaag\u201d",
        "\u2018enkel\u2019 en \u201cdubbel\u201d, \u201elaag\u201d",
    ),
    ("en zo\u2026", "en zo\u2026"),
    (
        "\u2022 punt \u25e6 sub \u25aa blok \u2023 pijl \u2043 streep",
        "\u2022 punt \u25e6 sub \u25aa blok \u2022 pijl \u2013 streep",
    ),
    ("8\u201310 uur \u2014 pauze", "8\u201310 uur \u2014 pauze"),
    ("\u20ac 12,50", "\u20ac 12,50"),
    ("\ufb01ets \ufb02es \ufb00 \ufb03 \ufb04", "fiets fles ff ffi ffl"),
    ("\u2713 klaar \u2714 \u2705 \u2717 \u274c", "\u221a klaar \u221a \u221a \u00d7 \u00d7"),
    ("\u2610 open \u2611 af \u2612 niet", "[ ] open [\u221a] af [\u00d7] niet"),
    ("\u27a1 volgende \U0001f449 hier", "\u2192 volgende \u2192 hier"),
    ("\U0001f44d\U0001f3fd top \U0001f642 \U0001f60a \U0001f600 \U0001f609", "(+) top :-) :-) :-D ;-)"),
    ("\u2b50\u2605 \u2764\ufe0f", "** <3"),
    ("\U0001f4a1 idee", "(!) idee"),
    ("\uff21\uff22 \u2460", "AB \u2460"),  # full-width letters; a circled digit the font has
]


@pytest.mark.parametrize(("pasted", "printed"), PASTED, ids=[p for p, _ in PASTED])
def test_pasted_characters_print_as_a_close_equivalent(pasted: str, printed: str) -> None:
    cleaned = sanitize(pasted)
    assert cleaned == printed
    assert fonts.placeholder() not in cleaned
    assert all(ord(ch) in fonts.covered() for ch in cleaned)


def test_every_replacement_in_the_table_is_printable() -> None:
    for char, options in fonts.FALLBACK.items():
        assert options, char
        assert all(ord(c) in fonts.covered() for c in sanitize(char)), hex(ord(char))
        assert sanitize(char) != fonts.placeholder(), hex(ord(char))


def test_a_pasted_name_prints_without_a_box() -> None:
    card = Card(key="n", title="Anne\u2011Marie van Dijk\u2011Jansen", body="\n".join(p for p, _ in PASTED))
    data = render_cards(
        Deck("n", "Stapel", "text", (card,)), CardOptions(size="A5", layout="shop", backs=False)
    )
    text = all_text(data)
    assert "Anne-Marie van Dijk-Jansen" in text
    assert "[ ] open" in text and "\u25a1" not in text
