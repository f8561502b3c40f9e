"""The partnership overview: per school and theme, where it stands on the scenario map and how it moved.

A landscape A4 document: a dot chart (one line per school and theme, the
scenarios as columns, each placement a dot, joined oldest to newest, the
latest one solid) and a table with the first and latest placement and the
change. Rows come from ``store.archive.overview()``.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from facilitator_app.core.dutch_words import count, dutch_date
from facilitator_app.core.history import HistoryEntry, OverviewRow
from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, body_frame, doc_kwargs
from facilitator_app.pdf.furniture import running_header
from facilitator_app.pdf.styles import (
    ACCENT,
    INK,
    MUTED,
    PAPER_TINT,
    RULE,
    SCENARIO_RAMP,
    WHITE,
    mix,
    paper_points,
)
from facilitator_app.pdf.text import plain, style

__all__ = ["render_overview"]

MARGIN = 14 * mm
ROW_HEIGHT = 7.5 * mm
ROWS_PER_CHART = 18
LABEL_WIDTH = 62 * mm


def _ramp(index: int, count: int) -> Color:
    if count <= 1:
        return SCENARIO_RAMP[2]
    return SCENARIO_RAMP[round(index * (len(SCENARIO_RAMP) - 1) / (count - 1))]


def _label(row: OverviewRow, many_themes: bool) -> str:
    if many_themes and row.theme_title:
        return f"{row.school_name} · {row.theme_title}"
    return row.school_name


def _short_date(entry: HistoryEntry) -> str:
    day = entry.day
    return f"{day.day}-{day.month}-{day.year % 100:02d}"


class DotChart(Flowable):  # type: ignore[misc]
    """Scenarios as columns, one line per row, placements as dots joined in time order."""

    def __init__(self, rows: Sequence[OverviewRow], names: Sequence[str], many_themes: bool) -> None:
        super().__init__()
        self.rows = list(rows)
        self.names = list(names)
        self.many_themes = many_themes
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self._height()

    def _height(self) -> float:
        return float(14 * mm + len(self.rows) * ROW_HEIGHT + 3 * mm)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        height = self._height()
        count = max(1, len(self.names))
        plot_x = LABEL_WIDTH
        plot_w = self._width - LABEL_WIDTH - 4 * mm
        column = plot_w / count

        def x_of(index: int) -> float:
            return float(plot_x + column * (index + 0.5))

        # Column heads and bands.
        top = height - 14 * mm
        for index, name in enumerate(self.names):
            colour = _ramp(index, count)
            canvas.setFillColor(PAPER_TINT if index % 2 == 0 else mix(PAPER_TINT, WHITE, 0.5))
            canvas.rect(plot_x + column * index, 0, column, top, stroke=0, fill=1)
            canvas.setFillColor(colour)
            canvas.rect(plot_x + column * index, top, column, 1.4 * mm, stroke=0, fill=1)
            para = Paragraph(
                f"<b>{index + 1}</b>&nbsp;&nbsp;{plain(name)}",
                style("ov-head", 8.2, colour=INK, leading=1.15, align="center", hyphenate=False),
            )
            _, h = para.wrap(column - 3 * mm, 12 * mm)
            para.drawOn(canvas, plot_x + column * index + 1.5 * mm, top + 2.6 * mm)
            del h
        for number, row in enumerate(self.rows):
            y = top - (number + 0.5) * ROW_HEIGHT
            if number % 2 == 1:
                canvas.setFillColor(mix(PAPER_TINT, WHITE, 0.3))
                canvas.rect(0, y - ROW_HEIGHT / 2, plot_x - 2 * mm, ROW_HEIGHT, stroke=0, fill=1)
            if row.entries:
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.3)
                canvas.line(plot_x, y, plot_x + plot_w, y)
            label = fonts.clean(_label(row, self.many_themes))
            size = 8.6
            while canvas.stringWidth(label, fonts.face(), size) > plot_x - 5 * mm and len(label) > 4:
                label = label[:-2] + "…"
            canvas.setFillColor(INK)
            canvas.setFont(fonts.face(), size)
            canvas.drawString(2 * mm, y - 3, label)
            placed = [e for e in row.entries if e.scenario_index is not None]
            if not row.entries:
                canvas.setFillColor(MUTED)
                canvas.setFont(fonts.face(italic=True), 7.6)
                canvas.drawString(plot_x + 2 * mm, y - 2.6, "nog geen sessie afgerond")
                continue
            # Path from oldest to newest; a small vertical jitter keeps repeated positions visible.
            points = [(x_of(e.scenario_index or 0), y) for e in placed]
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(1.1)
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                if abs(x1 - x0) > 0.1:
                    canvas.line(x0, y0, x1, y1)
            for index, entry in enumerate(placed):
                x, _ = points[index]
                latest = index == len(placed) - 1
                colour = _ramp(entry.scenario_index or 0, count)
                if latest:
                    canvas.setFillColor(colour)
                    canvas.setStrokeColor(WHITE)
                    canvas.setLineWidth(1)
                    canvas.circle(x, y, 2.3 * mm, stroke=1, fill=1)
                    canvas.setFillColor(MUTED)
                    canvas.setFont(fonts.face(), 6.8)
                    canvas.drawString(x + 2.8 * mm, y + 1.2 * mm, _short_date(entry))
                else:
                    canvas.setFillColor(WHITE)
                    canvas.setStrokeColor(colour)
                    canvas.setLineWidth(1.2)
                    canvas.circle(x, y, 1.4 * mm, stroke=1, fill=1)
            change = row.change
            if change:
                canvas.setFont(fonts.face(bold=True), 7.4)
                canvas.setFillColor(ACCENT.strong if change > 0 else MUTED)
                arrow = "▲" if change > 0 and ord("▲") in fonts.covered() else ""
                canvas.drawRightString(plot_x + plot_w + 3.5 * mm, y - 2.5, f"{arrow}{change:+d}")


def _names(rows: Sequence[OverviewRow], scenario_names: Sequence[str] | None) -> list[str]:
    if scenario_names:
        return list(scenario_names)
    count = max((e.scenario_count for r in rows for e in r.entries), default=0)
    names = [""] * count
    for row in rows:
        for entry in row.entries:
            if (
                entry.scenario_index is not None
                and entry.scenario_index < count
                and not names[entry.scenario_index]
            ):
                names[entry.scenario_index] = entry.scenario_name
    return [name or f"Scenario {i + 1}" for i, name in enumerate(names)]


def _left_out_note(left_out: Sequence[str]) -> str:
    if not left_out:
        return ""
    names = ", ".join(f"‘{name}’" for name in left_out)
    return (
        f" (zonder de voorbeeldschool {names})"
        if len(left_out) == 1
        else f" (zonder de voorbeeldscholen {names})"
    )


def render_overview(
    rows: Sequence[OverviewRow],
    *,
    title: str = "Overzicht van het partnerschap",
    partnership: str = "",
    day: dt.date | None = None,
    scenario_names: Sequence[str] | None = None,
    author: str = "Procesbegeleider",
    left_out: Sequence[str] = (),
) -> bytes:
    """The overview as a landscape A4 PDF (bytes; reproducible when ``day`` is given).

    ``scenario_names`` heads the chart's columns (the map's scenarios in
    order); by default they are taken from the placements. ``left_out``
    names the example schools the overview leaves out, so a count of
    "0 scholen" never hides them silently.
    """
    width, height = paper_points("A4", landscape=True)
    frame_w = width - 2 * MARGIN
    meta = Metadata(
        title=f"{title}{f' – {partnership}' if partnership else ''}",
        subject="Scenario per school en thema, en hoe het veranderde",
        author=author,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), **doc_kwargs(meta))
    frame = body_frame(MARGIN, MARGIN + 3 * mm, frame_w, height - 2 * MARGIN - 12 * mm)
    footer_text = fonts.clean(
        " · ".join(p for p in (title, partnership, dutch_date(day) if day else "") if p)
    )

    def decorate(canvas: Canvas, document: BaseDocTemplate) -> None:
        running_header(canvas, width, height, MARGIN, title, partnership)
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.face(), 7.8)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, footer_text)
        canvas.drawRightString(width - MARGIN, MARGIN - 2 * mm, f"pagina {document.page}")
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=decorate)])
    names = _names(rows, scenario_names)
    many_themes = len({r.theme_key for r in rows if r.theme_key}) > 1
    story: list[Flowable] = [
        Paragraph(plain(title), style("ov-title", 22, bold=True, leading=1.15, space_after=1 * mm)),
        Paragraph(
            plain(
                " · ".join(
                    p
                    for p in (
                        partnership,
                        count(len({r.school_id for r in rows}), "school", "scholen")
                        + _left_out_note(left_out),
                        f"stand van {dutch_date(day)}" if day else "",
                    )
                    if p
                )
            ),
            style("ov-sub", 10.5, colour=MUTED, space_after=5 * mm),
        ),
    ]
    if not rows:
        story.append(Paragraph("Er zijn nog geen scholen om te tonen.", style("ov-empty", 11)))
    elif names:
        legend = (
            "Elke regel is een school; elk bolletje een sessie waarin de school op de scenariokaart werd geplaatst. "
            "Open bolletjes zijn eerdere posities, het volle bolletje de laatste (met datum); +n is het aantal "
            "scenario’s vooruit sinds de eerste meting."
        )
        story.append(Paragraph(plain(legend), style("ov-legend", 8.5, colour=MUTED, space_after=3 * mm)))
        for start in range(0, len(rows), ROWS_PER_CHART):
            story.append(DotChart(rows[start : start + ROWS_PER_CHART], names, many_themes))
            story.append(Spacer(1, 4 * mm))
    if rows:
        story.append(_table(rows, frame_w))
    doc.build(story)
    return buffer.getvalue()


def _table(rows: Sequence[OverviewRow], width: float) -> Table:
    cell = style("ov-cell", 8.6, leading=1.28)
    muted = style("ov-cell-m", 8.2, colour=MUTED, leading=1.28)
    head = style("ov-th", 7.4, bold=True, colour=MUTED)

    def placement(entry: HistoryEntry | None) -> list[Paragraph]:
        if entry is None:
            return [Paragraph("—", muted)]
        return [Paragraph(plain(entry.position_label), cell), Paragraph(plain(dutch_date(entry.day)), muted)]

    data: list[list[object]] = [
        [
            Paragraph(h, head)
            for h in (
                "SCHOOL",
                "THEMA",
                "EERSTE METING",
                "LAATSTE METING",
                "SESSIES",
                "VERANDERING",
                "VERLOOP",
            )
        ]
    ]
    for row in rows:
        path = " → ".join(
            str((e.scenario_index or 0) + 1) if e.scenario_index is not None else "?" for e in row.entries
        )
        data.append(
            [
                Paragraph(plain(row.school_name), cell),
                Paragraph(plain(row.theme_title or "—"), cell),
                placement(row.first),
                placement(row.latest),
                Paragraph(str(len(row.entries)), cell),
                Paragraph(plain(row.trend), cell),
                Paragraph(plain(path or "—"), muted),
            ]
        )
    table = Table(
        data, colWidths=[width * f for f in (0.2, 0.13, 0.18, 0.18, 0.07, 0.12, 0.12)], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT.strong),
                ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
