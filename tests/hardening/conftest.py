"""Shared fixtures for the hardening tests: a store with people in it, quick lock timeouts.

Tests that inject a fault carry ``@pytest.mark.fault``; docs/reliability.md
lists every one of them (tests/hardening/test_docs.py keeps the two in step).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, Participant, School
from facilitator_app.core.sessions import NoteCategory, Outcome, OutcomeItem, Session
from facilitator_app.store import Store, database

VISION = "Onze unieke visie: Zeldzaamwoord-Kwikstaart leert samen in De Vlinderhof."
NOTE = "Annelies van Dijk vertelde over haar stage in groep 7."


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fault: injects a fault listed in docs/reliability.md")


@pytest.fixture(autouse=True)
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # Five seconds of patience is right for a user, too slow for a test.
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)


def fill(store: Store, name: str = "De Vlinderhof") -> tuple[str, str]:
    """A school with a finished session, notes and an outcome; returns (school id, session id)."""
    theme = store.themes.all()[0]
    school = store.schools.add(
        School(name=name, vision=VISION, contact="Annelies van Dijk, coördinator", notes="Bel Annelies.")
    )
    session = store.sessions.plan(
        Session(
            school_id=school.id,
            title="Eerste sessie",
            date="2025-03-14",
            planned_start="13:30",
            theme_id=theme.id,
            facilitator="Piet Jansen",
            participants=(Participant("Annelies van Dijk", "mentor"), Participant("Bram Bos", "student")),
        )
    )
    store.sessions.start(session.id)
    store.sessions.add_note(session.id, 0, NoteCategory.STRENGTH, NOTE, "Annelies van Dijk")
    store.sessions.add_note(session.id, 1, NoteCategory.INSIGHT, "Bram Bos ziet kansen.", "Bram Bos")
    store.sessions.save_outcome(
        session.id,
        Outcome(
            scenario_id=first_scenario_id(store),
            rationale="Annelies van Dijk en Bram Bos kozen samen.",
            first_step="Intervisie plannen",
            first_step_owner="Annelies van Dijk",
            first_step_due="2025-04-01",
            development_points=(OutcomeItem("Feedback geven"),),
            strengths_used=(OutcomeItem("Betrokken team"),),
        ),
    )
    store.sessions.finish(session.id)
    return school.id, session.id


def first_scenario_id(store: Store) -> str:
    row = store.schools.row("SELECT id FROM scenarios ORDER BY position LIMIT 1")
    assert row is not None
    return str(row["id"])


def plan_session(store: Store, school_id: str) -> Session:
    """A planned session of the first theme, without participants."""
    return Session(
        school_id=school_id,
        title="Sessie",
        date="2025-03-14",
        planned_start="09:00",
        theme_id=store.themes.all()[0].id,
    )


@pytest.fixture
def filled(db_path: Path, catalogue: Catalogue) -> Iterator[tuple[Store, str, str]]:
    store = Store.open(db_path, catalogue)
    school_id, session_id = fill(store)
    yield store, school_id, session_id
    store.close()
