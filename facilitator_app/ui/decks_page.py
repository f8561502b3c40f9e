"""The decks page: decks on the left; the chosen deck's cards, the card editor and the print preview.

Built-in decks are read-only; "Make your own copy" gives an editable deck,
whose title and card size can be changed and whose cards can be edited, added,
duplicated, reordered (buttons, Alt+Up/Down or drag and drop) and deleted; Undo
(Ctrl+Z in the card list) takes those changes back one by one. Edits are saved as
you type. A deck travels between facilitators as one TOML file
(Export deck… / Import deck…).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.cardfiles import CARD_SIZES
from ..core.models import Card, Deck
from ..store import Store, StoreError
from .card_editor import CardEditor
from .card_preview import CardPreviewPane
from .deck_files import DeckFiles
from .dialogs import ask_name
from .drag_reorder import enable_drag_reorder, set_drag_reorder
from .editor_shell import EditorShell, ListChooser, ShellNames, ShellTexts, is_own, list_action
from .icons import icon
from .inspiration_filter import InspirationFilter
from .markup_html import card_html
from .undo import EditorUndo
from .widgets import action_button, content, label, show_error

OVERFLOW_ROLE = Qt.ItemDataRole.UserRole + 1

# Trim sizes in mm, shown beside the names so the choice needs no lookup.
CARD_SIZE_MM = {"A7": (74, 105), "A6": (105, 148), "A5": (148, 210)}


def _row_text(card: Card) -> str:
    return f"{card.subtitle}\n{card.title}" if card.subtitle else card.title


class DecksPage(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.deck: Deck | None = None
        self.overflowing: frozenset[str] = frozenset()
        self._build_actions()

        self.card_tabs = QTabWidget()
        self.shell: EditorShell[Deck] = EditorShell(
            self,
            store,
            store.decks,
            ListChooser(icon("cards")),
            self.card_tabs,
            ShellTexts(
                title=self.tr("Card decks"),
                chooser=self.tr("Card decks"),
                own=self.tr("own deck · editable"),
                copy_tip=self.tr("Built-in decks cannot be changed; a copy of your own can."),
                copied=self.tr("“%1” is ready: you can edit its cards."),
            ),
            ShellNames(chooser="deckList", status="deckStatus", copy="copyDeckButton", changes="decks"),
            show=self._deck_shown,
            flush=self.flush,
            describe=self._list_text,
            open_editor=True,
        )
        self.shell.message.connect(self.message)
        self.deck_list, self.status_chip, self.copy_button = (
            self.shell.chooser,
            self.shell.status_chip,
            self.shell.copy_button,
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(label(self.tr("Card decks"), "pageTitle"))
        left_layout.addWidget(self.deck_list, 1)
        left_layout.addWidget(self.import_button)

        self.deck_title = content(label("", "sectionTitle", wrap=True))
        self.deck_title.setObjectName("deckTitle")
        self.description = content(label("", "muted", wrap=True))
        self.card_size_combo = QComboBox()
        self.card_size_combo.setObjectName("deckCardSize")
        self.card_size_combo.setAccessibleName(self.tr("Card size"))
        for size in CARD_SIZES:
            width, height = CARD_SIZE_MM[size]
            self.card_size_combo.addItem(f"{size} · {width} × {height} mm", size)
        self.card_size_combo.currentIndexChanged.connect(self._card_size_chosen)
        card_size_label = QLabel(self.tr("Card si&ze:"))
        card_size_label.setBuddy(self.card_size_combo)
        card_size_box = QWidget()
        card_size_layout = QHBoxLayout(card_size_box)
        card_size_layout.setContentsMargins(0, 0, 0, 0)
        card_size_layout.addWidget(card_size_label)
        card_size_layout.addWidget(self.card_size_combo)
        properties_row = QHBoxLayout()
        properties_row.addWidget(self.description, 1)
        properties_row.addWidget(card_size_box, 0, Qt.AlignmentFlag.AlignTop)
        self.rename_button = QPushButton(icon("rename"), self.tr("&Rename…"))
        self.rename_button.setObjectName("renameDeckButton")
        self.rename_button.clicked.connect(self.rename_deck)
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete deck…"))
        self.delete_button.setObjectName("deleteDeckButton")
        self.delete_button.clicked.connect(self.delete_deck)
        title_row = QHBoxLayout()
        title_row.addWidget(self.deck_title, 1)
        title_row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.copy_button)
        title_row.addWidget(self.rename_button)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.delete_button)

        self.card_list = QListWidget()
        self.card_list.setObjectName("cardList")
        self.card_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_list.setWordWrap(True)
        self.card_list.setAccessibleName(self.tr("Cards"))
        # Card titles must stay readable when a small or highly scaled window squeezes the splitter.
        self.card_list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.card_list.currentRowChanged.connect(self._card_chosen)
        for action in self.card_actions:
            self.card_list.addAction(action)
        # The shown deck's structural changes; each undo takes back only its own change.
        self.history = EditorUndo(
            self.card_list, Qt.ShortcutContext.WidgetShortcut, ("undoDeleteButton", "redoCardButton")
        )
        self.history.done.connect(self.message)
        self.undo_action, self.redo_action = self.history.undo_action, self.history.redo_action
        self.undo_button, self.redo_button = self.history.undo_button, self.history.redo_button
        self.card_buttons = QWidget()
        buttons = QHBoxLayout(self.card_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        for action, name in (
            (self.add_card_action, "addCardButton"),
            (self.duplicate_card_action, "duplicateCardButton"),
            (self.move_up_action, "moveCardUpButton"),
            (self.move_down_action, "moveCardDownButton"),
            (self.delete_card_action, "deleteCardButton"),
        ):
            buttons.addWidget(action_button(action, name, Qt.ToolButtonStyle.ToolButtonTextOnly))
        buttons.addStretch(1)
        cards_column = QWidget()
        cards_layout = QVBoxLayout(cards_column)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.addWidget(
            InspirationFilter.wrap(self.card_list, lambda: getattr(self.deck, "cards", ())), 1
        )
        cards_layout.addWidget(self.card_buttons)
        cards_layout.addWidget(self.history.buttons())

        self.card_view = QTextBrowser()
        self.card_view.setObjectName("cardView")
        self.card_view.document().setDocumentMargin(18)
        self.editor = CardEditor()
        self.editor.edited.connect(self._card_edited)
        self.editor.typing.connect(self._card_typing)
        enable_drag_reorder(self.card_list, self.editor.flush, self._card_dropped)
        self.card_tabs.setObjectName("cardTabs")
        self.card_tabs.addTab(self.card_view, self.tr("Card"))
        self.card_tabs.addTab(self.editor, self.tr("Edit"))

        self.preview = CardPreviewPane()
        self.preview.card_fit.connect(self._card_fit)
        self.preview.deck_checked.connect(self._deck_checked)

        self.cards_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.cards_splitter.setObjectName("cardsSplitter")
        self.cards_splitter.addWidget(cards_column)
        self.cards_splitter.addWidget(self.card_tabs)
        self.cards_splitter.addWidget(self.preview)
        self.cards_splitter.setStretchFactor(1, 1)
        self.cards_splitter.setStretchFactor(2, 1)
        self.cards_splitter.setSizes([250, 400, 330])
        self.cards_splitter.setCollapsible(0, False)
        self.cards_splitter.setChildrenCollapsible(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 6, 0, 0)
        right_layout.addLayout(title_row)
        right_layout.addLayout(properties_row)
        right_layout.addWidget(self.cards_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("decksSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 1000])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.addWidget(self.splitter)
        self.reload()

    def _build_actions(self) -> None:
        self.add_card_action = list_action(
            self, self.tr("&New card"), Qt.Key.Key_Insert, self.add_card, self.tr("Add a card after this one")
        )
        self.duplicate_card_action = list_action(self, self.tr("D&uplicate"), "Ctrl+D", self.duplicate_card)
        self.move_up_action = list_action(
            self, self.tr("▲"), "Alt+Up", lambda: self.move_card(-1), self.tr("Move up")
        )
        self.move_down_action = list_action(
            self, self.tr("▼"), "Alt+Down", lambda: self.move_card(1), self.tr("Move down")
        )
        self.delete_card_action = list_action(
            self,
            self.tr("Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_card,
            self.tr("Delete this card"),
        )
        self.card_actions = [
            self.add_card_action,
            self.duplicate_card_action,
            self.move_up_action,
            self.move_down_action,
            self.delete_card_action,
        ]
        # Deck file exchange works from anywhere on this page.
        self.files = DeckFiles(self, self.store, lambda: self.deck, self.flush)
        self.files.imported.connect(lambda deck: self.reload(select_id=deck.id))
        self.files.message.connect(self.message)
        self.export_action, self.import_action = self.files.export_action, self.files.import_action
        self.export_button, self.import_button = self.files.export_button, self.files.import_button
        self.export_deck, self.import_deck = self.files.export_deck, self.files.import_deck

    # --- decks --------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        self.shell.reload(select_id)

    def _list_text(self, deck: Deck) -> str:
        kind = self.tr("built-in") if deck.read_only else self.tr("own deck")
        count = self.tr("%n card(s)", "", len(deck.cards))
        return f"{deck.title}\n{count} · {kind}"

    def _deck_shown(self, deck: Deck | None) -> None:
        self.history.follow(deck.id if deck else "")
        self.show_deck(deck)

    def show_deck(self, deck: Deck | None, card_row: int = 0) -> None:
        self.deck = deck
        editable = self.shell.present(deck)
        self.deck_title.setText(deck.title if deck else "")
        self.description.setText(deck.description if deck else "")
        self.card_size_combo.blockSignals(True)
        self.card_size_combo.setCurrentIndex(
            max(0, self.card_size_combo.findData(deck.card_size if deck else "A6"))
        )
        self.card_size_combo.blockSignals(False)
        self.card_size_combo.setEnabled(editable)
        self.card_size_combo.setToolTip(
            self.tr(
                "The size this deck is designed and printed at. A larger card gives long texts room; "
                "the preview and the warnings follow at once."
            )
            if editable
            else self.tr("A built-in deck keeps its size; make your own copy to choose another one.")
        )
        self.rename_button.setVisible(editable)
        self.delete_button.setVisible(editable)
        self.files.set_enabled(deck is not None)
        self.card_buttons.setVisible(editable)
        set_drag_reorder(self.card_list, editable)
        for action in self.card_actions:  # Undo and Redo follow their history instead
            action.setEnabled(editable)
        self.card_list.blockSignals(True)
        self.card_list.clear()
        for card in deck.cards if deck else ():
            item = QListWidgetItem(_row_text(card))
            self.card_list.addItem(item)
            self._mark(item, card.key in self.overflowing)
        self.card_list.blockSignals(False)
        self.card_list.setCurrentRow(min(card_row, self.card_list.count() - 1))
        self._card_chosen(self.card_list.currentRow())
        self.preview.check_deck(deck)

    def current_card(self) -> Card | None:
        row = self.card_list.currentRow()
        if self.deck is None or not 0 <= row < len(self.deck.cards):
            return None
        return self.deck.cards[row]

    def _card_chosen(self, _row: int) -> None:
        self.editor.flush()
        card = self.current_card()
        self.card_view.setHtml(card_html(card.title, card.body, card.subtitle, card.source) if card else "")
        self.editor.set_card(card if is_own(self.deck) else None)
        self.preview.show_card(self.deck, card, now=True)

    def _card_typing(self, card: Card) -> None:
        if self.deck is not None:
            self.preview.show_card(self.deck, card)

    def _card_edited(self, card: Card) -> None:
        if self.deck is None or not is_own(self.deck):
            return
        row = self.card_list.currentRow()
        try:
            self.deck = self.store.decks.save_card(self.deck.id, row, card)
        except StoreError as error:
            show_error(self, self.tr("Card not saved"), error)
            return
        item = self.card_list.item(row)
        item.setText(_row_text(card))
        self.card_view.setHtml(card_html(card.title, card.body, card.subtitle, card.source))
        self.preview.check_deck(self.deck)
        self.history.refresh()  # the tooltip names the card by its new title

    # --- fit marks ----------------------------------------------------------

    def _mark(self, item: QListWidgetItem, overflows: bool) -> None:
        item.setData(OVERFLOW_ROLE, overflows)
        if overflows:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setToolTip(self.tr("This card’s text does not fit, not even at 9 pt over three cards."))
        else:
            item.setIcon(icon("cards"))
            item.setToolTip("")

    def _card_fit(self, key: str, fits: bool) -> None:
        if self.deck is None:
            return
        self.overflowing = self.overflowing - {key} if fits else self.overflowing | {key}
        for row, card in enumerate(self.deck.cards):
            if card.key == key and (item := self.card_list.item(row)) is not None:
                self._mark(item, not fits)

    def _deck_checked(self, keys: object) -> None:
        assert isinstance(keys, frozenset)
        self.overflowing = keys
        for row, card in enumerate(self.deck.cards if self.deck else ()):
            if (item := self.card_list.item(row)) is not None:
                self._mark(item, card.key in keys)

    def overflow_rows(self) -> list[int]:
        """The rows marked as not fitting (for tests and assistive summaries)."""
        return [row for row in range(self.card_list.count()) if self.card_list.item(row).data(OVERFLOW_ROLE)]

    # --- card actions -------------------------------------------------------

    def _editable_deck(self) -> Deck | None:
        self.editor.flush()
        return self.deck if is_own(self.deck) else None

    def _apply(self, title: str, change: Callable[[Deck], tuple[Deck, int]]) -> bool:
        deck = self._editable_deck()
        if deck is None:
            return False
        try:
            changed, row = change(deck)
        except StoreError as error:
            show_error(self, title, error)
            return False
        self.show_deck(changed, row)
        self.card_list.setFocus()
        return True

    def add_card(self) -> None:
        if self._apply(
            self.tr("New card"), lambda d: self.store.decks.add_card(d.id, self.card_list.currentRow())
        ):
            self._remember_presence(self.tr("adding of “%1”"), added=True)
            self.card_tabs.setCurrentIndex(1)
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()

    def duplicate_card(self) -> None:
        if self._apply(
            self.tr("Duplicate card"),
            lambda d: self.store.decks.duplicate_card(d.id, self.card_list.currentRow()),
        ):
            self._remember_presence(self.tr("duplicate of “%1”"), added=True)

    def move_card(self, delta: int) -> None:
        row = self.card_list.currentRow()
        if not self._apply(self.tr("Move card"), lambda d: self.store.decks.move_card(d.id, row, delta)):
            return
        card = self.current_card()
        if card is not None and self.card_list.currentRow() != row:
            self._remember_move(card, row, self.card_list.currentRow())

    def _card_dropped(self, row: int, target: int) -> None:
        """A card dragged to another place: stored like Alt+Up/Down, then the list shows the stored order."""
        moved, error = row, None
        if self.deck is not None and is_own(self.deck):
            try:
                self.deck, moved = self.store.decks.move_card(self.deck.id, row, target - row)
            except StoreError as refused:
                error = refused
            else:
                if moved != row:
                    self._remember_move(self.deck.cards[moved], row, moved)
        # Rebuilt once Qt has finished the drop: the view must not be cleared inside its own drop handling.
        QTimer.singleShot(0, self, lambda: self._after_drop(moved, error))

    def _after_drop(self, row: int, error: StoreError | None) -> None:
        if error is not None:
            show_error(self, self.tr("Move card"), error)
        self.show_deck(self.deck, row)
        self.card_list.setFocus()

    def delete_card(self) -> None:
        deck = self._editable_deck()
        row = self.card_list.currentRow()
        if deck is None or not 0 <= row < len(deck.cards):
            return
        card = deck.cards[row]
        if self._apply(self.tr("Delete card"), lambda d: (self.store.decks.delete_card(d.id, row), row)):
            self._remember_presence(self.tr("delete of “%1”"), added=False, card=card, row=row)
            self.message.emit(
                self.tr("Card “%1” deleted. Undo with Ctrl+Z or the Undo button.").replace("%1", card.title)
            )

    # --- undo and redo --------------------------------------------------------

    def _row_of(self, card_id: str) -> int:
        cards = self.deck.cards if self.deck else ()
        return next((row for row, card in enumerate(cards) if card.id == card_id), -1)

    def _title_of(self, card: Card) -> str:
        row = self._row_of(card.id)
        return self.deck.cards[row].title if self.deck and row >= 0 else card.title

    def _on_card(self, card_id: str, change: Callable[[Deck, int], tuple[Deck, int]]) -> Callable[[], bool]:
        """An undo or redo of a change to the card ``card_id`` of the deck shown now, found where it is
        then (-1 when it is not in the deck) and changed through the store; False when refused."""
        deck_id = self.deck.id if self.deck else ""

        def run() -> bool:
            deck = self._editable_deck()
            if deck is None or deck.id != deck_id:
                return False
            return self._apply(self.tr("Undo"), lambda d: change(d, self._row_of(card_id)))

        return run

    def _remember_presence(self, what: str, *, added: bool, card: Card | None = None, row: int = -1) -> None:
        """An add or duplicate (``added``) or a delete of ``card`` at ``row``: undo and redo take only
        that card away or put it back where it was, so edits made to the others since then stay."""
        card = card or self.current_card()
        if card is None or not card.id:
            return
        kept = [(card, row if row >= 0 else self.card_list.currentRow())]  # the card and where it stood

        def put_back(deck: Deck, at: int) -> tuple[Deck, int]:
            if at >= 0:
                return deck, at  # it is there already
            return self.store.decks.insert_card(deck.id, kept[0][1], kept[0][0])

        def take_away(deck: Deck, at: int) -> tuple[Deck, int]:
            if at < 0:
                return deck, self.card_list.currentRow()  # gone already: nothing left to take away
            kept[0] = (deck.cards[at], at)  # as it is now, typed text included
            return self.store.decks.delete_card(deck.id, at), max(0, at - 1) if added else at

        def describe() -> str:
            return what.replace("%1", self._title_of(kept[0][0]))

        there, gone = self._on_card(card.id, put_back), self._on_card(card.id, take_away)
        self.history.push(describe, there if added else gone, gone if added else there)

    def _remember_move(self, card: Card, origin: int, target: int) -> None:
        """A move: undo and redo move only that card, from where it is then; its text stays as it is."""
        what = self.tr("move of “%1”")

        def to(row: int) -> Callable[[], bool]:
            def move(deck: Deck, at: int) -> tuple[Deck, int]:
                return (deck, at) if at < 0 else self.store.decks.move_card(deck.id, at, row - at)

            return self._on_card(card.id, move)

        self.history.push(lambda: what.replace("%1", self._title_of(card)), to(target), to(origin))

    # --- deck actions -------------------------------------------------------

    def rename_deck(self) -> None:
        deck = self._editable_deck()
        if deck is None:
            return
        title = ask_name(self, self.tr("Rename deck"), self.tr("&New name:"), deck.title)
        if not title or title == deck.title:
            return
        try:
            renamed = self.store.decks.set_properties(deck.id, title=title)
        except StoreError as error:
            show_error(self, self.tr("Rename deck"), error)
            return
        self.reload(select_id=renamed.id)

    def _card_size_chosen(self, _index: int) -> None:
        size = str(self.card_size_combo.currentData() or "")
        deck = self._editable_deck()
        if deck is None or not size or size == deck.card_size:
            return
        try:
            changed = self.store.decks.set_properties(deck.id, card_size=size)
        except StoreError as error:
            show_error(self, self.tr("Card size"), error)
            self.show_deck(self.deck, self.card_list.currentRow())  # the picker shows the stored size again
            return
        self.show_deck(changed, self.card_list.currentRow())
        self.message.emit(
            self.tr("The cards of “%1” are now %2.").replace("%1", changed.title).replace("%2", size)
        )

    def delete_deck(self) -> None:
        deck = self._editable_deck()
        if deck is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete deck"),
            self.tr("Delete “%1” and all its cards permanently? This cannot be undone.").replace(
                "%1", deck.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.decks.delete(deck.id)
        except StoreError as error:
            show_error(self, self.tr("Delete deck"), error)
            return
        self.deck = None
        self.reload()

    def flush(self) -> None:
        self.editor.flush()
