"""The small dialogs: a name prompt, language choice and shortcuts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

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


# One row of the overview that is no action of its own: (keys, what they do).
ShortcutRow = tuple[str, str]


def native_keys(keys: str) -> str:
    """Keys as the platform and language write them ("Alt+Pijl omhoog" in Dutch)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def describe_action(action: QAction) -> str:
    """The action's name for the overview; a symbol-only button (▲) is named by its tooltip."""
    text = action.text().replace("&", "").rstrip(".…")
    if any(character.isalpha() for character in text):
        return text
    return action.toolTip().split(" (")[0] or text


class ShortcutsDialog(QDialog):
    """Lists the shortcuts of the given actions, so the overview can never go stale.

    ``sections`` adds the keys of each page under its name (actions, or rows for
    keys that belong to a text field rather than to an action).
    """

    def __init__(
        self,
        actions: Iterable[QAction],
        parent: QWidget | None = None,
        sections: Sequence[tuple[str, Sequence[QAction | ShortcutRow]]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))

        def rows_of(items: Iterable[QAction | ShortcutRow]) -> list[ShortcutRow]:
            rows = []
            for item in items:
                if isinstance(item, QAction):
                    if not item.shortcut().isEmpty():
                        rows.append((native_keys(item.shortcut().toString()), describe_action(item)))
                else:
                    rows.append(item)
            return rows

        general = rows_of(actions)
        grouped = [(title, rows_of(items)) for title, items in sections]
        count = len(general) + sum(len(rows) + 1 for _title, rows in grouped)
        table = QTableWidget(count, 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        row = 0
        for keys, text in general:
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
            row += 1
        for title, rows in grouped:
            heading = QTableWidgetItem(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            table.setItem(row, 0, heading)
            table.setSpan(row, 0, 1, 2)
            row += 1
            for keys, text in rows:
                table.setItem(row, 0, QTableWidgetItem(keys))
                table.setItem(row, 1, QTableWidgetItem(text))
                row += 1
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(
            self.fontMetrics().averageCharWidth() * 64, self.fontMetrics().height() * min(count + 8, 40)
        )
