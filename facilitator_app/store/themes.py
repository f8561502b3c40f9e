"""Themes and their scripts: parts, time boxes and steps."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..core.models import BuiltinInfo, CardRef, Mode, Part, Step, Theme, TimeBox
from .base import Repository, dumps, loads_list, new_id
from .database import now_iso
from .errors import NotFoundError, StoreError

MAX_MINUTES = 240


def builtin_columns(info: BuiltinInfo | None) -> dict[str, Any]:
    if info is None:
        return {"builtin_key": None, "builtin_version": None, "builtin_hash": None}
    return {"builtin_key": info.key, "builtin_version": info.version, "builtin_hash": info.content_hash}


def builtin_from_row(row: dict[str, Any]) -> BuiltinInfo | None:
    if not row.get("builtin_key"):
        return None
    return BuiltinInfo(row["builtin_key"], int(row["builtin_version"]), row["builtin_hash"])


class ThemeRepository(Repository):
    def all(self) -> list[Theme]:
        return [self._build(row) for row in self.rows("SELECT * FROM themes ORDER BY title COLLATE NOCASE")]

    def get(self, id_or_key: str) -> Theme:
        row = self.row("SELECT * FROM themes WHERE id = ? OR key = ?", (id_or_key, id_or_key))
        if row is None:
            raise NotFoundError(f"Thema '{id_or_key}' bestaat niet. Bekijk de thema's met 'themes list'.")
        return self._build(row)

    def save(self, theme: Theme) -> Theme:
        """Insert or replace a theme with its whole script, in one transaction."""
        theme_id = theme.id or new_id()
        with self.atomic() as db:
            db.table("themes").upsert(
                {
                    "id": theme_id,
                    "key": theme.key,
                    "title": theme.title,
                    "summary": theme.summary,
                    "goals": dumps(list(theme.goals)),
                    "preparation": theme.preparation,
                    "materials": dumps(list(theme.materials)),
                    **builtin_columns(theme.builtin),
                    "updated_at": now_iso(),
                },
                pk="id",
            )
            db.execute("DELETE FROM theme_parts WHERE theme_id = ?", [theme_id])
            for p_pos, part in enumerate(theme.parts):
                part_id = part.id or new_id()
                db.table("theme_parts").insert(
                    {
                        "id": part_id,
                        "theme_id": theme_id,
                        "position": p_pos,
                        "title": part.title,
                        "optional": int(part.optional),
                        "intro": part.intro,
                    }
                )
                for b_pos, box in enumerate(part.timeboxes):
                    box_id = box.id or new_id()
                    db.table("timeboxes").insert(
                        {
                            "id": box_id,
                            "part_id": part_id,
                            "position": b_pos,
                            "mode": box.mode.value,
                            "minutes": box.minutes,
                        }
                    )
                    db.table("steps").insert_all(
                        {
                            "id": new_id(),
                            "timebox_id": box_id,
                            "position": s_pos,
                            "number": step.number,
                            "text": step.text,
                            "cards": dumps([str(ref) for ref in step.cards]),
                        }
                        for s_pos, step in enumerate(box.steps)
                    )
        return self.get(theme_id)

    def delete(self, theme_id: str) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM themes WHERE id = ?", [theme_id])

    def copy(self, id_or_key: str, title: str | None = None) -> Theme:
        """An editable copy of a theme and its whole script (the built-in one is read-only)."""
        original = self.get(id_or_key)
        taken = {row["key"] for row in self.rows("SELECT key FROM themes")}
        base = re.sub(r"[^a-z0-9-]+", "-", f"{original.key}-kopie".lower()).strip("-")
        key, counter = base, 2
        while key in taken:
            key, counter = f"{base}-{counter}", counter + 1
        copy = replace(
            original,
            id="",
            key=key,
            title=title or f"{original.title} (eigen kopie)",
            builtin=None,
            parts=tuple(
                replace(part, id="", timeboxes=tuple(replace(box, id="") for box in part.timeboxes))
                for part in original.parts
            ),
        )
        return self.save(copy)

    def update(self, theme: Theme) -> Theme:
        """Save the user's edit of an own theme's script, in one transaction.

        A built-in theme refuses (make a copy first); minutes must be 1 to 240
        and every part needs a title.
        """
        current = self.get(theme.id)
        if current.builtin is not None:
            raise StoreError(
                f"'{current.title}' is een ingebouwd thema en kan niet worden gewijzigd. "
                "Maak een eigen kopie; die kunt u wel bewerken."
            )
        for part in theme.parts:
            if not part.title.strip():
                raise StoreError(f"Deel {part.number} heeft een titel nodig.")
            for box in part.timeboxes:
                if not 1 <= box.minutes <= MAX_MINUTES:
                    raise StoreError(
                        f"Een tijdvak in deel {part.number} duurt {box.minutes} minuten; "
                        f"kies 1 tot {MAX_MINUTES} minuten."
                    )
        return self.save(replace(theme, builtin=None))

    def _build(self, row: dict[str, Any]) -> Theme:
        steps_by_box: dict[str, list[Step]] = {}
        for s in self.rows(
            """SELECT steps.* FROM steps JOIN timeboxes ON steps.timebox_id = timeboxes.id
               JOIN theme_parts ON timeboxes.part_id = theme_parts.id
               WHERE theme_parts.theme_id = ? ORDER BY steps.position""",
            (row["id"],),
        ):
            refs = tuple(CardRef.parse(text) for text in loads_list(s["cards"]))
            steps_by_box.setdefault(s["timebox_id"], []).append(Step(s["number"], s["text"], refs))
        boxes_by_part: dict[str, list[TimeBox]] = {}
        for b in self.rows(
            """SELECT timeboxes.* FROM timeboxes JOIN theme_parts ON timeboxes.part_id = theme_parts.id
               WHERE theme_parts.theme_id = ? ORDER BY timeboxes.position""",
            (row["id"],),
        ):
            boxes_by_part.setdefault(b["part_id"], []).append(
                TimeBox(Mode(b["mode"]), b["minutes"], tuple(steps_by_box.get(b["id"], [])), b["id"])
            )
        parts = tuple(
            Part(
                number=index + 1,
                title=p["title"],
                optional=bool(p["optional"]),
                timeboxes=tuple(boxes_by_part.get(p["id"], [])),
                intro=p["intro"],
                id=p["id"],
            )
            for index, p in enumerate(
                self.rows("SELECT * FROM theme_parts WHERE theme_id = ? ORDER BY position", (row["id"],))
            )
        )
        return Theme(
            key=row["key"],
            title=row["title"],
            summary=row["summary"],
            goals=loads_list(row["goals"]),
            preparation=row["preparation"],
            materials=loads_list(row["materials"]),
            parts=parts,
            id=row["id"],
            builtin=builtin_from_row(row),
        )
