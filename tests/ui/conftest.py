"""GUI fixtures: Dutch UI, settings in a temp dir, a shown main window over the real temp store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.store import Store
from facilitator_app.ui import i18n, style
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.session import SessionWindow

from .helpers import activate

UI_DIR = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns about a window-manager hint it cannot pass on;
    # that is the test platform talking, not the app.
    for item in items:
        # A module that sets its own qt_log_ignore keeps it (the closest marker wins).
        if UI_DIR in Path(str(item.fspath)).parents and item.get_closest_marker("qt_log_ignore") is None:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Path:
    # QSettings caches its folder at first use, so XDG_CONFIG_HOME alone is not enough.
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[QApplication]:
    assert i18n.install(qapp, "nl"), "assets/i18n/facilitator_nl.qm is missing"
    style.apply(qapp)
    yield qapp
    i18n.install(qapp, "nl")


@pytest.fixture
def make_window(qtbot: QtBot, dutch: QApplication) -> Callable[[Store], MainWindow]:
    def make(store: Store) -> MainWindow:
        window = MainWindow(store)
        qtbot.addWidget(window)  # closed and deleted at teardown
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[Store], MainWindow], store: Store) -> MainWindow:
    return make_window(store)


class FakeTime:
    """A monotonic (and wall) clock the test moves by hand; session windows read time only from it."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


OpenSession = Callable[[str], SessionWindow]


@pytest.fixture
def open_session(store: Store, qtbot: QtBot) -> OpenSession:
    """Opens session mode for a session id on fake time, shown and active (shortcuts need that)."""
    fake = FakeTime()

    def make(session_id: str) -> SessionWindow:
        window = SessionWindow(store, session_id, fake, wall_clock=fake)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make
