"""Undo of structural changes (add, duplicate, move by keys or drag, delete) in the deck, scenario-map
and script editors, driven like a user. Every undo is read back from a second connection to the
SQLite file, and text typed after the change must survive its undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Deck, ScenarioMap
from facilitator_app.store import Store
from facilitator_app.ui.decks_page import DecksPage
from facilitator_app.ui.main_window import SCENARIOS, MainWindow
from facilitator_app.ui.scenario_editor import ScenarioMapEditor
from facilitator_app.ui.theme_page import ThemePage
from facilitator_app.ui.undo import EditorUndo

from .test_deck_properties import drop_row, list_texts
from .test_editors import WAIT_MS, own_deck, select_all_and_type
from .test_pages import click_navigation
from .test_script_editor import alt, page, stored, texts

__all__ = ["page"]  # the theme-page fixture, used by the script tests below


def stored_deck(db_path: Path, deck_id: str) -> Deck:
    reopened = Store.open(db_path)  # a second connection sees only what was committed
    try:
        return reopened.decks.get(deck_id)
    finally:
        reopened.close()


def stored_map(db_path: Path, map_id: str) -> ScenarioMap:
    reopened = Store.open(db_path)
    try:
        return reopened.scenario_maps.get(map_id)
    finally:
        reopened.close()


def ctrl_z(qtbot: QtBot, view: QListWidget) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def deck_with_three_cards(window: MainWindow, qtbot: QtBot) -> tuple[DecksPage, str]:
    """An own deck of three cards, the third added and named "Derde" (that add can be undone too)."""
    page = own_deck(window, qtbot)
    page.card_list.setCurrentRow(1)
    qtbot.mouseClick(page.findChild(object, "addCardButton"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    select_all_and_type(qtbot, page.editor.title_edit, "Derde")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    return page, page.deck.id  # type: ignore[union-attr]


# --- cards ------------------------------------------------------------------------


def test_undo_of_a_card_move_restores_the_order_and_keeps_a_later_title(
    window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    page, deck_id = deck_with_three_cards(window, qtbot)
    first, second, third = [card.title for card in stored_deck(db_path, deck_id).cards]
    assert third == "Derde"

    def titles() -> list[str]:
        return [card.title for card in stored_deck(db_path, deck_id).cards]

    # Alt+Down on the first card, then Ctrl+Z: the stored order is the old one again.
    page.card_list.setCurrentRow(0)
    page.card_list.setFocus()
    qtbot.keyClick(page.card_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles() == [second, first, third]
    assert page.undo_button.isVisible()
    assert page.undo_button.text() == "&Ongedaan maken"
    assert page.undo_button.toolTip().startswith(f"Ongedaan maken: verplaatsen van ‘{first}’")
    ctrl_z(qtbot, page.card_list)
    assert titles() == [first, second, third]
    assert page.card_list.currentRow() == 0 and page.current_card().title == first  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == f"Ongedaan gemaakt: verplaatsen van ‘{first}’."

    # Moved, then retitled: the undo moves it back and keeps the new title (tooltip follows it).
    qtbot.keyClick(page.card_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.card_list.currentRow() == 1
    select_all_and_type(qtbot, page.editor.title_edit, "Na het verplaatsen")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    assert "‘Na het verplaatsen’" in page.undo_button.toolTip()
    ctrl_z(qtbot, page.card_list)
    assert titles() == ["Na het verplaatsen", second, third]
    assert [text.splitlines()[-1] for text in list_texts(page.card_list)] == titles()


def test_undo_of_a_dragged_card(window: MainWindow, qtbot: QtBot, db_path: Path) -> None:
    page, deck_id = deck_with_three_cards(window, qtbot)
    first, second, third = [card.title for card in stored_deck(db_path, deck_id).cards]

    def titles() -> list[str]:
        return [card.title for card in stored_deck(db_path, deck_id).cards]

    page.card_list.setCurrentRow(0)
    drop_row(page.card_list, 0, 3)
    assert titles() == [second, third, first]
    qtbot.waitUntil(lambda: page.card_list.currentRow() == 2, timeout=WAIT_MS)
    # The third card is edited after the drag; the undo moves only the dragged one back.
    page.card_list.setCurrentRow(1)
    select_all_and_type(qtbot, page.editor.title_edit, "Bewerkt na het slepen")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert titles() == [first, second, "Bewerkt na het slepen"]
    assert page.current_card().title == first  # type: ignore[union-attr]
    # Next in line is the add of the setup, named as that card is called now.
    assert "toevoegen van ‘Bewerkt na het slepen’" in page.undo_button.toolTip()


def test_undo_of_adding_and_duplicating_cards_and_several_steps_back(
    window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    page = own_deck(window, qtbot)
    deck_id = page.deck.id  # type: ignore[union-attr]
    original = stored_deck(db_path, deck_id).cards

    def titles() -> list[str]:
        return [card.title for card in stored_deck(db_path, deck_id).cards]

    # A new card, named, then Ctrl+Z in the list: it is gone again and the card before it is current.
    page.card_list.setCurrentRow(0)
    page.card_list.setFocus()
    qtbot.keyClick(page.card_list, Qt.Key.Key_Insert)
    qtbot.keyClicks(page.editor.title_edit, "Per ongeluk")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    assert len(titles()) == len(original) + 1
    assert "toevoegen van ‘Per ongeluk’" in page.undo_button.toolTip()
    ctrl_z(qtbot, page.card_list)
    assert stored_deck(db_path, deck_id).cards == original
    assert page.card_list.count() == len(original) and page.card_list.currentRow() == 0
    assert not page.undo_button.isVisible()

    # Duplicate, move the copy, delete the other card: three undos bring back the deck as it was.
    qtbot.keyClick(page.card_list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(titles()) == len(original) + 1
    qtbot.keyClick(page.card_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    page.card_list.setCurrentRow(len(original))
    qtbot.keyClick(page.card_list, Qt.Key.Key_Delete)
    assert titles() == [original[0].title, original[0].title]
    assert "dupliceren" not in page.undo_button.toolTip()
    ctrl_z(qtbot, page.card_list)
    ctrl_z(qtbot, page.card_list)
    assert "dupliceren van" in page.undo_button.toolTip()
    ctrl_z(qtbot, page.card_list)
    assert stored_deck(db_path, deck_id).cards == original
    assert not page.undo_button.isVisible()


# --- scenarios ----------------------------------------------------------------------


def own_map(window: MainWindow, qtbot: QtBot) -> ScenarioMapEditor:
    click_navigation(window, qtbot, SCENARIOS)
    page = window.scenarios
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.map is not None and page.map.builtin is None
    return page.editor


def test_undo_of_scenario_moves_adds_and_deletes_keeps_later_text(
    window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    editor = own_map(window, qtbot)
    map_id = editor.map.id  # type: ignore[union-attr]
    original = stored_map(db_path, map_id).scenarios
    names = [scenario.name for scenario in original]
    view = editor.scenario_list

    def stored_names() -> list[str]:
        return [scenario.name for scenario in stored_map(db_path, map_id).scenarios]

    # Alt+Down, then the moved scenario is renamed; Ctrl+Z moves it back with its new name.
    view.setCurrentRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_names() == [names[1], names[0], *names[2:]]
    assert editor.undo_button.isVisible() and editor.undo_button.text() == "&Ongedaan maken"
    select_all_and_type(qtbot, editor.name_edit, "Hernoemd")
    ctrl_z(qtbot, view)
    assert stored_names() == ["Hernoemd", *names[1:]]
    assert list_texts(view) == stored_names() and view.currentRow() == 0
    assert not editor.undo_button.isVisible()

    # A new scenario, then Ctrl+Z: gone.
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(stored_names()) == len(names) + 1
    ctrl_z(qtbot, view)
    assert stored_names() == ["Hernoemd", *names[1:]]

    # Delete one, then edit another: the undo puts back only the deleted one, same id, same place.
    view.setCurrentRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    view.setCurrentRow(0)
    select_all_and_type(qtbot, editor.description_edit, "Na het verwijderen")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    saved = stored_map(db_path, map_id).scenarios
    assert [scenario.name for scenario in saved] == ["Hernoemd", *names[1:]]
    assert saved[0].description == "Na het verwijderen"
    assert saved[2] == original[2]


def test_undo_of_a_dragged_scenario(window: MainWindow, qtbot: QtBot, db_path: Path) -> None:
    editor = own_map(window, qtbot)
    map_id = editor.map.id  # type: ignore[union-attr]
    names = [scenario.name for scenario in stored_map(db_path, map_id).scenarios]
    view = editor.scenario_list

    def stored_names() -> list[str]:
        return [scenario.name for scenario in stored_map(db_path, map_id).scenarios]

    view.setCurrentRow(0)
    drop_row(view, 0, 3)
    assert stored_names() == [names[1], names[2], names[0], *names[3:]]
    qtbot.waitUntil(lambda: view.currentRow() == 2, timeout=WAIT_MS)
    assert f"verplaatsen van ‘{names[0]}’" in editor.undo_button.toolTip()
    ctrl_z(qtbot, view)
    assert stored_names() == names
    assert list_texts(view) == names and view.currentRow() == 0


# --- script ----------------------------------------------------------------------------


def test_undo_of_a_step_move_and_of_adds_in_the_script(page: ThemePage, qtbot: QtBot, db_path: Path) -> None:
    editor = page.editor
    theme_id = page.theme.id  # type: ignore[union-attr]
    original = stored(db_path, theme_id)
    before = texts(original, 0, 3)
    assert len(before) == 2
    assert not editor.undo_button.isVisible()

    # Step 4 moved down with Alt+Down, then its text edited; Undo moves it back and keeps the text.
    alt(qtbot, editor.parts[0].boxes[3].steps[0].text, Qt.Key.Key_Down)
    assert texts(stored(db_path, theme_id), 0, 3) == before[::-1]
    assert editor.undo_button.isVisible() and editor.undo_button.text() == "&Ongedaan maken"
    assert editor.undo_button.toolTip() == "Ongedaan maken: verplaatsen van stap 4 (Ctrl+Z)"
    moved = editor.parts[0].boxes[3].steps[1].text
    assert moved.hasFocus()
    moved.moveCursor(moved.textCursor().MoveOperation.End)
    qtbot.keyClicks(moved, " Nog aangevuld.")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert texts(stored(db_path, theme_id), 0, 3) == [f"{before[0]} Nog aangevuld.", before[1]]
    assert editor.parts[0].boxes[3].steps[0].text.toPlainText() == f"{before[0]} Nog aangevuld."
    assert not editor.undo_button.isVisible()

    # A step added and a part added: two undos take both away again.
    qtbot.mouseClick(editor.parts[0].boxes[3].add_step, Qt.MouseButton.LeftButton)
    assert len(stored(db_path, theme_id).parts[0].timeboxes[3].steps) == 3
    qtbot.mouseClick(editor.add_part_button, Qt.MouseButton.LeftButton)
    assert len(stored(db_path, theme_id).parts) == len(original.parts) + 1
    assert editor.undo_button.toolTip().startswith("Ongedaan maken: toevoegen van deel")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert len(stored(db_path, theme_id).parts) == len(original.parts)
    assert editor.undo_button.toolTip().startswith("Ongedaan maken: toevoegen van stap")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert texts(stored(db_path, theme_id), 0, 3) == [f"{before[0]} Nog aangevuld.", before[1]]
    assert len(editor.parts) == len(original.parts)
    assert not editor.undo_button.isVisible()


# --- the undo model itself ------------------------------------------------------------


def test_a_refused_undo_or_redo_stays_where_it_was_and_the_oldest_changes_drop_off(qtbot: QtBot) -> None:
    host = QListWidget()
    qtbot.addWidget(host)
    history = EditorUndo(host, Qt.ShortcutContext.WidgetShortcut, ("undoButton", "redoButton"), limit=3)
    # In a widget, as an editor has them: a shown button without a parent is a window of its own and
    # outlives the test (run_gui in a later test would never see its last window close).
    history.buttons().setParent(host)
    done: list[str] = []
    refuse = {"on": False}

    def operation(name: str) -> Callable[[], bool]:
        def run() -> bool:
            if refuse["on"]:
                return False
            done.append(name)
            return True

        return run

    for number in range(5):
        history.push(f"change {number}", operation(f"redo {number}"), operation(f"undo {number}"))
    assert history.stack.count() == 3 and history.undo_button.toolTip().startswith("Ongedaan maken: change 4")
    assert history.undo_action.isEnabled() and not history.redo_action.isEnabled()
    refuse["on"] = True
    assert not history.undo()  # a refused undo (the store said no) can be tried again
    assert history.stack.index() == 3 and done == []
    refuse["on"] = False
    while history.undo():
        pass
    assert done == ["undo 4", "undo 3", "undo 2"]
    assert not history.undo_action.isEnabled() and history.redo_button.toolTip().startswith(
        "Opnieuw: change 2"
    )
    refuse["on"] = True
    assert not history.redo()  # so can a refused redo
    assert history.stack.index() == 0
    refuse["on"] = False
    assert history.redo() and done[-1] == "redo 2"
    history.push("change 5", operation("redo 5"), operation("undo 5"))  # a new change drops the redos
    assert not history.redo_action.isEnabled() and history.stack.count() == 2
