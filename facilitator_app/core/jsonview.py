"""Plain-dict views of core objects: the machine-readable face of the CLI."""

from __future__ import annotations

from typing import Any

from .models import Card, Deck, FollowUp, Role, Scenario, ScenarioMap, School, Theme
from .sessions import theme_to_dict


def theme(item: Theme) -> dict[str, Any]:
    """The script snapshot's own dict (:func:`.sessions.theme_to_dict`, the one walk over a theme)
    with what the command line adds: minutes per theme and part, and whether it is built in."""
    data: dict[str, Any] = dict(theme_to_dict(item))
    del data["format"]
    data["builtin"] = item.builtin is not None
    data["minutes"] = item.minutes
    parts: list[dict[str, Any]] = data["parts"]
    for part, shown in zip(item.parts, parts, strict=True):
        shown["minutes"] = part.minutes
    return data


def theme_summary(item: Theme) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "title": item.title,
        "minutes": item.minutes,
        "parts": len(item.parts),
        "timeboxes": len(item.timeboxes()),
    }


def card(item: Card) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "kind": item.kind,
        "title": item.title,
        "subtitle": item.subtitle,
        "body": item.body,
        "back": item.back,
        "source": item.source,
        "sectors": list(item.sectors),
        "tags": list(item.tags),
    }


def deck(item: Deck, *, with_cards: bool = True) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": item.id,
        "key": item.key,
        "title": item.title,
        "kind": item.kind,
        "description": item.description,
        "back_style": item.back_style.value,
        "card_size": item.card_size,
        "version": item.version,
        "read_only": item.read_only,
        "requires_sources": item.requires_sources,
    }
    if with_cards:
        result["cards"] = [card(c) for c in item.cards]
    else:
        result["cards"] = len(item.cards)
    return result


def scenario(item: Scenario) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "name": item.name,
        "description": item.description,
        "signs": list(item.signs),
    }


def scenario_map(item: ScenarioMap) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "title": item.title,
        "intro": item.intro,
        "axis_from": item.axis_from,
        "axis_to": item.axis_to,
        "replaceable": item.replaceable,
        "scenarios": [scenario(s) for s in item.scenarios],
    }


def school(item: School, *, with_vision: bool = True) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": item.id,
        "name": item.name,
        "contact": item.contact,
        "partnership": item.partnership,
        "notes": item.notes,
        "is_example": item.is_example,
        "archived": item.archived,
        "created_at": item.created_at,
    }
    if with_vision:
        result["vision"] = item.vision
    return result


def role(item: Role) -> dict[str, Any]:
    return {"key": item.key, "name": item.name, "description": item.description}


def follow_up(item: FollowUp) -> dict[str, Any]:
    return {
        "previous_session_id": item.previous_session_id,
        "previous_date": item.previous_date,
        "first_step": item.first_step,
        "status": item.status.value,
        "text": item.text,
        "answered_at": item.answered_at,
    }
