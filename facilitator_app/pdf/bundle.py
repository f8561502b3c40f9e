"""The whole set for one session: one PDF per item, or all in one PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from facilitator_app.core.models import Card, Deck, Participant, Role, ScenarioMap, School, Theme
from facilitator_app.pdf import fonts
from facilitator_app.pdf.cardsheet import UnfitCard, render_alignment_test, render_cards, unfit_cards
from facilitator_app.pdf.combine import combine
from facilitator_app.pdf.document import CREATOR
from facilitator_app.pdf.fit import CardOverflowError
from facilitator_app.pdf.glossary import render_role_glossary
from facilitator_app.pdf.options import (
    CardOptions,
    MapOptions,
    Part3Options,
    PosterOptions,
    ScriptOptions,
    WorksheetOptions,
)
from facilitator_app.pdf.part3 import render_part3_form
from facilitator_app.pdf.posters import render_posters
from facilitator_app.pdf.scenario_map import render_scenario_map
from facilitator_app.pdf.script import render_script
from facilitator_app.pdf.worksheets import render_worksheets
from facilitator_app.privatefiles import write_private_bytes


@dataclass(frozen=True)
class SetOptions:
    """Options for every item of the set, and which items it holds.

    ``decks``: "used" (the decks the theme's steps refer to), "all" (every deck
    given) or the keys of the decks to print. ``part3`` None leaves the form out;
    ``blank_worksheets`` prints ``worksheets.blank_copies`` unnamed worksheets.
    """

    cards: CardOptions = field(default_factory=CardOptions)
    scenario_map: MapOptions = field(default_factory=MapOptions)
    worksheets: WorksheetOptions = field(default_factory=WorksheetOptions)
    posters: PosterOptions = field(default_factory=PosterOptions)
    script: ScriptOptions = field(default_factory=ScriptOptions)
    part3: Part3Options | None = field(default_factory=Part3Options)  # None: leave the form out
    decks: str | tuple[str, ...] = "used"
    include_script: bool = True
    include_worksheets: bool = True
    blank_worksheets: bool = False
    include_map: bool = True
    include_posters: bool = True
    include_roles: bool = True


@dataclass(frozen=True)
class SessionPrint:
    """Everything the set is printed from."""

    theme: Theme
    decks: Sequence[Deck]
    scenario_map: ScenarioMap | None
    roles: Sequence[Role]
    school: School | None
    participants: Sequence[Participant]
    day: dt.date
    start: dt.time


class ItemKind(StrEnum):
    """What an item of the set is; the interface names it, :data:`FILE_NAMES` names its file."""

    SCRIPT = "script"
    WORKSHEETS = "worksheets"
    CARDS = "cards"
    SCENARIO_MAP = "scenario_map"
    POSTERS = "posters"
    PART3 = "part3"
    ROLES = "roles"
    ALIGNMENT_TEST = "alignment_test"


FILE_NAMES = {
    ItemKind.SCRIPT: "draaiboek",
    ItemKind.WORKSHEETS: "werkbladen",
    ItemKind.CARDS: "kaarten",
    ItemKind.SCENARIO_MAP: "scenariokaart",
    ItemKind.POSTERS: "posters",
    ItemKind.PART3: "deel3",
    ItemKind.ROLES: "rollen",
    ItemKind.ALIGNMENT_TEST: "uitlijntest",
}


def _nothing_unfit() -> Sequence[UnfitCard]:
    return ()


@dataclass(frozen=True)
class SetItem:
    """One item of the set and how to render it (plain Python: a worker thread may call it)."""

    kind: ItemKind
    render: Callable[[], bytes]  # b"": nothing to print (not one card of a deck fits)
    # The cards this item leaves out because they do not fit the chosen size.
    unfit: Callable[[], Sequence[UnfitCard]] = _nothing_unfit
    deck: Deck | None = None  # for CARDS

    @property
    def file_name(self) -> str:
        name = FILE_NAMES[self.kind]
        return f"{name}-{self.deck.key}" if self.deck is not None else name


class SetCancelledError(Exception):
    """:func:`render_items` stopped between items because it was asked to."""


def card_lookup(decks: Sequence[Deck]) -> dict[str, Card]:
    """ "deck/card" → card, as steps refer to them."""
    return {f"{deck.key}/{card.key}": card for deck in decks for card in deck.cards}


def _decks_to_print(session: SessionPrint, choice: str | tuple[str, ...]) -> list[Deck]:
    if choice == "all":
        return list(session.decks)
    if isinstance(choice, tuple):
        return [deck for deck in session.decks if deck.key in choice]
    used = {ref.deck_key for _, box in session.theme.timeboxes() for step in box.steps for ref in step.cards}
    return [deck for deck in session.decks if deck.key in used]


def _cards_that_fit(deck: Deck, options: CardOptions) -> bytes:
    """The deck's sheets, or nothing when not one card fits (``unfit`` names them)."""
    try:
        return render_cards(deck, options)
    except CardOverflowError:
        return b""


def set_items(session: SessionPrint, options: SetOptions | None = None) -> list[SetItem]:
    """The items of the set, in the order the facilitator needs them: the one assembly of a print set."""
    options = options or SetOptions()
    theme, school, day, start = session.theme, session.school, session.day, session.start
    lookup = card_lookup(session.decks)
    items: list[SetItem] = []
    if options.include_script:
        script = options.script
        items.append(
            SetItem(ItemKind.SCRIPT, lambda: render_script(theme, start, school, day, lookup, script))
        )
    if options.include_worksheets:
        sheets = options.worksheets
        if sheets.start is None:
            sheets = replace(sheets, start=start)
        people = () if options.blank_worksheets else tuple(session.participants)
        roles = tuple(session.roles)
        items.append(
            SetItem(
                ItemKind.WORKSHEETS,
                lambda: render_worksheets(theme, lookup, roles, school, people, day, sheets),
            )
        )
    cards = options.cards
    if cards.footer_date is None:
        cards = replace(cards, footer_date=day)
    for deck in _decks_to_print(session, options.decks):
        items.append(
            SetItem(
                ItemKind.CARDS,
                lambda deck=deck: _cards_that_fit(deck, cards),  # type: ignore[misc]
                lambda deck=deck: unfit_cards(deck, cards),  # type: ignore[misc]
                deck,
            )
        )
    scenario_map = session.scenario_map
    if scenario_map is not None and options.include_map:
        map_options = options.scenario_map
        if map_options.footer_date is None:
            map_options = replace(map_options, footer_date=day)
        items.append(SetItem(ItemKind.SCENARIO_MAP, lambda: render_scenario_map(scenario_map, map_options)))
    if options.include_posters:
        posters = options.posters
        items.append(SetItem(ItemKind.POSTERS, lambda: render_posters(theme.title, school, day, posters)))
    if options.part3 is not None:
        part3, people_now = options.part3, tuple(session.participants)
        items.append(
            SetItem(
                ItemKind.PART3,
                lambda: render_part3_form(theme.title, scenario_map, school, day, people_now, part3),
            )
        )
    if session.roles and options.include_roles:
        roles_list, author = tuple(session.roles), options.script.author
        items.append(SetItem(ItemKind.ROLES, lambda: render_role_glossary(roles_list, school, day, author)))
    return items


def alignment_items(options: CardOptions) -> list[SetItem]:
    """The alignment test page on its own, as an item like the set's."""
    return [SetItem(ItemKind.ALIGNMENT_TEST, lambda: render_alignment_test(None, options))]


def render_set(session: SessionPrint, options: SetOptions | None = None) -> dict[str, bytes]:
    """One PDF per item, keyed by a file name, in reading order (an item with nothing to print is left out)."""
    files: dict[str, bytes] = {}
    for item in set_items(session, options):
        data = item.render()
        if data:
            files[f"{len(files) + 1:02d}-{item.file_name}.pdf"] = data
    return files


@dataclass(frozen=True)
class CombinedSet:
    """:func:`render_items`' result: the main PDF, its pages, where every item starts, other paper."""

    data: bytes
    pages: int
    starts: tuple[int, ...]
    others: dict[str, bytes]  # paper ("A3") -> the PDF of the sheets on that paper


def render_items(
    items: Sequence[SetItem],
    progress: Callable[[int, SetItem | None], None] = lambda _index, _item: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> CombinedSet:
    """Render ``items`` in order into one PDF per paper, every item starting on an odd page.

    ``progress(index, item)`` before each item, ``(len(items), None)`` at the end.
    Raises :class:`SetCancelledError` when ``cancelled()`` turns true between items.
    The first item's paper is the main PDF; sheets of another paper (A3 posters)
    go to ``others``: a printer cannot change paper within a job.
    """
    sections: list[bytes] = []
    for index, item in enumerate(items):
        if cancelled():
            raise SetCancelledError
        progress(index, item)
        sections.append(item.render())
    if cancelled():
        raise SetCancelledError
    progress(len(items), None)
    files = combine(sections)
    if not files:
        return CombinedSet(b"", 0, (), {})
    main, rest = files[0], files[1:]
    return CombinedSet(main.to_bytes(), main.pages, tuple(main.starts), {p.paper: p.to_bytes() for p in rest})


def unfit_in_set(session: SessionPrint, options: SetOptions | None = None) -> tuple[UnfitCard, ...]:
    """The cards :func:`render_set` leaves out at the chosen card size, each with the size it needs."""
    return tuple(card for item in set_items(session, options) for card in item.unfit())


def write_set(folder: Path, session: SessionPrint, options: SetOptions | None = None) -> list[Path]:
    """Write :func:`render_set` into ``folder`` (created if needed); returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for name, data in render_set(session, options).items():
        path = folder / name
        write_private_bytes(path, data)
        paths.append(path)
    return paths


def render_combined(session: SessionPrint, options: SetOptions | None = None) -> dict[str, bytes]:
    """The whole set as one PDF per paper size, every section starting on a front (odd page).

    Keyed by the suffix for the file name: "" for the main file (the script's
    paper), "-A3" for the A3 sheets (scenario map, posters), and so on; a
    printer cannot switch paper halfway through a job.
    """
    title = f"Printset {session.theme.title}" + (f" – {session.school.name}" if session.school else "")
    metadata = {
        "/Title": fonts.clean(title),
        "/Author": fonts.clean(options.script.author if options else "Procesbegeleider"),
        "/Subject": "Draaiboek, werkbladen, kaarten, scenariokaart, posters, formulier deel 3 en rollenoverzicht voor één sessie",
        "/Creator": CREATOR,
    }
    parts = combine(list(render_set(session, options).values()))
    return {
        ("" if index == 0 else f"-{part.paper}"): part.to_bytes(metadata) for index, part in enumerate(parts)
    }
