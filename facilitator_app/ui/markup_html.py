"""Card and vision light markup (core.markup) as the simple HTML QTextBrowser shows."""

from __future__ import annotations

from html import escape

from ..core import markup


def inline_html(text: str) -> str:
    parts = []
    for span in markup.spans(text):
        piece = escape(span.text)
        if span.bold:
            piece = f"<b>{piece}</b>"
        if span.italic:
            piece = f"<i>{piece}</i>"
        parts.append(piece)
    return "".join(parts)


def step_html(heading: str, number: int | None, text: str) -> tuple[str, list[str]]:
    """A step as the session window and the presenter show it: ``heading`` ("Step %1") for its
    number, escaped ("" for an unnumbered step), and its paragraphs (split at blank lines) as HTML."""
    head = escape(heading.replace("%1", str(number))) if number is not None else ""
    return head, [inline_html(p) for p in text.split("\n\n") if p.strip()]


def body_html(text: str) -> str:
    out: list[str] = []
    for block in markup.parse(text):
        if isinstance(block, markup.Heading):
            out.append(f"<h3>{inline_html(block.text)}</h3>")
        elif isinstance(block, markup.Paragraph):
            out.append(f"<p>{inline_html(block.text)}</p>")
        else:
            tag = "ol" if block.numbered else "ul"
            start = f' start="{block.start}"' if block.numbered and block.start != 1 else ""
            items = "".join(f"<li>{inline_html(item)}</li>" for item in block.items)
            out.append(f"<{tag}{start}>{items}</{tag}>")
    return "\n".join(out)


def card_html(title: str, body: str, subtitle: str = "", source: str = "") -> str:
    """A whole card: small subtitle above the title, body, and the source line small."""
    head = f'<p style="margin:0"><small>{escape(subtitle)}</small></p>' if subtitle else ""
    foot = f'<p style="margin-top:14px"><small><i>{escape(source)}</i></small></p>' if source else ""
    return f"{head}<h2>{escape(title)}</h2>{body_html(body)}{foot}"
