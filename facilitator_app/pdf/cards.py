"""One card, front and back, drawn at trim size with optional bleed.

The caller places the origin at the lower-left corner of the trim box; the
card draws its backgrounds out to ``bleed`` beyond it (print shop) and keeps
all text inside a safe margin. Imposition on sheets lives in
:mod:`.imposition`.
"""

from __future__ import annotations

import datetime as dt
import functools
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from facilitator_app.core.dutch_words import dutch_date
from facilitator_app.core.models import BackStyle, Card, Deck
from facilitator_app.pdf import fonts
from facilitator_app.pdf.fit import (
    CARD_MIN_SIZE,
    MAX_PARTS,
    CardOverflowError,
    FitResult,
    Fitted,
    StoryBuilder,
    fill_ratio,
    fit,
)
from facilitator_app.pdf.options import CardSizeSpec, Orientation
from facilitator_app.pdf.styles import (
    BLACK,
    INK,
    MUTED,
    PAPER_MM,
    WHITE,
    KindColours,
    kind_colours,
    mix,
    readable,
)
from facilitator_app.pdf.text import (
    body_styles,
    draw_stack,
    inline,
    markup_flowables,
    measure,
    plain,
    shorten,
    space_between,
    style,
    text_width,
)

CARD_SIZES = ("A7", "A6", "A5")
FOOTER_SIZE = CARD_MIN_SIZE


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
            label_size=max(CARD_MIN_SIZE, 7.5 * k**0.75),
            title_max=max(CARD_MIN_SIZE + 2, 15.5 * k**0.75),
            title_min=max(CARD_MIN_SIZE, 9.0 * k),
            body_max=max(CARD_MIN_SIZE, 11.5 * k),
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


@dataclass(frozen=True)
class CardLayout:
    """A card's fronts: one, or the parts its text is split over ("1/2", "2/2")."""

    card: Card
    fronts: tuple[FrontLayout, ...]


@dataclass(frozen=True)
class DeckLayout:
    """Every card of a deck at one size, all with one body size.

    ``unfit`` holds the cards that cannot be printed at this size, not even at
    9 pt over :data:`MAX_PARTS` cards, with the smallest standard size that
    holds each (None: not even A5).
    """

    size: CardSize
    body_size: float
    cards: tuple[CardLayout, ...]
    unfit: tuple[tuple[Card, str | None], ...]

    def fronts(self, card_key: str) -> tuple[FrontLayout, ...]:
        for layout in self.cards:
            if layout.card.key == card_key:
                return layout.fronts
        raise KeyError(card_key)


def _ring(colours: KindColours) -> Color:
    """The quiet ring motif on the band and the back: a shade darker, so light text reads on it too."""
    return mix(colours.strong, BLACK, 0.12)


def _label(card: Card, colours: KindColours, suffix: str = "") -> str:
    return (card.subtitle or colours.label).upper() + suffix


def _band_story(
    card: Card, metrics: _Metrics, colours: KindColours, size: float, inner: float, suffix: str = ""
) -> list[Paragraph]:
    label_style = style(
        "card-label",
        metrics.label_size,
        bold=True,
        colour=readable(mix(colours.strong, WHITE, 0.72), colours.strong, _ring(colours)),
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
        Paragraph(plain(_label(card, colours, suffix)), label_style),
        Paragraph(inline(card.title), title_style),
    ]


def _body_story(card: Card, colours: KindColours, size: float, *, compact: bool = False) -> list[Flowable]:
    styles = body_styles(
        size,
        colours.strong,
        leading=1.13 if compact else 1.22,
        gaps=0.6 if compact else 1.0,
        floor=CARD_MIN_SIZE,
    )
    story = markup_flowables(card.body, styles, caps_headings=card.kind == "recipe")
    if card.source:
        story.append(Paragraph(inline(card.source), styles.source))
    return story


@dataclass(frozen=True)
class _Frame:
    """Where a front's body goes once its band is fitted."""

    band: Fitted
    band_height: float
    body_top: float
    body_room: float
    inner: float


def _frame(
    deck: Deck, card: Card, size: CardSize, suffix: str = "", title_size: float | None = None
) -> _Frame | None:
    """Fit the band (label and title); None when the title cannot fit at the floor."""
    metrics = _Metrics.of(size)
    colours = kind_colours(card.kind or deck.kind)
    inner = size.width - 2 * metrics.margin

    def build(s: float) -> list[Paragraph]:
        return _band_story(card, metrics, colours, s, inner, suffix)

    label_height = metrics.label_size * 1.2 + metrics.label_size * 0.55
    title_room = label_height + 3 * metrics.title_max * 1.14 + 1
    if title_size is not None:
        band = fit(build, inner, title_room * 1.6, max_size=title_size, min_size=title_size)
    else:
        band = fit(build, inner, title_room, max_size=metrics.title_max, min_size=metrics.title_min) or fit(
            build, inner, title_room * 1.6, max_size=metrics.title_min, min_size=CARD_MIN_SIZE
        )
    if band is None:
        return None
    band_height = band.height + 2 * metrics.band_pad
    body_top = size.height - band_height - metrics.margin * 0.85
    footer_top = metrics.footer_y + FOOTER_SIZE + metrics.margin * 0.55
    return _Frame(band, band_height, body_top, body_top - footer_top, inner)


def _single(deck: Deck, card: Card, size: CardSize, body_max: float, body_min: float) -> FrontLayout | None:
    """The card on one front at the largest body size in [body_min, body_max], or None."""
    frame = _frame(deck, card, size)
    if frame is None:
        return None
    colours = kind_colours(card.kind or deck.kind)
    # Normal spacing first; a long text may close up its spacing before it fails.
    for compact in (False, True):

        def build(s: float, compact: bool = compact) -> list[Flowable]:
            return _body_story(card, colours, s, compact=compact)

        body = fit(build, frame.inner, frame.body_room, max_size=body_max, min_size=body_min)
        if body is not None:
            return FrontLayout(frame.band, frame.band_height, body, frame.body_top, frame.body_room)
    return None


def _is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name == "heading"


def paginate(story: Sequence[Flowable], width: float, room: float) -> list[list[Flowable]]:
    """Spread ``story`` over frames of ``room`` points, splitting paragraphs between lines.

    A heading never ends a frame: it moves on with the text it introduces.
    """
    pages: list[list[Flowable]] = [[]]
    used = 0.0
    queue = list(story)
    while queue:
        item = queue.pop(0)
        page = pages[-1]
        gap = space_between(page[-1], item) if page else 0.0
        _, height = item.wrap(width, 1e6)
        if used + gap + height <= room + 0.01:
            page.append(item)
            used += gap + height
            continue
        pieces = item.split(width, room - used - gap) if room - used - gap > 0 else []
        if len(pieces) == 2 and not _is_heading(item):
            page.append(pieces[0])
            queue.insert(0, pieces[1])
        else:
            if not page:
                raise ValueError("a block taller than the card")
            queue.insert(0, item)
            if len(page) > 1 and _is_heading(page[-1]):
                queue.insert(0, page.pop())
        pages.append([])
        used = 0.0
    return [page for page in pages if page]


def _split(deck: Deck, card: Card, size: CardSize, body_size: float) -> tuple[FrontLayout, ...] | None:
    """The card's text over two or more fronts at ``body_size``; None beyond :data:`MAX_PARTS`."""
    widest = _frame(deck, card, size, suffix=f" · {MAX_PARTS}/{MAX_PARTS}")
    if widest is None:
        return None
    colours = kind_colours(card.kind or deck.kind)
    try:
        pages = paginate(_body_story(card, colours, body_size), widest.inner, widest.body_room)
    except ValueError:
        return None
    if len(pages) > MAX_PARTS:
        return None
    fronts: list[FrontLayout] = []
    for number, page in enumerate(pages, start=1):
        frame = _frame(deck, card, size, f" · {number}/{len(pages)}", title_size=widest.band.size) or widest
        body = Fitted(body_size, page, measure(page, widest.inner))
        fronts.append(FrontLayout(frame.band, widest.band_height, body, widest.body_top, widest.body_room))
    return tuple(fronts)


def _fronts(deck: Deck, card: Card, size: CardSize, body_size: float) -> tuple[FrontLayout, ...] | None:
    """The card at exactly ``body_size``: on one front if it fits, else split; None if neither."""
    single = _single(deck, card, size, body_size, body_size)
    if single is not None:
        return (single,)
    return _split(deck, card, size, body_size)


@functools.lru_cache(maxsize=64)
def _deck_body_size(deck: Deck, size: CardSize) -> float:
    """One body size for the whole deck: the largest at which every card fits one front.

    A card that needs more than one front at the floor sets the deck to the floor.
    """
    metrics = _Metrics.of(size)
    best = metrics.body_max
    for card in deck.cards:
        single = _single(deck, card, size, best, CARD_MIN_SIZE)
        best = CARD_MIN_SIZE if single is None else min(best, single.body.size)
        if best <= CARD_MIN_SIZE:
            break
    return best


def smallest_size(deck: Deck, card: Card, orientation: Orientation = "portrait") -> str | None:
    """The smallest standard card size that holds ``card`` (front and back), or None."""
    for label in CARD_SIZES:
        size = resolve_size(label, orientation)
        if _fronts(deck, card, size, CARD_MIN_SIZE) is not None and back_fits(deck, card, size):
            return label
    return None


def layout_deck(
    deck: Deck, size: CardSize, card_keys: Sequence[str] | None = None, *, backs: bool = True
) -> DeckLayout:
    """Lay out ``deck`` (or the cards in ``card_keys``) at ``size``, one body size for the deck."""
    body_size = _deck_body_size(deck, size)
    wanted = None if card_keys is None else set(card_keys)
    laid: list[CardLayout] = []
    unfit: list[tuple[Card, str | None]] = []
    for card in deck.cards:
        if wanted is not None and card.key not in wanted:
            continue
        fronts = _fronts(deck, card, size, body_size)
        if fronts is None or (backs and not back_fits(deck, card, size)):
            unfit.append((card, smallest_size(deck, card, _orientation(size))))
        else:
            laid.append(CardLayout(card, fronts))
    return DeckLayout(size, body_size, tuple(laid), tuple(unfit))


def _orientation(size: CardSize) -> Orientation:
    return "landscape" if size.width > size.height else "portrait"


def layout_front(deck: Deck, card: Card, size: CardSize) -> FrontLayout:
    """The (first) front of ``card`` at the deck's body size; raises :class:`CardOverflowError`."""
    return card_fronts(deck, card, size)[0]


def card_fronts(deck: Deck, card: Card, size: CardSize) -> tuple[FrontLayout, ...]:
    """Every front of ``card`` at the deck's body size; raises :class:`CardOverflowError`."""
    fronts = _fronts(deck, card, size, _deck_body_size(deck, size))
    if fronts is None:
        raise CardOverflowError(
            deck.title,
            card.title,
            size.label,
            deck_key=deck.key,
            card_key=card.key,
            needed=smallest_size(deck, card, _orientation(size)),
        )
    return fronts


def check_fit(
    deck: Deck,
    card: Card,
    size: CardSizeSpec | CardSize | None = None,
    orientation: Orientation = "portrait",
) -> FitResult:
    """Whether ``card`` prints at ``size`` (default: the deck's size), without raising.

    ``parts`` says over how many cards its text runs. The card editor uses it
    to flag a card before anyone prints it.
    """
    card_size = resolve_size(size, orientation, deck)
    fronts = _fronts(deck, card, card_size, _deck_body_size(deck, card_size))
    if fronts is not None:
        first = fronts[0]
        return FitResult(True, first.body.size, first.body.height / first.body_room, len(fronts))
    frame = _frame(deck, card, card_size)
    if frame is None:
        return FitResult(False, None, float("inf"))
    colours = kind_colours(card.kind or deck.kind)
    story = _body_story(card, colours, CARD_MIN_SIZE, compact=True)
    return FitResult(
        False, None, fill_ratio(lambda _s: story, frame.inner, frame.body_room * MAX_PARTS, CARD_MIN_SIZE)
    )


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
    canvas.setStrokeColor(_ring(colours))
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


@dataclass(frozen=True)
class _BackText:
    """The centred text of a back: a small label, the main line, the card's own back text."""

    label: str
    label_colour: Color
    label_gap: float  # space after the label, times the main size
    main: str
    main_colour: Color
    back: str
    back_scale: float  # back text size, times the main size
    back_colour: Color
    back_gap: float

    def story(self, s: float, label_size: float) -> list[Flowable]:
        story: list[Flowable] = [
            Paragraph(
                plain(self.label.upper()),
                style(
                    "back-label",
                    label_size,
                    bold=True,
                    colour=self.label_colour,
                    align="center",
                    space_after=s * self.label_gap,
                ),
            ),
            Paragraph(
                inline(self.main),
                style(
                    "back-main",
                    s,
                    bold=True,
                    colour=self.main_colour,
                    align="center",
                    leading=1.15,
                    hyphenate=False,
                ),
            ),
        ]
        if self.back:
            story.append(
                Paragraph(
                    inline(self.back),
                    style(
                        "back-text",
                        max(CARD_MIN_SIZE, s * self.back_scale),
                        colour=self.back_colour,
                        align="center",
                        space_before=s * self.back_gap,
                    ),
                )
            )
        return story


def _back_story(deck: Deck, card: Card, size: CardSize, colours: KindColours) -> tuple[float, StoryBuilder]:
    """The width and story builder of the back's text, for the deck's back style."""
    metrics = _Metrics.of(size)
    if deck.back_style is BackStyle.DESIGN:
        text = _BackText(colours.label, MUTED, 0.35, deck.title, colours.strong, card.back, 0.55, INK, 0.6)
        panel_w = size.width - 2 * metrics.margin * 1.3
        return panel_w - 2 * metrics.margin * 0.8, lambda s: text.story(s, max(CARD_MIN_SIZE, s * 0.5))
    label_colour = readable(mix(colours.strong, WHITE, 0.7), colours.strong, _ring(colours))
    text = _BackText(deck.title, label_colour, 0.6, card.title, WHITE, card.back, 0.6, WHITE, 0.8)
    label_size = max(CARD_MIN_SIZE, 8 * size.scale)
    return size.width - 2 * metrics.margin, lambda s: text.story(s, label_size)


def _fit_back(deck: Deck, card: Card, size: CardSize) -> Fitted | None:
    metrics = _Metrics.of(size)
    colours = kind_colours(card.kind or deck.kind)
    width, build = _back_story(deck, card, size, colours)
    k = size.scale
    if deck.back_style is BackStyle.DESIGN:
        return fit(build, width, size.height * 0.6, max_size=16 * k, min_size=CARD_MIN_SIZE)
    return fit(build, width, size.height - 2 * metrics.margin, max_size=18 * k, min_size=CARD_MIN_SIZE)


def back_fits(deck: Deck, card: Card, size: CardSize) -> bool:
    """Whether the back's text fits at 9 pt or more."""
    return _fit_back(deck, card, size) is not None


def draw_back(canvas: Canvas, deck: Deck, card: Card, size: CardSize, *, bleed: float = 0.0) -> None:
    """Draw the back with its trim box at (0, 0)."""
    metrics = _Metrics.of(size)
    colours = kind_colours(card.kind or deck.kind)
    w, h = size.width, size.height
    k = size.scale
    fitted = _fit_back(deck, card, size)
    if fitted is None:
        raise CardOverflowError(deck.title, card.title, size.label, deck_key=deck.key, card_key=card.key)
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(colours.strong)
    canvas.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed, stroke=0, fill=1)
    if deck.back_style is BackStyle.DESIGN:
        _pattern(canvas, deck, size, colours, bleed)
        panel_w = w - 2 * metrics.margin * 1.3
        text_w = panel_w - 2 * metrics.margin * 0.8
        panel_h = fitted.height + 2 * metrics.margin * 0.8
        px, py = (w - panel_w) / 2, (h - panel_h) / 2
        canvas.setFillColor(WHITE)
        canvas.roundRect(px, py, panel_w, panel_h, 3 * mm * k, stroke=0, fill=1)
        draw_stack(
            canvas, fitted.flowables, px + (panel_w - text_w) / 2, py + panel_h - metrics.margin * 0.8, text_w
        )
    else:
        canvas.setStrokeColor(_ring(colours))
        canvas.setLineWidth(2.2 * k)
        for radius in (0.16, 0.24, 0.32, 0.40):
            canvas.circle(0, 0, w * radius, stroke=1, fill=0)
            canvas.circle(w, h, w * radius, stroke=1, fill=0)
        top = (h + fitted.height) / 2
        draw_stack(canvas, fitted.flowables, metrics.margin, top, w - 2 * metrics.margin)
    canvas.restoreState()
