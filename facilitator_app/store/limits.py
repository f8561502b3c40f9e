"""How much text an edited field may hold: far beyond real use, small enough that a stray paste of a
whole document cannot bloat the file, freeze the live preview or run off the print."""

from __future__ import annotations

from .errors import StoreError

TITLE = 200
LINE = 1_000
TEXT = 5_000
CARD_BODY = 20_000  # a long recipe card in A5 holds a few thousand characters
LIST_ITEMS = 40


def dutch_count(number: int) -> str:
    return f"{number:,}".replace(",", ".")  # 5.000, as Dutch writes thousands


def check_length(value: str, where: str, limit: int = TEXT) -> None:
    """Refuse ``value`` when longer than ``limit``, saying where it is and how much fits."""
    if len(value) > limit:
        raise StoreError(
            f"{where} is {dutch_count(len(value))} tekens lang; er passen er hoogstens "
            f"{dutch_count(limit)}. Kort de tekst in en probeer het opnieuw."
        )


def check_count(items: tuple[str, ...], what: str, owner: str, limit: int = LIST_ITEMS) -> None:
    if len(items) > limit:
        raise StoreError(f"Er passen hoogstens {limit} {what} bij {owner}; dit zijn er {len(items)}.")
