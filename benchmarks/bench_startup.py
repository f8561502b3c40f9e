"""Time from launch to the main window's first paint, and peak memory, in whole processes.

Each run is a fresh interpreter with ``QT_QPA_PLATFORM=offscreen`` that starts
the app as its desktop file does (``facilitator-app``: ``cli.main`` without a
command, then ``facilitator_app.app.run_gui``: Qt set-up, instance lock, content
loading, ``Store.open`` with its integrity check and migrations, the main
window). An event filter on each window shown notes its first paint, prints
the time since the interpreter started, and quits. No hook in app.py is
needed. Cases, each over ``--runs`` processes, taken in
turn within each round so the ratios compare like with like on a busy machine:

- baseline: a bare PySide6 ``QMainWindow`` (the floor any Qt app pays)
- builtin-first: a new database with the built-in content (created and
  migrated; no backup yet, so the start-up backup is due)
- builtin: the same database started again within the hour (backup not due)
- archive-due: 100 schools x 20 finished sessions x 60 notes (120,000 notes,
  ``bench_archive.build``), no backup in the last hour (the first start of
  the hour: the start-up backup is due)
- archive: the same file with a backup of this hour (not due)
- archive-check: the same file, its integrity fingerprint forgotten (a file
  another program changed: the full ``quick_check`` runs)

Goal (issue 17): every case <= 2x the baseline of the same run. The window
paints first as a frame; the last two columns give the time (as the child saw
it, and its CPU) until it painted filled: store open, Schools page built.

Peak memory is the child's ``ru_maxrss`` (os.wait4). In-process figures for
the integrity check and a backup of the archive follow, then what the first
visit of each page costs (only the start page is built with the window; the
others are built, and their modules imported, when first shown), and whether
the print layer (ReportLab) was loaded before the window was on screen.

The children load the app from cached bytecode, as after an install or the
first start: an environment with ``PYTHONDONTWRITEBYTECODE`` (some sandboxes)
would otherwise compile every app module from source at every start, while
the baseline's PySide6 loads from its installed ``.pyc`` files. The cache goes
to a temporary ``PYTHONPYCACHEPREFIX`` and is filled by an untimed warm-up
round; ``--no-bytecode-cache`` keeps the environment as it is.

    python benchmarks/bench_startup.py [--runs 5] [--archive FILE] [--no-bytecode-cache]

``--archive`` copies a ready 100 x 20 x 60 archive (e.g. the one
``bench_search.py --keep DIR`` left as ``DIR/archief-100.sqlite3``) instead of
building one (~1 min).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchenv import cached_bytecode_env

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CHILD = r"""
import os, sys, time
if os.environ["BENCH_CASE"] != "baseline":
    # As the desktop file starts it (``facilitator-app``): the command line first, Qt after.
    from facilitator_app import cli
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class FirstPaint(QObject):
    shown = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            now = f"{time.perf_counter() - START:.4f} {time.process_time():.4f}"
            if not self.shown:
                self.shown = True
                print(f"SHOWN {now}", flush=True)
            # Filled: the store is attached and the Schools page is in the window (a bare
            # window, or a build that builds everything before its first paint, is filled then).
            pages = getattr(obj, "pages", None)
            if getattr(obj, "attached", True) and (pages is None or pages.built_page(0) is not None):
                print(f"FILLED {now}", flush=True)
                QApplication.instance().quit()
        return False

# The watcher sits on each window shown, not on the whole application: an
# application-wide filter hands every event of every object to Python, which
# wraps objects (scroll bars, styles, layouts) the app itself never touches,
# and that cost grows with the window's widgets, not with the app's work.
WATCHER = FirstPaint()
_show = QWidget.show

def show(self):
    if self.isWindow():
        self.installEventFilter(WATCHER)
    _show(self)

QWidget.show = show
START = float(os.environ["BENCH_T0"])
case = os.environ["BENCH_CASE"]
if case == "baseline":
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    sys.exit(app.exec())
from facilitator_app import app as facilitator
qt = facilitator.prepare_application()  # run_gui takes this QApplication over
sys.exit(cli.main(["--db", os.environ["BENCH_DB"]]))
"""


PAGES_CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from facilitator_app import app as facilitator
from facilitator_app.store import Store
qt = facilitator.prepare_application()
store = Store.open(Path(sys.argv[1]))
started = time.perf_counter()
window = facilitator.MainWindow(store)
window.show()
qt.processEvents()
print(f"main window built and shown (ms)\t{(time.perf_counter() - started) * 1000:.1f}")
print(f"ReportLab loaded by then\t{int('reportlab' in sys.modules)}")
for index, name in enumerate(("sessions", "themes", "card decks", "scenario map"), start=1):
    started = time.perf_counter()
    window.show_page(index)
    qt.processEvents()
    print(f"first visit of {name} (ms)\t{(time.perf_counter() - started) * 1000:.1f}")
window.close()
store.close()
"""


def child_env(home: Path, bytecode_cache: bool) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return cached_bytecode_env(home, env) if bytecode_cache else env


def page_visits(archive: Path, base_env: dict[str, str], runs: int) -> dict[str, float]:
    """Medians over ``runs`` fresh processes of the window build and each page's first visit."""
    env = {**base_env, "XDG_CONFIG_HOME": base_env["XDG_CONFIG_HOME"] + "-pages"}
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PAGES_CHILD, str(archive)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        for line in out.splitlines():
            label, value = line.split("\t")
            samples.setdefault(label, []).append(float(value))
    return {label: statistics.median(values) for label, values in samples.items()}


def build_archive(path: Path, ready: Path | None) -> None:
    """The 100 x 20 x 60 archive at ``path``: a copy of ``ready`` or built here."""
    if ready is not None:
        shutil.copyfile(ready, path)
        return
    from bench_archive import build

    build(path, 100, 20, 60)


def run_child(
    case: str, db: Path | None, base_env: dict[str, str]
) -> tuple[float, float, float, float, float, float]:
    """(wall seconds to the first paint, CPU seconds by then, wall as the child saw it, peak RSS MB,
    wall and CPU seconds until the window painted filled: store open, Schools page built).

    The CPU time (user + system of the child up to its first paint) hardly
    moves with the machine's load; on a shared machine it is the steadier
    figure for the ratios.
    """
    env = {**base_env, "BENCH_CASE": case, "BENCH_DB": str(db or "")}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", "import time,os; os.environ['BENCH_T0']=str(time.perf_counter());" + CHILD],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    inside = cpu = wall = filled = filled_cpu = float("nan")
    for line in process.stdout:
        if line.startswith("SHOWN"):
            wall = time.perf_counter() - started
            inside, cpu = (float(value) for value in line.split()[1:3])
        elif line.startswith("FILLED"):
            filled, filled_cpu = (float(value) for value in line.split()[1:3])
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"{case}: the child failed ({status})")
    return wall, cpu, inside, usage.ru_maxrss / 1024, filled, filled_cpu


def in_process(archive: Path) -> dict[str, float]:
    from facilitator_app.store import Store, integrity
    from facilitator_app.store import backup as backups

    figures: dict[str, float] = {}
    integrity.forget(archive)
    t = time.perf_counter()
    Store.open(archive).close()
    figures["Store.open + close, with quick_check (ms)"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    store = Store.open(archive)
    figures["Store.open, fast path (ms)"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    integrity.problems(store.db.conn)
    figures["quick_check alone (ms)"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    made = backups.make_backup(store, "bench")
    figures["make_backup (ms)"] = (time.perf_counter() - t) * 1000
    figures["archive size (MB)"] = archive.stat().st_size / 1_048_576
    made.unlink()
    store.close()
    return figures


CASES = ("baseline", "builtin-first", "builtin", "archive-due", "archive", "archive-check")


def prepare(case: str, run: int, home: Path, archive: Path) -> Path | None:
    """The database a case starts on, in the state the case names."""
    from facilitator_app.store import files, integrity

    if case == "baseline":
        return None
    if case == "builtin-first":
        return home / f"builtin-{run}" / "facilitator.sqlite3"  # a first start each time
    if case == "builtin":
        return home / "builtin--1" / "facilitator.sqlite3"  # made by the warm-up round, backed up since
    db = home / case / "facilitator.sqlite3"
    if not db.exists():
        db.parent.mkdir()
        shutil.copyfile(archive, db)
        integrity.remember(db)  # as the app left it at its last clean close
    backups = files.default_backup_dir(db)
    if case == "archive-due":
        shutil.rmtree(backups, ignore_errors=True)  # nothing this hour
    elif case == "archive-check":
        shutil.rmtree(backups, ignore_errors=True)
        integrity.forget(db)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--archive", type=Path, help="a ready 100 x 20 x 60 archive to copy")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE as the environment sets it (the app compiles at every start)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        archive = home / "archive" / "facilitator.sqlite3"
        archive.parent.mkdir()
        t = time.perf_counter()
        build_archive(archive, args.archive)
        print(
            f"archive ready in {time.perf_counter() - t:.1f} s ({archive.stat().st_size / 1_048_576:.1f} MB)"
        )
        env = child_env(home, bytecode_cache=not args.no_bytecode_cache)
        print(
            "bytecode:",
            "cached (after a warm-up round)" if not args.no_bytecode_cache else "as the environment",
        )
        results: dict[str, list[tuple[float, float, float, float, float, float]]] = {}
        for run in range(-1, args.runs):  # round -1 warms the bytecode and file caches, untimed
            for case in CASES:
                measured = run_child(case, prepare(case, run, home, archive), env)
                if run >= 0:
                    results.setdefault(case, []).append(measured)
        base_wall = statistics.median(r[0] for r in results["baseline"])
        base_cpu = statistics.median(r[1] for r in results["baseline"])
        print(
            f"\n{'case':<15}{'wall med':>10}{'wall min':>10}{'x base':>8}"
            f"{'CPU med':>10}{'CPU min':>10}{'x base':>8}{'peak RSS':>10}"
            f"{'filled wall':>13}{'filled CPU':>12}"
        )
        for case, rows in results.items():
            walls = [r[0] for r in rows]
            cpus = [r[1] for r in rows]
            rss = [r[3] for r in rows]
            filled = [r[4] for r in rows]
            filled_cpu = [r[5] for r in rows]
            print(
                f"{case:<15}{statistics.median(walls) * 1000:>8.0f}ms{min(walls) * 1000:>8.0f}ms"
                f"{statistics.median(walls) / base_wall:>7.2f}x"
                f"{statistics.median(cpus) * 1000:>8.0f}ms{min(cpus) * 1000:>8.0f}ms"
                f"{statistics.median(cpus) / base_cpu:>7.2f}x{statistics.median(rss):>8.0f}MB"
                f"{statistics.median(filled) * 1000:>11.0f}ms{statistics.median(filled_cpu) * 1000:>10.0f}ms"
            )
        print()
        for label, value in in_process(archive).items():
            print(f"{label:<45}{value:>10.1f}")
        print()
        for label, value in page_visits(archive, env, args.runs).items():
            print(f"{label:<45}{value:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
