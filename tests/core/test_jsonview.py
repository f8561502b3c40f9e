"""The command line's JSON of a theme is the script snapshot's dict plus minutes: one walk over a theme."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from facilitator_app.core import jsonview
from facilitator_app.core.models import Catalogue, Theme
from facilitator_app.core.sessions import SCRIPT_FORMAT, theme_from_dict, theme_to_dict


@pytest.fixture
def theme(catalogue: Catalogue) -> Theme:
    return next(t for t in catalogue.themes if t.key == "professionaliseren")


def test_the_cli_view_reads_back_as_the_same_theme(theme: Theme) -> None:
    shown = json.loads(json.dumps(jsonview.theme(theme)))
    assert shown["builtin"] is True
    assert shown["minutes"] == theme.minutes
    assert [part["minutes"] for part in shown["parts"]] == [part.minutes for part in theme.parts]
    # Every field the snapshot keeps (step notes, card references, ids) is in the CLI view too.
    snapshot = {**shown, "format": SCRIPT_FORMAT, "builtin": None}
    assert theme_from_dict(snapshot) == replace(theme, builtin=None)


def test_the_cli_view_adds_to_the_snapshot_and_drops_nothing(theme: Theme) -> None:
    snapshot, shown = theme_to_dict(theme), jsonview.theme(theme)
    assert set(shown) == set(snapshot) - {"format"} | {"minutes"}
    for kept, part in zip(snapshot["parts"], shown["parts"], strict=True):  # type: ignore[call-overload]
        assert set(part) == set(kept) | {"minutes"}
        assert part["timeboxes"] == kept["timeboxes"]
