"""The schools page: a searchable list on the left, the chosen school on the right."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.models import School
from ..store import Store, StoreError, privacy, privacy_copies
from .changes import StoreChanges, announce, subscribe
from .dialogs import ask_name
from .icons import icon
from .labels import error_text
from .school_detail import SchoolDetail
from .widgets import busy_cursor, label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole


class SchoolsPage(QWidget):
    message = Signal(str)
    reveal = Signal()  # an action was used from elsewhere: bring this page to the front

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._build_actions()

        self.search = QLineEdit()
        self.search.setObjectName("schoolSearch")
        self.search.setPlaceholderText(self.tr("Search by name or vision…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.show_archived = QCheckBox(self.tr("Show &archived schools"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.list = QListWidget()
        self.list.setObjectName("list")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Schools"))
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.addActions([self.rename_action, self.delete_action])

        self.add_button = QPushButton(icon("add"), self.tr("New school"))
        self.add_button.setObjectName("addSchoolButton")
        self.add_button.clicked.connect(self.add_action.trigger)
        self.rename_button = _tool_button(self.rename_action)
        self.archive_button = _tool_button(self.archive_action)
        self.delete_button = _tool_button(self.delete_action)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(label(self.tr("Schools"), "pageTitle"))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button, 1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)

        self.detail = SchoolDetail(store)
        self.detail.saved.connect(self._saved)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("schoolsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 760])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.addWidget(self.splitter)

        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        subscribe(self, store, self._store_changed)

    def _store_changed(self, changes: StoreChanges, _initiator: object) -> None:
        """Schools changed elsewhere (import, erasure): show them as stored now."""
        if changes.schools:
            shown = self.current_school()
            self.detail.show_school(None)  # drop the copy on screen: its name may have been erased
            self.reload(select_id=shown.id if shown else None)

    def _announce(self, changes: StoreChanges) -> None:
        announce(self.store, changes, self)

    def _build_actions(self) -> None:
        self.add_action = QAction(icon("add"), self.tr("&New school…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_school)
        self.rename_action = QAction(icon("rename"), self.tr("&Rename…"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.triggered.connect(self.rename_school)
        self.archive_action = QAction(icon("archive"), self.tr("&Archive"), self)
        self.archive_action.setShortcut(QKeySequence("Ctrl+E"))
        self.archive_action.triggered.connect(self.toggle_archived)
        self.delete_action = QAction(icon("delete"), self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Only from the list: Delete in a text field must delete text, not the school.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_school)
        self.import_action = QAction(icon("import"), self.tr("&Import vision…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._import_vision)
        self.search_action = QAction(self.tr("&Find school"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self._focus_search)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.add_action,
            self.rename_action,
            self.archive_action,
            self.delete_action,
            self.import_action,
            self.search_action,
        ]

    # --- list ---------------------------------------------------------------

    def current_school(self) -> School | None:
        return self.detail.school()

    def reload(self, select_id: str | None = None) -> None:
        """Refill the list from the store, keeping (or moving to) a selection."""
        self.detail.flush()
        shown = self.detail.school()
        keep = select_id or (shown.id if shown else None)
        try:
            schools = self.store.schools.all(
                search=self.search.text(), include_archived=self.show_archived.isChecked()
            )
        except StoreError as error:
            show_error(self, self.tr("Schools"), error)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for school in schools:
            item = QListWidgetItem(self._item_text(school))
            item.setData(ID_ROLE, school.id)
            item.setIcon(icon("archive" if school.archived else "school"))
            if school.archived:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if school.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        current = self.list.currentItem()
        if current is None and self.list.count() and select_id is None and self.search.text():
            current = self.list.item(0)
            self.list.setCurrentItem(current)
        self._show(current)

    def _item_text(self, school: School) -> str:
        marks = []
        if school.is_example:
            marks.append(self.tr("example"))
        if school.archived:
            marks.append(self.tr("archived"))
        return f"{school.name}  ({', '.join(marks)})" if marks else school.name

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.detail.flush()
        self._show(current)

    def _show(self, item: QListWidgetItem | None) -> None:
        school = None
        if item is not None:
            try:
                school = self.store.schools.get(item.data(ID_ROLE))
            except StoreError as error:
                show_error(self, self.tr("Schools"), error)
        if school is None or self.detail.school() is None or school.id != self.detail.school().id:  # type: ignore[union-attr]
            self.detail.show_school(school)
        self._update_actions()

    def _update_actions(self) -> None:
        school = self.detail.school()
        for action in (self.rename_action, self.archive_action, self.delete_action, self.import_action):
            action.setEnabled(school is not None)
        archived = bool(school and school.archived)
        self.archive_action.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))
        self.archive_action.setToolTip(
            self.tr("Bring the school back to the list")
            if archived
            else self.tr("Hide the school from the list")
        )

    def _saved(self, school: School) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE) == school.id:
            item.setText(self._item_text(school))

    def _focus_search(self) -> None:
        self.reveal.emit()
        self.search.setFocus()
        self.search.selectAll()

    # --- actions ------------------------------------------------------------

    def _import_vision(self) -> None:
        self.reveal.emit()
        self.detail.choose_and_import()

    def add_school(self) -> None:
        self.reveal.emit()
        self.detail.flush()
        name = ask_name(self, self.tr("New school"), self.tr("&Name of the school:"))
        if name is None:
            return
        try:
            school = self.store.schools.add(School(name=name))
        except StoreError as error:
            show_error(self, self.tr("New school"), error)
            return
        self.search.blockSignals(True)
        self.search.clear()  # the new school must be visible whatever was searched
        self.search.blockSignals(False)
        self.reload(select_id=school.id)
        self._announce(StoreChanges(schools=True))
        self.detail.contact_edit.setFocus()
        self.message.emit(self.tr("School “%1” added.").replace("%1", school.name))

    def rename_school(self) -> None:
        self.reveal.emit()
        school = self.current_school()
        if school is None or not self.detail.flush():
            return
        school = self.current_school()
        assert school is not None
        name = ask_name(self, self.tr("Rename school"), self.tr("&New name:"), school.name)
        if name is None or name == school.name:
            return
        try:
            renamed = self.store.schools.update(replace(school, name=name))
        except StoreError as error:
            show_error(self, self.tr("Rename school"), error)
            return
        self.detail.show_school(renamed)
        self.reload(select_id=renamed.id)
        self._announce(StoreChanges(schools=True))

    def toggle_archived(self) -> None:
        self.reveal.emit()
        school = self.current_school()
        if school is None or not self.detail.flush():
            return
        school = self.current_school()
        assert school is not None
        try:
            changed = self.store.schools.update(replace(school, archived=not school.archived))
        except StoreError as error:
            show_error(self, self.tr("Archive"), error)
            return
        self._announce(StoreChanges(schools=True))
        self.detail.show_school(changed)
        if changed.archived and not self.show_archived.isChecked():
            row = self.list.currentRow()
            self.detail.show_school(None)
            self.reload()
            if self.list.count():
                self.list.setCurrentRow(min(row, self.list.count() - 1))
            self.message.emit(
                self.tr("“%1” is archived. Tick “Show archived schools” to see it again.").replace(
                    "%1", changed.name
                )
            )
        else:
            self.reload(select_id=changed.id)
            self.message.emit(
                (
                    self.tr("“%1” is archived.") if changed.archived else self.tr("“%1” is back in the list.")
                ).replace("%1", changed.name)
            )

    def _erase_question(self, footprint: privacy.SchoolFootprint) -> str:
        goes = [self.tr("%n session(s)", "", footprint.sessions), self.tr("%n note(s)", "", footprint.notes)]
        if footprint.vision_document:
            goes.append(self.tr("the vision document"))
        text = (
            self.tr(
                "Erase “%1” for good?\n\nThis erases the school with its vision, contact details and notes, "
                "and %2."
            )
            .replace("%1", footprint.name)
            .replace("%2", ", ".join(goes))
        )
        if footprint.backups:
            text += " " + (
                self.tr("It is also erased from the backup.")
                if footprint.backups == 1
                else self.tr("It is also erased from the %n backup(s).", "", footprint.backups)
            )
        return (
            text
            + "\n\n"
            + self.tr(
                "This cannot be undone. Choose Archive instead if you only want the school out of sight."
            )
        )

    def delete_school(self) -> None:
        self.reveal.emit()
        school = self.current_school()
        if school is None:
            return
        self.detail.flush()
        try:
            footprint = privacy.school_footprint(self.store, school.id)
        except StoreError as error:
            show_error(self, self.tr("Delete school"), error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete school"),
            self._erase_question(footprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.list.currentRow()
        try:
            with busy_cursor():  # VACUUM rewrites the whole file
                privacy.erase_school(self.store, school.id)
        except StoreError as error:
            show_error(self, self.tr("Delete school"), error)
            return
        try:
            with busy_cursor():
                privacy_copies.erase_from_copies(self.store, school_id=school.id)
        except (StoreError, OSError, sqlite3.Error) as error:
            # The school is gone from the database; an old backup that could not be changed is a warning.
            QMessageBox.warning(
                self,
                self.tr("Delete school"),
                self.tr(
                    "“%1” has been erased from the database, but not from every backup (%2). "
                    "Check the backup folder under Settings > Back-ups, or delete old backups there yourself."
                )
                .replace("%1", school.name)
                .replace("%2", error_text(error)),
            )
        self.detail.show_school(None)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._announce(StoreChanges(schools=True, sessions=True, notes=True, backups=True))
        self.message.emit(self.tr("“%1” has been deleted.").replace("%1", school.name))


def _tool_button(action: QAction) -> QPushButton:
    """An icon-only button that mirrors an action (text as tooltip, for screen readers too)."""
    button = QPushButton(action.icon(), "")
    button.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
    button.setAccessibleName(action.text().replace("&", ""))
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    action.changed.connect(lambda: button.setAccessibleName(action.text().replace("&", "")))
    return button
