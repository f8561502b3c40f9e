"""One card, front and back, drawn at trim size with optional bleed.

The caller places the origin at the lower-left corner of the trim box; the
card draws its backgrounds out to ``bleed`` beyond it (print shop) and keeps
all text inside a safe margin. Imposition on sheets lives in
:mod:`.imposition`.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from facilitator_app.core.models import BackStyle, Card, Deck
from facilitator_app.pdf import fonts
from facilitator_app.pdf.fit import MIN_SIZE, CardOverflowError, FitResult, Fitted, fill_ratio, fit
from facilitator_app.pdf.options import CardSizeSpec, Orientation
from facilitator_app.pdf.styles import (
    MUTED,
    PAPER_MM,
    WHITE,
    KindColours,
    dutch_date,
    kind_colours,
    mix,
)
from facilitator_app.pdf.text import (
    body_styles,
    draw_stack,
    inline,
    markup_flowables,
    plain,
    shorten,
    style,
    text_width,
)

CARD_SIZES = ("A7", "A6", "A5")
FOOTER_SIZE = 7.0


@dataclass(frozen=True)
class CardSize:
    """A card's trim size in points, with the name printed in messages."""

    width: float
    height: float
    label: str

    @property
    def scale(self) -> float:
        """1.0 for A6; type and margins grow and shrink with the short side."""
        return float(min(self.width, self.height) / (105 * mm))


def resolve_size(
    spec: CardSizeSpec | CardSize | None, orientation: Orientation = "portrait", deck: Deck | None = None
) -> CardSize:
    """Turn "A6", (w, h) in mm, or None (the deck's size) into a :class:`CardSize`."""
    if isinstance(spec, CardSize):
        return spec
    if spec is None:
        spec = deck.card_size if deck is not None and deck.card_size in CARD_SIZES else "A6"
    if isinstance(spec, str):
        if spec not in CARD_SIZES:
            raise ValueError(f"unknown card size {spec!r}; use A7, A6, A5 or (width_mm, height_mm)")
        width_mm, height_mm = PAPER_MM[spec]
        label = spec
    else:
        width_mm, height_mm = (float(v) for v in spec)
        if not (30 <= width_mm <= 400 and 30 <= height_mm <= 400):
            raise ValueError("a custom card size must be between 30 and 400 mm on each side")
        label = f"{width_mm:g} × {height_mm:g} mm"
    short, long = sorted((width_mm, height_mm))
    width_mm, height_mm = (long, short) if orientation == "landscape" else (short, long)
    suffix = " liggend" if orientation == "landscape" else ""
    return CardSize(width_mm * mm, height_mm * mm, label + suffix)


@dataclass(frozen=True)
class _Metrics:
    margin: float
    label_size: float
    title_max: float
    title_min: float
    body_max: float
    band_pad: float
    footer_y: float

    @classmethod
    def of(cls, size: CardSize) -> _Metrics:
        k = size.scale
        margin = max(4.5 * mm, 6 * mm * k**0.6)
        return cls(
            margin=margin,
            label_size=max(MIN_SIZE, 7.5 * k**0.75),
            title_max=max(MIN_SIZE, 15.5 * k**0.75),
            title_min=max(MIN_SIZE, 9.0 * k),
            body_max=max(MIN_SIZE, 11.5 * k),
            band_pad=margin * 0.8,
            footer_y=max(4 * mm, margin * 0.72),
        )


@dataclass(frozen=True)
class FrontLayout:
    """A fitted front: the band story, the body story and where they go."""

    band: Fitted
    band_height: float
    body: Fitted
    body_top: float
    body_room: float


def _label(deck: Deck, card: Card, colours: KindColours) -> str:
    return (card.subtitle or colours.label).upper()


def _band_story(
    deck: Deck, card: Card, metrics: _Metrics, colours: KindColours, size: float, inner: float
) -> list[Paragraph]:
    label_style = style(
        "card-label",
        metrics.label_size,
        bold=True,
        colour=mix(colours.strong, WHITE, 0.72),
        leading=1.2,
        space_after=metrics.label_size * 0.55,
    )
    longest = max((text_width(word, size, bold=True) for word in card.title.split()), default=0.0)
    title_style = style(
        "card-title",
        size,
        bold=True,
        colour=WHITE,
        leading=1.14,
        hyphenate=longest > inner,
    )
    return [
        Paragraph(plain(_label(deck, card, colours)), label_style),
        Paragraph(inline(card.title), title_style),
    ]


def _body_story(card: Card, colours: KindColours, size: float, *, compact: bool = False) -> list[Flowable]:
    styles = body_styles(
        size, colours.strong, leading=1.13 if compact else 1.22, gaps=0.6 if compact else 1.0
    )
    story = markup_flowables(card.body, styles, caps_headings=card.kind == "recipe")
    if card.source:
        story.append(Paragraph(inline(card.source), styles.source))
    return story


def _frames(size: CardSize, metrics: _Metrics) -> tuple[float, float]:
    """(inner width, height available to band title + body)."""
    inner = size.width - 2 * metrics.margin
    return inner, size.height


def layout_front(deck: Deck, card: Card, size: CardSize) -> FrontLayout:
    """Fit title and body; raises :class:`CardOverflowError` if either cannot fit at 7 pt."""
    result = _layout_front(deck, card, size)
    if isinstance(result, FrontLayout):
        return result
    raise CardOverflowError(deck.title, card.title, size.label, deck_key=deck.key, card_key=card.key)


def _layout_front(deck: Deck, card: Card, size: CardSize) -> FrontLayout | float:
    """The layout, or the fill ratio at the minimum size when it does not fit."""
    metrics = _Metrics.of(size)
    colours = kind_colours(card.kind or deck.kind)
    inner, _ = _frames(size, metrics)
    label_height = metrics.label_size * 1.2 + metrics.label_size * 0.55
    title_room = label_height + 3 * metrics.title_max * 1.14 + 1
    band = fit(
        lambda s: _band_story(deck, card, metrics, colours, s, inner),
        inner,
        title_room,
        max_size=metrics.title_max,
        min_size=metrics.title_min,
    ) or fit(
        lambda s: _band_story(deck, card, metrics, colours, s, inner),
        inner,
        title_room * 1.6,
        max_size=metrics.title_min,
    )
    footer_top = metrics.footer_y + FOOTER_SIZE + metrics.margin * 0.55
    if band is None:
        return float("inf")
    band_height = band.height + 2 * metrics.band_pad
    body_top = size.height - band_height - metrics.margin * 0.85
    body_room = body_top - footer_top

    def build(s: float) -> list[Flowable]:
        return _body_story(card, colours, s)

    def build_compact(s: float) -> list[Flowable]:
        return _body_story(card, colours, s, compact=True)

    # Normal spacing first; a long text may close up its spacing before it fails.
    body = fit(build, inner, body_room, max_size=metrics.body_max) or fit(
        build_compact, inner, body_room, max_size=metrics.body_max
    )
    if body is None:
        return fill_ratio(build_compact, inner, body_room, MIN_SIZE)
    return FrontLayout(band=band, band_height=band_height, body=body, body_top=body_top, body_room=body_room)


def check_fit(
    deck: Deck,
    card: Card,
    size: CardSizeSpec | CardSize | None = None,
    orientation: Orientation = "portrait",
) -> FitResult:
    """Whether ``card`` fits at ``size`` (default: the deck's size), without raising.

    The card editor uses it to flag a card before anyone prints it.
    """
    card_size = resolve_size(size, orientation, deck)
    result = _layout_front(deck, card, card_size)
    if isinstance(result, FrontLayout):
        return FitResult(True, result.body.size, result.body.height / result.body_room)
    return FitResult(False, None, result)


def footer_text(deck: Deck, footer_date: dt.date | None) -> str:
    parts = [f"versie {deck.version}"]
    if footer_date is not None:
        parts.append(dutch_date(footer_date))
    return " · ".join(parts)


def draw_front(
    canvas: Canvas,
    deck: Deck,
    card: Card,
    size: CardSize,
    layout: FrontLayout,
    *,
    footer_date: dt.date | None,
    bleed: float = 0.0,
) -> None:
    """Draw the front with its trim box at (0, 0)."""
    metrics = _Metrics.of(size)
    colours = kind_colours(card.kind or deck.kind)
    w, h = size.width, size.height
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(WHITE)
    canvas.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed, stroke=0, fill=1)
    # Header band with a quiet ring motif, out into the bleed.
    band_bottom = h - layout.band_height
    canvas.setFillColor(colours.strong)
    canvas.rect(-bleed, band_bottom, w + 2 * bleed, layout.band_height + bleed, stroke=0, fill=1)
    canvas.saveState()
    band_clip = canvas.beginPath()
    band_clip.rect(-bleed, band_bottom, w + 2 * bleed, layout.band_height + bleed)
    canvas.clipPath(band_clip, stroke=0, fill=0)
    canvas.setStrokeColor(mix(colours.strong, WHITE, 0.14))
    canvas.setLineWidth(2.2 * size.scale)
    for radius in (0.16, 0.24, 0.32):
        canvas.circle(w * 1.0, h * 1.0, w * radius, stroke=1, fill=0)
    canvas.restoreState()
    draw_stack(canvas, layout.band.flowables, metrics.margin, h - metrics.band_pad, w - 2 * metrics.margin)
    # A short accent rule under the band.
    canvas.setFillColor(colours.tint)
    canvas.rect(
        -bleed, band_bottom - 1.2 * mm * size.scale, w + 2 * bleed, 1.2 * mm * size.scale, stroke=0, fill=1
    )
    draw_stack(canvas, layout.body.flowables, metrics.margin, layout.body_top, w - 2 * metrics.margin)
    # Footer: deck name left, version and date right.
    right = footer_text(deck, footer_date)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.face(), FOOTER_SIZE)
    canvas.drawRightString(w - metrics.margin, metrics.footer_y, fonts.clean(right))
    room = w - 2 * metrics.margin - text_width(right, FOOTER_SIZE) - 3 * mm
    canvas.setFont(fonts.face(bold=True), FOOTER_SIZE)
    canvas.setFillColor(colours.strong)
    canvas.drawString(metrics.margin, metrics.footer_y, shorten(deck.title, room, FOOTER_SIZE, bold=True))
    canvas.restoreState()


def _pattern(canvas: Canvas, deck: Deck, size: CardSize, colours: KindColours, bleed: float) -> None:
    """A deck-wide pattern, the same on every card of the deck."""
    w, h = size.width, size.height
    variant = zlib.crc32(deck.key.encode("utf-8")) % 3
    k = size.scale
    colour = mix(colours.strong, WHITE, 0.16)
    canvas.setFillColor(colour)
    canvas.setStrokeColor(colour)
    if variant == 0:  # dots
        step = 7 * mm * k
        row = 0
        y = -bleed
        while y < h + bleed + step:
            x = -bleed + (step / 2 if row % 2 else 0)
            while x < w + bleed + step:
                canvas.circle(x, y, 1.1 * mm * k, stroke=0, fill=1)
                x += step
            y += step * 0.87
            row += 1
    elif variant == 1:  # diagonal stripes
        canvas.setLineWidth(2.4 * mm * k)
        step = 8 * mm * k
        offset = -h - 2 * bleed
        while offset < w + 2 * bleed:
            canvas.line(offset - bleed, -bleed, offset - bleed + h + 2 * bleed, h + bleed)
            offset += step
    else:  # rings from one corner
        canvas.setLineWidth(1.6 * mm * k)
        step = 6 * mm * k
        radius = step
        while radius < max(w, h) * 1.5:
            canvas.circle(0, 0, radius, stroke=1, fill=0)
            radius += step


def draw_back(canvas: Canvas, deck: Deck, card: Card, size: CardSize, *, bleed: float = 0.0) -> None:
    """Draw the back with its trim box at (0, 0)."""
    metrics = _Metrics.of(size)
    colours = kind_colours(card.kind or deck.kind)
    w, h = size.width, size.height
    k = size.scale
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(colours.strong)
    canvas.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed, stroke=0, fill=1)
    inner = w - 2 * metrics.margin
    if deck.back_style is BackStyle.DESIGN:
        _pattern(canvas, deck, size, colours, bleed)
        panel_w = w - 2 * metrics.margin * 1.3
        text_w = panel_w - 2 * metrics.margin * 0.8

        def build(s: float) -> list[Flowable]:
            story: list[Flowable] = [
                Paragraph(
                    plain(colours.label.upper()),
                    style(
                        "back-label",
                        max(MIN_SIZE, s * 0.5),
                        bold=True,
                        colour=MUTED,
                        align="center",
                        space_after=s * 0.35,
                    ),
                ),
                Paragraph(
                    inline(deck.title),
                    style(
                        "back-deck",
                        s,
                        bold=True,
                        colour=colours.strong,
                        align="center",
                        leading=1.15,
                        hyphenate=False,
                    ),
                ),
            ]
            if card.back:
                story.append(
                    Paragraph(
                        inline(card.back),
                        style("back-text", max(MIN_SIZE, s * 0.55), align="center", space_before=s * 0.6),
                    )
                )
            return story

        fitted = fit(build, text_w, h * 0.6, max_size=16 * k, min_size=MIN_SIZE)
        if fitted is None:
            raise CardOverflowError(deck.title, card.title, size.label, deck_key=deck.key, card_key=card.key)
        panel_h = fitted.height + 2 * metrics.margin * 0.8
        px, py = (w - panel_w) / 2, (h - panel_h) / 2
        canvas.setFillColor(WHITE)
        canvas.roundRect(px, py, panel_w, panel_h, 3 * mm * k, stroke=0, fill=1)
        draw_stack(
            canvas, fitted.flowables, px + (panel_w - text_w) / 2, py + panel_h - metrics.margin * 0.8, text_w
        )
    else:
        canvas.setStrokeColor(mix(colours.strong, WHITE, 0.14))
        canvas.setLineWidth(2.2 * k)
        for radius in (0.16, 0.24, 0.32, 0.40):
            canvas.circle(0, 0, w * radius, stroke=1, fill=0)
            canvas.circle(w, h, w * radius, stroke=1, fill=0)
        label_colour = mix(colours.strong, WHITE, 0.7)

        def build(s: float) -> list[Flowable]:
            story: list[Flowable] = [
                Paragraph(
                    plain(deck.title.upper()),
                    style(
                        "back-label",
                        max(MIN_SIZE, 8 * k),
                        bold=True,
                        colour=label_colour,
                        align="center",
                        space_after=s * 0.6,
                    ),
                ),
                Paragraph(
                    inline(card.title),
                    style(
                        "back-title",
                        s,
                        bold=True,
                        colour=WHITE,
                        align="center",
                        leading=1.15,
                        hyphenate=False,
                    ),
                ),
            ]
            if card.back:
                story.append(
                    Paragraph(
                        inline(card.back),
                        style(
                            "back-text",
                            max(MIN_SIZE, s * 0.6),
                            colour=WHITE,
                            align="center",
                            space_before=s * 0.8,
                        ),
                    )
                )
            return story

        fitted = fit(build, inner, h - 2 * metrics.margin, max_size=18 * k, min_size=MIN_SIZE)
        if fitted is None:
            raise CardOverflowError(deck.title, card.title, size.label, deck_key=deck.key, card_key=card.key)
        top = (h + fitted.height) / 2
        draw_stack(canvas, fitted.flowables, metrics.margin, top, inner)
    canvas.restoreState()
