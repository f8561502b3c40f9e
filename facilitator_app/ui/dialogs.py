"""The small dialogs: a name prompt, language choice, shortcuts and About."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import settings

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # each in its own language, never translated


class NameDialog(QDialog):
    """Asks for a (school) name; OK stays disabled while the name is empty."""

    def __init__(self, title: str, prompt: str, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("nameDialog")
        self.edit = QLineEdit(initial)
        self.edit.setObjectName("nameEdit")
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 45)
        prompt_label = QLabel(prompt)
        prompt_label.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.edit.text().strip()))

    def name(self) -> str:
        return self.edit.text().strip()


def ask_name(parent: QWidget, title: str, prompt: str, initial: str = "") -> str | None:
    dialog = NameDialog(title, prompt, initial, parent)
    try:
        return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the language of the app:")))
        current = settings.language()
        self.choices: dict[str, QRadioButton] = {}
        for code in settings.LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[code])
            button.setChecked(code == current)
            self.choices[code] = button
            layout.addWidget(button)
        note = QLabel(self.tr("The new language takes effect the next time you start the app."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return next(code for code, button in self.choices.items() if button.isChecked())

    def accept(self) -> None:
        settings.set_language(self.chosen())
        super().accept()


class ShortcutsDialog(QDialog):
    """Lists the shortcuts of the given actions, so the overview can never go stale."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                action.text().replace("&", ""),
            )
            for action in actions
            if not action.shortcut().isEmpty()
        ]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text.rstrip(".…")))
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * (len(rows) + 8))


def show_about(parent: QWidget, db_path: Path | None) -> None:
    text = QCoreApplication.translate(
        "About",
        "<h3>Facilitator %1</h3>"
        "<p>Prepare, lead and record reflection sessions at teacher-training schools.</p>"
        "<p><b>Your data</b> is stored in:<br><code>%2</code></p>",
    )
    location = escape(str(db_path)) if db_path else "—"
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Facilitator"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text.replace("%1", __version__).replace("%2", location))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
