"""Planning guard rails: warnings while planning, last time's participants offered, sessions named by school and date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Participant, School
from facilitator_app.store import Store
from facilitator_app.ui.dates import display_date
from facilitator_app.ui.plan_dialog import PlanDialog

from .conftest import OpenSession
from .helpers import plan_print_session

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)

LAST_TIME = (Participant("Anna de Vries", "schoolopleider"), Participant("Bram Jansen", "werkplekbegeleider"))


def earlier_session(store: Store) -> str:
    """The id of De Kempen, which held a session with two participants on 14 March 2025."""
    session_id = plan_print_session(store, date="2025-03-14", participants=LAST_TIME)
    return store.sessions.get(session_id).school_id


def test_a_new_plan_offers_last_times_participants_and_warns_until_it_is_sound(
    store: Store, qtbot: QtBot, dutch: QApplication
) -> None:
    dialog = PlanDialog(store, school_id=earlier_session(store))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setDate(QDate.currentDate().addDays(14))

    assert dialog.warning.isVisible() and "deelnemers" in dialog.warning.text()
    offer = dialog.previous_button
    assert offer.isVisible()
    assert "2 deelnemers" in offer.text()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert dialog.participants.participants() == LAST_TIME  # the people, not last time's ids
    assert not offer.isVisible() and not dialog.warning.isVisible()

    # A start in the past is said at once.
    dialog.date.setDate(QDate.currentDate().addDays(-1))
    assert dialog.warning.isVisible() and "verleden" in dialog.warning.text()
    dialog.date.setDate(QDate.currentDate().addDays(1))
    assert not dialog.warning.isVisible()

    # Warnings do not stop the facilitator: the plan is saved as it is.
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert [(p.name, p.role) for p in dialog.saved.participants] == [(p.name, p.role) for p in LAST_TIME]


def test_a_school_without_earlier_sessions_gets_no_offer(
    store: Store, qtbot: QtBot, dutch: QApplication
) -> None:
    school = store.schools.add(School(name="Het Baken"))
    dialog = PlanDialog(store, school_id=school.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.previous_button.isVisible()
    assert dialog.warning.isVisible()


def test_the_session_window_is_named_by_school_and_date(
    store: Store, open_session: OpenSession, dutch: QApplication
) -> None:
    session = store.sessions.for_school(earlier_session(store))[0]
    window = open_session(session.id)
    title = window.windowTitle()
    assert "De Kempen" in title and display_date("2025-03-14") in title and "13:30" in title
    assert title.startswith("Sessie: ") and title.endswith(" — facilitator-app")


def test_a_shorter_slot_shortens_this_sessions_boxes_and_not_the_theme(
    store: Store, qtbot: QtBot, dutch: QApplication
) -> None:
    dialog = PlanDialog(store, school_id=earlier_session(store))
    qtbot.addWidget(dialog)
    try:
        check_slot(dialog, qtbot, store)
    finally:
        dialog._dirty = False  # a failing check must not leave "discard changes?" hanging


def check_slot(dialog: PlanDialog, qtbot: QtBot, store: Store) -> None:
    dialog.show()
    dialog.date.setDate(QDate.currentDate().addDays(7))
    assert dialog.end_label.text().endswith("(60 minuten)")

    # 40 minutes: part 2 (optional, 15) goes, and the exchanges are shortened for the rest.
    dialog.slot.setValue(40)
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert sum(entry.minutes for entry in dialog.timeline_entries()) == 40
    assert "(40 minuten)" in dialog.end_label.text()
    assert dialog.fit_note.isVisible()
    assert "Deel 2 (optioneel) vervalt" in dialog.fit_note.text() and "→" in dialog.fit_note.text()
    assert not dialog.part_checks[2].isChecked()

    # One box by hand: double-click its minutes, type, Enter.
    item = dialog.timeline.topLevelItem(0)
    assert item is not None
    dialog.timeline.itemDoubleClicked.emit(item, 3)
    editor = dialog.timeline.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.timeline_entries()[0].minutes == 7)

    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.script is not None
    saved = store.sessions.get(dialog.saved.id)
    assert saved.script is not None
    own = [box.minutes for _part, box in saved.script.timeboxes()]
    theme = [box.minutes for _part, box in store.themes.get("professionaliseren").timeboxes()]
    assert own[0] == 7 and own != theme
    assert theme == [5, 5, 5, 10, 5, 10, 20]  # the theme itself is untouched
