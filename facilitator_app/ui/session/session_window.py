"""The facilitator's window while a session runs.

It shows where the session is (part, time box, work form, the full step text
and its cards), how much time is left (a big countdown and the session bar),
and takes notes live. Every command is a key (see :mod:`.shortcuts`, F1).

Time: a 200 ms :class:`QTimer` only *repaints* from the clock; the clock
(core) stores an end time and derives everything from it, so a late or
skipped tick cannot make the display drift. Persistence: notes are written
when stored, the draft within a second of typing, the clock on every change
and every few seconds, so constructing this window again for a running
session resumes exactly where it was (a crash is not a pause).
"""

from __future__ import annotations

import time
from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import ClockStatus, FixKind, ScheduleFix, TimeSource, WallClock
from ...core.models import CardRef, Mode
from ...core.sessions import NoteCategory
from ...store import Store, StoreError
from ..dates import session_caption
from ..markup_html import inline_html
from ..widgets import scroll_area
from . import placement
from .card_dialog import CardDialog
from .controller import SessionController
from .countdown import RED, Countdown
from .notes_panel import NotesPanel
from .part3_hook import install_board
from .presenter import PresenterWindow, mode_text
from .session_bar import SessionBar
from .shortcuts import SHORTCUTS, HelpOverlay
from .timefmt import signed_minutes, wall_time


class SessionWindow(QMainWindow):
    """Run session ``session_id`` from ``store``; ``time_source`` is monotonic seconds (tests pass a fake)."""

    TICK_MS = 200
    AUTOSAVE_MS = 5000
    # An ignored fix comes back only when the session slips this much further.
    FIX_NAG_SECONDS = 120.0

    def __init__(
        self,
        store: Store,
        session_id: str,
        time_source: TimeSource = time.monotonic,
        *,
        wall_clock: WallClock = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionWindow")
        self.controller = SessionController(store, session_id, time_source, wall_clock, self)
        self.presenter: PresenterWindow | None = None
        self.notes: NotesPanel
        self.help: HelpOverlay
        self.card_dialog: CardDialog | None = None
        self.muted = False
        self._last_status = self.controller.status()
        self._fix: ScheduleFix | None = None
        self._ignored_overrun: float | None = None
        session = self.controller.session
        try:
            school = store.schools.get(session.school_id).name
        except StoreError:
            school = ""
        self.setWindowTitle(
            self.tr("Session: %1").replace(
                "%1", f"{session_caption(school, session.date, session.planned_start)} · {session.title}"
            )
        )

        self._build()
        self._build_actions()

        self.notes.restore_draft(store.sessions.draft(session_id))
        self.controller.changed.connect(self.refresh)
        self.controller.notes_changed.connect(self._update_note_count)

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(self.TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        # Between commands the clock is saved every few seconds too, so a
        # resumed session's overrun is right even after a long quiet stretch.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave)
        self.autosave_timer.start()

        # Part 3: the decision board (F7) and the previous session's first step.
        self.board = install_board(self)
        self.board.presenter_toggle.toggled.connect(self.set_presenter_board)

        # As large as the session wants, but never beyond the display (1366×768 laptops).
        available = self.screen().availableGeometry()
        self.resize(min(1366, available.width()), min(860, available.height() - 32))
        self.refresh()
        self.notes.entry.setFocus()

    # ------------------------------------------------------------------ build

    def _build(self) -> None:
        controller = self.controller

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

        self.steps_label = QLabel()
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
        left.addWidget(scroll_area(steps_holder), 1)
        left.addWidget(self.cards_holder)

        self.countdown = Countdown()
        self.box_length_label = QLabel()
        self.box_length_label.setObjectName("boxLength")
        self.box_length_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box_length_label.setProperty("role", "muted")
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setStyleSheet("font-size: 13pt; font-weight: 700;")

        def button(text: str, name: str, tip: str) -> QPushButton:
            widget = QPushButton(text)
            widget.setObjectName(name)
            widget.setToolTip(tip)
            # Buttons never take the focus from the note field.
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            return widget

        self.previous_button = button("◀", "previousButton", self.tr("Previous time box (Ctrl+Left)"))
        self.start_button = button("", "startButton", self.tr("Start / pause (Ctrl+Space)"))
        self.start_button.setMinimumWidth(130)
        self.next_button = button("▶", "nextButton", self.tr("Next time box (Ctrl+Right)"))
        self.less_button = button("−1", "lessButton", self.tr("One minute less (Ctrl+-)"))
        self.more_button = button("+1", "moreButton", self.tr("One minute more (Ctrl+=)"))
        self.mute_button = button("", "muteButton", self.tr("Sound at zero on / off (Ctrl+M)"))
        self.previous_button.clicked.connect(controller.previous_box)
        self.start_button.clicked.connect(controller.toggle_running)
        self.next_button.clicked.connect(controller.next_box)
        self.less_button.clicked.connect(lambda: controller.add_minutes(-1))
        self.more_button.clicked.connect(lambda: controller.add_minutes(1))
        self.mute_button.clicked.connect(self.toggle_mute)
        controls = QHBoxLayout()
        controls.setSpacing(6)
        for widget in (self.previous_button, self.start_button, self.next_button):
            controls.addWidget(widget)
        controls.addSpacing(10)
        for widget in (self.less_button, self.more_button, self.mute_button):
            controls.addWidget(widget)

        self.presenter_button = button(self.tr("Presenter screen (F5)"), "presenterButton", "")
        self.presenter_button.clicked.connect(self.toggle_presenter)
        self.screen_button = button(
            self.tr("Screen…"), "presenterScreenButton", self.tr("Which display the presenter screen uses")
        )
        self.screen_menu = QMenu(self.screen_button)
        self.screen_menu.setObjectName("presenterScreenMenu")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.screen_button.setMenu(self.screen_menu)
        self.help_button = button(self.tr("Shortcuts (F1)"), "helpButton", "")
        self.help_button.clicked.connect(self._toggle_help)
        extras = QHBoxLayout()
        extras.addWidget(self.presenter_button)
        extras.addWidget(self.screen_button)
        extras.addWidget(self.help_button)

        clock_panel = QFrame()
        clock_panel.setObjectName("clockPanel")
        clock_panel.setStyleSheet(
            "#clockPanel { background: palette(base); border: 1px solid rgba(128,128,128,0.35);"
            " border-radius: 12px; }"
        )
        right = QVBoxLayout(clock_panel)
        right.setContentsMargins(14, 10, 14, 12)
        right.addWidget(self.state_label)
        right.addWidget(self.countdown, 1)
        right.addWidget(self.box_length_label)
        right.addLayout(controls)
        right.addLayout(extras)
        clock_panel.setMinimumWidth(420)
        clock_panel.setMaximumWidth(520)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(left, 1)
        top.addWidget(clock_panel)

        self.bar = SessionBar(controller.boxes, controller.clock)
        self.bar.jump_requested.connect(controller.jump_to)
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("scheduleLabel")
        self.fix_frame = QFrame()
        self.fix_frame.setObjectName("fixOffer")
        self.fix_frame.setStyleSheet(
            f"#fixOffer {{ border: 2px solid {RED.name()}; border-radius: 8px; background: rgba(198,40,40,0.07); }}"
            "#fixOffer QLabel { background: transparent; }"
        )
        self.fix_label = QLabel()
        self.fix_label.setObjectName("fixLabel")
        self.fix_button = button("", "fixButton", "")
        self.fix_button.setStyleSheet(f"QPushButton {{ font-weight: 700; color: {RED.name()}; }}")
        self.fix_button.clicked.connect(self.accept_fix)
        self.ignore_fix_button = button(self.tr("Ignore"), "ignoreFixButton", "")
        self.ignore_fix_button.clicked.connect(self.ignore_fix)
        fix_row = QHBoxLayout(self.fix_frame)
        fix_row.setContentsMargins(10, 4, 6, 4)
        fix_row.addWidget(self.fix_label, 1)
        fix_row.addWidget(self.fix_button)
        fix_row.addWidget(self.ignore_fix_button)
        self.fix_frame.hide()
        schedule_row = QHBoxLayout()
        schedule_row.addWidget(self.schedule_label, 1)
        schedule_row.addWidget(self.fix_frame)

        self.notes = NotesPanel(controller)
        self.notes.entry.installEventFilter(self)
        participant_line = self.notes.participant.lineEdit()
        if participant_line is not None:
            participant_line.installEventFilter(self)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top, 1)
        upper_layout.addWidget(self.bar)
        upper_layout.addLayout(schedule_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.help = HelpOverlay(central)
        self.statusBar().setSizeGripEnabled(False)
        self.note_count = QLabel()
        self.statusBar().addPermanentWidget(self.note_count)

    def _build_actions(self) -> None:
        controller = self.controller
        handlers = {
            "start_pause": controller.toggle_running,
            "next": controller.next_box,
            "previous": controller.previous_box,
            "more": lambda: controller.add_minutes(1),
            "less": lambda: controller.add_minutes(-1),
            "skip_optional": controller.skip_optional_part,
            "card": self.toggle_card,
            "presenter": self.toggle_presenter,
            "blackout": self.toggle_blackout,
            "presenter_notes": self.toggle_presenter_notes,
            "presenter_board": self.toggle_presenter_board,
            "mute": self.toggle_mute,
            "undo": self.notes.undo,
            "focus_notes": self.notes.entry.setFocus,
            "help": self.help.toggle,
        }
        self.actions_by_name: dict[str, QAction] = {}
        for shortcut in SHORTCUTS:
            handler = handlers.get(shortcut.name)
            if handler is None:
                continue  # category/jump are built below; store/edit/delete live in the notes panel
            action = QAction(self)
            action.setObjectName(f"action_{shortcut.name}")
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[shortcut.name] = action
        for number in range(1, 10):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
            jump.triggered.connect(lambda _=False, i=number - 1: controller.jump_to(i))
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
                self.controller.next_box()
                return True
            if ctrl and key == Qt.Key.Key_Left:
                self.controller.previous_box()
                return True
            if key == Qt.Key.Key_Space and not mods and not watched.text() and watched is self.notes.entry:
                self.controller.toggle_running()
                return True
            if event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable():
                self.notes.undo()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------- refreshing

    def refresh(self) -> None:
        """Redraw what depends on the current box; the time itself is drawn by :meth:`tick`."""
        controller = self.controller
        info = controller.current()
        self.part_label.setText(
            self.tr("Part %1 · %2").replace("%1", str(info.part.number)).replace("%2", info.part.title)
        )
        self.optional_label.setVisible(info.part.optional)
        collective = info.box.mode is Mode.COLLECTIVE
        self.mode_label.setText(mode_text(info.box.mode))
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
            .replace("%2", str(len(controller.boxes)))
        )
        blocks = []
        step_heading = self.tr("Step %1")
        for step in info.box.steps:
            head = (
                f"<span style='font-weight:700; color: palette(highlight)'>"
                f"{escape(step_heading.replace('%1', str(step.number)))}</span><br>"
                if step.number is not None
                else ""
            )
            text = "<br><br>".join(inline_html(p) for p in step.text.split("\n\n") if p.strip())
            blocks.append(f"<p style='margin-bottom:12px'>{head}{text}</p>")
        self.steps_label.setText(f"<div style='font-size:15pt; line-height:135%'>{''.join(blocks)}</div>")
        self._refresh_cards()
        self.bar.set_clock(controller.clock)
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
        refs = self._current_cards()
        for ref in refs:
            card = self.controller.card(ref)
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

    def _current_cards(self) -> list[CardRef]:
        refs: list[CardRef] = []
        for step in self.controller.current().box.steps:
            refs += [ref for ref in step.cards if ref not in refs]
        return refs

    def tick(self) -> None:
        """Repaint from the clock; called every TICK_MS and after every command."""
        clock = self.controller.clock
        status = clock.status()
        remaining = clock.remaining_seconds()
        self.countdown.set_time(remaining, status)
        if status is ClockStatus.OVERRUN and self._last_status is not ClockStatus.OVERRUN:
            self._reached_zero()
        self._last_status = status

        record = clock.box_records()[clock.current_index]
        planned = record.planned_seconds / 60
        adjusted = record.adjusted_seconds / 60
        length = self.tr("of %1 min").replace("%1", f"{adjusted:g}")
        if round(adjusted) != round(planned):
            length += " " + self.tr("(planned %1)").replace("%1", f"{planned:g}")
        self.box_length_label.setText(length)
        self.state_label.setText(self._state_text(status))
        self.start_button.setText(self._start_text(status))
        self.mute_button.setText(self.tr("Sound off") if self.muted else self.tr("Sound on"))
        self.bar.update()
        self._update_schedule()
        self._update_fix()

    def _state_text(self, status: ClockStatus) -> str:
        texts = {
            ClockStatus.NOT_STARTED: self.tr("Press Space to start"),
            ClockStatus.PAUSED: self.tr("Paused"),
            ClockStatus.FINISHED: self.tr("Session finished"),
            ClockStatus.OVERRUN: self.tr("Over time"),
            ClockStatus.WARNING: self.tr("Last minute"),
            ClockStatus.NORMAL: self.tr("Running"),
        }
        return texts[status]

    def _start_text(self, status: ClockStatus) -> str:
        if status is ClockStatus.NOT_STARTED:
            return self.tr("Start")
        if status is ClockStatus.PAUSED:
            return self.tr("Resume")
        return self.tr("Pause")

    def _update_schedule(self) -> None:
        clock = self.controller.clock
        now = datetime.now()
        planned_total = clock.planned_total_seconds()
        if not clock.is_started:
            self.schedule_label.setText(
                self.tr("Planned: %1 min, ends at %2")
                .replace("%1", f"{planned_total / 60:g}")
                .replace("%2", wall_time(now, planned_total))
            )
            return
        elapsed = clock.session_elapsed()
        offset = clock.projected_end_offset()
        planned_end = wall_time(now, planned_total - elapsed)
        projected_end = wall_time(now, planned_total + offset - elapsed)
        if abs(offset) < 30:
            verdict = self.tr("on schedule")
        elif offset > 0:
            verdict = self.tr("%1 behind").replace("%1", signed_minutes(offset))
        else:
            verdict = self.tr("%1 ahead").replace("%1", signed_minutes(offset))
        self.schedule_label.setText(
            self.tr("Planned end %1 · expected end %2 · %3")
            .replace("%1", planned_end)
            .replace("%2", projected_end)
            .replace("%3", verdict)
        )
        self.schedule_label.setProperty("late", offset >= 30)
        colour = RED.name() if offset >= 30 else "palette(window-text)"
        self.schedule_label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 700; }}")

    def _update_note_count(self) -> None:
        count = len(self.controller.notes())
        self.note_count.setText(self.tr("%1 notes stored").replace("%1", str(count)))

    # ---------------------------------------------------------- fix offering

    def _update_fix(self) -> None:
        fix = self.controller.suggest_fix()
        if (
            fix is not None
            and self._ignored_overrun is not None
            and fix.overrun_seconds < self._ignored_overrun + self.FIX_NAG_SECONDS
        ):
            fix = None
        if fix is None:
            if self._fix is not None:
                self._fix = None
                self.fix_frame.hide()
            return
        self._fix = fix
        minutes = max(1, round(fix.overrun_seconds / 60))
        self.fix_label.setText(self.tr("About %1 min late.").replace("%1", str(minutes)))
        if fix.kind is FixKind.SKIP_OPTIONAL_PART:
            self.fix_button.setText(self.tr("Skip part %1").replace("%1", str(fix.part)))
            self.fix_button.setToolTip(self.tr("The optional part is left out; the rest keeps its time."))
        else:
            self.fix_button.setText(self.tr("Shorten the remaining time boxes"))
            boxes = self.controller.boxes
            lines = [
                f"{boxes[i].label}: {boxes[i].box.minutes} → {m} min"
                for i, m in fix.new_minutes
                if m != round(self.controller.clock.box_records()[i].adjusted_seconds / 60)
            ]
            self.fix_button.setToolTip("\n".join(lines))
        self.fix_frame.show()

    def accept_fix(self) -> None:
        if self._fix is not None:
            self.controller.apply_fix(self._fix)
            self._fix = None
            self.fix_frame.hide()
            self.statusBar().showMessage(self.tr("The schedule was adjusted."), 5000)

    def ignore_fix(self) -> None:
        if self._fix is not None:
            self._ignored_overrun = self._fix.overrun_seconds
            self._fix = None
            self.fix_frame.hide()

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
        self.countdown.flash()
        if not self.muted:
            QApplication.beep()

    def show_card(self, ref: CardRef) -> None:
        card = self.controller.card(ref)
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
        refs = self._current_cards()
        if not refs:
            self.statusBar().showMessage(self.tr("This time box uses no card."), 4000)
            return
        self.show_card(refs[0])

    def _ensure_presenter(self) -> PresenterWindow:
        if self.presenter is None:
            self.presenter = PresenterWindow(self.controller)
            self.presenter.attach_board(self.board)
        return self.presenter

    def toggle_presenter(self) -> None:
        self._ensure_presenter()
        assert self.presenter is not None
        if self.presenter.isVisible():
            self.presenter.hide()
        else:
            self.presenter.show_on_presentation_screen(self)
            # Keep typing in this window: the projector window must not steal the keys.
            self.activateWindow()
            self.notes.entry.setFocus()

    def _fill_screen_menu(self) -> None:
        """One entry per display; the checked one shows the presenter (remembered for this set-up)."""
        self.screen_menu.clear()
        displays, _screens = placement.current_displays()
        own = placement.display(self.screen()).key
        if len(displays) < 2:
            only = self.screen_menu.addAction(
                self.tr("One display: the presenter screen opens beside this window")
            )
            only.setEnabled(False)
            return
        chosen = placement.presenter_display(displays, own, placement.remembered_display(displays))
        for number, display in enumerate(displays, start=1):
            g = display.geometry
            text = (
                self.tr("Display %1: %2 (%3×%4)")
                .replace("%1", str(number))
                .replace("%2", display.name or "—")
                .replace("%3", str(g.width))
                .replace("%4", str(g.height))
            )
            if display.key == own:
                text += " " + self.tr("(this window)")
            action = self.screen_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(chosen is not None and display.key == chosen.key)
            action.setEnabled(display.key != own)
            action.triggered.connect(lambda _on=False, key=display.key: self.choose_presenter_display(key))

    def choose_presenter_display(self, key: str) -> None:
        """Show the presenter on display ``key`` from now on with these displays."""
        displays, _screens = placement.current_displays()
        placement.remember_display(displays, key)
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.show_on_presentation_screen(self)
            self.activateWindow()

    def toggle_blackout(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_blackout()

    def toggle_presenter_notes(self) -> None:
        presenter = self._ensure_presenter()
        presenter.set_show_notes(not presenter.show_notes)

    def toggle_presenter_board(self) -> None:
        self.set_presenter_board(not (self.presenter is not None and self.presenter.show_board))

    def set_presenter_board(self, on: bool) -> None:
        """The part-3 board on the room's screen (F8 or the board's check box); opens the screen if needed."""
        presenter = self._ensure_presenter()
        presenter.set_show_board(on)
        self.board.set_presenter_checked(presenter.show_board)
        if on and not presenter.isVisible():
            focus = QApplication.focusWidget()
            presenter.show_on_presentation_screen(self)
            # The facilitator keeps working here: the projector window must not steal the keys.
            self.activateWindow()
            if focus is not None:
                focus.setFocus()

    def _autosave(self) -> None:
        clock = self.controller.clock
        if clock.is_started and not clock.is_finished:
            self.controller.save_clock()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The note field has the focus whenever the window appears: typing starts at once.
        self.notes.entry.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tick_timer.stop()
        self.autosave_timer.stop()
        if self.notes.draft_timer.isActive():
            self.notes.save_draft()
        self.controller.save_clock()
        if self.presenter is not None:
            self.presenter.close()
        if self.card_dialog is not None:
            self.card_dialog.close()
        super().closeEvent(event)
