"""Search all notes, rationales and first steps (SQLite full-text), filtered by school, theme and period."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.sessions import SearchHit
from ..store import Store, StoreError
from .dates import display_date
from .icons import icon
from .labels import category_name
from .widgets import label, show_error

_SESSION_ID = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250
PAGE_SIZE = 200


class SearchDialog(QDialog):
    """Results appear as you type; Enter or a double-click opens the session's record."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search notes"))
        self.store = store
        self.hits: list[SearchHit] = []
        self.record_view: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)

        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Words from notes, rationales or first steps…"))
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.textChanged.connect(lambda _t: self._timer.start())

        self.school = QComboBox()
        self.school.setObjectName("searchSchool")
        self.school.addItem(self.tr("All schools"), None)
        for school in store.schools.all():
            self.school.addItem(school.name, school.id)
        self.theme = QComboBox()
        self.theme.setObjectName("searchTheme")
        self.theme.addItem(self.tr("All themes"), None)
        for theme in store.themes.all():
            self.theme.addItem(theme.title, theme.id)
        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("&From"))
        self.use_from.setObjectName("searchUseFrom")
        self.date_from = QDateEdit(today.addYears(-1))
        self.date_from.setObjectName("searchFrom")
        self.use_to = QCheckBox(self.tr("&To"))
        self.use_to.setObjectName("searchUseTo")
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("searchTo")
        for edit, box in ((self.date_from, self.use_from), (self.date_to, self.use_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setAccessibleName(box.text().replace("&", ""))
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.run_search())
            edit.dateChanged.connect(lambda _d: self._timer.start())
        for combo in (self.school, self.theme):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        period = QHBoxLayout()
        period.addWidget(self.use_from)
        period.addWidget(self.date_from)
        period.addSpacing(12)
        period.addWidget(self.use_to)
        period.addWidget(self.date_to)
        period.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Search:"), self.query)
        form.addRow(self.tr("S&chool:"), self.school)
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow(self.tr("Period:"), period)

        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setRootIsDecorated(False)
        self.results.setWordWrap(True)
        self.results.setHeaderLabels([self.tr("Date"), self.tr("School"), self.tr("Where"), self.tr("Found")])
        header = self.results.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.results.itemDoubleClicked.connect(
            lambda item, _c: self.open_record(str(item.data(0, _SESSION_ID)))
        )
        self.count = label("", "muted")
        self.count.setObjectName("searchCount")
        # A common word matches thousands of notes: the first page comes at once, more on request.
        self.more = QPushButton(self.tr("&More results"))
        self.more.setObjectName("searchMore")
        self.more.setAutoDefault(False)  # Enter in the search field runs the search, not this
        self.more.setVisible(False)
        self.more.clicked.connect(self.load_more)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.resize(900, 600)
        self.query.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter searches in the search field and opens a result in the list; it never
        # reaches QDialog, which would press Close (the field passes Enter on to its dialog).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.results:
                item = self.results.currentItem()
                if item is not None:
                    self.open_record(str(item.data(0, _SESSION_ID)))
            elif self.focusWidget() is self.query:
                self._return_pressed()
            return
        super().keyPressEvent(event)

    def _return_pressed(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.results.topLevelItemCount():
            self.results.setFocus()
            self.results.setCurrentItem(self.results.topLevelItem(0))  # type: ignore[arg-type]

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        self.hits = []
        self.more.setVisible(False)
        if not self.query.text().strip():
            self.count.setText("")
            return
        self._fetch()

    def load_more(self) -> None:
        """The next page of results below the ones shown; the first new one gets the focus."""
        shown = len(self.hits)
        self._fetch()
        if len(self.hits) > shown:
            self.results.setFocus()
            self.results.setCurrentItem(self.results.topLevelItem(shown))  # type: ignore[arg-type]

    def _fetch(self) -> None:
        date_from = self.date_from.date().toString("yyyy-MM-dd") if self.use_from.isChecked() else None
        date_to = self.date_to.date().toString("yyyy-MM-dd") if self.use_to.isChecked() else None
        try:
            page = self.store.search.page(
                self.query.text(),
                self.school.currentData(),
                self.theme.currentData(),
                date_from,
                date_to,
                limit=PAGE_SIZE,
                offset=len(self.hits),
                marks=("«", "»"),
            )
        except StoreError as error:
            show_error(self, self.windowTitle(), error)
            return
        self.hits.extend(page.hits)
        schools = {s.id: s.name for s in self.store.schools.all()}
        where_names = {
            "rationale": self.tr("rationale"),
            "first_step": self.tr("first step"),
            "follow_up": self.tr("follow-up"),
        }
        for hit in page.hits:
            where = category_name(hit.category) if hit.category else where_names.get(hit.field, hit.field)
            item = QTreeWidgetItem(
                [
                    display_date(hit.session_date),
                    schools.get(hit.school_id, ""),
                    f"{where} · {hit.session_title}",
                    hit.snippet,
                ]
            )
            item.setData(0, _SESSION_ID, hit.session_id)
            item.setToolTip(3, hit.snippet)
            self.results.addTopLevelItem(item)
        self.more.setVisible(page.more)
        if not self.hits:
            self.count.setText(self.tr("No results."))
        elif page.more:
            order = self.tr("newest first") if page.by_recency else self.tr("best matches first")
            self.count.setText(
                self.tr("First %n result(s) shown (%1)", "", len(self.hits)).replace("%1", order)
            )
        else:
            self.count.setText(self.tr("%n result(s)", "", len(self.hits)))

    def open_record(self, session_id: str) -> None:
        from .record_view import show_record

        self.record_view = show_record(self, self.store, session_id)
