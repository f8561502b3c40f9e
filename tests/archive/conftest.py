"""Fixtures for the archive tests: a store with a school and three finished sessions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from facilitator_app.core.models import FollowUpStatus, School
from facilitator_app.store import Store

from .factory import Finished, finished_session, school

# How the third session says the second one's first step went (Anna is a participant: anonymised in the PDF).
FOLLOW_UP = (FollowUpStatus.PARTLY, "Twee rollen zijn in kaart; Anna doet de derde na de zomer.")


@dataclass(frozen=True)
class Archive:
    school: School
    sessions: list[Finished]  # oldest first


@pytest.fixture
def archive(store: Store) -> Archive:
    kempen = school(store)
    made = [
        finished_session(store, kempen.id, "2024-03-12", 0, first_step="Intervisie voor werkplekbegeleiders"),
        finished_session(store, kempen.id, "2024-10-01", 1, first_step="Aanbod per rol in kaart brengen"),
        finished_session(store, kempen.id, "2025-03-14", 2, amend=True, follow_up=FOLLOW_UP),
    ]
    return Archive(kempen, made)
