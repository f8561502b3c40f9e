"""One card as the editor previews it: front and back at trim size, from the print code.

The preview uses the very functions the deck print uses (:func:`.cards.layout_front`,
:func:`.cards.draw_front`, :func:`.cards.draw_back`), so what the facilitator
sees is what will be printed: every front ("1/2", "2/2" when the text runs
over more cards), then the back. A card that does not fit at the minimum size is still
shown, with as much of its text as fits, and reported as not fitting.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, replace

from facilitator_app.core.models import Card, Deck
from facilitator_app.pdf.cards import (
    CardSize,
    back_fits,
    card_fronts,
    check_fit,
    draw_back,
    draw_front,
    resolve_size,
)
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.fit import CardOverflowError

__all__ = ["CardPreview", "overflowing_cards", "render_card_preview"]

# Enough halvings to find the cut to within a word or two on any real card.
_MAX_TRIES = 12


@dataclass(frozen=True)
class CardPreview:
    """The preview PDF (the fronts, then the back) and whether the card's own text fits."""

    pdf: bytes
    fits: bool
    truncated: bool = False  # the PDF shows a shortened text because the full one does not fit


def _longest_fitting(words: list[str], fits: Callable[[str], bool], estimate: int) -> str:
    """The longest prefix of ``words`` that still fits, found by binary search around ``estimate``."""
    low, high = 0, len(words)  # words[:low] fits (or is empty), words[:high] does not
    guess = estimate
    for _ in range(_MAX_TRIES):
        if high - low <= 1:
            break
        middle = guess if low < guess < high else (low + high) // 2
        guess = -1
        if fits(" ".join(words[:middle]) + " …"):
            low = middle
        else:
            high = middle
    return " ".join(words[:low]) + " …" if low else "…"


def _shortened(deck: Deck, card: Card, size: CardSize, fill: float) -> Card:
    """The card with its body (and back text) cut to what fits, so the preview can still draw it."""
    words = card.body.replace("\n", " \n").split(" ")

    def body_fits(body: str) -> bool:
        return check_fit(deck, replace(card, body=body.replace(" \n", "\n")), size).fits

    estimate = int(len(words) / fill) if fill > 0 and fill != float("inf") else len(words) // 2
    shortened = replace(card, body=_longest_fitting(words, body_fits, estimate).replace(" \n", "\n"))
    if not check_fit(deck, shortened, size).fits:
        shortened = replace(shortened, title=shortened.title[:60], source="")
    return shortened


def _draw(deck: Deck, card: Card, size: CardSize, footer_date: dt.date | None) -> bytes:
    buffer = io.BytesIO()
    meta = Metadata(title=f"{card.title} – voorbeeld", subject=f"Kaart uit ‘{deck.title}’")
    canvas = new_canvas(buffer, (size.width, size.height), meta)
    for front in card_fronts(deck, card, size):
        draw_front(canvas, deck, card, size, front, footer_date=footer_date)
        canvas.showPage()
    try:
        draw_back(canvas, deck, card, size)
    except CardOverflowError:
        draw_back(canvas, deck, replace(card, back=""), size)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_card_preview(deck: Deck, card: Card, footer_date: dt.date | None = None) -> CardPreview:
    """The fronts and the back of ``card`` at the deck's card size, no bleed or marks."""
    size = resolve_size(None, "portrait", deck)
    result = check_fit(deck, card, size)
    fits = result.fits and back_fits(deck, card, size)
    drawn = card if result.fits else _shortened(deck, card, size, result.fill)
    try:
        pdf = _draw(deck, drawn, size, footer_date)
    except CardOverflowError:
        # Even the shortened text cannot be placed (a title far too long): show the bare card.
        pdf = _draw(
            deck, replace(drawn, title=drawn.title[:30] + " …", body="…", source=""), size, footer_date
        )
    return CardPreview(pdf=pdf, fits=fits, truncated=not result.fits)


def overflowing_cards(deck: Deck) -> frozenset[str]:
    """The keys of the cards whose front or back does not fit at the minimum size."""
    size = resolve_size(None, "portrait", deck)
    return frozenset(
        card.key
        for card in deck.cards
        if not check_fit(deck, card, size).fits or not back_fits(deck, card, size)
    )
