"""The page shell the three editors share (ui/editor_shell.py), for themes, card decks and scenario maps
alike: a built-in item is read-only (status, no Edit tab, no edit reaches the store), "Make your own
copy" gives an editable copy shown on its Edit tab, the chooser knows it, a pending edit is saved when
the page is left, and a change announced by someone else is shown. Each page is mounted on its own
over a real SQLite file; results are read back through a second connection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.edit_errors import Content
from facilitator_app.store import Store
from facilitator_app.ui.changes import StoreChanges, announce, flush_edits
from facilitator_app.ui.decks_page import DecksPage
from facilitator_app.ui.editor_shell import EditorShell
from facilitator_app.ui.scenario_page import ScenarioPage
from facilitator_app.ui.theme_page import ThemePage

from .helpers import read_back, show_alone


@dataclass(frozen=True)
class Kind:
    """One kind of content: its page, its repository, its tabs, its status words and a field to type in."""

    page: Callable[[Store], QWidget]
    repository: Callable[[Store], Any]
    tabs: Callable[[Any], QTabWidget]
    own_status: str
    title_field: Callable[[Any], QWidget]
    stored_title: Callable[[Any], str]
    structural_edit: Callable[[QWidget], None]  # an add made the way a user would, if allowed
    changes: str  # the StoreChanges field of this kind


def _deck_add(page: QWidget) -> None:
    assert isinstance(page, DecksPage)
    page.card_list.setFocus()
    page.add_card_action.trigger()


def _map_add(page: QWidget) -> None:
    assert isinstance(page, ScenarioPage)
    page.editor.add_scenario()


def _theme_add(page: QWidget) -> None:
    assert isinstance(page, ThemePage)
    page.editor.add_part()


KINDS = {
    "themes": Kind(
        ThemePage,
        lambda store: store.themes,
        lambda page: page.script_tabs,
        "eigen kopie · bewerkbaar",
        lambda page: page.editor.title_edit,
        lambda item: item.title,
        _theme_add,
        "themes",
    ),
    "decks": Kind(
        DecksPage,
        lambda store: store.decks,
        lambda page: page.card_tabs,
        "eigen set · bewerkbaar",
        lambda page: page.editor.title_edit,
        lambda deck: deck.cards[0].title,
        _deck_add,
        "decks",
    ),
    "maps": Kind(
        ScenarioPage,
        lambda store: store.scenario_maps,
        lambda page: page.tabs,
        "eigen kaart · bewerkbaar",
        lambda page: page.editor.title_edit,
        lambda item: item.title,
        _map_add,
        "scenarios",
    ),
}


@pytest.fixture(params=list(KINDS))
def kind(request: pytest.FixtureRequest) -> Kind:
    return KINDS[request.param]


def shell_of(page: QWidget) -> EditorShell[Content]:
    shell = page.shell
    assert isinstance(shell, EditorShell)
    return shell


def everything(db_path: Path, kind: Kind) -> list[Content]:
    return list(read_back(db_path, lambda store: kind.repository(store).all()))


def test_built_in_content_is_read_only_and_an_own_copy_is_edited(
    kind: Kind, store: Store, db_path: Path, qtbot: QtBot, dutch: QApplication
) -> None:
    page = show_alone(qtbot, kind.page(store))
    shell = shell_of(page)
    tabs = kind.tabs(page)
    builtin = shell.item
    assert builtin is not None and builtin.builtin is not None
    before = everything(db_path, kind)

    # Read-only: the status says so, there is no Edit tab and an edit does not reach the store.
    assert shell.status_chip.text() == "ingebouwd · alleen lezen"
    assert shell.copy_button.isVisible() and not tabs.isTabVisible(1)
    assert shell.own_item() is None
    kind.structural_edit(page)
    assert everything(db_path, kind) == before

    # Own copy: stored as a new item of one's own, shown at once on its Edit tab, named in the chooser.
    messages: list[str] = []
    shell.message.connect(messages.append)
    qtbot.mouseClick(shell.copy_button, Qt.MouseButton.LeftButton)
    after = everything(db_path, kind)
    assert len(after) == len(before) + 1
    copy = next(item for item in after if item.id not in {old.id for old in before})
    assert copy.builtin is None and copy.title == f"{builtin.title} (eigen kopie)"
    assert shell.item is not None and shell.item.id == copy.id and shell.own_item() is not None
    assert shell.status_chip.text() == kind.own_status
    assert not shell.copy_button.isVisible()
    assert tabs.isTabVisible(1) and tabs.currentIndex() == 1
    assert messages and copy.title in messages[-1]
    assert shell.chooser.current_id() == copy.id

    # Typing in the copy reaches the store once the page is left; the built-in stays as it was.
    field = kind.title_field(page)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Van ons")
    page.hide()  # the shell saves the pending edit when its page goes
    stored = {item.id: item for item in everything(db_path, kind)}
    assert kind.stored_title(stored[copy.id]) == "Van ons"
    assert stored[builtin.id] == next(item for item in before if item.id == builtin.id)


def test_a_change_announced_elsewhere_is_shown_and_flush_requests_save_the_edit(
    kind: Kind, store: Store, db_path: Path, qtbot: QtBot, dutch: QApplication
) -> None:
    page = show_alone(qtbot, kind.page(store))
    shell = shell_of(page)
    repository = kind.repository(store)
    builtin = shell.item
    assert builtin is not None
    copy = repository.copy(builtin.id, title="Van elders")
    assert copy.id not in shell.chooser.ids()
    announce(store, StoreChanges(**{kind.changes: True}))
    assert copy.id in shell.chooser.ids()
    assert shell.item is not None and shell.item.id == builtin.id  # the shown item stays shown

    # flush_edits (before an export or a backup) saves what is being typed in the editor.
    shell.reload(select_id=copy.id)
    field = kind.title_field(page)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Bijna klaar")
    flush_edits(store)
    stored = {item.id: item for item in everything(db_path, kind)}
    assert kind.stored_title(stored[copy.id]) == "Bijna klaar"
