"""The decks page: decks on the left, the chosen deck's cards and a readable card view.

Built-in decks are read-only; "Make your own copy" gives an editable deck,
whose cards can then be edited in place.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Card, Deck
from ..store import Store, StoreError
from .card_editor import CardEditor
from .dialogs import ask_name
from .icons import icon
from .markup_html import card_html
from .widgets import chip, label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole


class DecksPage(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.deck: Deck | None = None

        self.deck_list = QListWidget()
        self.deck_list.setObjectName("deckList")
        self.deck_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deck_list.setWordWrap(True)
        self.deck_list.setAccessibleName(self.tr("Card decks"))
        self.deck_list.currentItemChanged.connect(lambda item, _prev: self._deck_chosen(item))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(label(self.tr("Card decks"), "pageTitle"))
        left_layout.addWidget(self.deck_list, 1)

        self.deck_title = label("", "sectionTitle", wrap=True)
        self.deck_title.setObjectName("deckTitle")
        self.status_chip = chip("")
        self.status_chip.setObjectName("deckStatus")
        self.description = label("", "muted", wrap=True)
        self.copy_button = QPushButton(icon("copy"), self.tr("Make your own &copy"))
        self.copy_button.setObjectName("copyDeckButton")
        self.copy_button.setToolTip(self.tr("Built-in decks cannot be changed; a copy of your own can."))
        self.copy_button.clicked.connect(self.copy_deck)
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
        title_row.addWidget(self.delete_button)

        self.card_list = QListWidget()
        self.card_list.setObjectName("cardList")
        self.card_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_list.setWordWrap(True)
        self.card_list.setAccessibleName(self.tr("Cards"))
        self.card_list.currentRowChanged.connect(self._card_chosen)
        self.card_view = QTextBrowser()
        self.card_view.setObjectName("cardView")
        self.card_view.document().setDocumentMargin(18)
        self.editor = CardEditor()
        self.editor.edited.connect(self._card_edited)
        self.card_tabs = QTabWidget()
        self.card_tabs.setObjectName("cardTabs")
        self.card_tabs.addTab(self.card_view, self.tr("Card"))
        self.card_tabs.addTab(self.editor, self.tr("Edit"))
        self.card_tabs.currentChanged.connect(lambda _index: self.editor.flush())

        self.cards_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.cards_splitter.setObjectName("cardsSplitter")
        self.cards_splitter.addWidget(self.card_list)
        self.cards_splitter.addWidget(self.card_tabs)
        self.cards_splitter.setStretchFactor(1, 1)
        self.cards_splitter.setSizes([260, 600])
        self.cards_splitter.setChildrenCollapsible(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 6, 0, 0)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.cards_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("decksSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.addWidget(self.splitter)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        self.editor.flush()
        keep = select_id or (self.deck.id if self.deck else None)
        try:
            decks = self.store.decks.all()
        except StoreError as error:
            show_error(self, self.tr("Card decks"), error)
            return
        self.deck_list.blockSignals(True)
        self.deck_list.clear()
        current = None
        for deck in decks:
            kind = self.tr("built-in") if deck.read_only else self.tr("own deck")
            count = self.tr("%n card(s)", "", len(deck.cards))
            item = QListWidgetItem(icon("cards"), f"{deck.title}\n{count} · {kind}")
            item.setData(ID_ROLE, deck.id)
            self.deck_list.addItem(item)
            if deck.id == keep or current is None:
                current = item
        self.deck_list.blockSignals(False)
        if current is not None:
            self.deck_list.setCurrentItem(current)
        self._deck_chosen(current)

    def _deck_chosen(self, item: QListWidgetItem | None) -> None:
        self.editor.flush()
        deck = None
        if item is not None:
            try:
                deck = self.store.decks.get(item.data(ID_ROLE))
            except StoreError as error:
                show_error(self, self.tr("Card decks"), error)
        self.show_deck(deck)

    def show_deck(self, deck: Deck | None, card_row: int = 0) -> None:
        self.deck = deck
        editable = deck is not None and not deck.read_only
        self.deck_title.setText(deck.title if deck else "")
        self.description.setText(deck.description if deck else "")
        self.description.setVisible(bool(deck and deck.description))
        self.status_chip.setVisible(deck is not None)
        self.status_chip.setText(
            self.tr("built-in · read-only") if not editable else self.tr("own deck · editable")
        )
        self.copy_button.setVisible(deck is not None and deck.read_only)
        self.rename_button.setVisible(editable)
        self.delete_button.setVisible(editable)
        self.card_tabs.setTabVisible(1, editable)
        self.card_list.blockSignals(True)
        self.card_list.clear()
        for card in deck.cards if deck else ():
            self.card_list.addItem(f"{card.subtitle}\n{card.title}" if card.subtitle else card.title)
        self.card_list.blockSignals(False)
        self.card_list.setCurrentRow(min(card_row, self.card_list.count() - 1))
        self._card_chosen(self.card_list.currentRow())

    def current_card(self) -> Card | None:
        row = self.card_list.currentRow()
        if self.deck is None or not 0 <= row < len(self.deck.cards):
            return None
        return self.deck.cards[row]

    def _card_chosen(self, _row: int) -> None:
        self.editor.flush()
        card = self.current_card()
        self.card_view.setHtml(card_html(card.title, card.body, card.subtitle, card.source) if card else "")
        self.editor.set_card(card if self.deck and not self.deck.read_only else None)

    def _card_edited(self, card: Card) -> None:
        if self.deck is None or self.deck.read_only:
            return
        row = self.card_list.currentRow()
        cards = tuple(card if index == row else old for index, old in enumerate(self.deck.cards))
        try:
            self.deck = self.store.decks.save(replace(self.deck, cards=cards))
        except StoreError as error:
            show_error(self, self.tr("Card not saved"), error)
            return
        item = self.card_list.item(row)
        item.setText(f"{card.subtitle}\n{card.title}" if card.subtitle else card.title)
        self.card_view.setHtml(card_html(card.title, card.body, card.subtitle, card.source))

    # --- deck actions -------------------------------------------------------

    def copy_deck(self) -> None:
        if self.deck is None:
            return
        try:
            copy = self.store.decks.copy(self.deck.id)
        except StoreError as error:
            show_error(self, self.tr("Make your own copy"), error)
            return
        self.reload(select_id=copy.id)
        self.message.emit(self.tr("“%1” is ready: you can edit its cards.").replace("%1", copy.title))

    def rename_deck(self) -> None:
        if self.deck is None or self.deck.read_only:
            return
        self.editor.flush()
        title = ask_name(self, self.tr("Rename deck"), self.tr("&New name:"), self.deck.title)
        if not title or title == self.deck.title:
            return
        try:
            renamed = self.store.decks.save(replace(self.deck, title=title))
        except StoreError as error:
            show_error(self, self.tr("Rename deck"), error)
            return
        self.reload(select_id=renamed.id)

    def delete_deck(self) -> None:
        if self.deck is None or self.deck.read_only:
            return
        self.editor.flush()
        answer = QMessageBox.question(
            self,
            self.tr("Delete deck"),
            self.tr("Delete “%1” and all its cards permanently? This cannot be undone.").replace(
                "%1", self.deck.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.decks.delete(self.deck.id)
        except StoreError as error:
            show_error(self, self.tr("Delete deck"), error)
            return
        self.deck = None
        self.reload()

    def flush(self) -> None:
        self.editor.flush()
