"""Session mode driven like a facilitator would: keys, clicks, typing, against a real store.

Time is a fake monotonic (and wall) clock the tests advance; the windows'
QTimers only repaint from it, so ``window.tick()`` (what the timer calls)
shows the new time at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.core.clock import ClockStatus, FixKind
from facilitator_app.core.models import Participant, School
from facilitator_app.core.sessions import NoteCategory, Session, SessionStatus
from facilitator_app.store import Store
from facilitator_app.ui.session import PresenterWindow, SessionWindow
from facilitator_app.ui.session.shortcuts import SHORTCUTS
from facilitator_app.ui.session.timefmt import countdown_text

from .helpers import run_queued

# The offscreen platform the tests run on cannot resize or raise windows; these
# two notices come from Qt's platform plugin, not from the app.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)

# Script order of the built-in theme: 0-3 part 1, 4-5 part 2 (optional), 6 part 3.
PART_2 = (4, 5)


class FakeTime:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def session_id(store: Store) -> str:
    school = store.schools.add(School(name="De Kempen"))
    session = store.sessions.plan(
        Session(
            school_id=school.id,
            title="Professionaliseren met het team",
            date="2025-03-14",
            planned_start="13:30",
            theme_id="professionaliseren",
            participants=(Participant("Anna", "schoolopleider"),),
            included_optional_parts=frozenset({2}),
        )
    )
    return session.id


OpenWindow = Callable[[], SessionWindow]


@pytest.fixture
def open_window(store: Store, session_id: str, fake_time: FakeTime, qtbot: QtBot) -> Iterator[OpenWindow]:
    opened: list[SessionWindow] = []

    def make() -> SessionWindow:
        window = SessionWindow(store, session_id, fake_time, wall_clock=fake_time)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        # Shortcuts only fire in the active window, as on a real desktop.
        qtbot.waitUntil(lambda: window.isActiveWindow() and window.notes.entry.hasFocus())
        opened.append(window)
        return window

    yield make
    for window in opened:
        if window.presenter is not None:
            window.presenter.close()
            window.presenter.deleteLater()


def press(
    qtbot: QtBot,
    window: SessionWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key typed while the note field has the focus, as during a real session."""
    qtbot.keyClick(window.notes.entry, key, modifier)


def start(qtbot: QtBot, window: SessionWindow) -> None:
    assert window.notes.entry.hasFocus()
    press(qtbot, window, Qt.Key.Key_Space)  # Space in the empty note field starts the clock
    assert window.runner.clock.is_started


def type_note(qtbot: QtBot, window: SessionWindow, text: str) -> None:
    qtbot.keyClicks(window.notes.entry, text)
    press(qtbot, window, Qt.Key.Key_Return)


# ---------------------------------------------------------------- notes


def test_typed_note_is_stored_under_the_current_box_and_category(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    start(qtbot, window)
    assert store.sessions.get(session_id).status is SessionStatus.RUNNING
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # to step 2
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    type_note(qtbot, window, "Weinig samenhang tussen aanbod en visie")

    [note] = store.sessions.notes(session_id)
    assert note.text == "Weinig samenhang tussen aanbod en visie"
    assert note.timebox_index == 1
    assert note.category is NoteCategory.DEVELOPMENT
    assert window.notes.entry.text() == ""
    assert window.notes.lists[NoteCategory.DEVELOPMENT].count() == 1
    assert store.sessions.draft(session_id) is None


def test_category_keys_and_clicks_change_the_category(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    expected: list[NoteCategory] = []
    for category in NoteCategory:
        press(
            qtbot,
            window,
            getattr(Qt.Key, f"Key_{category.shortcut.upper()}"),
            Qt.KeyboardModifier.AltModifier,
        )
        assert window.notes.category is category
        assert window.notes.category_buttons[category].isChecked()
        type_note(qtbot, window, f"note {category.value}")
        expected.append(category)
    qtbot.mouseClick(window.notes.category_buttons[NoteCategory.INSIGHT], Qt.MouseButton.LeftButton)
    type_note(qtbot, window, "clicked")
    expected.append(NoteCategory.INSIGHT)
    assert [n.category for n in store.sessions.notes(session_id)] == expected
    assert window.notes.entry.hasFocus()  # clicking a category does not steal the focus


def test_draft_is_saved_within_a_second_and_restored_by_a_new_window(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    start(qtbot, window)
    assert window.notes.draft_timer.interval() <= 1000
    press(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(window.notes.entry, "Wie bewaakt de samen")
    qtbot.waitUntil(lambda: store.sessions.draft(session_id) is not None, timeout=1000)
    draft = store.sessions.draft(session_id)
    assert draft is not None
    assert (draft.text, draft.category, draft.timebox_index) == (
        "Wie bewaakt de samen",
        NoteCategory.QUESTION,
        0,
    )

    # Simulate a crash: no close event, a fresh window over the same store.
    window.tick_timer.stop()
    again = open_window()
    assert again.notes.entry.text() == "Wie bewaakt de samen"
    assert again.notes.category is NoteCategory.QUESTION


def test_undo_restores_a_deleted_note(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    type_note(qtbot, window, "Iedere rol heeft een scholingsbudget")
    [note] = store.sessions.notes(session_id)
    notes = window.notes.lists[NoteCategory.STRENGTH]
    notes.setFocus()
    notes.setCurrentRow(0)
    qtbot.keyClick(notes, Qt.Key.Key_Delete)
    assert store.sessions.notes(session_id) == []
    assert notes.count() == 0

    window.notes.entry.setFocus()
    press(
        qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )  # empty field: undo reaches the notes
    [restored] = store.sessions.notes(session_id)
    assert (restored.id, restored.text) == (note.id, note.text)
    assert notes.count() == 1


def test_a_note_moves_to_another_time_box_and_undo_moves_it_back(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    type_note(qtbot, window, "Hoort eigenlijk bij stap 3")
    [note] = store.sessions.notes(session_id)
    target = window.runner.boxes[2].timebox_index
    assert note.timebox_index != target
    window.notes.move_to_box(note, target)  # what "Move to time box" in the note's menu calls
    assert store.sessions.note(note.id).timebox_index == target
    window.notes.entry.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.sessions.note(note.id).timebox_index == note.timebox_index


def test_recategorise_selected_note_with_a_key_and_undo(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    type_note(qtbot, window, "Competenties staan nergens beschreven")
    notes = window.notes.lists[NoteCategory.STRENGTH]
    notes.setFocus()
    notes.setCurrentRow(0)
    qtbot.keyClick(notes, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert store.sessions.notes(session_id)[0].category is NoteCategory.INSIGHT
    qtbot.keyClick(
        window.notes.lists[NoteCategory.INSIGHT], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert store.sessions.notes(session_id)[0].category is NoteCategory.STRENGTH


def sheet_texts(window: SessionWindow) -> dict[NoteCategory, list[str]]:
    lists = window.notes.lists
    return {c: [lists[c].item(row).text() for row in range(lists[c].count())] for c in NoteCategory}


def store_texts(store: Store, session_id: str) -> dict[NoteCategory, list[str]]:
    notes = store.sessions.notes(session_id)
    return {c: [n.text for n in notes if n.category is c] for c in NoteCategory}


def test_enter_adds_the_note_to_its_sheet_without_rebuilding_the_sheet(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    start(qtbot, window)
    type_note(qtbot, window, "Eerste")
    type_note(qtbot, window, "Tweede")
    sheet = window.notes.lists[NoteCategory.STRENGTH]
    first = sheet.item(0)
    type_note(qtbot, window, "Derde")
    # The rows already on screen stay the same items (rebuilding every sheet after each
    # Enter made storing a note grow with the notes on screen, issue 17).
    assert sheet.item(0) is first
    assert sheet_texts(window) == store_texts(store, session_id)
    assert window.notes.headers[NoteCategory.STRENGTH].text().endswith("(3)")
    assert sheet.currentItem() is None or sheet.currentItem().text() != "Derde"


def test_the_sheets_follow_script_order_edits_moves_deletes_and_undo(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # to step 2
    type_note(qtbot, window, "In stap 2")
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # back to step 1
    type_note(qtbot, window, "In stap 1")
    # A note of an earlier box goes above the later box's notes, as in the record.
    assert sheet_texts(window)[NoteCategory.STRENGTH] == ["In stap 1", "In stap 2"]
    assert sheet_texts(window) == store_texts(store, session_id)

    sheet = window.notes.lists[NoteCategory.STRENGTH]
    kept = sheet.item(1)
    panel = window.notes
    panel._edit_text(str(kept.data(Qt.ItemDataRole.UserRole)), "In stap 2, herzien")
    assert sheet.item(1) is kept and kept.text() == "In stap 2, herzien"
    assert sheet_texts(window) == store_texts(store, session_id)

    sheet.setFocus()
    sheet.setCurrentRow(0)
    qtbot.keyClick(sheet, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # move to Insight
    insights = window.notes.lists[NoteCategory.INSIGHT]
    assert sheet_texts(window) == store_texts(store, session_id)
    assert insights.currentItem() is not None and insights.currentItem().text() == "In stap 1"
    assert panel.selected_note() is not None and panel.selected_note().text == "In stap 1"

    qtbot.keyClick(insights, Qt.Key.Key_Delete)
    assert sheet_texts(window) == store_texts(store, session_id)
    assert insights.count() == 0
    for _ in range(3):  # undo the delete, the move and the edit
        panel.undo()
        assert sheet_texts(window) == store_texts(store, session_id)
    assert sheet_texts(window)[NoteCategory.STRENGTH] == ["In stap 1", "In stap 2"]


# ---------------------------------------------------------------- the clock


def test_next_and_previous_box_are_recorded(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str, fake_time: FakeTime
) -> None:
    window = open_window()
    start(qtbot, window)
    fake_time.advance(200)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.runner.clock.current_index == 1
    state = store.sessions.clock_state(session_id)
    assert state is not None and state["current_index"] == 1
    runs = store.sessions.timebox_runs(session_id)
    assert runs[0].actual_start == 0.0 and runs[0].actual_end == pytest.approx(200.0)
    assert runs[1].actual_start == pytest.approx(200.0)

    fake_time.advance(30)
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.runner.clock.current_index == 0
    state = store.sessions.clock_state(session_id)
    assert state is not None and state["current_index"] == 0
    assert window.runner.current().timebox_index == 0
    assert "Breng in kaart" in window.steps_label.text()  # the full step text of box 1 is back


def test_click_in_session_bar_jumps_to_that_box(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    start(qtbot, window)
    centre = window.bar.box_rect(3).center().toPoint()
    qtbot.mouseClick(window.bar, Qt.MouseButton.LeftButton, pos=centre)
    assert window.runner.clock.current_index == 3
    assert window.runner.current().timebox_index == 3


def test_minutes_pause_and_countdown_to_a_signed_overrun(
    open_window: OpenWindow, qtbot: QtBot, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window = open_window()
    countdown = window.clock.countdown
    assert countdown.text() == "05:00"
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # +1 minute
    assert countdown.text() == "06:00"
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert countdown.text() == "05:00"
    assert countdown.property("status") == "normal"

    fake_time.advance(250)
    window.tick()
    assert countdown.text() == "00:50"
    assert countdown.property("status") == "warning"

    press(qtbot, window, Qt.Key.Key_Space)  # pause: time stands still
    fake_time.advance(500)
    window.tick()
    assert (countdown.text(), countdown.property("status")) == ("00:50", "paused")
    press(qtbot, window, Qt.Key.Key_Space)

    fake_time.advance(50)
    window.tick()
    assert countdown.property("status") == "overrun"
    assert countdown.is_flashing() and beeps == [1]
    fake_time.advance(83)
    window.tick()
    assert countdown.text() == "+01:23"
    assert countdown.status() is ClockStatus.OVERRUN


def test_mute_silences_the_sound_at_zero(
    open_window: OpenWindow, qtbot: QtBot, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window = open_window()
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.muted
    fake_time.advance(301)
    window.tick()
    assert window.clock.countdown.is_flashing() and beeps == []


def test_fix_offer_appears_when_late_and_skip_part_2_marks_it_skipped(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str, fake_time: FakeTime
) -> None:
    window = open_window()
    start(qtbot, window)
    window.tick()
    assert not window.schedule.fix_frame.isVisible()
    fake_time.advance(6 * 60)  # a 5-minute box runs a minute over: the projected end passes the plan
    window.tick()
    assert window.schedule.fix_frame.isVisible()
    assert window.schedule.label.property("late") is True
    fix = window.schedule.fix
    assert fix is not None and fix.kind is FixKind.SKIP_OPTIONAL_PART and fix.part == 2

    qtbot.mouseClick(window.schedule.fix_button, Qt.MouseButton.LeftButton)
    records = window.runner.clock.box_records()
    assert [r.skipped for r in records] == [False, False, False, False, True, True, False]
    assert not window.schedule.fix_frame.isVisible()
    runs = {run.timebox_index: run for run in store.sessions.timebox_runs(session_id)}
    assert all(runs[i].skipped for i in PART_2)


def test_ignored_fix_stays_away_until_the_session_slips_further(
    open_window: OpenWindow, qtbot: QtBot, fake_time: FakeTime
) -> None:
    window = open_window()
    start(qtbot, window)
    fake_time.advance(6 * 60)
    window.tick()
    qtbot.mouseClick(window.schedule.ignore_fix_button, Qt.MouseButton.LeftButton)
    window.tick()
    assert not window.schedule.fix_frame.isVisible()
    fake_time.advance(3 * 60)
    window.tick()
    assert window.schedule.fix_frame.isVisible()


def test_resume_restores_box_clock_and_notes_and_a_crash_is_no_pause(
    open_window: OpenWindow, qtbot: QtBot, fake_time: FakeTime
) -> None:
    window = open_window()
    start(qtbot, window)
    fake_time.advance(290)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    fake_time.advance(60)
    type_note(qtbot, window, "Werkplekbegeleiders volgen samen de training")
    window.tick_timer.stop()
    window.autosave_timer.stop()

    fake_time.advance(40)  # the laptop restarts; the group keeps talking
    again = open_window()
    assert again.runner.clock.current_index == 1
    assert again.runner.clock.is_running
    assert again.clock.countdown.text() == countdown_text(300 - 60 - 40)
    assert again.notes.lists[NoteCategory.STRENGTH].count() == 1


# ---------------------------------------------------------------- the room


def test_presenter_shows_the_step_text_and_never_the_draft(
    open_window: OpenWindow, qtbot: QtBot, store: Store, session_id: str
) -> None:
    window = open_window()
    start(qtbot, window)
    qtbot.keyClicks(window.notes.entry, "GEHEIM halve gedachte")
    press(qtbot, window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert isinstance(presenter, PresenterWindow) and presenter.isVisible()
    assert not presenter.isFullScreen()  # one screen (offscreen): a normal window
    assert "Breng in kaart voor je eigen rol" in presenter.visible_text()
    assert "GEHEIM" not in presenter.visible_text()

    # In a collective box, with notes on the screen: stored notes show, the draft does not.
    press(qtbot, window, Qt.Key.Key_F6)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    window.notes.entry.setText("")
    type_note(qtbot, window, "Aanbod per rol is helder")
    qtbot.keyClicks(window.notes.entry, "GEHEIM tweede gedachte")
    qtbot.waitUntil(lambda: store.sessions.draft(session_id) is not None, timeout=1000)
    text = presenter.visible_text()
    assert "Wissel jullie antwoorden uit" in text
    assert "Aanbod per rol is helder" in text
    assert "GEHEIM" not in text
    assert presenter.findChild(type(window.notes.entry)) is None  # no controls on the room's screen

    press(qtbot, window, Qt.Key.Key_F5)
    assert not presenter.isVisible()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1920, 1080)])
def test_the_longest_steps_fit_on_the_presenter_screen(
    dutch: QApplication, open_window: OpenWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    """Steps 4 and 5 together are the most text of any time box: every line stays on the screen."""
    window = open_window()
    press(qtbot, window, Qt.Key.Key_F5)
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    presenter = window.presenter
    assert presenter is not None
    presenter.resize(*size)
    steps = presenter.steps
    qtbot.waitUntil(lambda: "verbeterpunten" in steps.text(), timeout=2000)
    run_queued(qtbot)  # the refit queued by the resize
    # As the room sees it: no glyph reaches the bottom edge of the text's box.
    image = steps.grab().toImage()
    background = image.pixelColor(2, image.height() - 1)
    bottom = [image.pixelColor(x, image.height() - row) for row in (1, 2, 3) for x in range(image.width())]
    assert all(colour == background for colour in bottom), "the last line is cut off"


def test_blackout_hides_the_content(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    press(qtbot, window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    steps = presenter.steps
    assert steps.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.is_blacked_out()
    assert not steps.isVisible()
    assert presenter.visible_text() == ""
    press(
        qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
    )  # from the facilitator's window too
    assert not presenter.is_blacked_out() and steps.isVisible()


def test_card_opens_large_with_ctrl_k(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # step 3 uses reflection card A
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.card_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.card.key == "competenties"
    assert "Schoolopleider" in dialog.browser.toPlainText()
    dialog.close()


def test_help_overlay_lists_every_shortcut(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    press(qtbot, window, Qt.Key.Key_F1)
    assert window.help.isVisible()
    rows = window.help.findChildren(type(window.part_label), "helpKeys")
    assert len(rows) == len(SHORTCUTS)
    qtbot.keyClick(window.help, Qt.Key.Key_Escape)
    assert not window.help.isVisible()


def test_skip_optional_part_key(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    start(qtbot, window)
    qtbot.keyClick(
        window.notes.entry,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [r.skipped for r in window.runner.clock.box_records()][4:6] == [True, True]
    assert window.runner.clock.current_index == 0  # the current box is not in part 2


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [(300, "05:00"), (0.2, "00:01"), (0, "+00:00"), (-83.4, "+01:23"), (-3600, "+60:00")],
)
def test_countdown_text(remaining: float, shown: str) -> None:
    assert countdown_text(remaining) == shown
