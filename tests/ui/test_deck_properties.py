"""The deck's own properties (card size) and drag-and-drop reordering of cards and scenarios.

The preview is checked by reading the page size of the very PDF it shows. A
drag is simulated the way Qt's InternalMove drop does it: the list view's
model moves the row (``moveRows``); the page must then store the move and show
the stored order. (The offscreen platform runs no real drag: QDrag returns at
once there.)
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget
from pytestqt.qtbot import QtBot

from facilitator_app.store import Store
from facilitator_app.ui.decks_page import DecksPage
from facilitator_app.ui.main_window import DECKS, SCENARIOS, MainWindow

from .test_editors import WAIT_MS, own_deck, select_all_and_type, wait_for_preview
from .test_pages import click_navigation

# 24 bullet lines: too long for A7, fits on A6 and A5 (measured with the print code).
LONG_BODY = "\n".join(f"- Punt {n}: we bespreken samen wat er nodig is." for n in range(40))


def size_picker(page: DecksPage) -> QComboBox:
    picker = page.findChild(QComboBox, "deckCardSize")
    assert picker is not None
    return picker


def preview_page_mm(page: DecksPage) -> tuple[int, int]:
    assert page.preview.result is not None
    box = PdfReader(io.BytesIO(page.preview.result.pdf)).pages[0].mediabox
    return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)


def settle(qtbot: QtBot, page: DecksPage) -> None:
    """The shown card rendered and the whole-deck check reported back."""
    wait_for_preview(qtbot, page)
    qtbot.waitUntil(page.preview.idle, timeout=WAIT_MS)  # the check's result is back too


def list_texts(view: QListWidget) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


def drop_row(view: QListWidget, row: int, before: int) -> None:
    """What an InternalMove drop does: the view's model moves ``row`` in front of row ``before``."""
    assert view.model().moveRows(QModelIndex(), row, 1, QModelIndex(), before)


def test_card_size_changes_preview_and_overflow_flags(
    window: MainWindow, store: Store, qtbot: QtBot, db_path: Path
) -> None:
    page = own_deck(window, qtbot)
    deck_id = page.deck.id  # type: ignore[union-attr]
    picker = size_picker(page)
    # The reflection cards are designed for A5 (a group reads them at arm's length); start from A6.
    assert picker.isEnabled() and picker.currentData() == "A5"
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    assert picker.currentData() == "A6"
    # Paste a long text into the second card; on A6 it still fits (over two cards).
    page.card_list.setCurrentRow(1)
    page.card_tabs.setCurrentIndex(1)
    select_all_and_type(qtbot, page.editor.title_edit, "Lange kaart")
    page.editor.body_edit.setFocus()
    page.editor.body_edit.selectAll()
    page.editor.body_edit.insertPlainText(LONG_BODY)
    page.card_list.setFocus()  # leaving the field saves
    assert store.decks.get(deck_id).cards[1].body == LONG_BODY
    settle(qtbot, page)
    assert preview_page_mm(page) == (105, 148)
    assert page.overflow_rows() == [] and not page.preview.banner.isVisible()

    # A7, chosen with the keyboard: saved at once, previewed at A7, and the texts no longer fit.
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    assert picker.currentData() == "A7"
    assert store.decks.get(deck_id).card_size == "A7"
    settle(qtbot, page)
    assert preview_page_mm(page) == (74, 105)
    qtbot.waitUntil(lambda: 1 in page.overflow_rows(), timeout=WAIT_MS)
    assert page.card_list.currentRow() == 1 and page.preview.banner.isVisible()

    # A5: more room, so every flag goes, on the card and in the list.
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    assert picker.currentData() == "A5"
    assert store.decks.get(deck_id).card_size == "A5"
    settle(qtbot, page)
    assert preview_page_mm(page) == (148, 210)
    qtbot.waitUntil(lambda: page.overflow_rows() == [], timeout=WAIT_MS)
    assert not page.preview.banner.isVisible()

    # Another deck and back: the picker shows each deck's own size.
    page.deck_list.setCurrentRow(0)
    assert picker.currentData() == page.deck.card_size  # type: ignore[union-attr]
    page.deck_list.setCurrentRow([d.id for d in store.decks.all()].index(deck_id))
    assert picker.currentData() == "A5"
    qtbot.waitUntil(page.preview.idle, timeout=WAIT_MS)
    reopened = Store.open(db_path)
    try:
        saved = reopened.decks.get(deck_id)
        assert saved.card_size == "A5" and saved.cards[1].title == "Lange kaart"
    finally:
        reopened.close()


def test_dragging_a_card_stores_the_new_order(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    page = own_deck(window, qtbot)
    deck_id = page.deck.id  # type: ignore[union-attr]
    assert page.card_list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove

    def titles() -> list[str]:
        return [card.title for card in store.decks.get(deck_id).cards]

    page.card_list.setCurrentRow(1)
    qtbot.mouseClick(page.findChild(object, "addCardButton"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.keyClicks(page.editor.title_edit, "Derde kaart")
    page.card_list.setFocus()
    first, second, third = titles()
    assert third == "Derde kaart"

    # The first card dragged below the third: stored at once, the list rebuilt from the store.
    page.card_list.setCurrentRow(0)
    drop_row(page.card_list, 0, 3)
    assert titles() == [second, third, first]
    qtbot.waitUntil(lambda: page.card_list.currentRow() == 2, timeout=WAIT_MS)
    assert [text.splitlines()[-1] for text in list_texts(page.card_list)] == [second, third, first]
    assert page.current_card().title == first  # type: ignore[union-attr]
    assert page.editor.title_edit.text() == first
    # Alt+Up works on the dragged card as before.
    qtbot.keyClick(page.card_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles() == [second, first, third]

    # A title still being typed belongs to the card it was typed on, also when that card is dragged.
    page.card_list.setCurrentRow(2)
    select_all_and_type(qtbot, page.editor.title_edit, "Nog niet opgeslagen")
    drop_row(page.card_list, 2, 0)
    assert titles() == ["Nog niet opgeslagen", second, first]
    qtbot.waitUntil(lambda: page.card_list.currentRow() == 0, timeout=WAIT_MS)
    assert page.editor.title_edit.text() == "Nog niet opgeslagen"
    qtbot.waitUntil(page.preview.idle, timeout=WAIT_MS)


def test_builtin_deck_has_the_picker_and_dragging_disabled(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    click_navigation(window, qtbot, DECKS)
    page = window.decks
    deck = page.deck
    assert deck is not None and deck.read_only
    picker = size_picker(page)
    assert not picker.isEnabled() and picker.currentData() == deck.card_size
    assert page.card_list.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    # Even a move forced on the view's model changes nothing: the list shows the stored order again.
    before = list_texts(page.card_list)
    drop_row(page.card_list, 0, 2)
    qtbot.waitUntil(lambda: list_texts(page.card_list) == before, timeout=WAIT_MS)
    assert store.decks.get(deck.id) == deck
    # Its own copy gets both.
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert size_picker(page).isEnabled()
    assert page.card_list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    qtbot.waitUntil(page.preview.idle, timeout=WAIT_MS)


def test_dragging_a_scenario_stores_the_new_order(
    window: MainWindow, store: Store, qtbot: QtBot, db_path: Path
) -> None:
    click_navigation(window, qtbot, SCENARIOS)
    page = window.scenarios
    editor = page.editor
    assert editor.scenario_list.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop  # built-in
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.map is not None and page.map.builtin is None
    assert editor.scenario_list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    map_id = page.map.id
    names = [scenario.name for scenario in page.map.scenarios]
    assert len(names) >= 3

    def stored() -> list[str]:
        return [scenario.name for scenario in store.scenario_maps.get(map_id).scenarios]

    # A name still being typed is saved on its own scenario before the drag moves it.
    editor.scenario_list.setCurrentRow(0)
    select_all_and_type(qtbot, editor.name_edit, "Eerst")
    drop_row(editor.scenario_list, 0, 3)
    expected = [names[1], names[2], "Eerst", *names[3:]]
    assert stored() == expected
    qtbot.waitUntil(lambda: editor.scenario_list.currentRow() == 2, timeout=WAIT_MS)
    assert list_texts(editor.scenario_list) == expected
    assert editor.name_edit.text() == "Eerst"
    # The last one dragged to the top, then the map tab draws the stored order.
    last = len(names) - 1
    drop_row(editor.scenario_list, last, 0)
    expected = [expected[last], *expected[:last]]
    assert stored() == expected
    qtbot.waitUntil(lambda: editor.scenario_list.currentRow() == 0, timeout=WAIT_MS)
    page.tabs.setCurrentIndex(0)
    assert [card.scenario.name for card in page.cards] == expected
    reopened = Store.open(db_path)
    try:
        assert [scenario.name for scenario in reopened.scenario_maps.get(map_id).scenarios] == expected
    finally:
        reopened.close()
