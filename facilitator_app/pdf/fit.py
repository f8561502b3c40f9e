"""Find the largest type size at which a text fits its frame, never below a floor.

Cards are read at arm's length by a group, so no text on a card is set below
:data:`CARD_MIN_SIZE` (9 pt); other items keep the 7 pt floor :data:`MIN_SIZE`.

ReportLab's ``KeepInFrame`` shrinks without a floor, so we search ourselves:
a binary search over quarter points between the floor and a ceiling, using
:func:`text.measure`, which stacks exactly as :func:`text.draw_stack` draws.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from facilitator_app.pdf.text import measure

MIN_SIZE = 7.0
CARD_MIN_SIZE = 9.0
#: A card's text may continue on at most this many cards ("1/2", "2/2").
MAX_PARTS = 3
STEP = 0.25

StoryBuilder = Callable[[float], Sequence[Flowable]]


class CardOverflowError(ValueError):
    """A card's text does not fit its card, not even at the minimum size."""

    def __init__(
        self,
        deck_title: str,
        card_title: str,
        size_label: str,
        *,
        deck_key: str = "",
        card_key: str = "",
        needed: str | None = None,
    ) -> None:
        self.deck_title = deck_title
        self.card_title = card_title
        self.deck_key = deck_key
        self.card_key = card_key
        self.size_label = size_label
        self.needed = needed
        advice = (
            f"Kies {needed} of maak de tekst korter."
            if needed
            else "Maak de tekst korter of kies een groter kaartformaat."
        )
        super().__init__(
            f"De kaart ‘{card_title}’ uit de stapel ‘{deck_title}’ past niet op {size_label}, "
            f"ook niet bij {CARD_MIN_SIZE:g} pt op {MAX_PARTS} kaarten. {advice}"
        )


@dataclass(frozen=True)
class FitResult:
    """The outcome of fitting one text.

    ``size`` is the chosen size in points (None when nothing fits at the
    floor); ``fill`` is the used fraction of the frame height at that size, or
    at the floor when it does not fit (then above 1.0: how much too long).
    """

    fits: bool
    size: float | None
    fill: float
    parts: int = 1  # how many cards the text takes ("1/2", "2/2")


@dataclass(frozen=True)
class Fitted:
    size: float
    flowables: Sequence[Flowable]
    height: float


def fit(
    build: StoryBuilder,
    width: float,
    height: float,
    *,
    max_size: float,
    min_size: float = MIN_SIZE,
) -> Fitted | None:
    """The story at the largest size in [min_size, max_size] that fits, else None."""
    min_size = max(min_size, MIN_SIZE)
    max_size = max(max_size, min_size)

    def attempt(size: float) -> Fitted | None:
        story = build(size)
        used = measure(story, width)
        return Fitted(size, story, used) if used <= height + 0.01 else None

    best = attempt(min_size)
    if best is None:
        return None
    low, high = 0, round((max_size - min_size) / STEP)
    while low < high:
        middle = (low + high + 1) // 2
        found = attempt(min_size + middle * STEP)
        if found is None:
            high = middle - 1
        else:
            best, low = found, middle
    return best


def fill_ratio(build: StoryBuilder, width: float, height: float, size: float) -> float:
    return measure(build(size), width) / height if height > 0 else float("inf")
