"""The light markup of card bodies: paragraphs, ``##`` headings and lists.

Facilitators type it in the card editor, so the parser is forgiving: any
text parses, unknown syntax stays literal text. Inline ``**bold**`` and
``*italic*`` are split into spans that both the PDF layer and the preview
render.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"^\s*[-•*]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_INLINE = re.compile(r"(\*\*(?P<bold>.+?)\*\*|\*(?P<italic>[^*\s][^*]*?)\*)")


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class ListBlock:
    items: tuple[str, ...]
    numbered: bool = False
    start: int = 1


Block = Heading | Paragraph | ListBlock


def parse(text: str) -> list[Block]:
    """Split a body into blocks; consecutive list lines form one list."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[str] = []
    numbered = False
    start = 1

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Paragraph(" ".join(paragraph)))
            paragraph.clear()

    def flush_list() -> None:
        if items:
            blocks.append(ListBlock(tuple(items), numbered, start))
            items.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        heading = _HEADING.match(raw)
        bullet = _BULLET.match(raw)
        number = _NUMBERED.match(raw)
        if not line:
            flush_paragraph()
            flush_list()
        elif heading:
            flush_paragraph()
            flush_list()
            blocks.append(Heading(heading.group(1).strip()))
        elif bullet or number:
            flush_paragraph()
            is_numbered = number is not None
            if items and is_numbered != numbered:
                flush_list()
            if not items:
                numbered = is_numbered
                start = int(number.group(1)) if number else 1
            items.append((number.group(2) if number else bullet.group(1)).strip())  # type: ignore[union-attr]
        elif items and raw[:1].isspace():
            # An indented line continues the previous list item.
            items[-1] = f"{items[-1]} {line}"
        else:
            flush_list()
            paragraph.append(line)
    flush_paragraph()
    flush_list()
    return blocks


def spans(text: str) -> list[Span]:
    """Split inline ``**bold**`` and ``*italic*`` markers into spans."""
    result: list[Span] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            result.append(Span(text[position : match.start()]))
        if match.group("bold") is not None:
            result.append(Span(match.group("bold"), bold=True))
        else:
            result.append(Span(match.group("italic"), italic=True))
        position = match.end()
    if position < len(text):
        result.append(Span(text[position:]))
    return result


def plain_text(text: str) -> str:
    """The body without markup, for search and for exported plain text."""
    lines: list[str] = []
    for block in parse(text):
        if isinstance(block, Heading | Paragraph):
            lines.append(_strip_inline(block.text))
        else:
            for index, item in enumerate(block.items, start=block.start):
                marker = f"{index}." if block.numbered else "•"
                lines.append(f"{marker} {_strip_inline(item)}")
    return "\n".join(lines)


def _strip_inline(text: str) -> str:
    return "".join(span.text for span in spans(text))


def sections(text: str) -> list[tuple[str, list[str]]]:
    """(heading, list items) pairs: the checklist a worksheet builds from a card."""
    result: list[tuple[str, list[str]]] = []
    heading = ""
    for block in parse(text):
        if isinstance(block, Heading):
            heading = _strip_inline(block.text)
            result.append((heading, []))
        elif isinstance(block, ListBlock):
            if not result:
                result.append(("", []))
            result[-1][1].extend(_strip_inline(item) for item in block.items)
    return result
