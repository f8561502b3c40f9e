"""Store methods behind the editors: own copies of decks, scenario maps and themes, and their edits."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.core.cardfiles import ContentError
from facilitator_app.core.models import Catalogue, Mode
from facilitator_app.pdf import check_fit
from facilitator_app.pdf.preview import overflowing_cards, render_card_preview
from facilitator_app.store import Store, StoreError
from facilitator_app.store.scenarios import new_scenario


def own_deck_id(store: Store) -> str:
    return store.decks.copy("reflectiekaarten").id


def test_card_edits_on_an_own_deck(store: Store) -> None:
    deck_id = own_deck_id(store)
    first, second = store.decks.get(deck_id).cards
    deck, row = store.decks.duplicate_card(deck_id, 0)
    assert row == 1 and [c.title for c in deck.cards] == [first.title, first.title, second.title]
    assert deck.cards[1].key == f"{first.key}-kopie" and deck.cards[1].id != deck.cards[0].id
    deck, row = store.decks.add_card(deck_id, after=None)
    assert row == 3 and deck.cards[3].title == "Nieuwe kaart" and deck.cards[3].body
    deck, row = store.decks.move_card(deck_id, 3, -10)  # clamped to the top
    assert row == 0 and deck.cards[0].title == "Nieuwe kaart"
    deck = store.decks.save_card(deck_id, 0, replace(deck.cards[0], title="Eigen", key="ignored"))
    assert deck.cards[0].title == "Eigen" and deck.cards[0].key == "kaart"  # the key stays
    deck = store.decks.delete_card(deck_id, 0)
    assert [c.title for c in deck.cards] == [first.title, first.title, second.title]
    # Card ids survive a reorder (sessions may point at them).
    ids = [c.id for c in deck.cards]
    deck, _ = store.decks.move_card(deck_id, 0, 2)
    assert sorted(c.id for c in deck.cards) == sorted(ids)


def test_the_last_card_cannot_be_deleted(store: Store) -> None:
    deck_id = own_deck_id(store)
    store.decks.delete_card(deck_id, 0)
    with pytest.raises(StoreError, match="laatste kaart"):
        store.decks.delete_card(deck_id, 0)
    assert len(store.decks.get(deck_id).cards) == 1


def test_builtin_decks_refuse_card_edits(store: Store) -> None:
    builtin = store.decks.get("reflectiekaarten")
    for edit in (
        lambda: store.decks.add_card(builtin.id),
        lambda: store.decks.duplicate_card(builtin.id, 0),
        lambda: store.decks.move_card(builtin.id, 0, 1),
        lambda: store.decks.delete_card(builtin.id, 0),
        lambda: store.decks.save_card(builtin.id, 0, replace(builtin.cards[0], title="x")),
        lambda: store.decks.set_properties(builtin.id, card_size="A5"),
        lambda: store.decks.set_properties(builtin.id, title="Eigen naam"),
    ):
        with pytest.raises(StoreError, match="eigen kopie"):
            edit()
    assert store.decks.get(builtin.id) == builtin


def test_deck_file_round_trip_into_a_fresh_database(
    store: Store, tmp_path: Path, catalogue: Catalogue
) -> None:
    deck_id = own_deck_id(store)
    deck = store.decks.get(deck_id)
    deck = store.decks.save_card(
        deck_id,
        0,
        replace(deck.cards[0], body='Met "aanhalingstekens", \\ en emoji 🙂\n\n- punt', back="Achter"),
    )
    path = store.decks.export_file(deck_id, tmp_path / "set.toml")
    with Store.open(tmp_path / "fresh.sqlite3", catalogue) as fresh:
        imported = fresh.decks.import_file(path)
        assert not imported.read_only
        fields = ("key", "title", "subtitle", "body", "back", "source", "kind")
        assert [[getattr(c, f) for f in fields] for c in imported.cards] == [
            [getattr(c, f) for f in fields] for c in deck.cards
        ]
        assert (imported.title, imported.back_style, imported.card_size) == (
            deck.title,
            deck.back_style,
            deck.card_size,
        )
        # A second import gets a free key instead of replacing the first.
        again = fresh.decks.import_file(path)
        assert again.key != imported.key and len(fresh.decks.all()) == len(catalogue.decks) + 2


def test_a_broken_deck_file_names_file_and_line_and_stores_nothing(store: Store, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.toml"
    broken.write_text('format = 1\nkind = "deck"\nkey = "x"\ntitle = "X\n', encoding="utf-8")
    before = store.decks.all()
    with pytest.raises(ContentError) as caught:
        store.decks.import_file(broken)
    assert caught.value.line == 4 and "kapot.toml, regel 4" in str(caught.value)
    assert store.decks.all() == before


def test_export_to_a_missing_folder_is_a_calm_store_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kan niet worden geschreven"):
        store.decks.export_file("reflectiekaarten", tmp_path / "nergens" / "set.toml")


def test_scenario_map_copy_and_update(store: Store, db_path: Path, catalogue: Catalogue) -> None:
    builtin = store.scenario_maps.all()[0]
    copy = store.scenario_maps.copy(builtin.id)
    assert copy.builtin is None and copy.title.endswith("(eigen kopie)")
    assert {s.id for s in copy.scenarios}.isdisjoint({s.id for s in builtin.scenarios})
    added = new_scenario(copy, "Nieuw")
    assert added.key not in {s.key for s in copy.scenarios}
    edited = replace(
        copy,
        title="Eigen kaart",
        scenarios=(added, *reversed(copy.scenarios[1:])),
    )
    saved = store.scenario_maps.update(edited)
    kept_ids = {s.key: s.id for s in saved.scenarios}
    assert all(kept_ids[s.key] == s.id for s in copy.scenarios[1:])  # ids survive reordering
    with pytest.raises(StoreError, match="eigen kopie"):
        store.scenario_maps.update(replace(builtin, title="Nee"))
    with pytest.raises(StoreError, match="minstens één scenario"):
        store.scenario_maps.update(replace(saved, scenarios=()))
    with Store.open(db_path, catalogue) as reopened:  # a second connection sees only what was committed
        again = reopened.scenario_maps.get(copy.id)
        assert again.title == "Eigen kaart"
        assert [s.name for s in again.scenarios] == ["Nieuw", *[s.name for s in reversed(copy.scenarios[1:])]]
        assert reopened.scenario_maps.get(builtin.id).title == builtin.title


def test_theme_copy_and_script_update(store: Store, db_path: Path, catalogue: Catalogue) -> None:
    builtin = store.themes.get("professionaliseren")
    copy = store.themes.copy(builtin.id)
    assert copy.builtin is None and copy.key == "professionaliseren-kopie"
    assert copy.minutes == builtin.minutes
    part = copy.parts[0]
    box = replace(
        part.timeboxes[0],
        minutes=12,
        mode=Mode.COLLECTIVE,
        steps=(replace(part.timeboxes[0].steps[0], text="Nieuwe stap"), *part.timeboxes[0].steps[1:]),
    )
    edited = replace(
        copy, parts=(replace(part, optional=True, timeboxes=(box, *part.timeboxes[1:])), *copy.parts[1:])
    )
    saved = store.themes.update(edited)
    assert saved.minutes == builtin.minutes + 7
    with pytest.raises(StoreError, match="1 tot 240"):
        store.themes.update(
            replace(saved, parts=(replace(saved.parts[0], timeboxes=(replace(box, minutes=0),)),))
        )
    with pytest.raises(StoreError, match="eigen kopie"):
        store.themes.update(builtin)
    with Store.open(db_path, catalogue) as reopened:  # a second connection sees only what was committed
        again = reopened.themes.get(copy.id)
        first = again.parts[0].timeboxes[0]
        assert (first.minutes, first.mode, first.steps[0].text) == (12, Mode.COLLECTIVE, "Nieuwe stap")
        assert again.parts[0].optional is True
        assert reopened.themes.get(builtin.id).minutes == builtin.minutes


def test_preview_pdf_and_overflow_detection(store: Store) -> None:
    deck = store.decks.get("reflectiekaarten")
    preview = render_card_preview(deck, deck.cards[0])
    assert preview.fits and not preview.truncated and preview.pdf.startswith(b"%PDF")
    assert overflowing_cards(deck) == frozenset()
    long_card = replace(deck.cards[0], body=deck.cards[0].body * 10)
    too_long = replace(deck, cards=(long_card, deck.cards[1]))
    result = render_card_preview(too_long, long_card)
    assert not result.fits and result.truncated and result.pdf.startswith(b"%PDF")
    assert overflowing_cards(too_long) == {long_card.key}


def _page_mm(pdf: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)


def test_card_size_and_title_of_an_own_deck(store: Store, db_path: Path, catalogue: Catalogue) -> None:
    deck_id = own_deck_id(store)
    deck = store.decks.get(deck_id)
    assert deck.card_size == "A5" and _page_mm(render_card_preview(deck, deck.cards[0]).pdf) == (148, 210)
    assert overflowing_cards(deck) == frozenset()
    medium = store.decks.set_properties(deck_id, card_size="A6")
    assert _page_mm(render_card_preview(medium, medium.cards[0]).pdf) == (105, 148)
    ids = [card.id for card in deck.cards]

    small = store.decks.set_properties(deck_id, card_size="A7")
    assert small.card_size == "A7" and small.title == deck.title
    # The preview and the fit check follow the stored size: these texts do not fit one A7 card.
    assert _page_mm(render_card_preview(small, small.cards[0]).pdf) == (74, 105)
    for card in small.cards:
        result = check_fit(small, card)
        assert not result.fits or result.parts > 1
        assert (card.key in overflowing_cards(small)) == (not result.fits)
    large = store.decks.set_properties(deck_id, card_size="A5", title="  Onze kaarten  ")
    assert (large.card_size, large.title) == ("A5", "Onze kaarten")
    assert _page_mm(render_card_preview(large, large.cards[0]).pdf) == (148, 210)
    assert overflowing_cards(large) == frozenset()
    assert [card.id for card in large.cards] == ids  # the cards themselves are untouched

    # A wrong size or an empty name is refused with a calm message, and nothing changes.
    with pytest.raises(StoreError, match="A7, A6, A5"):
        store.decks.set_properties(deck_id, card_size="A4")
    with pytest.raises(StoreError, match="naam"):
        store.decks.set_properties(deck_id, title="   ", card_size="A7")
    assert store.decks.get(deck_id) == large
    with Store.open(db_path, catalogue) as reopened:
        kept = reopened.decks.get(deck_id)
        assert (kept.card_size, kept.title) == ("A5", "Onze kaarten")
        assert reopened.decks.get("reflectiekaarten").card_size == "A5"  # the built-in is untouched


def test_a_pasted_document_does_not_become_a_card_or_a_scenario(store: Store) -> None:
    deck_id = own_deck_id(store)
    card = store.decks.get(deck_id).cards[0]
    with pytest.raises(
        StoreError, match=r"De tekst van de kaart is 25\.000 tekens lang; er passen er hoogstens 20\.000"
    ):
        store.decks.save_card(deck_id, 0, replace(card, body="x" * 25_000))
    with pytest.raises(StoreError, match="De titel van de kaart"):
        store.decks.save_card(deck_id, 0, replace(card, title="x" * 201))
    with pytest.raises(StoreError, match="De naam van de kaartenset"):
        store.decks.set_properties(deck_id, title="x" * 201)
    assert store.decks.get(deck_id).cards[0] == card, "nothing of a refused edit is stored"
    # The longest built-in card fits with room to spare.
    recipe = max(store.decks.get(store.decks.copy("inspiratie").id).cards, key=lambda c: len(c.body))
    assert len(recipe.body) < 20_000 / 4

    own_map = store.scenario_maps.copy(store.scenario_maps.all()[0].id)
    first = own_map.scenarios[0]
    long_sign = replace(first, signs=(*first.signs, "x" * 1_001))
    with pytest.raises(StoreError, match="Een kenmerk van scenario 1"):
        store.scenario_maps.update(replace(own_map, scenarios=(long_sign, *own_map.scenarios[1:])))
    many = tuple(replace(new_scenario(own_map, f"Scenario {n}"), key=f"s{n}") for n in range(13))
    with pytest.raises(StoreError, match="hoogstens 12 scenario's"):
        store.scenario_maps.update(replace(own_map, scenarios=many))
    assert store.scenario_maps.get(own_map.id) == own_map
