"""Why a content edit was refused: a code with its parameters, never a sentence made in the rule.

The edit rules (:mod:`.script_edits`, :mod:`.deck_edits`, :mod:`.scenario_edits`)
raise these; the store hands them on inside a ``StoreError``. Positions in the
parameters are numbers as the user reads them (``part_number`` 1 is the first
part). ``str()`` gives today's Dutch wording until the one Dutch text module
takes it over.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from .dutch import count
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
        return _DUTCH[self.code](self.params)


class ReadOnlyError(EditError):
    """Built-in content: make an own copy to edit it."""


class MissingItemError(EditError):
    """The position names no item (any more): another window may have changed the content."""


class ShapeError(EditError):
    """The edit would leave the content without a part it needs (the only part, box, card, scenario)."""


class InvalidEditError(EditError):
    """A value the content cannot hold (minutes out of range, an empty title, an unknown card)."""


_ASK_COPY = "Maak een eigen kopie; die kun je wel bewerken."
_BUILTIN = {
    ContentKind.THEME: "een ingebouwd thema",
    ContentKind.DECK: "een ingebouwde kaartenset",
    ContentKind.SCENARIO_MAP: "de ingebouwde scenariokaart",
}

_DUTCH: dict[EditCode, Callable[[Mapping[str, Any]], str]] = {
    EditCode.READ_ONLY: lambda p: (
        f"'{p['title']}' is {_BUILTIN[p['kind']]} en kan niet worden gewijzigd. {_ASK_COPY}"
    ),
    EditCode.NO_SUCH_PART: lambda p: (
        f"Deel {p['part_number']} bestaat niet (meer). Kies een deel uit de lijst."
    ),
    EditCode.NO_SUCH_BOX: lambda p: (
        f"Tijdvak {p['box_number']} van deel {p['part_number']} bestaat niet (meer)."
    ),
    EditCode.NO_SUCH_STEP: lambda p: f"Stap {p['step_number']} van dit tijdvak bestaat niet (meer).",
    EditCode.NO_SUCH_CARD: lambda p: f"Kaart {p['card_number']} bestaat niet in '{p['deck_title']}'.",
    EditCode.NO_SUCH_SCENARIO: lambda p: (
        f"Scenario {p['scenario_number']} bestaat niet (meer). Kies een scenario uit de lijst."
    ),
    EditCode.ONLY_PART: lambda p: (
        "Dit is het enige deel van het script, en een thema heeft minstens één deel nodig. "
        "Pas het deel liever aan, of voeg eerst een ander deel toe."
    ),
    EditCode.LAST_BOX: lambda p: (
        "Dit is het laatste tijdvak van het script, en een thema heeft minstens één deel "
        "met één tijdvak nodig. Pas het tijdvak liever aan."
    ),
    EditCode.ONLY_BOX: lambda p: (
        f"Dit is het enige tijdvak van deel {p['part_number']}; elk deel heeft minstens één tijdvak "
        "nodig. Verwijder het hele deel als het weg mag, of voeg eerst een ander tijdvak toe."
    ),
    EditCode.NO_PARTS: lambda p: "Een thema heeft minstens één deel met één tijdvak nodig.",
    EditCode.PART_WITHOUT_BOX: lambda p: f"Deel {p['part_number']} heeft minstens één tijdvak nodig.",
    EditCode.LAST_CARD: lambda p: (
        "Dit is de laatste kaart van de set; een kaartenset heeft minstens één kaart nodig. "
        "Verwijder de hele set als je hem niet meer nodig hebt."
    ),
    EditCode.NO_SCENARIOS: lambda p: "Een scenariokaart heeft minstens één scenario nodig.",
    EditCode.PART_WITHOUT_TITLE: lambda p: f"Deel {p['part_number']} heeft een titel nodig.",
    EditCode.MINUTES_OUT_OF_RANGE: lambda p: (
        f"Een tijdvak in deel {p['part_number']} duurt {count(p['minutes'], 'minuut', 'minuten')}; "
        f"kies 1 tot {p['most']} minuten."
    ),
    EditCode.STEP_NUMBER_OUT_OF_RANGE: lambda p: (
        f"Stapnummer {p['number']} in deel {p['part_number']} kan niet; "
        f"kies 1 tot {p['most']}, of geen nummer."
    ),
    EditCode.UNKNOWN_CARD: lambda p: (
        f"De kaart '{p['ref']}' bestaat niet (meer). Kies een kaart uit een van de kaartensets."
    ),
    EditCode.DECK_WITHOUT_TITLE: lambda p: (
        "Een kaartenset heeft een naam nodig. Typ een naam en probeer het opnieuw."
    ),
    EditCode.UNKNOWN_CARD_SIZE: lambda p: (
        f"Kaartformaat '{p['card_size']}' is onbekend; kies uit {', '.join(p['sizes'])}."
    ),
    EditCode.DUPLICATE_SCENARIO_KEY: lambda p: "Twee scenario's hebben dezelfde sleutel; dat kan niet.",
}


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
