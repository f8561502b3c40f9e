"""Planning sessions like a facilitator: the Sessions page, the plan dialog, starting a session.

Everything runs against the real temporary store; modal dialogs are answered
by a timer that acts like the user once the dialog is up.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateTimeEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.commands.common import participants_from_args
from facilitator_app.core.models import Participant, School
from facilitator_app.core.sessions import Session, SessionStatus
from facilitator_app.store import Store
from facilitator_app.ui.main_window import SESSIONS, MainWindow
from facilitator_app.ui.plan_dialog import PlanDialog
from facilitator_app.ui.session import SessionWindow
from facilitator_app.ui.sessions_page import SessionsPage

from .helpers import activate

# Offscreen Qt cannot resize or raise windows; these notices come from its platform plugin.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


Section = QDateTimeEdit.Section


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Once a visible ``kind`` window is up (a modal dialog), run ``act`` on it."""

    def attempt() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, attempt)
            return
        widget = found[0]
        widget.activateWindow()
        try:
            act(widget)
        except BaseException:
            # Close the modal dialog, or a failing check would hang the test run.
            if isinstance(widget, PlanDialog):
                widget._dirty = False
            widget.close()
            raise

    QTimer.singleShot(0, attempt)


def add_school(store: Store, name: str = "De Kempen") -> School:
    return store.schools.add(School(name=name, vision="Wij leren samen."))


def plan_in_store(store: Store, school: School, **changes: object) -> Session:
    fields: dict[str, object] = {
        "school_id": school.id,
        "title": "",
        "date": "2026-03-12",
        "planned_start": "13:30",
        "theme_id": "professionaliseren",
        "participants": (Participant("Anna de Vries", "Schoolopleider"),),
        "included_optional_parts": frozenset({2}),
    }
    fields.update(changes)
    return store.sessions.plan(Session(**fields))  # type: ignore[arg-type]


def forget_changes(dialog: QWidget) -> None:
    """Teardown closes the dialog; a failed test must not hang on "Discard changes?"."""
    assert isinstance(dialog, PlanDialog)
    dialog._dirty = False


def type_sections(qtbot: QtBot, edit: QDateTimeEdit, *typed: tuple[QDateTimeEdit.Section, str]) -> None:
    """Type into a date or time field section by section, as the keyboard does after a click."""
    edit.setFocus()
    for section, text in typed:
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, text)


def finish_cell(qtbot: QtBot, dialog: PlanDialog) -> None:
    """Enter in a participants cell: the table commits it (queued), the dialog stays open."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.participants.state() != QAbstractItemView.State.EditingState)
    assert dialog.isVisible()


def type_into_focus(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def plan_with_shortcut(qtbot: QtBot, window: MainWindow, school_id: str) -> None:
    """Ctrl+Shift+N in ``window``; in the plan dialog, with ``school_id`` preselected, invite Anna and save."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        assert dialog.school.currentData() == school_id
        qtbot.mouseClick(dialog.add_participant, Qt.MouseButton.LeftButton)
        type_into_focus(qtbot, "Anna de Vries")
        finish_cell(qtbot, dialog)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    when_shown(PlanDialog, fill)
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def test_sessions_page_is_second_and_ctrl_2_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    assert window.navigation.count() == 5
    assert window.pages.widget(SESSIONS) is window.sessions
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.sessions
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 0
    # Nothing planned yet: the page says how to start, and only planning is possible.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.sessions.empty.isVisible()
    assert not window.sessions.start_action.isEnabled()
    assert not window.sessions.print_action.isEnabled()
    assert window.sessions.plan_action in window.all_shortcut_actions()


def test_plan_dialog_typed_like_a_user(store: Store, qtbot: QtBot, dutch: QApplication) -> None:
    school = add_school(store)
    dialog = PlanDialog(store)
    qtbot.addWidget(dialog, before_close_func=forget_changes)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)

    # OK without a school: a message, no session.
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == dialog.tr("Choose a school for this session.")
    assert store.sessions.for_school(school.id) == []

    dialog.school.setFocus()
    qtbot.keyClicks(dialog.school, "De")  # type-ahead; a space would open the list
    assert dialog.school.currentData() == school.id

    type_sections(
        qtbot,
        dialog.date,
        (Section.DaySection, "14"),
        (Section.MonthSection, "03"),
        (Section.YearSection, "2026"),
    )
    assert dialog.date.date() == QDate(2026, 3, 14)

    # The timeline follows the start time and the optional part.
    assert dialog.planned_end == "14:30"
    type_sections(qtbot, dialog.start, (Section.HourSection, "09"), (Section.MinuteSection, "15"))
    assert dialog.start.time().toString("HH:mm") == "09:15"
    assert dialog.planned_end == "10:15"
    assert "10:15" in dialog.end_label.text()
    assert dialog.timeline.topLevelItem(0).text(0) == "09:15–09:20"
    rows_with_part_2 = dialog.timeline.topLevelItemCount()
    part2 = dialog.part_checks[2]
    qtbot.mouseClick(part2, Qt.MouseButton.LeftButton, pos=part2.rect().center())
    assert not part2.isChecked()
    assert dialog.planned_end == "10:00"
    assert dialog.timeline.topLevelItemCount() == rows_with_part_2 - 2
    assert dialog.timeline.topLevelItem(dialog.timeline.topLevelItemCount() - 1).text(0) == "09:40–10:00"

    qtbot.keyClicks(dialog.facilitator, "Marieke Jansen")

    # Participants: a row per click, Tab to the role (a list with free text), Enter to finish.
    qtbot.mouseClick(dialog.add_participant, Qt.MouseButton.LeftButton)
    type_into_focus(qtbot, "Anna de Vries")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Schoolopleider")
    finish_cell(qtbot, dialog)
    qtbot.mouseClick(dialog.add_participant, Qt.MouseButton.LeftButton)
    type_into_focus(qtbot, "Joost Bakker")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "leraar in opleiding")  # not on the role list: kept as typed
    finish_cell(qtbot, dialog)
    # Several names from the clipboard at once, then Delete removes the chosen row.
    QGuiApplication.clipboard().setText("Sara Pinas\nTom Visser; Werkplekbegeleider\n")
    table = dialog.participants
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert table.rowCount() == 4
    cell = table.visualItemRect(table.item(2, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 3

    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result() == PlanDialog.DialogCode.Accepted
    stored = store.sessions.for_school(school.id)
    assert len(stored) == 1
    session = stored[0]
    assert session == dialog.saved
    assert session.date == "2026-03-14"
    assert session.planned_start == "09:15"
    assert session.facilitator == "Marieke Jansen"
    assert session.included_optional_parts == frozenset()
    assert [(p.name, p.role) for p in session.participants] == [
        ("Anna de Vries", "Schoolopleider"),
        ("Joost Bakker", "leraar in opleiding"),
        ("Tom Visser", "Werkplekbegeleider"),
    ]
    assert session.timeline()[-1].end == "10:00"

    # The facilitator's name is remembered for the next plan.
    again = PlanDialog(store, school_id=school.id)
    qtbot.addWidget(again, before_close_func=forget_changes)
    assert again.facilitator.text() == "Marieke Jansen"
    assert again.school.currentData() == school.id


def test_plan_from_the_page_with_the_shortcut(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    school = add_school(store)
    window.show_page(SESSIONS)
    window.sessions.set_school_filter(school.id)

    plan_with_shortcut(qtbot, window, school.id)  # preselected from the filter
    page = window.sessions
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "De Kempen"
    assert page.table.item(0, 5).text() == "1"
    session = page.current_session()
    assert session is not None and session.participants[0].name == "Anna de Vries"
    assert store.sessions.get(session.id).status is SessionStatus.PLANNED


def test_edit_plan_from_the_page(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    school = add_school(store)
    planned = plan_in_store(store, school)
    window.show_page(SESSIONS)
    page = window.sessions
    assert page.current_id() == planned.id

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        assert dialog.planned_end == "14:30"
        assert dialog.part_checks[2].isChecked()
        type_sections(qtbot, dialog.start, (Section.HourSection, "14"), (Section.MinuteSection, "00"))
        qtbot.mouseClick(
            dialog.part_checks[2], Qt.MouseButton.LeftButton, pos=dialog.part_checks[2].rect().center()
        )
        assert dialog.planned_end == "14:45"
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    when_shown(PlanDialog, change)
    # Enter on a planned session's row edits its plan.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    edited = store.sessions.get(planned.id)
    assert edited.planned_start == "14:00"
    assert edited.included_optional_parts == frozenset()
    assert edited.participants[0].name == "Anna de Vries"
    assert page.table.item(0, 3).text() == "14:00"


def test_start_session_opens_one_window(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    school = add_school(store)
    planned = plan_in_store(store, school)
    window.show_page(SESSIONS)
    page: SessionsPage = window.sessions
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    opened = page.windows[planned.id]
    assert isinstance(opened, SessionWindow) and opened.isVisible()
    assert opened.runner.session.id == planned.id
    # Starting the same session again brings the open window forward instead of a second one.
    window.activateWindow()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, SessionWindow) and w.isVisible()]
    assert windows == [opened]
    opened.close()
    qtbot.waitUntil(lambda: planned.id not in page.windows)


def test_delete_planned_session_asks_first(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    school = add_school(store)
    planned = plan_in_store(store, school)
    window.show_page(SESSIONS)
    page = window.sessions

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(button).click()

        return act

    when_shown(QMessageBox, answer(QMessageBox.StandardButton.No))
    page.delete_action.trigger()
    assert store.sessions.get(planned.id).id == planned.id
    when_shown(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    page.delete_action.trigger()
    assert store.sessions.for_school(school.id) == []
    assert page.table.rowCount() == 0


def test_finished_or_running_rows(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    school = add_school(store)
    planned = plan_in_store(store, school)
    store.sessions.start(planned.id)
    window.show_page(SESSIONS)
    page = window.sessions
    assert page.table.item(0, 4).text() == page.tr("running")
    assert page.start_action.isEnabled() and page.print_action.isEnabled()
    assert not page.delete_action.isEnabled()  # only a planned session can be deleted here


def test_pasted_lines_and_a_participants_file_read_alike(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    """The plan dialog's paste and ``--participants-file`` share one rule (they once split differently)."""
    text = "\ufeffAnna  de Vries; Schoolopleider\n\nJoost Bakker:leraar in opleiding\nTom Visser\tWerkplekbegeleider\n"
    dialog = PlanDialog(store)
    qtbot.addWidget(dialog, before_close_func=forget_changes)
    QGuiApplication.clipboard().setText(text)
    dialog.participants.setFocus()
    qtbot.keyClick(dialog.participants, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = dialog.participants.participants()

    listed = tmp_path / "deelnemers.txt"
    listed.write_text(text, encoding="utf-8")
    parser = argparse.ArgumentParser()
    parser.add_argument("--participant", action="append", default=[])
    parser.add_argument("--participants-file")
    from_file = participants_from_args(parser.parse_args(["--participants-file", str(listed)]))

    assert [(p.name, p.role) for p in pasted] == [
        ("Anna de Vries", "Schoolopleider"),
        ("Joost Bakker", "leraar in opleiding"),
        ("Tom Visser", "Werkplekbegeleider"),
    ]
    assert list(pasted) == from_file
