"""Hostile files: every one refused with a clear Dutch message, nothing changed."""

from __future__ import annotations

import shutil
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from facilitator_app import resources
from facilitator_app.core.cardfiles import ContentError, load_catalogue, load_file
from facilitator_app.core.vision_files import VisionFileError, read_vision

DOCUMENT = (
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
)


def docx(path: Path, xml: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return path


def test_a_normal_docx_is_read(tmp_path: Path) -> None:
    path = docx(tmp_path / "visie.docx", DOCUMENT.format(text="Samen leren").encode())
    assert read_vision(path) == "Samen leren"


@pytest.mark.fault
def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    # 60 MB of XML that compresses to a few dozen kB.
    xml = DOCUMENT.format(text="a" * 60_000_000).encode()
    path = docx(tmp_path / "bom.docx", xml)
    assert path.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(VisionFileError, match="onredelijk groot"):
        read_vision(path)
    assert time.monotonic() - started < 2


def lying_docx(path: Path, real: bytes, claimed: int) -> Path:
    """A zip whose headers claim ``claimed`` bytes for document.xml while it inflates to ``real``."""
    docx(path, real)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + offset : start + offset + 4] = struct.pack("<I", claimed)
            start += 4
    path.write_bytes(bytes(data))
    return path


@pytest.mark.fault
def test_docx_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    xml = DOCUMENT.format(text="b" * 5_000_000).encode()
    path = lying_docx(tmp_path / "leugen.docx", xml, claimed=1000)
    with pytest.raises(VisionFileError):
        read_vision(path)


@pytest.mark.fault
def test_docx_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    path = docx(tmp_path / "lol.docx", (lol + DOCUMENT.format(text="&lol3;").split("?>", 1)[1]).encode())
    with pytest.raises(VisionFileError, match="ongebruikelijke XML-constructies"):
        read_vision(path)


@pytest.mark.fault
def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    path = docx(tmp_path / "half.docx", DOCUMENT.format(text="Samen leren " * 1000).encode())
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(VisionFileError, match="geen geldig Word-document"):
        read_vision(path)


@pytest.mark.fault
def test_docx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nep.docx"
    path.write_text("Dit is gewoon tekst met een verkeerde extensie.")
    with pytest.raises(VisionFileError, match="geen geldig Word-document"):
        read_vision(path)


@pytest.mark.fault
@pytest.mark.parametrize(
    "garbage",
    [
        b"niet eens een pdf",
        b"%PDF-1.7\n" + bytes(range(256)) * 40,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        zlib.compress(b"%PDF" * 1000),
    ],
    ids=["text", "binary", "broken-xref", "compressed"],
)
def test_garbage_pdf_is_refused(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "visie.pdf"
    path.write_bytes(garbage)
    with pytest.raises(VisionFileError, match=r"pdf|leesbare tekst"):
        read_vision(path)


# ---------------------------------------------------------------- content


def content_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "cards"
    shutil.copytree(resources.cards_dir(), folder)
    return folder


def a_deck_file(folder: Path) -> Path:
    return next(p for p in sorted(folder.rglob("*.toml")) if 'kind = "deck"' in p.read_text(encoding="utf-8"))


@pytest.mark.fault
def test_truncated_content_file_is_refused_and_nothing_loads(tmp_path: Path) -> None:
    folder = content_copy(tmp_path)
    deck = a_deck_file(folder)
    text = deck.read_text(encoding="utf-8")
    deck.write_text(text[: len(text) // 2].rsplit('"', 1)[0] + '"', encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_catalogue(folder)
    assert deck.name in str(raised.value)


@pytest.mark.fault
@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda text: text.replace('kind = "deck"', "kind = 5"), "moet"),
        (lambda text: "format = 1\nkind = [1, 2]\n", "moet"),
        (lambda text: text.replace("format = 1", 'format = "een"'), "geheel getal"),
    ],
    ids=["kind-number", "kind-list", "format-text"],
)
def test_content_file_of_the_wrong_type_is_refused(tmp_path: Path, change: object, expected: str) -> None:
    folder = content_copy(tmp_path)
    deck = a_deck_file(folder)
    deck.write_text(change(deck.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(ContentError, match=expected):
        load_file(deck)


@pytest.mark.fault
def test_binary_content_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stapel.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(ContentError, match="geen UTF-8"):
        load_file(path)


@pytest.mark.fault
def test_enormous_content_file_is_refused_in_reasonable_time(tmp_path: Path) -> None:
    path = tmp_path / "enorm.toml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('format = 1\nkind = "deck"\nkey = "enorm"\nversion = 1\ntitle = "')
        handle.write("x" * 50_000_000)
        handle.write("\n")  # an unterminated string, 50 MB long
    started = time.monotonic()
    with pytest.raises(ContentError, match="te groot"):
        load_file(path)
    assert time.monotonic() - started < 2  # refused by its size, before parsing
