"""From card markup to ReportLab paragraphs, and a tiny exact layout engine.

All printed text goes through :func:`inline` (or :func:`plain`), which runs
:func:`fonts.clean` and escapes ReportLab's paragraph markup. Paragraph styles
hyphenate Dutch with pyphen (``nl_NL``, its patterns read as words need them: see
:mod:`.hyphenation`) so long compounds such as
*professionaliseringsactiviteiten* break at a syllable instead of overflowing.

:func:`measure` and :func:`draw_stack` share one spacing rule, so what the
fitting search measured is exactly what is drawn.

Every text the store accepts must print, in bounded time: :func:`breakable`
(applied by :func:`plain` and :func:`inline`) prepares overlong words so
ReportLab breaks them at any character in one linear pass.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from facilitator_app.core import markup
from facilitator_app.pdf import fonts, hyphenation
from facilitator_app.pdf.styles import INK, MUTED


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities for ReportLab's paragraph markup.

    ``html.escape`` rather than ``xml.sax.saxutils.escape`` (the same three
    replacements): saxutils imports ``urllib.request`` and with it ``ssl``,
    ``http.client`` and ``email``, ~70 ms of every printing process.
    """
    return html.escape(text, quote=False)


HYPHENATION_LANG = "nl_NL"
HYPHENATE_FROM = 10
#: Longer than any Dutch compound worth hyphenating ("kindercarnavalsoptochtvoorbereidingswerkzaamheden" is 49).
LONG_WORD = 60
ZERO_WIDTH_SPACE = "\u200b"
BREAK_EVERY = 8
#: Characters per paragraph piece (see :func:`paragraphs`).
PIECE = 1_000
# A word as ReportLab sees it: no-break spaces join, every other space separates.
_LONG_WORD = re.compile(rf"(?:[^\s]|\xa0){{{LONG_WORD + 1},}}")


def breakable(text: str) -> str:
    """``text`` with every word longer than :data:`LONG_WORD` characters made cheap to break.

    ReportLab tries Dutch hyphenation, URL splitting and soft hyphens on a word
    wider than the line before it splits it at any character; each try measures
    every prefix of the word again, so a 3,000-letter word took 25 seconds and a
    long URL could still run past the margin. Zero-width spaces every
    :data:`BREAK_EVERY` characters (and between a URL's ``:`` and ``//``) make
    such a word, and every piece ReportLab carries over to the next page,
    neither all letters nor a URL, and soft hyphens in it are dropped, so
    ReportLab goes straight to its linear character split: the word fills each
    line and goes on at the next. Apply after :func:`fonts.clean` (which drops
    zero-width characters).
    """
    return _LONG_WORD.sub(_break_word, text)


def _break_word(match: re.Match[str]) -> str:
    word = match.group(0).replace("\u00ad", "").replace("://", ":" + ZERO_WIDTH_SPACE + "//")
    return ZERO_WIDTH_SPACE.join(
        word[start : start + BREAK_EVERY] for start in range(0, len(word), BREAK_EVERY)
    )


class FlowingParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width.

    A table splitting a tall row over pages wraps every cell again and again
    at the same width; remembering the result keeps that linear.
    """

    _wrapped: tuple[float, tuple[float, float, object, object]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == avail_width:
            width, height, self._wrapWidths, self.blPara = self._wrapped[1]
            self.width, self.height = width, height
            return width, height
        width, height = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, (width, height, self._wrapWidths, self.blPara))
        return float(width), float(height)


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, at a line end, sentence end or space if near."""
    out: list[str] = []
    while len(text) > size:
        end = -1
        for mark in ("\n", ". ", " "):
            end = text.rfind(mark, size // 2, size)
            if end >= 0:
                break
        if end < 0:
            out.append(text[:size])
            text = text[size:]
        else:  # the line end itself is where the pieces meet
            out.append(text[: end + (0 if mark == "\n" else len(mark))])
            text = text[end + len(mark) :]
    out.append(text)
    return out


def paragraphs(
    text: str,
    paragraph_style: ParagraphStyle,
    render: Callable[[str], str],
    *,
    bullet: str | None = None,
    lead: str = "",
    tail: str = "",
) -> list[Flowable]:
    """``text`` as paragraphs of at most :data:`PIECE` characters each, rendered by ``render``.

    A 20,000-character note in one paragraph (or table cell) is re-measured whole
    at every page it runs over; in pieces, splitting it over pages stays
    linear. Only the first piece has the space before and the bullet, only
    the last the space after, so the pieces read as one paragraph. ``lead`` and
    ``tail`` are markup put before the first piece and after the last.
    """
    parts = pieces(text)
    if len(parts) == 1:
        return [FlowingParagraph(lead + render(text) + tail, paragraph_style, bulletText=bullet)]
    middle = ParagraphStyle(
        f"{paragraph_style.name}-piece", parent=paragraph_style, spaceBefore=0, spaceAfter=0
    )
    first = ParagraphStyle(f"{paragraph_style.name}-first", parent=paragraph_style, spaceAfter=0)
    last = ParagraphStyle(f"{paragraph_style.name}-last", parent=paragraph_style, spaceBefore=0)
    out: list[Flowable] = []
    for index, part in enumerate(parts):
        chosen = first if index == 0 else last if index == len(parts) - 1 else middle
        markup = (lead if index == 0 else "") + render(part) + (tail if index == len(parts) - 1 else "")
        out.append(FlowingParagraph(markup, chosen, bulletText=bullet if index == 0 else None))
    return out


@functools.lru_cache(maxsize=16384)  # pure; the same texts recur per participant
def plain(text: str) -> str:
    """Sanitised, escaped text without inline markup, for paragraphs."""
    return escape(breakable(fonts.clean(text).replace("\n", " ")))


def shorten(text: str, width: float, size: float, *, bold: bool = False, lines: int = 1) -> str:
    """``text`` cut with an ellipsis so it fills at most ``lines`` lines of ``width`` points.

    For fields with a fixed height (a name on a worksheet): a 500-letter word
    must not push the row off the page, and a readable start beats a crash.
    """
    face = fonts.face(bold=bold)
    text = fonts.clean(text).replace("\n", " ")
    budget = width if lines == 1 else width * lines * 0.92  # wrapping wastes part of each line
    if stringWidth(text, face, size) <= budget:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", face, size) <= budget:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


@functools.lru_cache(maxsize=16384)  # pure; the same texts recur per participant
def inline(text: str) -> str:
    """Sanitised text with ``**bold**``/``*italic*`` turned into paragraph tags."""
    out: list[str] = []
    for span in markup.spans(fonts.clean(text).replace("\n", " ")):
        piece = escape(breakable(span.text))
        if span.bold:
            piece = f"<b>{piece}</b>"
        if span.italic:
            piece = f"<i>{piece}</i>"
        out.append(piece)
    return "".join(out)


def style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    colour: Color = INK,
    leading: float = 1.28,
    align: str = "left",
    space_before: float = 0.0,
    space_after: float = 0.0,
    left_indent: float = 0.0,
    bullet_indent: float = 0.0,
    bullet_colour: Color | None = None,
    hyphenate: bool = True,
) -> ParagraphStyle:
    """A paragraph style in the family, hyphenating long Dutch words.

    Only words of :data:`HYPHENATE_FROM` letters or more are hyphenated (the
    long compounds); with ``hyphenate=False`` a word wider than the line is
    still split rather than clipped.
    """
    if hyphenate:
        hyphenation.install()
    font = fonts.face(bold=bold, italic=italic)
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=size * leading,
        textColor=colour,
        alignment={"left": TA_LEFT, "center": TA_CENTER}[align],
        spaceBefore=space_before,
        spaceAfter=space_after,
        leftIndent=left_indent,
        bulletIndent=bullet_indent,
        bulletFontName=fonts.face(bold=True),
        bulletFontSize=size,
        bulletColor=bullet_colour or colour,
        hyphenationLang=HYPHENATION_LANG if hyphenate else "",
        hyphenationMinWordLength=HYPHENATE_FROM,
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
        splitLongWords=1,
    )


@dataclass(frozen=True)
class BodyStyles:
    """The styles of a markup body at one base size."""

    body: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    sub_bullet: ParagraphStyle
    source: ParagraphStyle


def body_styles(
    size: float, accent: Color, *, leading: float = 1.22, gaps: float = 1.0, floor: float = 7.0
) -> BodyStyles:
    """Styles for a card body or a script text at base ``size`` points.

    ``gaps`` scales the space between paragraphs, headings and list items;
    ``floor`` is the smallest size any of them may take (the source line).
    """
    g = size * gaps
    return BodyStyles(
        body=style("body", size, leading=leading, space_after=g * 0.4),
        heading=style(
            "heading",
            size * 1.02,
            bold=True,
            colour=accent,
            leading=1.15,
            space_before=g * 0.6,
            space_after=g * 0.15,
        ),
        bullet=style(
            "bullet",
            size,
            left_indent=size * 1.05,
            bullet_indent=size * 0.1,
            bullet_colour=accent,
            leading=leading,
            space_after=g * 0.12,
        ),
        numbered=style(
            "numbered",
            size,
            left_indent=size * 1.45,
            bullet_indent=0.0,
            bullet_colour=accent,
            leading=leading,
            space_after=g * 0.15,
        ),
        sub_bullet=style(
            "sub_bullet",
            size,
            left_indent=size * 2.5,
            bullet_indent=size * 1.55,
            bullet_colour=accent,
            leading=leading,
            space_after=g * 0.08,
        ),
        source=style("source", max(floor, size * 0.82), italic=True, colour=MUTED, space_before=g * 0.6),
    )


def hanging(base: ParagraphStyle, bullets: Sequence[str]) -> ParagraphStyle:
    """``base`` with room for the widest of ``bullets`` before the text: a hanging indent.

    ReportLab starts a bulleted first line after the bullet plus 0.6 em when
    that is further right than the left indent, which would put the first line
    right of the lines below it; widening the indent to that point lines them up.
    """
    widest = max((stringWidth(b, base.bulletFontName, base.bulletFontSize) for b in bullets), default=0.0)
    needed = base.bulletIndent + widest + 0.6 * base.bulletFontSize
    if needed <= base.leftIndent + base.firstLineIndent:
        return base
    return ParagraphStyle(f"{base.name}-hanging", parent=base, leftIndent=needed - base.firstLineIndent)


def markup_flowables(
    body: str, styles: BodyStyles, *, caps_headings: bool = False, bullet: str = "•"
) -> list[Flowable]:
    """The blocks of a card body as paragraphs."""
    flowables: list[Flowable] = []
    blocks = markup.parse(body)
    previous: markup.Block | None = None
    for block in blocks:
        if isinstance(block, markup.Heading):
            text = inline(block.text.upper() if caps_headings else block.text)
            flowables.append(Paragraph(text, styles.heading))
        elif isinstance(block, markup.Paragraph):
            flowables.append(Paragraph(inline(block.text), styles.body))
        elif block.numbered:
            numbers = [f"{index}." for index in range(block.start, block.start + len(block.items))]
            numbered = hanging(styles.numbered, numbers)
            for number, item in zip(numbers, block.items, strict=True):
                flowables.append(Paragraph(inline(item), numbered, bulletText=number))
        else:
            nested = (
                isinstance(previous, markup.ListBlock)
                and previous.numbered
                and previous.items[-1].rstrip().endswith(":")
            )
            item_style = hanging(styles.sub_bullet if nested else styles.bullet, [bullet])
            for item in block.items:
                flowables.append(Paragraph(inline(item), item_style, bulletText=bullet))
        previous = block
    return flowables


# ── Exact stacking ─────────────────────────────────────────────────────────
def space_between(previous: Flowable, following: Flowable) -> float:
    return float(max(previous.getSpaceAfter(), following.getSpaceBefore()))


def measure(flowables: Sequence[Flowable], width: float) -> float:
    """The height the flowables take when stacked by :func:`draw_stack`."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        _, height = flowable.wrap(width, 1e6)
        total += height
        if index:
            total += space_between(flowables[index - 1], flowable)
    return total


def draw_stack(canvas: Canvas, flowables: Sequence[Flowable], x: float, top: float, width: float) -> float:
    """Draw flowables downwards from ``top``; returns the y below the last one."""
    y = top
    for index, flowable in enumerate(flowables):
        if index:
            y -= space_between(flowables[index - 1], flowable)
        _, height = flowable.wrap(width, 1e6)
        flowable.drawOn(canvas, x, y - height)
        y -= height
    return y


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    return float(stringWidth(fonts.clean(text), fonts.face(bold=bold, italic=italic), size))
