"""A search field and sector/topic choices above a list of cards, hiding the rows that do not fit.

Self-contained: :meth:`InspirationFilter.wrap` returns the list with the
filter above it; the caller only says which card stands in which row. The
decks page and the part-3 board use it the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from ..core import inspiration
from ..core.models import Card

CardsInRows = Callable[[], Sequence[Card]]


class InspirationFilter(QWidget):
    """Filters ``list_widget``: row *i* shows ``cards()[i]`` and is hidden when it does not match."""

    changed = Signal()

    def __init__(self, list_widget: QListWidget, cards: CardsInRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspirationFilter")
        self.list_widget = list_widget
        self.cards = cards
        self.search = QLineEdit()
        self.search.setObjectName("inspirationSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the cards…"))
        self.search.setAccessibleName(self.tr("Search the cards"))
        self.sector = QComboBox()
        self.sector.setObjectName("inspirationSector")
        self.sector.setAccessibleName(self.tr("Sector"))
        self.topic = QComboBox()
        self.topic.setObjectName("inspirationTopic")
        self.topic.setAccessibleName(self.tr("What the card tackles"))
        for combo in (self.sector, self.topic):
            # The row's width is the column's; a choice's full text goes in the tooltip and, when the
            # column is narrow, the controls stand one above the other (see resizeEvent).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(
                lambda _index, combo=combo: combo.setToolTip(combo.currentText())
            )
        self.row = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)  # narrow until shown wider
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addWidget(self.search, 2)
        self.row.addWidget(self.sector, 1)
        self.row.addWidget(self.topic, 1)
        self.search.textChanged.connect(self.apply)
        self.sector.currentIndexChanged.connect(self.apply)
        self.topic.currentIndexChanged.connect(self.apply)
        # The list is refilled when another deck or session shows: filter the new rows too.
        model = list_widget.model()
        model.rowsInserted.connect(self._later)
        model.modelReset.connect(self._later)
        self._later()

    @classmethod
    def wrap(cls, list_widget: QListWidget, cards: CardsInRows) -> QWidget:
        """A widget holding the filter above ``list_widget``; put it where the list was."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(cls(list_widget, cards, holder))
        layout.addWidget(list_widget, 1)
        return holder

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """One row when every control shows its whole text side by side, else one above the other."""
        shown = [combo for combo in (self.sector, self.topic) if not combo.isHidden()]
        search = (
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48
        )  # frame, clear button
        needed = search + sum(natural_width(combo) for combo in shown) + self.row.spacing() * len(shown)
        direction = (
            QBoxLayout.Direction.LeftToRight if self.width() >= needed else QBoxLayout.Direction.TopToBottom
        )
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self.updateGeometry()  # the column above gives the filter its new height

    def _later(self, *_args: object) -> None:
        QTimer.singleShot(0, self.apply)

    def _choices(self, combo: QComboBox, everything: str, values: list[str]) -> None:
        """Refill ``combo`` with ``values`` after an "all" entry, keeping the choice when it still exists."""
        chosen = combo.currentData() or ""
        if [combo.itemData(i) for i in range(1, combo.count())] == values:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def apply(self, *_args: object) -> None:
        cards = list(self.cards())
        self._choices(self.sector, self.tr("All sectors"), inspiration.sectors(cards))
        self._choices(self.topic, self.tr("Every topic"), inspiration.topics(cards))
        self.sector.setVisible(self.sector.count() > 1)
        self.topic.setVisible(self.topic.count() > 1)
        self._reflow()
        sector, topic, query = (
            self.sector.currentData() or "",
            self.topic.currentData() or "",
            self.search.text(),
        )
        for row in range(self.list_widget.count()):
            card = cards[row] if row < len(cards) else None
            fits = card is None or inspiration.matches(card, sector=sector, topic=topic, query=query)
            self.list_widget.setRowHidden(row, not fits)
        self.changed.emit()

    def shown_rows(self) -> list[int]:
        return [row for row in range(self.list_widget.count()) if not self.list_widget.isRowHidden(row)]


def natural_width(combo: QComboBox) -> int:
    """The width ``combo`` needs to show its longest choice whole (its frame and arrow included)."""
    metrics = combo.fontMetrics()
    longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    frame = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(0, metrics.height()), combo
    )
    return longest + frame.width()
