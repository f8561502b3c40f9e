"""The built-in content says what the issue asks of it, and sources stay on the cards that need them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator_app import resources
from facilitator_app.core.cardfiles import ContentError, load_catalogue, load_file
from facilitator_app.core.deckfile import deck_to_toml
from facilitator_app.core.models import SECTORS, Catalogue, Deck, Theme

SOURCED_DECK = """\
format = 1
kind = "deck"
key = "onderzoek"
version = 1
title = "Onderzoek"
requires_sources = true

[[cards]]
key = "een"
title = "Eén"
body = "Tekst"
source = "Bron: iemand (2020)"

[[cards]]
key = "twee"
title = "Twee"
body = "Een bewering zonder bron"
"""


def deck(catalogue: Catalogue, key: str) -> Deck:
    return next(d for d in catalogue.decks if d.key == key)


def theme(catalogue: Catalogue) -> Theme:
    return next(t for t in catalogue.themes if t.key == "professionaliseren")


def section(body: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", body, re.S | re.M)
    return match.group(1) if match else ""


def test_a_card_without_source_is_refused_where_its_deck_requires_sources(tmp_path: Path) -> None:
    path = tmp_path / "onderzoek.toml"
    path.write_text(SOURCED_DECK, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalogue(tmp_path)
    assert "'twee' heeft geen bron" in caught.value.problem
    assert caught.value.line == 14  # the second [[cards]] header
    path.write_text(SOURCED_DECK.replace("requires_sources = true\n", ""), encoding="utf-8")
    assert load_file(path)[0] == "deck"  # a deck that does not ask for sources loads


def test_research_decks_require_and_have_sources(catalogue: Catalogue) -> None:
    for key in ("reflectiekaarten", "inspiratie"):
        found = deck(catalogue, key)
        assert found.requires_sources, key
        assert all(card.source.startswith("Bron: ") for card in found.cards), key


def test_the_inspiration_library_has_a_dozen_tagged_recipes_with_sources(catalogue: Catalogue) -> None:
    library = deck(catalogue, "inspiratie")
    recipes = [card for card in library.cards if card.kind == "recipe"]
    assert len(library.cards) >= 12 and len(recipes) >= 12
    for card in library.cards:
        assert card.sectors and set(card.sectors) <= set(SECTORS), card.key
        assert card.tags, card.key
    assert library.card("interne-academie").sectors == ("mbo",)
    headings = (
        "Hoofdgerecht",
        "Mise en place",
        "Ingrediënten en benodigdheden",
        "Bereidingswijze – zo doe je het",
        "Het geheim van de kok",
        "Bijgerechten",
        "Tip bij de voorbereiding",
    )
    for card in recipes:
        for heading in headings:
            assert section(card.body, heading).strip(), f"{card.key}: {heading}"


def test_side_dishes_name_only_recipes_in_the_deck(catalogue: Catalogue) -> None:
    library = deck(catalogue, "inspiratie")
    titles = {card.title for card in library.cards}
    named_any = False
    for card in library.cards:
        for name in re.findall(r"‘([^’]+)’", section(card.body, "Bijgerechten")):
            named_any = True
            assert name in titles, f"{card.key} serves '{name}', which is not in the deck"
            assert name != card.title, card.key
    assert named_any
    assert "Bruggen Bouwen" not in "".join(card.body for card in library.cards)


def test_the_good_practice_credits_its_publication(catalogue: Catalogue) -> None:
    card = deck(catalogue, "inspiratie").card("leven-lang-leren")
    assert "Op weg naar een duurzame opleidingsschool" in card.source
    assert "Met de juiste ingrediënten klaar voor de toekomst" in card.source


def test_card_a_asks_for_competences_per_role_with_each_roles_source(catalogue: Catalogue) -> None:
    card = deck(catalogue, "reflectiekaarten").card("competenties")
    roles = re.findall(r"^## (.+)$", card.body, re.M)
    assert len(roles) == 6  # the two research roles share one block
    for role in roles:
        block = section(card.body, role)
        for column in ("**Weten:**", "**Begrijpen:**", "**Toepassen:**"):
            assert column in block, f"{role}: {column}"
        # Every role names where its prompts come from; VELON only for the two teacher educators.
        assert role.endswith(")"), role
        assert ("VELON" in role) == role.startswith(("Schoolopleider", "Instituutsopleider")), role
    velon = section(card.body, "Schoolopleider (VELON)")
    for area in (
        "opleidingsdidactiek",
        "agogisch",
        "organisatorisch en beleidsmatig",
        "ontwikkelingsbekwaam",
    ):
        assert area in velon
    assert "Verbindt school en instituut" not in card.body  # tasks are gone
    assert "2014, herzien 2021" in card.source and "po" in card.source
    assert "Schoolleidersregister VO" in card.source  # the 2021 revision is the SRVO's (CONTENT.md 5b)
    assert "eigen vragen" in card.source


def test_card_b_keeps_to_its_sources(catalogue: Catalogue) -> None:
    card = deck(catalogue, "reflectiekaarten").card("voorwaarden")
    assert "igenaarschap" not in card.body
    assert "Een haalbare werkdruk" in card.body and "behappen" not in card.body
    assert "self-efficacy" not in card.body
    for name in (
        "Desimone (2009)",
        "Kwakman (2003)",
        "Maandag, Helms-Lorenz, Lugthart, Verkade & Van Veen (2017)",
    ):
        assert name in card.source


def test_every_step_and_part_has_a_facilitator_note(catalogue: Catalogue) -> None:
    script = theme(catalogue)
    assert all(part.note for part in script.parts)
    steps = [step for _, box in script.timeboxes() for step in box.steps]
    assert sorted(step.number for step in steps if step.note and step.number) == list(range(1, 9))
    by_number = {step.number: step for step in steps}
    assert "Werkplekbegeleider:" in by_number[1].note and "Schoolleider:" in by_number[1].note
    assert all(word in by_number[3].note for word in ("Weten:", "Begrijpen:", "Toepassen:"))
    assert "Wissel de antwoorden van stap 1 uit" in by_number[7].text  # the source text stays
    assert "stap 6 bedoeld" in by_number[7].note
    timing = script.parts[0].note
    assert "25 minuten na de start" in timing and "stap 2 en stap 4" in timing and "15 minuten" in timing
    part3 = script.parts[2].note
    for rule in (
        "eerst voor zichzelf",
        "tussen twee scenario’s mag",
        "twee of drie punten",
        "eigenaar",
        "datum",
    ):
        assert rule in part3


def test_the_demo_school_quotes_no_one_and_links_nowhere(catalogue: Catalogue) -> None:
    (school,) = catalogue.schools
    assert "Reijnierse" not in school.vision
    assert "vind je hier" not in school.vision


def test_own_texts_spell_opleidingsschool(catalogue: Catalogue) -> None:
    texts = [card.body for d in catalogue.decks for card in d.cards]
    texts += [step.note for _, box in theme(catalogue).timeboxes() for step in box.steps]
    assert not any("(opleiding)school" in text for text in texts)


@pytest.mark.parametrize("path", sorted(resources.cards_dir().glob("deck-*.toml")), ids=lambda p: p.name)
def test_shipped_decks_round_trip_with_their_tags(path: Path, tmp_path: Path) -> None:
    _, original = load_file(path)
    assert isinstance(original, Deck)
    out = tmp_path / path.name
    out.write_text(deck_to_toml(original), encoding="utf-8")
    _, again = load_file(out)
    assert isinstance(again, Deck)
    assert [(c.sectors, c.tags, c.source) for c in again.cards] == [
        (c.sectors, c.tags, c.source) for c in original.cards
    ]
    assert again.requires_sources == original.requires_sources


def test_recipe_sources_cite_only_what_was_checked(catalogue: Catalogue) -> None:
    """CONTENT.md 5a marks some references "verify": a card states those details only once confirmed."""
    deck = next(d for d in catalogue.decks if d.key == "inspiratie")
    sources = {card.key: card.source for card in deck.cards}
    # Binkhorst et al. (2015): volume and pages confirmed (University of Twente research portal).
    assert "Teaching and Teacher Education 51, 213–224" in sources["docentontwerpteam"]
    # Verbiest (2008): the title is checked, the publisher is not, so the card names none.
    assert sources["professionele-leergemeenschap"].endswith("Bouwen aan professionele leergemeenschappen.")
