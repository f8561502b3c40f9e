"""Built-in content is loaded once, refreshed when unchanged, never over a user's edit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from facilitator_app.core.models import Catalogue, Deck, Theme
from facilitator_app.store import Store


def newer(catalogue: Catalogue, *, theme_title: str, card_body: str) -> Catalogue:
    theme = catalogue.themes[0]
    assert theme.builtin is not None
    from facilitator_app.core.cardfiles import fingerprint

    new_theme = replace(theme, title=theme_title)
    new_theme = replace(
        new_theme,
        builtin=replace(
            theme.builtin, version=theme.builtin.version + 1, content_hash=fingerprint(new_theme)
        ),
    )
    decks: list[Deck] = []
    for deck in catalogue.decks:
        assert deck.builtin is not None
        cards = tuple(replace(c, body=card_body) if i == 0 else c for i, c in enumerate(deck.cards))
        version = deck.builtin.version + 1
        new_deck = replace(deck, cards=cards, version=version)
        decks.append(
            replace(
                new_deck, builtin=replace(deck.builtin, version=version, content_hash=fingerprint(new_deck))
            )
        )
    return replace(catalogue, themes=(new_theme,), decks=tuple(decks))


def test_first_start_loads_everything(store: Store) -> None:
    (theme,) = store.themes.all()
    assert theme.title == "Professionaliseren"
    assert [box.minutes for _, box in theme.timeboxes()] == [5, 5, 5, 10, 5, 10, 20]
    assert {deck.key for deck in store.decks.all()} == {"reflectiekaarten", "inspiratie"}
    assert all(deck.read_only for deck in store.decks.all())
    assert len(store.scenario_maps.all()[0].scenarios) == 4
    assert store.roles.all()[0].name == "Schoolopleider"
    assert store.schools.all()[0].is_example


def test_stored_theme_equals_the_file(store: Store, catalogue: Catalogue) -> None:
    stored: Theme = store.themes.get("professionaliseren")
    expected = catalogue.themes[0]
    assert [p.title for p in stored.parts] == [p.title for p in expected.parts]
    assert stored.timeboxes()[2][1].steps == expected.timeboxes()[2][1].steps


def test_unchanged_builtins_are_refreshed_by_a_newer_version(db_path: Path, catalogue: Catalogue) -> None:
    Store.open(db_path, catalogue).close()
    with Store.open(db_path) as store:
        theme_id = store.themes.get("professionaliseren").id
        card_id = store.decks.get("reflectiekaarten").cards[0].id
        report = store.sync_builtins(newer(catalogue, theme_title="Professionaliseren 2", card_body="Nieuw"))
        assert "Professionaliseren 2" in report.updated
        theme = store.themes.get("professionaliseren")
        assert (theme.title, theme.id) == ("Professionaliseren 2", theme_id)
        card = store.decks.get("reflectiekaarten").cards[0]
        assert (card.body, card.id) == ("Nieuw", card_id)  # ids survive, so references do too


def test_a_users_edit_is_never_overwritten(db_path: Path, catalogue: Catalogue) -> None:
    with Store.open(db_path, catalogue) as store:
        theme = store.themes.get("professionaliseren")
        store.themes.save(replace(theme, goals=(*theme.goals, "Eigen doel")))
        report = store.sync_builtins(newer(catalogue, theme_title="Professionaliseren 2", card_body="Nieuw"))
        assert report.kept_user_edits == ["Professionaliseren"]
        assert store.themes.get("professionaliseren").goals[-1] == "Eigen doel"


def test_a_deleted_demo_school_stays_deleted(db_path: Path, catalogue: Catalogue) -> None:
    with Store.open(db_path, catalogue) as store:
        store.schools.delete(store.schools.all()[0].id)
    with Store.open(db_path, catalogue) as store:
        assert store.schools.all() == []


def test_a_copy_of_a_builtin_deck_is_editable_and_independent(store: Store) -> None:
    copy = store.decks.copy("reflectiekaarten")
    assert not copy.read_only
    assert copy.key == "reflectiekaarten-kopie"
    edited = replace(copy, cards=(replace(copy.cards[0], title="Mijn titel"), *copy.cards[1:]))
    store.decks.save(edited)
    assert store.decks.get(copy.id).cards[0].title == "Mijn titel"
    assert store.decks.get("reflectiekaarten").cards[0].title == "Om welke competenties vraagt dat nu?"
    assert store.decks.copy("reflectiekaarten").key == "reflectiekaarten-kopie-2"
