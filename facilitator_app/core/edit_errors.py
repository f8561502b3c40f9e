"""Why a content edit was refused: a code with its parameters, never a sentence made in the rule.

The edit rules (:mod:`.script_edits`, :mod:`.deck_edits`, :mod:`.scenario_edits`)
raise these; the store hands them on inside a ``StoreError``. Positions in the
parameters are numbers as the user reads them (``part_number`` 1 is the first
part). ``str()`` is the Dutch of :func:`.dutch.edit_error_text`; the interface
words the code itself (``ui/labels.error_text``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Protocol

from .models import BuiltinInfo

MAX_MINUTES = 240  # one time box of a script
MAX_STEP_NUMBER = 99


class EditCode(enum.StrEnum):
    READ_ONLY = "read_only"  # params: kind (ContentKind), title
    # An item that is not (or no longer) there.
    NO_SUCH_PART = "no_such_part"  # part_number
    NO_SUCH_BOX = "no_such_box"  # part_number, box_number
    NO_SUCH_STEP = "no_such_step"  # step_number
    NO_SUCH_CARD = "no_such_card"  # card_number, deck_title
    NO_SUCH_SCENARIO = "no_such_scenario"  # scenario_number
    # A delete (or save) that would leave the content without a part it needs.
    ONLY_PART = "only_part"
    LAST_BOX = "last_box"
    ONLY_BOX = "only_box"  # part_number
    NO_PARTS = "no_parts"
    PART_WITHOUT_BOX = "part_without_box"  # part_number
    LAST_CARD = "last_card"
    NO_SCENARIOS = "no_scenarios"
    # A value the content cannot hold.
    PART_WITHOUT_TITLE = "part_without_title"  # part_number
    MINUTES_OUT_OF_RANGE = "minutes_out_of_range"  # part_number, minutes, most
    STEP_NUMBER_OUT_OF_RANGE = "step_number_out_of_range"  # part_number, number, most
    UNKNOWN_CARD = "unknown_card"  # ref (CardRef)
    DECK_WITHOUT_TITLE = "deck_without_title"
    UNKNOWN_CARD_SIZE = "unknown_card_size"  # card_size, sizes
    DUPLICATE_SCENARIO_KEY = "duplicate_scenario_key"


class ContentKind(enum.StrEnum):
    THEME = "theme"
    DECK = "deck"
    SCENARIO_MAP = "scenario_map"


class EditError(Exception):
    """A content edit the rules refuse; ``code`` says why and ``params`` name what."""

    def __init__(self, code: EditCode, **params: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.params: Mapping[str, Any] = params

    def __str__(self) -> str:
        from .dutch import edit_error_text  # the Dutch words know these codes, so not at import time

        return edit_error_text(self.code, self.params)


class ReadOnlyError(EditError):
    """Built-in content: make an own copy to edit it."""


class MissingItemError(EditError):
    """The position names no item (any more): another window may have changed the content."""


class ShapeError(EditError):
    """The edit would leave the content without a part it needs (the only part, box, card, scenario)."""


class InvalidEditError(EditError):
    """A value the content cannot hold (minutes out of range, an empty title, an unknown card)."""


class Content(Protocol):
    """A theme, deck or scenario map: built-in (read-only) or the user's own."""

    @property
    def id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def builtin(self) -> BuiltinInfo | None: ...


def check_editable(item: Content, kind: ContentKind) -> None:
    """Refuse to change built-in content (anything with ``builtin`` provenance)."""
    if item.builtin is not None:
        raise ReadOnlyError(EditCode.READ_ONLY, kind=kind, title=item.title)
