"""Part 3 in session mode: the board, the decision, finishing, the locked record and amendments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import FollowUpStatus, Participant, School
from facilitator_app.core.sessions import NoteCategory, Outcome, OutcomeItem, Session, SessionStatus
from facilitator_app.store import Store
from facilitator_app.store.backup import backup_dir
from facilitator_app.ui.dates import display_date
from facilitator_app.ui.session import SessionWindow
from facilitator_app.ui.session.part3_amend import AmendDialog

from .conftest import OpenSession
from .helpers import answer_message_box

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)

LAST_BOX = 6  # clock index of part 3 with the optional part 2 planned in


def plan(store: Store, school_id: str, day: str) -> str:
    return store.sessions.plan(
        Session(
            school_id=school_id,
            title="Professionaliseren met het team",
            date=day,
            planned_start="13:30",
            theme_id="professionaliseren",
            participants=(Participant("Anna de Vries", "schoolopleider"),),
            included_optional_parts=frozenset({2}),
        )
    ).id


@pytest.fixture
def school_id(store: Store) -> str:
    return store.schools.add(School(name="De Kempen")).id


@pytest.fixture
def session_id(store: Store, school_id: str) -> str:
    return plan(store, school_id, "2025-03-14")


def note(qtbot: QtBot, window: SessionWindow, key: Qt.Key, text: str) -> None:
    qtbot.keyClick(window.notes.entry, key, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(window.notes.entry, text)
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Return)


def run_to_part_3(qtbot: QtBot, window: SessionWindow) -> None:
    """Start, take notes in part 1, then jump to part 3 as a facilitator does (Ctrl+7)."""
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_Space)
    note(qtbot, window, Qt.Key.Key_S, "Iedere rol heeft een scholingsbudget")
    note(qtbot, window, Qt.Key.Key_O, "Weinig samenhang tussen aanbod en visie")
    note(qtbot, window, Qt.Key.Key_I, "Leren gebeurt vooral informeel")
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.runner.clock.current_index == LAST_BOX


def tick(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    """Tick a note as a keyboard user does: select it, press Space."""
    widget.setFocus()
    widget.setCurrentRow(row)
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert widget.item(row).checkState() is Qt.CheckState.Checked


def test_board_appears_at_part_3_and_finishing_asks_only_for_what_is_missing(
    open_session: OpenSession, qtbot: QtBot, store: Store, session_id: str, dutch: QApplication
) -> None:
    window = open_session(session_id)
    board = window.board
    assert window.board_stack.currentWidget() is not board  # type: ignore[attr-defined]
    run_to_part_3(qtbot, window)
    assert window.board_stack.currentWidget() is board  # type: ignore[attr-defined]

    # All notes of the session are on the board, one sheet per category.
    assert [board.lists[f].count() for f in ("strengths_used", "development_points", "insights_used")] == [
        1,
        1,
        1,
    ]

    # Finishing with nothing filled in names exactly the four missing fields and changes nothing.
    qtbot.mouseClick(board.finish_button, Qt.MouseButton.LeftButton)
    assert board.missing_frame.isVisible()
    text = board.missing_label.text()
    for missing in ("scenario", "onderbouwing", "eerste ontwikkelstap", "ontwikkelpunten"):
        assert missing in text
    assert store.sessions.get(session_id).status is SessionStatus.RUNNING

    # Space on a scenario chooses it and leaves the clock running.
    second = list(board.picker.buttons.values())[1]
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert second.isChecked()
    assert not window.runner.clock.is_paused

    # Click a scenario, type the decision, tick the notes it uses.
    scenario = next(iter(board.picker.buttons.values()))
    qtbot.mouseClick(scenario, Qt.MouseButton.LeftButton)
    assert scenario.isChecked() and not second.isChecked()
    qtbot.keyClicks(board.rationale, "We leren vooral ieder voor zich")
    qtbot.keyClicks(board.first_step, "Een leerteam per sectie")
    qtbot.keyClicks(board.owner, "Anna de Vries")
    qtbot.keyClicks(board.support, "Tijd van de directie")
    tick(qtbot, board.lists["development_points"], 0)
    tick(qtbot, board.lists["strengths_used"], 0)
    # Saved as you go: without any further action the store has it within the debounce.
    qtbot.waitUntil(lambda: not board.has_unsaved_changes(), timeout=3000)
    saved = store.sessions.outcome(session_id)
    assert saved is not None
    assert saved.scenario_id == scenario.property("scenarioId")
    assert saved.rationale == "We leren vooral ieder voor zich"
    assert saved.first_step == "Een leerteam per sectie"
    assert saved.first_step_owner == "Anna de Vries"
    assert saved.support_needed == "Tijd van de directie"
    assert [i.text for i in saved.development_points] == ["Weinig samenhang tussen aanbod en visie"]
    assert [i.text for i in saved.strengths_used] == ["Iedere rol heeft een scholingsbudget"]
    assert saved.development_points[0].note_id  # linked to the captured note

    # A new insight typed on the board becomes a note and is ticked at once.
    qtbot.keyClicks(board.add_edits["insights_used"], "Collega's willen van elkaar leren")
    qtbot.keyClick(board.add_edits["insights_used"], Qt.Key.Key_Return)
    assert [n.text for n in store.sessions.notes(session_id) if n.category is NoteCategory.INSIGHT] == [
        "Leren gebeurt vooral informeel",
        "Collega's willen van elkaar leren",
    ]
    saved = store.sessions.outcome(session_id)
    assert saved is not None
    assert [i.text for i in saved.insights_used] == ["Collega's willen van elkaar leren"]

    # Finish: confirm, locked, a backup in the backup folder.
    before = set(backup_dir(store).glob("*.sqlite3")) if backup_dir(store).exists() else set()
    seen: list[str] = []
    answer_message_box(qtbot, seen, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(board.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.sessions.get(session_id).status is SessionStatus.FINISHED, timeout=3000)
    assert seen
    assert not board.missing_frame.isVisible()
    locked = store.sessions.outcome(session_id)
    assert locked is not None and locked.locked
    new_backups = set(backup_dir(store).glob("*sessie-afgerond.sqlite3")) - before
    assert len(new_backups) == 1

    # Read-only afterwards: typing changes nothing, the finish button is gone, Amend is offered.
    assert board.rationale.isReadOnly() and board.owner.isReadOnly()
    assert not board.finish_button.isVisible()
    assert board.amend_button.isVisible()
    qtbot.keyClicks(board.rationale, " extra")
    assert board.rationale.toPlainText() == "We leren vooral ieder voor zich"
    assert not (board.lists["development_points"].item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    assert not window.notes.entry.isEnabled()


def test_amend_keeps_the_original_and_lists_the_dated_correction(
    open_session: OpenSession, qtbot: QtBot, store: Store, session_id: str
) -> None:
    store.sessions.save_outcome(
        session_id,
        Outcome(
            scenario_id=store.scenario_maps.all()[0].scenarios[1].id,
            rationale="Oud",
            first_step="Een leerteam per sectie",
            development_points=(OutcomeItem("Samenhang"),),
        ),
    )
    store.sessions.start(session_id)
    store.sessions.finish(session_id)
    window = open_session(session_id)
    board = window.board
    assert window.board_stack.currentWidget() is board  # type: ignore[attr-defined]  # finished: the record
    assert board.locked and not board.amendments.isVisible()

    def fill_amendment() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AmendDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, fill_amendment)
            return
        dialog = dialogs[0]
        dialog.select_field("rationale")
        assert dialog.value.toPlainText() == "Oud"
        dialog.value.selectAll()
        qtbot.keyClicks(dialog.value, "Nieuw inzicht van de directie")
        qtbot.keyClicks(dialog.reason, "Directie las het verslag na")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_amendment)
    qtbot.mouseClick(board.amend_button, Qt.MouseButton.LeftButton)

    [amendment] = store.sessions.amendments(session_id)
    assert (amendment.field, amendment.old, amendment.new) == (
        "rationale",
        "Oud",
        "Nieuw inzicht van de directie",
    )
    assert board.rationale.toPlainText() == "Nieuw inzicht van de directie"
    assert board.amendments.isVisible()
    assert board.amendments.count() == 1
    line = board.amendments.item(0).text()
    assert amendment.at[:10] in line and "Oud" in line and "Directie las het verslag na" in line


def test_follow_up_of_the_previous_first_step_is_asked_and_stored(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str, session_id: str
) -> None:
    store.sessions.save_outcome(
        session_id,
        Outcome(
            scenario_id=store.scenario_maps.all()[0].scenarios[0].id,
            rationale="Ieder voor zich",
            first_step="Een leerteam per sectie",
            first_step_owner="Anna de Vries",
            development_points=(OutcomeItem("Samenhang"),),
        ),
    )
    store.sessions.start(session_id)
    store.sessions.finish(session_id)
    later = plan(store, school_id, "2025-10-01")

    window = open_session(later)
    banner = window.follow_up_banner  # type: ignore[attr-defined]
    assert banner.isVisible()
    assert "Een leerteam per sectie" in banner.text.text()
    assert display_date("2025-03-14") in banner.text.text()
    # Enter with nothing chosen or typed stores nothing and keeps asking.
    qtbot.keyClick(banner.answer, Qt.Key.Key_Return)
    assert banner.isVisible() and store.sessions.follow_up(later) is None
    qtbot.mouseClick(banner.findChild(QPushButton, "followUpPartly"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(banner.answer, "Twee secties zijn gestart")
    qtbot.keyClick(banner.answer, Qt.Key.Key_Return)
    assert not banner.isVisible()
    answer = store.sessions.follow_up(later)
    assert answer is not None
    assert (answer.previous_session_id, answer.status, answer.text) == (
        session_id,
        FollowUpStatus.PARTLY,
        "Twee secties zijn gestart",
    )
    assert (answer.first_step, answer.previous_date) == ("Een leerteam per sectie", "2025-03-14")
    # A field of the session, not a note.
    assert store.sessions.notes(later) == []
    assert all(notes.count() == 0 for notes in window.notes.lists.values())
    # The board shows where the school stood last time.
    assert "Een leerteam per sectie" in window.board.previous_label.text()

    # Reopened: the question is not asked twice.
    window.close()
    again = open_session(later)
    assert getattr(again, "follow_up_banner", None) is None


def test_follow_up_with_a_status_only_and_later_asks_again(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str, session_id: str
) -> None:
    store.sessions.save_outcome(
        session_id,
        Outcome(
            scenario_id=store.scenario_maps.all()[0].scenarios[0].id,
            rationale="Ieder voor zich",
            first_step="Een leerteam per sectie",
            development_points=(OutcomeItem("Samenhang"),),
        ),
    )
    store.sessions.start(session_id)
    store.sessions.finish(session_id)
    later = plan(store, school_id, "2025-10-01")

    window = open_session(later)
    banner = window.follow_up_banner  # type: ignore[attr-defined]
    qtbot.mouseClick(banner.findChild(QPushButton, "followUpLater"), Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and store.sessions.follow_up(later) is None
    window.close()

    again = open_session(later)  # not answered: asked again
    banner = again.follow_up_banner  # type: ignore[attr-defined]
    assert banner.isVisible()
    qtbot.mouseClick(banner.findChild(QPushButton, "followUpNotDone"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(banner.findChild(QPushButton, "followUpSave"), Qt.MouseButton.LeftButton)
    answer = store.sessions.follow_up(later)
    assert answer is not None and (answer.status, answer.text) == (FollowUpStatus.NOT_DONE, "")
    assert not banner.isVisible() and store.sessions.notes(later) == []


def test_f7_toggles_the_board_and_the_decision_survives_closing(
    open_session: OpenSession, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_session(session_id)
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F7)
    assert window.board_stack.currentWidget() is window.board  # type: ignore[attr-defined]
    qtbot.keyClicks(window.board.rationale, "Half getypt")
    window.close()  # before the debounce: closing saves it
    saved = store.sessions.outcome(session_id)
    assert saved is not None and saved.rationale == "Half getypt"
