"""Laying cards out on sheets: office duplex sheets and print-shop pages.

Office: the sheet is always portrait; cards sit in a grid with at least 6 mm
between them, the grid centred. Each card's backgrounds run 2.5 mm past its
trim into the gap (office bleed), so a cut or duplex slightly off shows no
white sliver; the crop marks sit outside the grid, clear of every bleed, and
nothing comes closer than 6 mm to a sheet edge. When turning
the cards a quarter turn fits more of them, they are turned. Backs go on the
following page at the mirrored slot (columns mirrored for a long-edge flip,
rows for a short-edge flip) plus the user's back offset, turned so that a cut
card reads upright when turned over like a page. Empty slots on the last
sheet stay empty, so backs never shift.

Shop: one card per page, trim size plus 3 mm bleed, TrimBox and BleedBox set.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator_app.core.models import Card, Deck
from facilitator_app.pdf import fonts
from facilitator_app.pdf.cards import (
    CardSize,
    DeckLayout,
    FrontLayout,
    draw_back,
    draw_front,
    layout_deck,
    resolve_size,
)
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.fit import CardOverflowError
from facilitator_app.pdf.furniture import OFFICE_MARGIN
from facilitator_app.pdf.options import CardOptions
from facilitator_app.pdf.styles import ACCENT, INK, MUTED, paper_points

PRINTER_MARGIN = OFFICE_MARGIN
MIN_GAP = 6 * mm
OFFICE_BLEED = 2.5 * mm  # into the 6 mm gap: 1 mm stays white between two cards
BLEED = 3 * mm
SHOP_MARK_ZONE = 9 * mm  # page margin beyond the trim when shop crop marks are on
MARK_OFFSET = 1 * mm
MARK_LENGTH = 4 * mm
MARK_WIDTH = 0.3
REGISTRATION = HexColor("#000000")
CHECK_BAR = 50 * mm
SCALE_HINT = "Afdrukken op 100 % (werkelijke grootte), niet 'passend maken'"
BAR_STRIP = 7 * mm  # height the check bar and its hint need


@dataclass(frozen=True)
class Slot:
    """Where a card goes on a page: its centre and its rotation in degrees."""

    cx: float
    cy: float
    rotation: int


@dataclass(frozen=True)
class SheetGrid:
    sheet_width: float
    sheet_height: float
    card: CardSize
    columns: int
    rows: int
    rotated: bool
    gap: float
    slots: tuple[Slot, ...]  # row by row from the top left

    @property
    def per_sheet(self) -> int:
        return len(self.slots)

    @property
    def footprint(self) -> tuple[float, float]:
        """Width and height a card takes on the sheet (turned if rotated)."""
        if self.rotated:
            return self.card.height, self.card.width
        return self.card.width, self.card.height

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """The grid's left, bottom, right and top."""
        fw, fh = self.footprint
        width = self.columns * fw + (self.columns - 1) * self.gap
        height = self.rows * fh + (self.rows - 1) * self.gap
        left = (self.sheet_width - width) / 2
        bottom = (self.sheet_height - height) / 2
        return left, bottom, left + width, bottom + height


def _count(length: float, item: float, gap: float) -> int:
    usable = length - 2 * (PRINTER_MARGIN + OFFICE_BLEED)
    return max(0, int((usable + gap + 1e-6) // (item + gap)))


def office_grid(card: CardSize, paper: str, gap: float = MIN_GAP) -> SheetGrid:
    """The densest centred grid of ``card`` on a portrait sheet of ``paper``."""
    sheet_w, sheet_h = paper_points(paper)
    upright = (_count(sheet_w, card.width, gap), _count(sheet_h, card.height, gap))
    turned = (_count(sheet_w, card.height, gap), _count(sheet_h, card.width, gap))
    rotated = turned[0] * turned[1] > upright[0] * upright[1]
    columns, rows = turned if rotated else upright
    if columns * rows == 0:
        raise ValueError(f"een kaart van {card.label} past niet op {paper}")
    fw, fh = (card.height, card.width) if rotated else (card.width, card.height)
    width = columns * fw + (columns - 1) * gap
    height = rows * fh + (rows - 1) * gap
    left = (sheet_w - width) / 2
    top = (sheet_h + height) / 2
    slots = tuple(
        Slot(left + col * (fw + gap) + fw / 2, top - row * (fh + gap) - fh / 2, 90 if rotated else 0)
        for row in range(rows)
        for col in range(columns)
    )
    return SheetGrid(sheet_w, sheet_h, card, columns, rows, rotated, gap, slots)


def back_slot(grid: SheetGrid, front: Slot, flip: str, offset_mm: tuple[float, float]) -> Slot:
    """Where the back of the card at ``front`` goes on the following page."""
    dx, dy = offset_mm[0] * mm, offset_mm[1] * mm
    if flip == "long":
        return Slot(grid.sheet_width - front.cx + dx, front.cy + dy, (-front.rotation) % 360)
    if flip == "short":
        return Slot(front.cx + dx, grid.sheet_height - front.cy + dy, (180 - front.rotation) % 360)
    raise ValueError(f"flip must be 'long' or 'short', not {flip!r}")


# ── Drawing helpers ────────────────────────────────────────────────────────
def _place(canvas: Canvas, slot: Slot, card: CardSize) -> None:
    """Move the origin to the trim's lower-left corner of a card at ``slot``."""
    canvas.translate(slot.cx, slot.cy)
    canvas.rotate(slot.rotation)
    canvas.translate(-card.width / 2, -card.height / 2)


def _mark(canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
    if abs(x2 - x1) + abs(y2 - y1) > 0.5:
        canvas.line(x1, y1, x2, y2)


def _office_marks(
    canvas: Canvas, grid: SheetGrid, filled: int, bottom_reserved: float, top_reserved: float
) -> None:
    """Crop marks on the grid's outside, continuing every cut line, clear of every bleed.

    Between cards the gap is bleed on both sides, so marks only go around the
    grid; each starts beyond the bleed and stops 6 mm from the sheet edge.
    """
    fw, fh = grid.footprint
    left, bottom, right, top = grid.bounds
    start = OFFICE_BLEED + MARK_OFFSET
    room = {
        "left": left - start - PRINTER_MARGIN,
        "right": grid.sheet_width - PRINTER_MARGIN - right - start,
        "bottom": bottom - start - PRINTER_MARGIN - bottom_reserved,
        "top": grid.sheet_height - PRINTER_MARGIN - top - start - top_reserved,
    }
    length = {side: max(0.0, min(MARK_LENGTH, value)) for side, value in room.items()}
    columns = range(min(filled, grid.columns))
    rows = range(-(-filled // grid.columns))
    xs = sorted({left + col * (fw + grid.gap) + edge for col in columns for edge in (0.0, fw)})
    ys = sorted({top - row * (fh + grid.gap) - edge for row in rows for edge in (0.0, fh)})
    canvas.saveState()
    canvas.setStrokeColor(REGISTRATION)
    canvas.setLineWidth(MARK_WIDTH)
    for x in xs:
        _mark(canvas, x, top + start, x, top + start + length["top"])
        _mark(canvas, x, bottom - start, x, bottom - start - length["bottom"])
    for y in ys:
        _mark(canvas, left - start, y, left - start - length["left"], y)
        _mark(canvas, right + start, y, right + start + length["right"], y)
    canvas.restoreState()


def draw_check_bar(canvas: Canvas, x: float, y: float) -> None:
    """A 50 mm bar with end ticks and the print-at-100 % hint, baseline at ``y``."""
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, CHECK_BAR, 1.6 * mm, stroke=0, fill=1)
    for tick in range(6):
        tx = x + tick * 10 * mm
        canvas.line(tx, y - 0.8 * mm, tx, y + 2.4 * mm)
    canvas.setFont(fonts.face(bold=True), 7.5)
    canvas.drawCentredString(x + CHECK_BAR / 2, y + 3.1 * mm, "50 mm")
    canvas.setFont(fonts.face(), 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(x + CHECK_BAR + 4 * mm, y + 0.2 * mm, fonts.clean(SCALE_HINT))
    canvas.restoreState()


def _sheet_label(canvas: Canvas, grid: SheetGrid, text: str, y: float) -> None:
    left, _, _, _ = grid.bounds
    canvas.saveState()
    canvas.setFont(fonts.face(), 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(max(left, PRINTER_MARGIN + 1 * mm), y, fonts.clean(text))
    canvas.restoreState()


def _strips(grid: SheetGrid) -> tuple[bool, bool]:
    """Whether the check bar fits below the grid, and the label above it."""
    _, bottom, _, top = grid.bounds
    bar_fits = bottom - OFFICE_BLEED - PRINTER_MARGIN >= BAR_STRIP + 1 * mm
    label_fits = grid.sheet_height - PRINTER_MARGIN - top - OFFICE_BLEED >= 4 * mm + 1 * mm
    return bar_fits, label_fits


# ── Office sheets ──────────────────────────────────────────────────────────
@dataclass(frozen=True)
class Face:
    """One printed card: a card, or one part of a card whose text runs over several."""

    card: Card
    front: FrontLayout


def printable(deck: Deck, options: CardOptions) -> tuple[CardSize, list[Face], DeckLayout]:
    """The card size, the cards to print in order (parts and copies included) and the layout.

    Cards that cannot be printed at this size are left out (``layout.unfit``
    names them); when none can, the first is raised as :class:`CardOverflowError`.
    """
    card_size = resolve_size(options.size, options.orientation, deck)
    layout = layout_deck(deck, card_size, options.card_keys, backs=options.backs)
    if not layout.cards and layout.unfit:
        card, needed = layout.unfit[0]
        raise CardOverflowError(
            deck.title, card.title, card_size.label, deck_key=deck.key, card_key=card.key, needed=needed
        )
    faces = [
        Face(laid.card, front)
        for laid in layout.cards
        for _ in range(max(1, options.copies))
        for front in laid.fronts
    ]
    return card_size, faces, layout


def _draw_front(
    canvas: Canvas, deck: Deck, face: Face, size: CardSize, options: CardOptions, bleed: float
) -> None:
    draw_front(canvas, deck, face.card, size, face.front, footer_date=options.footer_date, bleed=bleed)


def render_office(deck: Deck, options: CardOptions, meta: Metadata) -> bytes:
    card_size, items, _ = printable(deck, options)
    grid = office_grid(card_size, options.paper)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (grid.sheet_width, grid.sheet_height), meta)
    if options.alignment_page:
        draw_alignment_pages(canvas, grid, options)
    sheets = [items[i : i + grid.per_sheet] for i in range(0, len(items), grid.per_sheet)] or [[]]
    bar_fits, label_fits = _strips(grid)
    flip_label = "omslaan over de lange kant" if options.flip == "long" else "omslaan over de korte kant"
    for number, sheet in enumerate(sheets, start=1):
        for slot, face in zip(grid.slots, sheet, strict=False):
            canvas.saveState()
            _place(canvas, slot, card_size)
            _draw_front(canvas, deck, face, card_size, options, OFFICE_BLEED)
            canvas.restoreState()
        if options.crop_marks:
            _office_marks(
                canvas, grid, len(sheet), BAR_STRIP if bar_fits else 0.0, 4 * mm if label_fits else 0.0
            )
        if bar_fits:
            left = max(grid.bounds[0], PRINTER_MARGIN + 1 * mm)
            draw_check_bar(canvas, left, PRINTER_MARGIN + 1.2 * mm)
        if label_fits:
            _sheet_label(
                canvas,
                grid,
                f"{deck.title} · vel {number} van {len(sheets)} · voorkant · {card_size.label}"
                + (f" · dubbelzijdig, {flip_label}" if options.backs else ""),
                grid.sheet_height - PRINTER_MARGIN - 3 * mm,
            )
        canvas.showPage()
        if options.backs:
            for slot, face in zip(grid.slots, sheet, strict=False):
                target = back_slot(grid, slot, options.flip, options.back_offset_mm)
                canvas.saveState()
                _place(canvas, target, card_size)
                draw_back(canvas, deck, face.card, card_size, bleed=OFFICE_BLEED)
                canvas.restoreState()
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cross(canvas: Canvas, slot: Slot, half: float, colour: Color, width: float) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.line(slot.cx - half, slot.cy, slot.cx + half, slot.cy)
    canvas.line(slot.cx, slot.cy - half, slot.cx, slot.cy + half)


def draw_alignment_pages(canvas: Canvas, grid: SheetGrid, options: CardOptions) -> None:
    """Two pages: crosses on the front, scales on the back.

    Held against the light, the back shows where the front's cross falls on
    its scale: that reading is what to add to the back offset.
    """
    fw, fh = grid.footprint
    flip_label = "over de lange kant" if options.flip == "long" else "over de korte kant"
    # Front: card outlines and a bold cross at each centre.
    canvas.saveState()
    for slot in grid.slots:
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.setDash(2, 2)
        canvas.rect(slot.cx - fw / 2, slot.cy - fh / 2, fw, fh, stroke=1, fill=0)
        canvas.setDash()
        _cross(canvas, slot, min(fw, fh) * 0.42, INK, 0.8)
    canvas.restoreState()
    _alignment_text(
        canvas,
        grid,
        [
            "Uitlijntest – voorkant",
            f"Druk deze twee pagina’s dubbelzijdig af, {flip_label}, op 100 % (werkelijke grootte).",
            "Draai het vel daarna om: de uitleg staat op de achterkant.",
        ],
    )
    if _strips(grid)[0]:
        draw_check_bar(canvas, max(grid.bounds[0], PRINTER_MARGIN + 1 * mm), PRINTER_MARGIN + 1.2 * mm)
    canvas.showPage()
    # Back: a millimetre scale around each (mirrored, offset) centre.
    for slot in grid.slots:
        target = back_slot(grid, slot, options.flip, options.back_offset_mm)
        _scale(canvas, target)
    x_off, y_off = options.back_offset_mm
    _alignment_text(
        canvas,
        grid,
        [
            "Uitlijntest – achterkant",
            "Houd het vel met deze kant naar je toe tegen het licht. Lees op de schalen af waar het kruis",
            "van de voorkant valt: horizontaal (x, rechts is plus) en verticaal (y, omhoog is plus).",
            f"Tel die waarden op bij de huidige verschuiving achterkant (nu x = {_mm(x_off)}, y = {_mm(y_off)}).",
        ],
    )
    canvas.showPage()


def _mm(value: float) -> str:
    return f"{value:+.1f} mm".replace(".", ",").replace("+0,0", "0,0")


def _scale(canvas: Canvas, slot: Slot) -> None:
    """An x ruler above the centre and a y ruler right of it, each crossing the
    line of the front's cross at its zero."""
    reach = 8
    away = 16 * mm
    canvas.saveState()
    canvas.setStrokeColor(ACCENT.strong)
    canvas.setFillColor(ACCENT.strong)
    canvas.setLineWidth(0.35)
    canvas.setFont(fonts.face(), 7)
    xr_y, yr_x = slot.cy + away, slot.cx + away
    canvas.line(slot.cx - reach * mm, xr_y, slot.cx + reach * mm, xr_y)
    canvas.line(yr_x, slot.cy - reach * mm, yr_x, slot.cy + reach * mm)
    for step in range(-reach, reach + 1):
        length = 3.0 * mm if step % 5 == 0 else 1.5 * mm
        d = step * mm
        canvas.line(slot.cx + d, xr_y - length / 2, slot.cx + d, xr_y + length / 2)
        canvas.line(yr_x - length / 2, slot.cy + d, yr_x + length / 2, slot.cy + d)
        if step % 5 == 0:
            label = f"{step:+d}".replace("-", "−") if step else "0"
            canvas.drawCentredString(slot.cx + d, xr_y + 2.4 * mm, label)
            canvas.drawString(yr_x + 2.4 * mm, slot.cy + d - 2.4, label)
    canvas.setFont(fonts.face(bold=True), 7.5)
    canvas.drawRightString(slot.cx - reach * mm - 1.5 * mm, xr_y - 2.4, "x")
    canvas.drawCentredString(yr_x, slot.cy + reach * mm + 2 * mm, "y")
    canvas.restoreState()


def _alignment_text(canvas: Canvas, grid: SheetGrid, lines: Sequence[str]) -> None:
    canvas.saveState()
    x = PRINTER_MARGIN + 6 * mm
    y = grid.sheet_height - PRINTER_MARGIN - 5 * mm
    canvas.setFillColor(INK)
    canvas.setFont(fonts.face(bold=True), 11)
    canvas.drawString(x, y, fonts.clean(lines[0]))
    canvas.setFont(fonts.face(), 8)
    for index, line in enumerate(lines[1:], start=1):
        canvas.drawString(x, y - 4 * mm - (index - 1) * 3.6 * mm, fonts.clean(line))
    canvas.restoreState()


# ── Print shop ─────────────────────────────────────────────────────────────
def shop_page_size(card: CardSize, crop_marks: bool) -> tuple[float, float, float]:
    """(page width, page height, distance from page edge to trim)."""
    edge = SHOP_MARK_ZONE if crop_marks else BLEED
    return card.width + 2 * edge, card.height + 2 * edge, edge


def _shop_marks(canvas: Canvas, card: CardSize, edge: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(REGISTRATION)
    canvas.setLineWidth(MARK_WIDTH)
    x0, y0, x1, y1 = edge, edge, edge + card.width, edge + card.height
    start, end = BLEED + 0.5 * mm, edge - 0.5 * mm
    for x in (x0, x1):
        canvas.line(x, y0 - start, x, y0 - end)
        canvas.line(x, y1 + start, x, y1 + end)
    for y in (y0, y1):
        canvas.line(x0 - start, y, x0 - end, y)
        canvas.line(x1 + start, y, x1 + end, y)
    canvas.restoreState()


def render_shop(deck: Deck, options: CardOptions, meta: Metadata) -> bytes:
    card_size, items, _ = printable(deck, options)
    page_w, page_h, edge = shop_page_size(card_size, options.crop_marks)
    trim = (edge, edge, edge + card_size.width, edge + card_size.height)
    bleed = (edge - BLEED, edge - BLEED, edge + card_size.width + BLEED, edge + card_size.height + BLEED)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (page_w, page_h), meta)
    for face in items:
        for side in ("front", "back") if options.backs else ("front",):
            canvas.setTrimBox(trim)
            canvas.setBleedBox(bleed)
            canvas.saveState()
            canvas.translate(edge, edge)
            if side == "front":
                _draw_front(canvas, deck, face, card_size, options, BLEED)
            else:
                draw_back(canvas, deck, face.card, card_size, bleed=BLEED)
            canvas.restoreState()
            if options.crop_marks:
                _shop_marks(canvas, card_size, edge)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()
