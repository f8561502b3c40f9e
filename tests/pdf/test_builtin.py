"""The shipped content prints: every built-in card fits its deck's size."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator_app import resources
from facilitator_app.core.models import Participant
from facilitator_app.pdf import SessionPrint, check_fit, render_set

cardfiles = pytest.importorskip("facilitator_app.core.cardfiles")


def test_builtin_catalogue_prints() -> None:
    catalogue = cardfiles.load_catalogue(resources.cards_dir())
    for deck in catalogue.decks:
        for card in deck.cards:
            assert check_fit(deck, card).fits, (deck.key, card.key)
    theme = catalogue.themes[0]
    session = SessionPrint(
        theme,
        catalogue.decks,
        catalogue.scenario_maps[0] if catalogue.scenario_maps else None,
        catalogue.roles,
        catalogue.schools[0] if catalogue.schools else None,
        (Participant("Anouk de Vries", "Werkplekbegeleider"),),
        dt.date(2025, 3, 12),
        dt.time(13, 30),
    )
    files = render_set(session)
    assert any(name.startswith("01-draaiboek") for name in files)
    assert all(data.startswith(b"%PDF") for data in files.values())
