"""Helpers that act like a user on modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.ui.dialogs import NameDialog


def answer_name_dialog(qtbot: QtBot, text: str) -> None:
    """When the name dialog opens, type ``text`` into it like a user and press OK."""

    def try_answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NameDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, try_answer)
            return
        dialog = dialogs[0]
        dialog.edit.selectAll()
        qtbot.keyClicks(dialog.edit, text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, try_answer)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active one: keyboard shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
