"""The domain objects every layer shares.

They are frozen dataclasses: the store builds them from rows, the PDF layer
and the UI only read them, and an edit produces a new object that is handed
back to the store. Nothing here knows about SQLite, ReportLab or Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Mode(enum.StrEnum):
    """How participants work during a time box (seed 000)."""

    INDIVIDUAL = "individual"
    COLLECTIVE = "collective"


@dataclass(frozen=True)
class CardRef:
    """A pointer from a step to a card, by the stable keys of deck and card."""

    deck_key: str
    card_key: str

    @classmethod
    def parse(cls, text: str) -> CardRef:
        deck_key, sep, card_key = text.partition("/")
        if not sep or not deck_key or not card_key:
            raise ValueError(f"expected 'deck/card', got {text!r}")
        return cls(deck_key, card_key)

    def __str__(self) -> str:
        return f"{self.deck_key}/{self.card_key}"


@dataclass(frozen=True)
class Step:
    """One step of a script; ``number`` is None for the unnumbered part-3 questions."""

    number: int | None
    text: str
    cards: tuple[CardRef, ...] = ()
    # The facilitator's guide to the step: session mode and the draaiboek show it, the presenter never.
    note: str = ""


@dataclass(frozen=True)
class TimeBox:
    mode: Mode
    minutes: int
    steps: tuple[Step, ...]
    id: str = ""


@dataclass(frozen=True)
class Part:
    number: int
    title: str
    optional: bool
    timeboxes: tuple[TimeBox, ...]
    intro: str = ""
    id: str = ""
    # The facilitator's guide to the part (timing rules, protocols); never on the presenter screen.
    note: str = ""

    @property
    def minutes(self) -> int:
        return sum(box.minutes for box in self.timeboxes)


@dataclass(frozen=True)
class BuiltinInfo:
    """Where a built-in came from, so an app update can refresh it safely.

    ``content_hash`` is the hash of the content as loaded from ``cards/``;
    when the stored content no longer hashes to it, the user edited it and
    the update leaves it alone.
    """

    key: str
    version: int
    content_hash: str


@dataclass(frozen=True)
class Theme:
    key: str
    title: str
    goals: tuple[str, ...]
    preparation: str
    materials: tuple[str, ...]
    parts: tuple[Part, ...]
    summary: str = ""
    id: str = ""
    builtin: BuiltinInfo | None = None

    @property
    def minutes(self) -> int:
        return sum(part.minutes for part in self.parts)

    def timeboxes(self) -> list[tuple[Part, TimeBox]]:
        """Every time box in script order, with the part it belongs to."""
        return [(part, box) for part in self.parts for box in part.timeboxes]

    def individual_steps(self) -> list[Step]:
        """The steps done alone on the worksheet: these become worksheet pages."""
        return [step for _, box in self.timeboxes() if box.mode is Mode.INDIVIDUAL for step in box.steps]


SECTORS = ("po", "vo", "mbo")
"""The school sectors a card can be tagged with, in display order."""


class BackStyle(enum.StrEnum):
    """What the back of a printed card shows."""

    TITLE = "title"  # deck name and card title
    DESIGN = "design"  # deck name on a deck-wide pattern


@dataclass(frozen=True)
class Card:
    """A printable card. ``body`` is light markup, see :mod:`.markup`."""

    key: str
    title: str
    body: str
    kind: str = "text"
    subtitle: str = ""
    back: str = ""
    source: str = ""
    id: str = ""
    # Where the card fits (po, vo, mbo) and what it tackles: the inspiration deck is filtered on them.
    sectors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Deck:
    key: str
    title: str
    kind: str
    cards: tuple[Card, ...]
    description: str = ""
    back_style: BackStyle = BackStyle.TITLE
    # The size the deck is designed for (A7, A6, A5): long recipes need A5.
    card_size: str = "A6"
    version: int = 1
    id: str = ""
    builtin: BuiltinInfo | None = None
    # A deck of research-based cards: every card must name its source (checked on load).
    requires_sources: bool = False

    @property
    def read_only(self) -> bool:
        return self.builtin is not None

    def card(self, key: str) -> Card:
        for card in self.cards:
            if card.key == key:
                return card
        raise KeyError(key)


@dataclass(frozen=True)
class Scenario:
    key: str
    name: str
    description: str
    signs: tuple[str, ...]
    id: str = ""


@dataclass(frozen=True)
class ScenarioMap:
    """The laminated map on which a group places its school (CONTENT.md §4)."""

    key: str
    title: str
    scenarios: tuple[Scenario, ...]
    intro: str = ""
    axis_from: str = ""
    axis_to: str = ""
    replaceable: bool = True
    version: int = 1
    id: str = ""
    builtin: BuiltinInfo | None = None


@dataclass(frozen=True)
class Role:
    key: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class School:
    name: str
    vision: str = ""
    contact: str = ""
    partnership: str = ""
    notes: str = ""
    is_example: bool = False
    archived: bool = False
    id: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class VisionFile:
    """The document a school's vision was imported from, kept as it came (the text is on the School)."""

    name: str
    data: bytes
    added_at: str = ""


@dataclass(frozen=True)
class Catalogue:
    """Everything read from the built-in content folder in one go."""

    themes: tuple[Theme, ...] = ()
    decks: tuple[Deck, ...] = ()
    scenario_maps: tuple[ScenarioMap, ...] = ()
    roles: tuple[Role, ...] = ()
    schools: tuple[School, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Participant:
    """Someone taking part in a session; ``role`` is a role name or free text."""

    name: str
    role: str = ""
    id: str = ""


class FollowUpStatus(enum.StrEnum):
    """How the group says the previous session's first development step went."""

    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not"
    OTHER = "other"  # said in words only; also every answer kept as a note before migration 0006

    @property
    def label(self) -> str:
        """Dutch, for the record and the command line; empty for OTHER (the text says it)."""
        return FOLLOW_UP_LABELS[self]


FOLLOW_UP_LABELS: dict[FollowUpStatus, str] = {
    FollowUpStatus.DONE: "gedaan",
    FollowUpStatus.PARTLY: "deels gedaan",
    FollowUpStatus.NOT_DONE: "niet gedaan",
    FollowUpStatus.OTHER: "",
}


@dataclass(frozen=True)
class FollowUp:
    """The answer, at the start of a session, to "how did the first step of last time go?".

    ``session_id`` is the session that asked; ``previous_session_id`` the one
    whose first step it answers. ``first_step`` and ``previous_date`` are
    copies of what was asked, so the answer stays readable when that session
    is deleted or its record corrected.
    """

    session_id: str
    previous_session_id: str
    status: FollowUpStatus = FollowUpStatus.OTHER
    text: str = ""
    first_step: str = ""
    previous_date: str = ""
    answered_at: str = ""
    updated_at: str = ""

    @property
    def summary(self) -> str:
        """``"deels gedaan – Twee secties gestart"``: the status and the words, whichever are there."""
        return " – ".join(part for part in (self.status.label, self.text.strip()) if part)
