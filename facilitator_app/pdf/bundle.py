"""The whole set for one session: one PDF per item, or all in one PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from facilitator_app.core.models import Card, Deck, Participant, Role, ScenarioMap, School, Theme
from facilitator_app.pdf import fonts
from facilitator_app.pdf.cardsheet import UnfitCard, render_cards, unfit_cards
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
    """Options for every item of the set; ``decks``: which decks to print
    ("used" = the decks the theme's steps refer to, "all" = every deck given)."""

    cards: CardOptions = field(default_factory=CardOptions)
    scenario_map: MapOptions = field(default_factory=MapOptions)
    worksheets: WorksheetOptions = field(default_factory=WorksheetOptions)
    posters: PosterOptions = field(default_factory=PosterOptions)
    script: ScriptOptions = field(default_factory=ScriptOptions)
    part3: Part3Options | None = field(default_factory=Part3Options)  # None: leave the form out
    decks: str = "used"


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


def card_lookup(decks: Sequence[Deck]) -> dict[str, Card]:
    """ "deck/card" → card, as steps refer to them."""
    return {f"{deck.key}/{card.key}": card for deck in decks for card in deck.cards}


def _decks_to_print(session: SessionPrint, choice: str) -> list[Deck]:
    if choice == "all":
        return list(session.decks)
    used = {ref.deck_key for _, box in session.theme.timeboxes() for step in box.steps for ref in step.cards}
    return [deck for deck in session.decks if deck.key in used]


def render_set(session: SessionPrint, options: SetOptions | None = None) -> dict[str, bytes]:
    """One PDF per item, keyed by a file name, in reading order."""
    options = options or SetOptions()
    lookup = card_lookup(session.decks)
    files: dict[str, bytes] = {}
    files["01-draaiboek.pdf"] = render_script(
        session.theme, session.start, session.school, session.day, lookup, options.script
    )
    sheet_options = options.worksheets
    if sheet_options.start is None:
        sheet_options = replace(sheet_options, start=session.start)
    files["02-werkbladen.pdf"] = render_worksheets(
        session.theme,
        lookup,
        session.roles,
        session.school,
        session.participants,
        session.day,
        sheet_options,
    )
    card_options = options.cards
    if card_options.footer_date is None:
        card_options = replace(card_options, footer_date=session.day)
    number = 3
    for deck in _decks_to_print(session, options.decks):
        try:
            files[f"{number:02d}-kaarten-{deck.key}.pdf"] = render_cards(deck, card_options)
        except CardOverflowError:
            continue  # not one card of it fits this size: unfit_in_set names them all
        number += 1
    if session.scenario_map is not None:
        map_options = options.scenario_map
        if map_options.footer_date is None:
            map_options = replace(map_options, footer_date=session.day)
        files[f"{number:02d}-scenariokaart.pdf"] = render_scenario_map(session.scenario_map, map_options)
        number += 1
    files[f"{number:02d}-posters.pdf"] = render_posters(
        session.theme.title, session.school, session.day, options.posters
    )
    number += 1
    if options.part3 is not None:
        files[f"{number:02d}-deel3.pdf"] = render_part3_form(
            session.theme.title,
            session.scenario_map,
            session.school,
            session.day,
            session.participants,
            options.part3,
        )
        number += 1
    if session.roles:
        files[f"{number:02d}-rollen.pdf"] = render_role_glossary(
            session.roles, session.school, session.day, options.script.author
        )
    return files


def unfit_in_set(session: SessionPrint, options: SetOptions | None = None) -> tuple[UnfitCard, ...]:
    """The cards :func:`render_set` leaves out at the chosen card size, each with the size it needs."""
    options = options or SetOptions()
    return tuple(
        card for deck in _decks_to_print(session, options.decks) for card in unfit_cards(deck, options.cards)
    )


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
