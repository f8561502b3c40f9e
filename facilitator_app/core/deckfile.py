"""Write a deck as a TOML file in the ``cards/`` format, to share it with another facilitator.

:func:`deck_to_toml` is the exact inverse of :func:`.cardfiles.load_file`
for decks: reading the text back gives the same deck (ids and provenance
aside, and texts without surrounding white space, which the loader trims).
Every string is written as a TOML basic string with full escaping, so quotes,
backslashes, control characters and emoji survive; texts with line breaks
become readable multi-line strings.
"""

from __future__ import annotations

from pathlib import Path

from ..privatefiles import write_private_bytes
from .cardfiles import _KEY, CARD_SIZES, FORMAT_VERSION
from .models import Deck

__all__ = ["DeckFileError", "deck_to_toml", "toml_string", "write_deck_file"]

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


class DeckFileError(ValueError):
    """The deck cannot be written in the card format; the message is Dutch."""


def _escape(text: str, *, multiline: bool) -> str:
    out: list[str] = []
    for char in text:
        if char == "\n" and multiline:
            out.append("\n")
        elif char == "\n":
            out.append("\\n")
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return "".join(out)


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string; multi-line (``\"\"\"…\"\"\"``) when it has line breaks."""
    if "\n" in text:
        # The newline right after the opening quotes is dropped by TOML; every
        # quote is escaped, so no run of three can end the string early.
        return '"""\n' + _escape(text, multiline=True) + '"""'
    return '"' + _escape(text, multiline=False) + '"'


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
    """The deck as the text of a ``cards/`` deck file (``kind = "deck"``)."""
    _check(deck)
    lines = [
        f"# Kaartenset '{_escape(deck.title, multiline=False)}', geschreven door facilitator-app.",
        "# Formaat: zie docs/card-format.md. Importeren maakt er een nieuwe, bewerkbare set van.",
        f"format = {FORMAT_VERSION}",
        'kind = "deck"',
        f"key = {toml_string(deck.key)}",
        f"version = {int(deck.version)}",
        "",
        f"title = {toml_string(deck.title)}",
    ]
    if deck.description:
        lines.append(f"description = {toml_string(deck.description)}")
    lines += [
        f"card_kind = {toml_string(deck.kind)}",
        f"back_style = {toml_string(deck.back_style.value)}",
        f"card_size = {toml_string(deck.card_size)}",
    ]
    if deck.requires_sources:
        lines.append("requires_sources = true")
    for card in deck.cards:
        lines += ["", "[[cards]]", f"key = {toml_string(card.key)}", f"title = {toml_string(card.title)}"]
        if card.subtitle:
            lines.append(f"subtitle = {toml_string(card.subtitle)}")
        if card.kind != deck.kind:
            lines.append(f"kind = {toml_string(card.kind)}")
        lines.append(f"body = {toml_string(card.body)}")
        if card.back:
            lines.append(f"back = {toml_string(card.back)}")
        if card.source:
            lines.append(f"source = {toml_string(card.source)}")
        for name, values in (("sectors", card.sectors), ("tags", card.tags)):
            if values:
                lines.append(f"{name} = [{', '.join(toml_string(v) for v in values)}]")
    return "\n".join(lines) + "\n"


def write_deck_file(deck: Deck, path: Path) -> Path:
    """Write the deck file; it appears under its name only when complete."""
    path = Path(path).expanduser()
    write_private_bytes(path, deck_to_toml(deck).encode("utf-8"))
    return path
