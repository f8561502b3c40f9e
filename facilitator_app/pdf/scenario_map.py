"""The scenario map: the scenarios side by side along one axis, landscape.

Meant to be laminated and read from across the table, so the type is as large
as the longest scenario allows (one size for all columns).
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from facilitator_app.core.dutch_words import dutch_date
from facilitator_app.core.models import ScenarioMap
from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.fit import MIN_SIZE, StoryBuilder, fit
from facilitator_app.pdf.furniture import OFFICE_MARGIN
from facilitator_app.pdf.options import MapOptions
from facilitator_app.pdf.styles import (
    INK,
    MIN_CONTRAST,
    MUTED,
    SCENARIO_RAMP,
    WHITE,
    contrast,
    mix,
    paper_points,
    readable,
)
from facilitator_app.pdf.text import body_styles, draw_stack, hanging, inline, markup_flowables, plain, style


class MapOverflowError(ValueError):
    """The scenarios do not fit the map, not even at the minimum size; ``str()`` is Dutch, the UI words ``map_title``."""

    def __init__(self, map_title: str) -> None:
        self.map_title = map_title
        super().__init__(
            f"De scenario’s van ‘{map_title}’ passen niet op de kaart, ook niet bij {MIN_SIZE:g} pt. "
            "Maak de teksten korter of kies A3."
        )


def _ramp(index: int, count: int) -> Color:
    if count <= 1:
        return SCENARIO_RAMP[2]
    position = round(index * (len(SCENARIO_RAMP) - 1) / (count - 1))
    return SCENARIO_RAMP[position]


def _tint(index: int, count: int) -> Color:
    """The light panel under a scenario's text."""
    return mix(_ramp(index, count), WHITE, 0.9)


def render_scenario_map(scenario_map: ScenarioMap, options: MapOptions | None = None) -> bytes:
    """The map as a one-page landscape PDF on A4 or A3."""
    options = options or MapOptions()
    width, height = paper_points(options.paper, landscape=True)
    k = width / (420 * mm)  # 1.0 on A3
    meta = Metadata(
        title=scenario_map.title,
        subject="Scenariokaart voor deel 3: duiden opbrengsten",
        author=options.author,
    )
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (width, height), meta)
    draw_map(canvas, scenario_map, width, height, k, options.footer_date)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_map(
    canvas: Canvas,
    scenario_map: ScenarioMap,
    width: float,
    height: float,
    k: float,
    footer_date: dt.date | None,
) -> None:
    margin = 14 * mm * k
    inner = width - 2 * margin
    # Title and intro.
    title_size = 34 * k
    canvas.setFillColor(INK)
    top = height - margin
    title = Paragraph(plain(scenario_map.title), style("map-title", title_size, bold=True, leading=1.1))
    intro_style = style(
        "map-intro", max(MIN_SIZE, 12.5 * k), colour=MUTED, leading=1.3, space_before=4 * mm * k
    )
    story = [title]
    if scenario_map.intro:
        story.append(Paragraph(inline(scenario_map.intro), intro_style))
    y = draw_stack(canvas, story, margin, top, inner * 0.78)
    # The axis: a thick arrow in the ramp colours.
    count = max(1, len(scenario_map.scenarios))
    gap = 7 * mm * k
    column = (inner - (count - 1) * gap) / count
    axis_y = y - 19 * mm * k
    # The axis labels sit above the number discs (radius 6.5 mm plus a white ring), never on them.
    label_y = axis_y + 9.5 * mm * k
    thickness = 3.2 * mm * k
    for index in range(count):
        x0 = margin + index * (column + gap) - (gap / 2 if index else 0)
        x1 = margin + (index + 1) * column + index * gap + (gap / 2 if index < count - 1 else 0)
        canvas.setFillColor(_ramp(index, count))
        canvas.rect(
            x0,
            axis_y - thickness / 2,
            x1 - x0 - (6 * mm * k if index == count - 1 else 0),
            thickness,
            stroke=0,
            fill=1,
        )
    tip = margin + inner
    canvas.setFillColor(_ramp(count - 1, count))
    arrow = canvas.beginPath()
    arrow.moveTo(tip, axis_y)
    arrow.lineTo(tip - 9 * mm * k, axis_y + 4.5 * mm * k)
    arrow.lineTo(tip - 9 * mm * k, axis_y - 4.5 * mm * k)
    arrow.close()
    canvas.drawPath(arrow, stroke=0, fill=1)
    label_size = max(MIN_SIZE, 13 * k)
    canvas.setFont(fonts.face(bold=True, italic=True), label_size)
    canvas.setFillColor(MUTED)
    if scenario_map.axis_from:
        canvas.drawString(margin, label_y, fonts.clean(scenario_map.axis_from))
    if scenario_map.axis_to:
        canvas.drawRightString(tip, label_y, fonts.clean(scenario_map.axis_to))
    # Number discs on the axis and a panel per scenario below.
    footer_y = max(margin * 0.6, OFFICE_MARGIN + 1 * mm)
    panel_top = axis_y - 10 * mm * k
    panel_bottom = footer_y + 9 * mm * k
    pad = 5 * mm * k
    text_width = column - 2 * pad
    text_height = panel_top - panel_bottom - 2 * pad

    def build_for(index: int) -> StoryBuilder:
        scenario = scenario_map.scenarios[index]
        colour = readable(_ramp(index, count), _tint(index, count))

        def build(s: float) -> list[Flowable]:
            styles = body_styles(s, colour, leading=1.25)
            story: list[Flowable] = [
                Paragraph(
                    inline(scenario.name),
                    style(
                        "sc-name",
                        s * 1.5,
                        bold=True,
                        colour=colour,
                        leading=1.1,
                        space_after=s * 0.6,
                        hyphenate=False,
                    ),
                ),
            ]
            story.extend(markup_flowables(scenario.description, styles))
            if scenario.signs:
                story.append(
                    Paragraph(
                        "HERKENBAAR AAN",
                        style(
                            "sc-label",
                            max(MIN_SIZE, s * 0.72),
                            bold=True,
                            colour=MUTED,
                            space_before=s * 0.8,
                            space_after=s * 0.3,
                        ),
                    )
                )
                sign_style = hanging(styles.bullet, ["•"])
                story.extend(Paragraph(inline(sign), sign_style, bulletText="•") for sign in scenario.signs)
            return story

        return build

    builders = [build_for(i) for i in range(len(scenario_map.scenarios))]

    size = _common_size(builders, text_width, text_height, max_size=17 * k)
    if size is None:
        raise MapOverflowError(scenario_map.title)
    for index, build in enumerate(builders):
        colour = _ramp(index, count)
        x = margin + index * (column + gap)
        canvas.setFillColor(_tint(index, count))
        canvas.roundRect(x, panel_bottom, column, panel_top - panel_bottom, 3 * mm * k, stroke=0, fill=1)
        canvas.setFillColor(colour)
        canvas.rect(x, panel_top - 2 * mm * k, column, 2 * mm * k, stroke=0, fill=1)
        draw_stack(canvas, build(size), x + pad, panel_top - pad, text_width)
        # Disc with the scenario number on the axis.
        cx = x + column / 2
        radius = 6.5 * mm * k
        canvas.setFillColor(WHITE)
        canvas.circle(cx, axis_y, radius + 1.2 * mm * k, stroke=0, fill=1)
        canvas.setFillColor(colour)
        canvas.circle(cx, axis_y, radius, stroke=0, fill=1)
        canvas.setFillColor(WHITE if contrast(WHITE, colour) >= MIN_CONTRAST else readable(colour, colour))
        canvas.setFont(fonts.face(bold=True), 17 * k)
        canvas.drawCentredString(cx, axis_y - 17 * k * 0.35, str(index + 1))
    # Footer.
    parts = [scenario_map.title, f"versie {scenario_map.version}"]
    if footer_date is not None:
        parts.append(dutch_date(footer_date))
    canvas.setFont(fonts.face(), max(MIN_SIZE, 8 * k))
    canvas.setFillColor(MUTED)
    canvas.drawString(margin, footer_y, fonts.clean(" · ".join(parts)))


def _common_size(
    builders: list[StoryBuilder], width: float, height: float, *, max_size: float
) -> float | None:
    """The largest size at which every column fits."""
    size = max_size
    for build in builders:
        fitted = fit(build, width, height, max_size=size)
        if fitted is None:
            return None
        size = min(size, fitted.size)
    return size
