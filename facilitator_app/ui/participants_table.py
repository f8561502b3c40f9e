"""The participants of a session as a table: a name and a role per row.

Insert adds a row, Delete removes the chosen ones; a pasted list becomes one
row per line, read by :mod:`~facilitator_app.core.participants` as the command
line reads a participants file.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core.models import Participant
from ..core.participants import clean, parse_lines

NAME, ROLE = range(2)


class RoleDelegate(QStyledItemDelegate):
    """An editable combo box: pick a role from the list or type any other."""

    def __init__(self, roles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = roles

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("roleEditor")
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItems(self.roles)
        completer = editor.completer()
        if completer is not None:
            # Inline: a popup list would steal the keys that move through the table.
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip())


class ParticipantsTable(QTableWidget):
    """Name and role per row. Insert adds a row, Delete removes the chosen rows,
    pasting several lines adds one participant per line (:mod:`~facilitator_app.core.participants`)."""

    def __init__(self, roles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("participants")
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.setAccessibleName(self.tr("Participants"))
        self.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegateForColumn(ROLE, RoleDelegate(roles, self))

    def add_row(self, name: str = "", role: str = "", *, edit: bool = True) -> int:
        row = self.rowCount()
        self.insertRow(row)
        name_item = QTableWidgetItem(name)
        self.setItem(row, NAME, name_item)
        self.setItem(row, ROLE, QTableWidgetItem(role))
        if edit:
            self.setFocus()
            self.setCurrentCell(row, NAME)
            self.editItem(name_item)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()}, reverse=True)
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        for row in rows:
            self.removeRow(row)
        if self.rowCount():
            self.setCurrentCell(min(rows[-1] if rows else 0, self.rowCount() - 1), NAME)

    def paste_lines(self, text: str) -> int:
        """Add one participant per non-empty line; returns how many were added."""
        people = parse_lines(text)
        for person in people:
            self.add_row(person.name, person.role, edit=False)
        return len(people)

    def participants(self) -> tuple[Participant, ...]:
        people: list[Participant] = []
        for row in range(self.rowCount()):
            name_item, role_item = self.item(row, NAME), self.item(row, ROLE)
            name = clean(name_item.text()) if name_item else ""
            if name:
                people.append(Participant(name=name, role=clean(role_item.text()) if role_item else ""))
        return tuple(people)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert:
                self.add_row()
                return
            if event.key() == Qt.Key.Key_Delete and self.rowCount():
                self.remove_selected()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                text = QGuiApplication.clipboard().text()
                if "\n" in text.strip() and self.paste_lines(text):
                    return
        super().keyPressEvent(event)
