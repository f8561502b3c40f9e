"""Scenario maps and their scenarios; scenario ids survive edits (outcomes point at them).

The editing rules are :mod:`..core.scenario_edits`; this repository loads a
map, applies one, checks and saves it in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from ..core import scenario_edits as edits
from ..core.edit_errors import ContentKind
from ..core.models import Scenario, ScenarioMap
from ..core.scenario_edits import new_scenario
from . import limits
from .base import dumps, loads_list, new_id, now_iso
from .content_base import ContentRepository, builtin_columns, builtin_from_row
from .errors import NotFoundError

# Re-exported for the tests that made scenarios through the store before the rule moved to core.
__all__ = ["ScenarioMapRepository", "new_scenario"]


class ScenarioMapRepository(ContentRepository[ScenarioMap]):
    table: ClassVar[str] = "scenario_maps"
    kind: ClassVar[ContentKind] = ContentKind.SCENARIO_MAP

    def all(self) -> list[ScenarioMap]:
        return [
            self._build(row) for row in self.rows("SELECT * FROM scenario_maps ORDER BY title COLLATE NOCASE")
        ]

    def get(self, id_or_key: str) -> ScenarioMap:
        row = self.row("SELECT * FROM scenario_maps WHERE id = ? OR key = ?", (id_or_key, id_or_key))
        if row is None:
            raise NotFoundError(f"Scenariokaart '{id_or_key}' bestaat niet.")
        return self._build(row)

    def save(self, scenario_map: ScenarioMap) -> ScenarioMap:
        map_id = scenario_map.id or new_id()
        with self.atomic() as db:
            existing = {
                row["key"]: row["id"]
                for row in db.query("SELECT key, id FROM scenarios WHERE map_id = ?", [map_id])
            }
            db.table("scenario_maps").upsert(
                {
                    "id": map_id,
                    "key": scenario_map.key,
                    "title": scenario_map.title,
                    "intro": scenario_map.intro,
                    "axis_from": scenario_map.axis_from,
                    "axis_to": scenario_map.axis_to,
                    "replaceable": int(scenario_map.replaceable),
                    "version": scenario_map.version,
                    **builtin_columns(scenario_map.builtin),
                    "updated_at": now_iso(),
                },
                pk="id",
            )
            db.execute("DELETE FROM scenarios WHERE map_id = ?", [map_id])
            db.table("scenarios").insert_all(
                {
                    "id": scenario.id or existing.get(scenario.key) or new_id(),
                    "map_id": map_id,
                    "position": position,
                    "key": scenario.key,
                    "name": scenario.name,
                    "description": scenario.description,
                    "signs": dumps(list(scenario.signs)),
                }
                for position, scenario in enumerate(scenario_map.scenarios)
            )
        return self.get(map_id)

    def update(self, scenario_map: ScenarioMap) -> ScenarioMap:
        """Save the user's edit of an own map; a built-in map refuses (make a copy first)."""
        return self._replace(scenario_map)

    # --- scenario edits of an own map (by position; each one transaction) ---

    def add_scenario(self, map_id: str, name: str, after: int | None = None) -> tuple[ScenarioMap, int]:
        """A new scenario called ``name`` after position ``after`` (at the end when None)."""
        return self._edit(map_id, lambda scenario_map: edits.add_scenario(scenario_map, name, after))

    def insert_scenario(self, map_id: str, index: int, scenario: Scenario) -> tuple[ScenarioMap, int]:
        """Put a deleted ``scenario`` back at ``index`` (clamped), with its id: outcomes point at it again."""
        return self._edit(map_id, lambda scenario_map: edits.insert_scenario(scenario_map, index, scenario))

    def move_scenario(self, map_id: str, index: int, target: int) -> tuple[ScenarioMap, int]:
        """Move the scenario at ``index`` to ``target`` (clamped); returns the map and where it landed."""
        return self._edit(map_id, lambda scenario_map: edits.move_scenario(scenario_map, index, target))

    def delete_scenario(self, map_id: str, index: int) -> ScenarioMap:
        """Remove the scenario at ``index``; the last one refuses (a map needs a scenario)."""
        return self._edit(map_id, lambda scenario_map: (edits.delete_scenario(scenario_map, index), None))[0]

    def _own_copy(self, item: ScenarioMap, key: str, title: str) -> ScenarioMap:
        return edits.own_copy(item, key, title)

    def _checked(self, item: ScenarioMap) -> ScenarioMap:
        _check_lengths(item)
        edits.check_scenario_map(item)
        return replace(item, builtin=None)

    def delete(self, map_id: str) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM scenario_maps WHERE id = ? AND builtin_key IS NULL", [map_id])

    def _build(self, row: dict[str, Any]) -> ScenarioMap:
        scenarios = tuple(
            Scenario(s["key"], s["name"], s["description"], loads_list(s["signs"]), s["id"])
            for s in self.rows("SELECT * FROM scenarios WHERE map_id = ? ORDER BY position", (row["id"],))
        )
        return ScenarioMap(
            key=row["key"],
            title=row["title"],
            scenarios=scenarios,
            intro=row["intro"],
            axis_from=row["axis_from"],
            axis_to=row["axis_to"],
            replaceable=bool(row["replaceable"]),
            version=row["version"],
            id=row["id"],
            builtin=builtin_from_row(row),
        )


def _check_lengths(scenario_map: ScenarioMap) -> None:
    limits.check_length(scenario_map.title, "De titel van de scenariokaart", limits.TITLE)
    limits.check_length(scenario_map.intro, "De inleiding van de scenariokaart")
    for end in (scenario_map.axis_from, scenario_map.axis_to):
        limits.check_length(end, "Een kant van de as", limits.TITLE)
    limits.check_count(tuple(s.name for s in scenario_map.scenarios), "scenario's", "een kaart", 12)
    for number, scenario in enumerate(scenario_map.scenarios, start=1):
        limits.check_length(scenario.name, f"De naam van scenario {number}", limits.TITLE)
        limits.check_length(scenario.description, f"De beschrijving van scenario {number}")
        limits.check_count(scenario.signs, "kenmerken", f"scenario {number}")
        for sign in scenario.signs:
            limits.check_length(sign, f"Een kenmerk van scenario {number}", limits.LINE)
