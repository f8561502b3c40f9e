"""Canvas and document factories: embedded font, reproducible bytes, metadata."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame

from facilitator_app.pdf import fonts

CREATOR = "facilitator_app"


@dataclass(frozen=True)
class Metadata:
    """The document information every PDF carries."""

    title: str
    subject: str
    author: str = "Procesbegeleider"
    keywords: str = "opleidingsschool, professionaliseren, procesbegeleider"


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], meta: Metadata) -> Canvas:
    """A canvas with the family as its initial font and invariant output."""
    fonts.register()
    canvas = Canvas(
        buffer,
        pagesize=pagesize,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
        pageCompression=1,
        lang="nl-NL",
    )
    apply_metadata(canvas, meta)
    return canvas


def apply_metadata(canvas: Canvas, meta: Metadata) -> None:
    canvas.setTitle(fonts.clean(meta.title))
    canvas.setSubject(fonts.clean(meta.subject))
    canvas.setAuthor(fonts.clean(meta.author))
    canvas.setKeywords(meta.keywords)
    canvas.setCreator(CREATOR)


def doc_kwargs(meta: Metadata) -> dict[str, Any]:
    """Keyword arguments for a platypus ``BaseDocTemplate``."""
    fonts.register()
    return {
        "invariant": 1,
        "initialFontName": fonts.REGULAR,
        "initialFontSize": 10,
        "pageCompression": 1,
        "title": fonts.clean(meta.title),
        "subject": fonts.clean(meta.subject),
        "author": fonts.clean(meta.author),
        "keywords": meta.keywords,
        "creator": CREATOR,
        "lang": "nl-NL",
    }


def build(doc: BaseDocTemplate, story: list[Any]) -> None:
    doc.build(story)


def body_frame(x: float, y: float, width: float, height: float) -> Frame:
    """The text frame of a page; no padding, as the page margins already give the white space."""
    return Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
