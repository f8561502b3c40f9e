"""The print dialog's save dialog refuses the app's own files before rendering anything.

(The record view's refusal is tested in tests/hardening/test_own_files.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_app.store import Store
from facilitator_app.ui import desktop
from facilitator_app.ui.print_dialog import PrintDialog

from .helpers import answer_file_dialog, plan_print_session


def test_saving_the_print_set_over_the_database_journal_is_refused(
    store: Store, qtbot: QtBot, dutch: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(desktop.NO_VIEWER_ENV, "1")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = PrintDialog(store, plan_print_session(store, title=""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert store.path is not None
    journal = Path(f"{store.path}-journal")  # not there in WAL mode, so no "replace?" question first
    answer_file_dialog(journal)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert "een logbestand van de database van de app" in shown[0]
    assert "Kies een andere bestandsnaam of map" in shown[0]
    assert not dialog.busy() and dialog.save_button.isEnabled()
    assert not journal.exists()
