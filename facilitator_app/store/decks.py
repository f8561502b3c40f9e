"""Card decks and their cards."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..core.cardfiles import CARD_SIZES, ContentError, load_file
from ..core.deckfile import DeckFileError, write_deck_file
from ..core.models import BackStyle, Card, Deck
from ..privatefiles import OwnFileError
from . import limits
from .base import Repository, dumps, loads_list, new_id
from .database import now_iso
from .errors import NotFoundError, StoreError
from .themes import builtin_columns, builtin_from_row

NEW_CARD_TITLE = "Nieuwe kaart"
NEW_CARD_BODY = "Schrijf hier de tekst van de kaart."


class ReadOnlyDeckError(StoreError):
    """A built-in deck cannot be changed; the message says how to get an editable one."""


class DeckRepository(Repository):
    def all(self) -> list[Deck]:
        return [
            self._build(row)
            for row in self.rows("SELECT * FROM decks ORDER BY builtin_key IS NULL, title COLLATE NOCASE")
        ]

    def get(self, id_or_key: str) -> Deck:
        row = self.row("SELECT * FROM decks WHERE id = ? OR key = ?", (id_or_key, id_or_key))
        if row is None:
            raise NotFoundError(f"Kaartenset '{id_or_key}' bestaat niet. Bekijk de sets met 'decks list'.")
        return self._build(row)

    def save(self, deck: Deck) -> Deck:
        """Insert or replace a deck and all its cards; card ids are kept by key."""
        deck_id = deck.id or new_id()
        with self.atomic() as db:
            existing = {
                row["key"]: row["id"]
                for row in db.query("SELECT key, id FROM cards WHERE deck_id = ?", [deck_id])
            }
            db.table("decks").upsert(
                {
                    "id": deck_id,
                    "key": deck.key,
                    "title": deck.title,
                    "kind": deck.kind,
                    "description": deck.description,
                    "back_style": deck.back_style.value,
                    "card_size": deck.card_size,
                    "version": deck.version,
                    "requires_sources": int(deck.requires_sources),
                    **builtin_columns(deck.builtin),
                    "updated_at": now_iso(),
                },
                pk="id",
            )
            db.execute("DELETE FROM cards WHERE deck_id = ?", [deck_id])
            db.table("cards").insert_all(
                {
                    "id": card.id or existing.get(card.key) or new_id(),
                    "deck_id": deck_id,
                    "position": position,
                    "key": card.key,
                    "kind": card.kind,
                    "title": card.title,
                    "subtitle": card.subtitle,
                    "body": card.body,
                    "back": card.back,
                    "source": card.source,
                    "sectors": dumps(list(card.sectors)),
                    "tags": dumps(list(card.tags)),
                }
                for position, card in enumerate(deck.cards)
            )
        return self.get(deck_id)

    def copy(self, id_or_key: str, title: str | None = None) -> Deck:
        """An editable copy of a deck (built-in decks are read-only)."""
        original = self.get(id_or_key)
        taken = {row["key"] for row in self.rows("SELECT key FROM decks")}
        key = _free_key(f"{original.key}-kopie", taken)
        copy = replace(
            original,
            id="",
            key=key,
            title=title or f"{original.title} (eigen kopie)",
            builtin=None,
            cards=tuple(replace(card, id="") for card in original.cards),
        )
        return self.save(copy)

    def delete(self, deck_id: str) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM decks WHERE id = ?", [deck_id])

    # --- card edits of an own deck (each one transaction; built-ins refuse) ---

    def _editable(self, deck_id: str) -> Deck:
        deck = self.get(deck_id)
        if deck.read_only:
            raise ReadOnlyDeckError(
                f"'{deck.title}' is een ingebouwde kaartenset en kan niet worden gewijzigd. "
                "Maak een eigen kopie; die kun je wel bewerken."
            )
        return deck

    def set_properties(self, deck_id: str, *, title: str | None = None, card_size: str | None = None) -> Deck:
        """Change an own deck's title and/or the card size it is designed and printed at (A7, A6, A5)."""
        deck = self._editable(deck_id)
        changed = deck
        if title is not None:
            if not title.strip():
                raise StoreError("Een kaartenset heeft een naam nodig. Typ een naam en probeer het opnieuw.")
            limits.check_length(title.strip(), "De naam van de kaartenset", limits.TITLE)
            changed = replace(changed, title=title.strip())
        if card_size is not None:
            if card_size not in CARD_SIZES:
                raise StoreError(f"Kaartformaat '{card_size}' is onbekend; kies uit {', '.join(CARD_SIZES)}.")
            changed = replace(changed, card_size=card_size)
        return deck if changed == deck else self.save(changed)

    def save_card(self, deck_id: str, index: int, card: Card) -> Deck:
        """Replace the card at ``index`` (by position: a card's key may not be unique while typing)."""
        deck = self._editable(deck_id)
        _check_index(deck, index)
        _check_card(card)
        cards = list(deck.cards)
        cards[index] = replace(card, id=cards[index].id, key=cards[index].key)
        return self.save(replace(deck, cards=tuple(cards)))

    def insert_card(self, deck_id: str, index: int, card: Card) -> tuple[Deck, int]:
        """Put ``card`` back at ``index`` (clamped), as undo of a delete: later edits to other cards stay."""
        deck = self._editable(deck_id)
        position = max(0, min(index, len(deck.cards)))
        taken = {other.key for other in deck.cards}
        key = card.key if card.key not in taken else _free_key(card.key, taken)
        cards = (*deck.cards[:position], replace(card, key=key), *deck.cards[position:])
        return self.save(replace(deck, cards=cards)), position

    def add_card(self, deck_id: str, after: int | None = None) -> tuple[Deck, int]:
        """A new card after position ``after`` (at the end when None); returns the deck and its position."""
        deck = self._editable(deck_id)
        position = len(deck.cards) if after is None else max(0, min(after + 1, len(deck.cards)))
        taken = {card.key for card in deck.cards}
        card = Card(key=_free_key("kaart", taken), title=NEW_CARD_TITLE, body=NEW_CARD_BODY, kind=deck.kind)
        cards = (*deck.cards[:position], card, *deck.cards[position:])
        return self.save(replace(deck, cards=cards)), position

    def duplicate_card(self, deck_id: str, index: int) -> tuple[Deck, int]:
        """A copy of the card at ``index`` right after it; returns the deck and the copy's position."""
        deck = self._editable(deck_id)
        _check_index(deck, index)
        original = deck.cards[index]
        taken = {card.key for card in deck.cards}
        copy = replace(original, id="", key=_free_key(f"{original.key}-kopie", taken))
        cards = (*deck.cards[: index + 1], copy, *deck.cards[index + 1 :])
        return self.save(replace(deck, cards=cards)), index + 1

    def move_card(self, deck_id: str, index: int, delta: int) -> tuple[Deck, int]:
        """Move the card ``delta`` places (clamped to the deck); returns the deck and the new position."""
        deck = self._editable(deck_id)
        _check_index(deck, index)
        target = max(0, min(index + delta, len(deck.cards) - 1))
        if target == index:
            return deck, index
        cards = list(deck.cards)
        cards.insert(target, cards.pop(index))
        return self.save(replace(deck, cards=tuple(cards))), target

    def delete_card(self, deck_id: str, index: int) -> Deck:
        deck = self._editable(deck_id)
        _check_index(deck, index)
        if len(deck.cards) == 1:
            raise StoreError(
                "Dit is de laatste kaart van de set; een kaartenset heeft minstens één kaart nodig. "
                "Verwijder de hele set als je hem niet meer nodig hebt."
            )
        return self.save(replace(deck, cards=deck.cards[:index] + deck.cards[index + 1 :]))

    # --- single-file exchange -----------------------------------------------

    def export_file(self, id_or_key: str, path: Path) -> Path:
        """Write the deck as one TOML file in the ``cards/`` format (complete or not at all)."""
        deck = self.get(id_or_key)
        try:
            return write_deck_file(deck, Path(path))
        except DeckFileError as error:
            raise StoreError(f"De kaartenset kan niet worden geëxporteerd: {error}") from None
        except OwnFileError as error:
            raise StoreError(str(error)) from None
        except OSError as error:
            raise StoreError(
                f"Het bestand {Path(path).name} kan niet worden geschreven ({error.strerror or error}). "
                "Kies een andere map of bestandsnaam."
            ) from None

    def import_file(self, path: Path) -> Deck:
        """Store the deck in a deck file as a new, editable deck (under a free key).

        A broken file raises :class:`ContentError` (file, line, problem) and stores nothing.
        """
        path = Path(path).expanduser()
        kind, item = load_file(path)
        if kind != "deck" or not isinstance(item, Deck):
            raise ContentError(path, None, f"dit is geen kaartenset maar '{kind}'; gebruik kind = \"deck\"")
        taken = {row["key"] for row in self.rows("SELECT key FROM decks")}
        deck = replace(
            item,
            id="",
            key=_free_key(item.key, taken),
            builtin=None,
            cards=tuple(replace(card, id="") for card in item.cards),
        )
        return self.save(deck)

    def _build(self, row: dict[str, Any]) -> Deck:
        cards = tuple(
            Card(
                key=c["key"],
                title=c["title"],
                body=c["body"],
                kind=c["kind"],
                subtitle=c["subtitle"],
                back=c["back"],
                source=c["source"],
                id=c["id"],
                sectors=loads_list(c["sectors"]),
                tags=loads_list(c["tags"]),
            )
            for c in self.rows("SELECT * FROM cards WHERE deck_id = ? ORDER BY position", (row["id"],))
        )
        return Deck(
            key=row["key"],
            title=row["title"],
            kind=row["kind"],
            cards=cards,
            description=row["description"],
            back_style=BackStyle(row["back_style"]),
            card_size=row["card_size"],
            version=row["version"],
            id=row["id"],
            builtin=builtin_from_row(row),
            requires_sources=bool(row["requires_sources"]),
        )


def _check_index(deck: Deck, index: int) -> None:
    if not 0 <= index < len(deck.cards):
        raise NotFoundError(f"Kaart {index + 1} bestaat niet in '{deck.title}'.")


def _free_key(base: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-") or "set"
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}-{counter}", counter + 1
    return key


def _check_card(card: Card) -> None:
    limits.check_length(card.title, "De titel van de kaart", limits.TITLE)
    limits.check_length(card.subtitle, "De ondertitel van de kaart", limits.TITLE)
    limits.check_length(card.body, "De tekst van de kaart", limits.CARD_BODY)
    limits.check_length(card.back, "De achterkant van de kaart")
    limits.check_length(card.source, "De bronregel van de kaart", limits.LINE)
