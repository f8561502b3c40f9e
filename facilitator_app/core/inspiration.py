"""Finding inspiration cards: by sector (po, vo, mbo), by what a card tackles, and by words.

Plain functions over :class:`~.models.Card`, so the decks page and the
part-3 board filter the same way (see ``ui/inspiration_filter.py``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from .models import SECTORS, Card

__all__ = ["matches", "sectors", "topics"]


def _plain(text: str) -> str:
    """Lower case without diacritics, so "coordinator" finds "coördinator"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def sectors(cards: Iterable[Card]) -> list[str]:
    """The sectors the cards are tagged with, in the usual order (po, vo, mbo)."""
    found = {sector for card in cards for sector in card.sectors}
    return [sector for sector in SECTORS if sector in found]


def topics(cards: Iterable[Card]) -> list[str]:
    """What the cards tackle, each once, alphabetically."""
    return sorted({tag for card in cards for tag in card.tags}, key=_plain)


def matches(card: Card, *, sector: str = "", topic: str = "", query: str = "") -> bool:
    """Whether ``card`` fits the chosen sector and topic and contains every word of ``query``.

    An empty choice lets every card through. A card without sector tags fits
    every sector (nobody said it does not).
    """
    if sector and card.sectors and sector not in card.sectors:
        return False
    if topic and topic not in card.tags:
        return False
    text = _plain(" ".join((card.title, card.subtitle, card.body, card.source, *card.tags, *card.sectors)))
    return all(word in text for word in _plain(query).split())
