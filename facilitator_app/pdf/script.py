"""The facilitator script ("draaiboek"): goals, preparation, materials and a timeline."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from facilitator_app.core import markup
from facilitator_app.core.dutch_words import count, dutch_date, mode_label
from facilitator_app.core.models import Card, Mode, Part, School, Theme, TimeBox
from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, body_frame, doc_kwargs
from facilitator_app.pdf.flowables import TickBox
from facilitator_app.pdf.furniture import header_and_page_number
from facilitator_app.pdf.options import ScriptOptions
from facilitator_app.pdf.styles import ACCENT, INK, MUTED, RULE, WHITE, clock, mix, paper_points
from facilitator_app.pdf.text import BodyStyles, body_styles, hanging, inline, markup_flowables, plain, style

MARGIN = 16 * mm


def add_minutes(start: dt.time, minutes: int) -> dt.time:
    moment = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=minutes)
    return moment.time()


def timeline(
    theme: Theme, start: dt.time, *, skip_optional: bool = False
) -> list[tuple[Part, TimeBox, dt.time, dt.time]]:
    """Each time box with its clock start and end, from ``start``."""
    rows: list[tuple[Part, TimeBox, dt.time, dt.time]] = []
    elapsed = 0
    for part, box in theme.timeboxes():
        if skip_optional and part.optional:
            continue
        begin = add_minutes(start, elapsed)
        elapsed += box.minutes
        rows.append((part, box, begin, add_minutes(start, elapsed)))
    return rows


def render_script(
    theme: Theme,
    start: dt.time,
    school: School | None = None,
    day: dt.date | None = None,
    cards: Mapping[str, Card] | None = None,
    options: ScriptOptions | None = None,
) -> bytes:
    """The draaiboek for ``theme`` starting at ``start`` (clock times per time box).

    ``cards`` maps "deck/card" to cards so the timeline can name them.
    """
    options = options or ScriptOptions()
    cards = cards or {}
    width, height = paper_points("A4")
    frame_w = width - 2 * MARGIN
    meta = Metadata(
        title=f"Draaiboek – {theme.title}" + (f" – {school.name}" if school else ""),
        subject=f"Draaiboek voor de procesbegeleider bij het thema {theme.title}",
        author=options.author,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), **doc_kwargs(meta))
    frame = body_frame(MARGIN, MARGIN + 5 * mm, frame_w, height - 2 * MARGIN - 12 * mm)

    decorate = header_and_page_number(
        width, height, MARGIN, f"Draaiboek · {theme.title}", school.name if school else "", MARGIN - 2 * mm
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=decorate)])
    doc.build(_story(theme, start, school, day, cards, frame_w))
    return buffer.getvalue()


def _story(
    theme: Theme,
    start: dt.time,
    school: School | None,
    day: dt.date | None,
    cards: Mapping[str, Card],
    width: float,
) -> list[Flowable]:
    body = body_styles(10, ACCENT.strong)
    title = style("sc-title", 24, bold=True, colour=INK, leading=1.15, space_after=2 * mm)
    meta = style("sc-meta", 10, colour=MUTED, space_after=6 * mm)
    h2 = style("sc-h2", 13, bold=True, colour=ACCENT.strong, space_before=5 * mm, space_after=2.5 * mm)
    cell = style("sc-cell", 9.5, leading=1.3)
    cell_b = style("sc-cell-b", 9.5, bold=True, leading=1.3)
    cell_small = style("sc-cell-s", 8.5, colour=MUTED, leading=1.3)
    # Part 3's questions: a bullet with a hanging indent, wrapped lines under the text.
    cell_bullet = hanging(style("sc-cell-bullet", 9.5, leading=1.3, bullet_colour=ACCENT.strong), ["•"])
    head = style("sc-head", 9, bold=True, colour=ACCENT.strong)
    part_style = style("sc-part", 10.5, bold=True, colour=WHITE, leading=1.25)
    guide = body_styles(8.5, ACCENT.strong)
    rows = timeline(theme, start)
    end = rows[-1][3] if rows else start
    info = [f"Start {clock(start)} · einde {clock(end)} · {count(theme.minutes, 'minuut', 'minuten')}"]
    if day is not None:
        info.insert(0, dutch_date(day))
    if school is not None:
        info.insert(0, school.name)
    story: list[Flowable] = [
        Paragraph(plain(f"Draaiboek {theme.title}"), title),
        Paragraph(plain(" · ".join(info)), meta),
    ]
    if theme.summary:
        story.append(Paragraph(inline(theme.summary), body.body))
    story.append(Paragraph("Doelen", h2))
    goal_style = hanging(body.numbered, [f"{n}." for n in range(1, len(theme.goals) + 1)])
    story.extend(
        Paragraph(inline(goal), goal_style, bulletText=f"{n}.") for n, goal in enumerate(theme.goals, start=1)
    )
    if theme.preparation:
        story.append(Paragraph("Voorbereiding", h2))
        story.extend(markup_flowables(theme.preparation, body))
    if theme.materials:
        story.append(Paragraph("Benodigdheden (mise en place)", h2))
        checklist = [[TickBox(3.6 * mm), Paragraph(inline(item), cell)] for item in theme.materials]
        table = Table(checklist, colWidths=[9 * mm, width - 9 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        story.append(table)
    story.append(Paragraph("Tijdlijn", h2))
    data: list[list[object]] = [[Paragraph(h, head) for h in ("Tijd", "Werkvorm", "Stappen", "Kaarten")]]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    current: Part | None = None
    skipped: dict[int, dt.time] = {}
    for part, _, begin, _ in timeline(theme, start, skip_optional=True):
        skipped.setdefault(part.number, begin)
    for part, box, begin, finish in rows:
        if part is not current:
            current = part
            label = f"Deel {part.number} · {part.title} · {count(part.minutes, 'minuut', 'minuten')}"
            if part.optional:
                label += " · optioneel (bij voldoende tijd)"
            row = len(data)
            data.append([Paragraph(plain(label), part_style), "", "", ""])
            colour = mix(ACCENT.strong, WHITE, 0.35) if part.optional else ACCENT.strong
            commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colour)]
            if part.intro:
                data.append([Paragraph(inline(part.intro), cell_small), "", "", ""])
                commands.append(("SPAN", (0, row + 1), (-1, row + 1)))
            if part.note:
                _guide_row(data, commands, [(f"Handreiking bij deel {part.number}", part.note)], guide)
            if not part.optional and part.number in skipped and skipped[part.number] != begin:
                note = f"Zonder het optionele deel begint dit deel om {clock(skipped[part.number])}."
                data.append([Paragraph(plain(note), cell_small), "", "", ""])
                commands.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        step_cells: list[Flowable] = []
        for step in box.steps:
            prefix = f"<b>Stap {step.number}</b> " if step.number is not None else ""
            blocks = markup.parse(step.text)
            for index, block in enumerate(blocks):
                text = (
                    block.text
                    if isinstance(block, (markup.Paragraph, markup.Heading))
                    else " ".join(block.items)
                )
                bullet = (
                    "•"
                    if step.number is None and len(box.steps) > 1 and index == 0 and step is not box.steps[0]
                    else None
                )
                para = Paragraph(
                    (prefix if index == 0 else "") + inline(text),
                    cell_bullet if bullet else cell,
                    bulletText=bullet,
                )
                step_cells.append(para)
            step_cells.append(Spacer(1, 2.5))
        used = [
            cards[str(ref)].title if str(ref) in cards else str(ref)
            for step in box.steps
            for ref in step.cards
        ]
        data.append(
            [
                Paragraph(f"{clock(begin)}–{clock(finish)}", cell_b),
                Paragraph(plain(f"{mode_label(box.mode).capitalize()} ({box.minutes}\u00a0min)"), cell),
                step_cells,
                [Paragraph(inline(title), cell) for title in used],
            ]
        )
        if box.mode is Mode.INDIVIDUAL:
            commands.append(("BACKGROUND", (0, len(data) - 1), (1, len(data) - 1), ACCENT.tint))
        notes = [(_guide_title(step.number), step.note) for step in box.steps if step.note]
        if notes:
            _guide_row(data, commands, notes, guide)
    table = Table(data, colWidths=[width * f for f in (0.13, 0.19, 0.49, 0.19)], repeatRows=1)
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story


def _guide_title(number: int | None) -> str:
    return f"Handreiking bij stap {number}" if number is not None else "Handreiking"


def _guide_row(
    data: list[list[object]],
    commands: list[tuple[object, ...]],
    notes: Sequence[tuple[str, str]],
    styles: BodyStyles,
) -> None:
    """The facilitator's notes as one full-width row under what they belong to (the draaiboek only)."""
    cell: list[Flowable] = []
    for heading, text in notes:
        cell.append(Paragraph(plain(heading), styles.heading))
        cell.extend(markup_flowables(text, styles, bullet="–"))  # told apart from the script's own bullets
    row = len(data)
    data.append([cell, "", "", ""])
    commands += [
        ("SPAN", (0, row), (-1, row)),
        ("BACKGROUND", (0, row), (-1, row), mix(ACCENT.tint, WHITE, 0.5)),
        ("LEFTPADDING", (0, row), (-1, row), 10),
    ]


def part_start_times(theme: Theme, start: dt.time) -> Sequence[tuple[int, dt.time]]:
    """(part number, clock time it starts) for every part."""
    seen: dict[int, dt.time] = {}
    for part, _, begin, _ in timeline(theme, start):
        seen.setdefault(part.number, begin)
    return list(seen.items())
