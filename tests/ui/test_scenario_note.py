"""The facilitator's note about a standard map lives in the app, not on the printed map."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from facilitator_app import pdf
from facilitator_app.store import Store
from facilitator_app.ui.main_window import SCENARIOS, MainWindow
from tests.pdf.pdfutil import all_text

from .test_pages import click_navigation


def test_standard_map_note_in_the_app_not_on_paper(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    click_navigation(window, qtbot, SCENARIOS)
    page = window.scenarios
    assert page.map is not None and page.map.replaceable
    assert page.replaceable_note.isVisible() and "niet afgedrukt" in page.replaceable_note.text()
    printed = all_text(pdf.render_scenario_map(page.map))
    assert "procesbegeleider" not in printed and "standaardkaart" not in printed
    assert page.map.intro.split(".")[0] in printed.replace("\n", " ")
    page.show_map(dataclasses.replace(page.map, replaceable=False))
    assert not page.replaceable_note.isVisible()
