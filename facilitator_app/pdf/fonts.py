"""The one font family every PDF uses, and the text sanitiser built on its cmap.

Lato (OFL) is registered once under our own names; every style, canvas and
document in this package uses these names, so no unembedded base-14 font can
sneak in. :func:`clean` is the single gate all printed text passes: it
replaces characters the font lacks (an emoji in a note) by a visible
placeholder instead of a crash or a black box.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator_app import resources

REGULAR = "FacilitatorSans"
BOLD = "FacilitatorSans-Bold"
ITALIC = "FacilitatorSans-Italic"
BOLD_ITALIC = "FacilitatorSans-BoldItalic"

_FILES = {
    REGULAR: "Lato-Regular.ttf",
    BOLD: "Lato-Bold.ttf",
    ITALIC: "Lato-Italic.ttf",
    BOLD_ITALIC: "Lato-BoldItalic.ttf",
}

#: Printed in place of a character the font cannot show.
PLACEHOLDER_PREFERRED = "\u25a1"  # □
_DROP_CATEGORIES = {"Cc", "Cf", "Mn", "Me", "Cs"}


def font_path(name: str) -> Path:
    return resources.fonts_dir() / _FILES[name]


@functools.cache
def register() -> None:
    """Register the family with ReportLab (idempotent)."""
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(REGULAR, bold, italic, _face_name(bold=bool(bold), italic=bool(italic)))


def _face_name(*, bold: bool, italic: bool) -> str:
    if bold and italic:
        return BOLD_ITALIC
    if bold:
        return BOLD
    if italic:
        return ITALIC
    return REGULAR


def face(*, bold: bool = False, italic: bool = False) -> str:
    """The registered font name for a style; registers the family on first use."""
    register()
    return _face_name(bold=bold, italic=italic)


@functools.cache
def covered() -> frozenset[int]:
    """Code points that every style of the family can draw."""
    register()
    sets: list[set[int]] = []
    for name in _FILES:
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        sets.append(set(font.face.charToGlyph))
    common = set.intersection(*sets)
    return frozenset(common)


@functools.cache
def placeholder() -> str:
    return PLACEHOLDER_PREFERRED if ord(PLACEHOLDER_PREFERRED) in covered() else "?"


def clean(text: str) -> str:
    """Make ``text`` printable with the family: NFC, placeholders, no controls.

    Newlines are kept (callers decide what they mean); tabs become spaces;
    invisible format characters the font lacks (zero-width joiners, emoji
    variation selectors and skin-tone modifiers) are dropped; any other
    character the font lacks becomes a visible placeholder.
    """
    glyphs = covered()
    mark = placeholder()
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        if char == "\n":
            out.append(char)
        elif char in "\t\r\v\f":
            out.append(" ")
        elif unicodedata.category(char) == "Cf" and char != "\u00ad":
            continue  # zero-width joiners, direction marks: invisible anyway
        elif code in glyphs:
            out.append(char)
        elif unicodedata.category(char) in _DROP_CATEGORIES or 0x1F3FB <= code <= 0x1F3FF:
            continue
        elif unicodedata.category(char) == "Zs":
            out.append(" ")
        else:
            out.append(mark)
    return "".join(out)
