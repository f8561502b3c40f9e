"""The theme, deck and scenario-map repositories on one base: own copies, the read-only guard, one
error type for a refused edit, the scenario edits in the store. (That no repository imports another is
tests/test_architecture.py's.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator_app.core.edit_errors import ContentKind, EditCode
from facilitator_app.core.models import Card
from facilitator_app.store import Store, StoreError
from facilitator_app.store.content_base import (
    ContentEditError,
    ContentShapeError,
    MissingContentError,
    ReadOnlyContentError,
)
from facilitator_app.store.errors import NotFoundError


@pytest.mark.parametrize(
    ("repository", "kind"),
    [("themes", ContentKind.THEME), ("decks", ContentKind.DECK), ("scenario_maps", ContentKind.SCENARIO_MAP)],
)
def test_built_in_content_refuses_every_edit_with_one_error_type(
    store: Store, repository: str, kind: ContentKind
) -> None:
    repo = getattr(store, repository)
    builtin = next(item for item in repo.all() if item.builtin is not None)
    with pytest.raises(ReadOnlyContentError, match="eigen kopie") as refused:
        repo.editable(builtin.id)
    assert refused.value.reason.code is EditCode.READ_ONLY and refused.value.reason.params["kind"] is kind
    assert repo.get(builtin.id) == builtin
    copy = repo.copy(builtin.key)
    again = repo.copy(builtin.key, title="Tweede")
    assert (copy.key, again.key) == (f"{builtin.key}-kopie", f"{builtin.key}-kopie-2")
    assert (copy.title, again.title) == (f"{builtin.title} (eigen kopie)", "Tweede")
    assert copy.builtin is None and repo.editable(copy.id) == copy


def test_deck_card_edits_refuse_on_a_built_in_deck(store: Store) -> None:
    builtin = store.decks.get("reflectiekaarten")
    for edit in (
        lambda: store.decks.add_card(builtin.id),
        lambda: store.decks.delete_card(builtin.id, 0),
        lambda: store.decks.save_card(builtin.id, 0, Card("x", "X", "x")),
        lambda: store.decks.set_properties(builtin.id, title="Nee"),
    ):
        with pytest.raises(ReadOnlyContentError, match="ingebouwde kaartenset"):
            edit()
    for edit_theme in (lambda: store.themes.update(replace(store.themes.all()[0], title="Nee")),):
        with pytest.raises(ReadOnlyContentError, match="ingebouwd thema"):
            edit_theme()
    assert store.decks.get(builtin.id) == builtin


def test_a_refused_edit_is_a_store_error_with_its_code(store: Store) -> None:
    deck = store.decks.copy("reflectiekaarten")
    for _ in range(len(deck.cards) - 1):
        store.decks.delete_card(deck.id, 0)
    with pytest.raises(ContentShapeError, match="laatste kaart") as last:
        store.decks.delete_card(deck.id, 0)
    assert isinstance(last.value, StoreError) and last.value.reason.code is EditCode.LAST_CARD
    with pytest.raises(MissingContentError) as missing:
        store.decks.move_card(deck.id, 5, 1)
    assert isinstance(missing.value, NotFoundError) and missing.value.reason.params["card_number"] == 6
    with pytest.raises(ContentEditError, match="Kaartformaat 'A9'"):
        store.decks.set_properties(deck.id, card_size="A9")


def test_scenario_edits_are_store_operations_that_keep_ids(store: Store) -> None:
    maps = store.scenario_maps
    own = maps.copy(maps.all()[0].id)
    first, second = own.scenarios[0], own.scenarios[1]
    changed, at = maps.add_scenario(own.id, "Nieuw", after=0)
    assert at == 1 and changed.scenarios[1].name == "Nieuw" and changed.scenarios[1].id
    assert maps.get(own.id) == changed
    changed, at = maps.move_scenario(own.id, 1, -3)
    assert at == 0 and changed.scenarios[0].name == "Nieuw"
    changed, at = maps.move_scenario(own.id, 0, 0)  # nothing moves: nothing stored
    assert at == 0 and changed == maps.get(own.id)
    changed = maps.delete_scenario(own.id, 1)
    assert first.id not in {s.id for s in changed.scenarios}
    changed, at = maps.insert_scenario(own.id, 1, first)
    assert at == 1 and changed.scenarios[1] == first  # the same id: outcomes point at it again
    assert changed.scenarios[2] == second
    with pytest.raises(MissingContentError):
        maps.delete_scenario(own.id, 99)
    while len(maps.get(own.id).scenarios) > 1:
        maps.delete_scenario(own.id, 0)
    with pytest.raises(ContentShapeError, match="minstens één scenario"):
        maps.delete_scenario(own.id, 0)
    with pytest.raises(ReadOnlyContentError):
        maps.add_scenario(next(m for m in maps.all() if m.builtin is not None).id, "x")
