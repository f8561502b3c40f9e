"""Help → Over facilitator-app: version, where the data and the backups are, buttons that open them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app import PRODUCT_NAME, __version__
from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store
from facilitator_app.store import backup as backups
from facilitator_app.ui.about_dialog import AboutDialog
from facilitator_app.ui.main_window import MainWindow


class Opened(QObject):
    """Qt's own hook for file URLs: records what the app asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def odd_store(tmp_path: Path, catalogue: Catalogue) -> Iterator[Store]:
    """A database in a folder with spaces and accents, as under a user called "Joëlle de Vries"."""
    opened = Store.open(tmp_path / "Joëlle de Vries" / "Mijn gegevens" / "facilitator.sqlite3", catalogue)
    yield opened
    opened.close()


def open_about(qtbot: QtBot, window: MainWindow, check: Callable[[AboutDialog], None]) -> None:
    seen: list[AboutDialog] = []

    def inspect() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, inspect)
            return
        seen.append(dialogs[0])
        try:
            check(dialogs[0])
        finally:
            dialogs[0].reject()

    QTimer.singleShot(0, inspect)
    window.about_action.trigger()
    assert seen, "the About dialog did not open"


def test_help_menu_opens_about_with_version_and_both_folders(
    make_window: Callable[[Store], MainWindow], odd_store: Store, qtbot: QtBot, opened: Opened
) -> None:
    window = make_window(odd_store)
    assert window.windowTitle() == f"{PRODUCT_NAME} — facilitator.sqlite3"
    assert window.about_action.text() == "&Over facilitator-app"
    data_folder = odd_store.path.parent if odd_store.path else None
    assert data_folder is not None
    backups.make_backup(odd_store, "test")  # the backup folder exists once a backup is made

    def check(dialog: AboutDialog) -> None:
        assert dialog.windowTitle() == "Over facilitator-app"
        assert dialog.findChild(QObject, "aboutTitle").text() == f"facilitator-app {__version__}"
        assert dialog.database_label.text() == str(odd_store.path)
        assert dialog.backup_label.text() == str(data_folder / "backups")
        qtbot.mouseClick(dialog.open_data_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_backups_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == ""
        assert not dialog.status.isVisible()

    open_about(qtbot, window, check)
    assert [url.toLocalFile() for url in opened.urls] == [str(data_folder), str(data_folder / "backups")]


def test_a_folder_that_is_gone_gets_a_dutch_hint_instead(
    make_window: Callable[[Store], MainWindow], odd_store: Store, qtbot: QtBot, opened: Opened
) -> None:
    window = make_window(odd_store)
    chosen = odd_store.path.parent / "synced drive, not mounted" if odd_store.path else Path()
    backups.set_backup_folder(odd_store, chosen)
    chosen.rmdir()  # the drive is not there today

    def check(dialog: AboutDialog) -> None:
        assert dialog.backup_label.text() == str(chosen)
        qtbot.mouseClick(dialog.open_backups_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == (
            f"{chosen} kon niet worden geopend. Open de map zelf in je bestandsbeheer."
        )
        assert dialog.status.isVisible()

    open_about(qtbot, window, check)
    assert opened.urls == []
