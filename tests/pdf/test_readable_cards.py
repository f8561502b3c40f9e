"""Cards are read at arm's length by a group: no text on a card below 9 pt.

Iterates over whatever the built-in ``cards/`` holds, so the test keeps
guarding when the content grows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator_app import resources
from facilitator_app.core.models import Card, Deck
from facilitator_app.pdf import CardOptions, render_cards
from facilitator_app.pdf.cards import layout_deck, resolve_size
from facilitator_app.pdf.fit import CARD_MIN_SIZE, MAX_PARTS
from facilitator_app.pdf.imposition import office_grid
from tests.pdf.pdfutil import all_text, text_runs

cardfiles = pytest.importorskip("facilitator_app.core.cardfiles")
DAY = dt.date(2025, 3, 12)
BUILTIN = cardfiles.load_catalogue(resources.cards_dir()).decks


def card_runs(deck: Deck, options: CardOptions) -> list[tuple[str, float]]:
    """(text, rendered size) of every run that lies on a card of the office sheets."""
    grid = office_grid(resolve_size(options.size, options.orientation, deck), options.paper)
    fw, fh = grid.footprint
    found: list[tuple[str, float]] = []
    for runs in text_runs(render_cards(deck, options)):
        for text, size, x, y in runs:
            if any(abs(x - s.cx) <= fw / 2 and abs(y - s.cy) <= fh / 2 for s in grid.slots):
                found.append((text, size))
    return found


@pytest.mark.parametrize("deck", BUILTIN, ids=[deck.key for deck in BUILTIN])
def test_every_text_run_on_builtin_cards_is_at_least_9pt(deck: Deck) -> None:
    options = CardOptions(footer_date=DAY)  # the deck's default size, office sheets (cards turned)
    runs = card_runs(deck, options)
    assert runs
    small = sorted(
        {(round(size, 2), text.strip()[:40]) for text, size in runs if size < CARD_MIN_SIZE - 0.01}
    )
    assert not small, f"text below {CARD_MIN_SIZE:g} pt on {deck.key}: {small[:5]}"
    # Every card printed, each at the deck's one body size (a long text continues on "1/2", "2/2").
    layout = layout_deck(deck, resolve_size(None, "portrait", deck))
    assert not layout.unfit, [card.key for card, _ in layout.unfit]
    assert layout.body_size >= CARD_MIN_SIZE
    assert {front.body.size for laid in layout.cards for front in laid.fronts} == {layout.body_size}
    for laid in layout.cards:
        assert len(laid.fronts) <= MAX_PARTS
    # Shop pages hold nothing but the card: every run counts there.
    shop = text_runs(render_cards(deck, CardOptions(layout="shop", footer_date=DAY)))
    assert min(size for runs in shop for _, size, _, _ in runs) >= CARD_MIN_SIZE - 0.01


def test_a_long_card_continues_on_a_second_card_at_the_deck_size() -> None:
    short = Card(key="kort", title="Kort", body="Een korte tekst.")
    long_body = "\n\n".join(
        f"## Deel {n}\n" + "\n".join(f"- Punt {n}.{m} met een zin uitleg erbij" for m in range(6))
        for n in range(5)
    )
    long = Card(key="lang", title="Lang", subtitle="Reflectiekaart", body=long_body)
    deck = Deck(key="d", title="Stapel", kind="reflection", cards=(short, long))
    layout = layout_deck(deck, resolve_size("A6"))
    fronts = layout.fronts("lang")
    assert len(fronts) == 2 and layout.body_size == CARD_MIN_SIZE
    assert layout.fronts("kort")[0].body.size == layout.body_size  # one body size per deck
    data = render_cards(deck, CardOptions(size="A6", layout="shop", backs=False))
    text = all_text(data)
    assert "REFLECTIEKAART · 1/2" in text and "REFLECTIEKAART · 2/2" in text
    for n in range(5):  # nothing lost at the split
        assert f"Punt {n}.5" in text
    # A heading never ends a part: it moves on with its text.
    for front in fronts:
        assert front.body.flowables[-1].style.name != "heading"


def test_card_a_at_a7_is_left_out_and_named_never_shrunk() -> None:
    """Reflection card A (weten/begrijpen/toepassen per role) does not fit A7: it is left out with the
    size it needs, and nothing on the A7 sheets falls below the card minimum."""
    deck = next(deck for deck in BUILTIN if deck.key == "reflectiekaarten")
    card_a = next(card for card in deck.cards if card.key == "competenties")
    layout = layout_deck(deck, resolve_size("A7", "portrait", deck))
    assert [card.key for card, _ in layout.unfit] == [card_a.key]
    options = CardOptions(size="A7", footer_date=DAY)
    runs = card_runs(deck, options)
    assert runs and min(size for _, size in runs) >= CARD_MIN_SIZE - 0.01
    text = all_text(render_cards(deck, options))
    assert card_a.title not in text.replace("\n", " ") and "REFLECTIEKAART B" in text
