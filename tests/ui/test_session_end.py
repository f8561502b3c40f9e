"""The end of a session as the facilitator meets it: the confirmation, what is missing, the record.

Each test clicks and types as a user on the real temporary store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_app.core.sessions import SessionStatus
from facilitator_app.store import Store
from facilitator_app.ui.main_window import SESSIONS, MainWindow
from facilitator_app.ui.record_view import RecordView
from facilitator_app.ui.session import SessionWindow
from tests.external import run_driver_on_x_server

from .conftest import OpenSession
from .helpers import activate, answer_message_box, decide, message_box_paint, plan_print_session

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


def decided_on_board(open_session: OpenSession, qtbot: QtBot, store: Store) -> SessionWindow:
    """A decided session, started, with its board in front."""
    session_id = plan_print_session(store)
    decide(store, session_id)
    window = open_session(session_id)
    to_board(qtbot, window)
    return window


def to_board(qtbot: QtBot, window: SessionWindow) -> None:
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Space)  # start
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F7)
    assert window.board_stack.currentWidget() is window.board  # type: ignore[attr-defined]


def check_readable(paint: dict[str, Any]) -> None:
    """The box shows its question and its two buttons, each with legible text on it."""
    assert "afronden" in paint["text"]
    assert paint["black_share"] < 0.5, "the confirmation is a black box"
    assert paint["label_colours"] > 8, "the question is not painted"
    assert sorted(text for text, _shown, _colours in paint["buttons"]) == [
        "Afronden en vastleggen",
        "Nog niet",
    ]
    for text, shown, colours in paint["buttons"]:
        assert shown and colours > 8, f"button {text!r} is not painted"


def test_finish_from_the_board_asks_in_a_readable_box_owned_by_the_window(
    open_session: OpenSession, qtbot: QtBot, store: Store, dutch: QApplication
) -> None:
    window = decided_on_board(open_session, qtbot, store)
    qtbot.waitUntil(lambda: bool(window.board.time_label.text()))
    assert window.board.time_label.text().startswith("nog ")  # a remaining time, never a clock time

    seen: list[QMessageBox] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer)
            return
        box = boxes[0]
        seen.append(box)
        assert box.parentWidget() is window
        check_readable(message_box_paint(box, box.grab().toImage()))
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(window.board.finish_button, Qt.MouseButton.LeftButton)
    assert seen, "no confirmation was asked"
    assert store.sessions.get(window.runner.session_id).status is SessionStatus.FINISHED


def test_what_is_missing_shows_beside_the_button_at_1366_by_768(
    open_session: OpenSession, qtbot: QtBot, store: Store, dutch: QApplication
) -> None:
    session_id = plan_print_session(store)
    window = open_session(session_id)
    window.resize(1366, 768)
    to_board(qtbot, window)
    board = window.board
    qtbot.mouseClick(board.finish_button, Qt.MouseButton.LeftButton)

    label = board.missing_label
    assert label.isVisible() and "onderbouwing" in label.text()
    # Fully on screen, unclipped by a scroll area, in the same row as the button.
    assert label.visibleRegion().boundingRect().size() == label.size()
    top_left = label.mapTo(window, QPoint(0, 0))
    assert window.rect().contains(top_left) and window.rect().contains(
        top_left + QPoint(label.width() - 1, label.height() - 1)
    )
    button_row = board.finish_button.mapTo(window, QPoint(0, 0)).y()
    assert abs(top_left.y() + label.height() // 2 - (button_row + board.finish_button.height() // 2)) < 40
    # The first missing field has the focus: the scenario map.
    focus = QApplication.focusWidget()
    assert focus is not None and focus in board.picker.buttons.values()


def test_sessions_page_offers_the_record_of_a_finished_session_not_a_start(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    session_id = plan_print_session(store)
    decide(store, session_id)
    store.sessions.start(session_id)
    store.sessions.finish(session_id)
    window.show_page(SESSIONS)
    page = window.sessions
    page.reload(session_id)
    assert not page.start_button.isEnabled() and not page.start_action.isEnabled()
    assert page.record_button.isVisible()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    views = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordView) and w.isVisible()]
    assert len(views) == 1
    assert "Een leerteam per sectie" in views[0].browser.toPlainText()
    assert views[0].print_button.isVisible() and views[0].printer_button.isVisible()
    views[0].close()


@pytest.mark.parametrize("wm", [False, True], ids=["bare-x", "openbox"])
def test_the_confirmation_paints_on_a_real_x_server(tmp_path: Path, wm: bool) -> None:
    """The pixels the X server shows (not a widget's own rendering) hold the question and the buttons."""
    result = run_driver_on_x_server("tests.ui.confirm_driver", tmp_path, wm=wm)
    check_readable(result["paint"])
    assert result["finished"] is False  # "Nog niet" was pressed: nothing locked


def finish_on_board(qtbot: QtBot, window: SessionWindow) -> None:
    """Click "Sessie afronden…" and confirm, as the facilitator does."""
    answer_message_box(qtbot, [], QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.board.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.read_only, timeout=3000)


def test_after_finishing_the_window_visibly_switches_to_its_finished_state(
    open_session: OpenSession, qtbot: QtBot, store: Store, dutch: QApplication
) -> None:
    window = decided_on_board(open_session, qtbot, store)
    finish_on_board(qtbot, window)
    board = window.board

    # The clock stops, the status says so, the controls close.
    assert window.clock.state_label.text() == "Afgerond"
    assert not window.tick_timer.isActive()
    shown = window.clock.countdown.text()
    window.tick()
    assert window.clock.countdown.text() == shown
    assert not window.clock.start_button.isEnabled() and not window.clock.next_button.isEnabled()
    # Notes: closed, with a line that says how a correction is made.
    assert not window.notes.entry.isEnabled() and not window.notes.participant.isEnabled()
    qtbot.mouseClick(window.board.back_button, Qt.MouseButton.LeftButton)  # back to the notes (F7)
    line = window.notes.locked_line
    assert line.isVisible() and "Corrigeren" in line.text()
    activate(qtbot, window)  # offscreen Qt leaves the closed confirmation "active"; a desktop does not
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.board_stack.currentWidget() is board
    # The board: the record and closing, no more finishing.
    assert not board.finish_button.isVisible()
    assert board.record_button.isVisible() and board.record_button.text().replace("&", "").startswith(
        "Verslag"
    )
    assert board.close_button.isVisible() and board.amend_button.isVisible()
    assert board.time_label.text() == "Afgerond"

    qtbot.mouseClick(board.record_button, Qt.MouseButton.LeftButton)
    views = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordView) and w.isVisible()]
    assert len(views) == 1 and "Een leerteam per sectie" in views[0].browser.toPlainText()
    views[0].close()
    qtbot.mouseClick(board.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_note_typed_before_finishing_is_kept_and_one_after_is_refused_visibly(
    open_session: OpenSession, qtbot: QtBot, store: Store, dutch: QApplication
) -> None:
    session_id = plan_print_session(store)
    decide(store, session_id)
    window = open_session(session_id)
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Space)  # start
    qtbot.keyClicks(window.notes.entry, "Nog even snel genoteerd")  # no Enter: still being typed
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F7)
    finish_on_board(qtbot, window)
    assert [n.text for n in store.sessions.notes(session_id)] == ["Nog even snel genoteerd"]
    assert window.notes.entry.text() == ""

    # A note that still reaches the field's Enter afterwards is refused, said, and kept.
    window.notes.entry.setText("Te laat")
    window.notes.entry.returnPressed.emit()
    assert [n.text for n in store.sessions.notes(session_id)] == ["Nog even snel genoteerd"]
    assert window.notes.entry.text() == "Te laat"
    message = window.statusBar().currentMessage()
    assert "afgerond" in message and "Corrigeren" in message
    assert window.statusBar().isVisible()


def test_journey_a_whole_session_in_the_window_to_the_finished_record(
    open_session: OpenSession, qtbot: QtBot, store: Store, dutch: QApplication, tmp_path: Path
) -> None:
    """Start, notes in every box, on to part 3, the decision, finish, the record as PDF."""
    session_id = plan_print_session(store)
    window = open_session(session_id)
    entry = window.notes.entry
    qtbot.keyClick(entry, Qt.Key.Key_Space)
    assert window.clock.state_label.text() == "Loopt"
    texts = {
        Qt.Key.Key_S: "Iedere rol heeft een scholingsbudget",
        Qt.Key.Key_O: "Weinig samenhang tussen aanbod en visie",
        Qt.Key.Key_I: "Leren gebeurt vooral informeel",
    }
    while not window.runner.in_final_part:
        for key, text in texts.items():
            qtbot.keyClick(entry, key, Qt.KeyboardModifier.AltModifier)
            qtbot.keyClicks(entry, f"{text} ({window.runner.current().clock_index + 1})")
            qtbot.keyClick(entry, Qt.Key.Key_Return)
        qtbot.keyClick(entry, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    board = window.board
    assert window.board_stack.currentWidget() is board  # part 3 brings the board by itself
    assert board.time_label.text().startswith("nog ")

    qtbot.mouseClick(next(iter(board.picker.buttons.values())), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(board.rationale, "We leren vooral ieder voor zich")
    qtbot.keyClicks(board.first_step, "Een leerteam per sectie")
    qtbot.keyClicks(board.owner, "Anna de Vries")
    development = board.lists["development_points"]
    development.setFocus()
    development.setCurrentRow(0)
    qtbot.keyClick(development, Qt.Key.Key_Space)
    finish_on_board(qtbot, window)
    assert store.sessions.get(session_id).status is SessionStatus.FINISHED
    assert window.clock.state_label.text() == "Afgerond"

    qtbot.mouseClick(board.record_button, Qt.MouseButton.LeftButton)
    [view] = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordView) and w.isVisible()]
    target = tmp_path / "verslag.pdf"
    view.ask_path = lambda _suggestion: target
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    text = " ".join(page.extract_text() or "" for page in PdfReader(target).pages)
    for expected in (
        "De Kempen",
        "Een leerteam per sectie",
        "We leren vooral ieder voor zich",
        "scholingsbudget",
    ):
        assert expected in " ".join(text.split()), expected
    view.close()
