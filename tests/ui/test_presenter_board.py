"""The part-3 board on the presenter screen: read-only, live, and never the facilitator's drafts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import School
from facilitator_app.core.sessions import Outcome, OutcomeItem
from facilitator_app.store import Store
from facilitator_app.ui.dates import display_date
from facilitator_app.ui.session.presenter import PresenterWindow
from facilitator_app.ui.session.shortcuts import SHORTCUTS

from .conftest import OpenSession
from .helpers import run_queued
from .test_part3 import plan, run_to_part_3

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


@pytest.fixture
def school_id(store: Store) -> str:
    return store.schools.add(School(name="De Kempen")).id


class PaintCounter(QObject):
    """Counts the paint events of a widget: the room's map must actually repaint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def finished_earlier_session(store: Store, school_id: str, scenario_index: int) -> str:
    """A finished session of the same school and theme, placed on scenario ``scenario_index``."""
    earlier = plan(store, school_id, "2025-03-14")
    scenario = store.scenario_maps.all()[0].scenarios[scenario_index]
    store.sessions.save_outcome(
        earlier,
        Outcome(
            scenario_id=scenario.id,
            rationale="Ieder voor zich",
            first_step="Een leerteam per sectie",
            development_points=(OutcomeItem("Samenhang"),),
        ),
    )
    store.sessions.start(earlier)
    store.sessions.finish(earlier)
    return scenario.id


def test_board_on_the_presenter_follows_clicks_and_notes_live(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str
) -> None:
    previous_id = finished_earlier_session(store, school_id, 0)
    window = open_session(plan(store, school_id, "2025-10-01"))
    run_to_part_3(qtbot, window)
    board = window.board

    # The facilitator ticks "on the presenter screen" on the board: the room's screen opens with the board.
    assert window.presenter is None or not window.presenter.isVisible()
    qtbot.mouseClick(board.presenter_toggle, Qt.MouseButton.LeftButton)
    presenter = window.presenter
    assert isinstance(presenter, PresenterWindow) and presenter.isVisible()
    qtbot.waitExposed(presenter)
    room = presenter.board_view
    assert room is not None and room.isVisible()
    assert presenter.show_board and board.presenter_toggle.isChecked()
    assert not presenter.steps.isVisible()  # the board instead of the step text
    text = presenter.visible_text()
    for stored in (
        "Iedere rol heeft een scholingsbudget",
        "Weinig samenhang tussen aanbod en visie",
        "Leren gebeurt vooral informeel",
    ):
        assert stored in text
    # Each note sits in its own group on the wall.
    assert "scholingsbudget" in room.columns[next(iter(room.columns))].text()
    # Where the school stood last time is marked; nothing is chosen yet.
    assert room.map.previous_id == previous_id
    assert display_date("2025-03-14") in room.map.buttons[previous_id].text()
    assert room.selected_scenario() == ""
    # Read-only: the room's map takes no clicks and no focus.
    for button in room.map.buttons.values():
        assert button.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        assert button.focusPolicy() is Qt.FocusPolicy.NoFocus

    # A click on the board highlights the scenario on the room's map at once, and it repaints.
    chosen_id, chosen = list(board.picker.buttons.items())[2]
    painted = PaintCounter(room.map.buttons[chosen_id])
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    assert room.selected_scenario() == chosen_id
    assert room.map.buttons[chosen_id].isChecked()
    assert [sid for sid, b in room.map.buttons.items() if b.isChecked()] == [chosen_id]
    qtbot.waitUntil(lambda: painted.count > 0, timeout=2000)
    # Another click moves the highlight.
    other_id, other = list(board.picker.buttons.items())[1]
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert room.selected_scenario() == other_id and not room.map.buttons[chosen_id].isChecked()

    # Typed on the board but not stored yet: a draft, never on the wall. Enter stores it: then it is.
    add = board.add_edits["insights_used"]
    qtbot.keyClicks(add, "Collega's willen van elkaar leren")
    assert "Collega's willen van elkaar leren" not in presenter.visible_text()
    qtbot.keyClick(add, Qt.Key.Key_Return)
    assert "Collega's willen van elkaar leren" in presenter.visible_text()
    insight_column = room.columns[list(room.columns)[2]]
    assert "van elkaar leren" in insight_column.text()
    # Nor what is being typed in the decision fields.
    qtbot.keyClicks(board.rationale, "GEHEIM half besluit")
    assert "GEHEIM" not in presenter.visible_text()

    # Blanking keeps the board for afterwards.
    qtbot.keyClick(board.rationale, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert presenter.is_blacked_out() and presenter.visible_text() == ""
    qtbot.keyClick(board.rationale, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not presenter.is_blacked_out() and room.isVisible()

    # Unticking gives the room the step text again.
    qtbot.mouseClick(board.presenter_toggle, Qt.MouseButton.LeftButton)
    assert not presenter.show_board and not room.isVisible()
    assert presenter.steps.isVisible()
    assert "Collega's willen van elkaar leren" not in presenter.visible_text()


def test_f8_puts_the_board_on_the_presenter_from_the_session_page(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str
) -> None:
    assert any(s.name == "presenter_board" and s.keys == ("F8",) for s in SHORTCUTS)
    window = open_session(plan(store, school_id, "2025-10-01"))
    board = window.board
    assert window.board_stack.currentWidget() is not board  # type: ignore[attr-defined]
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Space)
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(window.notes.entry, "Teams leren al samen")
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(window.notes.entry, "GEHEIM concept")  # a draft in the note field

    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F8)
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible() and presenter.show_board
    assert board.presenter_toggle.isChecked()  # the board's check box follows the key
    assert window.notes.entry.hasFocus() or window.isActiveWindow()  # the facilitator keeps typing here
    # The test display is one small screen, where the room's window is a strip beside the
    # console; a projector's size shows every note.
    presenter.resize(1280, 720)
    run_queued(qtbot)  # the refit queued by the resize
    text = presenter.visible_text()
    assert "Teams leren al samen" in text
    assert "GEHEIM" not in text
    # A later note appears on the wall as soon as it is stored.
    window.notes.entry.clear()
    qtbot.keyClicks(window.notes.entry, "Er is een scholingsplan")
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Return)
    assert "Er is een scholingsplan" in presenter.visible_text()

    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F8)
    assert not presenter.show_board and not board.presenter_toggle.isChecked()
    assert "Teams leren al samen" not in presenter.visible_text()


def test_presenter_board_shows_the_locked_decision(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str
) -> None:
    session_id = plan(store, school_id, "2025-10-01")
    scenario = store.scenario_maps.all()[0].scenarios[3]
    store.sessions.save_outcome(
        session_id,
        Outcome(
            scenario_id=scenario.id,
            rationale="Duurzaam",
            first_step="Een academie",
            development_points=(OutcomeItem("Samenhang"),),
        ),
    )
    store.sessions.start(session_id)
    store.sessions.finish(session_id)
    window = open_session(session_id)
    qtbot.keyClick(window.board.rationale, Qt.Key.Key_F8)
    presenter = window.presenter
    assert presenter is not None and presenter.board_view is not None
    assert presenter.board_view.selected_scenario() == scenario.id
    assert presenter.board_view.map.previous_id == ""  # no earlier placement


def test_a_full_sheet_shows_the_first_notes_and_how_many_more(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str
) -> None:
    window = open_session(plan(store, school_id, "2025-10-01"))
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Space)
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    for number in range(40):
        qtbot.keyClicks(window.notes.entry, f"Ontwikkelpunt {number} over samen leren in de school")
        qtbot.keyClick(window.notes.entry, Qt.Key.Key_Return)
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F8)
    presenter = window.presenter
    assert presenter is not None and presenter.board_view is not None
    presenter.resize(1280, 720)
    room = presenter.board_view
    column = room.columns[list(room.columns)[1]]
    qtbot.waitUntil(lambda: 0 < column.text().count("<li") < 40, timeout=2000)
    shown = column.text().count("<li")
    after_list = column.text().rsplit("</ul>", 1)[1]
    assert re.search(rf"\b{40 - shown}\b", after_list)  # the rest is counted, not silently cut
    assert "Ontwikkelpunt 0 over" in column.text()  # the first ones stay, in order
