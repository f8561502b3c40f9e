"""Themes and their scripts: parts, time boxes and steps.

The editing rules are :mod:`..core.script_edits`; this repository loads a
theme, applies one, checks and saves it in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from ..core import script_edits as edits
from ..core.edit_errors import MAX_MINUTES, MAX_STEP_NUMBER, ContentKind
from ..core.models import CardRef, Mode, Part, Step, Theme, TimeBox
from ..core.script_edits import NEW_PART_TITLE, NEW_STEP_TEXT
from . import limits
from .base import dumps, loads_list, new_id, now_iso
from .content_base import ContentRepository, builtin_columns, builtin_from_row
from .content_base import ContentShapeError as ScriptShapeError  # the name the script editor knows
from .errors import NotFoundError

# Re-exported for the script editor and its tests, which knew them here.
__all__ = [
    "MAX_MINUTES",
    "MAX_STEP_NUMBER",
    "NEW_PART_TITLE",
    "NEW_STEP_TEXT",
    "ScriptShapeError",
    "ThemeRepository",
]


class ThemeRepository(ContentRepository[Theme]):
    table: ClassVar[str] = "themes"
    kind: ClassVar[ContentKind] = ContentKind.THEME

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
                        "note": part.note,
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
                            "note": step.note,
                        }
                        for s_pos, step in enumerate(box.steps)
                    )
        return self.get(theme_id)

    def delete(self, theme_id: str) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM themes WHERE id = ?", [theme_id])

    def update(self, theme: Theme) -> Theme:
        """Save the user's edit of an own theme (script, goals, materials, summary), in one transaction.

        A built-in theme refuses (make a copy first); minutes must be 1 to 240
        and every part needs a title and a time box.
        """
        return self._replace(theme)

    # --- structural edits of an own theme's script ------------------------------
    #
    # Parts, time boxes and steps are addressed by position (0-based), as the
    # editor shows them; each edit is a rule of core.script_edits, applied,
    # checked and saved in one transaction. They return the stored theme (with
    # the new position where one moved or was added).

    def add_part(self, theme_id: str, after: int | None = None) -> tuple[Theme, int]:
        return self._edit(theme_id, lambda theme: edits.add_part(theme, after))

    def add_timebox(self, theme_id: str, part: int, after: int | None = None) -> tuple[Theme, int]:
        return self._edit(theme_id, lambda theme: edits.add_timebox(theme, part, after))

    def add_step(self, theme_id: str, part: int, box: int, after: int | None = None) -> tuple[Theme, int]:
        return self._edit(theme_id, lambda theme: edits.add_step(theme, part, box, after))

    def move_part(self, theme_id: str, index: int, delta: int) -> tuple[Theme, int]:
        return self._edit(theme_id, lambda theme: edits.move_part(theme, index, delta))

    def move_timebox(self, theme_id: str, part: int, index: int, delta: int) -> tuple[Theme, int]:
        return self._edit(theme_id, lambda theme: edits.move_timebox(theme, part, index, delta))

    def move_step(self, theme_id: str, part: int, box: int, index: int, delta: int) -> tuple[Theme, int]:
        return self._edit(theme_id, lambda theme: edits.move_step(theme, part, box, index, delta))

    def delete_part(self, theme_id: str, index: int) -> Theme:
        return self._edit(theme_id, lambda theme: (edits.delete_part(theme, index), None))[0]

    def delete_timebox(self, theme_id: str, part: int, index: int) -> Theme:
        return self._edit(theme_id, lambda theme: (edits.delete_timebox(theme, part, index), None))[0]

    def delete_step(self, theme_id: str, part: int, box: int, index: int) -> Theme:
        return self._edit(theme_id, lambda theme: (edits.delete_step(theme, part, box, index), None))[0]

    def insert_part(self, theme_id: str, index: int, part: Part) -> Theme:
        """Put ``part`` back at ``index`` (clamped): undoes a delete."""
        return self._edit(theme_id, lambda theme: (edits.insert_part(theme, index, part), None))[0]

    def insert_timebox(self, theme_id: str, part: int, index: int, box: TimeBox) -> Theme:
        return self._edit(theme_id, lambda theme: (edits.insert_timebox(theme, part, index, box), None))[0]

    def insert_step(self, theme_id: str, part: int, box: int, index: int, step: Step) -> Theme:
        return self._edit(theme_id, lambda theme: (edits.insert_step(theme, part, box, index, step), None))[0]

    def set_step_cards(
        self, theme_id: str, part: int, box: int, index: int, cards: Sequence[CardRef]
    ) -> Theme:
        """The cards a step uses, in this order. A new reference must point at an existing card;
        one the step already had is kept even when its deck has gone (it still shows where it pointed)."""
        existing = {
            CardRef(row["deck_key"], row["card_key"])
            for row in self.rows(
                "SELECT decks.key AS deck_key, cards.key AS card_key FROM cards "
                "JOIN decks ON cards.deck_id = decks.id"
            )
        }
        return self._edit(
            theme_id, lambda theme: (edits.set_step_cards(theme, part, box, index, cards, existing), None)
        )[0]

    def renumber_steps(self, theme_id: str) -> Theme:
        """Number the numbered steps 1, 2, 3… in script order; unnumbered steps (part 3) stay so."""
        return self._edit(theme_id, lambda theme: (edits.renumber_steps(theme), None))[0]

    def _own_copy(self, item: Theme, key: str, title: str) -> Theme:
        return edits.own_copy(item, key, title)

    def _checked(self, item: Theme) -> Theme:
        _check_lengths(item)
        edits.check_script(item)
        return edits.cleaned_script(item)

    def _build(self, row: dict[str, Any]) -> Theme:
        steps_by_box: dict[str, list[Step]] = {}
        for s in self.rows(
            """SELECT steps.* FROM steps JOIN timeboxes ON steps.timebox_id = timeboxes.id
               JOIN theme_parts ON timeboxes.part_id = theme_parts.id
               WHERE theme_parts.theme_id = ? ORDER BY steps.position""",
            (row["id"],),
        ):
            refs = tuple(CardRef.parse(text) for text in loads_list(s["cards"]))
            steps_by_box.setdefault(s["timebox_id"], []).append(Step(s["number"], s["text"], refs, s["note"]))
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
                note=p["note"],
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


def _check_lengths(theme: Theme) -> None:
    """Refuse text no script needs (a paste of a whole document), saying where it is and what fits."""
    limits.check_length(theme.title, "De titel van het thema", limits.TITLE)
    limits.check_length(theme.summary, "De korte beschrijving")
    limits.check_length(theme.preparation, "De voorbereiding")
    for what, items in (("doelen", theme.goals), ("benodigdheden", theme.materials)):
        limits.check_count(items, what, "een thema")
        for item in items:
            limits.check_length(item, f"Een van de {what}", limits.LINE)
    for number, part in enumerate(theme.parts, start=1):
        limits.check_length(part.title, f"De titel van deel {number}", limits.TITLE)
        limits.check_length(part.intro, f"De inleiding van deel {number}")
        limits.check_length(part.note, f"De aanwijzing bij deel {number}")
        for box in part.timeboxes:
            for step in box.steps:
                limits.check_length(step.text, f"Een stap in deel {number}")
                limits.check_length(step.note, f"De aanwijzing bij een stap in deel {number}")
