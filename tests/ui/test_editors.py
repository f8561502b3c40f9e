"""The deck, card, scenario-map and script editors, driven like a user: typing, clicking, shortcuts.

The live preview is checked by parsing the very PDF bytes it shows; stores are
real SQLite files, re-opened to prove edits were saved.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Catalogue, Deck
from facilitator_app.pdf import check_fit
from facilitator_app.store import Store
from facilitator_app.ui import card_preview
from facilitator_app.ui.decks_page import DecksPage
from facilitator_app.ui.main_window import DECKS, SCENARIOS, SCHOOLS, THEMES, MainWindow

from .helpers import answer_message_box
from .test_pages import click_navigation


def pages_of(deck: Deck | None, row: int) -> int:
    """Preview pages of a card: every front ("1/2", "2/2" for a long text), then the back."""
    assert deck is not None
    return check_fit(deck, deck.cards[max(row, 0)]).parts + 1


WAIT_MS = 15000


def pdf_text(data: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages)


def wait_for_preview(qtbot: QtBot, page: DecksPage) -> None:
    preview = page.preview
    qtbot.waitUntil(
        lambda: preview.shown_generation == preview.generation and preview.result is not None, timeout=WAIT_MS
    )


def own_deck(window: MainWindow, qtbot: QtBot, row: int = 1) -> DecksPage:
    """Go to the decks page, pick a built-in deck and make an own copy by clicking."""
    click_navigation(window, qtbot, DECKS)
    page = window.decks
    page.deck_list.setCurrentRow(row)
    assert page.deck is not None and page.deck.read_only
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.deck is not None and not page.deck.read_only
    assert page.card_tabs.currentIndex() == 1  # straight to the editor
    wait_for_preview(qtbot, page)
    return page


def select_all_and_type(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


# --- cards and the live preview ------------------------------------------------


def test_typing_a_card_updates_the_print_preview_and_saves(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    page = own_deck(window, qtbot)
    deck_id = page.deck.id  # type: ignore[union-attr]
    assert page.preview.document.pageCount() == pages_of(page.deck, 0)  # the fronts, then the back
    before = page.preview.generation
    select_all_and_type(qtbot, page.editor.title_edit, "Kringgesprek over leren")
    page.editor.body_edit.setFocus()
    page.editor.body_edit.moveCursor(page.editor.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor.body_edit, "- Zebravinkenproef met collega")
    # Typing coalesces into a few renders; the last one shows every word.
    wait_for_preview(qtbot, page)
    assert page.preview.generation > before
    assert page.preview.result is not None and page.preview.result.fits
    text = pdf_text(page.preview.result.pdf)
    assert "Kringgesprek over leren" in text
    assert "Zebravinkenproef met collega" in text
    # Every front ("1/2", "2/2" when the text runs over more cards), then the back.
    assert page.preview.document.pageCount() == pages_of(store.decks.get(deck_id), 0)
    assert not page.preview.banner.isVisible()

    # Saved after the pause, with nothing else done.
    def saved() -> bool:
        card = store.decks.get(deck_id).cards[0]
        return card.title == "Kringgesprek over leren" and card.body.endswith(
            "- Zebravinkenproef met collega"
        )

    qtbot.waitUntil(saved, timeout=3000)
    assert page.card_list.item(0).text().endswith("Kringgesprek over leren")


def test_preview_renders_off_the_gui_thread_and_drops_stale_results(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = own_deck(window, qtbot)
    threads: list[threading.Thread] = []
    real = card_preview.render_card_preview

    def spy(deck, card, footer_date=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(deck, card, footer_date)

    monkeypatch.setattr(card_preview, "render_card_preview", spy)
    deck = page.deck
    assert deck is not None
    from dataclasses import replace

    # Three quick requests: the first two are outdated before their turn and never shown.
    first = page.preview.show_card(deck, replace(deck.cards[0], title="Eerste versie"), now=True)
    page.preview.show_card(deck, replace(deck.cards[0], title="Tweede versie"), now=True)
    last = page.preview.show_card(deck, replace(deck.cards[0], title="Laatste versie"), now=True)
    wait_for_preview(qtbot, page)
    qtbot.waitUntil(page.preview.idle, timeout=WAIT_MS)
    assert page.preview.shown_generation == last > first
    assert "Laatste versie" in pdf_text(page.preview.result.pdf)  # type: ignore[union-attr]
    assert threads and all(thread is not threading.main_thread() for thread in threads)


def test_formatting_keys_insert_the_card_markup(window: MainWindow, qtbot: QtBot) -> None:
    page = own_deck(window, qtbot)
    body = page.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, "samen leren")
    # Select "leren" and make it bold with Ctrl+B.
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, 5)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "samen **leren**"
    # Ctrl+I with nothing selected gives a pair of markers with the cursor inside.
    qtbot.keyClick(body, Qt.Key.Key_End)
    qtbot.keyClicks(body, " ")
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, "nu")
    assert body.toPlainText() == "samen **leren** *nu*"
    # Ctrl+Shift+L turns the line into a bullet, and back.
    qtbot.keyClick(
        body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert body.toPlainText() == "- samen **leren** *nu*"
    qtbot.mouseClick(page.editor.bullet_button, Qt.MouseButton.LeftButton)
    assert body.toPlainText() == "samen **leren** *nu*"
    qtbot.mouseClick(page.editor.heading_button, Qt.MouseButton.LeftButton)
    assert body.toPlainText() == "## samen **leren** *nu*"
    # The school page's Ctrl+I (import a vision) did not fire: we are still on the decks page.
    assert window.pages.currentIndex() == DECKS


def test_text_that_does_not_fit_is_flagged_on_the_card_and_in_the_list(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    page = own_deck(window, qtbot)
    deck_id = page.deck.id  # type: ignore[union-attr]
    page.card_list.setCurrentRow(1)
    wait_for_preview(qtbot, page)
    assert page.overflow_rows() == []
    huge = "\n".join(
        f"- Punt {n}: een lange zin over professionaliseren op de opleidingsschool" for n in range(90)
    )
    QApplication.clipboard().setText(huge)
    body = page.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.preview.banner.isVisible, timeout=WAIT_MS)
    assert "9 pt" in page.preview.banner_text.text()
    assert page.preview.result is not None and not page.preview.result.fits and page.preview.result.truncated
    assert page.preview.document.pageCount() >= 2  # the part that fits is still shown
    qtbot.waitUntil(lambda: page.overflow_rows() == [1], timeout=WAIT_MS)
    assert page.card_list.item(1).toolTip()
    # After the save the whole-deck check in the worker agrees.
    qtbot.waitUntil(lambda: "Punt 89" in store.decks.get(deck_id).cards[1].body, timeout=3000)
    qtbot.waitUntil(page.preview.idle, timeout=WAIT_MS)
    assert page.overflow_rows() == [1]
    # Undo the paste: the flag goes away on the card and in the list.
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.preview.banner.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.overflow_rows() == [], timeout=WAIT_MS)


def test_cards_are_added_duplicated_reordered_and_deleted_with_undo(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    page = own_deck(window, qtbot)
    deck_id = page.deck.id  # type: ignore[union-attr]

    def titles() -> list[str]:
        return [card.title for card in store.decks.get(deck_id).cards]

    first, second = titles()
    page.card_list.setCurrentRow(0)
    qtbot.mouseClick(page.findChild(object, "duplicateCardButton"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert titles() == [first, first, second]
    assert page.card_list.currentRow() == 1
    keys = [card.key for card in store.decks.get(deck_id).cards]
    assert len(set(keys)) == 3

    # A new card after the current one; its title field is ready for typing.
    qtbot.mouseClick(page.findChild(object, "addCardButton"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert page.card_list.currentRow() == 2
    assert page.editor.title_edit.hasFocus()
    qtbot.keyClicks(page.editor.title_edit, "Zelf bedacht")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    assert titles() == [first, first, "Zelf bedacht", second]

    # Alt+Up twice on the list moves it to the top; Alt+Down once moves it back one.
    page.card_list.setFocus()
    qtbot.keyClick(page.card_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.card_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles() == ["Zelf bedacht", first, first, second]
    qtbot.keyClick(page.card_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles() == [first, "Zelf bedacht", first, second]
    assert page.card_list.currentRow() == 1

    # Delete with the Delete key, then bring it back with Ctrl+Z.
    qtbot.keyClick(page.card_list, Qt.Key.Key_Delete)
    assert titles() == [first, first, second]
    assert page.undo_button.isVisible()
    page.card_list.setFocus()
    qtbot.keyClick(page.card_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles() == [first, "Zelf bedacht", first, second]
    # Next in line is the move before it, and the button says so.
    assert page.undo_button.isVisible()
    assert page.undo_button.text() == "&Ongedaan maken"
    assert "Ongedaan maken: verplaatsen van ‘Zelf bedacht’" in page.undo_button.toolTip()
    # The delete button works too, and the undo button undoes it.
    page.card_list.setCurrentRow(3)
    qtbot.mouseClick(page.findChild(object, "deleteCardButton"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert titles() == [first, "Zelf bedacht", first]
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert titles() == [first, "Zelf bedacht", first, second]

    # Undo brings back only the deleted card: what was edited after the delete stays.
    page.card_list.setCurrentRow(0)
    qtbot.keyClick(page.card_list, Qt.Key.Key_Delete)
    page.card_list.setCurrentRow(0)
    page.editor.title_edit.selectAll()
    qtbot.keyClicks(page.editor.title_edit, "Na het verwijderen")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    assert titles() == ["Na het verwijderen", first, second]
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert titles() == [first, "Na het verwijderen", first, second]
    assert len({card.key for card in store.decks.get(deck_id).cards}) == 4


def test_builtin_decks_stay_read_only(window: MainWindow, qtbot: QtBot) -> None:
    click_navigation(window, qtbot, DECKS)
    page = window.decks
    assert page.deck is not None and page.deck.read_only
    assert page.copy_button.isVisible()
    assert not page.card_buttons.isVisible()
    assert not page.card_tabs.isTabVisible(1)
    count = len(page.deck.cards)
    page.card_list.setFocus()
    qtbot.keyClick(page.card_list, Qt.Key.Key_Delete)
    qtbot.keyClick(page.card_list, Qt.Key.Key_Insert)
    assert len(page.deck.cards) == count
    wait_for_preview(qtbot, page)  # built-in cards are previewed too
    assert page.preview.document.pageCount() == pages_of(page.deck, page.card_list.currentRow())


def test_leaving_the_page_saves_a_card_edit_at_once(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    page = own_deck(window, qtbot)
    deck_id = page.deck.id  # type: ignore[union-attr]
    page.editor.body_edit.setFocus()
    qtbot.keyClicks(page.editor.body_edit, "Snel weg ")
    click_navigation(window, qtbot, SCHOOLS)  # well before the pause that saves
    assert store.decks.get(deck_id).cards[0].body.startswith("Snel weg ")


# --- deck files -----------------------------------------------------------------


def test_export_a_deck_and_import_it_into_a_fresh_database(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    tmp_path: Path,
    catalogue: Catalogue,
    make_window: Callable[[Store], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = own_deck(window, qtbot)
    select_all_and_type(qtbot, page.editor.title_edit, 'Gedeelde kaart "met" aanhalingstekens')
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    page.editor.back_edit.setFocus()
    qtbot.keyClicks(page.editor.back_edit, "Achterkant: kijk verder")
    target = tmp_path / "gedeeld"  # no suffix: the app adds .toml
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    exported = target.with_name("gedeeld.toml")
    assert exported.is_file()
    original = store.decks.get(page.deck.id)  # type: ignore[union-attr]
    assert original.cards[0].back == "Achterkant: kijk verder"

    fresh = Store.open(tmp_path / "fresh" / "other.sqlite3", catalogue)
    try:
        other = make_window(fresh)
        click_navigation(other, qtbot, DECKS)
        before = len(fresh.decks.all())
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(exported), ""))
        qtbot.mouseClick(other.decks.import_button, Qt.MouseButton.LeftButton)
        decks = fresh.decks.all()
        assert len(decks) == before + 1
        imported = other.decks.deck
        assert imported is not None and not imported.read_only
        assert other.decks.deck_title.text() == original.title
        for field in ("title", "kind", "description", "back_style", "card_size"):
            assert getattr(imported, field) == getattr(original, field)
        fields = ("key", "title", "subtitle", "body", "back", "source", "kind")
        assert [[getattr(c, f) for f in fields] for c in imported.cards] == [
            [getattr(c, f) for f in fields] for c in original.cards
        ]
        other.close()
    finally:
        fresh.close()


def test_importing_a_broken_deck_file_says_where_and_changes_nothing(
    window: MainWindow, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_navigation(window, qtbot, DECKS)
    broken = tmp_path / "kapot.toml"
    broken.write_text(
        'format = 1\nkind = "deck"\nkey = "kapot"\ntitle = "Kapot"\nversion = 1\ncard_kind = "text\n',
        encoding="utf-8",
    )
    before = [deck.id for deck in store.decks.all()]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(broken), ""))
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    window.decks.deck_list.setFocus()
    qtbot.keyClick(
        window.decks.deck_list,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(seen) == 1
    assert "kapot.toml, regel 6" in seen[0]
    assert [deck.id for deck in store.decks.all()] == before
    assert window.decks.deck_list.count() == len(before)


# --- scenario map and script ----------------------------------------------------


def test_scenario_map_copy_is_edited_and_kept(
    window: MainWindow, store: Store, qtbot: QtBot, db_path: Path
) -> None:
    click_navigation(window, qtbot, SCENARIOS)
    page = window.scenarios
    builtin = page.map
    assert builtin is not None and builtin.builtin is not None
    assert not page.tabs.isTabVisible(1)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.map is not None and page.map.builtin is None
    assert page.tabs.currentIndex() == 1
    editor = page.editor
    select_all_and_type(qtbot, editor.title_edit, "Onze eigen scenariokaart")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)  # leaving the field saves
    # Edit the first scenario: name, description, signs (one per line).
    editor.scenario_list.setCurrentRow(0)
    select_all_and_type(qtbot, editor.name_edit, "Losse eilandjes")
    select_all_and_type(qtbot, editor.description_edit, "Iedereen leert voor zich.")
    select_all_and_type(qtbot, editor.signs_edit, "Geen gedeeld plan")
    qtbot.keyClick(editor.signs_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.signs_edit, "Weinig gesprek")
    # Add a scenario after it and name it.
    editor.scenario_list.setFocus()
    qtbot.keyClick(editor.scenario_list, Qt.Key.Key_Insert)
    assert editor.scenario_list.currentRow() == 1 and editor.name_edit.hasFocus()
    qtbot.keyClicks(editor.name_edit, "Tussenstap")
    # Move it to the top, delete the last one.
    editor.scenario_list.setFocus()
    qtbot.keyClick(editor.scenario_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    last = editor.scenario_list.count() - 1
    editor.scenario_list.setCurrentRow(last)
    qtbot.keyClick(editor.scenario_list, Qt.Key.Key_Delete)
    # The map tab draws the edited map.
    page.tabs.setCurrentIndex(0)
    assert [card.scenario.name for card in page.cards][:2] == ["Tussenstap", "Losse eilandjes"]
    assert page.title.text() == "Onze eigen scenariokaart"
    map_id = page.map.id  # type: ignore[union-attr]

    reopened = Store.open(db_path)
    try:
        saved = reopened.scenario_maps.get(map_id)
        assert saved.title == "Onze eigen scenariokaart"
        names = [scenario.name for scenario in saved.scenarios]
        assert names[:2] == ["Tussenstap", "Losse eilandjes"]
        assert len(names) == len(builtin.scenarios)  # one added, one deleted
        assert names[-1] != builtin.scenarios[-1].name
        assert saved.scenarios[1].description == "Iedereen leert voor zich."
        assert saved.scenarios[1].signs == ("Geen gedeeld plan", "Weinig gesprek")
        assert reopened.scenario_maps.get(builtin.id).title == builtin.title  # the built-in is untouched
    finally:
        reopened.close()


def test_script_edit_of_minutes_mode_optional_and_steps_is_kept(
    window: MainWindow, store: Store, qtbot: QtBot, db_path: Path
) -> None:
    click_navigation(window, qtbot, THEMES)
    page = window.theme
    builtin = page.theme
    assert builtin is not None and builtin.builtin is not None
    assert not page.script_tabs.isTabVisible(1)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.theme is not None and page.theme.builtin is None
    assert page.script_tabs.currentIndex() == 1
    editor = page.editor
    first_box = editor.parts[0].boxes[0]
    select_all_and_type(qtbot, first_box.minutes, "8")
    qtbot.keyClick(first_box.minutes, Qt.Key.Key_Tab)
    first_box.mode.setFocus()
    qtbot.keyClick(first_box.mode, Qt.Key.Key_Down)  # individual → collective
    qtbot.mouseClick(editor.parts[2].optional, Qt.MouseButton.LeftButton)
    step_edit = first_box.steps[0].text
    select_all_and_type(qtbot, step_edit, "Lees de visie van de school en markeer drie zinnen.")
    assert "63" in editor.total.text()  # 60 + 3 minutes, updated as you type
    click_navigation(window, qtbot, DECKS)  # leaving the page saves at once
    theme_id = page.theme.id  # type: ignore[union-attr]

    reopened = Store.open(db_path)
    try:
        saved = reopened.themes.get(theme_id)
        box = saved.parts[0].timeboxes[0]
        assert box.minutes == 8 and box.mode.value == "collective"
        assert box.steps[0].text == "Lees de visie van de school en markeer drie zinnen."
        assert box.steps[0].number == builtin.parts[0].timeboxes[0].steps[0].number
        assert saved.parts[2].optional is True
        assert saved.minutes == builtin.minutes + 3
        original = reopened.themes.get(builtin.id)
        assert original.parts[0].timeboxes[0].minutes == builtin.parts[0].timeboxes[0].minutes
    finally:
        reopened.close()
    # The script tab shows the edit.
    click_navigation(window, qtbot, THEMES)
    page.script_tabs.setCurrentIndex(0)
    assert page.timebox_views()[0].box.minutes == 8
