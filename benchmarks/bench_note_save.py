"""Note save latency in session mode: Enter to "stored and shown", while the clock repaints.

One whole process, as during a session: a real database file (WAL, the app's
schema, triggers and FTS index), a running session, the real
``SessionWindow`` shown on the offscreen platform with its 200 ms repaint
timer and 5 s clock autosave running. Notes are stored the way a facilitator
stores them: text in the note field, then a real Enter key event
(``QTest.keyClick``), which writes the note, clears the draft and updates the
category sheets; the time to the screen runs on until the note's sheet has
been repainted (the list's delayed layout and the window's repaint included).
Between notes the event loop runs (repaints, autosave) as it would between
keystrokes.

Cases:

- enter: ``--notes`` notes (default 500) in one session, Enter only; latency
  from the key press until the note's sheet has repainted, of the key press
  alone, and of the store's share (``add_note`` + ``clear_draft``) measured
  inside it
- typing: ``--typed`` notes typed key by key at ``--key-ms`` per key, so the
  draft autosave (at most 600 ms after the first unsaved key) fires during
  typing; latency of Enter and of each draft save
- baseline: a bare ``sqlite3`` INSERT + COMMIT of the same text into a WAL
  database in the same folder, the same number of times

    python benchmarks/bench_note_save.py [--notes 500] [--typed 20]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

WORDS = ("visie", "team", "leert", "samen", "stage", "mentor", "feedback", "kansen", "doel", "onderzoek")


def note_text(n: int) -> str:
    return f"Notitie {n}: " + " ".join(WORDS[(n + i) % len(WORDS)] for i in range(8))


def wait(ms: int) -> None:
    """Let the event loop run (repaint ticks, timers) for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def summary(label: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95, p99 = (ms[min(len(ms) - 1, round(q * (len(ms) - 1)))] for q in (0.95, 0.99))
    return (
        f"{label:<46}{len(ms):>6}{statistics.median(ms):>10.2f}{p95:>10.2f}{p99:>10.2f}{ms[-1]:>10.2f}"
        f"{statistics.mean(ms):>10.2f}"
    )


class Timed:
    """Wraps a store method to record how long each call takes (the store is real; this only times it)."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.times: list[float] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.times.append(time.perf_counter() - start)


class Painted(QObject):
    """Notes when a widget receives a paint event (the note is on screen once its sheet repaints)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def until_painted(app: QApplication, painted: Painted, limit_s: float = 2.0) -> None:
    """Run the event loop (the list's delayed layout, then the window's repaint) until ``painted``."""
    end = time.perf_counter() + limit_s
    while not painted.seen and time.perf_counter() < end:
        app.processEvents()


def baseline(folder: Path, count: int) -> list[float]:
    conn = sqlite3.connect(str(folder / "baseline.sqlite3"))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, session_id TEXT, text TEXT, created_at TEXT)")
    conn.commit()
    times = []
    for n in range(count):
        start = time.perf_counter()
        conn.execute(
            "INSERT INTO notes (session_id, text, created_at) VALUES (?, ?, ?)",
            ("s", note_text(n), "2025-03-14T13:30:00+00:00"),
        )
        conn.commit()
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def open_session(folder: Path, name: str) -> tuple[Any, Any]:
    from facilitator_app import resources
    from facilitator_app.core.cardfiles import load_catalogue
    from facilitator_app.core.models import Participant, School
    from facilitator_app.core.sessions import Session
    from facilitator_app.store import Store
    from facilitator_app.ui.session import SessionWindow

    store = Store.open(folder / f"{name}.sqlite3", load_catalogue(resources.cards_dir()))
    school = store.schools.add(School(name="De Kempen"))
    session = store.sessions.plan(
        Session(
            school_id=school.id,
            title="Professionaliseren met het team",
            date="2025-03-14",
            planned_start="13:30",
            theme_id="professionaliseren",
            participants=(Participant("Anna", "schoolopleider"), Participant("Bram", "student")),
        )
    )
    window = SessionWindow(store, session.id)
    window.show()
    QTest.keyClick(window.notes.entry, Qt.Key.Key_Space)  # starts the clock, as in a session
    assert window.runner.clock.is_started
    return store, window


def run(args: argparse.Namespace) -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # The windows must not read or write the user's own settings.
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder / "settings"))

        base = baseline(folder, args.notes)

        store, window = open_session(folder, "enter")
        adds, clears = Timed(store.sessions.add_note), Timed(store.sessions.clear_draft)
        store.sessions.add_note, store.sessions.clear_draft = adds, clears  # type: ignore[method-assign]
        ticks = Timed(window.tick)
        entry = window.notes.entry
        sheet = window.notes.lists[window.notes.category].viewport()
        painted = Painted()
        sheet.installEventFilter(painted)
        enter: list[float] = []
        visible: list[float] = []
        for n in range(args.notes):
            entry.setText(note_text(n))
            window.notes.draft_timer.stop()  # this case measures Enter alone
            wait(args.gap_ms)  # the field's own repaint is not the note's
            painted.seen = False
            start = time.perf_counter()
            QTest.keyClick(entry, Qt.Key.Key_Return)
            enter.append(time.perf_counter() - start)
            until_painted(app, painted)
            visible.append(time.perf_counter() - start)
            assert painted.seen, "the sheet never repainted"
            assert entry.text() == ""
            wait(args.gap_ms)
        for _ in range(50):
            ticks()  # one repaint of the clock, as the 200 ms timer does
        stored = len(store.sessions.notes(window.runner.session_id))
        assert stored == args.notes, stored
        window.close()
        store.close()

        store2, window2 = open_session(folder, "typing")
        drafts = Timed(store2.sessions.save_draft)
        store2.sessions.save_draft = drafts  # type: ignore[method-assign]
        typed_enter: list[float] = []
        entry2 = window2.notes.entry
        for n in range(args.typed):
            for char in note_text(n)[:40]:
                QTest.keyClicks(entry2, char)
                wait(args.key_ms)
            start = time.perf_counter()
            QTest.keyClick(entry2, Qt.Key.Key_Return)
            typed_enter.append(time.perf_counter() - start)
            wait(args.gap_ms)
        window2.close()
        store2.close()
        del app

    print(f"{'case':<46}{'n':>6}{'median':>10}{'p95':>10}{'p99':>10}{'worst':>10}{'mean':>10}   (ms)")
    print(summary("baseline: bare sqlite INSERT + COMMIT (WAL)", base))
    print(summary(f"Enter -> stored and on screen ({args.notes} notes)", visible))
    print(summary("  of which the key press itself", enter))
    print(summary("  of which add_note (one transaction)", adds.times))
    print(summary("  of which clear_draft (one transaction)", clears.times))
    step = max(1, args.notes // 5)
    for first in range(0, args.notes, step):
        part = visible[first : first + step]
        print(summary(f"  Enter to screen, {first}-{first + len(part) - 1} notes already shown", part))
    print(summary(f"Enter while typing, draft autosave on ({args.typed})", typed_enter))
    print(summary("  draft save (one upsert transaction)", drafts.times))
    print(summary(f"clock repaint (tick) with {args.notes} notes", ticks.times))
    median_store = statistics.median(adds.times) + statistics.median(clears.times)
    print(
        f"\nstore share of Enter: {median_store * 1000:.2f} ms of {statistics.median(enter) * 1000:.2f} ms "
        f"median; baseline ratio {statistics.median(adds.times) / statistics.median(base):.1f}x for add_note"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=500, help="notes stored with Enter (default 500)")
    parser.add_argument("--typed", type=int, default=20, help="notes typed key by key (default 20)")
    parser.add_argument("--key-ms", type=int, default=25, help="pause between typed keys (default 25)")
    parser.add_argument("--gap-ms", type=int, default=10, help="event loop time between notes (default 10)")
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
