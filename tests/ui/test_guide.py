"""Session mode shows the facilitator's guide beside the steps; the presenter screen never does."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import School
from facilitator_app.store import Store
from facilitator_app.ui.session.guide_panel import GuidePanel

from .conftest import OpenSession
from .test_part3 import plan

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


@pytest.fixture
def school_id(store: Store) -> str:
    return store.schools.add(School(name="De Kempen")).id


def shown_text(widget: QWidget) -> str:
    """Every text a widget and its children can show, as plain words."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [browser.toPlainText() for browser in widget.findChildren(QTextBrowser)]
    return " ".join(re.sub(r"<[^>]+>", " ", " ".join(texts)).split())


def test_the_guide_follows_the_steps_and_never_reaches_the_presenter(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str
) -> None:
    window = open_session(plan(store, school_id, "2025-03-14"))
    guide = window.findChild(GuidePanel)
    assert isinstance(guide, GuidePanel) and guide.isVisible()

    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F5)  # the presenter screen on
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F6)  # with the notes shown
    seen_steps: list[int] = []
    for index in range(len(window.runner.boxes)):
        window.session.command(lambda i=index: window.runner.jump_to(i))
        info = window.runner.current()
        part, box = info.part, info.box
        seen_steps += [step.number for step in box.steps if step.number and step.note]
        beside = " ".join(guide.text.toPlainText().split())
        notes = [step.note for step in box.steps if step.note] + [part.note]
        on_screen = shown_text(presenter)
        for note in notes:
            # A sentence of every note of this box is beside the steps, and nowhere on the room's screen.
            first = " ".join(re.sub(r"[*]", "", note).split("\n")[0].split())[:60]
            assert first in beside, (index, first)
            assert first not in on_screen, (index, first)
            assert first not in presenter.visible_text()
        if any(step.number == 7 for step in box.steps):
            # Step 7's note says which step is probably meant; the step text itself stays the source's.
            assert "stap 6 bedoeld" in beside
            assert "Wissel de antwoorden van stap 1 uit" in on_screen
    assert seen_steps == list(range(1, 9))


def test_the_steps_keep_most_of_the_width_beside_the_guide(
    open_session: OpenSession, store: Store, school_id: str
) -> None:
    """The step text is what the facilitator reads aloud: the guide's long lines never squeeze it."""
    window = open_session(plan(store, school_id, "2025-03-14"))
    guide = window.findChild(GuidePanel)
    assert isinstance(guide, GuidePanel)
    steps_width, guide_width = guide.parentWidget().sizes()  # type: ignore[union-attr]
    assert steps_width > guide_width > 0  # three fifths where the window is wide enough


def test_closing_the_session_window_takes_the_presenter_screen_with_it(
    open_session: OpenSession, qtbot: QtBot, store: Store, school_id: str
) -> None:
    """The presenter shows the session window's board and ticks on its own timer: left behind after the
    window is deleted, it crashed the app (a later test's event loop, in the suite) on its next tick."""
    window = open_session(plan(store, school_id, "2025-03-14"))
    qtbot.keyClick(window.notes.entry, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    with qtbot.waitSignal(presenter.destroyed, timeout=2000):
        window.close()
    assert window.presenter is None
