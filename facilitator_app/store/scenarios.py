"""Scenario maps and their scenarios; scenario ids survive edits (outcomes point at them)."""

from __future__ import annotations

from typing import Any

from ..core.models import Scenario, ScenarioMap
from .base import Repository, dumps, loads_list, new_id
from .database import now_iso
from .errors import NotFoundError
from .themes import builtin_columns, builtin_from_row


class ScenarioMapRepository(Repository):
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
