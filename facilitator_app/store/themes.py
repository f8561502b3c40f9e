"""Themes and their scripts: parts, time boxes and steps."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from ..core.dutch import count
from ..core.models import BuiltinInfo, CardRef, Mode, Part, Step, Theme, TimeBox
from . import limits
from .base import Repository, dumps, loads_list, new_id
from .database import now_iso
from .errors import NotFoundError, StoreError

MAX_MINUTES = 240
MAX_STEP_NUMBER = 99
NEW_PART_TITLE = "Nieuw deel"
NEW_STEP_TEXT = "Schrijf hier wat de deelnemers in deze stap doen."
NEW_BOX_MINUTES = 5

T = TypeVar("T")


class ScriptShapeError(StoreError):
    """A delete that would leave a theme without a part, or a part without a time box."""


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
        """Save the user's edit of an own theme (script, goals, materials, summary), in one transaction.

        A built-in theme refuses (make a copy first); minutes must be 1 to 240
        and every part needs a title and a time box.
        """
        with self.atomic():
            self._editable(theme.id)
            return self._save_checked(theme)

    # --- structural edits of an own theme's script ------------------------------
    #
    # Parts, time boxes and steps are addressed by position (0-based), as the
    # editor shows them. Each edit reads, changes and saves in one transaction
    # and returns the stored theme (with the new position where one moved).

    def add_part(self, theme_id: str, after: int | None = None) -> tuple[Theme, int]:
        """A new part (one collective time box with one step) after part ``after``, at the end when None."""

        def change(theme: Theme) -> tuple[Theme, int]:
            at = _insert_at(len(theme.parts), after)
            step = _new_step(theme, at, 0, 0)
            box = TimeBox(Mode.COLLECTIVE, NEW_BOX_MINUTES, (step,))
            part = Part(number=at + 1, title=NEW_PART_TITLE, optional=False, timeboxes=(box,))
            return replace(theme, parts=_inserted(theme.parts, at, part)), at

        return self._edit(theme_id, change)

    def add_timebox(self, theme_id: str, part: int, after: int | None = None) -> tuple[Theme, int]:
        """A new time box in ``part`` after box ``after`` (at the end when None), with one step.

        It takes the work form of the box it follows, so a run of individual boxes stays one.
        """

        def change(theme: Theme) -> tuple[Theme, int]:
            boxes = _part(theme, part).timeboxes
            at = _insert_at(len(boxes), after)
            mode = boxes[at - 1].mode if at > 0 else Mode.COLLECTIVE
            box = TimeBox(mode, NEW_BOX_MINUTES, (_new_step(theme, part, at, 0),))
            return _with_boxes(theme, part, _inserted(boxes, at, box)), at

        return self._edit(theme_id, change)

    def add_step(self, theme_id: str, part: int, box: int, after: int | None = None) -> tuple[Theme, int]:
        """A new step in the time box after step ``after`` (at the end when None).

        It is numbered on from the step before it; after an unnumbered step (part 3) it has no number.
        """

        def change(theme: Theme) -> tuple[Theme, int]:
            steps = _box(theme, part, box).steps
            at = _insert_at(len(steps), after)
            step = _new_step(theme, part, box, at)
            return _with_steps(theme, part, box, _inserted(steps, at, step)), at

        return self._edit(theme_id, change)

    def move_part(self, theme_id: str, index: int, delta: int) -> tuple[Theme, int]:
        """Move a part ``delta`` places (clamped); returns the theme and its new position."""

        def change(theme: Theme) -> tuple[Theme, int]:
            _part(theme, index)
            parts, at = _moved(theme.parts, index, delta)
            return replace(theme, parts=parts), at

        return self._edit(theme_id, change)

    def move_timebox(self, theme_id: str, part: int, index: int, delta: int) -> tuple[Theme, int]:
        """Move a time box ``delta`` places within its part (clamped)."""

        def change(theme: Theme) -> tuple[Theme, int]:
            _box(theme, part, index)
            boxes, at = _moved(_part(theme, part).timeboxes, index, delta)
            return _with_boxes(theme, part, boxes), at

        return self._edit(theme_id, change)

    def move_step(self, theme_id: str, part: int, box: int, index: int, delta: int) -> tuple[Theme, int]:
        """Move a step ``delta`` places within its time box (clamped). Numbers stay with their text."""

        def change(theme: Theme) -> tuple[Theme, int]:
            _step(theme, part, box, index)
            steps, at = _moved(_box(theme, part, box).steps, index, delta)
            return _with_steps(theme, part, box, steps), at

        return self._edit(theme_id, change)

    def delete_part(self, theme_id: str, index: int) -> Theme:
        def change(theme: Theme) -> tuple[Theme, None]:
            _part(theme, index)
            if len(theme.parts) == 1:
                raise ScriptShapeError(
                    "Dit is het enige deel van het script, en een thema heeft minstens één deel nodig. "
                    "Pas het deel liever aan, of voeg eerst een ander deel toe."
                )
            return replace(theme, parts=_without(theme.parts, index)), None

        return self._edit(theme_id, change)[0]

    def delete_timebox(self, theme_id: str, part: int, index: int) -> Theme:
        def change(theme: Theme) -> tuple[Theme, None]:
            boxes = _part(theme, part).timeboxes
            _box(theme, part, index)
            if len(boxes) == 1:
                if len(theme.parts) == 1:
                    raise ScriptShapeError(
                        "Dit is het laatste tijdvak van het script, en een thema heeft minstens één deel "
                        "met één tijdvak nodig. Pas het tijdvak liever aan."
                    )
                raise ScriptShapeError(
                    f"Dit is het enige tijdvak van deel {part + 1}; elk deel heeft minstens één tijdvak "
                    "nodig. Verwijder het hele deel als het weg mag, of voeg eerst een ander tijdvak toe."
                )
            return _with_boxes(theme, part, _without(boxes, index)), None

        return self._edit(theme_id, change)[0]

    def delete_step(self, theme_id: str, part: int, box: int, index: int) -> Theme:
        def change(theme: Theme) -> tuple[Theme, None]:
            _step(theme, part, box, index)
            return _with_steps(theme, part, box, _without(_box(theme, part, box).steps, index)), None

        return self._edit(theme_id, change)[0]

    def insert_part(self, theme_id: str, index: int, part: Part) -> Theme:
        """Put ``part`` back at ``index`` (clamped): undoes a delete."""

        def change(theme: Theme) -> tuple[Theme, None]:
            at = max(0, min(index, len(theme.parts)))
            return replace(theme, parts=_inserted(theme.parts, at, part)), None

        return self._edit(theme_id, change)[0]

    def insert_timebox(self, theme_id: str, part: int, index: int, box: TimeBox) -> Theme:
        def change(theme: Theme) -> tuple[Theme, None]:
            boxes = _part(theme, part).timeboxes
            at = max(0, min(index, len(boxes)))
            return _with_boxes(theme, part, _inserted(boxes, at, box)), None

        return self._edit(theme_id, change)[0]

    def insert_step(self, theme_id: str, part: int, box: int, index: int, step: Step) -> Theme:
        def change(theme: Theme) -> tuple[Theme, None]:
            steps = _box(theme, part, box).steps
            at = max(0, min(index, len(steps)))
            return _with_steps(theme, part, box, _inserted(steps, at, step)), None

        return self._edit(theme_id, change)[0]

    def set_step_cards(
        self, theme_id: str, part: int, box: int, index: int, cards: Sequence[CardRef]
    ) -> Theme:
        """The cards a step uses, in this order. A new reference must point at an existing card;
        one the step already had is kept even when its deck has gone (it still shows where it pointed)."""

        def change(theme: Theme) -> tuple[Theme, None]:
            step = _step(theme, part, box, index)
            chosen = tuple(dict.fromkeys(cards))
            existing = {
                (row["deck_key"], row["card_key"])
                for row in self.rows(
                    "SELECT decks.key AS deck_key, cards.key AS card_key FROM cards "
                    "JOIN decks ON cards.deck_id = decks.id"
                )
            }
            for ref in chosen:
                if ref not in step.cards and (ref.deck_key, ref.card_key) not in existing:
                    raise StoreError(
                        f"De kaart '{ref}' bestaat niet (meer). Kies een kaart uit een van de kaartensets."
                    )
            steps = list(_box(theme, part, box).steps)
            steps[index] = replace(step, cards=chosen)
            return _with_steps(theme, part, box, tuple(steps)), None

        return self._edit(theme_id, change)[0]

    def renumber_steps(self, theme_id: str) -> Theme:
        """Number the numbered steps 1, 2, 3… in script order; unnumbered steps (part 3) stay so."""

        def change(theme: Theme) -> tuple[Theme, None]:
            counter = 0

            def renumbered(step: Step) -> Step:
                nonlocal counter
                if step.number is None:
                    return step
                counter += 1
                return replace(step, number=counter)

            parts = tuple(
                replace(
                    part,
                    timeboxes=tuple(
                        replace(box, steps=tuple(renumbered(step) for step in box.steps))
                        for box in part.timeboxes
                    ),
                )
                for part in theme.parts
            )
            return replace(theme, parts=parts), None

        return self._edit(theme_id, change)[0]

    def _editable(self, theme_id: str) -> Theme:
        current = self.get(theme_id)
        if current.builtin is not None:
            raise StoreError(
                f"'{current.title}' is een ingebouwd thema en kan niet worden gewijzigd. "
                "Maak een eigen kopie; die kun je wel bewerken."
            )
        return current

    def _edit(self, theme_id: str, change: Callable[[Theme], tuple[Theme, T]]) -> tuple[Theme, T]:
        with self.atomic():
            changed, result = change(self._editable(theme_id))
            return self._save_checked(changed), result

    def _save_checked(self, theme: Theme) -> Theme:
        _check_lengths(theme)
        if not theme.parts:
            raise ScriptShapeError("Een thema heeft minstens één deel met één tijdvak nodig.")
        for number, part in enumerate(theme.parts, start=1):
            if not part.title.strip():
                raise StoreError(f"Deel {number} heeft een titel nodig.")
            if not part.timeboxes:
                raise ScriptShapeError(f"Deel {number} heeft minstens één tijdvak nodig.")
            for box in part.timeboxes:
                if not 1 <= box.minutes <= MAX_MINUTES:
                    raise StoreError(
                        f"Een tijdvak in deel {number} duurt {count(box.minutes, 'minuut', 'minuten')}; "
                        f"kies 1 tot {MAX_MINUTES} minuten."
                    )
                for step in box.steps:
                    if step.number is not None and not 1 <= step.number <= MAX_STEP_NUMBER:
                        raise StoreError(
                            f"Stapnummer {step.number} in deel {number} kan niet; "
                            f"kies 1 tot {MAX_STEP_NUMBER}, of geen nummer."
                        )
        cleaned = replace(
            theme,
            title=theme.title.strip() or theme.key,
            goals=tuple(goal.strip() for goal in theme.goals if goal.strip()),
            materials=tuple(item.strip() for item in theme.materials if item.strip()),
            summary=theme.summary.strip(),
            preparation=theme.preparation.strip(),
            builtin=None,
        )
        return self.save(cleaned)

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


# --- pure helpers of the structural edits ------------------------------------------


def _part(theme: Theme, index: int) -> Part:
    if not 0 <= index < len(theme.parts):
        raise NotFoundError(f"Deel {index + 1} bestaat niet (meer). Kies een deel uit de lijst.")
    return theme.parts[index]


def _box(theme: Theme, part: int, index: int) -> TimeBox:
    boxes = _part(theme, part).timeboxes
    if not 0 <= index < len(boxes):
        raise NotFoundError(f"Tijdvak {index + 1} van deel {part + 1} bestaat niet (meer).")
    return boxes[index]


def _step(theme: Theme, part: int, box: int, index: int) -> Step:
    steps = _box(theme, part, box).steps
    if not 0 <= index < len(steps):
        raise NotFoundError(f"Stap {index + 1} van dit tijdvak bestaat niet (meer).")
    return steps[index]


def _insert_at(count: int, after: int | None) -> int:
    return count if after is None else max(0, min(after + 1, count))


def _inserted(items: tuple[T, ...], at: int, item: T) -> tuple[T, ...]:
    return (*items[:at], item, *items[at:])


def _without(items: tuple[T, ...], index: int) -> tuple[T, ...]:
    return items[:index] + items[index + 1 :]


def _moved(items: tuple[T, ...], index: int, delta: int) -> tuple[tuple[T, ...], int]:
    target = max(0, min(index + delta, len(items) - 1))
    moved = list(items)
    moved.insert(target, moved.pop(index))
    return tuple(moved), target


def _with_boxes(theme: Theme, part: int, boxes: tuple[TimeBox, ...]) -> Theme:
    parts = list(theme.parts)
    parts[part] = replace(parts[part], timeboxes=boxes)
    return replace(theme, parts=tuple(parts))


def _with_steps(theme: Theme, part: int, box: int, steps: tuple[Step, ...]) -> Theme:
    boxes = list(_part(theme, part).timeboxes)
    boxes[box] = replace(boxes[box], steps=steps)
    return _with_boxes(theme, part, tuple(boxes))


def _new_step(theme: Theme, part: int, box: int, at: int) -> Step:
    """A new step at (part, box, at): numbered on from the step before it in script order.

    The first step of a script is step 1; after an unnumbered step (the part-3
    questions) the new one has no number either.
    """
    before: list[Step] = []
    for p_index, each_part in enumerate(theme.parts):
        for b_index, each_box in enumerate(each_part.timeboxes):
            if (p_index, b_index) < (part, box):
                before.extend(each_box.steps)
            elif (p_index, b_index) == (part, box):
                before.extend(each_box.steps[:at])
    if not before:
        return Step(1, NEW_STEP_TEXT)
    last = before[-1].number
    return Step(None if last is None else min(last + 1, MAX_STEP_NUMBER), NEW_STEP_TEXT)


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
