"""Put printed sections together: one file per paper size, each section on a front.

A duplex printer pairs pages 1–2, 3–4, …: a section that starts on an even
page has its first page printed on the back of the previous section's last
sheet, and card backs land on the wrong fronts. So a section that would start
on an even page gets a padding page first, marked in small type. Pages of
another paper size (A3 posters in an A4 job) go to a file of their own, as a
printer driver cannot switch paper halfway through a job.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from facilitator_app.pdf import fonts
from facilitator_app.pdf.document import Metadata, new_canvas
from facilitator_app.pdf.furniture import OFFICE_MARGIN
from facilitator_app.pdf.styles import MUTED, PAPER_MM

if TYPE_CHECKING:  # pypdf is imported where sections are put together: a set of separate files never needs it
    from pypdf import PdfReader, PdfWriter

BLANK_NOTE = "deze pagina is bewust leeg"


def paper_name(width: float, height: float) -> str:
    """ "A4", "A3", … for a page of that size in either orientation, else its size in mm."""
    short, long = sorted((width / mm, height / mm))
    for name, (w, h) in PAPER_MM.items():
        if abs(short - w) < 1 and abs(long - h) < 1:
            return name
    return f"{short:.0f}x{long:.0f}mm"


@functools.cache
def blank_page(width: float, height: float) -> bytes:
    """A padding page, empty but for a small note so nobody thinks a page is missing."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (width, height), Metadata(BLANK_NOTE, BLANK_NOTE))
    canvas.setFont(fonts.face(italic=True), 7)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(width / 2, OFFICE_MARGIN + 6 * mm, BLANK_NOTE)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _new_writer() -> PdfWriter:
    from pypdf import PdfWriter

    return PdfWriter()


@dataclass
class PaperFile:
    """The sections of one paper size, in order, and where each starts (0-based page)."""

    paper: str
    writer: PdfWriter = field(default_factory=_new_writer)
    starts: list[int] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return len(self.writer.pages)

    def add(self, section: PdfReader, *, pad: bool) -> None:
        if pad and self.pages % 2:
            from pypdf import PdfReader

            box = self.writer.pages[-1].mediabox
            self.writer.append(PdfReader(io.BytesIO(blank_page(float(box.width), float(box.height)))))
        self.starts.append(self.pages)
        self.writer.append(section)

    def to_bytes(self, metadata: dict[str, str] | None = None) -> bytes:
        if metadata:
            self.writer.add_metadata(metadata)
        buffer = io.BytesIO()
        self.writer.write(buffer)
        return buffer.getvalue()


def combine(sections: Sequence[bytes], *, pad: bool = True) -> list[PaperFile]:
    """The sections grouped by paper size, the first section's paper first.

    ``pad``: start every section on an odd page (for duplex printing).
    """
    from pypdf import PdfReader

    files: dict[str, PaperFile] = {}
    for data in sections:
        if not data:
            continue
        section = PdfReader(io.BytesIO(data))
        if not section.pages:
            continue
        box = section.pages[0].mediabox
        paper = paper_name(float(box.width), float(box.height))
        files.setdefault(paper, PaperFile(paper)).add(section, pad=pad)
    return list(files.values())
