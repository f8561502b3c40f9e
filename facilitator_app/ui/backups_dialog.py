"""Settings > Back-ups…: where backups go, which there are, make one, restore one.

Restoring replaces the open database, so the dialog does not do it itself: it
ends with :data:`RESTORE_REQUESTED` and :attr:`BackupsDialog.restore_path`,
and :class:`DataActions` emits ``restore_requested``. The app
(``app.Workspace``) closes the store and the main window, restores, and opens
both again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..store import Store, StoreError
from ..store import backup as backups
from ..store.settings import get_setting
from .changes import StoreChanges, announce, flush_edits
from .icons import icon
from .labels import backup_contents, backup_date
from .widgets import busy_cursor, label, show_error

RESTORE_REQUESTED = 2  # a dialog result beside Accepted (1) and Rejected (0)
PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.restore_path: Path | None = None
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Back-ups"))

        self.folder_label = label(selectable=True, wrap=True)
        self.folder_label.setObjectName("folderLabel")
        self.folder_hint = label(wrap=True)
        self.folder_hint.setObjectName("folderHint")
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.choose_button.setObjectName("chooseFolderButton")
        self.choose_button.setToolTip(self.tr("For example a folder that is synced to a cloud drive"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("&Default folder"))
        self.default_button.setObjectName("defaultFolderButton")
        self.default_button.setToolTip(self.tr("Keep backups next to the database again"))
        self.default_button.clicked.connect(self.use_default_folder)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.choose_button)
        folder_buttons.addWidget(self.default_button)
        folder_buttons.addStretch(1)

        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("Contents")])
        header = self.list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty_label = label(self.tr("No backups yet."), wrap=True)
        self.empty_label.setObjectName("emptyLabel")

        self.make_button = QPushButton(icon("add"), self.tr("&Make a backup now"))
        self.make_button.setObjectName("makeBackupButton")
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(self.tr("Check the database and every backup for damage"))
        self.check_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Backup folder"), "sectionTitle"))
        layout.addWidget(self.folder_label)
        layout.addWidget(self.folder_hint)
        layout.addLayout(folder_buttons)
        layout.addSpacing(8)
        layout.addWidget(label(self.tr("Backups, newest first"), "sectionTitle"))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(
            label(
                self.tr(
                    "A backup is made when the app starts (at most once an hour) and after every finished "
                    "session. The newest 10 are kept, plus one for each of the last 12 months."
                ),
                wrap=True,
            )
        )
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, width * 60)
        self.reload()

    # --- contents -------------------------------------------------------------

    def reload(self, select: Path | None = None) -> None:
        try:
            folder = backups.backup_dir(self.store)
            chosen = get_setting(self.store, backups.BACKUP_FOLDER_SETTING) is not None
        except StoreError as error:
            show_error(self, self.tr("Back-ups"), error)
            return
        self.folder_label.setText(str(folder))
        self.folder_hint.setText(
            self.tr("A folder you chose.") if chosen else self.tr("The default folder, next to the database.")
        )
        self.default_button.setEnabled(chosen)
        stem = self.store.path.stem if self.store.path else None
        with busy_cursor():  # each backup is opened to count what it holds
            found = backups.list_backups(folder, stem)
        self.list.clear()
        for info in found:
            item = QTreeWidgetItem(
                [backup_date(info), self._reason(info.reason), self._size(info), backup_contents(info)]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setToolTip(3, f"{backup_date(info)} — {backup_contents(info)} ({self._size(info)})")
            self.list.addTopLevelItem(item)
            if select is not None and info.path == select:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.empty_label.setVisible(not found)
        self._update_buttons()

    def _reason(self, reason: str) -> str:
        known = {
            "start": self.tr("At start-up"),
            "sessie-afgerond": self.tr("Session finished"),
            "handmatig": self.tr("Made by hand"),
            "redding": self.tr("Rescued deleted file"),
        }
        return known.get(reason, reason)

    def _size(self, info: backups.BackupInfo) -> str:
        return QLocale().formattedDataSize(info.size, 1)

    def selected(self) -> backups.BackupInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = Path(item.data(0, PATH_ROLE))
        stem = self.store.path.stem if self.store.path else None
        return next((info for info in backups.list_backups(path.parent, stem) if info.path == path), None)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    # --- actions -----------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.folder_label.text()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), start)
        if not chosen:
            return
        try:
            backups.set_backup_folder(self.store, Path(chosen))
        except StoreError as error:
            show_error(self, self.tr("Back-ups"), error)
            return
        self.reload()

    def use_default_folder(self) -> None:
        try:
            backups.set_backup_folder(self.store, None)
        except StoreError as error:
            show_error(self, self.tr("Back-ups"), error)
            return
        self.reload()

    def make_backup(self) -> None:
        try:
            with busy_cursor():
                made = backups.make_backup(self.store, "handmatig")
        except StoreError as error:
            show_error(self, self.tr("Back-ups"), error)
            return
        self.reload(select=made)

    def check(self) -> backups.CheckReport | None:
        """The full check on demand (the app checks by itself at most daily and every backup it makes)."""
        try:
            with busy_cursor():
                report = backups.check_all(self.store)
        except StoreError as error:
            show_error(self, self.tr("Back-ups"), error)
            return None
        title = self.tr("Check")
        damaged = "\n".join(str(path) for path in report.damaged_backups)
        if report.database_problems:
            QMessageBox.warning(
                self,
                title,
                self.tr(
                    "The database is damaged: %1\n\nRestore the newest good backup: select it and choose "
                    "Restore…"
                ).replace("%1", report.database_problems[0]),
            )
        elif report.damaged_backups:
            QMessageBox.warning(
                self,
                title,
                self.tr(
                    "The database is sound, but %1 of the %n backup(s) are damaged. They are never offered "
                    "for restoring; delete them or keep them apart:\n\n%2",
                    "",
                    report.backups_checked,
                )
                .replace("%1", str(len(report.damaged_backups)))
                .replace("%2", damaged),
            )
        else:
            sound = {
                0: self.tr("The database is sound. There are no backups yet."),
                1: self.tr("The database is sound, and so is its backup."),
            }.get(
                report.backups_checked,
                self.tr("The database is sound, and so are all %n backup(s).", "", report.backups_checked),
            )
            QMessageBox.information(self, title, sound)
        return report

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if not info.readable:
            QMessageBox.warning(
                self,
                self.tr("Restore backup"),
                self.tr("This backup cannot be read. Choose another one."),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Restore the backup of %1?\n\nIt holds %2.\n\nWhat you entered after this backup is not in "
                "it. The current file is not deleted: it is kept next to the database as "
                "“…replaced-….sqlite3”. The main window closes and opens again on the backup."
            )
            .replace("%1", backup_date(info))
            .replace("%2", backup_contents(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_path = info.path
        self.done(RESTORE_REQUESTED)


class DataActions(QObject):
    """Settings-menu actions about the data itself: back-ups and personal data."""

    restore_requested = Signal(Path)  # the app swaps the store and the window (see the module notes)
    erased = Signal()  # personal data was erased: pages showing it must reload

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.backups_action = QAction(self.tr("&Back-ups…"), window)
        self.backups_action.setObjectName("backupsAction")
        self.backups_action.triggered.connect(self.show_backups)
        self.privacy_action = QAction(self.tr("&Personal data…"), window)
        self.privacy_action.setObjectName("privacyAction")
        self.privacy_action.triggered.connect(self.show_privacy)
        self.erased.connect(lambda: announce(self.store, StoreChanges.everything()))

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.backups_action)
        menu.addAction(self.privacy_action)

    def show_backups(self) -> None:
        flush_edits(self.store)
        dialog = BackupsDialog(self.store, self.window)
        try:
            result = dialog.exec()
            path = dialog.restore_path
        finally:
            dialog.deleteLater()
        if result == RESTORE_REQUESTED and path is not None:
            self.restore_requested.emit(path)

    def show_privacy(self) -> None:
        flush_edits(self.store)  # an edit still waiting must not write the name back after the erasure
        from .privacy_dialog import PrivacyDialog  # imported on first use, not at start

        dialog = PrivacyDialog(self.store, self.window)
        dialog.erased.connect(self.erased)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
