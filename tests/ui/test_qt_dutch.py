"""Qt's own dialogs speak Dutch too: the file dialog's labels, buttons and columns."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from facilitator_app.ui import i18n

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_the_file_dialog_speaks_dutch(dutch: QApplication, qtbot: QtBot) -> None:
    dialog = QFileDialog(None, "Kies een bestand")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # "&Look in:" and "Files of &type:" are missing from Qt's own Dutch file; ours fills them in.
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= labels


def test_qt_translations_are_found_in_the_wheel() -> None:
    assert any(folder.endswith("translations") for folder in i18n.qt_translation_dirs())
