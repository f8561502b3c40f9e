"""Time from launch to the main window shown, and peak memory, in whole processes.

Each run is a fresh interpreter with ``QT_QPA_PLATFORM=offscreen`` that runs
the real ``facilitator_app.app.run_gui`` (Qt set-up, instance lock, content
loading, ``Store.open`` with its integrity check and migrations, the main
window). An application-wide event filter notes the first paint of a
top-level window, prints the time since the interpreter started, and quits.
No hook in app.py is needed. Cases, each over ``--runs`` processes:

- baseline: a bare PySide6 ``QWidget`` window (the floor any Qt app pays)
- builtin: a fresh database with the built-in content
- archive: 100 schools, 300 finished sessions, 3,000 notes (fast path: the
  file is unchanged since its last check)
- archive-check: the same file with the fast path disabled (full quick_check)

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

    python benchmarks/bench_startup.py [--runs 5] [--no-bytecode-cache]
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

CHILD = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
            print(f"SHOWN {time.perf_counter() - START:.4f}", flush=True)
            QApplication.instance().removeEventFilter(self)
            QApplication.instance().quit()
        return False

START = float(os.environ["BENCH_T0"])
case = os.environ["BENCH_CASE"]
if case == "baseline":
    app = QApplication(sys.argv)
    app.installEventFilter(FirstPaint(app))
    window = QWidget()
    window.resize(1200, 800)
    window.show()
    sys.exit(app.exec())
from pathlib import Path
from facilitator_app import app as facilitator
qt = facilitator.prepare_application()
watcher = FirstPaint(qt)
qt.installEventFilter(watcher)
sys.exit(facilitator.run_gui(Path(os.environ["BENCH_DB"])))
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


def build_archive(path: Path) -> None:
    from facilitator_app import resources
    from facilitator_app.core.cardfiles import load_catalogue
    from facilitator_app.core.models import Participant, School
    from facilitator_app.core.sessions import NoteCategory, Outcome, OutcomeItem, Session
    from facilitator_app.store import Store

    store = Store.open(path, load_catalogue(resources.cards_dir()))
    theme = store.themes.all()[0]
    scenario = store.schools.row("SELECT id FROM scenarios LIMIT 1")
    assert scenario is not None
    for n in range(100):
        school = store.schools.add(
            School(
                name=f"School {n:03d}",
                vision=("Wij leren samen en van elkaar. " * 80),
                contact=f"Contact {n}",
            )
        )
        for s in range(3):
            session = store.sessions.plan(
                Session(
                    school_id=school.id,
                    title=f"Sessie {s + 1}",
                    date=f"202{3 + s}-03-14",
                    planned_start="13:30",
                    theme_id=theme.id,
                    participants=tuple(Participant(f"Deelnemer {p}", "mentor") for p in range(6)),
                )
            )
            store.sessions.start(session.id)
            for k in range(10):
                store.sessions.add_note(
                    session.id, k % 4, NoteCategory.INSIGHT, f"Notitie {k} over samen opleiden en feedback."
                )
            store.sessions.save_outcome(
                session.id,
                Outcome(
                    scenario_id=scenario["id"],
                    rationale="Omdat het team al veel deelt.",
                    first_step="Intervisie plannen",
                    development_points=(OutcomeItem("Feedback geven"),),
                ),
            )
            store.sessions.finish(session.id)
    store.close()


def run_child(case: str, db: Path | None, base_env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to first paint as the child saw it, wall seconds to that line, peak RSS MB)."""
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
    inside = float("nan")
    wall = float("nan")
    for line in process.stdout:
        if line.startswith("SHOWN"):
            wall = time.perf_counter() - started
            inside = float(line.split()[1])
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"{case}: the child failed ({status})")
    return inside, wall, usage.ru_maxrss / 1024


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
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
        build_archive(archive)
        print(
            f"archive built in {time.perf_counter() - t:.1f} s ({archive.stat().st_size / 1_048_576:.1f} MB)"
        )
        env = child_env(home, bytecode_cache=not args.no_bytecode_cache)
        print(
            "bytecode:",
            "cached (after a warm-up round)" if not args.no_bytecode_cache else "as the environment",
        )
        results: dict[str, list[tuple[float, float, float]]] = {}
        for run in range(-1, args.runs):  # round -1 warms the bytecode and file caches, untimed
            for case in ("baseline", "builtin", "archive", "archive-check"):
                db: Path | None = None
                if case == "builtin":
                    db = home / f"builtin-{run}" / "facilitator.sqlite3"  # a first start each time
                elif case.startswith("archive"):
                    db = home / f"{case}-{run}" / "facilitator.sqlite3"
                    db.parent.mkdir()
                    shutil.copy2(archive, db)
                    if case == "archive":
                        from facilitator_app.store import integrity

                        integrity.remember(db)
                measured = run_child(case, db, env)
                if run >= 0:
                    results.setdefault(case, []).append(measured)
        print(f"\n{'case':<15}{'wall median':>12}{'wall min':>10}{'in-proc med':>12}{'peak RSS':>10}")
        for case, rows in results.items():
            walls = [r[1] for r in rows]
            inside = [r[0] for r in rows]
            rss = [r[2] for r in rows]
            print(
                f"{case:<15}{statistics.median(walls) * 1000:>10.0f}ms{min(walls) * 1000:>8.0f}ms"
                f"{statistics.median(inside) * 1000:>10.0f}ms{statistics.median(rss):>8.0f}MB"
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
