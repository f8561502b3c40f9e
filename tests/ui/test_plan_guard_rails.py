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
    assert "2" in offer.text() and display_date("2025-03-14") in offer.text()
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
