"""The main window: navigation on the left, one page per subject, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ..store import Store
from . import settings
from .archive_actions import ArchiveActions
from .backups_dialog import DataActions
from .decks_page import DecksPage
from .dialogs import LanguageDialog, ShortcutsDialog, show_about
from .icons import icon
from .scenario_page import ScenarioPage
from .schools_page import SchoolsPage
from .sessions_page import SessionsPage
from .theme_page import ThemePage

STATUS_MESSAGE_MS = 6000
SCHOOLS, SESSIONS, THEMES, DECKS, SCENARIOS = range(5)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("mainWindow")
        name = store.path.name if store.path else ""
        self.setWindowTitle(f"Facilitator — {name}" if name else "Facilitator")

        self.schools = SchoolsPage(store)
        self.sessions = SessionsPage(store)
        self.theme = ThemePage(store)
        self.decks = DecksPage(store)
        self.scenarios = ScenarioPage(store)
        self.pages = QStackedWidget()
        for page in (self.schools, self.sessions, self.theme, self.decks, self.scenarios):
            self.pages.addWidget(page)

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
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(store.path or "")))
        self.db_label.setObjectName("dbLabel")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        for page in (self.schools, self.sessions, self.decks, self.theme, self.scenarios):
            page.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self.schools.reveal.connect(lambda: self.show_page(SCHOOLS))
        self.sessions.reveal.connect(lambda: self.show_page(SESSIONS))
        self.sessions.school_hint = lambda: school.id if (school := self.schools.current_school()) else None

        self._build_menus()
        self._restore_layout()
        self.show_page(SCHOOLS)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.schools.add_action)
        self.archive_actions = ArchiveActions(self, self.store)  # export, import, search notes, overview
        self.archive_actions.add_to(file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        school_menu = menu_bar.addMenu(self.tr("&School"))
        for action in self.schools.actions_for_menu()[1:]:
            school_menu.addAction(action)

        session_menu = menu_bar.addMenu(self.tr("Sess&ion"))
        session_menu.addActions(self.sessions.actions_for_menu())

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
        self.data_actions = DataActions(self, self.store)  # back-ups, personal data
        self.data_actions.add_to(settings_menu)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about_action = help_menu.addAction(self.tr("&About Facilitator"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(lambda: show_about(self, self.store.path))

    def all_shortcut_actions(self) -> list[QAction]:
        return [
            *self.schools.actions_for_menu(),
            *self.sessions.actions_for_menu(),
            *self.go_actions,
            *self.archive_actions.actions(),
            self.shortcuts_action,
            self.quit_action,
        ]

    # --- navigation ---------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        # Leaving a page must not leave an edit unsaved.
        self.schools.detail.flush()
        self.decks.flush()
        self.pages.setCurrentIndex(index)

    # --- dialogs ------------------------------------------------------------

    def choose_language(self) -> None:
        dialog = LanguageDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.all_shortcut_actions(), self)
        dialog.exec()
        dialog.deleteLater()

    # --- layout memory and closing -----------------------------------------

    def _splitters(self) -> dict[str, object]:
        return {
            "schools": self.schools.splitter,
            "theme": self.theme.splitter,
            "decks": self.decks.splitter,
            "cards": self.decks.cards_splitter,
        }

    def _restore_layout(self) -> None:
        if not settings.restore_geometry("mainWindow", self):
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None and available.width() > 0:
                self.resize(min(1320, int(available.width() * 0.9)), min(860, int(available.height() * 0.9)))
            else:
                self.resize(1280, 820)
        for name, splitter in self._splitters().items():
            settings.restore_splitter(name, splitter)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.decks.flush()
        if not self.schools.detail.flush():
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
            settings.save_splitter(name, splitter)  # type: ignore[arg-type]
        super().closeEvent(event)
