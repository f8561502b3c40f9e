"""The print set is assembled in one place (pdf.set_items): the command line's files, the dialog's one PDF."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from facilitator_app.pdf import ItemKind, SessionPrint, SetOptions, render_items, render_set, set_items
from tests.pdf.pdfutil import reader

UI = Path(__file__).resolve().parents[2] / "facilitator_app" / "ui"


def test_the_default_set_holds_every_item_in_reading_order(session: SessionPrint) -> None:
    kinds = [item.kind for item in set_items(session)]
    cards = [item.deck.key for item in set_items(session) if item.deck is not None]
    assert kinds == [
        ItemKind.SCRIPT,
        ItemKind.WORKSHEETS,
        *[ItemKind.CARDS] * len(cards),
        ItemKind.SCENARIO_MAP,
        ItemKind.POSTERS,
        ItemKind.PART3,
        ItemKind.ROLES,
    ]
    assert cards  # the decks the theme's steps use


def test_the_dialogs_choices_pick_items_and_decks(session: SessionPrint) -> None:
    last = session.decks[-1].key
    options = SetOptions(
        decks=(last,),
        include_script=False,
        include_map=False,
        include_posters=False,
        include_roles=False,
        part3=None,
    )
    items = set_items(session, options)
    assert [(item.kind, item.deck.key if item.deck else "") for item in items] == [
        (ItemKind.WORKSHEETS, ""),
        (ItemKind.CARDS, last),
    ]
    assert items[1].file_name == f"kaarten-{last}"


def test_blank_worksheets_carry_no_name_and_the_files_match_the_items(session: SessionPrint) -> None:
    only_sheets = SetOptions(
        include_script=False,
        include_map=False,
        include_posters=False,
        include_roles=False,
        part3=None,
        decks=(),
    )
    named = render_items(set_items(session, only_sheets))
    blank = render_items(set_items(session, replace(only_sheets, blank_worksheets=True)))
    assert "Anouk de Vries" in "".join(page.extract_text() for page in reader(named.data).pages)
    assert "Anouk de Vries" not in "".join(page.extract_text() for page in reader(blank.data).pages)
    assert list(render_set(session, only_sheets)) == ["01-werkbladen.pdf"]


def test_no_ui_module_assembles_a_set_itself() -> None:
    """The item renderers are called from pdf.set_items only (the dialog collects options)."""
    renderers = {
        "render_script",
        "render_worksheets",
        "render_cards",
        "render_scenario_map",
        "render_posters",
        "render_part3_form",
        "render_role_glossary",
    }
    callers: dict[str, list[str]] = {}
    for path in UI.rglob("*.py"):
        names = {
            node.attr if isinstance(node, ast.Attribute) else node.id
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, (ast.Attribute, ast.Name))
        }
        if names & renderers:
            callers[path.name] = sorted(names & renderers)
    assert callers == {}
