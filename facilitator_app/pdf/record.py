"""The post-session record ("verslag"): what part 3 decided, how the hour went, every note.

Order follows the brief of the facilitator: who was there, how the previous
session's first step went (when the group said so), how the time boxes ran
against the plan, the scenario map with today's placement and the
earlier ones, the rationale, the first development step, the points,
strengths and insights it builds on, the support needed, the inspiration
cards chosen, dated corrections,
and finally all notes by category and time box.

``anonymised=True`` leaves out the participant list and replaces every
participant name (in the note author field and in any text) by the role, or
"deelnemer" when the role is unknown, so the record can be shared.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from facilitator_app.core.dutch import card_text, category_label, dutch_date, mode_label, outcome_label
from facilitator_app.core.history import RecordData
from facilitator_app.core.models import FollowUp, Mode, Participant, ScenarioMap, School
from facilitator_app.core.names import name_pattern, nfc
from facilitator_app.core.record import card_list
from facilitator_app.core.sessions import (
    ITEM_FIELDS,
    Amendment,
    Note,
    NoteCategory,
    Outcome,
    OutcomeItem,
    OutcomeValue,
    Session,
    TimeboxRun,
)
from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, body_frame, doc_kwargs
from facilitator_app.pdf.furniture import running_header
from facilitator_app.pdf.styles import (
    ACCENT,
    INK,
    KIND_COLOURS,
    MUTED,
    PAPER_TINT,
    RULE,
    SCENARIO_RAMP,
    WHITE,
    mix,
    paper_points,
)
from facilitator_app.pdf.text import breakable, escape, hanging, paragraphs, shorten, style

__all__ = ["Anonymiser", "render_record", "render_record_data"]

MARGIN = 17 * mm
ANONYMOUS = "deelnemer"

CATEGORY_COLOURS: dict[NoteCategory, Color] = {
    NoteCategory.STRENGTH: KIND_COLOURS["good_practice"].strong,
    NoteCategory.DEVELOPMENT: KIND_COLOURS["recipe"].strong,
    NoteCategory.INSIGHT: KIND_COLOURS["text"].strong,
    NoteCategory.QUESTION: HexColor("#7A5C99"),
    NoteCategory.OTHER: MUTED,
}
LATE = HexColor("#B4532A")
SEPARATOR = "&nbsp;&nbsp;·&nbsp;&nbsp;"
EARLY = HexColor("#3E7C3A")


# ─────────────────────────────────────────────────────────── anonymising


class Anonymiser:
    """Replaces participant names by their role (or "deelnemer"); a no-op when off."""

    def __init__(self, participants: Sequence[Participant], *, enabled: bool) -> None:
        self.enabled = enabled
        self._roles: dict[str, str] = {}
        patterns: list[tuple[re.Pattern[str], str]] = []
        names: list[tuple[str, str]] = []
        for person in participants:
            role = person.role.strip() or ANONYMOUS
            full = _fold(person.name)
            if not full:
                continue
            self._roles[full] = role
            names.append((person.name.strip(), role))
            # A first name alone ("Anna") names the person too, in running text.
            first = person.name.split()[0] if person.name.split() else ""
            if len(first) >= 2 and _fold(first) != full:
                names.append((first, role))
        # Longest first, so "Anna de Vries" is replaced before "Anna".
        for name, role in sorted(names, key=lambda pair: -len(pair[0])):
            patterns.append((name_pattern(name), role))
        self._patterns = patterns
        self._known_roles = {_fold(p.role) for p in participants if p.role.strip()}

    def author(self, text: str) -> str:
        """A note's ``participant`` field: a name becomes the role, anything unknown "deelnemer"."""
        if not self.enabled or not text.strip():
            return text
        folded = _fold(text)
        if folded in self._roles:
            return self._roles[folded]
        if folded in self._known_roles:
            return text.strip()
        return ANONYMOUS

    def text(self, text: str) -> str:
        """Running text with every participant name replaced by ``[role]``."""
        if not self.enabled:
            return text
        text = nfc(text)  # the patterns are NFC: a name typed decomposed must not slip through
        for pattern, role in self._patterns:
            text = pattern.sub(f"[{role}]", text)
        return text


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


# ─────────────────────────────────────────────────────────────── helpers


def _para_text(text: str) -> str:
    """Escaped, sanitised text with its line breaks kept."""
    lines = fonts.clean(text).split("\n")
    return "<br/>".join(escape(breakable(line)) for line in lines)


def _iso_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _day_text(text: str) -> str:
    day = _iso_day(text)
    return dutch_date(day) if day and len(text.strip()) >= 10 else text


def _minutes(seconds: float) -> str:
    sign = "−" if seconds < 0 else ""
    total = round(abs(seconds))
    return f"{sign}{total // 60}:{total % 60:02d}"


def _ramp(index: int, count: int) -> Color:
    if count <= 1:
        return SCENARIO_RAMP[2]
    return SCENARIO_RAMP[round(index * (len(SCENARIO_RAMP) - 1) / (count - 1))]


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_b: ParagraphStyle
    cell_muted: ParagraphStyle
    head: ParagraphStyle
    big: ParagraphStyle
    bullet: ParagraphStyle


def _styles() -> _Styles:
    return _Styles(
        title=style("rec-title", 25, bold=True, leading=1.12, space_after=1.5 * mm),
        subtitle=style("rec-sub", 11.5, colour=MUTED, leading=1.3, space_after=5 * mm),
        h2=style("rec-h2", 13.5, bold=True, colour=ACCENT.strong, space_before=6 * mm, space_after=2.2 * mm),
        label=style("rec-label", 7.6, bold=True, colour=MUTED, leading=1.2, space_after=0.8 * mm),
        body=style("rec-body", 10, leading=1.38, space_after=1.6 * mm),
        small=style("rec-small", 8.5, colour=MUTED, leading=1.35),
        cell=style("rec-cell", 9, leading=1.32),
        cell_b=style("rec-cell-b", 9, bold=True, leading=1.32),
        cell_muted=style("rec-cell-m", 8.5, colour=MUTED, leading=1.3),
        head=style("rec-head", 7.6, bold=True, colour=MUTED, leading=1.2),
        big=style("rec-big", 14, bold=True, colour=INK, leading=1.25, space_after=1.5 * mm),
        # Hanging: the first line of a bulleted note starts where its wrapped lines do.
        bullet=hanging(
            style(
                "rec-bullet",
                9.5,
                leading=1.35,
                left_indent=4 * mm,
                bullet_indent=0.5 * mm,
                space_after=1.2 * mm,
            ),
            ["✎", "•"],
        ),
    )


# ───────────────────────────────────────────────────────── the small map


class ScenarioStrip(Flowable):  # type: ignore[misc]
    """The scenario map drawn small: an axis, a disc per scenario, today's choice and earlier ones."""

    def __init__(
        self,
        scenario_map: ScenarioMap,
        chosen_id: str,
        earlier: Sequence[tuple[dt.date, str]],
    ) -> None:
        super().__init__()
        self.map = scenario_map
        self.chosen_id = chosen_id
        self.earlier = list(earlier)
        self._width = 0.0
        self._height = 0.0
        count = max(1, len(scenario_map.scenarios))
        self._earlier_by_index: dict[int, list[dt.date]] = {}
        for day, scenario_id in self.earlier:
            for index, scenario in enumerate(scenario_map.scenarios):
                if scenario.id == scenario_id:
                    self._earlier_by_index.setdefault(index, []).append(day)
        most = max((len(v) for v in self._earlier_by_index.values()), default=0)
        self._marks_height = (6 * mm + min(most, 4) * 3.6 * mm) if most else 6 * mm
        self._count = count

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        column = avail_width / self._count
        name_style = self._name_style()
        tallest = max(
            (
                Paragraph(_para_text(s.name), name_style).wrap(column - 3 * mm, 1e6)[1]
                for s in self.map.scenarios
            ),
            default=0.0,
        )
        self._names_height = tallest
        self._height = self._marks_height + 14 * mm + tallest + 8.5 * mm
        return avail_width, self._height

    @staticmethod
    def _name_style() -> ParagraphStyle:
        return style("strip-name", 8.6, bold=True, leading=1.2, align="center", hyphenate=False)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        width = self._width
        count = self._count
        column = width / count
        axis_y = self._height - self._marks_height - 6 * mm
        radius = 4.2 * mm
        # Background panel.
        canvas.setFillColor(PAPER_TINT)
        canvas.roundRect(0, 0, width, self._height, 3 * mm, stroke=0, fill=1)
        # Axis in the ramp colours with an arrow head.
        for index in range(count):
            canvas.setFillColor(_ramp(index, count))
            x0 = 4 * mm + index * (width - 8 * mm) / count
            x1 = 4 * mm + (index + 1) * (width - 8 * mm) / count
            canvas.rect(x0, axis_y - 0.9 * mm, x1 - x0, 1.8 * mm, stroke=0, fill=1)
        tip = width - 2 * mm
        canvas.setFillColor(_ramp(count - 1, count))
        arrow = canvas.beginPath()
        arrow.moveTo(tip, axis_y)
        arrow.lineTo(tip - 4 * mm, axis_y + 2.4 * mm)
        arrow.lineTo(tip - 4 * mm, axis_y - 2.4 * mm)
        arrow.close()
        canvas.drawPath(arrow, stroke=0, fill=1)
        canvas.setFont(fonts.face(italic=True), 7.5)
        canvas.setFillColor(MUTED)
        if self.map.axis_from:
            canvas.drawString(4 * mm, 2.5 * mm, fonts.clean(self.map.axis_from))
        if self.map.axis_to:
            canvas.drawRightString(width - 4 * mm, 2.5 * mm, fonts.clean(self.map.axis_to))
        name_style = self._name_style()
        for index, scenario in enumerate(self.map.scenarios):
            colour = _ramp(index, count)
            cx = column * (index + 0.5)
            chosen = scenario.id == self.chosen_id and bool(self.chosen_id)
            if chosen:
                canvas.setFillColor(WHITE)
                canvas.setStrokeColor(LATE)
                canvas.setLineWidth(1.6)
                canvas.circle(cx, axis_y, radius + 2.2 * mm, stroke=1, fill=1)
            canvas.setFillColor(WHITE)
            canvas.circle(cx, axis_y, radius + 0.7 * mm, stroke=0, fill=1)
            canvas.setFillColor(colour if chosen or not self.chosen_id else mix(colour, WHITE, 0.45))
            canvas.circle(cx, axis_y, radius, stroke=0, fill=1)
            canvas.setFillColor(WHITE)
            canvas.setFont(fonts.face(bold=True), 10)
            canvas.drawCentredString(cx, axis_y - 3.4, str(index + 1))
            para = Paragraph(_para_text(scenario.name), name_style)
            _, h = para.wrap(column - 3 * mm, 1e6)
            para.drawOn(canvas, cx - (column - 3 * mm) / 2, axis_y - radius - 3.5 * mm - h)
            # Marks above the disc: today's choice, then earlier placements with their dates.
            y = axis_y + radius + 3.2 * mm
            if chosen:
                label = "GEKOZEN"
                canvas.setFont(fonts.face(bold=True), 7.4)
                w = canvas.stringWidth(label, fonts.face(bold=True), 7.4) + 4 * mm
                canvas.setFillColor(LATE)
                canvas.roundRect(cx - w / 2, y - 1.2 * mm, w, 4.4 * mm, 2.2 * mm, stroke=0, fill=1)
                canvas.setFillColor(WHITE)
                canvas.drawCentredString(cx, y, label)
                y += 5.6 * mm
            dates = sorted(self._earlier_by_index.get(index, []))
            shown = dates[-4:]
            canvas.setFont(fonts.face(), 7.2)
            canvas.setFillColor(MUTED)
            for day in reversed(shown):
                canvas.setFillColor(colour)
                canvas.circle(
                    cx - canvas.stringWidth(dutch_date(day), fonts.face(), 7.2) / 2 - 2 * mm,
                    y + 0.9 * mm,
                    0.9 * mm,
                    stroke=0,
                    fill=1,
                )
                canvas.setFillColor(MUTED)
                canvas.drawCentredString(cx, y, dutch_date(day))
                y += 3.6 * mm
            if len(dates) > len(shown):
                canvas.drawCentredString(cx, y, f"+{len(dates) - len(shown)} eerder")


# ─────────────────────────────────────────────────────────────── render


def render_record_data(data: RecordData, *, anonymised: bool = False) -> bytes:
    """:func:`render_record` from what ``store.archive.record_data(session_id)`` returns."""
    return render_record(
        data.session,
        data.outcome,
        data.notes,
        data.runs,
        data.scenario_map,
        data.school,
        list(data.earlier),
        data.amendments,
        anonymised=anonymised,
        card_titles=dict(data.card_titles),
        follow_up=data.follow_up,
    )


def render_record(
    session: Session,
    outcome: Outcome | None,
    notes: Sequence[Note],
    runs: Sequence[TimeboxRun],
    scenario_map: ScenarioMap | None,
    school: School,
    earlier: Sequence[tuple[dt.date, str]],
    amendments: Sequence[Amendment],
    *,
    anonymised: bool = False,
    card_titles: dict[str, str] | None = None,
    follow_up: FollowUp | None = None,
) -> bytes:
    """The record of one session as an A4 PDF (bytes; reproducible for the same data).

    ``earlier`` holds ``(date, scenario_id)`` of the school's previous
    placements on this theme; they are marked on the small map with their
    dates. With ``anonymised`` no participant name appears anywhere.
    """
    anon = Anonymiser(session.participants, enabled=anonymised)
    width, height = paper_points("A4")
    frame_w = width - 2 * MARGIN
    theme_title = session.script.title if session.script else session.title
    title = f"Verslag {theme_title} – {school.name} – {_day_text(session.date)}"
    meta = Metadata(
        title=title + (" (geanonimiseerd)" if anonymised else ""),
        subject=f"Verslag van de sessie '{session.title}' op {school.name}",
        author=session.facilitator or "Procesbegeleider",
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), **doc_kwargs(meta))
    frame = body_frame(MARGIN, MARGIN + 4 * mm, frame_w, height - 2 * MARGIN - 14 * mm)
    # Each header half gets half the line: a 200-character school name is cut with an ellipsis.
    header_right = shorten(f"{school.name} · {_day_text(session.date)}", frame_w / 2 - 3 * mm, 9.5)
    header_left = shorten(f"Verslag · {theme_title}", frame_w / 2 - 3 * mm, 9.5, bold=True)

    def decorate(canvas: Canvas, document: BaseDocTemplate) -> None:
        running_header(canvas, width, height, MARGIN, header_left, header_right)
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.face(), 7.8)
        footer = "Geanonimiseerd verslag" if anonymised else "Vertrouwelijk: bevat namen van deelnemers"
        canvas.drawString(MARGIN, MARGIN - 3 * mm, footer)
        canvas.drawRightString(width - MARGIN, MARGIN - 3 * mm, f"pagina {document.page}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN + 0.5 * mm, width - MARGIN, MARGIN + 0.5 * mm)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=decorate)])
    titles = card_titles or {}
    story = _story(
        session,
        outcome,
        notes,
        runs,
        scenario_map,
        school,
        earlier,
        amendments,
        anon,
        frame_w,
        titles,
        follow_up,
    )
    doc.build(story)
    return buffer.getvalue()


def _story(
    session: Session,
    outcome: Outcome | None,
    notes: Sequence[Note],
    runs: Sequence[TimeboxRun],
    scenario_map: ScenarioMap | None,
    school: School,
    earlier: Sequence[tuple[dt.date, str]],
    amendments: Sequence[Amendment],
    anon: Anonymiser,
    width: float,
    card_titles: dict[str, str],
    follow_up: FollowUp | None = None,
) -> list[Flowable]:
    s = _styles()
    theme_title = session.script.title if session.script else ""
    story: list[Flowable] = []
    kicker = "VERSLAG VAN DE SESSIE" + (" · GEANONIMISEERD" if anon.enabled else "")
    story.append(
        Paragraph(kicker, style("rec-kicker", 8.5, bold=True, colour=ACCENT.strong, space_after=1.5 * mm))
    )
    story.append(Paragraph(_para_text(school.name), s.title))
    sub = [theme_title or session.title, _day_text(session.date)]
    story.append(Paragraph(_para_text(" · ".join(p for p in sub if p)), s.subtitle))
    story.append(_facts(session, school, anon, width, s))
    if follow_up is not None:  # the session opened with it
        story.extend(_follow_up(follow_up, anon, s))

    # How the hour went.
    story.append(Paragraph("Verloop: gepland en werkelijk", s.h2))
    story.append(_timing_table(session, runs, width, s))

    # Part 3: the decision.
    story.append(CondPageBreak(62 * mm))
    story.append(Paragraph("Scenario", s.h2))
    story.extend(_scenario_block(outcome, scenario_map, earlier, anon, width, s))
    story.append(Paragraph(outcome_label("rationale").capitalize(), s.h2))
    rationale = anon.text(outcome.rationale) if outcome else ""
    if rationale.strip():
        story.extend(paragraphs(rationale, s.body, _para_text))
    else:
        story.append(Paragraph("<i>Niet vastgelegd.</i>", s.body))
    story.append(_first_step(outcome, anon, width, s))
    story.append(Paragraph("Waar de stap op bouwt", s.h2))
    story.append(_items_table(outcome, anon, width, s))
    story.append(Paragraph(outcome_label("support_needed").capitalize(), s.h2))
    support = anon.text(outcome.support_needed) if outcome else ""
    if support.strip():
        story.extend(paragraphs(support, s.body, _para_text))
    else:
        story.append(Paragraph("<i>Niet genoemd.</i>", s.body))
    story.append(Paragraph("Inspiratiekaarten", s.h2))
    cards = card_text(card_list(outcome.inspiration_card_ids if outcome else (), card_titles))
    story.append(Paragraph(_para_text(cards) if cards else "<i>Geen gekozen.</i>", s.body))
    if amendments:
        story.append(Paragraph("Correcties", s.h2))
        story.extend(_amendments(amendments, scenario_map, anon, s, card_titles))
    story.append(CondPageBreak(40 * mm))
    story.append(Paragraph("Alle notities", s.h2))
    story.extend(_notes(session, notes, anon, width, s))
    return story


def _follow_up(follow_up: FollowUp, anon: Anonymiser, s: _Styles) -> list[Flowable]:
    """How the previous session's first step went, as the group said when this one opened."""
    asked = f"Eerste ontwikkelstap van de vorige sessie ({_day_text(follow_up.previous_date)})"
    if not follow_up.previous_date:
        asked = "Eerste ontwikkelstap van de vorige sessie"
    step = anon.text(follow_up.first_step)
    out: list[Flowable] = [
        Paragraph("Opvolging van de vorige stap", s.h2),
        Paragraph(_para_text(asked + (f": „{step}”" if step.strip() else "")), s.small),
        Spacer(1, 1.2 * mm),
    ]
    answer = ""
    if follow_up.status.label:
        answer = f"<b>{escape(follow_up.status.label.capitalize())}</b>"
    text = anon.text(follow_up.text).strip()
    if text:
        answer += (". " if answer else "") + _para_text(text)
    out.append(Paragraph(answer or "<i>Geen antwoord vastgelegd.</i>", s.body))
    return out


def _facts(session: Session, school: School, anon: Anonymiser, width: float, s: _Styles) -> Flowable:
    time_text = session.planned_start
    timeline = session.timeline()
    if timeline:
        time_text = f"{timeline[0].start}–{timeline[-1].end} (gepland)"
    theme_title = session.script.title if session.script else "—"
    cells: list[tuple[str, str]] = [
        ("SCHOOL", school.name),
        ("THEMA", theme_title),
        ("DATUM", _day_text(session.date)),
        ("TIJD", time_text),
        ("PROCESBEGELEIDER", session.facilitator or "—"),
        ("SESSIE", session.title),
    ]
    people = session.participants
    if anon.enabled:
        roles = sorted({p.role for p in people if p.role.strip()}, key=str.casefold)
        who = f"{len(people)} deelnemer{'s' if len(people) != 1 else ''}"
        if roles:
            who += ": " + ", ".join(roles)
    else:
        who = "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in people) or "—"
    half = (width - 6 * mm) / 2
    rows: list[list[object]] = []
    for left, right in zip(cells[0::2], cells[1::2], strict=True):
        rows.append(
            [
                [Paragraph(left[0], s.label), *paragraphs(left[1], s.cell, _para_text)],
                [Paragraph(right[0], s.label), *paragraphs(right[1], s.cell, _para_text)],
            ]
        )
    rows.append([[Paragraph("DEELNEMERS", s.label), *paragraphs(who, s.cell, _para_text)], ""])
    table = Table(rows, colWidths=[half + 3 * mm, half + 3 * mm], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), PAPER_TINT),
                ("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3.5 * mm),
                ("TOPPADDING", (0, 1), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -2), 1.5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3.5 * mm),
                ("LINEBEFORE", (0, 0), (0, -1), 2.2, ACCENT.strong),
            ]
        )
    )
    return table


def _timing_table(session: Session, runs: Sequence[TimeboxRun], width: float, s: _Styles) -> Flowable:
    head = [Paragraph(h, s.head) for h in ("DEEL EN WERKVORM", "GEPLAND", "WERKELIJK", "VERSCHIL")]
    data: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT.strong),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    by_index = {run.timebox_index: run for run in runs}
    planned = {entry.timebox_index: entry for entry in session.timeline()}
    if session.script is None:
        return Paragraph("<i>Geen draaiboek bij deze sessie.</i>", s.body)
    total_planned = 0
    total_spent = 0.0
    any_run = False
    current_part: int | None = None
    for index, (part, box) in enumerate(session.script.timeboxes()):
        steps = [step.number for step in box.steps if step.number is not None]
        step_text = ""
        if steps:
            step_text = f" · stap {steps[0]}" if len(steps) == 1 else f" · stap {steps[0]}–{steps[-1]}"
        detail = f"<font color='#5F6B76'>{mode_label(box.mode)}{step_text}</font>"
        if part.number != current_part:
            current_part = part.number
            label = f"<b>Deel {part.number}</b> {escape(fonts.clean(part.title))}<br/>{detail}"
            if len(data) > 1:
                commands.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.8, MUTED))
        else:
            label = detail
        entry = planned.get(index)
        run = by_index.get(index)
        if entry is None:
            plan_cell = Paragraph("niet ingepland (optioneel)", s.cell_muted)
            actual = Paragraph("—", s.cell_muted)
            diff = Paragraph("", s.cell)
        else:
            total_planned += entry.minutes
            plan_cell = Paragraph(f"{entry.start}–{entry.end}<br/>{entry.minutes} min", s.cell)
            if run is None or run.actual_start is None:
                actual = Paragraph("niet gestart" if run is None else "overgeslagen", s.cell_muted)
                diff = Paragraph("", s.cell)
            elif run.skipped:
                actual = Paragraph("overgeslagen", s.cell_muted)
                diff = Paragraph("", s.cell)
            else:
                any_run = True
                total_spent += run.spent_seconds
                start_min = run.actual_start / 60
                actual = Paragraph(
                    f"{_minutes(run.spent_seconds)} min<br/>"
                    f"<font color='#5F6B76'>vanaf minuut {start_min:.0f}</font>",
                    s.cell,
                )
                over = run.overrun_seconds or 0.0
                colour = LATE if over > 30 else EARLY if over < -30 else MUTED
                sign = "+" if over > 0 else ""
                diff = Paragraph(
                    f"<font color='{colour.hexval().replace('0x', '#')}'><b>{sign}{_minutes(over)}</b></font>",
                    s.cell,
                )
        data.append([Paragraph(label, s.cell), plan_cell, actual, diff])
        if entry is not None and box.mode is Mode.INDIVIDUAL:
            commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), ACCENT.tint))
    total_actual = f"{_minutes(total_spent)} min" if any_run else "—"
    data.append(
        [
            Paragraph("<b>Totaal</b>", s.cell),
            Paragraph(f"<b>{total_planned} min</b>", s.cell),
            Paragraph(f"<b>{total_actual}</b>", s.cell),
            Paragraph(
                f"<b>{'+' if total_spent - total_planned * 60 > 0 else ''}{_minutes(total_spent - total_planned * 60)}</b>"
                if any_run
                else "",
                s.cell,
            ),
        ]
    )
    commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, INK))
    table = Table(data, colWidths=[width * f for f in (0.52, 0.17, 0.18, 0.13)], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _scenario_block(
    outcome: Outcome | None,
    scenario_map: ScenarioMap | None,
    earlier: Sequence[tuple[dt.date, str]],
    anon: Anonymiser,
    width: float,
    s: _Styles,
) -> list[Flowable]:
    chosen_id = outcome.scenario_id if outcome else ""
    names = {sc.id: sc.name for sc in scenario_map.scenarios} if scenario_map else {}
    chosen_name = names.get(chosen_id) or (outcome.scenario_name if outcome else "")
    out: list[Flowable] = []
    if chosen_name:
        number = ""
        if scenario_map and chosen_id in names:
            position = [sc.id for sc in scenario_map.scenarios].index(chosen_id) + 1
            number = f"scenario {position} van {len(scenario_map.scenarios)}: "
        out.append(Paragraph(_para_text(f"Gekozen: {number}{chosen_name}"), s.big))
    else:
        out.append(Paragraph("<i>Er is (nog) geen scenario gekozen.</i>", s.body))
    if scenario_map is not None and scenario_map.scenarios:
        out.append(Spacer(1, 1.5 * mm))
        out.append(ScenarioStrip(scenario_map, chosen_id, earlier))
        if chosen_id and chosen_id not in names and chosen_name:
            out.append(Paragraph("Dit scenario staat niet (meer) op de huidige scenariokaart.", s.small))
    if earlier:
        parts = [
            f"{dutch_date(day)}: {names.get(scenario_id, 'scenario niet meer op de kaart')}"
            for day, scenario_id in earlier
        ]
        out.append(Spacer(1, 1.5 * mm))
        out.append(Paragraph(_para_text("Eerdere posities: " + "; ".join(parts) + "."), s.small))
    return out


def _first_step(outcome: Outcome | None, anon: Anonymiser, width: float, s: _Styles) -> Flowable:
    step = anon.text(outcome.first_step) if outcome else ""
    owner = anon.text(outcome.first_step_owner) if outcome else ""
    due = _day_text(outcome.first_step_due) if outcome and outcome.first_step_due else ""
    label = style("rec-step-label", 8, bold=True, colour=WHITE, leading=1.2, space_after=1.5 * mm)
    text_style = style("rec-step", 13, bold=True, colour=WHITE, leading=1.3, space_after=2.5 * mm)
    meta_style = style("rec-step-meta", 9.5, colour=mix(ACCENT.strong, WHITE, 0.82), leading=1.3)
    when = f"<b>Wanneer:</b> {_para_text(due)}" if due else ""
    if owner:  # an owner of any length, in pieces that split over pages
        who = paragraphs(
            owner, meta_style, _para_text, lead="<b>Wie:</b> ", tail=f"{SEPARATOR}{when}" if when else ""
        )
    else:
        who = [Paragraph(when or "Wie en wanneer: niet vastgelegd.", meta_style)]
    content: list[Flowable] = [
        Paragraph("EERSTE ONTWIKKELSTAP", label),
        *(
            paragraphs(step, text_style, _para_text)
            if step.strip()
            else [Paragraph("<i>Niet vastgelegd.</i>", text_style)]
        ),
        *who,
    ]
    box = Table([[content]], colWidths=[width], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT.strong),
                ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 4.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
            ]
        )
    )
    return KeepTogether([Spacer(1, 5 * mm), box])


def _items_table(outcome: Outcome | None, anon: Anonymiser, width: float, s: _Styles) -> Flowable:
    groups = [
        (
            "ONTWIKKELPUNTEN DIE WE AANPAKKEN",
            CATEGORY_COLOURS[NoteCategory.DEVELOPMENT],
            outcome.development_points if outcome else (),
        ),
        (
            "STERKE PUNTEN DIE WE INZETTEN",
            CATEGORY_COLOURS[NoteCategory.STRENGTH],
            outcome.strengths_used if outcome else (),
        ),
        (
            "INZICHTEN DIE ONS HELPEN",
            CATEGORY_COLOURS[NoteCategory.INSIGHT],
            outcome.insights_used if outcome else (),
        ),
    ]
    column = width / 3
    cells: list[object] = []
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * mm),
    ]
    for index, (title, colour, items) in enumerate(groups):
        head = style(f"rec-ih{index}", 7.6, bold=True, colour=colour, leading=1.2, space_after=2 * mm)
        bullet = hanging(
            style(
                f"rec-ib{index}",
                9.2,
                leading=1.33,
                left_indent=3.2 * mm,
                bullet_indent=0,
                bullet_colour=colour,
                space_after=1.4 * mm,
            ),
            ["•"],
        )
        flow: list[Flowable] = [Paragraph(title, head)]
        if items:
            for item in items:
                flow.extend(paragraphs(anon.text(item.text), bullet, _para_text, bullet="•"))
        else:
            flow.append(Paragraph("<i>geen genoemd</i>", s.cell_muted))
        cells.append(flow)
        commands.append(("BACKGROUND", (index, 0), (index, 0), mix(colour, WHITE, 0.9)))
        commands.append(("LINEABOVE", (index, 0), (index, 0), 2, colour))
    table = Table([cells], colWidths=[column - 0.01] * 3, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _value_text(
    field: str, value: OutcomeValue, names: dict[str, str], anon: Anonymiser, card_titles: dict[str, str]
) -> str:
    if field == "scenario_id" and isinstance(value, str):
        return names.get(value, value or "(geen)")
    if field in ITEM_FIELDS and isinstance(value, tuple):
        texts = [anon.text(item.text) for item in value if isinstance(item, OutcomeItem)]
        return "; ".join(texts) or "(leeg)"
    if field == "inspiration_card_ids" and isinstance(value, tuple):
        # A card deleted since is still counted, so the correction stays legible.
        return card_text(card_list([str(card_id) for card_id in value], card_titles)) or "(geen)"
    if field == "first_step_due" and isinstance(value, str):
        return _day_text(value) or "(leeg)"
    return anon.text(str(value)) or "(leeg)"


def _amendments(
    amendments: Sequence[Amendment],
    scenario_map: ScenarioMap | None,
    anon: Anonymiser,
    s: _Styles,
    card_titles: dict[str, str],
) -> list[Flowable]:
    names = {sc.id: sc.name for sc in scenario_map.scenarios} if scenario_map else {}
    out: list[Flowable] = []
    for item in amendments:
        new = _value_text(item.field, item.new, names, anon, card_titles)
        old = _value_text(item.field, item.old, names, anon, card_titles)
        text = (
            f"<b>Gecorrigeerd op {escape(_day_text(item.at))}</b>: {escape(fonts.clean(outcome_label(item.field)))} "
            f"wordt „{_para_text(new)}”, oorspronkelijk „{_para_text(old)}”."
        )
        if item.reason:
            text += f" <font color='#5F6B76'>Reden: {_para_text(anon.text(item.reason))}</font>"
        out.append(Paragraph(text, s.bullet, bulletText="✎" if ord("✎") in fonts.covered() else "•"))
    return out


def _box_labels(session: Session) -> dict[int, str]:
    labels: dict[int, str] = {}
    if session.script is None:
        return labels
    for index, (part, box) in enumerate(session.script.timeboxes()):
        steps = [step.number for step in box.steps if step.number is not None]
        step_text = ""
        if steps:
            step_text = f", stap {steps[0]}" if len(steps) == 1 else f", stap {steps[0]}–{steps[-1]}"
        labels[index] = f"Deel {part.number} · {mode_label(box.mode)}{step_text}"
    return labels


def _notes(
    session: Session, notes: Sequence[Note], anon: Anonymiser, width: float, s: _Styles
) -> list[Flowable]:
    if not notes:
        return [Paragraph("<i>Er zijn geen notities gemaakt.</i>", s.body)]
    labels = _box_labels(session)
    out: list[Flowable] = []
    for category in NoteCategory:
        chosen = sorted(
            (n for n in notes if n.category is category),
            key=lambda n: (n.timebox_index is not None, n.timebox_index or 0, n.position),
        )
        if not chosen:
            continue
        colour = CATEGORY_COLOURS[category]
        head = style(
            f"rec-nh-{category.value}",
            10.5,
            bold=True,
            colour=colour,
            space_before=3 * mm,
            space_after=1.5 * mm,
        )
        rows: list[list[object]] = []
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEBEFORE", (0, 0), (0, -1), 2, colour),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (0, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        previous: int | str | None = "start"
        for note in chosen:
            box_label = (
                "Hele sessie"
                if note.timebox_index is None
                else labels.get(note.timebox_index, f"Tijdvak {note.timebox_index + 1}")
            )
            author = anon.author(note.participant)
            rows.append(
                [
                    Paragraph(_para_text(box_label) if note.timebox_index != previous else "", s.cell_muted),
                    paragraphs(anon.text(note.text), s.cell, _para_text),
                    paragraphs(author, s.cell_muted, _para_text),
                ]
            )
            previous = note.timebox_index
        table = Table(rows, colWidths=[width * f for f in (0.24, 0.58, 0.18)], splitInRow=1)
        table.setStyle(TableStyle(commands))
        title = f"{category_label(category, plural=True).capitalize()} ({len(chosen)})"
        out.append(
            KeepTogether([Paragraph(_para_text(title), head), table])
            if len(rows) <= 6
            else Paragraph(_para_text(title), head)
        )
        if len(rows) > 6:
            out.append(table)
    return out
