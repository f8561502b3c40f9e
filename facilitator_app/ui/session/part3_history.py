"""What the part-3 board recalls of the school's earlier sessions: last time's decision and position."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.history import earlier_positions
from ...core.models import ScenarioMap
from ...core.sessions import Session
from ...store import Store, StoreError
from ..dates import display_date


def last_time_text(store: Store, session: Session) -> str:
    """ "Last time (date): scenario. First step: …"; empty when the school has no earlier decision."""
    try:
        follow = store.archive.follow_up(session.school_id, session.date)
    except StoreError:
        follow = None
    if follow is None:
        return ""
    return (
        QCoreApplication.translate("Part3Board", "Last time (%1): %2. First step: %3")
        .replace("%1", display_date(follow.date))
        .replace("%2", follow.scenario_name or "—")
        .replace("%3", follow.first_step)
    )


def previous_position(
    store: Store, session: Session, scenario_map: ScenarioMap | None
) -> tuple[str, str] | None:
    """``(ISO date, scenario id)`` of the school's last placement on this map before ``session``."""
    ids = {s.id for s in scenario_map.scenarios} if scenario_map else set()
    try:
        history = store.archive.school_history(session.school_id)
    except StoreError:
        return None
    theme_key = next((e.theme_key for e in history if e.session_id == session.id), None)
    earlier = [
        (day, sid)
        for day, sid in earlier_positions(history, session.id, session.date, theme_key)
        if sid in ids
    ]
    if not earlier:
        return None
    day, scenario_id = earlier[-1]
    return day.isoformat(), scenario_id
