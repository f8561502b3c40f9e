"""Extract the text of a school's vision document (.txt, .md, .docx, .pdf).

Vision documents come from e-mail and shared drives, so every reader is
defensive: sizes are capped before anything is decompressed, and a file that
is not what its name says is refused with a Dutch message.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from .models import VisionFile

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
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
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise VisionFileError(
                f"'{path.name}' is te groot ({size // 1_048_576} MB); het maximum is 20 MB."
            )
        data = path.read_bytes()
    except OSError as error:
        raise VisionFileError(f"'{path.name}' kan niet worden gelezen: {error.strerror}.") from None
    document = VisionFile(name=path.name, data=data)
    text = document_text(document)
    if not text:
        raise VisionFileError(
            f"In '{path.name}' staat geen leesbare tekst. Plak de tekst zelf in het visieveld."
        )
    return text[:MAX_TEXT_CHARS], document


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
    if b"<!DOCTYPE" in xml[:2048] or b"<!ENTITY" in xml:
        # Word never writes a DTD; one here can only be an entity-expansion attack.
        raise VisionFileError(f"'{name}' bevat ongebruikelijke XML-constructies en is geweigerd.")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        raise VisionFileError(f"'{name}' is beschadigd: de tekst kan niet worden gelezen.") from None
    paragraphs: list[str] = []
    for paragraph in root.iter(f"{_W}p"):
        pieces: list[str] = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            elif node.tag in {f"{_W}br", f"{_W}cr"}:
                pieces.append("\n")
        style = paragraph.find(f"{_W}pPr/{_W}numPr")
        line = "".join(pieces)
        paragraphs.append(f"- {line}" if style is not None and line.strip() else line)
    return "\n\n".join(paragraphs)


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader  # imported late: only vision imports need it
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise VisionFileError(f"'{name}' is geen leesbaar pdf-bestand.") from None


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
