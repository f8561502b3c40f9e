"""Card decks and their cards.

The editing rules are :mod:`..core.deck_edits`; this repository loads a deck,
applies one, checks and saves it in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from ..core import deck_edits as edits
from ..core.cardfiles import ContentError, load_file
from ..core.deckfile import DeckFileError, write_deck_file
from ..core.edit_errors import ContentKind
from ..core.models import BackStyle, Card, Deck
from ..privatefiles import OwnFileError
from . import limits
from .base import dumps, loads_list, new_id, now_iso
from .content_base import ContentRepository, builtin_columns, builtin_from_row
from .errors import NotFoundError, StoreError


class DeckRepository(ContentRepository[Deck]):
    table: ClassVar[str] = "decks"
    kind: ClassVar[ContentKind] = ContentKind.DECK

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

    def delete(self, deck_id: str) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM decks WHERE id = ?", [deck_id])

    # --- card edits of an own deck (each one transaction; built-ins refuse) ---

    def set_properties(self, deck_id: str, *, title: str | None = None, card_size: str | None = None) -> Deck:
        """Change an own deck's title and/or the card size it is designed and printed at (A7, A6, A5)."""

        def change(deck: Deck) -> tuple[Deck, None]:
            changed = edits.set_properties(deck, title=title, card_size=card_size)
            limits.check_length(changed.title, "De naam van de kaartenset", limits.TITLE)
            return changed, None

        return self._edit(deck_id, change)[0]

    def save_card(self, deck_id: str, index: int, card: Card) -> Deck:
        """Replace the card at ``index`` (by position: a card's key may not be unique while typing)."""

        def change(deck: Deck) -> tuple[Deck, None]:
            changed = edits.save_card(deck, index, card)
            _check_card(card)
            return changed, None

        return self._edit(deck_id, change)[0]

    def insert_card(self, deck_id: str, index: int, card: Card) -> tuple[Deck, int]:
        """Put ``card`` back at ``index`` (clamped), as undo of a delete: later edits to other cards stay."""
        return self._edit(deck_id, lambda deck: edits.insert_card(deck, index, card))

    def add_card(self, deck_id: str, after: int | None = None) -> tuple[Deck, int]:
        """A new card after position ``after`` (at the end when None); returns the deck and its position."""
        return self._edit(deck_id, lambda deck: edits.add_card(deck, after))

    def duplicate_card(self, deck_id: str, index: int) -> tuple[Deck, int]:
        """A copy of the card at ``index`` right after it; returns the deck and the copy's position."""
        return self._edit(deck_id, lambda deck: edits.duplicate_card(deck, index))

    def move_card(self, deck_id: str, index: int, delta: int) -> tuple[Deck, int]:
        """Move the card ``delta`` places (clamped to the deck); returns the deck and the new position."""
        return self._edit(deck_id, lambda deck: edits.move_card(deck, index, delta))

    def delete_card(self, deck_id: str, index: int) -> Deck:
        return self._edit(deck_id, lambda deck: (edits.delete_card(deck, index), None))[0]

    def _own_copy(self, item: Deck, key: str, title: str) -> Deck:
        return edits.own_copy(item, key, title)

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
        with self.atomic():
            return self.save(edits.own_copy(item, self.free_key(item.key), item.title))

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


def _check_card(card: Card) -> None:
    limits.check_length(card.title, "De titel van de kaart", limits.TITLE)
    limits.check_length(card.subtitle, "De ondertitel van de kaart", limits.TITLE)
    limits.check_length(card.body, "De tekst van de kaart", limits.CARD_BODY)
    limits.check_length(card.back, "De achterkant van de kaart")
    limits.check_length(card.source, "De bronregel van de kaart", limits.LINE)
