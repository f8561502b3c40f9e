"""The scenario map page: the scenarios side by side along the map's axis, like the laminated card."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Scenario, ScenarioMap
from ..store import Store, StoreError
from .widgets import label, scroll_area, show_error

COLUMNS = 4


class AxisArrow(QWidget):
    """A horizontal arrow that grows stronger towards its head, in the palette's highlight colour."""

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        faint = QColor(accent)
        faint.setAlphaF(0.25)
        rect = QRectF(self.rect())
        mid = rect.center().y()
        head = rect.height() * 0.45
        gradient = QLinearGradient(rect.left(), mid, rect.right(), mid)
        gradient.setColorAt(0.0, faint)
        gradient.setColorAt(1.0, accent)
        pen = QPen(gradient, max(2.0, rect.height() * 0.18))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left() + 4, mid), QPointF(rect.right() - head, mid))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(rect.right() - 1, mid),
                    QPointF(rect.right() - head * 1.6, mid - head),
                    QPointF(rect.right() - head * 1.6, mid + head),
                ]
            )
        )


class ScenarioCard(QFrame):
    def __init__(
        self, number: int, scenario: Scenario, strength: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.setObjectName("scenarioCard")
        self.setProperty("role", "scenario")
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        # The top edge deepens from left to right, so the order reads at a glance.
        self.setStyleSheet(
            f"QFrame#scenarioCard {{ border-top: 5px solid rgba({accent.red()}, {accent.green()}, "
            f"{accent.blue()}, {strength:.2f}); }}"
        )
        number_label = label(str(number), "minutes")
        name = label(scenario.name, "sectionTitle", wrap=True)
        name.setObjectName("scenarioName")
        head = QHBoxLayout()
        head.addWidget(number_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(name, 1)
        description = label(scenario.description, wrap=True, selectable=True)
        signs_title = label(self.tr("You recognise it by"), "muted")
        signs = QLabel(
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li>{escape(s)}</li>" for s in scenario.signs)
            + "</ul>"
        )
        signs.setTextFormat(Qt.TextFormat.RichText)
        signs.setWordWrap(True)
        signs.setObjectName("scenarioSigns")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(head)
        layout.addWidget(description)
        layout.addSpacing(4)
        if scenario.signs:
            layout.addWidget(signs_title)
            layout.addWidget(signs)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)


class ScenarioPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.cards: list[ScenarioCard] = []
        self.title = label("", "pageTitle", wrap=True)
        self.title.setObjectName("mapTitle")
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Scenario map"))
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.intro = label("", "muted", wrap=True, selectable=True)
        self.axis_from = label("", "sectionTitle")
        self.axis_to = label("", "sectionTitle")
        self.axis_from.setObjectName("axisFrom")
        self.axis_to.setObjectName("axisTo")
        axis = QHBoxLayout()
        axis.addWidget(self.axis_from)
        axis.addWidget(AxisArrow(), 1)
        axis.addWidget(self.axis_to)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.chooser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.addLayout(header)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(axis)
        layout.addWidget(scroll_area(self.grid_host), 1)
        self.reload()

    def reload(self) -> None:
        try:
            maps = self.store.scenario_maps.all()
        except StoreError as error:
            show_error(self, self.tr("Scenario map"), error)
            return
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for scenario_map in maps:
            self.chooser.addItem(scenario_map.title, scenario_map.id)
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(maps) > 1)
        self.show_map(maps[0] if maps else None)

    def _chosen(self, index: int) -> None:
        try:
            self.show_map(self.store.scenario_maps.get(self.chooser.itemData(index)))
        except StoreError as error:
            show_error(self, self.tr("Scenario map"), error)

    def show_map(self, scenario_map: ScenarioMap | None) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        if scenario_map is None:
            self.title.setText(self.tr("No scenario map yet"))
            return
        self.title.setText(scenario_map.title)
        self.intro.setText(scenario_map.intro)
        self.intro.setVisible(bool(scenario_map.intro))
        self.axis_from.setText(scenario_map.axis_from)
        self.axis_to.setText(scenario_map.axis_to)
        count = len(scenario_map.scenarios)
        for index, scenario in enumerate(scenario_map.scenarios):
            strength = 0.3 + 0.7 * (index / max(count - 1, 1))
            card = ScenarioCard(index + 1, scenario, strength)
            self.cards.append(card)
            self.grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(max(count - 1, 0) // COLUMNS + 1, 1)  # cards keep their own height
