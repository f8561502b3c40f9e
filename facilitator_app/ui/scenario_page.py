"""The scenario map page: the scenarios side by side along the map's axis, like the laminated card.

The built-in map is read-only; "Make your own copy" gives a map that can be edited on the
Edit tab (:mod:`facilitator_app.ui.scenario_editor`). Chooser, status, copy and Edit tab are
the editors' shared shell (:mod:`facilitator_app.ui.editor_shell`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Scenario, ScenarioMap
from ..store import Store
from .editor_shell import ComboChooser, EditorShell, ShellNames, ShellTexts
from .scenario_editor import ScenarioMapEditor
from .widgets import content, label, scroll_area

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
        name = content(label(scenario.name, "sectionTitle", wrap=True))
        name.setObjectName("scenarioName")
        head = QHBoxLayout()
        head.addWidget(number_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(name, 1)
        description = content(label(scenario.description, wrap=True, selectable=True))
        signs_title = label(self.tr("You recognise it by"), "muted")
        signs = content(
            QLabel(
                "<ul style='margin-left:-20px'>"
                + "".join(f"<li>{escape(s)}</li>" for s in scenario.signs)
                + "</ul>"
            )
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
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.map: ScenarioMap | None = None
        self.cards: list[ScenarioCard] = []
        self.title = content(label("", "pageTitle", wrap=True))
        self.title.setObjectName("mapTitle")
        self.intro = content(label("", "muted", wrap=True, selectable=True))
        # For the facilitator only: the printed map is for participants and does not carry it.
        self.replaceable_note = label(
            self.tr(
                "This is a standard map: in your own copy you can change the title, the scenarios and "
                "their order, or use your school's own laminated map instead. This note is not printed."
            ),
            "muted",
            wrap=True,
        )
        self.replaceable_note.setObjectName("replaceableNote")
        self.axis_from = content(label("", "sectionTitle"))
        self.axis_to = content(label("", "sectionTitle"))
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
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 8, 0, 0)
        view_layout.addWidget(self.replaceable_note)
        view_layout.addWidget(self.intro)
        view_layout.addSpacing(6)
        view_layout.addLayout(axis)
        view_layout.addWidget(scroll_area(self.grid_host), 1)

        self.editor = ScenarioMapEditor(store)
        self.editor.saved.connect(self._saved)
        self.editor.message.connect(self.message)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mapTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(view, self.tr("Map"))
        self.tabs.addTab(self.editor, self.tr("Edit"))
        self.shell: EditorShell[ScenarioMap] = EditorShell(
            self,
            store,
            store.scenario_maps,
            ComboChooser(),
            self.tabs,
            ShellTexts(
                title=self.tr("Scenario map"),
                chooser=self.tr("Scenario map"),
                own=self.tr("own map · editable"),
                copy_tip=self.tr("The built-in map cannot be changed; a copy of your own can."),
                copied=self.tr("“%1” is ready: you can edit its scenarios."),
            ),
            ShellNames(chooser="mapChooser", status="mapStatus", copy="copyMapButton", changes="scenarios"),
            show=self.show_map,
            flush=self.editor.flush,
            redraw=self._draw,
        )
        self.shell.message.connect(self.message)
        self.chooser, self.status_chip, self.copy_button = (
            self.shell.chooser,
            self.shell.status_chip,
            self.shell.copy_button,
        )

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.copy_button)
        header.addWidget(self.chooser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        self.shell.reload(select_id)

    def show_map(self, scenario_map: ScenarioMap | None) -> None:
        self.map = scenario_map
        editable = self.shell.present(scenario_map)
        self.editor.set_map(scenario_map if editable else None)
        self._draw(scenario_map)

    def _draw(self, scenario_map: ScenarioMap | None) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        if scenario_map is None:
            self.title.setText(self.tr("No scenario map yet"))
            self.replaceable_note.setVisible(False)
            return
        self.title.setText(scenario_map.title)
        self.intro.setText(scenario_map.intro)
        self.intro.setVisible(bool(scenario_map.intro))
        self.replaceable_note.setVisible(scenario_map.replaceable)
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

    def _saved(self, scenario_map: ScenarioMap) -> None:
        self.map = scenario_map
        self.title.setText(scenario_map.title)
        self.shell.renamed(scenario_map)

    def flush(self) -> None:
        self.editor.flush()
