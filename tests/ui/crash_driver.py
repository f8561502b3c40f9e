"""A facilitator typing notes into the real app, for the crash test to kill with SIGKILL.

    python -m tests.ui.crash_driver DB_PATH SEED ROUND

Runs the real start-up (``app.run_gui``: instance lock, recovery, start-up
backup, the resume offer) on ``DB_PATH``, answers "Sessie hervatten" by
clicking it, and then types notes into the session window with real key
events at a human pace, on real time. It reports on stdout, one flushed line
per event, so the parent knows what had reached the store when it killed us:

    OFFERED                   the resume dialog appeared
    RESTORED <text>           the note field after resuming (the restored draft)
    READY <box>               typing starts; the clock is at box <box>
    STARTED                   Space started the clock (first round only)
    TYPED <wall time> <text>  a key went into the note field; <text> is its content after it
    ENTER <text>              Enter is about to be pressed on <text>
    STORED <text>             Enter returned and the field is empty: the note is stored
    BOXING / BOX <index>      Ctrl+Right about to be pressed / returned: the clock is at <index>

Everything is random from SEED, so a failing round can be replayed.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator_app import app as facilitator
from facilitator_app.ui.resume_dialog import ResumeSessionDialog
from facilitator_app.ui.session import SessionWindow

WORDS = ("visie", "team", "leren", "samen", "stage", "mentor", "feedback", "kansen", "doel", "onderzoek")
# A child that is somehow not killed must not run forever.
MAX_SECONDS = 90


def say(*parts: object) -> None:
    print(*parts, flush=True)


class Typist:
    def __init__(self, seed: int, round_number: int) -> None:
        self.random = random.Random(seed)
        self.round = round_number
        self.count = 0
        self.window: SessionWindow | None = None
        self.pending = ""  # what is still to be typed for the current note

    def find_dialog(self) -> None:
        """Poll for the resume dialog (it runs its own event loop inside run_gui) and accept it."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ResumeSessionDialog) and widget.isVisible():
                say("OFFERED")
                QTest.mouseClick(widget.resume_button, Qt.MouseButton.LeftButton)
                QTimer.singleShot(10, self.find_window)
                return
        QTimer.singleShot(10, self.find_dialog)

    def find_window(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SessionWindow) and widget.isVisible():
                self.window = widget
                self.begin()
                return
        QTimer.singleShot(10, self.find_window)

    def begin(self) -> None:
        window = self.window
        assert window is not None
        entry = window.notes.entry
        say("RESTORED", entry.text())
        if not window.runner.clock.is_started:
            QTest.keyClick(entry, Qt.Key.Key_Space)  # Space in the empty field starts the clock
            assert window.runner.clock.is_started
            say("STARTED")
        say("READY", window.runner.clock.current_index)
        if entry.text():
            self.pending = self.words(self.random.randint(1, 4), leading_space=True)
        QTimer.singleShot(0, self.step)

    def words(self, count: int, *, leading_space: bool = False) -> str:
        text = " ".join(self.random.choice(WORDS) for _ in range(count))
        return (" " if leading_space else "") + text

    def step(self) -> None:
        window = self.window
        assert window is not None
        entry = window.notes.entry
        if not self.pending and not entry.text():
            # A new note; now and then the group moves on to the next time box first.
            if self.count and self.random.random() < 0.15:
                say("BOXING")
                QTest.keyClick(entry, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
                say("BOX", window.runner.clock.current_index)
            self.count += 1
            # Short notes and long ones: a long one keeps typing for seconds
            # without a pause, which a draft saved only after a pause would miss.
            length = 2 if self.count == 1 else self.random.choice((2, 3, 5, 8, 14, 20))
            self.pending = f"r{self.round}n{self.count} " + self.words(length)
        if self.pending:
            QTest.keyClicks(entry, self.pending[0])
            self.pending = self.pending[1:]
            say("TYPED", f"{time.time():.3f}", entry.text())
            # Mostly steady typing; sometimes a thinking pause mid-note.
            delay = self.random.uniform(0.3, 2.5) if self.random.random() < 0.02 else 0.03
            QTimer.singleShot(int(delay * 1000), self.step)
            return
        text = entry.text()
        say("ENTER", text)
        QTest.keyClick(entry, Qt.Key.Key_Return)
        if not entry.text():
            say("STORED", text.strip())
        QTimer.singleShot(self.random.randint(50, 400), self.step)


def main() -> int:
    db_path, seed, round_number = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    application = QApplication(sys.argv[:1])
    typist = Typist(seed, round_number)
    QTimer.singleShot(0, typist.find_dialog)
    QTimer.singleShot(MAX_SECONDS * 1000, application.quit)
    return facilitator.run_gui(db_path)


if __name__ == "__main__":
    sys.exit(main())
