"""Bring the built-in content of ``cards/`` into the database.

First start: everything is inserted. A later app version with a higher
``version`` in a file refreshes the stored copy only when the user has not
changed it (its fingerprint still equals the one recorded at load time); a
changed copy is left alone and reported. Built-ins the user deleted (the demo
school) are not brought back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from ..core.cardfiles import fingerprint
from ..core.models import BuiltinInfo, Catalogue, Deck, ScenarioMap, Theme
from .base import now_iso
from .content_base import ContentRepository
from .decks import DeckRepository
from .roles import RoleRepository
from .scenarios import ScenarioMapRepository
from .schools import SchoolRepository
from .themes import ThemeRepository

Builtin = Theme | Deck | ScenarioMap


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept_user_edits: list[str] = field(default_factory=list)


class BuiltinSync:
    def __init__(
        self,
        db: Database,
        themes: ThemeRepository,
        decks: DeckRepository,
        maps: ScenarioMapRepository,
        roles: RoleRepository,
        schools: SchoolRepository,
    ) -> None:
        self.db = db
        self.themes = themes
        self.decks = decks
        self.maps = maps
        self.roles = roles
        self.schools = schools

    def run(self, catalogue: Catalogue) -> SyncReport:
        report = SyncReport()
        with self.themes.atomic():
            content: list[tuple[str, ContentRepository[Any], tuple[Builtin, ...]]] = [
                ("theme", self.themes, catalogue.themes),
                ("deck", self.decks, catalogue.decks),
                ("scenario_map", self.maps, catalogue.scenario_maps),
            ]
            for kind, repository, items in content:
                for item in items:
                    self._sync(kind, item, repository, report)
            if catalogue.roles and not self._loaded("roles", "rollen"):
                self.roles.replace_all(list(catalogue.roles))
                self._record("roles", "rollen", 1)
                report.added.append("rollen")
            for school in catalogue.schools:
                key = school.name
                if not self._loaded("school", key):
                    self.schools.add(school)
                    self._record("school", key, 1)
                    report.added.append(school.name)
        return report

    def _sync(self, kind: str, item: Builtin, repository: ContentRepository[Any], report: SyncReport) -> None:
        assert item.builtin is not None
        info: BuiltinInfo = item.builtin
        stored = repository.stored_builtin(info.key)
        if stored is None:
            if not self._loaded(kind, info.key):
                repository.save(item)
                self._record(kind, info.key, info.version)
                report.added.append(item.title)
            return
        assert stored.builtin is not None
        if stored.builtin.version >= info.version:
            return
        if fingerprint(stored) != stored.builtin.content_hash:
            report.kept_user_edits.append(stored.title)
            return
        repository.save(replace(item, id=stored.id))
        self._record(kind, info.key, info.version)
        report.updated.append(item.title)

    def _loaded(self, kind: str, key: str) -> bool:
        return bool(
            self.themes.row("SELECT 1 AS x FROM builtin_loads WHERE kind = ? AND key = ?", (kind, key))
        )

    def _record(self, kind: str, key: str, version: int) -> None:
        self.db.table("builtin_loads").upsert(
            {"kind": kind, "key": key, "version": version, "loaded_at": now_iso()}, pk=("kind", "key")
        )
