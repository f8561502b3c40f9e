"""Reading PDFs back as a reader sees them."""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pdfplumber
import pypdf

from tests.external import require

MM = 72 / 25.4


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def plumber(data: bytes) -> pdfplumber.pdf.PDF:
    return pdfplumber.open(io.BytesIO(data))


def all_text(data: bytes) -> str:
    with plumber(data) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def qpdf_check(data: bytes, tmp_path: Path) -> None:
    require("qpdf")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    right: float


@dataclass(frozen=True)
class PageWords:
    width: float
    words: list[Word]


def poppler_words(path: Path) -> list[PageWords]:
    """Every page's words with their left and right edge, from poppler's ``pdftotext -bbox``.

    Fifty times faster than pdfplumber's objects per letter on a long PDF. Poppler leaves out a
    letter that lies wholly off its page: compare with :func:`letters` to catch that.
    """
    require("pdftotext")
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    return [
        PageWords(
            float(page.attrib["width"]),
            [
                Word(word.text or "", float(word.attrib["xMin"]), float(word.attrib["xMax"]))
                for word in page.iterfind("x:word", namespace)
            ],
        )
        for page in ElementTree.fromstring(xhtml).iterfind(".//x:page", namespace)
    ]


def letters(path: Path) -> str:
    """Every letter of the PDF wherever it lies, without white space (pypdf reads them all)."""
    return "".join("".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages).split())


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


def text_runs(data: bytes) -> list[list[tuple[str, float, float, float]]]:
    """Per page, every text run as (text, rendered size, x, y of its origin).

    The rendered size is the font size times the text matrix and the current
    transformation matrix (the square root of their determinant), so text on a
    card turned a quarter or scaled down counts at the size it prints.
    """
    pages: list[list[tuple[str, float, float, float]]] = []
    for page in reader(data).pages:
        runs: list[tuple[str, float, float, float]] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            size: float,
            runs: list[tuple[str, float, float, float]] = runs,
        ) -> None:
            if not text.strip():
                return
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            e = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            f = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text, size * abs(a * d - b * c) ** 0.5, e, f))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def _pgm_pages(data: bytes, tmp_path: Path, dpi: int) -> list[tuple[int, int, bytes]]:
    """Every page rendered by pdftoppm as 8-bit grey: (width, height, pixels row by row)."""
    require("pdftoppm")
    source = tmp_path / "render.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), str(source), str(tmp_path / "page")], check=True, timeout=120
    )
    pages = []
    for path in sorted(tmp_path.glob("page-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        raw = path.read_bytes()
        fields = raw.split(maxsplit=4)  # P5, width, height, maxval, pixels
        width, height = int(fields[1]), int(fields[2])
        pages.append((width, height, fields[4][-width * height :]))
        path.unlink()
    return pages


def ink_near_edges(data: bytes, tmp_path: Path, margin_mm: float = 6.0, dpi: int = 60) -> list[str]:
    """Pages with anything printed closer than ``margin_mm`` to a sheet edge, as rendered.

    Rendering honours clipping (a ring motif cut off at a card edge, a poster
    tile), which the drawing operators alone do not show. One pixel of
    anti-aliasing is allowed at the boundary.
    """
    found: list[str] = []
    for number, (width, height, pixels) in enumerate(_pgm_pages(data, tmp_path, dpi), start=1):
        band = max(1, int(margin_mm / 25.4 * dpi) - 1)
        for y in range(height):
            row = pixels[y * width : (y + 1) * width]
            edge_row = y < band or y >= height - band
            strip = row if edge_row else row[:band] + row[width - band :]
            if min(strip, default=255) < 250:
                found.append(f"page {number}, row {y} of {height}")
                break
    return found


def _luminance(colour: object) -> float:
    values = [float(v) for v in colour] if isinstance(colour, list | tuple) else [0.0]
    rgb = values * 3 if len(values) == 1 else values[:3]

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: object, b: object) -> float:
    """The WCAG contrast ratio of two PDF fill colours (grey or RGB, 0..1)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _ppm_pages(data: bytes, tmp_path: Path, dpi: int) -> list[tuple[int, int, bytes]]:
    """Every page rendered by pdftoppm as 8-bit RGB: (width, height, pixels row by row)."""
    require("pdftoppm")
    source = tmp_path / "colour.pdf"
    source.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", str(dpi), str(source), str(tmp_path / "rgb")], check=True, timeout=120)
    pages = []
    for path in sorted(tmp_path.glob("rgb-*.ppm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        raw = path.read_bytes()
        fields = raw.split(maxsplit=4)  # P6, width, height, maxval, pixels
        width, height = int(fields[1]), int(fields[2])
        pages.append((width, height, fields[4][-width * height * 3 :]))
        path.unlink()
    return pages


def rendered_contrasts(data: bytes, tmp_path: Path, dpi: int = 100) -> list[tuple[str, float, int]]:
    """Every run of text as (text, contrast against what it is printed on, page).

    The text's colour comes from the PDF; what it stands on is the most common
    colour of the rendered pixels in its box (the glyphs cover far less than
    half of it), so whatever lies on top (a panel over a pattern) counts.
    """
    from collections import Counter

    found: dict[tuple[int, str, float], str] = {}
    pages = _ppm_pages(data, tmp_path, dpi)
    scale = dpi / 72
    with plumber(data) as pdf:
        for number, page in enumerate(pdf.pages):
            width, height, pixels = pages[number]
            for char in page.chars:
                if not char["text"].strip():
                    continue
                x0, x1 = int(char["x0"] * scale), int(char["x1"] * scale) + 1
                y0, y1 = int(char["top"] * scale), int(char["bottom"] * scale) + 1
                colours: Counter[tuple[int, int, int]] = Counter()
                for y in range(max(0, y0), min(height, y1)):
                    for x in range(max(0, x0), min(width, x1)):
                        at = (y * width + x) * 3
                        colours[(pixels[at], pixels[at + 1], pixels[at + 2])] += 1
                if not colours:
                    continue
                background = tuple(c / 255 for c in colours.most_common(1)[0][0])
                ratio = round(contrast(char["non_stroking_color"], background), 2)
                key = (number, str(char["non_stroking_color"]), ratio)
                found[key] = found.get(key, "") + char["text"]
    return [(text, ratio, number) for (number, _, ratio), text in found.items()]
