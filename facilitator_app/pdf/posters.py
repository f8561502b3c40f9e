"""Posters for the collective results: strengths, development points, insights.

On A3, or tiled over two A4 sheets (landscape) with a glue overlap: the
poster is then drawn at the size the two sheets can carry inside their
printer margins, and each sheet shows its part with alignment marks.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator_app.core.models import School
from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.options import PosterOptions
from facilitator_app.pdf.styles import ACCENT, KIND_COLOURS, MUTED, RULE, WHITE, dutch_date, mix, paper_points
from facilitator_app.pdf.text import shorten

PRINTER_MARGIN = 5 * mm
OVERLAP = 12 * mm
POSTER_COLOURS: tuple[Color, ...] = (
    KIND_COLOURS["good_practice"].strong,
    KIND_COLOURS["recipe"].strong,
    ACCENT.strong,
)
PROMPTS = {
    "Sterke punten": "Wat gaat al goed? Schrijf de gedeelde sterke punten op.",
    "Ontwikkelpunten": "Wat kan beter? Schrijf de gedeelde ontwikkelpunten op.",
    "Inzichten": "Wat is jullie opgevallen? Schrijf de gedeelde inzichten op.",
}


def draw_poster(
    canvas: Canvas,
    width: float,
    height: float,
    title: str,
    colour: Color,
    school: School | None,
    day: dt.date | None,
    theme_title: str,
) -> None:
    """One poster with its lower-left corner at (0, 0)."""
    k = width / (297 * mm)
    margin = 14 * mm * k
    band = 46 * mm * k
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    canvas.setFont(fonts.face(bold=True), 54 * k)
    canvas.drawString(
        margin, height - band + 19 * mm * k, shorten(title, width - 2 * margin, 54 * k, bold=True)
    )
    sub = " · ".join(p for p in (school.name if school else "", dutch_date(day) if day else "") if p)
    canvas.setFont(fonts.face(), 15 * k)
    canvas.setFillColor(mix(colour, WHITE, 0.75))
    canvas.drawString(
        margin,
        height - band + 8 * mm * k,
        shorten(sub or "School en datum: ________________", width - 2 * margin, 15 * k),
    )
    prompt = PROMPTS.get(title, "")
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.face(italic=True), 13 * k)
    if prompt:
        canvas.drawString(margin, height - band - 10 * mm * k, fonts.clean(prompt))
    # A quiet dot grid to write on.
    canvas.setFillColor(mix(RULE, WHITE, 0.1))
    step = 10 * mm * k
    top = height - band - 18 * mm * k
    bottom = margin + 8 * mm * k
    y = top
    while y >= bottom:
        x = margin
        while x <= width - margin + 0.1:
            canvas.circle(x, y, 0.45 * mm * k, stroke=0, fill=1)
            x += step
        y -= step
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.face(), 9 * k)
    canvas.drawString(margin, margin * 0.6, fonts.clean(f"Thema {theme_title} · deel 3: duiden opbrengsten"))
    canvas.restoreState()


def render_posters(
    theme_title: str,
    school: School | None,
    day: dt.date | None,
    options: PosterOptions | None = None,
) -> bytes:
    """The three result posters ("Sterke punten", "Ontwikkelpunten", "Inzichten")."""
    options = options or PosterOptions()
    meta = Metadata(
        title=f"Posters – {theme_title}" + (f" – {school.name}" if school else ""),
        subject="Posters voor sterke punten, ontwikkelpunten en inzichten",
        author=options.author,
    )
    buffer = io.BytesIO()
    if options.paper == "A3":
        width, height = paper_points("A3")
        canvas = new_canvas(buffer, (width, height), meta)
        for index, title in enumerate(options.titles):
            draw_poster(canvas, width, height, title, POSTER_COLOURS[index % 3], school, day, theme_title)
            canvas.showPage()
    else:
        sheet_w, sheet_h = paper_points("A4", landscape=True)
        window_w, window_h = sheet_w - 2 * PRINTER_MARGIN, sheet_h - 2 * PRINTER_MARGIN
        poster_w, poster_h = window_w, 2 * window_h - OVERLAP
        canvas = new_canvas(buffer, (sheet_w, sheet_h), meta)
        for index, title in enumerate(options.titles):
            for tile in (0, 1):  # 0: top half, 1: bottom half
                bottom = poster_h - window_h if tile == 0 else 0.0
                canvas.saveState()
                clip = canvas.beginPath()
                clip.rect(PRINTER_MARGIN, PRINTER_MARGIN, window_w, window_h)
                canvas.clipPath(clip, stroke=0, fill=0)
                canvas.translate(PRINTER_MARGIN, PRINTER_MARGIN - bottom)
                draw_poster(
                    canvas, poster_w, poster_h, title, POSTER_COLOURS[index % 3], school, day, theme_title
                )
                canvas.restoreState()
                _tile_marks(canvas, sheet_w, sheet_h, tile, title)
                canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _tile_marks(canvas: Canvas, sheet_w: float, sheet_h: float, tile: int, title: str) -> None:
    """Overlap line and triangles so the two halves line up."""
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setFillColor(MUTED)
    canvas.setLineWidth(0.5)
    canvas.setFont(fonts.face(), 7.5)
    if tile == 1:
        # The top strip of the lower half is covered by the upper half.
        y = sheet_h - PRINTER_MARGIN - OVERLAP
        canvas.setDash(3, 2)
        canvas.line(PRINTER_MARGIN, y, sheet_w - PRINTER_MARGIN, y)
        canvas.setDash()
        canvas.drawCentredString(
            sheet_w / 2,
            y - 3.5 * mm,
            fonts.clean(f"{title} · vel 2 van 2 · leg vel 1 tot aan de stippellijn hierover en plak vast"),
        )
        edge_y = y
    else:
        edge_y = PRINTER_MARGIN
        canvas.drawCentredString(
            sheet_w / 2,
            PRINTER_MARGIN + 2 * mm,
            fonts.clean(f"{title} · vel 1 van 2 · knip langs de onderrand van de tekening"),
        )
    for x in (PRINTER_MARGIN + 2 * mm, sheet_w - PRINTER_MARGIN - 2 * mm):
        path = canvas.beginPath()
        path.moveTo(x - 2 * mm, edge_y)
        path.lineTo(x + 2 * mm, edge_y)
        path.lineTo(x, edge_y + (3 * mm if tile == 1 else -0.0) - (0 if tile == 1 else -3 * mm))
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
