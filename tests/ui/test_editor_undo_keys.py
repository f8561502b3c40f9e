"""One undo model in the three editors, driven from the keyboard: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y
redo, and the Undo/Redo buttons and actions show only what can be done. Each page is mounted on its own
over a real SQLite file; every result is read back through a second connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Deck, ScenarioMap, Theme
from facilitator_app.store import Store
from facilitator_app.ui.decks_page import DecksPage
from facilitator_app.ui.scenario_page import ScenarioPage
from facilitator_app.ui.theme_page import ThemePage

from .helpers import read_back, show_alone

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def stored_deck(db_path: Path, deck_id: str) -> Deck:
    return read_back(db_path, lambda store: store.decks.get(deck_id))


def stored_map(db_path: Path, map_id: str) -> ScenarioMap:
    return read_back(db_path, lambda store: store.scenario_maps.get(map_id))


def stored_theme(db_path: Path, theme_id: str) -> Theme:
    return read_back(db_path, lambda store: store.themes.get(theme_id))


def test_deck_cards_undo_and_redo_by_keys(
    store: Store, db_path: Path, qtbot: QtBot, dutch: QApplication
) -> None:
    page = show_alone(qtbot, DecksPage(store))
    page.deck_list.setCurrentRow(1)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    deck_id = page.deck.id  # type: ignore[union-attr]
    titles = [card.title for card in stored_deck(db_path, deck_id).cards]
    assert not page.undo_button.isVisible() and not page.redo_button.isVisible()
    assert not page.undo_action.isEnabled() and not page.redo_action.isEnabled()

    view = page.card_list
    view.setCurrentRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [titles[1], titles[0], *titles[2:]]
    assert [card.title for card in stored_deck(db_path, deck_id).cards] == moved
    assert page.undo_action.isEnabled() and not page.redo_action.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert [card.title for card in stored_deck(db_path, deck_id).cards] == titles
    assert page.redo_button.isVisible() and not page.undo_button.isVisible()
    assert page.redo_button.toolTip().startswith(f"Opnieuw: verplaatsen van ‘{titles[0]}’")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert [card.title for card in stored_deck(db_path, deck_id).cards] == moved
    assert view.currentRow() == 1

    # A delete, undone and redone with Ctrl+Y: the same card (same id) comes back and goes again.
    view.setCurrentRow(0)
    gone = stored_deck(db_path, deck_id).cards[0]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert gone.id not in [card.id for card in stored_deck(db_path, deck_id).cards]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored_deck(db_path, deck_id).cards[0] == gone
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert gone.id not in [card.id for card in stored_deck(db_path, deck_id).cards]
    # Two undos: the delete, then the move; then nothing is left to undo.
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert [card.title for card in stored_deck(db_path, deck_id).cards] == titles
    assert not page.undo_action.isEnabled() and page.redo_action.isEnabled()


def test_scenario_map_undo_and_redo_by_keys(
    store: Store, db_path: Path, qtbot: QtBot, dutch: QApplication
) -> None:
    page = show_alone(qtbot, ScenarioPage(store))
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    map_id = editor.map.id  # type: ignore[union-attr]
    names = [scenario.name for scenario in stored_map(db_path, map_id).scenarios]

    def stored_names() -> list[str]:
        return [scenario.name for scenario in stored_map(db_path, map_id).scenarios]

    view = editor.scenario_list
    view.setCurrentRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(stored_names()) == len(names) + 1
    added = stored_map(db_path, map_id).scenarios[1]
    assert editor.name_edit.hasFocus()  # the new scenario is named first; its undo is a key of the list
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored_names() == names
    assert editor.redo_button.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert stored_map(db_path, map_id).scenarios[1] == added  # the same scenario, same id, same place

    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_names()[:2] == [added.name, names[0]]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored_names() == names
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert stored_names()[:2] == [added.name, names[0]]
    assert not editor.redo_action.isEnabled() and editor.undo_action.isEnabled()


def test_script_undo_and_redo_by_keys_after_the_fields_own_typing(
    store: Store, db_path: Path, qtbot: QtBot, dutch: QApplication
) -> None:
    page = show_alone(qtbot, ThemePage(store))
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    theme_id = page.theme.id  # type: ignore[union-attr]
    steps = stored_theme(db_path, theme_id).parts[0].timeboxes[3].steps
    assert len(steps) == 2

    # A delete sends the keyboard to Undo; Ctrl+Z there puts the step back, with its text.
    step_row = editor.parts[0].boxes[3].steps[1].row
    qtbot.mouseClick(step_row.findChildren(QWidget, "deleteStepButton")[0], Qt.MouseButton.LeftButton)
    assert len(stored_theme(db_path, theme_id).parts[0].timeboxes[3].steps) == 1
    assert editor.undo_button.hasFocus()
    qtbot.keyClick(editor.undo_button, Qt.Key.Key_Z, CTRL)
    assert stored_theme(db_path, theme_id).parts[0].timeboxes[3].steps == steps
    # The keyboard is in the step that came back; that field has no typing of its own to redo,
    # so Ctrl+Shift+Z reaches the editor and deletes the step again.
    field = editor.parts[0].boxes[3].steps[1].text
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL_SHIFT)
    assert len(stored_theme(db_path, theme_id).parts[0].timeboxes[3].steps) == 1

    # Typing in a field is undone first by Ctrl+Z, in the field; the next Ctrl+Z undoes the delete.
    title = editor.parts[0].title
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " extra")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert not title.text().endswith(" extra")
    assert len(stored_theme(db_path, theme_id).parts[0].timeboxes[3].steps) == 1
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert stored_theme(db_path, theme_id).parts[0].timeboxes[3].steps == steps
    assert not editor.undo_button.isVisible() and editor.redo_button.isVisible()
