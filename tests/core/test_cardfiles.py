"""The built-in content loads, and a broken file is refused precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app import resources
from facilitator_app.core.cardfiles import ContentError, fingerprint, load_catalogue, load_file
from facilitator_app.core.models import Catalogue, Mode, Theme

GOOD_DECK = """\
format = 1
kind = "deck"
key = "test"
version = 1
title = "Test"

[[cards]]
key = "een"
title = "Eén"
body = "Tekst"
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(resources.cards_dir().glob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_file_loads(path: Path) -> None:
    kind, item = load_file(path)
    assert kind in {"theme", "deck", "scenario_map", "roles", "school"}
    assert item


def test_professionaliseren_script_follows_the_seed(catalogue: Catalogue) -> None:
    theme = next(t for t in catalogue.themes if t.key == "professionaliseren")
    boxes = theme.timeboxes()
    assert [box.minutes for _, box in boxes] == [5, 5, 5, 10, 5, 10, 20]
    assert [box.mode for _, box in boxes] == [
        Mode.INDIVIDUAL,
        Mode.COLLECTIVE,
        Mode.INDIVIDUAL,
        Mode.COLLECTIVE,
        Mode.INDIVIDUAL,
        Mode.COLLECTIVE,
        Mode.COLLECTIVE,
    ]
    assert theme.minutes == 60
    assert [part.optional for part in theme.parts] == [False, True, False]
    numbers = [step.number for _, box in boxes for step in box.steps if step.number]
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [step.number for step in theme.individual_steps()] == [1, 3, 6]
    texts = " ".join(step.text for _, box in boxes for step in box.steps)
    assert "Wissel de antwoorden van stap 1 uit" in texts
    assert "In welk scenario bevindt zich" in texts
    assert len(theme.goals) == 2


def test_steps_use_the_reflection_cards(catalogue: Catalogue) -> None:
    theme = catalogue.themes[0]
    refs = {str(ref) for _, box in theme.timeboxes() for step in box.steps for ref in step.cards}
    assert {"reflectiekaarten/competenties", "reflectiekaarten/voorwaarden"} <= refs


def test_catalogue_has_all_built_in_content(catalogue: Catalogue) -> None:
    assert {deck.key for deck in catalogue.decks} == {"reflectiekaarten", "inspiratie"}
    assert len(catalogue.scenario_maps[0].scenarios) == 4
    assert catalogue.scenario_maps[0].replaceable
    assert len(catalogue.roles) == 7
    (school,) = catalogue.schools
    assert school.is_example
    assert "Wij zijn een lerende organisatie" in school.vision


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "kapot.toml", GOOD_DECK.replace('title = "Test"', 'title = "Test'))
    with pytest.raises(ContentError) as caught:
        load_catalogue(tmp_path)
    assert caught.value.path.name == "kapot.toml"
    assert caught.value.line == 5
    assert "kapot.toml, regel 5" in str(caught.value)


def test_missing_field_points_at_the_card(tmp_path: Path) -> None:
    text = GOOD_DECK + '\n[[cards]]\nkey = "twee"\ntitle = "Twee"\n'
    write(tmp_path, "deck.toml", text)
    with pytest.raises(ContentError) as caught:
        load_catalogue(tmp_path)
    assert "'body' ontbreekt" in caught.value.problem
    assert caught.value.line == 12  # the second [[cards]] header


def test_wrong_type_points_at_the_line(tmp_path: Path) -> None:
    theme = """\
format = 1
kind = "theme"
key = "t"
version = 1
title = "T"
goals = ["doel"]
materials = []

[[parts]]
title = "Deel"

[[parts.timeboxes]]
mode = "individual"
minutes = 5

[[parts.timeboxes.steps]]
text = "stap"

[[parts.timeboxes]]
mode = "samen"
minutes = 5

[[parts.timeboxes.steps]]
text = "stap"
"""
    write(tmp_path, "theme.toml", theme)
    with pytest.raises(ContentError) as caught:
        load_catalogue(tmp_path)
    assert "werkvorm 'samen'" in caught.value.problem
    assert caught.value.line == 20


def test_one_bad_file_loads_nothing(tmp_path: Path) -> None:
    write(tmp_path, "a-good.toml", GOOD_DECK)
    write(tmp_path, "b-bad.toml", GOOD_DECK.replace('kind = "deck"', 'kind = "stapel"').replace("test", "b"))
    with pytest.raises(ContentError, match="soort 'stapel'"):
        load_catalogue(tmp_path)


def test_unknown_card_reference_is_refused(tmp_path: Path) -> None:
    source = (resources.cards_dir() / "theme-professionaliseren.toml").read_text(encoding="utf-8")
    write(tmp_path, "theme.toml", source)
    write(tmp_path, "deck.toml", GOOD_DECK)
    with pytest.raises(ContentError, match="onbekende kaart"):
        load_catalogue(tmp_path)


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    (tmp_path / "deck.toml").write_bytes(GOOD_DECK.replace("Eén", "E\xe9n").encode("latin-1"))
    with pytest.raises(ContentError, match="UTF-8"):
        load_catalogue(tmp_path)


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="geen inhoudsbestanden"):
        load_catalogue(tmp_path)


def test_fingerprint_ignores_ids_but_not_content(catalogue: Catalogue) -> None:
    from dataclasses import replace

    theme: Theme = catalogue.themes[0]
    assert fingerprint(replace(theme, id="x")) == fingerprint(theme)
    assert fingerprint(replace(theme, title="Anders")) != fingerprint(theme)
