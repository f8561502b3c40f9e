"""Print-shop colour: every RGB and grey colour of a finished PDF rewritten as CMYK.

What the file is: DeviceCMYK throughout, body text and black as 100 % K (no
rich black, so small text cannot misregister), neutral greys on the K plate
only, and the colours converted with the plain device formula
(K = 1 − max(R, G, B); C, M, Y from what is left), without an ICC profile.
What it is not: PDF/X, nor colour-managed. A shop that works to a profile
(for example FOGRA39 / ISO Coated v2) converts the RGB file better itself;
this file is for shops that ask for "CMYK, black text on K".
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from facilitator_app.pdf.styles import INK

if TYPE_CHECKING:  # pypdf is imported when a shop file is converted, not by every printing process
    from pypdf.generic import FloatObject

#: Colours at least this close to black go to 100 % K (body text is INK, #1F2933).
_BLACK_LUMA = 0.2
#: Greys whose channels differ less than this stay on the K plate only.
_NEUTRAL = 0.06


def rgb_to_cmyk(red: float, green: float, blue: float) -> tuple[float, float, float, float]:
    """One RGB colour (0..1) as CMYK (0..1), as this module describes."""
    luma = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    ink_luma = 0.2126 * INK.red + 0.7152 * INK.green + 0.0722 * INK.blue
    if luma <= max(_BLACK_LUMA, ink_luma + 0.01):
        return 0.0, 0.0, 0.0, 1.0
    if max(red, green, blue) - min(red, green, blue) < _NEUTRAL:
        return 0.0, 0.0, 0.0, round(1 - (red + green + blue) / 3, 4)
    black = 1 - max(red, green, blue)
    cyan, magenta, yellow = ((1 - c - black) / (1 - black) for c in (red, green, blue))
    return round(cyan, 4), round(magenta, 4), round(yellow, 4), round(black, 4)


def _operands(values: tuple[float, float, float, float]) -> list[FloatObject]:
    from pypdf.generic import FloatObject

    return [FloatObject(v) for v in values]


def to_cmyk(data: bytes) -> bytes:
    """``data`` with every ``rg``/``RG``/``g``/``G`` colour operator turned into ``k``/``K``."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream, NameObject

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        content = ContentStream(page.get_contents(), writer)
        for index, (operands, operator) in enumerate(content.operations):
            if operator in (b"rg", b"RG"):
                cmyk = rgb_to_cmyk(*(float(v) for v in operands))
                content.operations[index] = (_operands(cmyk), b"k" if operator == b"rg" else b"K")
            elif operator in (b"g", b"G"):
                level = float(operands[0])
                cmyk = rgb_to_cmyk(level, level, level)
                content.operations[index] = (_operands(cmyk), b"k" if operator == b"g" else b"K")
        page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
