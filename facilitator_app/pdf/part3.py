"""The part-3 form: the group's decision on paper, as the script asks ("vastgelegd op papier").

Scenario chosen and why, the first development step with who and when, the
support needed, and which development points it tackles (and which strengths
and insights help). Blank, or pre-filled with school, date and participants.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from facilitator_app.core.dutch_words import dutch_date
from facilitator_app.core.models import Participant, ScenarioMap, School
from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, body_frame, doc_kwargs
from facilitator_app.pdf.flowables import TickBox, WritingLines
from facilitator_app.pdf.furniture import HEADER_BOTTOM, header_and_page_number
from facilitator_app.pdf.options import Part3Options
from facilitator_app.pdf.styles import ACCENT, INK, MUTED, RULE, paper_points
from facilitator_app.pdf.text import inline, plain, style

MARGIN = 16 * mm
LINE = 7 * mm


class _Styles:
    def __init__(self) -> None:
        self.title = style(
            "p3-title", 20, bold=True, colour=ACCENT.strong, leading=1.15, space_after=1.5 * mm
        )
        self.meta = style("p3-meta", 9.5, colour=MUTED, space_after=5 * mm)
        self.section = style(
            "p3-section", 12, bold=True, colour=ACCENT.strong, space_before=4 * mm, space_after=1 * mm
        )
        self.ask = style("p3-ask", 10, colour=INK, space_before=1.5 * mm, space_after=1 * mm)
        self.label = style("p3-label", 8.5, bold=True, colour=MUTED)
        self.value = style("p3-value", 10.5, leading=1.25)
        self.names = style("p3-names", 9.5, leading=1.25)
        self.scenario = style("p3-scenario", 10.5, leading=1.25)


def _fields(
    s: _Styles, school: School | None, day: dt.date | None, people: Sequence[Participant], width: float
) -> Table:
    names = "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in people)
    rows = [
        [Paragraph("SCHOOL", s.label), Paragraph("DATUM", s.label)],
        [
            Paragraph(plain(school.name if school else ""), s.value),
            Paragraph(plain(dutch_date(day) if day else ""), s.value),
        ],
        [Paragraph("DEELNEMERS", s.label), ""],
        [Paragraph(plain(names), s.names), ""],
    ]
    table = Table(
        rows,
        colWidths=[width * 0.7, width * 0.3],
        rowHeights=[None, 9 * mm, None, None if names else 16 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("SPAN", (0, 2), (1, 2)),
                ("SPAN", (0, 3), (1, 3)),
                ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK),
                ("LINEBELOW", (0, 3), (-1, 3), 0.8, INK),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("VALIGN", (0, 3), (-1, 3), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 2), (-1, 2), 4 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
            ]
        )
    )
    return table


def _scenarios(s: _Styles, scenario_map: ScenarioMap | None, width: float) -> Table:
    """A tick box per scenario of the map (or four numbered ones without a map)."""
    if scenario_map is not None and scenario_map.scenarios:
        labels = [f"<b>{n}</b> {inline(sc.name)}" for n, sc in enumerate(scenario_map.scenarios, start=1)]
    else:
        labels = [f"<b>{n}</b> ______________________________" for n in range(1, 5)]
    half = (len(labels) + 1) // 2
    rows = []
    for index in range(half):
        row: list[object] = [TickBox(), Paragraph(labels[index], s.scenario)]
        row += (
            [TickBox(), Paragraph(labels[index + half], s.scenario)]
            if index + half < len(labels)
            else ["", ""]
        )
        rows.append(row)
    table = Table(rows, colWidths=[8 * mm, width / 2 - 8 * mm] * 2)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _who_when(s: _Styles, width: float) -> Table:
    table = Table(
        [[Paragraph("WIE", s.label), Paragraph("WANNEER", s.label)], ["", ""]],
        colWidths=[width * 0.6, width * 0.4],
        rowHeights=[None, 9 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("LINEBELOW", (0, 1), (0, 1), 0.8, RULE),
                ("LINEBELOW", (1, 1), (1, 1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _story(
    s: _Styles,
    theme_title: str,
    scenario_map: ScenarioMap | None,
    school: School | None,
    day: dt.date | None,
    people: Sequence[Participant],
    width: float,
) -> list[Flowable]:
    # Each question stays together with its room to write.
    return [
        Paragraph("Deel 3 · Duiden opbrengsten", s.title),
        Paragraph(plain(f"Thema {theme_title} · de keuze van de groep, vastgelegd op papier"), s.meta),
        _fields(s, school, day, people, width),
        KeepTogether(
            [
                Paragraph("1. In welk scenario bevindt de school zich?", s.section),
                _scenarios(s, scenario_map, width),
                Paragraph("Waarom dit scenario? Onderbouw met de opbrengsten op de posters.", s.ask),
                WritingLines(4, LINE),
            ]
        ),
        KeepTogether(
            [
                Paragraph("2. De eerste ontwikkelstap", s.section),
                Paragraph("Welke eerste stap zetten jullie in de komende periode?", s.ask),
                WritingLines(3, LINE),
                _who_when(s, width),
            ]
        ),
        KeepTogether(
            [
                Paragraph("3. Welke ontwikkelpunten pakt deze stap aan?", s.section),
                WritingLines(2, LINE),
                Paragraph("Welke sterke punten en inzichten helpen daarbij?", s.ask),
                WritingLines(2, LINE),
            ]
        ),
        KeepTogether(
            [Paragraph("4. Welke ondersteuning is daarbij nodig?", s.section), WritingLines(3, LINE)]
        ),
    ]


def render_part3_form(
    theme_title: str,
    scenario_map: ScenarioMap | None,
    school: School | None,
    day: dt.date | None,
    participants: Sequence[Participant] = (),
    options: Part3Options | None = None,
) -> bytes:
    """The part-3 form on A4; ``options.blank`` leaves school, date and participants empty."""
    options = options or Part3Options()
    if options.blank:
        school, day, participants = None, None, ()
    width, height = paper_points("A4")
    frame_w = width - 2 * MARGIN
    meta = Metadata(
        title=f"Deel 3 – {theme_title}" + (f" – {school.name}" if school else ""),
        subject="Formulier voor deel 3: scenario, eerste ontwikkelstap, ondersteuning",
        author=options.author,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), **doc_kwargs(meta))
    top = HEADER_BOTTOM + 8 * mm
    frame = body_frame(MARGIN, MARGIN, frame_w, height - MARGIN - top)

    decorate = header_and_page_number(
        width, height, MARGIN, f"Deel 3 · {theme_title}", school.name if school else "", MARGIN - 6 * mm
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=decorate)])
    doc.build(_story(_Styles(), theme_title, scenario_map, school, day, participants, frame_w))
    return buffer.getvalue()
