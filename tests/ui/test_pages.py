"""The theme, decks and scenario-map pages show the built-in content, in Dutch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator_app.store import Store
from facilitator_app.ui.main_window import DECKS, SCENARIOS, THEMES, MainWindow
from facilitator_app.ui.script_view import StepView


def click_navigation(window: MainWindow, qtbot: QtBot, row: int) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == row


def test_theme_page_shows_the_script(window: MainWindow, qtbot: QtBot) -> None:
    click_navigation(window, qtbot, THEMES)
    page = window.theme
    assert page.title.text() == "Professionaliseren"
    assert page.total_chip.text() == "60 minuten in totaal"
    boxes = page.timebox_views()
    assert [box.box.minutes for box in boxes] == [5, 5, 5, 10, 5, 10, 20]
    assert [box.minutes_label.text() for box in boxes][:2] == ["5 min", "5 min"]
    assert [box.mode_chip.text() for box in boxes] == [
        "Individueel op het werkblad",
        "Collectief",
        "Individueel op het werkblad",
        "Collectief",
        "Individueel op het werkblad",
        "Collectief",
        "Collectief",
    ]
    optional = [
        (view.part.number, view.optional_chip.text() if view.optional_chip else None)
        for view in page.part_views
    ]
    assert optional == [(1, None), (2, "optioneel"), (3, None)]
    assert all(view.optional_chip is None or view.optional_chip.isVisible() for view in page.part_views)
    # Steps carry their full text and the cards they use.
    steps = boxes[2].findChildren(StepView)
    assert [step.step.number for step in steps] == [3]
    assert "Welke competenties zijn nodig voor jouw rol" in steps[0].findChildren(QLabel)[1].text()
    chips = [chip.text() for chip in boxes[2].findChildren(QLabel, "cardRef")]
    assert chips == ["Reflectiekaart A: Om welke competenties vraagt dat nu?"]


def test_clock_times_follow_the_start_time(window: MainWindow, qtbot: QtBot) -> None:
    click_navigation(window, qtbot, THEMES)
    page = window.theme
    assert all(box.clock_label.text() == "" for box in page.timebox_views())
    qtbot.mouseClick(page.clock_check, Qt.MouseButton.LeftButton)
    clocks = [box.clock_label.text() for box in page.timebox_views()]
    assert clocks[0] == "13:00–13:05"
    assert clocks[-1] == "13:40–14:00"


def test_decks_page_shows_both_builtin_decks_and_their_cards(window: MainWindow, qtbot: QtBot) -> None:
    click_navigation(window, qtbot, DECKS)
    page = window.decks
    titles = [page.deck_list.item(row).text().split("\n")[0] for row in range(page.deck_list.count())]
    assert sorted(titles) == ["Inspiratie: met de juiste ingrediënten", "Reflectiekaarten Professionaliseren"]
    counts = {title: page.deck_list.item(row).text().split("\n")[1] for row, title in enumerate(titles)}
    assert counts["Reflectiekaarten Professionaliseren"] == "2 kaarten · ingebouwd"
    assert counts["Inspiratie: met de juiste ingrediënten"] == "14 kaarten · ingebouwd"
    row = titles.index("Reflectiekaarten Professionaliseren")
    page.deck_list.setCurrentRow(row)
    assert page.status_chip.text() == "ingebouwd · alleen lezen"
    assert page.copy_button.isVisible()
    assert not page.card_tabs.isTabVisible(1)
    assert page.card_list.count() == 2
    page.card_list.setCurrentRow(1)
    shown = page.card_view.toPlainText()
    assert "Voorwaarden voor effectieve professionalisering" in shown
    assert "Leiderschap dat stuurt op leren" in shown  # a bullet, rendered
    assert "**" not in shown and "##" not in shown
    assert "Desimone (2009)" in page.card_view.toHtml()  # the source line


def test_copying_a_builtin_deck_gives_an_editable_deck(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    click_navigation(window, qtbot, DECKS)
    page = window.decks
    builtin = page.deck
    assert builtin is not None and builtin.read_only
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copy = page.deck
    assert copy is not None and copy.id != builtin.id
    assert not copy.read_only
    assert page.deck_title.text() == f"{builtin.title} (eigen kopie)"
    assert page.deck_list.currentItem().text().startswith(f"{builtin.title} (eigen kopie)")
    assert page.status_chip.text() == "eigen set · bewerkbaar"
    assert not page.copy_button.isVisible()
    assert page.card_tabs.isTabVisible(1)

    page.card_tabs.setCurrentIndex(1)
    page.editor.title_edit.setFocus()
    page.editor.title_edit.selectAll()
    qtbot.keyClicks(page.editor.title_edit, "Mijn eigen kaart")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    assert store.decks.get(copy.id).cards[0].title == "Mijn eigen kaart"
    assert store.decks.get(builtin.id).cards[0].title != "Mijn eigen kaart"


def test_scenario_map_lays_out_the_scenarios_along_the_axis(window: MainWindow, qtbot: QtBot) -> None:
    click_navigation(window, qtbot, SCENARIOS)
    page = window.scenarios
    assert page.axis_from.text() == "los en incidenteel"
    assert page.axis_to.text() == "duurzaam ingebed"
    names = [card.scenario.name for card in page.cards]
    assert names == ["Ieder voor zich", "Afspraken en aanbod", "Samen leren", "Duurzaam lerende organisatie"]
    # Side by side, left to right, in order.
    xs = [card.mapTo(page, card.rect().topLeft()).x() for card in page.cards]
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert "Wie zich wil ontwikkelen" in page.cards[0].findChild(QLabel, "scenarioSigns").text()
