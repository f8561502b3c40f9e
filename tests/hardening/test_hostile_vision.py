"""Vision documents (and deck files) that attack the reader: a pipe, an endless device, deep XML, PDF bombs.

Each is refused with a Dutch message within seconds (before: a pipe named
``x.txt`` blocked for ever, a link to ``/dev/zero`` read gigabytes, 899 bytes of
nested paragraphs took 155 s, and pypdf's ``LimitReachedError`` escaped).
The reading runs in a thread so a hang fails the test instead of stalling it.
"""

from __future__ import annotations

import os
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator_app.core.cardfiles import ContentError, load_file
from facilitator_app.core.vision_files import VisionFileError, read_vision

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SECONDS = 10.0


def outcome_within(seconds: float, read: Callable[[], str]) -> BaseException | str:
    """What ``read`` returned or raised; fails when it is still busy after ``seconds``."""
    result: list[BaseException | str] = []

    def run() -> None:
        try:
            result.append(read())
        except BaseException as error:  # handed to the test
            result.append(error)

    worker = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still reading after {seconds} s"
    print(f"answered in {time.monotonic() - started:.2f} s")
    return result[0]


def refused(path: Path, message: str) -> None:
    outcome = outcome_within(SECONDS, lambda: read_vision(path))
    assert isinstance(outcome, VisionFileError), outcome
    assert message in str(outcome)


def docx(path: Path, xml: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return path


def pdf(content: bytes, *, length: int | None = None, compress: bool = True) -> bytes:
    """A one-page PDF whose page draws ``content``."""
    data = zlib.compress(content, 9) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    size = str(len(data) if length is None else length).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + size + flate + b" >>\nstream\n" + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    table = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{table}\n%%EOF\n".encode()
    return bytes(out)


TEXT = b"BT /F1 12 Tf 72 700 Td (Samen leren) Tj ET\n"


@pytest.mark.fault
def test_a_pipe_named_like_a_text_file_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "visie.txt"
    os.mkfifo(fifo)
    refused(fifo, "geen gewoon bestand")


@pytest.mark.fault
def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "visie.txt"
    link.symlink_to("/dev/zero")
    refused(link, "geen gewoon bestand")
    folder = tmp_path / "map.txt"
    folder.mkdir()
    refused(folder, "map.txt")


@pytest.mark.fault
def test_deeply_nested_docx_paragraphs_are_refused_in_linear_time(tmp_path: Path) -> None:
    depth = 100_000
    xml = (
        f'<w:document xmlns:w="{W}"><w:body>' + "<w:p>" * depth + "<w:r><w:t>x</w:t></w:r>" + "</w:p>" * depth
    ).encode() + b"</w:body></w:document>"
    path = docx(tmp_path / "diep.docx", xml)
    assert path.stat().st_size < 5_000
    refused(path, "ongebruikelijke XML-constructies")
    # Nesting a real document may have (a text box in a table) is read, once.
    nested = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Buiten </w:t></w:r>' + (
        "<w:p><w:r><w:t>binnen</w:t></w:r></w:p></w:p></w:body></w:document>"
    )
    assert read_vision(docx(tmp_path / "tekstvak.docx", nested.encode())) == "Buiten binnen"


@pytest.mark.fault
def test_utf16_docx_with_entities_is_refused(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'
    ).encode("utf-16")
    refused(docx(tmp_path / "utf16.docx", xml), "ongebruikelijke XML-constructies")


@pytest.mark.fault
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (pdf(b" " * 300_000_000), "onredelijk groot of ingewikkeld"),  # 300 MB from 290 kB
        (pdf(TEXT, length=10**15, compress=False), "pdf"),  # a stream claiming a petabyte
        (pdf(TEXT + b"0 0 m\n" * 1_000_000), "onredelijk groot of ingewikkeld"),  # a million operators
        (pdf(b"BT /F1 12 Tf " + b"(x) Tj\n" * 1_000_000 + b"ET"), "onredelijk groot of ingewikkeld"),
    ],
    ids=["flate-bomb", "huge-length", "million-operators", "million-text-operators"],
)
def test_hostile_pdfs_are_refused_quickly(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "visie.pdf"
    path.write_bytes(data)
    refused(path, message)


def test_a_plain_pdf_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "visie.pdf"
    path.write_bytes(pdf(TEXT))
    assert read_vision(path) == "Samen leren"


@pytest.mark.fault
def test_a_pipe_or_an_endless_device_as_a_deck_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "kaarten.toml"
    os.mkfifo(fifo)
    link = tmp_path / "nullen.toml"
    link.symlink_to("/dev/zero")
    for path in (fifo, link):
        outcome = outcome_within(SECONDS, lambda path=path: str(load_file(path)))
        assert isinstance(outcome, ContentError), outcome
        assert "geen gewoon bestand" in str(outcome)
