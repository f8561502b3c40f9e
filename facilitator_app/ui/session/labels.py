"""How session mode names time boxes: "Stap 4–5", "Deel 3", "hele sessie"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.models import Part, Theme, TimeBox


def step_label(part: Part, box: TimeBox) -> str:
    """Short name of a box: "Step 4–5", or "Part 3" for a box without numbered steps."""
    numbers = [step.number for step in box.steps if step.number is not None]
    if not numbers:
        return QCoreApplication.translate("SessionController", "Part %1").replace("%1", str(part.number))
    span = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
    return QCoreApplication.translate("SessionController", "Step %1").replace("%1", span)


def where_label(script: Theme, timebox_index: int | None) -> str:
    """Where a note was taken, e.g. "Step 2"; the whole session for None."""
    entries = script.timeboxes()
    if timebox_index is None or not 0 <= timebox_index < len(entries):
        return QCoreApplication.translate("SessionController", "whole session")
    return step_label(*entries[timebox_index])
