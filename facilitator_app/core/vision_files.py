"""Extract the text of a school's vision document (.txt, .md, .docx, .pdf).

Vision documents come from e-mail and shared drives, so every reader is
defensive: only a regular file is read, and never more bytes than the cap
(a pipe or ``/dev/zero`` behind a link is refused, not read for ever); sizes
are capped before anything is decompressed; XML is parsed in one pass with
DTDs forbidden and its depth bounded; a PDF that hits one of pypdf's limits
or holds more drawing work than any real document is refused; and a file
that is not what its name says is refused with a Dutch message.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from .bounded_read import NotARegularFileError, TooBigError, read_bounded
from .models import VisionFile

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
#: Word nests paragraphs in tables in text boxes a few levels deep, never hundreds.
MAX_XML_DEPTH = 200
#: Words (operators and operands) of drawing instructions a PDF may hold in all: a 50-page report
#: has a few hundred thousand; text extraction walks them at about 70,000 a second.
MAX_PDF_CONTENT_WORDS = 500_000
MAX_PDF_PAGES = 2_000
SUPPORTED = (".txt", ".md", ".docx", ".pdf")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class VisionFileError(Exception):
    """The file cannot be used; the message is Dutch and says what to do."""


def read_vision(path: Path) -> str:
    """The text of the vision document at ``path``; :class:`VisionFileError` (Dutch) if unusable."""
    return read_vision_document(path)[0]


def read_vision_document(path: Path) -> tuple[str, VisionFile]:
    """The text and the original file, to keep with the school."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise VisionFileError(
            f"'{path.name}' heeft een onbekend bestandstype. Gebruik een .txt-, .md-, .docx- of .pdf-bestand."
        )
    document = VisionFile(name=path.name, data=_read_regular_file(path))
    text = document_text(document)
    if not text:
        raise VisionFileError(
            f"In '{path.name}' staat geen leesbare tekst. Plak de tekst zelf in het visieveld."
        )
    return text[:MAX_TEXT_CHARS], document


def _read_regular_file(path: Path) -> bytes:
    too_big = f"'{path.name}' is te groot; het maximum is {MAX_FILE_BYTES // 1_048_576} MB."
    try:
        return read_bounded(path, MAX_FILE_BYTES)
    except NotARegularFileError:
        raise VisionFileError(
            f"'{path.name}' is geen gewoon bestand (maar bijvoorbeeld een map, pijp of apparaat) "
            "en is niet gelezen. Kies een opgeslagen document."
        ) from None
    except TooBigError:
        raise VisionFileError(too_big) from None
    except OSError as error:
        raise VisionFileError(f"'{path.name}' kan niet worden gelezen: {error.strerror}.") from None


def document_text(document: VisionFile) -> str:
    """The text of a kept original, as it was imported; :class:`VisionFileError` (Dutch) if unreadable.

    Privacy search reads the kept originals with this too, so a name in a
    document is found by the same reader that took its text in.
    """
    suffix = Path(document.name).suffix.lower()
    if suffix in {".txt", ".md"}:
        text = _decode_text(document.data)
    elif suffix == ".docx":
        text = _docx_text(document.data, document.name)
    elif suffix == ".pdf":
        text = _pdf_text(document.data, document.name)
    else:
        raise VisionFileError(f"'{document.name}' heeft een onbekend bestandstype.")
    return _tidy(text)


def _decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _docx_text(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        raise VisionFileError(f"'{name}' is geen geldig Word-document (.docx).") from None
    if info.file_size > MAX_DOCX_XML_BYTES:
        raise VisionFileError(f"'{name}' pakt uit tot een onredelijk groot document en is geweigerd.")
    try:
        # Read at most one byte past the cap: the size in the zip directory can lie.
        with archive.open(info) as member:
            xml = member.read(MAX_DOCX_XML_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise VisionFileError(f"'{name}' is beschadigd: de tekst kan niet worden gelezen.") from None
    if len(xml) > MAX_DOCX_XML_BYTES:
        raise VisionFileError(f"'{name}' pakt uit tot een onredelijk groot document en is geweigerd.")
    return _paragraphs(xml, name)


def _paragraphs(xml: bytes, name: str) -> str:
    """The text of document.xml in one streaming pass: linear in its size, whatever its nesting.

    A paragraph inside a paragraph (a text box) is read as part of the outer
    one. DTDs, entities and external references are refused in any encoding.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    refused = f"'{name}' bevat ongebruikelijke XML-constructies en is geweigerd."
    paragraphs: list[str] = []
    pieces: list[str] = []
    numbered = False
    depth = 0
    outer = 0  # the depth of the paragraph being read; 0 outside one
    try:
        events: Any = iterparse(io.BytesIO(xml), events=("start", "end"), forbid_dtd=True)
        for event, node in events:
            tag = node.tag
            if event == "start":
                depth += 1
                if depth > MAX_XML_DEPTH:
                    raise VisionFileError(refused)
                if tag == f"{_W}p" and not outer:
                    outer, pieces, numbered = depth, [], False
                elif outer and tag == f"{_W}tab":
                    pieces.append("\t")
                elif outer and tag in {f"{_W}br", f"{_W}cr"}:
                    pieces.append("\n")
                elif outer and tag == f"{_W}numPr" and depth == outer + 2:  # w:p/w:pPr/w:numPr
                    numbered = True
                continue
            if outer and tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            if depth == outer and tag == f"{_W}p":
                line = "".join(pieces)
                paragraphs.append(f"- {line}" if numbered and line.strip() else line)
                outer = 0
            node.clear()  # what is read is no longer needed: memory stays flat
            depth -= 1
    except DefusedXmlException:
        raise VisionFileError(refused) from None
    except SyntaxError:  # ElementTree.ParseError
        raise VisionFileError(f"'{name}' is beschadigd: de tekst kan niet worden gelezen.") from None
    return "\n\n".join(paragraphs)


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader  # imported late: only vision imports need it
    from pypdf.errors import PyPdfError

    unreadable = f"'{name}' is geen leesbaar pdf-bestand."
    too_much = (
        f"'{name}' is voor een visiedocument onredelijk groot of ingewikkeld en is geweigerd. "
        "Plak de tekst zelf in het visieveld."
    )
    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise VisionFileError(too_much)
        texts: list[str] = []
        content = 0
        for page in reader.pages:
            # The decompressed drawing instructions, counted before text extraction walks them.
            stream = page.get_contents()
            content += len(stream.get_data().split()) if stream is not None else 0
            if content > MAX_PDF_CONTENT_WORDS:
                raise VisionFileError(too_much)
            texts.append(page.extract_text() or "")
    except VisionFileError:
        raise
    except PyPdfError as error:  # LimitReachedError (a decompression bomb) among them
        raise VisionFileError(too_much if "limit" in type(error).__name__.lower() else unreadable) from None
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        MemoryError,
        zlib.error,
    ):
        raise VisionFileError(unreadable) from None
    return "\n\n".join(texts)


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
