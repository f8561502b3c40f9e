"""Time printing the whole set for one school with 30 participants.

Each measurement is a whole process (interpreter start, imports, font
loading, rendering, writing files), compared with a baseline measured in the
same run: a process that imports ReportLab and writes a one-page PDF.

    python benchmarks/bench_print.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchenv import cached_bytecode_env

ROOT = Path(__file__).resolve().parent.parent

BASELINE = """
import io
from reportlab.pdfgen.canvas import Canvas
buffer = io.BytesIO()
canvas = Canvas(buffer, invariant=1)
canvas.drawString(72, 720, "Hallo")
canvas.save()
open(r"{out}/baseline.pdf", "wb").write(buffer.getvalue())
"""

PRINT_SET = """
import datetime as dt
from pathlib import Path
from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.core.models import Participant
from facilitator_app.pdf import SessionPrint, write_set

catalogue = load_catalogue(resources.cards_dir())
roles = [role.name for role in catalogue.roles]
participants = tuple(Participant(f"Deelnemer {{n:02d}}", roles[n % len(roles)]) for n in range(30))
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
write_set(Path(r"{out}"), session)
"""


def _time(code: str, out: Path) -> float:
    start = time.perf_counter()
    env = cached_bytecode_env(out)
    subprocess.run([sys.executable, "-c", code.format(out=out)], cwd=ROOT, check=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    baseline: list[float] = []
    printing: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        _time(PRINT_SET, out)  # warm the file cache and bytecode
        for _ in range(args.runs):
            baseline.append(_time(BASELINE, out))
            printing.append(_time(PRINT_SET, out))
        files = sum(1 for _ in out.glob("*.pdf"))
    base, full = statistics.median(baseline), statistics.median(printing)
    print(f"runs: {args.runs} (whole processes, interleaved)")
    print(f"baseline (import reportlab, one-page PDF): median {base:.3f} s")
    print(f"whole set, 30 participants ({files - 1} PDFs): median {full:.3f} s")
    print(f"ratio: {full / base:.1f}x baseline")


if __name__ == "__main__":
    main()
