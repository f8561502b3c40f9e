"""The interface's words for the domain's codes (English source, Dutch through the .ts).

core, store and pdf return codes: a time box's :class:`~..core.models.Mode`, a
:class:`~..core.sessions.NoteCategory`, an outcome field's name, an error's
code with its parameters. This is the one place the UI turns them into words,
through ``QCoreApplication.translate`` so that English mode shows English and
Dutch mode Dutch. The command line and the PDFs word the same codes in
:mod:`facilitator_app.core.dutch`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..core.models import Mode, Part, Theme, TimeBox
from ..core.sessions import Amendment, NoteCategory, OutcomeItem


def mode_label(mode: Mode) -> str:
    """The work form of a time box."""
    if mode is Mode.INDIVIDUAL:
        return QCoreApplication.translate("Labels", "Individually, on the worksheet")
    return QCoreApplication.translate("Labels", "Collectively")


def category_name(category: NoteCategory) -> str:
    """A note's category."""
    names = {
        NoteCategory.STRENGTH: QCoreApplication.translate("Labels", "Strength"),
        NoteCategory.DEVELOPMENT: QCoreApplication.translate("Labels", "Development point"),
        NoteCategory.INSIGHT: QCoreApplication.translate("Labels", "Insight"),
        NoteCategory.QUESTION: QCoreApplication.translate("Labels", "Question"),
        NoteCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return names[category]


def field_label(field: str) -> str:
    """An outcome field (or a :class:`~..core.sessions.RequiredField`'s value); an unknown name as it is."""
    names = {
        "scenario_id": QCoreApplication.translate("Labels", "Scenario"),
        "scenario_name": QCoreApplication.translate("Labels", "Scenario"),
        "rationale": QCoreApplication.translate("Labels", "Rationale"),
        "first_step": QCoreApplication.translate("Labels", "First development step"),
        "first_step_owner": QCoreApplication.translate("Labels", "Who takes the first step"),
        "first_step_due": QCoreApplication.translate("Labels", "When (first step)"),
        "development_points": QCoreApplication.translate("Labels", "Development points tackled"),
        "strengths_used": QCoreApplication.translate("Labels", "Strengths used"),
        "insights_used": QCoreApplication.translate("Labels", "Insights used"),
        "support_needed": QCoreApplication.translate("Labels", "Support needed"),
        "inspiration_card_ids": QCoreApplication.translate("Labels", "Inspiration cards"),
    }
    return names.get(field, field)


def value_text(
    field: str,
    value: object,
    scenario_names: dict[str, str] | None = None,
    card_titles: dict[str, str] | None = None,
) -> str:
    """An outcome value as the reader wants it: the scenario's name, card titles, items joined."""
    if isinstance(value, str):
        if field == "scenario_id":
            return (scenario_names or {}).get(value, value)
        return value
    if field == "inspiration_card_ids" and isinstance(value, tuple):
        # Stored as card ids; the reader wants titles (a deleted card keeps its id).
        return "; ".join((card_titles or {}).get(str(card_id), str(card_id)) for card_id in value)
    if isinstance(value, tuple):
        return "; ".join(item.text if isinstance(item, OutcomeItem) else str(item) for item in value)
    return str(value)


def amendment_text(amendment: Amendment, value_text: Callable[[str, object], str]) -> str:
    """One line for the list of corrections: when, what, from, to, why."""
    when = amendment.at[:16].replace("T", " ")
    return (
        QCoreApplication.translate("Labels", "%1 · %2: “%3” → “%4” (reason: %5)")
        .replace("%1", when)
        .replace("%2", field_label(amendment.field))
        .replace("%3", value_text(amendment.field, amendment.old))
        .replace("%4", value_text(amendment.field, amendment.new))
        .replace("%5", amendment.reason)
    )


def step_label(part: Part, box: TimeBox) -> str:
    """Short name of a box: "Step 4–5", or "Part 3" for a box without numbered steps."""
    numbers = [step.number for step in box.steps if step.number is not None]
    if not numbers:
        return QCoreApplication.translate("Labels", "Part %1").replace("%1", str(part.number))
    span = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
    return QCoreApplication.translate("Labels", "Step %1").replace("%1", span)


def where_label(script: Theme, timebox_index: int | None) -> str:
    """Where a note was taken, e.g. "Step 2"; the whole session for None."""
    entries = script.timeboxes()
    if timebox_index is None or not 0 <= timebox_index < len(entries):
        return QCoreApplication.translate("Labels", "whole session")
    return step_label(*entries[timebox_index])
