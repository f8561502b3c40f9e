"""What a session's record shows, decided once for every face of it.

The record appears on screen (``ui/record_view.py``), as a PDF
(``pdf/record.py``), and on the command line (``sessions show`` and its
``--json``). Each words it in its own language and layout, but what is in it
comes from here: :func:`decision_rows` (the part-3 fields in record order,
inspiration cards as titles), :func:`card_list` (titles of stored card ids,
deleted cards counted), :func:`value_items` (the readable items of an
outcome or amendment value) and :func:`earlier_names`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .history import RecordData
from .sessions import ITEM_FIELDS, OUTCOME_FIELDS, OutcomeItem

__all__ = [
    "DECISION_FIELDS",
    "CardList",
    "DecisionRow",
    "card_list",
    "decision_rows",
    "earlier_names",
    "scenario_names",
    "value_items",
]

# The part-3 fields in the order every face of the record lists them
# (every outcome field but the scenario's name, which the scenario itself shows).
DECISION_FIELDS: tuple[str, ...] = tuple(field for field in OUTCOME_FIELDS if field != "scenario_name")


@dataclass(frozen=True)
class CardList:
    """Card titles in the chosen order; ``deleted`` cards are gone from the store since."""

    titles: tuple[str, ...]
    deleted: int = 0


def card_list(card_ids: Sequence[str], titles: Mapping[str, str]) -> CardList:
    found = [titles.get(str(card_id), "") for card_id in card_ids]
    return CardList(tuple(title for title in found if title), found.count(""))


def scenario_names(data: RecordData) -> dict[str, str]:
    """Scenario id → name on the record's map (a replaced map falls back to the stored copy)."""
    names = {s.id: s.name for s in data.scenario_map.scenarios} if data.scenario_map else {}
    if data.outcome is not None and data.outcome.scenario_id and data.outcome.scenario_name:
        names.setdefault(data.outcome.scenario_id, data.outcome.scenario_name)
    return names


def value_items(field: str, value: object, data: RecordData) -> CardList:
    """The readable items of one outcome value: texts, a scenario's name, card titles."""
    if field == "inspiration_card_ids" and isinstance(value, tuple):
        return card_list([str(v) for v in value], dict(data.card_titles))
    if field in ITEM_FIELDS and isinstance(value, tuple):
        return CardList(tuple(i.text for i in value if isinstance(i, OutcomeItem) and i.text.strip()))
    text = str(value)
    if field == "scenario_id":
        text = scenario_names(data).get(text, text)
    return CardList((text,) if text.strip() else ())


@dataclass(frozen=True)
class DecisionRow:
    field: str
    items: CardList

    @property
    def empty(self) -> bool:
        return not self.items.titles and not self.items.deleted


def decision_rows(data: RecordData) -> list[DecisionRow]:
    """Every part-3 field in record order (empty ones included: a face may say "not recorded")."""
    outcome = data.outcome
    if outcome is None:
        return []
    return [
        DecisionRow(field, value_items(field, getattr(outcome, field), data)) for field in DECISION_FIELDS
    ]


def earlier_names(data: RecordData) -> list[tuple[dt.date, str]]:
    """The school's earlier placements on this theme, with the scenario's name."""
    names = scenario_names(data)
    return [(day, names.get(scenario_id, scenario_id)) for day, scenario_id in data.earlier]
