"""Printed output, generated with ReportLab from plain core objects (no Qt here).

Every function returns the PDF as bytes (``write_set`` writes files). All
output embeds one TrueType family (Lato), extracts as the Dutch text stored,
replaces characters the font lacks by a close equivalent (or "□"), and is
byte-identical for the same data (pass fixed dates).

Cards
    ``render_cards(deck, CardOptions(...)) -> bytes``: office sheets (A4/A3,
    duplex, crop marks, mirrored backs, back offset, alignment page, 50 mm
    check bar) or print-shop pages (trim + 3 mm bleed, TrimBox/BleedBox;
    ``color="cmyk"``: DeviceCMYK, text on 100 % K, not PDF/X, see ``cmyk``).
    ``render_alignment_test(deck, options) -> bytes``: just the test pages.
    ``check_fit(deck, card, size=None) -> FitResult``: does a card fit, at
    what size and over how many cards (for the editor). No text on a card is
    set below 9 pt; one body size per deck; a long text continues on a second
    or third card ("1/2"). ``unfit_cards(deck, options)`` names the cards that
    still do not fit (with the size they need, ``describe_unfit`` in Dutch);
    rendering leaves them out, and raises ``CardOverflowError`` only when no
    card of the deck fits.
Other items
    ``render_scenario_map(map, MapOptions(paper="A3")) -> bytes``
    ``render_worksheets(theme, cards, roles, school, participants, day, WorksheetOptions()) -> bytes``
    ``render_posters(theme_title, school, day, PosterOptions(paper="A3"|"A4-tiled")) -> bytes``
    ``render_script(theme, start, school, day, cards, ScriptOptions()) -> bytes`` (the draaiboek,
    with the facilitator's notes per part and step)
    ``render_part3_form(theme_title, map, school, day, participants, Part3Options(blank=False)) -> bytes``
    ``render_role_glossary(roles, school, day) -> bytes``: the role handout for participants
Records and the archive
    ``render_record(session, outcome, notes, runs, scenario_map, school, earlier, amendments, anonymised=False) -> bytes``
    ``render_record_data(store.archive.record_data(session_id), anonymised=False) -> bytes``
    ``render_overview(store.archive.overview(), day=..., scenario_names=...) -> bytes``
The whole set
    ``combine(sections) -> list[PaperFile]``: printed sections put together,
    one file per paper size, each section on an odd page.
    ``render_set(SessionPrint(...), SetOptions()) -> dict[file name, bytes]``,
    ``write_set(folder, session, options) -> list[Path]``,
    ``render_combined(session, options) -> dict[suffix, bytes]``: one PDF per
    paper size ("" for the main one, "-A3" for A3 sheets), every section
    starting on an odd page (a padding page says "deze pagina is bewust leeg"),
    ``unfit_in_set(session, options)``: the cards the set leaves out.
    ``set_items(session, options) -> list[SetItem]``: the one assembly of the
    set, item by item; ``render_items(items, progress, cancelled) -> CombinedSet``
    renders them into one PDF per paper (the print dialog, on a worker thread).

The names are loaded on first use (PEP 562): printing a record need not
import the card, worksheet and set modules, nor a print set the record's.

``cards`` arguments map "deck/card" to :class:`Card`; ``card_lookup(decks)``
builds that mapping.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Imported now: the function shares its module's name, and importing the module (bundle does)
# would otherwise leave the module, not the function, under that name here.
from facilitator_app.pdf.combine import PaperFile, combine

if TYPE_CHECKING:
    from facilitator_app.pdf.bundle import (
        CombinedSet,
        ItemKind,
        SessionPrint,
        SetCancelledError,
        SetItem,
        SetOptions,
        alignment_items,
        card_lookup,
        render_combined,
        render_items,
        render_set,
        set_items,
        unfit_in_set,
        write_set,
    )
    from facilitator_app.pdf.cards import CardSize, check_fit, resolve_size
    from facilitator_app.pdf.cardsheet import (
        UnfitCard,
        describe_unfit,
        render_alignment_test,
        render_cards,
        smallest_sufficient,
        unfit_cards,
    )
    from facilitator_app.pdf.fit import CardOverflowError, FitResult
    from facilitator_app.pdf.fonts import clean as sanitize
    from facilitator_app.pdf.glossary import render_role_glossary
    from facilitator_app.pdf.options import (
        CardOptions,
        MapOptions,
        Part3Options,
        PosterOptions,
        ScriptOptions,
        WorksheetOptions,
    )
    from facilitator_app.pdf.overview import render_overview
    from facilitator_app.pdf.part3 import render_part3_form
    from facilitator_app.pdf.posters import render_posters
    from facilitator_app.pdf.record import render_record, render_record_data
    from facilitator_app.pdf.scenario_map import MapOverflowError, render_scenario_map
    from facilitator_app.pdf.script import render_script
    from facilitator_app.pdf.worksheets import render_worksheets

# Each public name → (its module, its name there).
_HOMES: dict[str, tuple[str, str]] = {
    "CombinedSet": ("bundle", "CombinedSet"),
    "ItemKind": ("bundle", "ItemKind"),
    "SessionPrint": ("bundle", "SessionPrint"),
    "SetCancelledError": ("bundle", "SetCancelledError"),
    "SetItem": ("bundle", "SetItem"),
    "SetOptions": ("bundle", "SetOptions"),
    "alignment_items": ("bundle", "alignment_items"),
    "card_lookup": ("bundle", "card_lookup"),
    "render_combined": ("bundle", "render_combined"),
    "render_items": ("bundle", "render_items"),
    "render_set": ("bundle", "render_set"),
    "set_items": ("bundle", "set_items"),
    "unfit_in_set": ("bundle", "unfit_in_set"),
    "write_set": ("bundle", "write_set"),
    "CardSize": ("cards", "CardSize"),
    "check_fit": ("cards", "check_fit"),
    "resolve_size": ("cards", "resolve_size"),
    "UnfitCard": ("cardsheet", "UnfitCard"),
    "describe_unfit": ("cardsheet", "describe_unfit"),
    "render_alignment_test": ("cardsheet", "render_alignment_test"),
    "render_cards": ("cardsheet", "render_cards"),
    "smallest_sufficient": ("cardsheet", "smallest_sufficient"),
    "unfit_cards": ("cardsheet", "unfit_cards"),
    "CardOverflowError": ("fit", "CardOverflowError"),
    "FitResult": ("fit", "FitResult"),
    "sanitize": ("fonts", "clean"),
    "render_role_glossary": ("glossary", "render_role_glossary"),
    "CardOptions": ("options", "CardOptions"),
    "MapOptions": ("options", "MapOptions"),
    "Part3Options": ("options", "Part3Options"),
    "PosterOptions": ("options", "PosterOptions"),
    "ScriptOptions": ("options", "ScriptOptions"),
    "WorksheetOptions": ("options", "WorksheetOptions"),
    "render_overview": ("overview", "render_overview"),
    "render_part3_form": ("part3", "render_part3_form"),
    "render_posters": ("posters", "render_posters"),
    "render_record": ("record", "render_record"),
    "render_record_data": ("record", "render_record_data"),
    "MapOverflowError": ("scenario_map", "MapOverflowError"),
    "render_scenario_map": ("scenario_map", "render_scenario_map"),
    "render_script": ("script", "render_script"),
    "render_worksheets": ("worksheets", "render_worksheets"),
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home[0]}"), home[1])
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "CardOptions",
    "CardOverflowError",
    "CardSize",
    "CombinedSet",
    "FitResult",
    "ItemKind",
    "MapOptions",
    "MapOverflowError",
    "PaperFile",
    "Part3Options",
    "PosterOptions",
    "ScriptOptions",
    "SessionPrint",
    "SetCancelledError",
    "SetItem",
    "SetOptions",
    "UnfitCard",
    "WorksheetOptions",
    "alignment_items",
    "card_lookup",
    "check_fit",
    "combine",
    "describe_unfit",
    "render_alignment_test",
    "render_cards",
    "render_combined",
    "render_items",
    "render_overview",
    "render_part3_form",
    "render_posters",
    "render_record",
    "render_record_data",
    "render_role_glossary",
    "render_scenario_map",
    "render_script",
    "render_set",
    "render_worksheets",
    "resolve_size",
    "sanitize",
    "set_items",
    "smallest_sufficient",
    "unfit_cards",
    "unfit_in_set",
    "write_set",
]
