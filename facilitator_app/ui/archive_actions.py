"""The archive's File-menu actions: export, import, search notes, partnership overview.

The dialogs (and the exchange code behind them) are imported when first used,
not with the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..store import Store, StoreError
from .changes import StoreChanges, announce, flush_edits
from .widgets import show_error

if TYPE_CHECKING:
    from .search_dialog import SearchDialog


class ArchiveActions(QObject):
    """Owns the actions and the dialogs they open; ``after_import`` tells the pages (:mod:`.changes`)."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.search_dialog: SearchDialog | None = None
        self.export_action = QAction(self.tr("&Export everything…"), window)
        self.export_action.setObjectName("exportAllAction")
        # No key: Ctrl+Shift+E exports a card deck on the decks page.
        self.export_action.triggered.connect(self.export_all)
        self.import_action = QAction(self.tr("I&mport archive…"), window)
        self.import_action.setObjectName("importArchiveAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.import_archive)
        self.search_action = QAction(self.tr("Search &notes…"), window)
        self.search_action.setObjectName("searchNotesAction")
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.search)
        self.overview_action = QAction(self.tr("Partnership &overview…"), window)
        self.overview_action.setObjectName("overviewAction")
        self.overview_action.triggered.connect(self.overview)

    def actions(self) -> list[QAction]:
        return [self.search_action, self.overview_action, self.export_action, self.import_action]

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in self.actions():
            menu.addAction(action)

    def export_all(self) -> None:
        flush_edits(self.store)
        from .exchange_dialogs import export_archive_dialog

        export_archive_dialog(self.window, self.store, None, self.tr("All schools"))

    def import_archive(self) -> None:
        flush_edits(self.store)
        from .exchange_dialogs import import_archive_dialog

        report = import_archive_dialog(self.window, self.store)
        if report is not None:
            self.after_import()

    def after_import(self) -> None:
        announce(self.store, StoreChanges.everything())
        self.window.statusBar().showMessage(self.tr("Import done."), 6000)

    def search(self) -> None:
        if self.search_dialog is None:
            from .search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.store, self.window)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()

    def overview(self) -> None:
        from .exchange_dialogs import OverviewDialog

        try:
            dialog = OverviewDialog(self.store, self.window)
        except StoreError as error:
            show_error(self.window, self.tr("Partnership overview"), error)
            return
        dialog.exec()
        dialog.deleteLater()
