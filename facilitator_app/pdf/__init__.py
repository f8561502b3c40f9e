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

``cards`` arguments map "deck/card" to :class:`Card`; ``card_lookup(decks)``
builds that mapping.
"""

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
from facilitator_app.pdf.combine import PaperFile, combine
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
