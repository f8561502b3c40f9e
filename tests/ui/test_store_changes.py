"""One store-change signal: a page shows what another page (or window) just changed, without reselecting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Catalogue
from facilitator_app.core.sessions import Session
from facilitator_app.store import Store
from facilitator_app.ui.changes import StoreChanges, announce, flush_edits, subscribe
from facilitator_app.ui.main_window import SCHOOLS, SESSIONS, MainWindow
from tests.archive.factory import finished_session
from tests.archive.factory import school as factory_school

from .conftest import OpenSession
from .helpers import activate, answer_message_box, decide, plan_print_session
from .test_planning import plan_with_shortcut
from .test_session_end import finish_on_board

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


def test_a_follow_up_planned_shows_in_the_school_history_without_reselecting(
    make_window: Callable[[Store], MainWindow], store: Store, qtbot: QtBot
) -> None:
    kempen = factory_school(store)
    held = finished_session(store, kempen.id, "2025-03-14", 1, first_step="Een leerteam per sectie")
    window = make_window(store)
    schools = window.schools
    assert schools.current_school() is not None and schools.current_school().id == kempen.id  # type: ignore[union-attr]
    detail = schools.detail
    detail.tabs.setCurrentWidget(detail.history_view)
    timeline = detail.history_view.timeline
    assert timeline.topLevelItemCount() == 1
    no_later = detail.history_view.tr("open: no later session yet")
    assert timeline.topLevelItem(0).text(4) == no_later  # type: ignore[union-attr]

    # Plan the follow-up from the Schools page, as the facilitator does: the school in view is preselected.
    plan_with_shortcut(qtbot, window, kempen.id)
    assert window.pages.currentIndex() == SESSIONS
    planned = [s for s in store.archive.sessions(kempen.id) if s.id != held.session.id]
    assert len(planned) == 1

    # Back on the Schools page, the same school still selected: its history knows the next session.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == SCHOOLS
    assert schools.current_school().id == kempen.id  # type: ignore[union-attr]
    assert timeline.topLevelItemCount() == 1
    follow = timeline.topLevelItem(0).text(4)  # type: ignore[union-attr]
    assert follow != no_later
    assert (
        follow
        == detail.history_view.follow_up_state(
            store.archive.school_history(kempen.id)[0], store.archive.school_history(kempen.id)[1:]
        ).text
    )
    # And its Sessions tab lists both.
    detail.tabs.setCurrentWidget(detail.sessions_view)
    assert set(detail.sessions_view.session_ids()) == {held.session.id, planned[0].id}


def test_a_session_deleted_on_the_sessions_page_leaves_the_school_tab(
    make_window: Callable[[Store], MainWindow], store: Store, qtbot: QtBot
) -> None:
    kempen = factory_school(store)
    held = finished_session(store, kempen.id, "2025-03-14", 1)
    planned = store.sessions.plan(
        Session(
            school_id=kempen.id,
            title="Vervolg",
            date="2026-09-01",
            planned_start="14:00",
            theme_id="professionaliseren",
        )
    )
    window = make_window(store)
    detail = window.schools.detail
    detail.tabs.setCurrentWidget(detail.sessions_view)
    assert set(detail.sessions_view.session_ids()) == {held.session.id, planned.id}
    window.show_page(SESSIONS)
    page = window.sessions
    page.reload(planned.id)
    seen: list[str] = []
    answer_message_box(qtbot, seen, QMessageBox.StandardButton.Yes)
    page.delete_session()
    assert seen and store.archive.sessions(kempen.id)[0].id == held.session.id
    window.show_page(SCHOOLS)
    assert detail.sessions_view.session_ids() == [held.session.id]


# ------------------------------------------------------------ the signal itself


class Page(QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.seen: list[tuple[StoreChanges, object]] = []
        self.flushed = 0
        subscribe(self, store, lambda changes, by: self.seen.append((changes, by)), on_flush=self._flush)

    def _flush(self) -> None:
        self.flushed += 1


def test_subscribers_hear_their_store_from_others_until_deleted(
    store: Store, catalogue: Catalogue, tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    page, other_page = Page(store), Page(store)
    other_store = Store.open(tmp_path / "andere.db", catalogue)
    try:
        announce(store, StoreChanges(sessions=True), initiator=other_page)
        announce(other_store, StoreChanges(schools=True))  # another window's store: not ours
        assert page.seen == [(StoreChanges(sessions=True), other_page)]
        assert other_page.seen == []  # the initiator shows what it did already
        flush_edits(store)
        flush_edits(other_store)
        assert (page.flushed, other_page.flushed) == (1, 1)
        assert StoreChanges(schools=True) | StoreChanges(notes=True) == StoreChanges(schools=True, notes=True)
        assert all(vars(StoreChanges.everything()).values())

        seen = page.seen
        page.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        announce(store, StoreChanges(schools=True))  # nobody left to call: no error either
        assert seen == [(StoreChanges(sessions=True), other_page)]
        assert other_page.seen == [(StoreChanges(schools=True), None)]
    finally:
        other_store.close()
        other_page.deleteLater()


def test_a_follow_up_finished_in_session_mode_shows_in_the_school_history(
    make_window: Callable[[Store], MainWindow], open_session: OpenSession, store: Store, qtbot: QtBot
) -> None:
    follow_up = plan_print_session(store)  # De Kempen, 12-03-2026
    kempen = store.sessions.get(follow_up).school_id
    finished_session(store, kempen, "2025-03-14", 1, first_step="Een leerteam per sectie")
    decide(store, follow_up)
    window = make_window(store)
    detail = window.schools.detail
    assert window.schools.current_school().id == kempen  # type: ignore[union-attr]
    detail.tabs.setCurrentWidget(detail.history_view)
    timeline = detail.history_view.timeline
    assert timeline.topLevelItemCount() == 1

    session = open_session(follow_up)
    qtbot.keyClick(session.notes.entry, Qt.Key.Key_Space)  # start
    qtbot.keyClick(session.notes.entry, Qt.Key.Key_F7)
    finish_on_board(qtbot, session)

    # The main window, untouched all the while, shows the finished follow-up in the school's history.
    assert timeline.topLevelItemCount() == 2
    assert detail.history_view.track.positions()[-1][0] == "2026-03-12"
