"""The facilitator's window while a session runs.

It shows where the session is (part, time box, work form, the full step text
and its cards), how much time is left (a big countdown and the session bar),
takes notes live, and holds the part-3 board. Every command is a key (see
:mod:`.shortcuts`, F1).

The session itself is a :class:`~facilitator_app.core.session_runner.SessionRunner`
(plain Python): it keeps time, files notes, decides the schedule verdicts and
finishes the session. This window builds its parts explicitly — the running
page, the part-3 board and the follow-up banner in one stack — sends the
facilitator's commands to the runner and repaints when the
:class:`~.adapter.RunnerSignals` say something changed. A 200 ms
:class:`QTimer` only *repaints* the time; nothing here computes a timing rule.
Persistence is the runner's: constructing this window again for a running
session resumes exactly where it was (a crash is not a pause).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import PRODUCT_NAME
from ...core.clock import ClockStatus, TimeSource, WallClock
from ...core.dutch import runner_error_text
from ...core.models import CardRef, Mode
from ...core.session_runner import AUTOSAVE_SECONDS, RunnerError, RunnerErrorCode
from ...core.session_time import SessionTime
from ...core.sessions import NoteCategory
from ...store import Store, StoreError
from ...store.session_backend import open_runner
from ..changes import StoreChanges, announce
from ..dates import session_caption
from ..labels import error_text, mode_label, refusal_text
from ..markup_html import step_html
from ..widgets import content, scroll_area
from .adapter import RunnerSignals
from .card_dialog import CardDialog
from .clock_panel import ClockPanel
from .countdown import remaining_label
from .follow_up import FollowUpBanner
from .guide_panel import GuidePanel
from .notes_panel import NotesPanel
from .part3_board import Part3Board
from .presenter import PresenterWindow
from .presenter_control import PresenterControl
from .schedule_line import ScheduleLine
from .session_bar import SessionBar
from .shortcuts import SHORTCUTS, HelpOverlay

T = TypeVar("T")


class SessionWindow(QMainWindow):
    """Run session ``session_id`` from ``store``; ``time_source``/``wall_clock`` are for tests (fakes)."""

    TICK_MS = 200
    AUTOSAVE_MS = round(AUTOSAVE_SECONDS * 1000)

    def __init__(
        self,
        store: Store,
        session_id: str,
        time_source: TimeSource | None = None,
        *,
        wall_clock: WallClock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionWindow")
        self.store = store
        time = SessionTime(time_source, wall_clock) if wall_clock is not None else SessionTime(time_source)
        try:
            self.runner = open_runner(store, session_id, time=time)
        except RunnerError as error:
            # Planned without a theme: the sessions page shows the store's kind of message.
            raise StoreError(runner_error_text(error.code)) from error
        self.session = RunnerSignals(self.runner, self)
        # Started, finished, amended: the sessions page and the school's tabs follow (ui/changes.py).
        self.session.phase_changed.connect(
            lambda: announce(store, StoreChanges(sessions=True, notes=True), self)
        )
        self.card_dialog: CardDialog | None = None
        self.record_view: QWidget | None = None
        self.muted = False
        self._last_status = self.runner.countdown().status
        self._in_final_part = self.runner.in_final_part
        self._set_title()

        # The window's parts, built explicitly: the running page and the part-3 board
        # in one stack (F7 flips), the follow-up question on top of the page.
        self.page = self._build_page()
        self.board = Part3Board(self.session, store)
        self.board_stack = QStackedWidget()
        self.board_stack.setObjectName("sessionStack")
        self.board_stack.addWidget(self.page)
        self.board_stack.addWidget(self.board)
        self.setCentralWidget(self.board_stack)
        self.follow_up_banner = self._build_follow_up()
        self.presenters = PresenterControl(
            self, self.session, self.board, self.clock.screen_menu, self.notes.entry
        )
        self.clock.presenter_button.clicked.connect(self.presenters.toggle)
        self.help = HelpOverlay(self.board_stack)
        self._build_actions()
        self._connect()

        self.notes.restore_draft(self.runner.draft)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(self.TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        # Between commands the runner saves the clock every few seconds too, so a
        # resumed session's overrun is right even after a long quiet stretch.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.runner.autosave)

        # As large as the session wants, but never beyond the display (1366×768 laptops).
        available = self.screen().availableGeometry()
        self.resize(min(1366, available.width()), min(860, available.height() - 32))
        if self.runner.read_only or (self._in_final_part and self.runner.clock.is_started):
            self.board_stack.setCurrentWidget(self.board)
        self.refresh()
        self.show_phase()
        self.notes.entry.setFocus()

    def _set_title(self) -> None:
        session = self.runner.session
        try:
            school = self.store.schools.get(session.school_id).name
        except StoreError:
            school = ""
        caption = f"{session_caption(school, session.date, session.planned_start)} · {session.title}"
        # A second window in the task bar: named like the main window, with the product's name.
        title = self.tr("Session: %1").replace("%1", caption)
        self.setWindowTitle(f"{title} — {PRODUCT_NAME}")

    def command(self, action: Callable[[], T]) -> Callable[[], T | None]:
        """A slot that sends ``action`` to the runner; a refusal is shown, not raised."""
        return lambda *_args: self.session.command(action)

    # ------------------------------------------------------------------ build

    def _build_page(self) -> QWidget:
        """The running session: where it is, the steps and cards, the clock, the session bar, the notes."""
        runner = self.runner

        self.part_label = QLabel()
        self.part_label.setObjectName("partLabel")
        self.part_label.setStyleSheet("font-size: 13pt; font-weight: 700;")
        self.part_label.setWordWrap(True)
        self.optional_label = QLabel(self.tr("optional"))
        self.optional_label.setProperty("role", "chip")
        self.optional_label.setToolTip(self.tr("Only if there is enough time"))
        self.mode_label = QLabel()
        self.mode_label.setObjectName("modeLabel")
        self.position_label = QLabel()
        self.position_label.setProperty("role", "muted")
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.part_label, 1)
        header.addWidget(self.optional_label)
        header.addWidget(self.mode_label)
        header.addWidget(self.position_label)

        self.steps_label = content(QLabel())  # the draaiboek's steps
        self.steps_label.setObjectName("stepsText")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setWordWrap(True)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps_holder = QWidget()
        steps_layout = QVBoxLayout(steps_holder)
        steps_layout.setContentsMargins(0, 0, 8, 0)
        steps_layout.addWidget(self.steps_label)
        steps_layout.addStretch(1)
        self.cards_holder = QWidget()
        self.cards_row = QHBoxLayout(self.cards_holder)
        self.cards_row.setContentsMargins(0, 0, 0, 0)
        self.cards_row.setSpacing(8)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(header)
        left.addWidget(
            GuidePanel.beside(scroll_area(steps_holder), self.session.box_changed, runner.current), 1
        )
        left.addWidget(self.cards_holder)

        self.clock = clock = ClockPanel()
        clock.previous_button.clicked.connect(self.command(runner.previous_box))
        clock.start_button.clicked.connect(self.command(runner.toggle_running))
        clock.next_button.clicked.connect(self.command(runner.next_box))
        clock.less_button.clicked.connect(self.command(lambda: runner.add_minutes(-1)))
        clock.more_button.clicked.connect(self.command(lambda: runner.add_minutes(1)))
        clock.mute_button.clicked.connect(self.toggle_mute)
        clock.help_button.clicked.connect(self._toggle_help)
        clock.board_button.clicked.connect(self.toggle_board)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(left, 1)
        top.addWidget(clock)

        self.bar = SessionBar(runner.boxes, runner.clock)
        self.bar.jump_requested.connect(lambda index: self.session.command(lambda: runner.jump_to(index)))
        self.schedule = ScheduleLine(self.session)
        self.schedule.adjusted.connect(
            lambda: self.statusBar().showMessage(self.tr("The schedule was adjusted."), 5000)
        )

        self.notes = NotesPanel(self.session)
        self.notes.entry.installEventFilter(self)
        participant_line = self.notes.participant.lineEdit()
        if participant_line is not None:
            participant_line.installEventFilter(self)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top, 1)
        upper_layout.addWidget(self.bar)
        upper_layout.addWidget(self.schedule)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)

        self.statusBar().setSizeGripEnabled(False)
        self.note_count = QLabel()
        self.statusBar().addPermanentWidget(self.note_count)

        page = QWidget()
        page.setObjectName("sessionPage")
        self.page_layout = QVBoxLayout(page)
        self.page_layout.setContentsMargins(16, 12, 16, 12)
        self.page_layout.addWidget(splitter)
        return page

    def _build_follow_up(self) -> FollowUpBanner | None:
        """How did last time's first step go? Asked at the top of the page until answered."""
        try:
            question = self.runner.follow_up_question
        except StoreError:
            question = None
        if question is None:
            return None
        banner = FollowUpBanner(self.session, question)
        self.page_layout.insertWidget(0, banner)
        return banner

    def _connect(self) -> None:
        session, board = self.session, self.board
        session.box_changed.connect(self.refresh)
        session.box_changed.connect(self._box_changed)
        session.clock_changed.connect(self.tick)
        session.notes_changed.connect(self._update_note_count)
        session.phase_changed.connect(self.show_phase)
        session.refused.connect(self.show_refusal)
        session.failed.connect(self.show_failure)
        board.back_requested.connect(lambda: self.show_board(False))
        board.before_finish.connect(self.notes.save_draft)  # a note still being typed is not lost
        board.record_requested.connect(self.view_record)
        board.close_requested.connect(self.close)

    def _build_actions(self) -> None:
        runner = self.runner
        handlers = {
            "start_pause": self.command(runner.toggle_running),
            "next": self.command(runner.next_box),
            "previous": self.command(runner.previous_box),
            "more": self.command(lambda: runner.add_minutes(1)),
            "less": self.command(lambda: runner.add_minutes(-1)),
            "skip_optional": self.command(runner.skip_optional_part),
            "card": self.toggle_card,
            "presenter": self.presenters.toggle,
            "blackout": self.presenters.toggle_blackout,
            "presenter_notes": self.presenters.toggle_notes,
            "presenter_board": self.presenters.toggle_board,
            "mute": self.toggle_mute,
            "undo": self.notes.undo,
            "focus_notes": self.notes.entry.setFocus,
            "help": self.help.toggle,
            "board": self.toggle_board,
        }
        self.actions_by_name: dict[str, QAction] = {}
        for shortcut in SHORTCUTS:
            handler = handlers.get(shortcut.name)
            if handler is None:
                continue  # category/jump are built below; store/edit/delete/finish live in the panels
            action = QAction(self)
            action.setObjectName(f"action_{shortcut.name}")
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[shortcut.name] = action
        for number in range(1, 10):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
            jump.triggered.connect(
                lambda _=False, i=number - 1: self.session.command(lambda: runner.jump_to(i))
            )
            self.addAction(jump)
        for category in NoteCategory:
            action = QAction(self)
            action.setObjectName(f"action_category_{category.value}")
            action.setShortcut(QKeySequence(f"Alt+{category.shortcut.upper()}"))
            action.triggered.connect(lambda _=False, c=category: self.choose_category(c))
            self.addAction(action)
            self.actions_by_name[f"category_{category.value}"] = action

    # The note field has the focus all session. A QLineEdit claims Space,
    # Ctrl+Left/Right (word jumps) and Ctrl+Z for itself, so the keys that
    # must work while typing are routed here before the field sees them.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            ctrl = mods == Qt.KeyboardModifier.ControlModifier
            if ctrl and key == Qt.Key.Key_Right:
                self.session.command(self.runner.next_box)
                return True
            if ctrl and key == Qt.Key.Key_Left:
                self.session.command(self.runner.previous_box)
                return True
            if key == Qt.Key.Key_Space and not mods and not watched.text() and watched is self.notes.entry:
                self.session.command(self.runner.toggle_running)
                return True
            if event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable():
                self.notes.undo()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------- refreshing

    def refresh(self) -> None:
        """Redraw what depends on the current box; the time itself is drawn by :meth:`tick`."""
        runner = self.runner
        info = runner.current()
        self.part_label.setText(
            self.tr("Part %1 · %2").replace("%1", str(info.part.number)).replace("%2", info.part.title)
        )
        self.optional_label.setVisible(info.part.optional)
        collective = info.box.mode is Mode.COLLECTIVE
        self.mode_label.setText(mode_label(info.box.mode))
        self.mode_label.setProperty("mode", info.box.mode.value)
        self.mode_label.setStyleSheet(
            "QLabel { border-radius: 9px; padding: 3px 12px; font-weight: 700; "
            + (
                "background: palette(highlight); color: palette(highlighted-text); }"
                if collective
                else "background: rgba(128,128,128,0.22); }"
            )
        )
        self.position_label.setText(
            self.tr("time box %1 of %2")
            .replace("%1", str(info.clock_index + 1))
            .replace("%2", str(len(runner.boxes)))
        )
        blocks = []
        step_heading = self.tr("Step %1")
        for step in info.box.steps:
            heading, paragraphs = step_html(step_heading, step.number, step.text)
            head = (
                f"<span style='font-weight:700; color: palette(highlight)'>{heading}</span><br>"
                if heading
                else ""
            )
            text = "<br><br>".join(paragraphs)
            blocks.append(f"<p style='margin-bottom:12px'>{head}{text}</p>")
        self.steps_label.setText(f"<div style='font-size:15pt; line-height:135%'>{''.join(blocks)}</div>")
        self._refresh_cards()
        self.bar.set_clock(runner.clock)
        self.notes.refresh()
        self._update_note_count()
        self.tick()

    def _refresh_cards(self) -> None:
        while self.cards_row.count():
            item = self.cards_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        refs = self.runner.current().cards
        for ref in refs:
            card = self.runner.card(ref)
            title = card.title if card else str(ref)
            subtitle = f"{card.subtitle}: " if card and card.subtitle else ""
            widget = QPushButton(f"{subtitle}{title}  ·  Ctrl+K")
            widget.setObjectName("cardButton")
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            widget.clicked.connect(lambda _=False, r=ref: self.show_card(r))
            self.cards_row.addWidget(widget)
        self.cards_row.addStretch(1)
        self.cards_holder.setVisible(bool(refs))

    def tick(self) -> None:
        """Repaint from the runner; called every TICK_MS and after every change."""
        countdown = self.runner.countdown()
        status = countdown.status
        self.clock.show_time(countdown, finished=self.runner.read_only, muted=self.muted)
        if status is ClockStatus.OVERRUN and self._last_status is not ClockStatus.OVERRUN:
            self._reached_zero()
        self._last_status = status
        self.bar.update()
        self.schedule.refresh()
        if self.runner.read_only:
            self.board.set_time_text(self.tr("Finished"))
        elif self.runner.clock.is_started:
            self.board.set_time_text(remaining_label(countdown.remaining_seconds))
        else:
            self.board.set_time_text("")

    def _update_note_count(self) -> None:
        count = len(self.runner.notes())
        self.note_count.setText(self.tr("%n note(s) stored", "", count))

    # ------------------------------------------------------- phase and board

    def show_phase(self) -> None:
        """Running or finished: after finishing the clock stops, the controls close, the board offers the record."""
        finished = self.runner.read_only
        self.clock.set_controls_enabled(not finished)
        for name in ("start_pause", "next", "previous", "more", "less", "skip_optional"):
            self.actions_by_name[name].setEnabled(not finished)
        if finished:
            self.tick_timer.stop()
            self.autosave_timer.stop()
            self.schedule.hide_fix()
            if self.follow_up_banner is not None:
                self.follow_up_banner.hide()  # a locked session takes no answer any more
        elif not self.tick_timer.isActive():
            self.tick_timer.start()
            self.autosave_timer.start()
        self.tick()

    def _box_changed(self) -> None:
        """Reaching the last part shows the board by itself (once, on arrival)."""
        final = self.runner.in_final_part
        if final and not self._in_final_part:
            self.show_board(True)
        self._in_final_part = final

    def show_board(self, on: bool) -> None:
        if on:
            self.board_stack.setCurrentWidget(self.board)
            picker = self.board.picker
            target = self.board.rationale if picker.current() else next(iter(picker.buttons.values()), None)
            (target or self.board.rationale).setFocus()
        else:
            self.board.flush()
            self.board_stack.setCurrentWidget(self.page)
            self.notes.entry.setFocus()
        self.tick()

    def toggle_board(self) -> None:
        self.show_board(self.board_stack.currentWidget() is not self.board)

    def show_refusal(self, code: RunnerErrorCode) -> None:
        """The runner refused a command: say why where the facilitator looks (never silently)."""
        self.statusBar().showMessage(refusal_text(code), 10000)

    def show_failure(self, error: StoreError) -> None:
        self.statusBar().showMessage(error_text(error), 10000)

    def view_record(self) -> None:
        from ..record_view import show_record  # loads the print layer: only when asked

        self.record_view = show_record(self, self.store, self.runner.session_id)

    # ---------------------------------------------------------------- actions

    def choose_category(self, category: NoteCategory) -> None:
        """Alt+letter: the category of the next note, or of the selected note when the list has the focus."""
        if self.notes.notes_have_focus():
            note = self.notes.selected_note()
            if note is not None:
                self.notes.recategorise(note, category)
                return
        self.notes.set_category(category)

    def _toggle_help(self) -> None:
        self.help.toggle()

    def toggle_mute(self) -> None:
        self.muted = not self.muted
        self.tick()

    def _reached_zero(self) -> None:
        self.clock.countdown.flash()
        if not self.muted:
            QApplication.beep()

    def show_card(self, ref: CardRef) -> None:
        card = self.runner.card(ref)
        if card is None:
            self.statusBar().showMessage(self.tr("This card is no longer in the store."), 5000)
            return
        if self.card_dialog is not None:
            self.card_dialog.close()
        self.card_dialog = CardDialog(card, self)
        self.card_dialog.show()

    def toggle_card(self) -> None:
        if self.card_dialog is not None and self.card_dialog.isVisible():
            self.card_dialog.close()
            return
        refs = self.runner.current().cards
        if not refs:
            self.statusBar().showMessage(self.tr("This time box uses no card."), 4000)
            return
        self.show_card(refs[0])

    @property
    def presenter(self) -> PresenterWindow | None:
        """The room's screen, once opened (:class:`~.presenter_control.PresenterControl`)."""
        return self.presenters.presenter

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The note field has the focus whenever the window appears: typing starts at once.
        self.notes.entry.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tick_timer.stop()
        self.autosave_timer.stop()
        if self.notes.draft_timer.isActive():
            self.notes.save_draft()
        self.board.flush()
        try:
            self.runner.autosave()
            self.runner.flush()
        except StoreError as error:
            self.show_failure(error)
        self.presenters.close()
        if self.card_dialog is not None:
            self.card_dialog.close()
        super().closeEvent(event)
