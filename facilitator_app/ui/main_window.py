"""The main window: navigation on the left, one page per subject, menus and status bar.

Only the start page (Schools) is built with the window; each other page is
built on its first visit (:class:`PageStack`), and its module imported then,
so the window is on screen sooner (``benchmarks/bench_startup.py``). The
``schools`` … ``scenarios`` properties build a page when asked for it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import PRODUCT_NAME
from ..store import Store
from . import settings
from .appearance_menu import AppearanceMenu
from .archive_actions import ArchiveActions
from .backups_dialog import DataActions
from .dialogs import LanguageDialog, ShortcutRow, ShortcutsDialog, native_keys
from .icons import icon
from .sessions_page import SessionActions, SessionsPage

if TYPE_CHECKING:  # imported when the page is first shown
    from .decks_page import DecksPage
    from .scenario_page import ScenarioPage
    from .schools_page import SchoolsPage
    from .theme_page import ThemePage

STATUS_MESSAGE_MS = 6000
SCHOOLS, SESSIONS, THEMES, DECKS, SCENARIOS = range(5)
PAGE_COUNT = 5


class PageStack(QStackedWidget):
    """One page per index, each built by ``make(index)`` on its first use; a placeholder holds its place.

    ``widget(index)`` and :meth:`page` return the real page, building it if
    need be; :meth:`built_page` only looks.
    """

    def __init__(self, count: int, make: Callable[[int], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._built: dict[int, QWidget] = {}
        for _ in range(count):
            placeholder = QWidget()
            placeholder.setObjectName("pagePlaceholder")
            self.addWidget(placeholder)

    def built_page(self, index: int) -> QWidget | None:
        return self._built.get(index)

    def page(self, index: int) -> QWidget:
        page = self._built.get(index)
        if page is not None:
            return page
        page = self._make(index)
        self._built[index] = page
        current = self.currentIndex()
        placeholder = super().widget(index)
        self.insertWidget(index, page)
        if placeholder is not None:
            self.removeWidget(placeholder)
            placeholder.deleteLater()
        self.setCurrentIndex(current)  # the swap must not change the page in view
        return page

    def widget(self, index: int) -> QWidget | None:
        return self.page(index) if 0 <= index < self.count() else super().widget(index)


class MainWindow(QMainWindow):
    """The main window; with ``start_page_later`` the start page is built by :meth:`build_start_page`.

    The app passes it so the window paints first (title, menus, navigation)
    and the Schools page, with its modules, fills in right after.
    """

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, start_page_later: bool = False
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("mainWindow")
        name = store.path.name if store.path else ""
        self.setWindowTitle(f"{PRODUCT_NAME} — {name}" if name else PRODUCT_NAME)
        if store.read_only:
            self.setWindowTitle(self.windowTitle() + " — " + self.tr("read only"))

        # The Session menu and its keys work before the sessions page is built (they build it).
        self.session_actions = SessionActions(self, lambda: self.sessions)
        self.pages = PageStack(PAGE_COUNT, self._make_page)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(22, 22))
        for text, icon_name in (
            (self.tr("Schools"), "school"),
            (self.tr("Sessions"), "calendar"),
            (self.tr("Themes and scripts"), "script"),
            (self.tr("Card decks"), "cards"),
            (self.tr("Scenario map"), "map"),
        ):
            self.navigation.addItem(QListWidgetItem(icon(icon_name), text))
        width = max(self.navigation.sizeHintForColumn(0), 0) + self.fontMetrics().averageCharWidth() * 6
        self.navigation.setFixedWidth(width)
        self.navigation.currentRowChanged.connect(self._page_changed)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if store.read_only:  # the store's Dutch reason: why editing is off and what to do
            outer.addWidget(self._read_only_banner(store.read_only))
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(store.path or "")))
        self.db_label.setObjectName("dbLabel")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menus()
        self._restore_layout()
        if start_page_later:
            with QSignalBlocker(self.navigation):
                self.navigation.setCurrentRow(SCHOOLS)  # its placeholder shows until build_start_page
        else:
            self.build_start_page()

    def build_start_page(self) -> None:
        """Build the Schools page (and its menu entries) and show it, unless already done."""
        # Built once the window holds the stack: every reparenting of a built page
        # re-polishes all its widgets against the style sheet.
        self.pages.page(SCHOOLS)  # in place of its placeholder, in view if that was
        if self.navigation.currentRow() < 0:
            self.show_page(SCHOOLS)

    def _read_only_banner(self, reason: str) -> QLabel:
        title = self.tr("Read only")
        banner = QLabel(f"<b>{html.escape(title)}</b> — {html.escape(reason)}")
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.RichText)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.setStyleSheet("QLabel { padding: 8px 12px; border-bottom: 1px solid palette(mid); }")
        return banner

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu  # the Schools page puts its "new school" first when it is built
        self.archive_actions = ArchiveActions(self, self.store)  # export, import, search notes, overview
        self.archive_actions.add_to(file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        self.school_menu = menu_bar.addMenu(self.tr("&School"))  # filled when the Schools page is built

        session_menu = menu_bar.addMenu(self.tr("Sess&ion"))
        session_menu.setObjectName("sessionMenu")
        session_menu.addActions(self.session_actions.all())
        # Opening the menu builds the page, so the actions show what the selection allows.
        session_menu.aboutToShow.connect(lambda: self.sessions)

        go_menu = menu_bar.addMenu(self.tr("&Go"))
        self.go_actions: list[QAction] = []
        for index in range(self.navigation.count()):
            action = QAction(self.navigation.item(index).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            go_menu.addAction(action)
            self.go_actions.append(action)

        settings_menu = menu_bar.addMenu(self.tr("S&ettings"))
        language_action = settings_menu.addAction(self.tr("&Language…"))
        language_action.triggered.connect(self.choose_language)
        self.appearance_menu = AppearanceMenu(settings_menu)  # system, light, dark
        self.data_actions = DataActions(self, self.store)  # back-ups, personal data
        self.data_actions.add_to(settings_menu)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = help_menu.addAction(self.tr("&About %1").replace("%1", PRODUCT_NAME))
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def all_shortcut_actions(self) -> list[QAction]:
        return [
            *self.schools.actions_for_menu(),
            *self.session_actions.all(),
            *self.go_actions,
            *self.archive_actions.actions(),
            self.shortcuts_action,
            self.quit_action,
        ]

    # --- pages --------------------------------------------------------------

    def _make_page(self, index: int) -> QWidget:
        """Build page ``index`` and wire it to the window (called once per page, by the stack)."""
        page: SchoolsPage | SessionsPage | ThemePage | DecksPage | ScenarioPage
        if index == SCHOOLS:
            from .schools_page import SchoolsPage

            page = SchoolsPage(self.store)
            page.reveal.connect(lambda: self.show_page(SCHOOLS))
            self.file_menu.insertAction(self.file_menu.actions()[0], page.add_action)
            self.school_menu.addActions(page.actions_for_menu()[1:])
        elif index == SESSIONS:
            page = SessionsPage(self.store, actions=self.session_actions)
            page.reveal.connect(lambda: self.show_page(SESSIONS))
            page.school_hint = lambda: school.id if (school := self.schools.current_school()) else None
        elif index == THEMES:
            from .theme_page import ThemePage

            page = ThemePage(self.store)
        elif index == DECKS:
            from .decks_page import DecksPage

            page = DecksPage(self.store)
        else:
            from .scenario_page import ScenarioPage

            page = ScenarioPage(self.store)
        page.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        for name, splitter in self._page_splitters(index, page).items():
            settings.restore_splitter(name, splitter)
        return page

    @property
    def schools(self) -> SchoolsPage:
        return cast("SchoolsPage", self.pages.page(SCHOOLS))

    @property
    def sessions(self) -> SessionsPage:
        return cast(SessionsPage, self.pages.page(SESSIONS))

    @property
    def theme(self) -> ThemePage:
        return cast("ThemePage", self.pages.page(THEMES))

    @property
    def decks(self) -> DecksPage:
        return cast("DecksPage", self.pages.page(DECKS))

    @property
    def scenarios(self) -> ScenarioPage:
        return cast("ScenarioPage", self.pages.page(SCENARIOS))

    # --- navigation ---------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        # Leaving a page must not leave an edit unsaved.
        self._flush_edits()
        self.pages.page(index)  # built before it is shown
        self.pages.setCurrentIndex(index)

    def _flush_edits(self) -> bool:
        """Save what the pages still hold; False if the school's last edit could not be saved."""
        # Pages not built yet hold nothing; the editors also save when hidden, this is not left to that.
        for index in (DECKS, THEMES, SCENARIOS):
            page = self.pages.built_page(index)
            if page is not None:
                cast("DecksPage | ThemePage | ScenarioPage", page).flush()
        schools = self.pages.built_page(SCHOOLS)
        return schools is None or cast("SchoolsPage", schools).detail.flush()

    # --- dialogs ------------------------------------------------------------

    def choose_language(self) -> None:
        dialog = LanguageDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def page_shortcuts(self) -> list[tuple[str, list[QAction | ShortcutRow]]]:
        """The keys of the editing pages, by page (asking for them builds the pages)."""
        decks, scenarios, editor = self.decks, self.scenarios.editor, self.theme.editor
        return [
            (
                self.tr("Card decks (in the card list)"),
                [
                    *decks.card_actions,
                    decks.undo_action,
                    decks.redo_action,
                    decks.export_action,
                    decks.import_action,
                ],
            ),
            (
                self.tr("Card text"),
                [
                    (native_keys("Ctrl+B"), self.tr("Bold")),
                    (native_keys("Ctrl+I"), self.tr("Italic")),
                    (native_keys("Ctrl+Shift+L"), self.tr("Bulleted list")),
                ],
            ),
            (
                self.tr("Scenario map (in the list of scenarios)"),
                [
                    scenarios.add_action,
                    scenarios.delete_action,
                    scenarios.up_action,
                    scenarios.down_action,
                    scenarios.undo_action,
                    scenarios.redo_action,
                ],
            ),
            (
                self.tr("Script editor (in the part, time box or step you are typing in)"),
                [editor.move_up_action, editor.move_down_action],
            ),
        ]

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.all_shortcut_actions(), self, self.page_shortcuts())
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        from .about_dialog import AboutDialog  # loaded on first use, like the other dialogs

        dialog = AboutDialog(self.store, self)
        dialog.exec()
        dialog.deleteLater()

    # --- layout memory and closing -----------------------------------------

    @staticmethod
    def _page_splitters(index: int, page: QWidget) -> dict[str, QSplitter]:
        """The splitters of ``page`` whose sizes are remembered, by settings name."""
        if index == SCHOOLS:
            return {"schools": cast("SchoolsPage", page).splitter}
        if index == THEMES:
            return {"theme": cast("ThemePage", page).splitter}
        if index == DECKS:
            decks = cast("DecksPage", page)
            return {"decks": decks.splitter, "cards": decks.cards_splitter}
        return {}

    def _splitters(self) -> dict[str, QSplitter]:
        """The remembered splitters of the pages built so far (the others keep their stored sizes)."""
        found: dict[str, QSplitter] = {}
        for index in range(PAGE_COUNT):
            page = self.pages.built_page(index)
            if page is not None:
                found.update(self._page_splitters(index, page))
        return found

    def _restore_layout(self) -> None:
        if not settings.restore_geometry("mainWindow", self):
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None and available.width() > 0:
                self.resize(min(1320, int(available.width() * 0.9)), min(860, int(available.height() * 0.9)))
            else:
                self.resize(1280, 820)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._flush_edits():
            answer = QMessageBox.question(
                self,
                self.tr("Changes not saved"),
                self.tr("Your last change to this school could not be saved. Close the app anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        settings.save_geometry("mainWindow", self)
        for name, splitter in self._splitters().items():
            settings.save_splitter(name, splitter)
        super().closeEvent(event)
