"""The one font family every PDF uses, and the text sanitiser built on its cmap.

Lato (OFL) is registered once under our own names; every style, canvas and
document in this package uses these names, so no unembedded base-14 font can
sneak in. :func:`clean` is the single gate all printed text passes: it
replaces characters the font lacks by a close equivalent from one table
(:data:`FALLBACK`: Word's non-breaking hyphen, check marks, common emoji,
ligatures) or their compatibility form, and only then by a visible
placeholder, instead of a crash or a black box.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import unicodedata
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
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

#: Printed in place of a character the font cannot show and no table entry covers.
PLACEHOLDER_PREFERRED = "\u25a1"  # □

#: Close equivalents for characters people paste (from Word, mail, chat) that the
#: family lacks or that should print as plain letters. One table, applied before
#: the font's own coverage; a replacement the font lacks falls through to the next.
FALLBACK: dict[str, tuple[str, ...]] = {
    "\u2011": ("-",),  # non-breaking hyphen (Word, in double names)
    "\u2043": ("\u2013", "-"),  # hyphen bullet
    "\u2023": ("\u2022",),  # triangular bullet
    "\u25b8": ("\u2022",),  # small triangle bullet
    "\u25ba": ("\u2022",),
    "\u27a2": ("\u2192", "->"),  # arrowhead bullet
    "\u27a1": ("\u2192", "->"),  # ➡
    "\u2794": ("\u2192", "->"),
    "\u21d2": ("\u2192", "=>"),  # ⇒
    "\U0001f449": ("\u2192", "->"),  # 👉
    "\u2713": ("\u221a", "v"),  # ✓
    "\u2714": ("\u221a", "v"),  # ✔
    "\u2705": ("\u221a", "v"),  # ✅
    "\u2611": ("[\u221a]", "[v]"),  # ☑
    "\u2610": ("[ ]",),  # ☐ (not □: that is the placeholder)
    "\u2612": ("[\u00d7]", "[x]"),  # ☒
    "\u2717": ("\u00d7", "x"),  # ✗
    "\u2718": ("\u00d7", "x"),
    "\u274c": ("\u00d7", "x"),  # ❌
    "\u2605": ("*",),  # ★
    "\u2606": ("*",),
    "\u2b50": ("*",),  # ⭐
    "\u2764": ("\u2665", "<3"),  # ❤
    "\U0001f44d": ("(+)",),  # 👍
    "\U0001f44e": ("(-)",),  # 👎
    "\U0001f642": (":-)",),  # 🙂
    "\U0001f60a": (":-)",),  # 😊
    "\U0001f600": (":-D",),  # 😀
    "\U0001f603": (":-D",),
    "\U0001f609": (";-)",),  # 😉
    "\U0001f641": (":-(",),  # 🙁
    "\U0001f4a1": ("(!)",),  # 💡 idea
    "\u2757": ("!",),  # ❗
    "\u2753": ("?",),  # ❓
    # Ligatures print as their letters, so the text stays searchable and copyable.
    "\ufb00": ("ff",),
    "\ufb01": ("fi",),
    "\ufb02": ("fl",),
    "\ufb03": ("ffi",),
    "\ufb04": ("ffl",),
    "\ufb05": ("st",),
    "\ufb06": ("st",),
}
_DROP_CATEGORIES = {"Cc", "Cf", "Mn", "Me", "Cs"}


def font_path(name: str) -> Path:
    return resources.fonts_dir() / _FILES[name]


_SUBSET_NAMING = threading.Lock()


class _UniqueSubsetFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose embedded subsets get a name of their own.

    ReportLab names every subset after its number ("AAAAAA+Lato-Bold"), so two
    PDFs of the set, merged into one file, carry different subsets under one
    name, and a printer that caches fonts by name prints the wrong glyphs.
    Here the six letters come from the font and the characters in the subset:
    different subsets get different names, the same subset the same name
    (output stays reproducible).
    """

    def addObjects(self, doc: Any) -> None:
        subsets = self.state[doc].subsets
        face_name = bytes(self.face.name)

        def name(n: int, *_: object) -> bytes:
            digest = hashlib.sha256(face_name + repr(subsets[n]).encode("ascii")).digest()
            return bytes(65 + value % 26 for value in digest[:6])

        # ReportLab looks the subset namer up as a module global; swap it for this call only.
        with _SUBSET_NAMING:
            original = ttfonts.SUBSETN
            ttfonts.SUBSETN = name
            try:
                super().addObjects(doc)
            finally:
                ttfonts.SUBSETN = original


@functools.cache
def register() -> None:
    """Register the family with ReportLab (idempotent)."""
    for name in _FILES:
        pdfmetrics.registerFont(_UniqueSubsetFont(name, str(font_path(name))))
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


@functools.lru_cache(maxsize=16384)  # the same labels and prompts recur on every participant's sheets
def clean(text: str) -> str:
    """Make ``text`` printable with the family: NFC, placeholders, no controls.

    Newlines are kept (callers decide what they mean); tabs become spaces;
    characters in :data:`FALLBACK` become their close equivalent; invisible
    format characters the font lacks (zero-width joiners, emoji variation
    selectors and skin-tone modifiers) are dropped; any other character the
    font lacks becomes its compatibility form or a visible placeholder.
    """
    glyphs = covered()
    mark = placeholder()
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        substitute = _substitute(char, glyphs)
        if char == "\n":
            out.append(char)
        elif substitute is not None:
            out.append(substitute)
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
            out.append(_compatible(char, glyphs) or mark)
    return "".join(out)


def _substitute(char: str, glyphs: frozenset[int]) -> str | None:
    """The first replacement in :data:`FALLBACK` the font can print, if ``char`` has an entry."""
    for option in FALLBACK.get(char, ()):
        if all(ord(c) in glyphs for c in option):
            return option
    return None


def _compatible(char: str, glyphs: frozenset[int]) -> str:
    """The compatibility form (a circled ①, a full-width Ａ) when the font has all of it, else ""."""
    form = unicodedata.normalize("NFKC", char)
    if form != char and form.strip() and all(ord(c) in glyphs for c in form):
        return form
    return ""
