"""The rules of editing an own scenario map's scenarios: add, move, delete, put back.

Pure functions on :class:`ScenarioMap`, by 0-based position as the editor
lists them. A scenario keeps its id through every edit (a session's outcome
points at it), so a deleted one put back is the same scenario.
"""

from __future__ import annotations

from dataclasses import replace

from . import list_edits as lists
from .edit_errors import EditCode, InvalidEditError, MissingItemError, ShapeError
from .models import Scenario, ScenarioMap


def scenario_at(scenario_map: ScenarioMap, index: int) -> Scenario:
    if not 0 <= index < len(scenario_map.scenarios):
        raise MissingItemError(EditCode.NO_SUCH_SCENARIO, scenario_number=index + 1)
    return scenario_map.scenarios[index]


def new_scenario(scenario_map: ScenarioMap, name: str, description: str = "") -> Scenario:
    """A fresh scenario for ``scenario_map`` with a key no other scenario of the map has."""
    taken = {scenario.key for scenario in scenario_map.scenarios}
    return Scenario(key=lists.free_key("scenario", taken), name=name, description=description, signs=())


def add_scenario(scenario_map: ScenarioMap, name: str, after: int | None = None) -> tuple[ScenarioMap, int]:
    """A new scenario called ``name`` after position ``after`` (at the end when None)."""
    at = lists.position_after(len(scenario_map.scenarios), after)
    scenarios = lists.inserted(scenario_map.scenarios, at, new_scenario(scenario_map, name))
    return replace(scenario_map, scenarios=scenarios), at


def insert_scenario(scenario_map: ScenarioMap, index: int, scenario: Scenario) -> tuple[ScenarioMap, int]:
    """``scenario`` back at ``index`` (clamped), as undo of a delete; a key taken meanwhile gets a suffix."""
    at = max(0, min(index, len(scenario_map.scenarios)))
    taken = {other.key for other in scenario_map.scenarios}
    back = (
        scenario if scenario.key not in taken else replace(scenario, key=lists.free_key(scenario.key, taken))
    )
    return replace(scenario_map, scenarios=lists.inserted(scenario_map.scenarios, at, back)), at


def move_scenario(scenario_map: ScenarioMap, index: int, target: int) -> tuple[ScenarioMap, int]:
    """The scenario at ``index`` moved to ``target`` (clamped); returns the map and where it landed."""
    scenario_at(scenario_map, index)
    scenarios, at = lists.moved(scenario_map.scenarios, index, target)
    return replace(scenario_map, scenarios=scenarios), at


def delete_scenario(scenario_map: ScenarioMap, index: int) -> ScenarioMap:
    scenario_at(scenario_map, index)
    return replace(scenario_map, scenarios=lists.removed(scenario_map.scenarios, index))


def check_scenario_map(scenario_map: ScenarioMap) -> None:
    """A map needs a scenario, and each scenario its own key."""
    if not scenario_map.scenarios:
        raise ShapeError(EditCode.NO_SCENARIOS)
    keys = [scenario.key for scenario in scenario_map.scenarios]
    if len(set(keys)) != len(keys):
        raise InvalidEditError(EditCode.DUPLICATE_SCENARIO_KEY)


def own_copy(scenario_map: ScenarioMap, key: str, title: str) -> ScenarioMap:
    """An editable copy: no provenance; the scenarios get new ids (outcomes stay with the original)."""
    return replace(
        scenario_map,
        id="",
        key=key,
        title=title,
        builtin=None,
        scenarios=tuple(replace(scenario, id="") for scenario in scenario_map.scenarios),
    )
