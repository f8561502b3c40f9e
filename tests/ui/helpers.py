"""Helpers that act like a user on modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
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


def answer_message_box(
    qtbot: QtBot, seen: list[str], button: QMessageBox.StandardButton | None = None
) -> None:
    """When a message box opens, remember its text and press ``button`` (default: its default button)."""

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer)
            return
        seen.append(boxes[0].text())
        if button is None:
            boxes[0].accept()
        else:
            boxes[0].button(button).click()

    QTimer.singleShot(0, answer)
