"""The main window: navigation on the left, one page per subject, menus and status bar.

Only the start page (Schools) is built with the window; each other page is
built on its first visit (:class:`PageStack`), and its module imported then,
so the window is on screen sooner (``benchmarks/bench_startup.py``). The
``schools`` … ``scenarios`` properties build a page when asked for it.

At start-up the window is first shown as a frame without its store (title,
navigation, menu titles, status bar: no store, sqlite-utils or page module
imported) and :meth:`MainWindow.attach` gives it the store after its first
paint (``app.run_gui``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
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
from . import settings
from .icons import icon

if TYPE_CHECKING:  # imported when the store is attached or the page is first shown
    from ..store import Store
    from .archive_actions import ArchiveActions
    from .backups_dialog import DataActions
    from .decks_page import DecksPage
    from .dialogs import ShortcutRow
    from .scenario_page import ScenarioPage
    from .schools_page import SchoolsPage
    from .sessions_page import SessionActions, SessionsPage
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
    """The main window over ``store``; with ``store=None`` only its frame, until :meth:`attach`.

    With ``start_page_later`` the start page is built by :meth:`build_start_page`.
    """

    store: Store
    session_actions: SessionActions
    archive_actions: ArchiveActions
    data_actions: DataActions

    def __init__(
        self,
        store: Store | None,
        parent: QWidget | None = None,
        *,
        start_page_later: bool = False,
        db_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.attached = False
        path = store.path if store is not None else db_path
        self.setWindowTitle(f"{PRODUCT_NAME} — {path.name}" if path else PRODUCT_NAME)
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

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._outer = outer
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(path or "")))
        self.db_label.setObjectName("dbLabel")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menu_bar()
        self._restore_layout()
        with QSignalBlocker(self.navigation):
            self.navigation.setCurrentRow(SCHOOLS)  # its placeholder shows until build_start_page
        if store is not None:
            self.attach(store, start_page_later=start_page_later)
        else:
            self.statusBar().showMessage(self.tr("Opening the database…"))

    def attach(self, store: Store, *, start_page_later: bool = False) -> None:
        """Give the frame its store: the read-only notice, the menus that act on data, the pages."""
        from .archive_actions import ArchiveActions
        from .backups_dialog import DataActions
        from .sessions_page import SessionActions

        self.store = store
        self.statusBar().clearMessage()
        if store.read_only:  # the store's Dutch reason: why editing is off and what to do
            self.setWindowTitle(self.windowTitle() + " — " + self.tr("read only"))
            self._outer.insertWidget(0, self._read_only_banner(store.read_only))
        # The Session menu and its keys work before the sessions page is built (they build it).
        self.session_actions = SessionActions(self, lambda: self.sessions)
        self.archive_actions = ArchiveActions(self, store)  # export, import, search notes, overview
        self.data_actions = DataActions(self, store)  # back-ups, personal data
        self._fill_menus()
        self.navigation.currentRowChanged.connect(self._page_changed)
        self.attached = True
        if not start_page_later:
            self.build_start_page()

    def build_start_page(self) -> None:
        """Build the Schools page (and its menu entries) and show the chosen page, unless already done."""
        # Built once the window holds the stack: every reparenting of a built page
        # re-polishes all its widgets against the style sheet.
        self.pages.page(SCHOOLS)  # in place of its placeholder, in view if that was
        row = self.navigation.currentRow()
        if row < 0:
            self.show_page(SCHOOLS)
        elif self.pages.currentIndex() != row:  # chosen in the frame, before the store was there
            self._page_changed(row)

    def _read_only_banner(self, reason: str) -> QLabel:
        title = self.tr("Read only")
        banner = QLabel(f"<b>{html.escape(title)}</b> — {html.escape(reason)}")
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.RichText)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.setStyleSheet("QLabel { padding: 8px 12px; border-bottom: 1px solid palette(mid); }")
        return banner

    def _build_menu_bar(self) -> None:
        """The menus as the frame shows them; what acts on data fills in with :meth:`attach`."""
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))  # the Schools page puts "new school" first
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.school_menu = menu_bar.addMenu(self.tr("&School"))  # filled when the Schools page is built

        self.session_menu = menu_bar.addMenu(self.tr("Sess&ion"))
        self.session_menu.setObjectName("sessionMenu")

        go_menu = menu_bar.addMenu(self.tr("&Go"))
        self.go_actions: list[QAction] = []
        for index in range(self.navigation.count()):
            action = QAction(self.navigation.item(index).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            go_menu.addAction(action)
            self.go_actions.append(action)

        self.settings_menu = menu_bar.addMenu(self.tr("S&ettings"))
        language_action = self.settings_menu.addAction(self.tr("&Language…"))
        language_action.triggered.connect(self.choose_language)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = help_menu.addAction(self.tr("&About %1").replace("%1", PRODUCT_NAME))
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _fill_menus(self) -> None:
        from .appearance_menu import AppearanceMenu

        self.file_menu.removeAction(self.quit_action)  # Quit stays last
        self.archive_actions.add_to(self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.session_menu.addActions(self.session_actions.all())
        # Opening the menu builds the page, so the actions show what the selection allows.
        self.session_menu.aboutToShow.connect(lambda: self.sessions)

        self.appearance_menu = AppearanceMenu(self.settings_menu)  # system, light, dark
        self.data_actions.add_to(self.settings_menu)

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
            from .sessions_page import SessionsPage

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
        return cast("SessionsPage", self.pages.page(SESSIONS))

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
        from .dialogs import LanguageDialog

        dialog = LanguageDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def page_shortcuts(self) -> list[tuple[str, list[QAction | ShortcutRow]]]:
        """The keys of the editing pages, by page (asking for them builds the pages)."""
        from .dialogs import native_keys

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
        from .dialogs import ShortcutsDialog

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
