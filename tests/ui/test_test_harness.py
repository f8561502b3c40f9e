"""The harness itself: a test's windows are gone before the next test starts (tests/conftest.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

left_behind: list[QMainWindow] = []


def test_a_window_shown_by_a_test(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    left_behind.append(window)


def test_is_deleted_before_the_next_test(qapp: QApplication) -> None:
    # Runs after the test above (one file runs on one worker, in order): its window must not linger,
    # or every later style or language switch restyles it again.
    assert left_behind, "the test above did not run first"
    assert not Shiboken.isValid(left_behind[0])
