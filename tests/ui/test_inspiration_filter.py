"""The inspiration deck filters by sector, by what a card tackles and by words: decks page and part-3 board."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QListWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core import inspiration
from facilitator_app.core.models import Card, School
from facilitator_app.store import Store
from facilitator_app.ui.inspiration_filter import InspirationFilter, natural_width
from facilitator_app.ui.main_window import DECKS, MainWindow

from .conftest import OpenSession
from .test_pages import click_navigation
from .test_part3 import plan


def test_core_matching() -> None:
    card = Card("k", "Intervisie", "Collega’s helpen elkaar", sectors=("po", "vo"), tags=("samen leren",))
    assert inspiration.matches(card, sector="po", topic="samen leren", query="COLLEGA’S")
    assert not inspiration.matches(card, sector="mbo")
    assert not inspiration.matches(card, topic="onderzoek")
    assert inspiration.matches(Card("x", "Coördinator", "b"), query="coordinator")


def test_the_decks_page_filters_the_inspiration_deck(window: MainWindow, qtbot: QtBot) -> None:
    click_navigation(window, qtbot, DECKS)
    page = window.decks
    titles = [page.deck_list.item(row).text().split("\n")[0] for row in range(page.deck_list.count())]
    page.deck_list.setCurrentRow(titles.index("Inspiratie: met de juiste ingrediënten"))
    found = page.findChild(InspirationFilter)
    assert isinstance(found, InspirationFilter)
    qtbot.waitUntil(lambda: found.sector.count() == 4)  # all, po, vo, mbo
    assert len(found.shown_rows()) == page.card_list.count() == 14
    found.sector.setCurrentIndex(found.sector.findData("mbo"))
    shown = [page.card_list.item(row).text() for row in found.shown_rows()]
    assert any("interne academie" in text for text in shown)
    assert not any("Samen een leven lang leren" in text for text in shown)  # a po example
    found.topic.setCurrentIndex(found.topic.findData("inductie"))
    assert [page.card_list.item(r).text().split("\n")[-1] for r in found.shown_rows()] == [
        "Inductie van starters"
    ]
    found.topic.setCurrentIndex(0)
    found.sector.setCurrentIndex(0)
    qtbot.keyClicks(found.search, "videoclub")
    found_titles = [page.card_list.item(r).text().split("\n")[-1] for r in found.shown_rows()]
    assert "Videoclub" in found_titles and "Datateam" not in found_titles  # also where a card names it
    found.search.clear()
    assert len(found.shown_rows()) == 14
    # The reflection deck has no tags: only the search field shows.
    page.deck_list.setCurrentRow(titles.index("Reflectiekaarten Professionaliseren"))
    qtbot.waitUntil(lambda: not found.sector.isVisibleTo(page) and not found.topic.isVisibleTo(page))
    assert found.search.isVisibleTo(page)


def test_the_part_3_board_filters_its_inspiration_cards(
    open_session: OpenSession, qtbot: QtBot, store: Store
) -> None:
    school_id = store.schools.add(School(name="De Kempen")).id
    window = open_session(plan(store, school_id, "2025-03-14"))
    board = window.board
    found = board.findChild(InspirationFilter)
    assert isinstance(found, InspirationFilter)
    qtbot.waitUntil(lambda: found.topic.count() > 1)
    assert len(found.shown_rows()) == board.cards.count() == 14
    found.topic.setCurrentIndex(found.topic.findData("onderzoek"))
    shown = {board.cards.item(row).text() for row in found.shown_rows()}
    assert any("Datateam" in text for text in shown) and not any("Videoclub" in text for text in shown)


def test_the_filter_stacks_in_a_narrow_column_so_every_choice_reads_whole(
    qtbot: QtBot, dutch: object
) -> None:
    """In the decks page's card column the three controls side by side clipped to "Z…" and "Alle sec"."""
    cards = [Card("k", "Intervisie", "x", sectors=("po", "vo", "mbo"), tags=("samen leren", "onderzoek"))]
    rows = QListWidget()
    rows.addItem("Intervisie")
    holder = InspirationFilter.wrap(rows, lambda: cards)
    qtbot.addWidget(holder)
    found = holder.findChild(InspirationFilter)
    assert isinstance(found, InspirationFilter)
    holder.show()
    qtbot.waitUntil(lambda: found.sector.count() == 4)
    for width, direction in (
        (220, QBoxLayout.Direction.TopToBottom),
        (900, QBoxLayout.Direction.LeftToRight),
    ):
        holder.resize(width, 400)
        qtbot.waitUntil(lambda direction=direction: found.row.direction() == direction)
        for combo in (found.sector, found.topic):
            qtbot.waitUntil(lambda combo=combo: combo.width() >= natural_width(combo))
        placeholder = found.search.fontMetrics().horizontalAdvance(found.search.placeholderText())
        assert found.search.width() >= placeholder
    found.topic.setCurrentIndex(found.topic.findData("onderzoek"))
    assert found.topic.toolTip() == "onderzoek"
