"""The rules of editing a theme's script: add, move, delete and renumber parts, time boxes and steps.

Pure functions: each takes a :class:`Theme` and returns the changed theme
(with the position of the item the edit is about, where the editor needs
it), or raises an :mod:`.edit_errors` error. Parts, time boxes and steps are
addressed by 0-based position, as the editor shows them. The store loads,
applies one of these, checks with :func:`check_script` and saves.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from . import list_edits as lists
from .edit_errors import (
    MAX_MINUTES,
    MAX_STEP_NUMBER,
    EditCode,
    InvalidEditError,
    MissingItemError,
    ShapeError,
)
from .models import CardRef, Mode, Part, Step, Theme, TimeBox

NEW_PART_TITLE = "Nieuw deel"
NEW_STEP_TEXT = "Schrijf hier wat de deelnemers in deze stap doen."
NEW_BOX_MINUTES = 5


# --- finding an item --------------------------------------------------------------


def part_at(theme: Theme, index: int) -> Part:
    if not 0 <= index < len(theme.parts):
        raise MissingItemError(EditCode.NO_SUCH_PART, part_number=index + 1)
    return theme.parts[index]


def box_at(theme: Theme, part: int, index: int) -> TimeBox:
    boxes = part_at(theme, part).timeboxes
    if not 0 <= index < len(boxes):
        raise MissingItemError(EditCode.NO_SUCH_BOX, part_number=part + 1, box_number=index + 1)
    return boxes[index]


def step_at(theme: Theme, part: int, box: int, index: int) -> Step:
    steps = box_at(theme, part, box).steps
    if not 0 <= index < len(steps):
        raise MissingItemError(EditCode.NO_SUCH_STEP, step_number=index + 1)
    return steps[index]


# --- adding -----------------------------------------------------------------------


def add_part(theme: Theme, after: int | None = None) -> tuple[Theme, int]:
    """A new part (one collective time box with one step) after part ``after``, at the end when None."""
    at = lists.position_after(len(theme.parts), after)
    box = TimeBox(Mode.COLLECTIVE, NEW_BOX_MINUTES, (_new_step(theme, at, 0, 0),))
    part = Part(number=at + 1, title=NEW_PART_TITLE, optional=False, timeboxes=(box,))
    return replace(theme, parts=lists.inserted(theme.parts, at, part)), at


def add_timebox(theme: Theme, part: int, after: int | None = None) -> tuple[Theme, int]:
    """A new time box in ``part`` after box ``after`` (at the end when None), with one step.

    It takes the work form of the box it follows, so a run of individual boxes stays one.
    """
    boxes = part_at(theme, part).timeboxes
    at = lists.position_after(len(boxes), after)
    mode = boxes[at - 1].mode if at > 0 else Mode.COLLECTIVE
    box = TimeBox(mode, NEW_BOX_MINUTES, (_new_step(theme, part, at, 0),))
    return _with_boxes(theme, part, lists.inserted(boxes, at, box)), at


def add_step(theme: Theme, part: int, box: int, after: int | None = None) -> tuple[Theme, int]:
    """A new step in the time box after step ``after`` (at the end when None).

    It is numbered on from the step before it; after an unnumbered step (part 3) it has no number.
    """
    steps = box_at(theme, part, box).steps
    at = lists.position_after(len(steps), after)
    return _with_steps(theme, part, box, lists.inserted(steps, at, _new_step(theme, part, box, at))), at


# --- putting back (undo of a delete) ----------------------------------------------


def insert_part(theme: Theme, index: int, part: Part) -> Theme:
    """``part`` back at ``index`` (clamped)."""
    return replace(theme, parts=lists.inserted(theme.parts, index, part))


def insert_timebox(theme: Theme, part: int, index: int, box: TimeBox) -> Theme:
    return _with_boxes(theme, part, lists.inserted(part_at(theme, part).timeboxes, index, box))


def insert_step(theme: Theme, part: int, box: int, index: int, step: Step) -> Theme:
    return _with_steps(theme, part, box, lists.inserted(box_at(theme, part, box).steps, index, step))


# --- moving -----------------------------------------------------------------------


def move_part(theme: Theme, index: int, delta: int) -> tuple[Theme, int]:
    """Move a part ``delta`` places (clamped); returns the theme and its new position."""
    part_at(theme, index)
    parts, at = lists.moved(theme.parts, index, index + delta)
    return replace(theme, parts=parts), at


def move_timebox(theme: Theme, part: int, index: int, delta: int) -> tuple[Theme, int]:
    """Move a time box ``delta`` places within its part (clamped)."""
    box_at(theme, part, index)
    boxes, at = lists.moved(theme.parts[part].timeboxes, index, index + delta)
    return _with_boxes(theme, part, boxes), at


def move_step(theme: Theme, part: int, box: int, index: int, delta: int) -> tuple[Theme, int]:
    """Move a step ``delta`` places within its time box (clamped). Numbers stay with their text."""
    step_at(theme, part, box, index)
    steps, at = lists.moved(theme.parts[part].timeboxes[box].steps, index, index + delta)
    return _with_steps(theme, part, box, steps), at


# --- deleting ---------------------------------------------------------------------


def delete_part(theme: Theme, index: int) -> Theme:
    part_at(theme, index)
    if len(theme.parts) == 1:
        raise ShapeError(EditCode.ONLY_PART)
    return replace(theme, parts=lists.removed(theme.parts, index))


def delete_timebox(theme: Theme, part: int, index: int) -> Theme:
    box_at(theme, part, index)
    boxes = theme.parts[part].timeboxes
    if len(boxes) == 1:
        if len(theme.parts) == 1:
            raise ShapeError(EditCode.LAST_BOX)
        raise ShapeError(EditCode.ONLY_BOX, part_number=part + 1)
    return _with_boxes(theme, part, lists.removed(boxes, index))


def delete_step(theme: Theme, part: int, box: int, index: int) -> Theme:
    step_at(theme, part, box, index)
    return _with_steps(theme, part, box, lists.removed(theme.parts[part].timeboxes[box].steps, index))


# --- cards and numbers ------------------------------------------------------------


def set_step_cards(
    theme: Theme, part: int, box: int, index: int, cards: Sequence[CardRef], existing: Collection[CardRef]
) -> Theme:
    """The cards a step uses, in this order, each once.

    A new reference must be one of ``existing`` (the cards in the decks); one
    the step already had is kept even when its deck has gone (it still shows
    where it pointed).
    """
    step = step_at(theme, part, box, index)
    chosen = tuple(dict.fromkeys(cards))
    for ref in chosen:
        if ref not in step.cards and ref not in existing:
            raise InvalidEditError(EditCode.UNKNOWN_CARD, ref=ref)
    steps = lists.replaced(theme.parts[part].timeboxes[box].steps, index, replace(step, cards=chosen))
    return _with_steps(theme, part, box, steps)


def renumber_steps(theme: Theme) -> Theme:
    """Number the numbered steps 1, 2, 3… in script order; unnumbered steps (part 3) stay so."""
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
                replace(box, steps=tuple(renumbered(step) for step in box.steps)) for box in part.timeboxes
            ),
        )
        for part in theme.parts
    )
    return replace(theme, parts=parts)


# --- the whole script -------------------------------------------------------------


def check_script(theme: Theme) -> None:
    """A script needs a part; every part a title and a time box; minutes and step numbers in range."""
    if not theme.parts:
        raise ShapeError(EditCode.NO_PARTS)
    for number, part in enumerate(theme.parts, start=1):
        if not part.title.strip():
            raise InvalidEditError(EditCode.PART_WITHOUT_TITLE, part_number=number)
        if not part.timeboxes:
            raise ShapeError(EditCode.PART_WITHOUT_BOX, part_number=number)
        for box in part.timeboxes:
            if not 1 <= box.minutes <= MAX_MINUTES:
                raise InvalidEditError(
                    EditCode.MINUTES_OUT_OF_RANGE, part_number=number, minutes=box.minutes, most=MAX_MINUTES
                )
            for step in box.steps:
                if step.number is not None and not 1 <= step.number <= MAX_STEP_NUMBER:
                    raise InvalidEditError(
                        EditCode.STEP_NUMBER_OUT_OF_RANGE,
                        part_number=number,
                        number=step.number,
                        most=MAX_STEP_NUMBER,
                    )


def cleaned_script(theme: Theme) -> Theme:
    """The theme as an own theme is stored: texts trimmed, empty goals and materials dropped."""
    return replace(
        theme,
        title=theme.title.strip() or theme.key,
        goals=tuple(goal.strip() for goal in theme.goals if goal.strip()),
        materials=tuple(item.strip() for item in theme.materials if item.strip()),
        summary=theme.summary.strip(),
        preparation=theme.preparation.strip(),
        builtin=None,
    )


def own_copy(theme: Theme, key: str, title: str) -> Theme:
    """An editable copy: no provenance, no ids (the store gives new ones)."""
    return replace(
        theme,
        id="",
        key=key,
        title=title,
        builtin=None,
        parts=tuple(
            replace(part, id="", timeboxes=tuple(replace(box, id="") for box in part.timeboxes))
            for part in theme.parts
        ),
    )


# --- helpers ----------------------------------------------------------------------


def _with_boxes(theme: Theme, part: int, boxes: tuple[TimeBox, ...]) -> Theme:
    return replace(
        theme, parts=lists.replaced(theme.parts, part, replace(theme.parts[part], timeboxes=boxes))
    )


def _with_steps(theme: Theme, part: int, box: int, steps: tuple[Step, ...]) -> Theme:
    boxes = part_at(theme, part).timeboxes
    return _with_boxes(theme, part, lists.replaced(boxes, box, replace(boxes[box], steps=steps)))


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
