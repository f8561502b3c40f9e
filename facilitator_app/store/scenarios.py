"""Scenario maps and their scenarios; scenario ids survive edits (outcomes point at them)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..core.models import Scenario, ScenarioMap
from . import limits
from .base import Repository, dumps, loads_list, new_id
from .database import now_iso
from .errors import NotFoundError, StoreError
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

    def copy(self, id_or_key: str, title: str | None = None) -> ScenarioMap:
        """An editable copy of a map (the built-in one is read-only); scenarios get new ids."""
        original = self.get(id_or_key)
        taken = {row["key"] for row in self.rows("SELECT key FROM scenario_maps")}
        copy = replace(
            original,
            id="",
            key=free_key(f"{original.key}-kopie", taken),
            title=title or f"{original.title} (eigen kopie)",
            builtin=None,
            scenarios=tuple(replace(scenario, id="") for scenario in original.scenarios),
        )
        return self.save(copy)

    def update(self, scenario_map: ScenarioMap) -> ScenarioMap:
        """Save the user's edit of an own map; a built-in map refuses (make a copy first)."""
        current = self.get(scenario_map.id)
        if current.builtin is not None:
            raise StoreError(
                f"'{current.title}' is de ingebouwde scenariokaart en kan niet worden gewijzigd. "
                "Maak een eigen kopie; die kun je wel bewerken."
            )
        if not scenario_map.scenarios:
            raise StoreError("Een scenariokaart heeft minstens één scenario nodig.")
        _check_lengths(scenario_map)
        keys = [scenario.key for scenario in scenario_map.scenarios]
        if len(set(keys)) != len(keys):
            raise StoreError("Twee scenario's hebben dezelfde sleutel; dat kan niet.")
        return self.save(replace(scenario_map, builtin=None))

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


def free_key(base: str, taken: set[str]) -> str:
    """``base`` made into a key (lowercase, digits, hyphens) that is not in ``taken``."""
    base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-") or "kaart"
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}-{counter}", counter + 1
    return key


def new_scenario(scenario_map: ScenarioMap, name: str, description: str = "") -> Scenario:
    """A fresh scenario for ``scenario_map`` with a key no other scenario of the map has."""
    taken = {scenario.key for scenario in scenario_map.scenarios}
    return Scenario(key=free_key("scenario", taken), name=name, description=description, signs=())


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
