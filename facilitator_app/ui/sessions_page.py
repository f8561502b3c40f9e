"""The sessions page: every planned, running and finished session, across schools.

From here a session is planned, its plan edited, its print set made and the
session itself started (in its own :class:`SessionWindow`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.sessions import Session, SessionStatus
from ..store import Store, StoreError
from ..store.archive import SessionSummary
from .changes import StoreChanges, announce, subscribe
from .dates import ISO_DATE, locale_date_format, session_caption
from .icons import icon
from .widgets import action_button, label, show_error

if TYPE_CHECKING:
    from .session import SessionWindow

ID_ROLE = Qt.ItemDataRole.UserRole
SCHOOL, TITLE, DATE, START, STATUS, PEOPLE = range(6)


class SessionActions(QObject):
    """The page's actions, made apart from the page so the Session menu and its keys work before it exists.

    The main window builds the page on its first visit; an action used earlier
    builds it through ``page`` and then acts, so until then every action is
    enabled (each handler checks the selection itself). Once built, the page
    sets their state from its selection. The texts keep the page's context.
    """

    def __init__(self, owner: QObject, page: Callable[[], SessionsPage]) -> None:
        super().__init__(owner)
        translate = QCoreApplication.translate
        self.plan = QAction(icon("calendar"), translate("SessionsPage", "&Plan session…"), owner)
        self.plan.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.plan.triggered.connect(lambda _checked=False: page().plan_session())
        self.edit = QAction(icon("rename"), translate("SessionsPage", "&Edit plan…"), owner)
        self.edit.triggered.connect(lambda _checked=False: page().edit_plan())
        self.start = QAction(icon("play"), translate("SessionsPage", "&Start session"), owner)
        self.start.setShortcut(QKeySequence("Ctrl+Return"))
        self.start.triggered.connect(lambda _checked=False: page().start_session())
        self.print = QAction(icon("print"), translate("SessionsPage", "P&rint set…"), owner)
        self.print.setShortcut(QKeySequence.StandardKey.Print)
        self.print.triggered.connect(lambda _checked=False: page().print_set())
        self.delete = QAction(icon("delete"), translate("SessionsPage", "&Delete planned session…"), owner)
        self.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Only from the table: Delete elsewhere must not remove a session.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete.triggered.connect(lambda _checked=False: page().delete_session())

    def all(self) -> list[QAction]:
        return [self.plan, self.edit, self.start, self.print, self.delete]


class SessionsPage(QWidget):
    message = Signal(str)
    reveal = Signal()  # an action was used from elsewhere: bring this page to the front

    def __init__(
        self, store: Store, parent: QWidget | None = None, actions: SessionActions | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.windows: dict[str, SessionWindow] = {}
        self.record_view: QWidget | None = None
        # The main window tells which school is in view, to preselect it when planning.
        self.school_hint: Callable[[], str | None] = lambda: None
        self._sessions: dict[str, SessionSummary] = {}
        self.session_actions = actions or SessionActions(self, lambda: self)
        self.plan_action = self.session_actions.plan
        self.edit_action = self.session_actions.edit
        self.start_action = self.session_actions.start
        self.print_action = self.session_actions.print
        self.delete_action = self.session_actions.delete

        self.school_filter = QComboBox()
        self.school_filter.setObjectName("schoolFilter")
        self.school_filter.setAccessibleName(self.tr("Show sessions of"))
        self.school_filter.currentIndexChanged.connect(lambda _i: self.reload())

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("sessionsTable")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("School"),
                self.tr("Session"),
                self.tr("Date"),
                self.tr("Start"),
                self.tr("Status"),
                self.tr("Participants"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SCHOOL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.activated.connect(lambda _index: self._activate())
        self.table.addActions([self.delete_action])

        self.empty = label(
            self.tr("No sessions yet. Plan one with “Plan session…” (Ctrl+Shift+N)."), "muted", wrap=True
        )
        self.empty.setObjectName("sessionsEmpty")

        self.plan_button = QPushButton(icon("add"), self.tr("Plan session…"))
        self.plan_button.setObjectName("planSessionButton")
        self.plan_button.clicked.connect(self.plan_action.trigger)
        self.start_button = QPushButton(icon("play"), self.tr("Start session"))
        self.start_button.setObjectName("startSessionButton")
        self.start_button.clicked.connect(self.start_action.trigger)
        # A finished session's next step is its record, one click away.
        self.record_button = QPushButton(self.tr("View / print record"))
        self.record_button.setObjectName("viewRecordButton")
        self.record_button.clicked.connect(self.view_record)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        for action, name in (
            (self.edit_action, "editPlanButton"),
            (self.print_action, "printSetButton"),
            (self.delete_action, "deleteSessionButton"),
        ):
            buttons.addWidget(action_button(action, name, Qt.ToolButtonStyle.ToolButtonTextBesideIcon))
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.start_button)

        top = QHBoxLayout()
        top.addWidget(label(self.tr("Sessions"), "pageTitle"))
        top.addStretch(1)
        filter_label = label(self.tr("S&chool:"))
        filter_label.setBuddy(self.school_filter)
        top.addWidget(filter_label)
        top.addWidget(self.school_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self._fill_filter()
        self.reload()
        subscribe(self, store, self._store_changed)

    def _store_changed(self, changes: StoreChanges, _initiator: object) -> None:
        if changes.schools:
            self._fill_filter()
        if changes.schools or changes.sessions or changes.notes:
            self.reload()

    def _changed_sessions(self) -> None:
        """Say that this page planned, edited or deleted a session: the school's tabs follow."""
        announce(self.store, StoreChanges(sessions=True), self)

    def actions_for_menu(self) -> list[QAction]:
        return self.session_actions.all()

    # ------------------------------------------------------------------- list

    def _fill_filter(self) -> None:
        current = self.school_filter.currentData()
        self.school_filter.blockSignals(True)
        self.school_filter.clear()
        self.school_filter.addItem(self.tr("All schools"), "")
        try:
            schools = self.store.schools.all(include_archived=True)
        except StoreError as error:
            show_error(self, self.tr("Schools not loaded"), error)
            schools = []
        for school in schools:
            self.school_filter.addItem(school.name, school.id)
        self.school_filter.setCurrentIndex(max(0, self.school_filter.findData(current)))
        self.school_filter.blockSignals(False)

    def set_school_filter(self, school_id: str) -> None:
        self.school_filter.setCurrentIndex(max(0, self.school_filter.findData(school_id)))

    def reload(self, select_id: str | None = None) -> None:
        keep = select_id or self.current_id()
        wanted = str(self.school_filter.currentData() or "")
        try:
            # One query for the whole list, newest first, with the participant counts.
            sessions = self.store.archive.sessions(wanted or None)
        except StoreError as error:
            show_error(self, self.tr("Sessions not loaded"), error)
            return
        self._sessions = {session.id: session for session in sessions}
        date_format = locale_date_format()
        self.table.setRowCount(0)
        self.table.setRowCount(len(sessions))
        select_row = 0
        for row, session in enumerate(sessions):
            day = QDate.fromString(session.date, ISO_DATE)
            cells = [
                session.school_name,
                session.title,
                day.toString(date_format) if day.isValid() else session.date,
                session.planned_start,
                self.status_text(session.status),
                str(session.participant_count),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, session.id)
                self.table.setItem(row, column, item)
            if session.id == keep:
                select_row = row
        if sessions:
            self.table.selectRow(select_row)
        self.empty.setVisible(not sessions)
        self._update_actions()

    def status_text(self, status: SessionStatus) -> str:
        return {
            SessionStatus.PLANNED: self.tr("planned"),
            SessionStatus.RUNNING: self.tr("running"),
            SessionStatus.FINISHED: self.tr("finished"),
        }[status]

    def current_id(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def current_summary(self) -> SessionSummary | None:
        """The selected line of the list."""
        session_id = self.current_id()
        return self._sessions.get(session_id) if session_id else None

    def current_session(self) -> Session | None:
        """The selected session in full, read from the store (the list holds summaries only)."""
        session_id = self.current_id()
        return self.store.sessions.get(session_id) if session_id else None

    def _update_actions(self) -> None:
        session = self.current_summary()
        status = session.status if session else None
        self.edit_action.setEnabled(status in (SessionStatus.PLANNED, SessionStatus.RUNNING))
        self.start_action.setEnabled(status in (SessionStatus.PLANNED, SessionStatus.RUNNING))
        self.start_button.setEnabled(self.start_action.isEnabled())
        self.record_button.setVisible(status is SessionStatus.FINISHED)
        self.print_action.setEnabled(session is not None)
        self.delete_action.setEnabled(status is SessionStatus.PLANNED)
        self.start_button.setText(
            self.tr("Resume session") if status is SessionStatus.RUNNING else self.tr("Start session")
        )

    def _activate(self) -> None:
        """Enter or double-click: edit a plan; a finished session opens its record."""
        session = self.current_summary()
        if session is None:
            return
        if session.status is SessionStatus.FINISHED:
            self.view_record()
        else:
            self.edit_plan()

    def view_record(self) -> None:
        """The record of the selected finished session: read, save as PDF, print."""
        session = self.current_summary()
        if session is None or session.status is not SessionStatus.FINISHED:
            return
        from .record_view import show_record  # loads the print layer: only when asked

        self.record_view = show_record(self, self.store, session.id)

    def showEvent(self, event: QShowEvent) -> None:
        # A session run or planned elsewhere (or a renamed school) shows up on return.
        self._fill_filter()
        self.reload()
        super().showEvent(event)

    # ---------------------------------------------------------------- actions

    def plan_session(self, school_id: str | None = None) -> Session | None:
        self.reveal.emit()
        school_id = school_id or str(self.school_filter.currentData() or "") or self.school_hint()
        from .plan_dialog import PlanDialog  # with session mode's presenter: loaded on first use

        dialog = PlanDialog(self.store, school_id=school_id, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
                return None
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        if self.school_filter.currentData() and self.school_filter.currentData() != saved.school_id:
            self.set_school_filter("")
        self.reload(saved.id)
        self._changed_sessions()
        self.message.emit(self.tr("Session planned for %1.").replace("%1", self.table_date(saved)))
        return saved

    def table_date(self, session: Session | SessionSummary) -> str:
        day = QDate.fromString(session.date, ISO_DATE)
        return (day.toString(locale_date_format()) if day.isValid() else session.date) + (
            f" {session.planned_start}"
        )

    def edit_plan(self) -> None:
        summary = self.current_summary()
        if summary is None or summary.status is SessionStatus.FINISHED:
            return
        try:
            session = self.store.sessions.get(summary.id)
        except StoreError as error:
            show_error(self, self.tr("Plan not opened"), error)
            self.reload()
            return
        from .plan_dialog import PlanDialog

        dialog = PlanDialog(self.store, session=session, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self._changed_sessions()
                self.message.emit(self.tr("Plan saved."))
        finally:
            dialog.deleteLater()

    def start_session(self) -> SessionWindow | None:
        session = self.current_summary()
        if session is None or session.status is SessionStatus.FINISHED:
            return None
        window = self.windows.get(session.id)
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        from .session import SessionWindow  # session mode is loaded when first needed

        try:
            window = SessionWindow(self.store, session.id)
        except StoreError as error:
            show_error(self, self.tr("Session not started"), error)
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows[session.id] = window
        window.destroyed.connect(lambda _obj=None, key=session.id: self._window_closed(key))
        window.show()
        window.activateWindow()
        return window

    def _window_closed(self, session_id: str) -> None:
        self.windows.pop(session_id, None)
        self.reload(session_id)

    def print_set(self) -> None:
        session = self.current_summary()
        if session is None:
            return
        from .print_dialog import PrintDialog  # imported on first use: it loads the whole print layer

        try:
            dialog = PrintDialog(self.store, session.id, parent=self)
        except StoreError as error:
            show_error(self, self.tr("Print set not opened"), error)
            return
        dialog.exec()
        dialog.deleteLater()

    def delete_session(self) -> None:
        session = self.current_summary()
        if session is None or session.status is not SessionStatus.PLANNED:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete planned session"),
            self.tr("Delete the planned session “%1” of %2? Its participants are removed with it.")
            .replace("%1", session.title)
            .replace("%2", session_caption(session.school_name, session.date, session.planned_start)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.sessions.delete(session.id)
        except StoreError as error:
            show_error(self, self.tr("Session not deleted"), error)
            return
        self.reload()
        self._changed_sessions()
        self.message.emit(self.tr("Planned session deleted."))
