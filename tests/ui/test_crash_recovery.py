"""Crash safety, proven the hard way: the real app typing notes, killed with SIGKILL at random moments.

Each round starts the real app in a child process (``tests/ui/crash_driver.py``:
``app.run_gui`` with its instance lock, recovery and resume offer, then real
key events into the session window on real time), lets it type, and kills it
with SIGKILL at a random moment. The test then reopens the database and
checks that every note the child saw stored is there, and that the text in
the note field 1.5 seconds before the kill is kept as a draft (the promise is
one second; the margin absorbs a loaded CI machine). The next round starts
the app on the same file again, after a real crash, with the dead process's
lock file still there. Finally a session window in this process must come back
at the time box where the child left it, with the draft in the note field.

The moments come from a fixed seed, so CI runs the same rounds every time;
``CRASH_SEED=random`` draws a new seed, ``CRASH_SEED=N`` replays seed N. The
seed is printed (``-s`` or on failure) and named in every failure message.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Catalogue, Participant, School
from facilitator_app.core.sessions import Session
from facilitator_app.store import Store
from facilitator_app.ui.session import SessionWindow

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 4
DRAFT_MARGIN = 1.5  # seconds: text typed this long before the kill must be in the store
START_TIMEOUT = 30.0
FIXED_SEED = 271828  # the rounds CI runs; see the module's docstring for another seed

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
    ),
]


@dataclass
class Round:
    """What one child reported, with the time each line arrived."""

    lines: list[tuple[float, str, str]] = field(default_factory=list)  # (received, kind, rest)
    ready: threading.Event = field(default_factory=threading.Event)

    def of(self, kind: str) -> list[str]:
        return [rest for _, k, rest in self.lines if k == kind]


def read_lines(process: subprocess.Popen[str], report: Round) -> None:
    assert process.stdout is not None
    for raw in process.stdout:
        if not raw.endswith("\n"):
            break  # the kill cut this line short: it reports nothing reliable
        kind, _, rest = raw.rstrip("\n").partition(" ")
        report.lines.append((time.time(), kind, rest))
        if kind == "READY":
            report.ready.set()


def run_round(db_path: Path, seed: int, number: int, stderr_path: Path, wait: float) -> tuple[Round, float]:
    """Start the app, let it type for ``wait`` seconds after it is ready, SIGKILL it; (report, kill time)."""
    report = Round()
    with (
        stderr_path.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, "-m", "tests.ui.crash_driver", str(db_path), str(seed), str(number)],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        ) as process,
    ):
        reader = threading.Thread(target=read_lines, args=(process, report), daemon=True)
        reader.start()
        try:
            if not report.ready.wait(START_TIMEOUT):
                pytest.fail(
                    f"round {number}: the app did not start typing within {START_TIMEOUT:.0f} s; "
                    f"it said {report.lines[-5:]}; stderr:\n{stderr_path.read_text()[-2000:]}"
                )
            time.sleep(wait)
            killed_at = time.time()
            process.send_signal(signal.SIGKILL)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
            reader.join(timeout=10)
    assert process.returncode == -signal.SIGKILL, f"round {number}: the app ended on its own"
    return report, killed_at


def expected_draft(report: Round, killed_at: float) -> str | None:
    """The note field's text DRAFT_MARGIN before the kill, unless that note was stored since."""
    expected: str | None = None
    restored = report.of("RESTORED")
    if restored and restored[0]:
        expected = restored[0]
    for _, kind, rest in report.lines:
        if kind == "TYPED":
            stamp, _, text = rest.partition(" ")
            if float(stamp) <= killed_at - DRAFT_MARGIN:
                expected = text
        elif kind == "STORED" and expected is not None:
            # Stored after the text we look at (all later typing is too recent to count).
            expected = None
    return expected


def crash_seed(chosen: str) -> int:
    """The seed ``CRASH_SEED`` asks for: empty is the fixed one, ``random`` a new one, else that number."""
    if not chosen:
        return FIXED_SEED
    if chosen == "random":
        return random.randrange(1_000_000)
    return int(chosen)


def test_the_crash_seed_is_fixed_unless_asked_otherwise() -> None:
    assert crash_seed("") == crash_seed("") == FIXED_SEED
    assert crash_seed("42") == 42
    assert 0 <= crash_seed("random") < 1_000_000


def test_sigkill_at_random_moments_loses_no_stored_note_and_no_draft_older_than_a_second(
    db_path: Path, catalogue: Catalogue, tmp_path: Path, qtbot: QtBot
) -> None:
    seed = crash_seed(os.environ.get("CRASH_SEED", ""))
    print(f"crash test seed: {seed} (replay with CRASH_SEED={seed})")
    chooser = random.Random(seed)

    with Store.open(db_path, catalogue) as store:
        school = store.schools.add(School(name="De Kempen"))
        session = store.sessions.plan(
            Session(
                school_id=school.id,
                title="Professionaliseren met het team",
                date="2025-03-14",
                planned_start="13:30",
                theme_id="professionaliseren",
                participants=(Participant("Anna", "schoolopleider"),),
            )
        )
        # A session the facilitator had just started: the first start offers to resume it too.
        store.sessions.start(session.id)
        session_id = session.id

    stored: Counter[str] = Counter()
    entered: set[str] = set()
    box: int | None = None
    boxing = False
    last_draft = ""
    for number in range(1, ROUNDS + 1):
        wait = chooser.uniform(0.8, 3.5)
        report, killed_at = run_round(
            db_path, seed + number, number, tmp_path / f"round-{number}.stderr", wait
        )
        context = f"seed {seed}, round {number} (killed {wait:.2f} s after it started typing)"
        assert report.of("OFFERED"), f"{context}: the resume offer did not appear"
        # The restart after the previous crash came back where that one was killed.
        assert report.of("RESTORED") == [last_draft], f"{context}: the draft was not restored"
        resumed_at = int(report.of("READY")[0])
        if box is not None:
            assert resumed_at in ({box, box + 1} if boxing else {box}), f"{context}: wrong time box"
        box, boxing = resumed_at, False
        stored.update(report.of("STORED"))
        entered.update(report.of("ENTER"))
        for _, kind, rest in report.lines:
            if kind == "BOXING":
                boxing = True
            elif kind == "BOX":
                box, boxing = int(rest), False

        with Store.open(db_path) as store:
            notes = Counter(note.text for note in store.sessions.notes(session_id))
            draft = store.sessions.draft(session_id)
            missing = stored - notes
            assert not missing, f"{context}: notes reported as stored are gone: {sorted(missing)}"
            unexpected = [text for text in notes if text not in entered]
            assert not unexpected, f"{context}: notes nobody entered: {unexpected}"
            wanted = expected_draft(report, killed_at)
            if wanted is not None:
                kept = draft is not None and draft.text.startswith(wanted)
                # Killed between storing the note and reporting it: the note holds the text.
                stored_unreported = any(text.startswith(wanted.strip()) for text in notes - stored)
                assert kept or stored_unreported, (
                    f"{context}: the draft typed {DRAFT_MARGIN} s before the kill is lost: "
                    f"wanted {wanted!r}, the store has {draft.text if draft else None!r}"
                )
            last_draft = draft.text if draft else ""

    # Enough happened for the rounds to mean something (each round's first note is short).
    assert stored, f"seed {seed}: no note was stored at all; is the driver too slow?"

    # The last crash is resumed in this process: same time box, the draft back in the field.
    with Store.open(db_path) as store:
        window = SessionWindow(store, session_id)
        qtbot.addWidget(window)
        window.show()
        try:
            clock = window.runner.clock
            assert box is not None
            assert clock.current_index in ({box, box + 1} if boxing else {box})
            assert clock.is_started and not clock.is_paused  # a crash is not a pause
            assert window.notes.entry.text() == last_draft
            shown = Counter(note.text for note in window.runner.notes())
            assert not stored - shown
        finally:
            window.close()
