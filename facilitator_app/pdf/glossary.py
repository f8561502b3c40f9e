"""The role glossary handout: every role of the (opleidings)school with what it does, on one A4."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, PageTemplate, Paragraph

from facilitator_app.core.dutch_words import dutch_date
from facilitator_app.core.models import Role, School
from facilitator_app.pdf.document import Metadata, body_frame, doc_kwargs
from facilitator_app.pdf.styles import ACCENT, INK, MUTED, paper_points
from facilitator_app.pdf.text import inline, plain, style

MARGIN = 18 * mm
TITLE = "Rollen in de opleidingsschool"


def render_role_glossary(
    roles: Sequence[Role],
    school: School | None = None,
    day: dt.date | None = None,
    author: str = "Procesbegeleider",
) -> bytes:
    """One handout listing ``roles`` (name and description) for the participants."""
    width, height = paper_points("A4")
    meta = Metadata(
        title=TITLE + (f" – {school.name}" if school else ""),
        subject="Overzicht van de rollen in de opleidingsschool, voor de deelnemers",
        author=author,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), **doc_kwargs(meta))
    frame = body_frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(_story(roles, school, day))
    return buffer.getvalue()


def _story(roles: Sequence[Role], school: School | None, day: dt.date | None) -> list[Flowable]:
    title = style("gl-title", 22, bold=True, colour=INK, leading=1.15, space_after=2 * mm)
    meta = style("gl-meta", 10, colour=MUTED, space_after=7 * mm)
    name = style("gl-name", 13, bold=True, colour=ACCENT.strong, space_before=4 * mm, space_after=1 * mm)
    text = style("gl-text", 11, leading=1.35)
    info = [part for part in (school.name if school else "", dutch_date(day) if day else "") if part]
    story: list[Flowable] = [Paragraph(plain(TITLE), title)]
    story.append(Paragraph(plain(" · ".join([*info, "wie doet wat bij het samen opleiden"])), meta))
    for role in roles:
        block: list[Flowable] = [Paragraph(plain(role.name), name)]
        if role.description:
            block.append(Paragraph(inline(role.description), text))
        story.append(KeepTogether(block))
    return story
