"""The school page's "Sessions" tab: every session of the school, planned and held; open one's record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.sessions import SessionStatus
from ..store import Store, StoreError
from .dates import display_date
from .widgets import label, show_error

_SESSION_ID = Qt.ItemDataRole.UserRole


def status_text(status: SessionStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        SessionStatus.PLANNED: QCoreApplication.translate("SchoolSessions", "planned"),
        SessionStatus.RUNNING: QCoreApplication.translate("SchoolSessions", "running"),
        SessionStatus.FINISHED: QCoreApplication.translate("SchoolSessions", "held"),
    }
    return texts[status]


class SchoolSessions(QWidget):
    """The list; Enter or a double-click opens the record (``open_session``)."""

    open_session = Signal(str)
    export_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.school_id: str | None = None
        self.list = QTreeWidget()
        self.list.setObjectName("schoolSessions")
        self.list.setAccessibleName(self.tr("Sessions of this school"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.list.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Session"),
                self.tr("Theme"),
                self.tr("Status"),
                self.tr("Scenario"),
                self.tr("Notes"),
            ]
        )
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(
            lambda item, _c: self.open_session.emit(str(item.data(0, _SESSION_ID)))
        )
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = label(self.tr("No sessions yet for this school."), "muted")
        self.empty.setObjectName("noSessions")
        self.open_button = QPushButton(self.tr("&Open record…"))
        self.open_button.setObjectName("openRecordButton")
        self.open_button.clicked.connect(self._open_current)
        self.export_button = QPushButton(self.tr("&Export school…"))
        self.export_button.setObjectName("exportSchoolButton")
        self.export_button.setToolTip(
            self.tr("Save this school with its sessions in one file for another computer")
        )
        self.export_button.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_school(self, school_id: str | None) -> None:
        self.school_id = school_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.school_id is None:
            return
        try:
            sessions = self.store.archive.sessions(self.school_id)
        except StoreError as error:
            show_error(self, self.tr("Sessions"), error)
            return
        try:
            themes = {theme.key: theme.title for theme in self.store.themes.all()}
        except StoreError:
            themes = {}
        for summary in sessions:
            item = QTreeWidgetItem(
                [
                    display_date(summary.date),
                    summary.title,
                    themes.get(summary.theme_key, summary.theme_key),
                    status_text(summary.status),
                    summary.scenario_name or "—",
                    str(summary.note_count),
                ]
            )
            item.setData(0, _SESSION_ID, summary.id)
            item.setTextAlignment(5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.empty.setVisible(not sessions)
        if sessions:
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]
        self._update_buttons()

    def session_ids(self) -> list[str]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [str(item.data(0, _SESSION_ID)) for item in items if item is not None]

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_session.emit(str(item.data(0, _SESSION_ID)))
