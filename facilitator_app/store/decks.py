"""Card decks and their cards."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..core.models import BackStyle, Card, Deck
from .base import Repository, new_id
from .database import now_iso
from .errors import NotFoundError
from .themes import builtin_columns, builtin_from_row


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
        )


def _free_key(base: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-") or "set"
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}-{counter}", counter + 1
    return key
