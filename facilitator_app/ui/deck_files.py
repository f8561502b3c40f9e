"""A deck travels between facilitators as one TOML file: Export deck… (Ctrl+Shift+E) and
Import deck… (Ctrl+Shift+O) on the decks page, with their buttons and file dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from ..core.cardfiles import ContentError
from ..core.models import Deck
from ..store import Store, StoreError
from .icons import icon
from .widgets import show_error


class DeckFiles(QObject):
    """Export of the deck ``shown()`` and import of a deck file as a new own deck, for ``page``."""

    imported = Signal(object)  # the Deck read from a file
    message = Signal(str)  # a line for the status bar

    def __init__(
        self, page: QWidget, store: Store, shown: Callable[[], Deck | None], flush: Callable[[], object]
    ) -> None:
        super().__init__(page)
        self._page, self._store, self._shown, self._flush = page, store, shown, flush
        self.export_action = QAction(self.tr("E&xport deck…"), page)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(lambda _checked=False: self.export_deck())
        self.import_action = QAction(self.tr("&Import deck…"), page)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.import_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_action.triggered.connect(lambda _checked=False: self.import_deck())
        page.addAction(self.export_action)
        page.addAction(self.import_action)
        self.import_button = QPushButton(icon("import"), self.tr("&Import deck…"))
        self.import_button.setObjectName("importDeckButton")
        self.import_button.setToolTip(
            self.tr("Read a deck file (.toml) as a new deck of your own (Ctrl+Shift+O)")
        )
        self.import_button.clicked.connect(lambda _checked=False: self.import_deck())
        self.export_button = QPushButton(self.tr("E&xport deck…"))
        self.export_button.setObjectName("exportDeckButton")
        self.export_button.setToolTip(self.tr("Save this deck as one file to share it (Ctrl+Shift+E)"))
        self.export_button.clicked.connect(lambda _checked=False: self.export_deck())

    def set_enabled(self, enabled: bool) -> None:
        """Export needs a deck to be shown."""
        self.export_button.setEnabled(enabled)
        self.export_action.setEnabled(enabled)

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export_deck(self, path: Path | None = None) -> Path | None:
        """Save the shown deck as one file; asks where when ``path`` is None."""
        self._flush()
        deck = self._shown()
        if deck is None:
            return None
        if path is None:
            suggested = str(Path(self._folder()) / f"{deck.key}.toml")
            chosen, _filter = QFileDialog.getSaveFileName(
                self._page, self.tr("Export deck"), suggested, self.tr("Deck file (*.toml)")
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".toml":
                path = path.with_name(path.name + ".toml")
        try:
            written = self._store.decks.export_file(deck.id, path)
        except StoreError as error:
            show_error(self._page, self.tr("Export deck"), error)
            return None
        self.message.emit(self.tr("Deck saved as %1.").replace("%1", str(written)))
        return written

    def import_deck(self, path: Path | None = None) -> Deck | None:
        """Read a deck file as a new own deck; a broken file changes nothing and says what is wrong."""
        self._flush()
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self._page, self.tr("Import deck"), self._folder(), self.tr("Deck file (*.toml)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            deck = self._store.decks.import_file(path)
        except ContentError as error:
            QMessageBox.warning(
                self._page,
                self.tr("Import deck"),
                self.tr("This deck file cannot be read, so nothing was imported.\n\n%1").replace(
                    "%1", str(error)
                ),
            )
            return None
        except StoreError as error:
            show_error(self._page, self.tr("Import deck"), error)
            return None
        self.imported.emit(deck)
        self.message.emit(self.tr("“%1” is imported as a deck of your own.").replace("%1", deck.title))
        return deck
