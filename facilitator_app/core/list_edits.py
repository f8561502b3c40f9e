"""Edits of an ordered list of content (parts, time boxes, steps, cards, scenarios).

Every editor keeps its items in an immutable tuple; these helpers give the
changed tuple and never touch the original. Positions are 0-based as the
editors show them; positions out of range are clamped where the edit can
still make sense (insert, move) and are the caller's to check otherwise.
"""

from __future__ import annotations

import re
from typing import TypeVar

T = TypeVar("T")


def position_after(count: int, after: int | None) -> int:
    """Where a new item goes: right after ``after`` (clamped), at the end when None."""
    return count if after is None else max(0, min(after + 1, count))


def inserted(items: tuple[T, ...], at: int, item: T) -> tuple[T, ...]:
    """``item`` put in at ``at`` (clamped to the ends)."""
    at = max(0, min(at, len(items)))
    return (*items[:at], item, *items[at:])


def removed(items: tuple[T, ...], index: int) -> tuple[T, ...]:
    return items[:index] + items[index + 1 :]


def replaced(items: tuple[T, ...], index: int, item: T) -> tuple[T, ...]:
    return (*items[:index], item, *items[index + 1 :])


def moved(items: tuple[T, ...], index: int, target: int) -> tuple[tuple[T, ...], int]:
    """The item at ``index`` moved to ``target`` (clamped); returns the tuple and where it landed."""
    target = max(0, min(target, len(items) - 1))
    reordered = list(items)
    reordered.insert(target, reordered.pop(index))
    return tuple(reordered), target


def free_key(base: str, taken: set[str]) -> str:
    """``base`` made into a key (lowercase, digits, hyphens) that is not in ``taken``: ``base-2``, …"""
    base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-") or "kaart"
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}-{counter}", counter + 1
    return key
