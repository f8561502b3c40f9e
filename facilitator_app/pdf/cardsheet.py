"""``render_cards``: a deck as office sheets or print-shop pages, and the cards it leaves out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator_app.core.models import Deck
from facilitator_app.pdf.cards import CARD_SIZES, layout_deck, resolve_size
from facilitator_app.pdf.cmyk import to_cmyk
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.fit import CARD_MIN_SIZE, MAX_PARTS
from facilitator_app.pdf.imposition import draw_alignment_pages, office_grid, render_office, render_shop
from facilitator_app.pdf.options import CardOptions


@dataclass(frozen=True)
class UnfitCard:
    """A card left out of a print because its text cannot fit the chosen size.

    ``needed`` is the smallest standard size that holds it (None: not even A5).
    """

    deck_title: str
    card_title: str
    size_label: str
    needed: str | None


def smallest_sufficient(unfit: Sequence[UnfitCard]) -> str | None:
    """The smallest standard size that holds every card in ``unfit`` (None if some fit none)."""
    needed = [card.needed for card in unfit]
    if not needed or any(size not in CARD_SIZES for size in needed):
        return None
    return max(needed, key=lambda size: CARD_SIZES.index(size or ""))


def describe_unfit(unfit: Sequence[UnfitCard]) -> str:
    """One Dutch sentence naming the cards left out and the size each needs."""
    if not unfit:
        return ""
    names = []
    for card in unfit:
        where = f"past op {card.needed}" if card.needed else "past ook niet op A5: maak de tekst korter"
        names.append(f"‘{card.card_title}’ uit ‘{card.deck_title}’ ({where})")
    sizes = " / ".join(sorted({card.size_label for card in unfit}))
    return (
        f"Niet afgedrukt op {sizes}, want de tekst past niet (ook niet bij {CARD_MIN_SIZE:g} pt, "
        f"verdeeld over {MAX_PARTS} kaarten): {'; '.join(names)}."
    )


def _meta(deck: Deck, options: CardOptions) -> Metadata:
    return Metadata(
        title=f"{deck.title} – kaarten",
        subject=f"Kaarten van de stapel ‘{deck.title}’ (versie {deck.version})",
        author=options.author,
    )


def render_cards(deck: Deck, options: CardOptions | None = None) -> bytes:
    """Print a deck: every card that fits; :func:`unfit_cards` names the others.

    Raises :class:`CardOverflowError` (naming a card and the size it needs)
    when not one card fits.
    """
    options = options or CardOptions()
    if options.layout == "shop":
        shop = render_shop(deck, options, _meta(deck, options))
        return to_cmyk(shop) if options.color == "cmyk" else shop
    if options.layout == "office":
        return render_office(deck, options, _meta(deck, options))
    raise ValueError(f"layout must be 'office' or 'shop', not {options.layout!r}")


def unfit_cards(deck: Deck, options: CardOptions | None = None) -> tuple[UnfitCard, ...]:
    """The cards :func:`render_cards` leaves out at ``options``' size, each with the size it needs."""
    options = options or CardOptions()
    size = resolve_size(options.size, options.orientation, deck)
    layout = layout_deck(deck, size, options.card_keys, backs=options.backs)
    return tuple(UnfitCard(deck.title, card.title, size.label, needed) for card, needed in layout.unfit)


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
