"""Shared widgets: text fields that grow with their text, list items that wrap."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from facilitator_app.ui.widgets import WrappingItemDelegate, fit_height_to_text, wrap_tree_rows

SENTENCE = "Breng in kaart voor je eigen rol welke vormen van professionalisering er zijn. "
NOTE = "Het aanbod sluit niet aan bij de visie op samen opleiden"


def test_a_text_field_grows_with_wrapped_text_up_to_its_maximum(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    fit_height_to_text(edit, 2, 6)
    edit.resize(300, 10)
    edit.show()
    qtbot.waitExposed(edit)
    empty = edit.height()
    assert empty >= edit.fontMetrics().lineSpacing() * 2

    qtbot.keyClicks(edit, SENTENCE * 2)
    grown = edit.height()
    assert grown > empty, "wrapped lines count, not only paragraphs"
    assert edit.verticalScrollBar().maximum() == 0, "all of the text is in view"

    qtbot.keyClicks(edit, SENTENCE * 20)
    assert edit.height() == edit.fontMetrics().lineSpacing() * 6 + 14, "it stops at the maximum"

    # Filled by code with its signals blocked (as the editor loads a theme): it still fits.
    edit.blockSignals(True)
    edit.setPlainText("Kort.")
    edit.blockSignals(False)
    assert edit.height() == empty

    # Narrower means more lines.
    edit.setPlainText(SENTENCE)
    wide = edit.height()
    edit.resize(120, edit.height())
    qtbot.waitUntil(lambda: edit.height() > wide, timeout=2000)


def test_checkable_items_wrap_within_the_list_width(qtbot: QtBot) -> None:
    notes = QListWidget()
    qtbot.addWidget(notes)
    notes.setWordWrap(True)
    notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    notes.setResizeMode(QListWidget.ResizeMode.Adjust)
    notes.setItemDelegate(WrappingItemDelegate(notes))
    item = QListWidgetItem(NOTE)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    notes.addItem(item)
    notes.resize(200, 300)
    notes.show()
    qtbot.waitExposed(notes)
    # The text sits right of the check box: wrapped at what is left, every line must fit.
    indicator = notes.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    room = notes.viewport().width() - indicator - 16
    needed = notes.fontMetrics().boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, NOTE)
    assert notes.visualItemRect(item).height() >= needed.height(), "no line of the note is cut off"
    assert notes.visualItemRect(item).width() <= notes.viewport().width()


def test_tree_rows_grow_with_their_longest_cell_and_follow_the_column_width(qtbot: QtBot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    wrap_tree_rows(tree)
    item = QTreeWidgetItem(["2024-03-12", SENTENCE * 2])
    tree.addTopLevelItem(item)
    tree.resize(320, 300)
    tree.show()
    qtbot.waitExposed(tree)
    line = tree.fontMetrics().lineSpacing()
    narrow = tree.visualItemRect(item).height()
    assert narrow >= 3 * line, "the whole sentence shows, over several lines"
    tree.resize(1400, 300)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() < narrow, timeout=2000)


def test_an_icon_asked_for_at_no_size_paints_nothing_and_warns_nothing(qtbot: QtBot) -> None:
    from PySide6.QtCore import QSize

    from facilitator_app.ui.icons import icon

    # A button squeezed to nothing asks its icon for 0 x 0; Qt must not warn about a null painter.
    assert icon("add").pixmap(QSize(0, 0)).isNull()
    assert not icon("add").pixmap(QSize(16, 16)).isNull()
