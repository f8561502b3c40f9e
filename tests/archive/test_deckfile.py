"""Deck files: written in the cards/ format, read back identically, imported as a new deck."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.core.cardfiles import ContentError, load_file
from facilitator_app.core.deckfile import DeckFileError, deck_to_toml, write_deck_file
from facilitator_app.core.models import BackStyle, Card, Catalogue, Deck
from facilitator_app.store import Store
from facilitator_app.store.exchange import import_deck_file

ODD = 'Zeg "hallo" \\ C:\\pad\\naar\\map\n\nTweede alinea met ’quotes’, emoji 🍳👩🏽‍🍳 en\ttab """ drie'


def test_builtin_decks_round_trip(catalogue: Catalogue, tmp_path: Path) -> None:
    for deck in catalogue.decks:
        path = write_deck_file(deck, tmp_path / f"{deck.key}.toml")
        kind, loaded = load_file(path)
        assert kind == "deck"
        assert loaded == deck


def test_odd_text_round_trips(tmp_path: Path) -> None:
    deck = Deck(
        key="eigen-set",
        title='Set met "aanhalingstekens" \\ en 😀',
        kind="text",
        description="Regel één\nregel twee \x07 bel",
        cards=(
            Card(
                key="a",
                title='Kaart "A"',
                body=ODD,
                subtitle="sub\\titel",
                back="achter\nkant",
                source="Bron: “x”",
            ),
            Card(key="b", title="B", body="**vet** en *cursief*", kind="recipe"),
        ),
    )
    path = write_deck_file(deck, tmp_path / "eigen.toml")
    _, loaded = load_file(path)
    assert isinstance(loaded, Deck)
    assert replace(loaded, builtin=None) == deck


@settings(max_examples=40, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).map(str.strip).filter(bool))
def test_any_text_survives(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    deck = Deck(key="x", title=text, kind="text", cards=(Card(key="k", title=text, body=text),))
    path = tmp_path_factory.mktemp("deck") / "x.toml"
    path.write_text(deck_to_toml(deck), encoding="utf-8")
    _, loaded = load_file(path)
    assert isinstance(loaded, Deck) and loaded.cards[0].body == text and loaded.title == text


def test_unwritable_deck_is_refused() -> None:
    with pytest.raises(DeckFileError, match="sleutel"):
        deck_to_toml(Deck(key="Met Spatie", title="x", kind="text", cards=(Card("a", "t", "b"),)))
    with pytest.raises(DeckFileError, match="geen kaarten"):
        deck_to_toml(Deck(key="leeg", title="x", kind="text", cards=()))


def test_import_as_new_editable_deck_with_fresh_key(store: Store, tmp_path: Path) -> None:
    builtin = store.decks.get("reflectiekaarten")
    path = write_deck_file(builtin, tmp_path / "r.toml")
    first = import_deck_file(store, path)
    second = import_deck_file(store, path)
    assert first.key == "reflectiekaarten-2" and second.key == "reflectiekaarten-3"
    assert not first.read_only and first.id != builtin.id
    assert [c.body for c in first.cards] == [c.body for c in builtin.cards]
    assert {c.id for c in first.cards}.isdisjoint({c.id for c in builtin.cards})


def test_broken_deck_file_names_file_and_line_and_changes_nothing(store: Store, tmp_path: Path) -> None:
    before = [d.key for d in store.decks.all()]
    text = deck_to_toml(store.decks.get("reflectiekaarten")).replace('card_size = "A5"', 'card_size = "A9"')
    path = tmp_path / "kapot.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        import_deck_file(store, path)
    line = text.splitlines().index('card_size = "A9"') + 1
    assert str(caught.value).startswith(f"kapot.toml, regel {line}:")
    path.write_text(
        'format = 1\nkind = "deck"\nkey = "x"\nversion = 1\ntitle = "onaf\ncard_size = "A6"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"kapot.toml, regel 5: geen geldige TOML"):
        import_deck_file(store, path)
    school = tmp_path / "school.toml"
    school.write_text('format = 1\nkind = "school"\nkey = "s"\nversion = 1\nname = "X"\n', encoding="utf-8")
    with pytest.raises(ContentError, match="geen kaartenset"):
        import_deck_file(store, school)
    assert [d.key for d in store.decks.all()] == before


# Any text the store keeps in a field (surrounding white space aside, which the loader trims).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60).map(str.strip)
SOME_TEXT = TEXT.filter(bool)
KEY = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    requires_sources = draw(st.booleans())
    kind = draw(st.sampled_from(["text", "recipe", "practice"]))
    keys = draw(st.lists(KEY, min_size=1, max_size=4, unique=True))
    cards = tuple(
        Card(
            key=key,
            title=draw(SOME_TEXT),
            body=draw(SOME_TEXT),
            kind=draw(st.sampled_from([kind, "recipe"])),
            subtitle=draw(TEXT),
            back=draw(TEXT),
            source=draw(SOME_TEXT if requires_sources else TEXT),
            sectors=tuple(s for s in ("po", "vo", "mbo") if draw(st.booleans())),
            tags=tuple(draw(st.lists(SOME_TEXT, max_size=3))),
        )
        for key in keys
    )
    return Deck(
        key=draw(KEY),
        title=draw(SOME_TEXT),
        kind=kind,
        cards=cards,
        description=draw(TEXT),
        back_style=draw(st.sampled_from(list(BackStyle))),
        card_size=draw(st.sampled_from(["A7", "A6", "A5"])),
        version=draw(st.integers(1, 1000)),
        requires_sources=requires_sources,
    )


@settings(max_examples=150, deadline=None)
@given(decks())
def test_every_stored_value_round_trips(tmp_path_factory: pytest.TempPathFactory, deck: Deck) -> None:
    """Whole decks: multi-line text, quotes, backslashes, control characters, any unicode, empty fields."""
    path = tmp_path_factory.mktemp("deck") / "d.toml"
    path.write_text(deck_to_toml(deck), encoding="utf-8")
    _, loaded = load_file(path)
    assert isinstance(loaded, Deck) and replace(loaded, builtin=None) == deck


@pytest.mark.parametrize(
    "text",
    [
        "",
        'He said "hi" and """three""" and \'single\'',
        "C:\\pad\\naar\\map\\",
        "regel 1\nregel 2\r\nregel 3\n\n\nna witregels",
        "\x00\x01\x07\x1b\x7f in het midden",
        "tab\tin\ttekst",
        "emoji 🍳👩🏽‍🍳, accenten éëï, 中文, RTL עברית, \u2028 scheiding",
        '"""',
        "eindigt op backslash \\",
    ],
)
def test_edge_texts_round_trip_in_every_field(tmp_path: Path, text: str) -> None:
    some = text or "x"  # title and body may not be empty
    deck = Deck(
        key="rand",
        title=some,
        kind="text",
        description=text,
        cards=(Card("a", some, some, subtitle=text, back=text, source=text, tags=(some,)),),
    )
    path = write_deck_file(deck, tmp_path / "rand.toml")
    _, loaded = load_file(path)
    assert isinstance(loaded, Deck) and replace(loaded, builtin=None) == deck
