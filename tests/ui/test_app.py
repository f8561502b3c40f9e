"""Start-up: one instance per database, calm Dutch messages, settings remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from facilitator_app import app as app_module
from facilitator_app.store import Store
from facilitator_app.ui import i18n, settings
from facilitator_app.ui.dialogs import LanguageDialog, ShortcutsDialog
from facilitator_app.ui.main_window import MainWindow


@pytest.fixture
def captured_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text: shown.append(text))
    return shown


def test_a_second_instance_on_the_same_database_is_refused(
    qapp: QApplication, db_path: Path, captured_boxes: list[str]
) -> None:
    held = app_module.acquire_instance_lock(db_path)
    assert held is not None
    try:
        assert app_module.acquire_instance_lock(db_path) is None
        assert app_module.run_gui(db_path) == 1
        assert len(captured_boxes) == 1
        assert captured_boxes[0].startswith("De app is al geopend met deze database")
    finally:
        held.unlock()
    again = app_module.acquire_instance_lock(db_path)
    assert again is not None
    again.unlock()


def test_a_damaged_database_gives_a_message_not_a_traceback(
    qapp: QApplication, db_path: Path, captured_boxes: list[str]
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database" * 100)
    assert app_module.run_gui(db_path) == 1
    assert len(captured_boxes) == 1
    assert "beschadigd" in captured_boxes[0]
    lock = app_module.acquire_instance_lock(db_path)  # released after the refusal
    assert lock is not None
    lock.unlock()


def test_run_gui_shows_the_window_and_releases_the_lock(qapp: QApplication, db_path: Path) -> None:
    seen: list[str] = []

    def close_main_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close_main_window)
            return
        seen.append(windows[0].windowTitle())
        windows[0].close()
        windows[0].deleteLater()

    QTimer.singleShot(0, close_main_window)
    assert app_module.run_gui(db_path) == 0
    assert seen == [f"Facilitator — {db_path.name}"]
    assert not app_module.lock_path(db_path).exists()


def test_geometry_and_splitters_are_remembered(
    make_window: Callable[[Store], MainWindow], store: Store, qtbot: QtBot
) -> None:
    window = make_window(store)
    window.resize(720, 560)  # inside the 800×600 offscreen screen
    size = window.size()
    window.schools.splitter.setSizes([200, 400])
    wanted = window.schools.splitter.sizes()
    window.close()
    again = make_window(store)
    assert again.size() == size
    assert again.schools.splitter.sizes() == wanted


def test_language_choice_is_stored_and_english_shows_the_source_text(
    make_window: Callable[[Store], MainWindow], store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    texts = [child.text() for child in dialog.findChildren(QLabel)]
    assert "De nieuwe taal wordt gebruikt zodra je de app opnieuw start." in texts
    dialog.choices["en"].setChecked(True)
    dialog.accept()
    assert settings.language() == "en"
    i18n.install(qapp, settings.language())
    window = make_window(store)
    assert window.navigation.item(0).text() == "Schools"


def test_shortcut_overview_lists_the_real_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ShortcutsDialog(window.all_shortcut_actions(), window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(row, 1).text(): table.item(row, 0).text() for row in range(table.rowCount())}
    assert rows["Afsluiten"] == "Ctrl+Q"
    assert rows["Nieuwe school"] == "Ctrl+N"
    assert rows["Visie importeren"] == "Ctrl+I"
