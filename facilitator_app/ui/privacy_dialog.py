"""Settings > Personal data…: what the app stores about a name, and erasing it for good.

The store finds and erases (:mod:`facilitator_app.store.privacy`); this
dialog lists the places with an excerpt, asks, and reaches the backups too.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..store import Store, StoreError, privacy, privacy_copies
from .icons import icon
from .labels import error_text
from .widgets import busy_cursor, label, show_error


class PrivacyDialog(QDialog):
    erased = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report: privacy.PersonReport | None = None
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Personal data"))

        intro = label(
            self.tr(
                "Type a person's name to see everything the app stores about it: as participant, in notes, "
                "outcomes, corrections and school details. Whole words only; capitals do not matter."
            ),
            wrap=True,
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("personName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("First and last name…"))
        self.name_edit.setClearButtonEnabled(True)
        self.find_button = QPushButton(icon("search"), self.tr("&Find"))
        self.find_button.setObjectName("findButton")
        self.find_button.setDefault(True)  # Enter in the name field searches, never closes
        self.find_button.clicked.connect(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.name_edit, 1)
        search_row.addWidget(self.find_button)

        self.summary = label(wrap=True, selectable=True)
        self.summary.setObjectName("summaryLabel")
        self.hits = QTreeWidget()
        self.hits.setObjectName("hitList")
        self.hits.setAccessibleName(self.tr("Where the name occurs"))
        self.hits.setRootIsDecorated(False)
        self.hits.setAlternatingRowColors(True)
        self.hits.setWordWrap(True)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.setHeaderLabels(
            [self.tr("Where"), self.tr("School"), self.tr("Session"), self.tr("Excerpt")]
        )
        header = self.hits.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.erase_button = QPushButton(icon("delete"), self.tr("&Erase all of this…"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.hits, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, width * 55)
        self.name_edit.setFocus()

    def search(self) -> None:
        name = self.name_edit.text().strip()
        self.hits.clear()
        self.report = None
        self.erase_button.setEnabled(False)
        if not name:
            self.summary.clear()
            return
        try:
            with busy_cursor():
                report = privacy_copies.find_everywhere(self.store, name)
        except StoreError as error:
            self.summary.setText(error_text(error))
            return
        self.report = report
        for hit in report.hits:
            item = QTreeWidgetItem([hit.where, hit.school, hit.session, hit.excerpt])
            item.setToolTip(3, hit.excerpt)
            self.hits.addTopLevelItem(item)
        for copy in report.copies:  # backups and other copies of the database that hold the name
            item = QTreeWidgetItem([copy.label, "", "", str(copy.path)])
            item.setToolTip(3, str(copy.path))
            self.hits.addTopLevelItem(item)
        text = report.summary()  # Dutch from the store, like its error messages
        for document in report.unreadable_documents:
            text += " " + self.tr("The vision document %1 cannot be read and was not searched.").replace(
                "%1", document
            )
        self.summary.setText(text)
        self.erase_button.setEnabled(report.found)

    def erase(self) -> None:
        report = self.report
        if report is None or not report.found:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase “%1” everywhere, for good?\n\nThe %2 places listed change: a participant of this name "
                "is removed from the session, and the name becomes “%3” in texts. Finished records change "
                "too. The backups are changed the same way. This cannot be undone."
            )
            .replace("%1", report.name)
            .replace("%2", str(len(report.hits) + len(report.copies)))
            .replace("%3", privacy.REMOVED),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with busy_cursor():  # VACUUM rewrites the whole file
                erased = privacy.erase_person(self.store, report.name)
        except StoreError as error:
            show_error(self, self.tr("Erase personal data"), error)
            return
        self.erased.emit()
        warning = ""
        try:
            with busy_cursor():
                privacy_copies.erase_from_copies(self.store, name=report.name)
        except (StoreError, OSError, sqlite3.Error) as error:
            warning = self.tr("Not every backup could be changed (%1).").replace("%1", error_text(error))
        self.search()
        done = self.tr("“%1” has been erased.").replace("%1", report.name)
        for document in erased.dropped_documents:
            done += " " + self.tr(
                "The original vision document %1 named the person and has been removed; "
                "the vision text stays, with the name erased."
            ).replace("%1", document)
        self.summary.setText(f"{done} {warning}".strip())
        if warning:
            QMessageBox.warning(self, self.tr("Erase personal data"), warning)
