"""Posters for the collective results: strengths, development points, insights, advice.

They are filled during the collective steps of parts 1 and 2 (the advice and
development steps of step 8B have their own sheet) and laid on the table in part 3.

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

from facilitator_app.core.dutch_words import dutch_date
from facilitator_app.core.models import School
from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.furniture import OFFICE_MARGIN
from facilitator_app.pdf.options import PosterOptions
from facilitator_app.pdf.styles import ACCENT, KIND_COLOURS, MUTED, RULE, WHITE, mix, paper_points
from facilitator_app.pdf.text import shorten

PRINTER_MARGIN = OFFICE_MARGIN
OVERLAP = 12 * mm
POSTER_COLOURS: tuple[Color, ...] = (
    KIND_COLOURS["good_practice"].strong,
    KIND_COLOURS["recipe"].strong,
    ACCENT.strong,
    KIND_COLOURS["text"].strong,
)
PROMPTS = {
    "Sterke punten": "Wat gaat al goed? Schrijf de gedeelde sterke punten op.",
    "Ontwikkelpunten": "Wat kan beter? Schrijf de gedeelde ontwikkelpunten op.",
    "Inzichten": "Wat is jullie opgevallen? Schrijf de gedeelde inzichten op.",
    "Adviezen en ontwikkelstappen": "Welke adviezen en ontwikkelstappen zien jullie voor jullie school? (stap 8B)",
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
    # A quiet dot grid to write on: one path of zero-length, round-capped
    # strokes (a PDF viewer paints each as a filled dot of the line's width),
    # ~20x cheaper to write than a few hundred circles of four curves each.
    canvas.setStrokeColor(mix(RULE, WHITE, 0.1))
    canvas.setLineWidth(2 * 0.45 * mm * k)
    canvas.setLineCap(1)
    dots = canvas.beginPath()
    step = 10 * mm * k
    top = height - band - 18 * mm * k
    bottom = margin + 8 * mm * k
    y = top
    while y >= bottom:
        x = margin
        while x <= width - margin + 0.1:
            dots.moveTo(x, y)
            dots.lineTo(x, y)
            x += step
        y -= step
    canvas.drawPath(dots, stroke=1, fill=0)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.face(), 9 * k)
    canvas.drawString(
        margin,
        margin * 0.6,
        fonts.clean(
            f"Thema {theme_title} · in te vullen bij de gezamenlijke stappen van deel 1 en 2, "
            "besproken in deel 3"
        ),
    )
    canvas.restoreState()


def render_posters(
    theme_title: str,
    school: School | None,
    day: dt.date | None,
    options: PosterOptions | None = None,
) -> bytes:
    """The result posters: strengths, development points, insights, advice and development steps."""
    options = options or PosterOptions()
    meta = Metadata(
        title=f"Posters – {theme_title}" + (f" – {school.name}" if school else ""),
        subject="Posters voor sterke punten, ontwikkelpunten, inzichten, adviezen en ontwikkelstappen",
        author=options.author,
    )
    buffer = io.BytesIO()

    def poster(canvas: Canvas, index: int, title: str, width: float, height: float) -> None:
        colour = POSTER_COLOURS[index % len(POSTER_COLOURS)]
        draw_poster(canvas, width, height, title, colour, school, day, theme_title)

    if options.paper == "A3":
        width, height = paper_points("A3")
        canvas = new_canvas(buffer, (width, height), meta)
        for index, title in enumerate(options.titles):
            # The whole poster inside the office margin: an A3 printer cannot reach the edge.
            canvas.saveState()
            canvas.translate(PRINTER_MARGIN, PRINTER_MARGIN)
            poster(canvas, index, title, width - 2 * PRINTER_MARGIN, height - 2 * PRINTER_MARGIN)
            canvas.restoreState()
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
                poster(canvas, index, title, poster_w, poster_h)
                canvas.restoreState()
                _tile_marks(canvas, sheet_w, sheet_h, tile, title)
                canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _tile_marks(canvas: Canvas, sheet_w: float, sheet_h: float, tile: int, title: str) -> None:
    """Triangles at the cut and glue lines; the instructions in the strip that is glued under.

    Sheet 1 (the top half) goes on top, so all it carries are the triangles at
    its cut line. Sheet 2's top strip disappears under sheet 1: the cutting and
    gluing instructions go there, out of sight once the poster hangs.
    """
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setFillColor(MUTED)
    canvas.setLineWidth(0.5)
    if tile == 1:
        y = sheet_h - PRINTER_MARGIN - OVERLAP
        canvas.setFillColor(WHITE)
        canvas.rect(PRINTER_MARGIN, y, sheet_w - 2 * PRINTER_MARGIN, OVERLAP, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        canvas.setDash(3, 2)
        canvas.line(PRINTER_MARGIN, y, sheet_w - PRINTER_MARGIN, y)
        canvas.setDash()
        canvas.setFont(fonts.face(bold=True), 8)
        canvas.drawCentredString(
            sheet_w / 2,
            y + OVERLAP - 4.5 * mm,
            fonts.clean(f"{title} · vel 2 van 2 · deze strook komt onder vel 1"),
        )
        canvas.setFont(fonts.face(), 8)
        canvas.drawCentredString(
            sheet_w / 2,
            y + OVERLAP - 8.5 * mm,
            fonts.clean(
                "Knip vel 1 langs de onderrand van de tekening (tussen de driehoekjes), "
                "leg het over deze strook tot aan de stippellijn en plak het vast."
            ),
        )
        edge_y, point = y, 3 * mm
    else:
        edge_y, point = PRINTER_MARGIN, 3 * mm
    for x in (PRINTER_MARGIN + 2 * mm, sheet_w - PRINTER_MARGIN - 2 * mm):
        path = canvas.beginPath()
        path.moveTo(x - 2 * mm, edge_y)
        path.lineTo(x + 2 * mm, edge_y)
        path.lineTo(x, edge_y + point)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
