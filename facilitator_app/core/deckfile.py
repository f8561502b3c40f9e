"""Write a deck as a TOML file in the ``cards/`` format, to share it with another facilitator.

:func:`deck_to_toml` is the exact inverse of :func:`.cardfiles.load_file`
for decks: reading the text back gives the same deck (ids and provenance
aside, and texts without surrounding white space, which the loader trims).
The TOML itself is written by ``tomli-w`` (quotes, backslashes, control
characters and emoji escaped as TOML wants; texts with line breaks as
readable multi-line strings).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomli_w

from ..privatefiles import write_private_bytes
from .cardfiles import _KEY, CARD_SIZES, FORMAT_VERSION
from .models import Card, Deck

__all__ = ["DeckFileError", "deck_to_toml", "write_deck_file"]


class DeckFileError(ValueError):
    """The deck cannot be written in the card format; the message is Dutch."""


def _check(deck: Deck) -> None:
    if not _KEY.match(deck.key):
        raise DeckFileError(
            f"De sleutel '{deck.key}' mag alleen kleine letters, cijfers en streepjes bevatten."
        )
    if not deck.title.strip():
        raise DeckFileError("De kaartenset heeft geen titel.")
    if deck.card_size not in CARD_SIZES:
        raise DeckFileError(f"Kaartformaat '{deck.card_size}' is onbekend; kies uit {', '.join(CARD_SIZES)}.")
    if not deck.cards:
        raise DeckFileError(f"De kaartenset '{deck.title}' heeft geen kaarten.")
    seen: set[str] = set()
    for card in deck.cards:
        if not _KEY.match(card.key):
            raise DeckFileError(
                f"Kaart '{card.title}': de sleutel '{card.key}' mag alleen kleine letters, cijfers en streepjes bevatten."
            )
        if card.key in seen:
            raise DeckFileError(f"De kaartsleutel '{card.key}' komt twee keer voor.")
        seen.add(card.key)
        if not card.title.strip() or not card.body.strip():
            raise DeckFileError(f"Kaart '{card.key}' heeft een titel en een tekst nodig.")
        if deck.requires_sources and not card.source.strip():
            raise DeckFileError(
                f"Kaart '{card.title}' heeft een bron nodig; deze set vraagt bij elke kaart een bron."
            )


def deck_to_toml(deck: Deck) -> str:
    """The deck as the text of a ``cards/`` deck file (``kind = "deck"``); optional fields only when set."""
    _check(deck)
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "kind": "deck",
        "key": deck.key,
        "version": int(deck.version),
    }
    data["title"] = deck.title
    if deck.description:
        data["description"] = deck.description
    data |= {"card_kind": deck.kind, "back_style": deck.back_style.value, "card_size": deck.card_size}
    if deck.requires_sources:
        data["requires_sources"] = True
    data["cards"] = [_card_table(card, deck.kind) for card in deck.cards]
    # A TOML comment holds no control character but tab (a line break would end it).
    title = "".join(
        " " if (ord(char) < 0x20 and char != "\t") or ord(char) == 0x7F else char for char in deck.title
    )
    head = (
        f"# Kaartenset '{title}', geschreven door facilitator-app.\n"
        "# Formaat: zie docs/card-format.md. Importeren maakt er een nieuwe, bewerkbare set van.\n"
    )
    # Multi-line strings read best, but tomli-w writes "\r\n" in them as a bare line break; a deck with
    # a carriage return anywhere is written with escaped one-line strings, so it reads back the same.
    texts = (deck.title, deck.description, *(text for card in deck.cards for text in _card_texts(card)))
    multiline = not any("\r" in text for text in texts)
    return head + tomli_w.dumps(data, multiline_strings=multiline)


def _card_texts(card: Card) -> tuple[str, ...]:
    return (card.title, card.subtitle, card.body, card.back, card.source, card.kind, *card.tags)


def _card_table(card: Card, deck_kind: str) -> dict[str, Any]:
    table: dict[str, Any] = {"key": card.key, "title": card.title}
    if card.subtitle:
        table["subtitle"] = card.subtitle
    if card.kind != deck_kind:
        table["kind"] = card.kind
    table["body"] = card.body
    for name, value in (("back", card.back), ("source", card.source)):
        if value:
            table[name] = value
    for name, values in (("sectors", card.sectors), ("tags", card.tags)):
        if values:
            table[name] = list(values)
    return table


def write_deck_file(deck: Deck, path: Path) -> Path:
    """Write the deck file; it appears under its name only when complete."""
    path = Path(path).expanduser()
    write_private_bytes(path, deck_to_toml(deck).encode("utf-8"))
    return path
