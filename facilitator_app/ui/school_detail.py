"""The right-hand pane of the schools page: one school's details and vision.

Edits are saved as you go: a short debounce after typing, at once when a
field loses focus, and before anything else touches the school (the page
calls :meth:`SchoolDetail.flush`). A failed save keeps the edit pending and
says so; it is retried on the next change or flush.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.models import School
from ..core.vision_files import VisionFileError, read_vision_document
from ..store import Store, StoreError
from .changes import StoreChanges, subscribe
from .history_view import HistoryView
from .icons import icon
from .markup_html import body_html
from .school_sessions import SchoolSessions
from .widgets import chip, label, show_error

SAVE_DELAY_MS = 600
READ_TAB, EDIT_TAB = 0, 1


class SchoolDetail(QWidget):
    saved = Signal(object)  # the School as stored

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._school: School | None = None
        self._dirty = False
        self._last_dir = str(Path.home())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._archive_stale = False  # a session changed while the tabs were out of sight
        self.record_view: QWidget | None = None
        # Tests answer the file dialog with a path; None shows the dialog.
        self.ask_export_path: Callable[[Path], Path | None] | None = None

        self.stack = QStackedWidget()
        self.empty = label(self.tr("Choose a school on the left, or add a new one with Ctrl+N."), "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_school(None)
        # Sessions planned, held or deleted elsewhere show in the tabs at once; edits are saved first
        # when an operation on the whole store (export, erase, back-up) asks for it.
        subscribe(self, store, self._store_changed, on_flush=self.flush)

    def _build_form(self) -> QWidget:
        page = QWidget()
        self.name_label = label("", "pageTitle", wrap=True, selectable=True)
        self.name_label.setObjectName("schoolName")
        self.example_chip = chip(self.tr("example"))
        self.archived_chip = chip(self.tr("archived"), quiet=True)
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.example_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.archived_chip, 0, Qt.AlignmentFlag.AlignVCenter)

        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("contactEdit")
        self.contact_edit.setPlaceholderText(self.tr("Contact person, e-mail or phone"))
        self.partnership_edit = QLineEdit()
        self.partnership_edit.setObjectName("partnershipEdit")
        self.partnership_edit.setPlaceholderText(self.tr("The partnership the school belongs to"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("Your own notes about this school"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        form.addRow(self.tr("&Contact:"), self.contact_edit)
        form.addRow(self.tr("&Partnership:"), self.partnership_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        self.import_button = QPushButton(icon("import"), self.tr("&Import vision…"))
        self.import_button.setObjectName("importVisionButton")
        self.import_button.setToolTip(
            self.tr("Read the vision from a .txt, .md, .docx or .pdf file (Ctrl+I)")
        )
        self.import_button.clicked.connect(self.choose_and_import)
        vision_header = QHBoxLayout()
        vision_header.addWidget(label(self.tr("Vision on training together"), "sectionTitle"), 1)
        vision_header.addWidget(self.import_button)

        self.vision_view = QTextBrowser()
        self.vision_view.setObjectName("visionView")
        self.vision_view.setOpenExternalLinks(False)
        self.vision_edit = QPlainTextEdit()
        self.vision_edit.setObjectName("visionEdit")
        self.vision_edit.setTabChangesFocus(True)
        self.vision_edit.setPlaceholderText(
            self.tr("Paste or type the school's vision here, or import it from a file. ## starts a heading.")
        )
        self.vision_tabs = QTabWidget()
        self.vision_tabs.setObjectName("visionTabs")
        self.vision_tabs.addTab(self.vision_view, self.tr("Read"))
        self.vision_tabs.addTab(self.vision_edit, self.tr("Edit"))
        self.vision_tabs.currentChanged.connect(self._render_vision)

        self.save_state = label("", "muted")
        self.save_state.setObjectName("saveState")

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.addLayout(form)
        details_layout.addSpacing(6)
        details_layout.addLayout(vision_header)
        details_layout.addWidget(self.vision_tabs, 1)
        details_layout.addWidget(self.save_state)

        # The archive of the school: its sessions and its path over the scenario map.
        self.sessions_view = SchoolSessions(self.store)
        self.sessions_view.open_session.connect(self.open_record)
        self.sessions_view.export_requested.connect(self.export_school)
        self.history_view = HistoryView(self.store)
        self.history_view.open_session.connect(self.open_record)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("schoolTabs")
        self.tabs.addTab(details, self.tr("&Details and vision"))
        self.tabs.addTab(self.sessions_view, self.tr("&Sessions"))
        self.tabs.addTab(self.history_view, self.tr("&History"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_archive_tab())

        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        for line_edit in (self.contact_edit, self.partnership_edit):
            line_edit.textEdited.connect(self._edited)
            line_edit.editingFinished.connect(self.flush)
        for text_edit in (self.notes_edit, self.vision_edit):
            text_edit.textChanged.connect(self._edited)
            text_edit.installEventFilter(self)
        return page

    # --- showing ------------------------------------------------------------

    def school(self) -> School | None:
        return self._school

    def show_school(self, school: School | None) -> None:
        """Show ``school``; the caller flushes the previous one first."""
        self._timer.stop()
        self._school = school
        self._dirty = False
        if school is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        self.name_label.setText(school.name)
        self.example_chip.setVisible(school.is_example)
        self.archived_chip.setVisible(school.archived)
        for widget, value in (
            (self.contact_edit, school.contact),
            (self.partnership_edit, school.partnership),
            (self.notes_edit, school.notes),
            (self.vision_edit, school.vision),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(value)
                widget.setCursorPosition(0)
            else:
                widget.setPlainText(value)
            widget.blockSignals(False)
        self.vision_tabs.setCurrentIndex(READ_TAB if school.vision.strip() else EDIT_TAB)
        self._render_vision()
        self.save_state.setText("")
        self._refresh_archive_tab()

    # --- archive ------------------------------------------------------------

    def _store_changed(self, changes: StoreChanges, _initiator: object) -> None:
        if changes.sessions or changes.notes or changes.themes or changes.scenarios:
            if self.isVisible():
                self._refresh_archive_tab()
            else:
                self._archive_stale = True  # read when shown, not for every change out of sight

    def showEvent(self, event: QShowEvent) -> None:
        if self._archive_stale:
            self._refresh_archive_tab()
        super().showEvent(event)

    def _refresh_archive_tab(self) -> None:
        """Fill only the tab in view: the history of a large archive is not read for nothing."""
        self._archive_stale = False
        school_id = self._school.id if self._school else None
        current = self.tabs.currentWidget()
        if current is self.sessions_view:
            self.sessions_view.set_school(school_id)
        elif current is self.history_view:
            self.history_view.set_school(school_id)

    def open_record(self, session_id: str) -> None:
        from .record_view import show_record

        self.record_view = show_record(self, self.store, session_id)

    def export_school(self) -> None:
        from .exchange_dialogs import export_archive_dialog

        if self._school is not None and self.flush():
            export_archive_dialog(
                self, self.store, [self._school.id], self._school.name, ask_path=self.ask_export_path
            )

    def _render_vision(self) -> None:
        text = self.vision_edit.toPlainText()
        if text.strip():
            self.vision_view.setHtml(body_html(text))
        else:
            self.vision_view.setHtml("<p><i>" + self.tr("No vision recorded yet.") + "</i></p>")

    # --- saving -------------------------------------------------------------

    def _edited(self) -> None:
        if self._school is None:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Saving…"))
        self._timer.start()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Save pending edits now; False if the store refused (the edit stays pending)."""
        self._timer.stop()
        if not self._dirty or self._school is None:
            return True
        edited = replace(
            self._school,
            contact=self.contact_edit.text(),
            partnership=self.partnership_edit.text(),
            notes=self.notes_edit.toPlainText(),
            vision=self.vision_edit.toPlainText(),
        )
        try:
            self._school = self.store.schools.update(edited)
        except StoreError as error:
            self.save_state.setText(
                self.tr("Not saved yet — your text is kept; it is saved on the next change.")
            )
            show_error(self, self.tr("Not saved"), error)
            return False
        self._dirty = False
        self.save_state.setText(self.tr("All changes saved."))
        self.saved.emit(self._school)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.notes_edit, self.vision_edit):
            self.flush()
        return super().eventFilter(watched, event)

    # --- importing ----------------------------------------------------------

    def choose_and_import(self) -> None:
        if self._school is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import vision"),
            self._last_dir,
            self.tr("Vision documents (*.txt *.md *.docx *.pdf);;All files (*)"),
        )
        if path:
            self._last_dir = str(Path(path).parent)
            self.import_vision(Path(path))

    def import_vision(self, path: Path) -> bool:
        """Put the text of ``path`` in the vision field (asks before replacing) and save it."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text, original = read_vision_document(path)
        except VisionFileError as error:
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Import vision"), error)
            return False
        QApplication.restoreOverrideCursor()
        if self.vision_edit.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Replace vision?"),
                self.tr("This school already has a vision. Replace it with the text from “%1”?").replace(
                    "%1", path.name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.vision_tabs.setCurrentIndex(EDIT_TAB)
        self.vision_edit.setPlainText(text)  # marks the school dirty; flushed at once below
        self.flush()
        if self._school is not None:
            try:  # the original document stays with the school (and travels with its export)
                self.store.schools.keep_vision_file(self._school.id, original)
            except StoreError as error:
                show_error(self, self.tr("Import vision"), error)
        self.vision_edit.setFocus()
        return True
