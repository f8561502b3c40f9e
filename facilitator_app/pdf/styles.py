"""Palette, paper sizes and the small formatting helpers all printed items share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm

# ── Palette ────────────────────────────────────────────────────────────────
INK = HexColor("#1F2933")  # body text
MUTED = HexColor("#5F6B76")  # labels, footers
RULE = HexColor("#C9D1D9")  # writing lines, table rules
PAPER_TINT = HexColor("#F6F3EE")  # warm off-white panels
WHITE = HexColor("#FFFFFF")


@dataclass(frozen=True)
class KindColours:
    """The colours of one kind of deck: a strong band and a light tint."""

    strong: Color
    tint: Color
    label: str  # printed above the title when a card has no subtitle


KIND_COLOURS: dict[str, KindColours] = {
    "reflection": KindColours(HexColor("#1D6A72"), HexColor("#E3F0F0"), "Reflectiekaart"),
    "recipe": KindColours(HexColor("#B4532A"), HexColor("#F8E9E1"), "Recept"),
    "good_practice": KindColours(HexColor("#3E7C3A"), HexColor("#E7F1E3"), "Goed voorbeeld"),
    "text": KindColours(HexColor("#34548A"), HexColor("#E5EBF5"), "Kaart"),
}
ACCENT = KIND_COLOURS["reflection"]

#: A sequential ramp for the scenario map, from loose (light) to sustainable (deep).
SCENARIO_RAMP = (
    HexColor("#7FB7BE"),
    HexColor("#4E9AA3"),
    HexColor("#2B7C86"),
    HexColor("#1D5F68"),
    HexColor("#144A52"),
    HexColor("#0D363C"),
)


def kind_colours(kind: str) -> KindColours:
    return KIND_COLOURS.get(kind, KIND_COLOURS["text"])


# ── Paper ──────────────────────────────────────────────────────────────────
#: Portrait (width, height) in millimetres.
PAPER_MM: dict[str, tuple[float, float]] = {
    "A7": (74.0, 105.0),
    "A6": (105.0, 148.0),
    "A5": (148.0, 210.0),
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
}


def paper_points(name: str, *, landscape: bool = False) -> tuple[float, float]:
    try:
        width, height = PAPER_MM[name]
    except KeyError:
        raise ValueError(f"unknown paper size {name!r}; use one of {', '.join(PAPER_MM)}") from None
    if landscape:
        width, height = height, width
    return width * mm, height * mm


# ── Dutch formatting ───────────────────────────────────────────────────────
# (dates: core.dutch.dutch_date, shared with the backup list)


def clock(time: dt.time) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"


def mix(colour: Color, other: Color, amount: float) -> Color:
    """``colour`` moved ``amount`` (0..1) towards ``other``, as an opaque colour.

    Used instead of transparency so print shops get plain colours.
    """
    return Color(
        colour.red + (other.red - colour.red) * amount,
        colour.green + (other.green - colour.green) * amount,
        colour.blue + (other.blue - colour.blue) * amount,
    )


# ── Contrast ───────────────────────────────────────────────────────────────
#: WCAG AA for normal text: every coloured text is at least this far from what it stands on.
MIN_CONTRAST = 4.5
BLACK = Color(0, 0, 0)


def luminance(colour: Color) -> float:
    """Relative luminance (WCAG 2) of an RGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) + 0.0722 * channel(colour.blue)


def contrast(one: Color, other: Color) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: Color, *backgrounds: Color, minimum: float = MIN_CONTRAST) -> Color:
    """``colour``, moved just far enough from its backgrounds to reach ``minimum`` on each.

    A colour lighter than the first background moves towards white, a darker
    one towards black, so a light label stays light on its band and a dark
    heading stays dark on its panel; the hue stays, so a scenario keeps its
    place on the ramp. A colour as light as its background goes whichever way
    reads better.
    """
    background = backgrounds[0]
    if abs(luminance(colour) - luminance(background)) < 1e-6:
        target = BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE
    else:
        target = WHITE if luminance(colour) > luminance(background) else BLACK
    for step in range(41):
        candidate = mix(colour, target, step / 40)
        if min(contrast(candidate, other) for other in backgrounds) >= minimum:
            return candidate
    return target
