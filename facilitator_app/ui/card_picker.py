"""A dialog that picks the cards a script step uses, from the decks in the store."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from ..core.models import CardRef, Deck

REF_ROLE = Qt.ItemDataRole.UserRole


class CardPickerDialog(QDialog):
    """The decks with their cards, each card checkable. A reference whose card has gone is listed
    apart, still checked, so unticking it is a choice and not an accident."""

    def __init__(
        self, decks: Sequence[Deck], chosen: Sequence[CardRef], step_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardPicker")
        self.setWindowTitle(self.tr("Cards for %1").replace("%1", step_name))
        self.original = tuple(chosen)
        intro = QLabel(self.tr("Tick the cards the participants use in this step."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("cardPickerTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Cards"))
        self.tree.setUniformRowHeights(True)
        known: set[CardRef] = set()
        for deck in decks:
            top = self._deck_item(deck.title)
            for card in deck.cards:
                ref = CardRef(deck.key, card.key)
                known.add(ref)
                text = f"{card.subtitle}: {card.title}" if card.subtitle else card.title
                top.addChild(self._item(text, ref, ref in self.original))
            top.setExpanded(True)
        missing = [ref for ref in self.original if ref not in known]
        if missing:
            top = self._deck_item(self.tr("No longer in any deck"))
            for ref in missing:
                top.addChild(self._item(str(ref), ref, True))
            top.setExpanded(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 26)

    def _deck_item(self, title: str) -> QTreeWidgetItem:
        top = QTreeWidgetItem([title])
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        return top

    @staticmethod
    def _item(text: str, ref: CardRef, checked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, REF_ROLE, str(ref))
        item.setToolTip(0, text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def card_items(self) -> list[QTreeWidgetItem]:
        items = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            item = iterator.value()
            if item.data(0, REF_ROLE):
                items.append(item)
            iterator += 1
        return items

    def chosen(self) -> tuple[CardRef, ...]:
        """The ticked cards: those the step had keep their order, new ones follow in list order."""
        ticked = [
            CardRef.parse(item.data(0, REF_ROLE))
            for item in self.card_items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]
        kept = [ref for ref in self.original if ref in ticked]
        return tuple(dict.fromkeys([*kept, *ticked]))
