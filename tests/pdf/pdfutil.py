"""Reading PDFs back as a reader sees them."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pypdf
import pytest

MM = 72 / 25.4


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def plumber(data: bytes) -> pdfplumber.pdf.PDF:
    return pdfplumber.open(io.BytesIO(data))


def all_text(data: bytes) -> str:
    with plumber(data) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def qpdf_check(data: bytes, tmp_path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def char_sizes(data: bytes) -> list[float]:
    """The type size of every character, also for text turned a quarter (office cards)."""
    with plumber(data) as pdf:
        # pdfminer's bbox is exactly one em high in text space: height when
        # upright, width when the card is turned a quarter.
        return [
            float(char["height"] if char["upright"] else char["width"])
            for page in pdf.pages
            for char in page.chars
        ]
