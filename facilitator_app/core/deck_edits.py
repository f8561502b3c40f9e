"""The rules of editing an own deck: its properties and its cards (add, copy, move, delete, put back).

Pure functions on :class:`Deck`, addressed by 0-based card position (a card's
key may not be unique while the user types). Each returns the changed deck,
with the position of the card the edit is about where the editor needs it, or
raises an :mod:`.edit_errors` error.
"""

from __future__ import annotations

from dataclasses import replace

from . import list_edits as lists
from .cardfiles import CARD_SIZES
from .edit_errors import EditCode, InvalidEditError, MissingItemError, ShapeError
from .models import Card, Deck

NEW_CARD_TITLE = "Nieuwe kaart"
NEW_CARD_BODY = "Schrijf hier de tekst van de kaart."


def card_at(deck: Deck, index: int) -> Card:
    if not 0 <= index < len(deck.cards):
        raise MissingItemError(EditCode.NO_SUCH_CARD, card_number=index + 1, deck_title=deck.title)
    return deck.cards[index]


def set_properties(deck: Deck, *, title: str | None = None, card_size: str | None = None) -> Deck:
    """The deck with a new title and/or the card size it is designed and printed at (A7, A6, A5)."""
    changed = deck
    if title is not None:
        if not title.strip():
            raise InvalidEditError(EditCode.DECK_WITHOUT_TITLE)
        changed = replace(changed, title=title.strip())
    if card_size is not None:
        if card_size not in CARD_SIZES:
            raise InvalidEditError(EditCode.UNKNOWN_CARD_SIZE, card_size=card_size, sizes=CARD_SIZES)
        changed = replace(changed, card_size=card_size)
    return changed


def save_card(deck: Deck, index: int, card: Card) -> Deck:
    """``card`` in place of the one at ``index``; that card's id and key stay."""
    old = card_at(deck, index)
    return replace(deck, cards=lists.replaced(deck.cards, index, replace(card, id=old.id, key=old.key)))


def add_card(deck: Deck, after: int | None = None) -> tuple[Deck, int]:
    """A new card after position ``after`` (at the end when None); returns the deck and its position."""
    at = lists.position_after(len(deck.cards), after)
    card = Card(key=_free_card_key(deck, "kaart"), title=NEW_CARD_TITLE, body=NEW_CARD_BODY, kind=deck.kind)
    return replace(deck, cards=lists.inserted(deck.cards, at, card)), at


def insert_card(deck: Deck, index: int, card: Card) -> tuple[Deck, int]:
    """``card`` back at ``index`` (clamped), as undo of a delete; a key taken meanwhile gets a suffix."""
    at = max(0, min(index, len(deck.cards)))
    taken = {other.key for other in deck.cards}
    key = card.key if card.key not in taken else lists.free_key(card.key, taken)
    return replace(deck, cards=lists.inserted(deck.cards, at, replace(card, key=key))), at


def duplicate_card(deck: Deck, index: int) -> tuple[Deck, int]:
    """A copy of the card at ``index`` right after it; returns the deck and the copy's position."""
    original = card_at(deck, index)
    copy = replace(original, id="", key=_free_card_key(deck, f"{original.key}-kopie"))
    return replace(deck, cards=lists.inserted(deck.cards, index + 1, copy)), index + 1


def move_card(deck: Deck, index: int, delta: int) -> tuple[Deck, int]:
    """Move the card ``delta`` places (clamped to the deck); returns the deck and the new position."""
    card_at(deck, index)
    cards, at = lists.moved(deck.cards, index, index + delta)
    return replace(deck, cards=cards), at


def delete_card(deck: Deck, index: int) -> Deck:
    card_at(deck, index)
    if len(deck.cards) == 1:
        raise ShapeError(EditCode.LAST_CARD)
    return replace(deck, cards=lists.removed(deck.cards, index))


def own_copy(deck: Deck, key: str, title: str) -> Deck:
    """An editable copy (or an imported deck): no provenance, no ids (the store gives new ones)."""
    return replace(
        deck,
        id="",
        key=key,
        title=title,
        builtin=None,
        cards=tuple(replace(card, id="") for card in deck.cards),
    )


def _free_card_key(deck: Deck, base: str) -> str:
    return lists.free_key(base, {card.key for card in deck.cards})
