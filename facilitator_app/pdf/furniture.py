"""Page furniture shared by the flowing documents, kept inside the office margin.

Office printers cannot print the outer few millimetres of a sheet, and what
they do print there is often smudged: nothing (text, rule or band) comes
closer than :data:`OFFICE_MARGIN` to any sheet edge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator_app.pdf import fonts
from facilitator_app.pdf.styles import ACCENT, MUTED, WHITE
from facilitator_app.pdf.text import shorten

OFFICE_MARGIN = 6 * mm
HEADER_HEIGHT = 9 * mm
#: The lowest point of the running header, from the top of the sheet.
HEADER_BOTTOM = OFFICE_MARGIN + HEADER_HEIGHT


def running_header(
    canvas: Canvas,
    width: float,
    height: float,
    text_x: float,
    left: str,
    right: str = "",
    colour: Color = ACCENT.strong,
) -> None:
    """The coloured band with the document's name (left) and a name or school (right).

    ``text_x`` is the page's text margin, so the header lines up with the body.
    """
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.roundRect(
        OFFICE_MARGIN,
        height - HEADER_BOTTOM,
        width - 2 * OFFICE_MARGIN,
        HEADER_HEIGHT,
        1.5 * mm,
        stroke=0,
        fill=1,
    )
    baseline = height - OFFICE_MARGIN - 5.9 * mm
    canvas.setFillColor(WHITE)
    canvas.setFont(fonts.face(bold=True), 9.5)
    canvas.drawString(text_x, baseline, shorten(left, width / 2 - text_x, 9.5, bold=True))
    if right:
        canvas.setFont(fonts.face(), 9.5)
        canvas.drawRightString(width - text_x, baseline, shorten(right, width / 2 - text_x - 3 * mm, 9.5))
    canvas.restoreState()


def header_and_page_number(
    width: float, height: float, text_x: float, left: str, right: str, number_y: float
) -> Callable[[Canvas, Any], None]:
    """A platypus page decoration: the running header, and "pagina N" bottom right at ``number_y``."""

    def decorate(canvas: Canvas, document: Any) -> None:
        running_header(canvas, width, height, text_x, left, right)
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.face(), 8)
        canvas.drawRightString(width - text_x, number_y, f"pagina {document.page}")
        canvas.restoreState()

    return decorate
