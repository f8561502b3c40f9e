"""Worksheets for the individual steps of a theme, blank or one set per participant.

The room to write follows from the step itself (data-driven):

* the prompt asks what to *weten*, *begrijpen* and *toepassen* → a
  Weten / Begrijpen / Toepassen grid per role;
* the step uses a card whose sections list items → a checklist, a row per
  item with "voldaan?" and "ontwikkelpunt?" tick boxes (reflection card B);
* the prompt is about roles → a table with a row per role;
* otherwise → ruled lines.

Participants with the same role get the same pages but for their name, so
each role's first set is laid out once (platypus) and every page is kept as a
PDF form; the next participants with that role reuse those forms and only
their name is drawn (in the running header and the name field). Laying out
the same pages again per participant was ~60 % of the print set's time
(``benchmarks/bench_print.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from facilitator_app.core import markup
from facilitator_app.core.dutch_words import count, dutch_date, mode_label
from facilitator_app.core.models import Card, Mode, Part, Participant, Role, School, Step, Theme
from facilitator_app.pdf import fonts
from facilitator_app.pdf.combine import BLANK_NOTE
from facilitator_app.pdf.document import Metadata, doc_kwargs
from facilitator_app.pdf.flowables import TickBox, WritingLines
from facilitator_app.pdf.furniture import OFFICE_MARGIN, running_header
from facilitator_app.pdf.options import WorksheetOptions
from facilitator_app.pdf.script import timeline
from facilitator_app.pdf.styles import ACCENT, INK, MUTED, RULE, WHITE, clock, mix, paper_points
from facilitator_app.pdf.text import body_styles, inline, markup_flowables, plain, shorten, style, text_width

MARGIN = 16 * mm
FIELD_MIN_SIZE = 8.0
CardLookup = Mapping[str, Card]  # "deck/card" → card


class Room(enum.Enum):
    """The kind of writing room a step gets."""

    KNOW_UNDERSTAND_APPLY = "weten-begrijpen-toepassen"
    CHECKLIST = "checklist"
    ROLE_TABLE = "rollen"
    LINES = "regels"


def room_for(step: Step, cards: Sequence[Card], roles: Sequence[Role]) -> Room:
    """Decide the writing room from the step's text and the cards it uses."""
    text = step.text.lower()
    if all(word in text for word in ("weten", "begrijpen", "toepassen")):
        return Room.KNOW_UNDERSTAND_APPLY
    if any(items for card in cards for _, items in markup.sections(card.body)):
        return Room.CHECKLIST
    if " rol" in text or any(role.name.lower() in text for role in roles):
        return Room.ROLE_TABLE
    return Room.LINES


@dataclass
class _Stamp:
    """Where a name field sits on a page (page coordinates), and its width."""

    x: float
    y: float
    room: float


@dataclass
class _State:
    participant: Participant | None = None
    school: School | None = None
    day: dt.date | None = None
    theme_title: str = ""
    pages: dict[int, Participant | None] = field(default_factory=dict)
    styles: _Styles | None = None
    # The first set of each role: its pages (as form names) and the name fields on them.
    templates: dict[str, list[str]] = field(default_factory=dict)
    stamps: dict[str, list[_Stamp]] = field(default_factory=dict)  # by form name
    recording: list[str] | None = None  # the template being laid out now
    page_form: str = ""  # the form the current page is drawn into
    after_form: list[_Stamp] = field(default_factory=list)  # names to draw on this page, over its form
    first_page: int = 1  # where the current participant's set began: pages count per participant
    fillers: set[int] = field(default_factory=set)  # padding pages for duplex: no band, no footer


class _Context(Flowable):  # type: ignore[misc]
    """Zero-size marker: from here on the header shows this participant.

    For the first set of a role (``template``) the pages from here on are
    recorded as that role's template, until :class:`_EndOfSet`.
    """

    def __init__(self, state: _State, participant: Participant | None, key: str, template: bool) -> None:
        super().__init__()
        self.state = state
        self.participant = participant
        self.key = key
        self.template = template

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.participant = self.participant
        self.state.first_page = self.canv.getPageNumber()
        self.state.recording = self.state.templates.setdefault(self.key, []) if self.template else None


class _EndOfSet(Flowable):  # type: ignore[misc]
    """Zero-size marker after a participant's last step: its last page is part of the set."""

    def __init__(self, state: _State) -> None:
        super().__init__()
        self.state = state

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        recording = self.state.recording
        if recording is not None and (not recording or recording[-1] != self.state.page_form):
            recording.append(self.state.page_form)
        self.state.recording = None


class _NameField(Flowable):  # type: ignore[misc]
    """The name in the name field: drawn over the page's form, so the form holds no name."""

    def __init__(self, state: _State, name: str, room: float, height: float) -> None:
        super().__init__()
        self.state = state
        self.name = name
        self.room = room
        self.height_ = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.room, self.height_

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803 (ReportLab's names)
        page_x, page_y = canvas.absolutePosition(x, y)
        stamp = _Stamp(page_x, page_y, self.room)
        self.state.stamps.setdefault(self.state.page_form, []).append(stamp)
        self.state.after_form.append(stamp)


class _Reuse(Flowable):  # type: ignore[misc]
    """The pages of an earlier set of the same role, from page ``index`` on, one page per split."""

    def __init__(self, state: _State, key: str, index: int = 0, *, one_page: bool = False) -> None:
        super().__init__()
        self.state = state
        self.key = key
        self.index = index
        self.one_page = one_page

    def _forms(self) -> list[str]:
        return self.state.templates[self.key]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        more = not self.one_page and self.index + 1 < len(self._forms())
        return avail_width, avail_height + (1 if more else 0)  # a page; more pages force a split

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        page = _Reuse(self.state, self.key, self.index, one_page=True)
        return [page, PageBreak(), _Reuse(self.state, self.key, self.index + 1)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803 (ReportLab's names)
        form = self._forms()[self.index]
        canvas.doForm(form)  # in page coordinates, as it was recorded
        self.state.after_form.extend(self.state.stamps.get(form, ()))


def _individual_steps(theme: Theme, start: dt.time | None) -> list[tuple[Part, str, Step]]:
    """Each individual step with its part and its time: "13:30–13:35 (5 minuten)", or "5 minuten"."""
    steps: list[tuple[Part, str, Step]] = []
    for part, box, begin, end in timeline(theme, start or dt.time(0, 0)):
        if box.mode is not Mode.INDIVIDUAL:
            continue
        minutes = count(box.minutes, "minuut", "minuten")
        when = f"{clock(begin)}–{clock(end)} ({minutes})" if start else minutes
        steps.extend((part, when, step) for step in box.steps)
    return steps


def _table_style(header: bool = True) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT.tint))
    return commands


class _Styles:
    def __init__(self) -> None:
        self.body = body_styles(10.5, ACCENT.strong)
        self.title = style("ws-title", 20, bold=True, colour=ACCENT.strong, leading=1.15, space_after=2 * mm)
        self.meta = style("ws-meta", 9.5, colour=MUTED, space_after=4 * mm)
        self.prompt = style("ws-prompt", 11, leading=1.35, space_after=5 * mm)
        self.cell = style("ws-cell", 9.5, leading=1.25)
        self.cell_bold = style("ws-cell-b", 9.5, bold=True, leading=1.25)
        self.head = style("ws-head", 9.5, bold=True, colour=ACCENT.strong, leading=1.2)
        self.head_center = style(
            "ws-head-c", 9.5, bold=True, colour=ACCENT.strong, align="center", leading=1.2
        )
        self.section = style("ws-section", 10, bold=True, colour=WHITE, leading=1.2)
        self.field_label = style("ws-field", 8.5, bold=True, colour=MUTED)
        self.field_value = style("ws-value", 11, leading=1.2)


def _fields(
    s: _Styles,
    participant: Participant | None,
    school: School | None,
    day: dt.date | None,
    width: float,
    state: _State | None = None,
) -> Table:
    values = [
        ("Naam", participant.name if participant else ""),
        ("Rol", participant.role if participant else ""),
        ("School", school.name if school else ""),
        ("Datum", dutch_date(day) if day else ""),
    ]
    widths = [width * f for f in (0.28, 0.2, 0.32, 0.2)]
    row_labels = [Paragraph(plain(label.upper()), s.field_label) for label, _ in values]
    row_values: list[Flowable] = [
        _field_value(s, value, column - 8) for (_, value), column in zip(values, widths, strict=True)
    ]
    if state is not None:  # the name is drawn over the page's form (see _NameField)
        row_values[0] = _NameField(state, values[0][1], widths[0] - 8, s.field_value.fontSize * 1.2)
    table = Table(
        [row_labels, row_values],
        colWidths=widths,
        rowHeights=[None, 9 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 2),
            ]
        )
    )
    return table


def _roles_ordered(roles: Sequence[Role], participant: Participant | None) -> list[tuple[str, bool]]:
    own = (participant.role if participant else "").strip().lower()
    rows = [(role.name, role.name.lower() == own or role.key == own) for role in roles]
    if own and not any(mine for _, mine in rows):
        rows.insert(0, (participant.role if participant else "", True))
    rows.sort(key=lambda row: not row[1])
    return rows


def _field_value(s: _Styles, value: str, room: float) -> Paragraph:
    """One line, as the row has a fixed height: a long value gets a smaller size, then an ellipsis."""
    size = s.field_value.fontSize
    size = max(FIELD_MIN_SIZE, min(size, 0.97 * size * room / max(text_width(value, size), 1.0)))
    fitted = ParagraphStyle(f"ws-value-{size:.1f}", parent=s.field_value, fontSize=size, leading=size * 1.2)
    return Paragraph(plain(shorten(value, room, size)), fitted)


def _role_table(s: _Styles, roles: Sequence[Role], participant: Participant | None, width: float) -> Table:
    data: list[list[object]] = [
        [
            Paragraph("Rol", s.head),
            Paragraph("Vormen van professionalisering in de (opleidings)school", s.head),
        ]
    ]
    rows = _roles_ordered(roles, participant) or [("", True)]
    for name, mine in rows:
        shown = shorten(name, width * 0.3 - 12, s.cell_bold.fontSize, bold=True, lines=3)
        label = inline(shown) + ("<br/><font size='8' color='#5F6B76'>jouw rol</font>" if mine else "")
        data.append([Paragraph(label, s.cell_bold), ""])
    data.append([Paragraph("Andere rol:", s.cell), ""])
    table = Table(
        data,
        colWidths=[width * 0.3, width * 0.7],
        rowHeights=[None] + [21 * mm] * (len(data) - 1),
        repeatRows=1,
    )
    table.setStyle(TableStyle(_table_style()))
    return table


def _kua_table(s: _Styles, participant: Participant | None, width: float) -> Table:
    own = participant.role if participant and participant.role else ""
    own = shorten(own, width * 0.25 - 12, s.cell_bold.fontSize, bold=True, lines=3)
    data: list[list[object]] = [
        [Paragraph("Rol", s.head)]
        + [Paragraph(h, s.head_center) for h in ("Weten", "Begrijpen", "Toepassen")]
    ]
    data.append(
        [
            Paragraph(
                inline(own) + "<br/><font size='8' color='#5F6B76'>jouw rol</font>" if own else "Jouw rol:",
                s.cell_bold,
            ),
            "",
            "",
            "",
        ]
    )
    data.append([Paragraph("Andere rol:", s.cell), "", "", ""])
    data.append([Paragraph("Andere rol:", s.cell), "", "", ""])
    table = Table(
        data, colWidths=[width * 0.25] + [width * 0.25] * 3, rowHeights=[None, 62 * mm, 46 * mm, 46 * mm]
    )
    table.setStyle(TableStyle(_table_style()))
    return table


def _checklist(s: _Styles, cards: Sequence[Card], width: float) -> Table:
    data: list[list[object]] = [
        [
            Paragraph("Voorwaarde", s.head),
            Paragraph("voldaan?", s.head_center),
            Paragraph("ontwikkelpunt?", s.head_center),
            Paragraph("Toelichting", s.head),
        ]
    ]
    commands = _table_style()
    for card in cards:
        for heading, items in markup.sections(card.body):
            if not items:
                continue
            if heading:
                commands += [
                    ("SPAN", (0, len(data)), (-1, len(data))),
                    ("BACKGROUND", (0, len(data)), (-1, len(data)), ACCENT.strong),
                ]
                data.append([Paragraph(inline(heading), s.section), "", "", ""])
            for item in items:
                data.append([Paragraph(inline(item), s.cell), TickBox(), TickBox(), ""])
    commands += [
        ("VALIGN", (1, 1), (2, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), 6.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 6.5),
    ]
    table = Table(data, colWidths=[width * f for f in (0.42, 0.12, 0.17, 0.29)], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _step_story(
    s: _Styles,
    part: Part,
    when: str,
    step: Step,
    cards: Sequence[Card],
    roles: Sequence[Role],
    participant: Participant | None,
    width: float,
) -> list[Flowable]:
    number = f"Stap {step.number}" if step.number is not None else "Opdracht"
    meta = f"Deel {part.number} · {part.title} · {mode_label(Mode.INDIVIDUAL)} · {when}"
    if part.optional:
        meta += " · bij voldoende tijd"
    story: list[Flowable] = [
        Paragraph(plain(number), s.title),
        Paragraph(plain(meta), s.meta),
    ]
    prompt = [
        Paragraph(inline(block.text), s.prompt)
        for block in markup.parse(step.text)
        if isinstance(block, markup.Paragraph)
    ]
    story.extend(prompt or [Paragraph(inline(step.text), s.prompt)])
    if cards:
        titles = ", ".join(f"‘{card.title}’" for card in cards)
        story.append(
            Paragraph(
                f"Gebruik de kaart {plain(titles)}.",
                style("ws-hint", 9.5, italic=True, colour=MUTED, space_after=4 * mm),
            )
        )
    room = room_for(step, cards, roles)
    if room is Room.KNOW_UNDERSTAND_APPLY:
        story.append(_kua_table(s, participant, width))
    elif room is Room.CHECKLIST:
        story.append(_checklist(s, cards, width))
    elif room is Room.ROLE_TABLE:
        story.append(_role_table(s, roles, participant, width))
    else:
        story.append(WritingLines(18))
    return story


def render_worksheets(
    theme: Theme,
    cards: CardLookup,
    roles: Sequence[Role],
    school: School | None,
    participants: Sequence[Participant],
    day: dt.date | None,
    options: WorksheetOptions | None = None,
) -> bytes:
    """Worksheets for ``theme``'s individual steps.

    ``cards`` maps "deck/card" to the cards steps refer to. With no
    participants, ``options.blank_copies`` blank sets are printed; otherwise
    one set per participant with name, role, school and date filled in.
    """
    options = options or WorksheetOptions()
    s = _Styles()
    width, height = paper_points("A4")
    frame_w = width - 2 * MARGIN
    state = _State(school=school, day=day, theme_title=theme.title)
    meta = Metadata(
        title=f"Werkbladen – {theme.title}" + (f" – {school.name}" if school else ""),
        subject=f"Werkbladen bij het thema {theme.title}",
        author=options.author,
    )
    buffer = io.BytesIO()
    doc = _WorksheetDoc(buffer, state, pagesize=(width, height), **doc_kwargs(meta))
    state.styles = s
    steps = _individual_steps(theme, options.start)
    people: list[Participant | None] = list(participants) or [None] * max(1, options.blank_copies)
    story: list[Flowable] = []
    laid_out: set[str] = set()
    for index, person in enumerate(people):
        if index:
            story.append(_PadToOdd(doc, state) if options.duplex else PageBreak())
            if options.duplex:
                story.append(PageBreak())
        key = person.role if person is not None else ""  # all but the name follows from the role
        story.append(_Context(state, person, key, template=key not in laid_out))
        if key in laid_out:
            story.append(_Reuse(state, key))
            continue
        laid_out.add(key)
        if options.include_vision and school is not None and school.vision.strip():
            story.extend(_vision_story(s, school, options.vision_max_chars))
            story.append(PageBreak())
        story.append(_fields(s, person, school, day, frame_w, state))
        story.append(Spacer(1, 7 * mm))
        for position, (part, when, step) in enumerate(steps):
            if position:
                story.append(PageBreak())
            step_cards = [cards[str(ref)] for ref in step.cards if str(ref) in cards]
            story.extend(_step_story(s, part, when, step, step_cards, roles, person, frame_w))
        story.append(_EndOfSet(state))
    doc.build(story)
    return buffer.getvalue()


def _vision_story(s: _Styles, school: School, max_chars: int) -> list[Flowable]:
    text = school.vision.strip()
    excerpt = False
    if max_chars and len(text) > max_chars:
        cut = text.rfind("\n\n", 0, max_chars)
        text = text[: cut if cut > max_chars // 2 else max_chars].rstrip() + " …"
        excerpt = True
    story: list[Flowable] = [
        Paragraph(plain(f"Visie van {school.name}"), s.title),
        Paragraph(
            "Fragment – lees de volledige visie bij de procesbegeleider."
            if excerpt
            else "Lees de visie rustig door.",
            s.meta,
        ),
    ]
    story.extend(markup_flowables(text, s.body))
    return story


class _PadToOdd(CondPageBreak):  # type: ignore[misc]
    """Before a participant's set: an extra blank page if needed so every set starts on a front.

    The blank page is recorded in ``state.fillers``: it gets neither band nor footer.
    """

    def __init__(self, doc: BaseDocTemplate, state: _State) -> None:
        super().__init__(0)
        self.doc = doc
        self.state = state
        self.forced = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # After the coming break the set would start on page+1; keep that odd.
        if self.doc.page % 2 == 1 and not self.forced:
            self.forced = True
            return avail_width, avail_height + 1  # force one extra page
        return 0, 0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [PageBreak()] if self.doc.page % 2 == 1 and not self.forced else []

    def draw(self) -> None:
        if self.forced:
            self.state.fillers.add(self.doc.page)


class _WorksheetDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, state: _State, **kwargs: object) -> None:
        super().__init__(buffer, **kwargs)
        self.state = state
        width, height = self.pagesize
        frame = Frame(
            MARGIN,
            MARGIN + 6 * mm,
            width - 2 * MARGIN,
            height - 2 * MARGIN - 14 * mm,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate(id="sheet", frames=[frame], onPage=self._begin, onPageEnd=self._decorate)]
        )

    def _begin(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Everything the frame draws on this page goes into a form, reusable by a later set."""
        self.state.page_form = f"worksheet-page-{doc.page}"
        self.state.after_form = []
        canvas.beginForm(self.state.page_form)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        state = self.state
        canvas.endForm()
        canvas.doForm(state.page_form)
        if doc.page in state.fillers:
            canvas.saveState()
            canvas.setFont(fonts.face(italic=True), 7)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(width / 2, OFFICE_MARGIN + 6 * mm, BLANK_NOTE)
            canvas.restoreState()
            return
        if state.recording is not None and state.page_form not in state.recording:
            state.recording.append(state.page_form)
        name = state.participant.name if state.participant is not None else ""
        for stamp in state.after_form:
            assert state.styles is not None
            field = _field_value(state.styles, name, stamp.room)
            field.wrap(stamp.room, 1000)
            field.drawOn(canvas, stamp.x, stamp.y)
        running_header(
            canvas,
            width,
            height,
            MARGIN,
            f"Werkblad · {state.theme_title}",
            state.participant.name if state.participant is not None else "",
        )
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.face(), 8)
        left = " · ".join(
            part
            for part in (
                state.school.name if state.school else "",
                dutch_date(state.day) if state.day else "",
            )
            if part
        )
        # Room for the page number on the right: a 200-character school name is cut with an ellipsis.
        canvas.drawString(MARGIN, MARGIN - 2 * mm, shorten(left, width - 2 * MARGIN - 25 * mm, 8))
        canvas.drawRightString(width - MARGIN, MARGIN - 2 * mm, f"pagina {doc.page - state.first_page + 1}")
        canvas.setStrokeColor(mix(RULE, WHITE, 0.3))
        canvas.restoreState()
