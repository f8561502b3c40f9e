"""Time printing the whole set for one school, against raw ReportLab drawing the same pages.

Each measurement is a whole process (interpreter start, imports, font
loading, rendering, writing files). The baseline, measured in the same round,
is a process that draws the *same pages* with raw ReportLab: the same page
sizes, the same Lato TrueType fonts (embedded, subset), every word at its
place in its font and size, and every line and rectangle, read beforehand
(untimed) from the app's own PDFs with pdfplumber. It has no layout to do:
what is left between the two is the app's layout (platypus paragraphs,
tables, fitting text) and drawing overhead. Curves (the rounded bands and
boxes of worksheets, cards and the map, ~130 in the set) are drawn too, with
their Bézier segments.

Sizes: ``--participants 30,100`` (worksheets per participant: the set grows
with the group). Goal (issue 17): the set for 30 participants <= 2x the
baseline, and growth from 30 to 100 participants no steeper than the
baseline's (the extra seconds per extra participant, app vs baseline).

    python benchmarks/bench_print.py [--runs 5] [--participants 30,100]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchenv import cached_bytecode_env

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE = r"""
import json, sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
spec = json.load(open(sys.argv[1], encoding="utf-8"))
for name, path in spec["fonts"].items():
    pdfmetrics.registerFont(TTFont(name, path))
for document in spec["documents"]:
    canvas = Canvas(document["out"], invariant=1)
    for page in document["pages"]:
        canvas.setPageSize((page["width"], page["height"]))
        for x0, y0, x1, y1, width in page["lines"]:
            canvas.setLineWidth(width)
            canvas.line(x0, y0, x1, y1)
        for x, y, w, h, fill in page["rects"]:
            canvas.rect(x, y, w, h, stroke=1 - fill, fill=fill)
        for fill, stroke, width, ops in page["curves"]:
            path = canvas.beginPath()
            for op, *points in ops:
                if op == "m":
                    path.moveTo(*points[0])
                elif op == "l":
                    path.lineTo(*points[0])
                elif op == "c":
                    path.curveTo(*points[0], *points[1], *points[2])
                else:
                    path.close()
            canvas.setLineWidth(width)
            canvas.drawPath(path, stroke=stroke, fill=fill)
        for x, y, font, size, text in page["words"]:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
        canvas.showPage()
    canvas.save()
"""

PRINT_SET = r"""
import datetime as dt, sys
from pathlib import Path
from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.core.models import Participant
from facilitator_app.pdf import SessionPrint, write_set

catalogue = load_catalogue(resources.cards_dir())
roles = [role.name for role in catalogue.roles]
count = int(sys.argv[2])
participants = tuple(Participant(f"Deelnemer {n:02d}", roles[n % len(roles)]) for n in range(count))
session = SessionPrint(
    catalogue.themes[0],
    catalogue.decks,
    catalogue.scenario_maps[0],
    catalogue.roles,
    catalogue.schools[0],
    participants,
    dt.date(2025, 3, 12),
    dt.time(13, 30),
)
write_set(Path(sys.argv[1]), session)
"""


FAMILY = ("FacilitatorSans", "FacilitatorSans-Bold", "FacilitatorSans-Italic", "FacilitatorSans-BoldItalic")


def _font_files() -> dict[str, str]:
    from facilitator_app.pdf import fonts

    return {name: str(fonts.font_path(name)) for name in FAMILY}


def _font_for(pdf_name: str) -> str:
    """Our registered name for a PDF's subset font name (``ABCDEF+FacilitatorSans-Bold``)."""

    bare = pdf_name.split("+", 1)[-1]
    return bare if bare in FAMILY else FAMILY[0]


def describe(folder: Path, out: Path) -> dict[str, object]:
    """What the baseline must draw: every page of every PDF in ``folder`` (read with pdfplumber)."""
    import pdfplumber

    documents = []
    pages_total = 0
    for pdf_path in sorted(folder.glob("*.pdf")):
        pages = []
        with pdfplumber.open(pdf_path) as pdf:
            for page in pdf.pages:
                height = float(page.height)
                words = [
                    (
                        float(w["x0"]),
                        height - float(w["bottom"]) + 0.2 * float(w["size"]),
                        _font_for(w["fontname"]),
                        round(float(w["size"]), 2),
                        w["text"],
                    )
                    for w in page.extract_words(extra_attrs=["fontname", "size"])
                ]
                lines = [
                    (
                        float(line["x0"]),
                        height - float(line["top"]),
                        float(line["x1"]),
                        height - float(line["bottom"]),
                        float(line.get("linewidth") or 0.5),
                    )
                    for line in page.lines
                ]
                rects = [
                    (
                        float(r["x0"]),
                        height - float(r["bottom"]),
                        float(r["width"]),
                        float(r["height"]),
                        int(bool(r.get("fill"))),
                    )
                    for r in page.rects
                ]
                curves = [
                    (
                        int(bool(c.get("fill"))),
                        int(bool(c.get("stroke"))),
                        float(c.get("linewidth") or 0),
                        [
                            (op, *((float(x), height - float(y)) for x, y in points))
                            for op, *points in c["path"]
                        ],
                    )
                    for c in page.curves
                ]
                pages.append(
                    {
                        "width": float(page.width),
                        "height": height,
                        "words": words,
                        "lines": lines,
                        "rects": rects,
                        "curves": curves,
                    }
                )
        pages_total += len(pages)
        documents.append({"out": str(out / f"raw-{pdf_path.name}"), "pages": pages})
    return {"fonts": _font_files(), "documents": documents, "page_count": pages_total}


def _time(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"failed: {args[:2]}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--participants", default="30,100", help="comma-separated group sizes")
    args = parser.parse_args()
    sizes = [int(n) for n in args.participants.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = cached_bytecode_env(folder)
        specs: dict[int, Path] = {}
        pages: dict[int, int] = {}
        for n in sizes:
            made = folder / f"set-{n}"
            _time(["-c", PRINT_SET, str(made), str(n)], env)  # warms bytecode and file caches too
            raw = folder / f"raw-{n}"
            raw.mkdir()
            spec = describe(made, raw)
            pages[n] = int(spec["page_count"])  # type: ignore[call-overload]
            specs[n] = folder / f"spec-{n}.json"
            specs[n].write_text(json.dumps(spec), encoding="utf-8")
            _time(["-c", BASELINE, str(specs[n])], env)
        samples: dict[tuple[str, int], list[tuple[float, float]]] = {}
        for _ in range(args.runs):  # every case in each round: a busy machine slows them alike
            for n in sizes:
                samples.setdefault(("baseline", n), []).append(_time(["-c", BASELINE, str(specs[n])], env))
                samples.setdefault(("app", n), []).append(
                    _time(["-c", PRINT_SET, str(folder / f"set-{n}"), str(n)], env)
                )

    def med(kind: str, n: int, index: int) -> float:
        return statistics.median(s[index] for s in samples[(kind, n)])

    print(f"median of {args.runs} rounds, whole processes (wall / CPU)")
    for n in sizes:
        print(
            f"{n:>4} participants ({pages[n]} pages): app {med('app', n, 0):.3f} / {med('app', n, 1):.3f} s, "
            f"raw ReportLab same pages {med('baseline', n, 0):.3f} / {med('baseline', n, 1):.3f} s, "
            f"ratio {med('app', n, 0) / med('baseline', n, 0):.2f}x / {med('app', n, 1) / med('baseline', n, 1):.2f}x"
        )
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        for index, what in ((0, "wall"), (1, "CPU")):
            app_slope = (med("app", b, index) - med("app", a, index)) / (b - a) * 1000
            raw_slope = (med("baseline", b, index) - med("baseline", a, index)) / (b - a) * 1000
            print(
                f"growth {a}->{b} participants ({what}): app {app_slope:.1f} ms per participant, "
                f"baseline {raw_slope:.1f} ms, ratio {app_slope / raw_slope:.2f}x"
            )


if __name__ == "__main__":
    main()
