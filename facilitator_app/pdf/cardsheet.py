"""``render_cards``: a deck as office sheets or print-shop pages."""

from __future__ import annotations

import io

from facilitator_app.core.models import Deck
from facilitator_app.pdf.cards import resolve_size
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.imposition import draw_alignment_pages, office_grid, render_office, render_shop
from facilitator_app.pdf.options import CardOptions


def _meta(deck: Deck, options: CardOptions) -> Metadata:
    return Metadata(
        title=f"{deck.title} – kaarten",
        subject=f"Kaarten van de stapel ‘{deck.title}’ (versie {deck.version})",
        author=options.author,
    )


def render_cards(deck: Deck, options: CardOptions | None = None) -> bytes:
    """Print a deck. Raises :class:`CardOverflowError` naming the card that does not fit."""
    options = options or CardOptions()
    if options.layout == "shop":
        return render_shop(deck, options, _meta(deck, options))
    if options.layout == "office":
        return render_office(deck, options, _meta(deck, options))
    raise ValueError(f"layout must be 'office' or 'shop', not {options.layout!r}")


def render_alignment_test(deck: Deck | None = None, options: CardOptions | None = None) -> bytes:
    """Only the two alignment pages for the sheet layout ``options`` gives."""
    options = options or CardOptions()
    grid = office_grid(resolve_size(options.size, options.orientation, deck), options.paper)
    buffer = io.BytesIO()
    meta = Metadata(
        title="Uitlijntest dubbelzijdig afdrukken", subject="Uitlijntest voor kaarten", author=options.author
    )
    canvas = new_canvas(buffer, (grid.sheet_width, grid.sheet_height), meta)
    draw_alignment_pages(canvas, grid, options)
    canvas.save()
    return buffer.getvalue()
