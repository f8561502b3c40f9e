"""The editor of an own scenario map: its title, axis and introduction, and its scenarios (names,
descriptions, signs), reordered with the buttons, Alt+Up/Down or drag and drop, added and deleted,
with undo and redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y in the list). Edits are saved as you type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Scenario, ScenarioMap
from ..store import Store, StoreError
from .drag_reorder import enable_drag_reorder, set_drag_reorder
from .editor_shell import list_action
from .undo import EditorUndo
from .widgets import action_button, label, show_error

EDIT_DELAY_MS = 600


class ScenarioMapEditor(QWidget):
    """Title and scenarios of an own map; every change is saved after a short pause."""

    saved = Signal(object)  # the ScenarioMap as stored
    message = Signal(str)  # a line for the status bar

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioMapEditor")
        self.store = store
        self.map: ScenarioMap | None = None
        self._row = -1
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("mapTitleEdit")
        self.axis_from_edit = QLineEdit()
        self.axis_from_edit.setObjectName("axisFromEdit")
        self.axis_to_edit = QLineEdit()
        self.axis_to_edit.setObjectName("axisToEdit")
        self.intro_edit = QPlainTextEdit()
        self.intro_edit.setObjectName("mapIntroEdit")
        self.intro_edit.setTabChangesFocus(True)
        self.intro_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        map_form = QFormLayout()
        map_form.addRow(self.tr("&Title:"), self.title_edit)
        axis_row = QHBoxLayout()
        axis_row.addWidget(self.axis_from_edit, 1)
        axis_row.addWidget(label("→"))
        axis_row.addWidget(self.axis_to_edit, 1)
        axis_label = QLabel(self.tr("A&xis from → to:"))
        axis_label.setBuddy(self.axis_from_edit)  # a row holding a layout gets no buddy by itself
        map_form.addRow(axis_label, axis_row)
        map_form.addRow(self.tr("I&ntroduction:"), self.intro_edit)
        self.axis_from_edit.setAccessibleName(self.tr("Axis start"))
        self.axis_to_edit.setAccessibleName(self.tr("Axis end"))

        self.scenario_list = QListWidget()
        self.scenario_list.setObjectName("scenarioList")
        self.scenario_list.setAccessibleName(self.tr("Scenarios"))
        self.scenario_list.currentRowChanged.connect(self._row_chosen)
        enable_drag_reorder(self.scenario_list, self.flush, self._scenario_dropped)
        self.add_action = list_action(self, self.tr("&New scenario"), Qt.Key.Key_Insert, self.add_scenario)
        self.delete_action = list_action(
            self,
            self.tr("Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_scenario,
            self.tr("Delete scenario"),
        )
        self.up_action = list_action(
            self, self.tr("▲"), "Alt+Up", lambda: self.move_scenario(-1), self.tr("Move up")
        )
        self.down_action = list_action(
            self, self.tr("▼"), "Alt+Down", lambda: self.move_scenario(1), self.tr("Move down")
        )
        self.scenario_list.addActions([self.add_action, self.delete_action, self.up_action, self.down_action])
        # This map's structural changes, found by scenario id when undone or redone: typed text stays.
        self.history = EditorUndo(
            self.scenario_list,
            Qt.ShortcutContext.WidgetShortcut,
            ("undoScenarioDeleteButton", "redoScenarioButton"),
        )
        self.history.done.connect(self.message)
        self.undo_action, self.redo_action = self.history.undo_action, self.history.redo_action
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for action, name in (
            (self.add_action, "addScenarioButton"),
            (self.up_action, "moveScenarioUpButton"),
            (self.down_action, "moveScenarioDownButton"),
            (self.delete_action, "deleteScenarioButton"),
        ):
            buttons.addWidget(action_button(action, name))
        buttons.addStretch(1)
        self.undo_button, self.redo_button = self.history.undo_button, self.history.redo_button
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.scenario_list, 1)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.history.buttons())

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("scenarioNameEdit")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("scenarioDescriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.signs_edit = QPlainTextEdit()
        self.signs_edit.setObjectName("scenarioSignsEdit")
        self.signs_edit.setTabChangesFocus(True)
        self.signs_edit.setPlaceholderText(self.tr("One sign per line"))
        self.scenario_form = QWidget()
        scenario_form = QFormLayout(self.scenario_form)
        scenario_form.setContentsMargins(0, 0, 0, 0)
        scenario_form.addRow(self.tr("N&ame:"), self.name_edit)
        scenario_form.addRow(self.tr("&Description:"), self.description_edit)
        scenario_form.addRow(self.tr("You &recognise it by:"), self.signs_edit)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_side)
        splitter.addWidget(self.scenario_form)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 600])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(map_form)
        layout.addWidget(label(self.tr("Scenarios, in the order of the map"), "sectionTitle"))
        layout.addWidget(splitter, 1)

        for line in (self.title_edit, self.axis_from_edit, self.axis_to_edit, self.name_edit):
            line.textEdited.connect(self._changed)
            line.editingFinished.connect(self.flush)
        for text in (self.intro_edit, self.description_edit, self.signs_edit):
            text.textChanged.connect(self._changed)
            text.installEventFilter(self)
        self.setTabOrder(self.title_edit, self.axis_from_edit)
        self.setTabOrder(self.axis_from_edit, self.axis_to_edit)
        self.setTabOrder(self.axis_to_edit, self.intro_edit)
        self.setTabOrder(self.intro_edit, self.scenario_list)
        self.setTabOrder(self.scenario_list, self.name_edit)
        self.setTabOrder(self.name_edit, self.description_edit)
        self.setTabOrder(self.description_edit, self.signs_edit)

    # --- showing ------------------------------------------------------------

    def set_map(self, scenario_map: ScenarioMap | None, row: int = 0) -> None:
        self._timer.stop()
        self._pending = False
        self.history.follow(scenario_map.id if scenario_map else "")
        self.map = scenario_map
        self._row = -1
        for line, value in (
            (self.title_edit, scenario_map.title if scenario_map else ""),
            (self.axis_from_edit, scenario_map.axis_from if scenario_map else ""),
            (self.axis_to_edit, scenario_map.axis_to if scenario_map else ""),
        ):
            line.setText(value)
        self.intro_edit.blockSignals(True)
        self.intro_edit.setPlainText(scenario_map.intro if scenario_map else "")
        self.intro_edit.blockSignals(False)
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for scenario in scenario_map.scenarios if scenario_map else ():
            self.scenario_list.addItem(scenario.name)
        self.scenario_list.blockSignals(False)
        set_drag_reorder(self.scenario_list, scenario_map is not None and scenario_map.builtin is None)
        self.scenario_list.setCurrentRow(min(row, self.scenario_list.count() - 1))
        self._row_chosen(self.scenario_list.currentRow())

    def _row_chosen(self, row: int) -> None:
        self.flush()
        self._row = row
        scenario = self.map.scenarios[row] if self.map and 0 <= row < len(self.map.scenarios) else None
        self.scenario_form.setEnabled(scenario is not None)
        self.name_edit.setText(scenario.name if scenario else "")
        for edit, value in (
            (self.description_edit, scenario.description if scenario else ""),
            (self.signs_edit, "\n".join(scenario.signs) if scenario else ""),
        ):
            edit.blockSignals(True)
            edit.setPlainText(value)
            edit.blockSignals(False)

    # --- saving -------------------------------------------------------------

    def current(self) -> ScenarioMap | None:
        """The map with what is typed right now."""
        if self.map is None:
            return None
        scenarios = list(self.map.scenarios)
        if 0 <= self._row < len(scenarios):
            signs = tuple(line.strip() for line in self.signs_edit.toPlainText().splitlines() if line.strip())
            scenarios[self._row] = replace(
                scenarios[self._row],
                name=self.name_edit.text().strip() or scenarios[self._row].name,
                description=self.description_edit.toPlainText().strip(),
                signs=signs,
            )
        return replace(
            self.map,
            title=self.title_edit.text().strip() or self.map.title,
            axis_from=self.axis_from_edit.text().strip(),
            axis_to=self.axis_to_edit.text().strip(),
            intro=self.intro_edit.toPlainText().strip(),
            scenarios=tuple(scenarios),
        )

    def _changed(self) -> None:
        if self.map is not None:
            self._pending = True
            self._timer.start()

    def flush(self) -> bool:
        """Save a pending edit now; False when it could not be saved."""
        self._timer.stop()
        edited = self.current()
        if not self._pending or edited is None:
            return True
        self._pending = False
        return self._store(edited) is not None

    def _store(self, edited: ScenarioMap) -> ScenarioMap | None:
        try:
            saved = self.store.scenario_maps.update(edited)
        except StoreError as error:
            show_error(self, self.tr("Scenario map not saved"), error)
            return None
        return self._show_saved(saved)

    def _show_saved(self, saved: ScenarioMap) -> ScenarioMap:
        self.map = saved
        for row, scenario in enumerate(saved.scenarios):
            item = self.scenario_list.item(row)
            if item is not None and item.text() != scenario.name:
                item.setText(scenario.name)
        self.history.refresh()  # the tooltip names a scenario by its name as stored now
        self.saved.emit(saved)
        return saved

    def _restructure(self, edit: Callable[[str], tuple[ScenarioMap, int]]) -> bool:
        """Make one store edit of the map's scenarios (given the map id, it returns the map and row to show)."""
        self.flush()
        if self.map is None:
            return False
        try:
            saved, row = edit(self.map.id)
        except StoreError as error:
            show_error(self, self.tr("Scenario map not saved"), error)
            return False
        self.set_map(self._show_saved(saved), row)
        self.scenario_list.setFocus()
        return True

    # --- scenario actions ---------------------------------------------------

    def add_scenario(self) -> None:
        self.flush()
        if self.map is None:
            return
        maps = self.store.scenario_maps
        current = self.scenario_list.currentRow()
        name = self.tr("New scenario")
        if self._restructure(
            lambda map_id: maps.add_scenario(map_id, name, current if current >= 0 else None)
        ):
            row = self.scenario_list.currentRow()
            self._remember_presence(self.tr("adding of “%1”"), self.map.scenarios[row], row, added=True)
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def delete_scenario(self) -> None:
        self.flush()
        row = self.scenario_list.currentRow()
        if self.map is None or not 0 <= row < len(self.map.scenarios):
            return
        maps = self.store.scenario_maps
        gone = self.map.scenarios[row]
        if self._restructure(lambda map_id: (maps.delete_scenario(map_id, row), max(0, row - 1))):
            self._remember_presence(self.tr("delete of “%1”"), gone, row, added=False)

    def move_scenario(self, delta: int) -> None:
        self.flush()
        row = self.scenario_list.currentRow()
        if self.map is None or not 0 <= row < len(self.map.scenarios):
            return
        maps = self.store.scenario_maps
        if self._restructure(lambda map_id: maps.move_scenario(map_id, row, row + delta)):
            at = self.scenario_list.currentRow()
            if at != row:  # the first one up or the last one down stays: nothing to undo
                self._remember_move(self.map.scenarios[at], row, at)

    def _scenario_dropped(self, row: int, target: int) -> None:
        """A scenario dragged to another place: stored like Alt+Up/Down, then the list shows the stored order."""
        error: StoreError | None = None
        if self.map is not None and 0 <= row < len(self.map.scenarios) and target != row:
            try:
                self.map, at = self.store.scenario_maps.move_scenario(self.map.id, row, target)
            except StoreError as refused:
                error = refused
            else:
                origin, row = row, at
                self._row = row  # the current item went along with the drag
                self._remember_move(self.map.scenarios[row], origin, row)
                self.saved.emit(self.map)
        # Rebuilt once Qt has finished the drop: the view must not be cleared inside its own drop handling.
        QTimer.singleShot(0, self, lambda: self._after_drop(row, error))

    def _after_drop(self, row: int, error: StoreError | None) -> None:
        if error is not None:
            show_error(self, self.tr("Scenario map not saved"), error)
        self.set_map(self.map, row)
        self.scenario_list.setFocus()

    # --- undo and redo --------------------------------------------------------

    def _row_of(self, scenario_id: str) -> int:
        scenarios = self.map.scenarios if self.map else ()
        return next((row for row, scenario in enumerate(scenarios) if scenario.id == scenario_id), -1)

    def _name_of(self, scenario: Scenario) -> str:
        row = self._row_of(scenario.id)
        return self.map.scenarios[row].name if self.map and row >= 0 else scenario.name

    def _on_scenario(
        self, scenario_id: str, edit: Callable[[ScenarioMap, int], tuple[ScenarioMap, int]]
    ) -> Callable[[], bool]:
        """An undo or redo: a store edit given the map as stored then (typed text saved first) and the
        row of ``scenario_id`` (-1 when it is not there); it returns the map and the row to show."""
        map_id = self.map.id if self.map else ""

        def run() -> bool:
            if not self.flush() or self.map is None or self.map.id != map_id:
                return False
            shown, at = self.map, self._row_of(scenario_id)
            return self._restructure(lambda _map_id: edit(shown, at))

        return run

    def _remember_presence(self, what: str, scenario: Scenario, row: int, *, added: bool) -> None:
        """An add or a delete of ``scenario`` at ``row``: undo and redo take only that scenario away or
        put it back (same id, so outcomes still point at it), from and to where it stood."""
        maps = self.store.scenario_maps
        kept = [(scenario, row)]

        def put_back(scenario_map: ScenarioMap, at: int) -> tuple[ScenarioMap, int]:
            if at >= 0:
                return scenario_map, at  # it is there already
            return maps.insert_scenario(scenario_map.id, kept[0][1], kept[0][0])

        def take_away(scenario_map: ScenarioMap, at: int) -> tuple[ScenarioMap, int]:
            if at < 0:
                return scenario_map, self.scenario_list.currentRow()  # gone already: nothing to take away
            kept[0] = (scenario_map.scenarios[at], at)  # as it is now, typed text included
            return maps.delete_scenario(scenario_map.id, at), max(0, at - 1)

        def describe() -> str:
            return what.replace("%1", self._name_of(kept[0][0]))

        there = self._on_scenario(scenario.id, put_back)
        gone = self._on_scenario(scenario.id, take_away)
        self.history.push(describe, there if added else gone, gone if added else there)

    def _remember_move(self, scenario: Scenario, origin: int, target: int) -> None:
        """A move: undo and redo move only that scenario, from where it is then, with its text as it is."""
        what = self.tr("move of “%1”")

        def to(row: int) -> Callable[[], bool]:
            def move(scenario_map: ScenarioMap, at: int) -> tuple[ScenarioMap, int]:
                if at < 0:
                    return scenario_map, self.scenario_list.currentRow()
                return self.store.scenario_maps.move_scenario(scenario_map.id, at, row)

            return self._on_scenario(scenario.id, move)

        self.history.push(lambda: what.replace("%1", self._name_of(scenario)), to(target), to(origin))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
