"""The scenario map as large toggle buttons: the part-3 board's choice and the presenter's copy of it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QGridLayout, QPushButton, QVBoxLayout, QWidget

from ...core.models import ScenarioMap
from ..widgets import content, label

BUTTON_STYLE = (
    "QPushButton { text-align: left; padding: 6px 10px; border-radius: 8px;"
    " border: 1px solid rgba(128,128,128,0.45); }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: 700; border: 2px solid palette(highlight); }"
)
# The presenter's dark room palette (see presenter.py): the chosen scenario is the one
# light block on the wall, readable from the back row; last time's is outlined.
PROJECTOR_BUTTON_STYLE = (
    "QPushButton { text-align: left; padding: 0.45em 0.8em; border-radius: 12px;"
    " background: #2A2F39; color: #C9CED8; border: 2px solid #3A404C; }"
    'QPushButton[previous="true"] { border: 3px dashed #A9B0BC; }'
    "QPushButton:checked { background: #F4F1EA; color: #1F232B; font-weight: 700;"
    " border: 3px solid #F2B84B; }"
)


class ScenarioPicker(QWidget):
    """The scenarios of the map side by side as large toggle buttons; the chosen one is filled.

    With ``projector`` it is the room's read-only copy of the map (the presenter
    screen): dark, large, not clickable, and the previous position marked.
    """

    chosen = Signal(str)  # scenario id, when the user clicks one
    current_changed = Signal(str)  # scenario id ("" for none), however it changed

    def __init__(self, parent: QWidget | None = None, *, projector: bool = False) -> None:
        super().__init__(parent)
        self.projector = projector
        self.previous_id = ""
        self._previous_caption = ""
        self._names: dict[str, str] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self.title = content(label("", "sectionTitle", wrap=True))
        self.axis = content(label("", "muted", wrap=True))
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.description = content(label("", wrap=True, selectable=True))
        self.description.setObjectName("scenarioDescription")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.axis)
        layout.addLayout(self.grid)
        layout.addWidget(self.description)
        self.group.buttonClicked.connect(self._clicked)
        self.group.buttonToggled.connect(self._toggled)

    def set_map(self, scenario_map: ScenarioMap | None) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        if scenario_map is None:
            self.title.setText(self.tr("No scenario map in the store."))
            self.axis.hide()
            return
        self.title.setText(scenario_map.title)
        self.axis.setText(f"{scenario_map.axis_from}  →  {scenario_map.axis_to}")
        self.axis.setVisible(bool(scenario_map.axis_from or scenario_map.axis_to))
        count = len(scenario_map.scenarios)
        columns = 2 if count > 4 else 1
        self._names = {}
        for index, scenario in enumerate(scenario_map.scenarios):
            button = content(QPushButton(f"{index + 1}. {scenario.name}"))
            button.setObjectName(f"scenario_{scenario.key}")
            button.setCheckable(True)
            button.setToolTip(scenario.description)
            button.setAccessibleName(scenario.name)
            button.setAccessibleDescription(scenario.description)
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
            button.setStyleSheet(PROJECTOR_BUTTON_STYLE if self.projector else BUTTON_STYLE)
            button.setProperty("scenarioId", scenario.id)
            if self.projector:
                # Only the facilitator's board chooses; the room's copy just shows.
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            self.group.addButton(button)
            self.grid.addWidget(button, index // columns if columns > 1 else index, index % columns)
            self.buttons[scenario.id] = button
            self._names[scenario.id] = button.text()
        if not self.projector:
            # Wide enough for the longest name: the map is what the group points at.
            widest = max((b.sizeHint().width() for b in self.buttons.values()), default=0)
            self.setMinimumWidth(min(widest * columns + 8, self.fontMetrics().averageCharWidth() * 60))
        self._descriptions = {s.id: s.description for s in scenario_map.scenarios}
        self.mark_previous(self.previous_id, self._previous_caption)
        self._describe()

    def mark_previous(self, scenario_id: str, caption: str) -> None:
        """Mark where the school stood last time (a dashed outline and ``caption`` under the name)."""
        self.previous_id, self._previous_caption = scenario_id, caption
        for sid, button in self.buttons.items():
            previous = sid == scenario_id
            button.setText(self._names[sid] + (f"\n{caption}" if previous and caption else ""))
            if bool(button.property("previous")) != previous:
                button.setProperty("previous", previous)
                button.style().unpolish(button)
                button.style().polish(button)

    def _describe(self) -> None:
        self.description.setText(getattr(self, "_descriptions", {}).get(self.current(), ""))

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        self._describe()
        if on:
            self.current_changed.emit(self.current())

    def _clicked(self, button: QAbstractButton) -> None:
        self.chosen.emit(str(button.property("scenarioId")))

    def current(self) -> str:
        button = self.group.checkedButton()
        return "" if button is None else str(button.property("scenarioId"))

    def set_current(self, scenario_id: str) -> None:
        button = self.buttons.get(scenario_id)
        if button is not None:
            button.setChecked(True)
        else:
            # An exclusive group cannot uncheck its last button by itself.
            had = self.current()
            self.group.setExclusive(False)
            for other in self.buttons.values():
                other.setChecked(False)
            self.group.setExclusive(True)
            if had:
                self.current_changed.emit("")

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked or button.isChecked())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus if locked else Qt.FocusPolicy.StrongFocus)
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, locked)
