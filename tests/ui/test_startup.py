"""Start-up: only the start page is built with the window, the others on their first visit.

The print layer (ReportLab, pypdf) is not imported until a preview, print or
import needs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Participant, School
from facilitator_app.core.sessions import Session
from facilitator_app.store import Store
from facilitator_app.ui.main_window import DECKS, SCENARIOS, SCHOOLS, SESSIONS, THEMES, MainWindow
from facilitator_app.ui.plan_dialog import PlanDialog
from facilitator_app.ui.schools_page import SchoolsPage
from facilitator_app.ui.sessions_page import SessionsPage

# Offscreen Qt cannot raise windows or grab the keyboard for a menu; these notices come from its plugin.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

LAZY_PAGES = {SESSIONS: "SessionsPage", THEMES: "ThemePage", DECKS: "DecksPage", SCENARIOS: "ScenarioPage"}


def page_classes(window: MainWindow) -> set[str]:
    """The page classes that exist under the window, whatever the window's own bookkeeping says."""
    names = {type(widget).__name__ for widget in window.findChildren(QWidget)}
    return names & {"SchoolsPage", *LAZY_PAGES.values()}


def in_stack(window: MainWindow, index: int) -> QWidget:
    """What the stack really holds at ``index`` (``window.pages.widget`` would build the page)."""
    widget = QStackedWidget.widget(window.pages, index)
    assert widget is not None
    return widget


def plan_in_store(store: Store) -> Session:
    school = store.schools.add(School(name="De Kempen", vision="Wij leren samen."))
    return store.sessions.plan(
        Session(
            school_id=school.id,
            title="",
            date="2026-03-12",
            planned_start="13:30",
            theme_id="professionaliseren",
            participants=(Participant("Anna de Vries", "Schoolopleider"), Participant("Bram Jansen", "")),
        )
    )


def test_only_the_start_page_is_built_until_a_page_is_shown(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    assert page_classes(window) == {"SchoolsPage"}
    assert isinstance(window.pages.currentWidget(), SchoolsPage) and window.schools.isVisible()
    for index in LAZY_PAGES:
        assert window.pages.built_page(index) is None
        assert in_stack(window, index).objectName() == "pagePlaceholder"

    # Ctrl+2 builds the sessions page in place and shows it, and nothing else is built.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages.currentWidget()
    assert isinstance(page, SessionsPage) and page.isVisible()
    assert window.pages.currentIndex() == SESSIONS and in_stack(window, SESSIONS) is page
    assert window.sessions is page and page.empty.isVisible()
    assert page_classes(window) == {"SchoolsPage", "SessionsPage"}
    qtbot.waitUntil(lambda: len(window.findChildren(QWidget, "pagePlaceholder")) == len(LAZY_PAGES) - 1)

    # A click on the navigation builds the scenario map; going back reuses the built pages.
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(SCENARIOS))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    scenarios = window.pages.currentWidget()
    assert type(scenarios).__name__ == "ScenarioPage" and scenarios.isVisible()
    assert page_classes(window) == {"SchoolsPage", "SessionsPage", "ScenarioPage"}
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == SCHOOLS and window.schools.isVisible()
    assert window.pages.built_page(THEMES) is None and window.pages.built_page(DECKS) is None


def test_a_page_built_later_lists_what_the_store_holds(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    planned = plan_in_store(store)  # after the window was made, before the page is built
    assert window.pages.built_page(SESSIONS) is None
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.sessions
    assert page.table.rowCount() == 1 and page.current_id() == planned.id
    assert page.table.item(0, 0).text() == "De Kempen"
    assert page.table.item(0, 5).text() == "2"  # the participant count from the session list query
    assert page.start_action.isEnabled() and not page.empty.isVisible()


def test_session_keys_and_menu_work_before_the_sessions_page_is_built(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    seen: list[PlanDialog] = []

    def cancel_plan_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlanDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, cancel_plan_dialog)
            return
        seen.append(dialogs[0])
        dialogs[0].reject()

    # Ctrl+Shift+N on the schools page builds the sessions page, brings it up and opens the plan dialog.
    QTimer.singleShot(0, cancel_plan_dialog)
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(seen) == 1
    assert isinstance(window.pages.currentWidget(), SessionsPage)
    assert window.sessions.plan_action in window.findChild(QMenu, "sessionMenu").actions()


def test_opening_the_session_menu_builds_the_page_so_the_actions_are_right(
    window: MainWindow, qtbot: QtBot
) -> None:
    menu = window.findChild(QMenu, "sessionMenu")
    assert isinstance(menu, QMenu)
    assert window.pages.built_page(SESSIONS) is None
    assert menu.actions() == window.session_actions.all()
    assert set(menu.actions()) <= set(window.all_shortcut_actions())
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    try:
        assert window.pages.built_page(SESSIONS) is not None
        # No session planned: only planning is possible, and the page stays out of view.
        assert [action.isEnabled() for action in menu.actions()] == [True, False, False, False, False]
        assert window.pages.currentIndex() == SCHOOLS
    finally:
        menu.hide()


def test_splitters_of_a_page_built_later_are_restored_and_kept_when_it_is_not_built(
    make_window: Callable[[Store], MainWindow], store: Store, qtbot: QtBot
) -> None:
    first = make_window(store)
    first.resize(760, 560)
    first.show_page(DECKS)
    first.decks.splitter.setSizes([180, 560])
    wanted = first.decks.splitter.sizes()
    first.close()
    # A window in which the decks page is never shown must not overwrite what was remembered.
    second = make_window(store)
    assert second.pages.built_page(DECKS) is None
    second.close()
    third = make_window(store)
    third.show_page(DECKS)
    assert third.decks.splitter.sizes() == wanted


def test_a_page_chosen_in_the_frame_before_the_store_opened_is_shown_once_it_has(
    store: Store, qtbot: QtBot, dutch: QApplication
) -> None:
    plan_in_store(store)
    frame = MainWindow(None, db_path=store.path)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    assert not frame.attached and frame.statusBar().currentMessage() == "De gegevens worden geopend…"
    frame.go_actions[SESSIONS].trigger()  # Ctrl+2 while the store is still opening
    assert page_classes(frame) == set()  # nothing can be built without the store
    frame.attach(store, start_page_later=True)
    frame.build_start_page()
    assert frame.attached and frame.statusBar().currentMessage() == ""
    assert frame.pages.currentIndex() == SESSIONS and frame.navigation.currentRow() == SESSIONS
    assert page_classes(frame) == {"SchoolsPage", "SessionsPage"}
    sessions = frame.pages.built_page(SESSIONS)
    assert isinstance(sessions, SessionsPage) and sessions.isVisible()
    assert frame.file_menu.actions()[-1] is frame.quit_action  # the data actions came in above Quit


def test_importing_and_showing_the_main_window_loads_no_print_layer(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import facilitator_app.ui.main_window\n"
        "def print_layer():\n"
        "    return sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'pypdf')\n"
        "                  or m.startswith('facilitator_app.pdf'))\n"
        "print(print_layer())\n"
        "from pathlib import Path\n"
        "from facilitator_app import app, resources\n"
        "from facilitator_app.core.cardfiles import load_catalogue\n"
        "from facilitator_app.store import Store\n"
        "qt = app.prepare_application()\n"
        f"store = Store.open(Path({str(tmp_path / 'db.sqlite3')!r}), load_catalogue(resources.cards_dir()))\n"
        "window = app.MainWindow(store)\n"
        "window.show()\n"
        "qt.processEvents()\n"
        "print(print_layer())\n"
        "window.show_page(2)\n"  # the script page draws no PDF either
        "qt.processEvents()\n"
        "print(print_layer())\n"
        "window.close()\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split("\n")[:3] == ["[]", "[]", "[]"]


def test_the_desktop_start_paints_its_window_before_loading_the_store_or_the_command_line(
    tmp_path: Path,
) -> None:
    # As the desktop file starts it: ``facilitator-app`` (here with --db), watched at the first paint.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from facilitator_app import cli\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint and not seen:\n"
        "            loaded = [m for m in ('sqlite_utils', 'facilitator_app.store.store',\n"
        "                      'facilitator_app.commands', 'facilitator_app.core') if m in sys.modules]\n"
        "            seen.append(loaded)\n"
        "            print(type(watched).__name__, getattr(watched, 'attached', None), loaded, flush=True)\n"
        "        return False\n"
        "seen = []\n"
        "watcher = FirstPaint()\n"
        "show = QWidget.show\n"
        "def watched_show(self):\n"
        "    if self.isWindow():\n"
        "        self.installEventFilter(watcher)\n"
        "    show(self)\n"
        "QWidget.show = watched_show\n"
        "def close_when_filled():\n"
        "    for window in QApplication.topLevelWidgets():\n"
        "        if type(window).__name__ != 'MainWindow' or not getattr(window, 'attached', True):\n"
        "            continue\n"
        "        if window.pages.built_page(0) is not None:\n"
        "            print('filled', 'sqlite_utils' in sys.modules, flush=True)\n"
        "            window.close()\n"
        "            return\n"
        "    QTimer.singleShot(20, close_when_filled)\n"
        "from PySide6.QtCore import QTimer\n"
        "from facilitator_app import app\n"
        "app.prepare_application()\n"
        "QTimer.singleShot(0, close_when_filled)\n"
        f"sys.exit(cli.main(['--db', {str(tmp_path / 'db.sqlite3')!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "MainWindow False []"  # the frame paints with no store and no command module loaded
    assert lines[-1] == "filled True"  # then the store opened and the Schools page filled in
    assert (tmp_path / "db.sqlite3").exists()
