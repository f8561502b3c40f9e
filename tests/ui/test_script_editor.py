"""The script editor of an own theme, driven like a user: add, reorder, delete and undo parts, time
boxes and steps; link cards to a step; edit step numbers, goals and materials. Every result is read
back from the real SQLite file (and the command line), and planned sessions keep their copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app import cli
from facilitator_app.core.models import CardRef, Participant, School, Theme
from facilitator_app.core.sessions import Session
from facilitator_app.store import Store
from facilitator_app.ui.card_picker import REF_ROLE, CardPickerDialog
from facilitator_app.ui.main_window import THEMES, MainWindow
from facilitator_app.ui.script_editor import ScriptEditor
from facilitator_app.ui.theme_page import ThemePage

from .helpers import answer_message_box
from .test_pages import click_navigation

VOORWAARDEN = CardRef("reflectiekaarten", "voorwaarden")


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> ThemePage:
    """The theme page with an own copy of the built-in theme, made by clicking."""
    click_navigation(window, qtbot, THEMES)
    page = window.theme
    assert page.theme is not None and page.theme.builtin is not None
    assert not page.script_tabs.isTabVisible(1)  # the built-in one has no editor
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.theme is not None and page.theme.builtin is None
    assert page.script_tabs.currentIndex() == 1
    return page


def stored(db_path: Path, theme_id: str) -> Theme:
    reopened = Store.open(db_path)  # a second connection sees only what was committed
    try:
        return reopened.themes.get(theme_id)
    finally:
        reopened.close()


def click(qtbot: QtBot, row: QWidget, name: str) -> None:
    """Click the tool button ``name`` inside ``row`` (not inside a nested row)."""
    buttons = row.findChildren(QToolButton, name)
    assert buttons, name
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def alt(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def texts(theme: Theme, part: int, box: int) -> list[str]:
    return [step.text for step in theme.parts[part].timeboxes[box].steps]


def numbers(theme: Theme) -> list[int | None]:
    return [step.number for _, box in theme.timeboxes() for step in box.steps]


def test_add_a_time_box_and_a_step_and_reorder_them(
    page: ThemePage, qtbot: QtBot, db_path: Path, store: Store
) -> None:
    editor = page.editor
    theme_id = page.theme.id  # type: ignore[union-attr]
    assert not editor.numbers_note.isVisible()  # the built-in numbers are 1 to 8, each once
    # A new time box at the end of part 1: the keyboard is in its step, whose text is selected.
    qtbot.mouseClick(editor.parts[0].add_box, Qt.MouseButton.LeftButton)
    new_box = editor.parts[0].boxes[4]
    assert new_box.steps[0].text.hasFocus()
    assert new_box.minutes.value() == 5 and new_box.steps[0].number.value() == 6
    qtbot.keyClicks(new_box.steps[0].text, "Bespreek in tweetallen.")
    assert page.total_chip.text() == "65 minuten in totaal"  # the header follows at once
    assert "65" in editor.total.text()
    assert editor.parts[0].minutes_label.text() == "30 min"
    # A second step in it, typed, then moved up with Alt+Up: the keyboard stays in it.
    qtbot.mouseClick(editor.parts[0].boxes[4].add_step, Qt.MouseButton.LeftButton)
    second = editor.parts[0].boxes[4].steps[1]
    assert second.text.hasFocus() and second.number.value() == 7
    qtbot.keyClicks(second.text, "Noteer een inzicht.")
    alt(qtbot, second.text, Qt.Key.Key_Up)
    moved = editor.parts[0].boxes[4].steps[0]
    assert moved.text.toPlainText() == "Noteer een inzicht." and moved.text.hasFocus()
    # The box moves up with its button, and again with Alt+Up from its minutes.
    click(qtbot, editor.parts[0].boxes[4].head, "moveBoxUpButton")
    assert editor.parts[0].boxes[3].steps[0].text.toPlainText() == "Noteer een inzicht."
    alt(qtbot, editor.parts[0].boxes[3].minutes, Qt.Key.Key_Up)
    assert editor.parts[0].boxes[2].minutes.hasFocus()
    alt(qtbot, editor.parts[0].boxes[2].minutes, Qt.Key.Key_Down)  # and back
    assert editor.parts[0].boxes[3].minutes.hasFocus()

    saved = stored(db_path, theme_id)
    assert texts(saved, 0, 3) == ["Noteer een inzicht.", "Bespreek in tweetallen."]
    assert numbers(saved)[:7] == [1, 2, 3, 7, 6, 4, 5]
    assert saved.minutes == 65
    # Part 2 has steps 6 and 7 too: the editor says so, and renumbering mends it.
    assert editor.numbers_note.isVisible() and "6, 7" in editor.numbers_note.text()
    qtbot.mouseClick(editor.renumber_button, Qt.MouseButton.LeftButton)
    assert numbers(stored(db_path, theme_id)) == [*range(1, 11), None, None, None, None]
    assert editor.parts[0].boxes[3].steps[1].number.value() == 5
    assert not editor.numbers_note.isVisible()

    # Alt+Down in a part's title moves the part; the script tab shows the new order and minutes.
    alt(qtbot, editor.parts[0].title, Qt.Key.Key_Down)
    assert editor.parts[1].title.hasFocus()
    assert editor.parts[1].title.text() == "Professionaliseringsaanbod en competenties"
    page.script_tabs.setCurrentIndex(0)
    assert [view.part.title for view in page.part_views][:2] == [
        "Voorwaarden voor effectieve professionalisering",
        "Professionaliseringsaanbod en competenties",
    ]
    assert [box.box.minutes for box in page.timebox_views()][2:7] == [5, 5, 5, 5, 10]
    assert page.total_chip.text() == "65 minuten in totaal"
    assert [step.number for step in page.timebox_views()[0].box.steps] == [8]
    assert store.themes.get("professionaliseren").minutes == 60  # the built-in is untouched


def test_delete_with_undo_and_a_calm_refusal(
    page: ThemePage, window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    editor = page.editor
    original = page.theme
    assert original is not None
    # Delete step 5, then the first time box of part 2.
    click(qtbot, editor.parts[0].boxes[3].steps[1].row, "deleteStepButton")
    assert [s.number.value() for s in editor.parts[0].boxes[3].steps] == [4]
    assert editor.undo_button.isVisible()
    assert window.statusBar().currentMessage()  # says what went
    click(qtbot, editor.parts[1].boxes[0].head, "deleteBoxButton")
    assert len(editor.parts[1].boxes) == 1
    assert page.total_chip.text() == "55 minuten in totaal"
    assert stored(db_path, original.id).minutes == 55
    # Undo puts the box back where it was; the step stays deleted, and is what Undo would undo next.
    assert editor.undo_button.text() == "&Ongedaan maken"
    assert editor.undo_button.toolTip() == "Ongedaan maken: verwijderen van het tijdvak van 5 min (Ctrl+Z)"
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.undo_button.toolTip() == "Ongedaan maken: verwijderen van stap 5 (Ctrl+Z)"
    saved = stored(db_path, original.id)
    assert saved.parts[1].timeboxes == original.parts[1].timeboxes
    assert texts(saved, 0, 3) == [original.parts[0].timeboxes[3].steps[0].text]
    assert page.total_chip.text() == "60 minuten in totaal"
    # A whole part goes and comes back.
    click(qtbot, editor.parts[1].head, "deletePartButton")
    assert [p.title.text() for p in editor.parts] == [original.parts[0].title, original.parts[2].title]
    assert len(stored(db_path, original.id).parts) == 2
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert stored(db_path, original.id).parts[1] == original.parts[1]
    # The only time box of part 3 cannot go: a calm explanation, and nothing changes.
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    click(qtbot, editor.parts[2].boxes[0].head, "deleteBoxButton")
    assert len(seen) == 1 and "enige tijdvak van deel 3" in seen[0] and "hele deel" in seen[0]
    assert len(stored(db_path, original.id).parts[2].timeboxes) == 1
    assert len(editor.parts[2].boxes) == 1


def answer_card_picker(qtbot: QtBot, tick: str) -> None:
    """When the card picker opens, tick the card ``tick`` (deck/card) with the space bar and press OK."""

    def answer() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, CardPickerDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        dialog = dialogs[0]
        item = next(i for i in dialog.card_items() if i.data(0, REF_ROLE) == tick)
        dialog.tree.setFocus()
        dialog.tree.setCurrentItem(item)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_link_a_card_to_a_step_and_see_it_in_new_sessions_only(
    page: ThemePage, qtbot: QtBot, db_path: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    editor = page.editor
    theme = page.theme
    assert theme is not None
    school = store.schools.add(School(name="De Kempen"))
    plan = Session(
        school_id=school.id,
        title="Professionaliseren",
        date="2025-03-14",
        planned_start="13:30",
        theme_id=theme.id,
        participants=(Participant("Anna", "schoolopleider"),),
    )
    before = store.sessions.plan(plan)
    step_row = editor.parts[0].boxes[1].steps[0].row  # step 2, collective, no card yet
    assert not step_row.findChildren(QLabel, "cardRef")
    answer_card_picker(qtbot, str(VOORWAARDEN))
    qtbot.mouseClick(editor.parts[0].boxes[1].steps[0].cards, Qt.MouseButton.LeftButton)
    chips = editor.parts[0].boxes[1].steps[0].row.findChildren(QLabel, "cardRef")
    assert len(chips) == 1 and chips[0].text().startswith("Reflectiekaart B: Voorwaarden")
    full_title = (
        "Reflectiekaart B: Voorwaarden voor effectieve professionalisering en professionele ontwikkeling"
    )
    assert chips[0].toolTip().startswith(full_title + "\n")
    assert stored(db_path, theme.id).parts[0].timeboxes[1].steps[0].cards == (VOORWAARDEN,)
    # The command line shows it, as does the script tab.
    assert cli.main(["--db", str(db_path), "themes", "show", theme.id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["parts"][0]["timeboxes"][1]["steps"][0]["cards"] == [str(VOORWAARDEN)]
    page.script_tabs.setCurrentIndex(0)
    assert len(page.timebox_views()[1].findChildren(QLabel, "cardRef")) == 1
    # A session planned now has the card; the one planned before keeps its own copy of the script.
    after = store.sessions.plan(plan)
    assert after.script is not None and after.script.parts[0].timeboxes[1].steps[0].cards == (VOORWAARDEN,)
    assert store.sessions.get(before.id).script == theme
    # Unticking removes it again.
    page.script_tabs.setCurrentIndex(1)
    answer_card_picker(qtbot, str(VOORWAARDEN))
    qtbot.mouseClick(editor.parts[0].boxes[1].steps[0].cards, Qt.MouseButton.LeftButton)
    assert stored(db_path, theme.id).parts[0].timeboxes[1].steps[0].cards == ()


def select_all_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def overview_text(page: ThemePage) -> str:
    return " ".join(label.text() for label in page.overview.findChildren(QLabel) if label.isVisible())


def test_edit_goals_materials_summary_and_step_numbers(page: ThemePage, qtbot: QtBot, db_path: Path) -> None:
    editor: ScriptEditor = page.editor
    theme_id = page.theme.id  # type: ignore[union-attr]
    select_all_and_type(qtbot, editor.goals_edit, "Het aanbod past bij de visie.")
    qtbot.keyClick(editor.goals_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.goals_edit, "Iedereen kent de voorwaarden.")
    select_all_and_type(qtbot, editor.materials_edit, "Werkbladen")
    qtbot.keyClick(editor.materials_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.materials_edit, Qt.Key.Key_Return)  # an empty line is no item
    qtbot.keyClicks(editor.materials_edit, "Stiften")
    select_all_and_type(qtbot, editor.preparation_edit, "Lees de visie en het jaarplan.")
    select_all_and_type(qtbot, editor.summary_edit, "Een uur over professionaliseren.")
    # Step 1 gets number 9; the first part-3 question gets a number, the second step of part 1 none.
    select_all_and_type(qtbot, editor.parts[0].boxes[0].steps[0].number, "9")
    qtbot.keyClick(editor.parts[0].boxes[0].steps[0].number, Qt.Key.Key_Tab)
    select_all_and_type(qtbot, editor.parts[2].boxes[0].steps[0].number, "12")
    select_all_and_type(qtbot, editor.parts[0].boxes[1].steps[0].number, "0")
    qtbot.keyClick(editor.parts[0].boxes[1].steps[0].number, Qt.Key.Key_Tab)
    assert editor.parts[0].boxes[1].steps[0].number.text() == "•"  # no number
    select_all_and_type(qtbot, editor.parts[1].intro, "Alleen als er tijd over is.")
    qtbot.keyClick(editor.parts[1].intro, Qt.Key.Key_Tab)  # leaving the field saves

    saved = stored(db_path, theme_id)
    assert saved.goals == ("Het aanbod past bij de visie.", "Iedereen kent de voorwaarden.")
    assert saved.materials == ("Werkbladen", "Stiften")
    assert saved.preparation == "Lees de visie en het jaarplan."
    assert saved.summary == "Een uur over professionaliseren."
    assert saved.parts[1].intro == "Alleen als er tijd over is."
    assert numbers(saved) == [9, None, 3, 4, 5, 6, 7, 8, 12, None, None, None]
    # The overview beside the editor shows the new goals and materials.
    qtbot.waitUntil(lambda: "Iedereen kent de voorwaarden." in overview_text(page))
    shown = overview_text(page)
    assert "Stiften" in shown and "Lees de visie en het jaarplan." in shown
    assert "Pennen en stiften" not in shown


def test_typing_and_closing_the_window_at_once_keeps_the_edit(
    page: ThemePage, window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    """No save delay may swallow the last words: closing the window saves what the editor holds."""
    editor = page.editor
    theme_id = page.theme.id  # type: ignore[union-attr]
    editor.summary_edit.setFocus()
    qtbot.keyClick(editor.summary_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.summary_edit, " Laatste woorden")
    assert editor._pending, "the edit waits for its save delay"
    window.close()
    assert stored(db_path, theme_id).summary.endswith("Laatste woorden")


def test_the_facilitators_notes_of_a_step_and_a_part_are_edited_and_kept(
    page: ThemePage, qtbot: QtBot, db_path: Path
) -> None:
    editor = page.editor
    theme_id = page.theme.id  # type: ignore[union-attr]
    step = editor.parts[0].boxes[0].steps[0]
    part = editor.parts[2]
    # The copy carries the built-in guide: step 1 and part 3 have notes.
    assert step.note.toPlainText() and part.note.toPlainText()
    step.note.selectAll()
    qtbot.keyClicks(step.note, "Vraag door naar een voorbeeld uit de eigen school.")
    part.note.clear()
    qtbot.keyClicks(part.note, "Eerst ieder voor zich plaatsen, dan samen.")
    assert editor.flush()
    kept = stored(db_path, theme_id)
    assert kept.parts[0].timeboxes[0].steps[0].note == "Vraag door naar een voorbeeld uit de eigen school."
    assert kept.parts[2].note == "Eerst ieder voor zich plaatsen, dan samen."
    assert kept.parts[0].timeboxes[0].steps[0].text == page.theme.parts[0].timeboxes[0].steps[0].text  # type: ignore[union-attr]
