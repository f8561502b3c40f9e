"""Wiring part 3 into the session window without rewriting it.

:func:`install_board` puts the window's own page and the :class:`Part3Board`
in a stack (F7 or the button flips between them; reaching the last part shows
the board by itself), and shows the previous session's first step at the top
so the group starts by saying how it went (:class:`FollowUpBanner`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ...core.history import FirstStepFollowUp
from ...core.models import FollowUp, FollowUpStatus
from ...store import StoreError
from ..dates import display_date
from ..widgets import label, show_error
from .controller import SessionController
from .countdown import remaining_label
from .part3_board import Part3Board

if TYPE_CHECKING:
    from .session_window import SessionWindow

BOARD_KEY = "F7"


def follow_up_status_name(status: FollowUpStatus) -> str:
    """The status as the UI shows it (translated); empty for OTHER, where the words say it."""
    names = {
        FollowUpStatus.DONE: QCoreApplication.translate("FollowUpBanner", "done"),
        FollowUpStatus.PARTLY: QCoreApplication.translate("FollowUpBanner", "partly done"),
        FollowUpStatus.NOT_DONE: QCoreApplication.translate("FollowUpBanner", "not done"),
    }
    return names.get(status, "")


def follow_up_summary(answer: FollowUp) -> str:
    """``"partly done – two sections started"``: the status and the words, whichever are there."""
    return " – ".join(part for part in (follow_up_status_name(answer.status), answer.text.strip()) if part)


class FollowUpBanner(QFrame):
    """“Last time the first step was …; how did it go?”: done, partly, not, and a few words."""

    def __init__(self, controller: SessionController, follow: FirstStepFollowUp) -> None:
        super().__init__()
        self.setObjectName("followUpBanner")
        self.setProperty("role", "card")
        self.controller = controller
        self.follow = follow
        who = f" ({follow.owner})" if follow.owner else ""
        self.text = label(
            self.tr("Last session (%1) the first step was: %2%3. How did it go?")
            .replace("%1", display_date(follow.date))
            .replace("%2", follow.first_step)
            .replace("%3", who),
            wrap=True,
            selectable=True,
        )
        self.text.setObjectName("followUpText")
        self.text.setStyleSheet("font-weight: 700;")
        self.status_buttons: dict[FollowUpStatus, QPushButton] = {}
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        for status, object_name, text in (
            (FollowUpStatus.DONE, "followUpDone", self.tr("Done")),
            (FollowUpStatus.PARTLY, "followUpPartly", self.tr("Partly")),
            (FollowUpStatus.NOT_DONE, "followUpNotDone", self.tr("Not done")),
        ):
            button = QPushButton(text)
            button.setObjectName(object_name)
            button.setCheckable(True)
            # The native checked look is too faint to read from a step back.
            button.setStyleSheet(
                "QPushButton { padding: 4px 12px; }"
                "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                " border: 1px solid palette(highlight); border-radius: 4px; font-weight: 700; }"
            )
            self.status_group.addButton(button)
            self.status_buttons[status] = button
        self.answer = QLineEdit()
        self.answer.setObjectName("followUpAnswer")
        self.answer.setPlaceholderText(self.tr("In a few words (optional); Enter saves"))
        self.answer.setAccessibleName(self.tr("How did the first step go?"))
        self.answer.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("followUpSave")
        self.save_button.clicked.connect(self.save)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setObjectName("followUpLater")
        self.later_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        for button in self.status_buttons.values():
            row.addWidget(button)
        row.addWidget(self.answer, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.later_button)
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def status(self) -> FollowUpStatus:
        """The chosen status; OTHER while none is chosen (then the words are the answer)."""
        return next(
            (status for status, button in self.status_buttons.items() if button.isChecked()),
            FollowUpStatus.OTHER,
        )

    def save(self) -> None:
        """Keep the answer in the session's follow-up field (not as a note)."""
        status, text = self.status(), self.answer.text().strip()
        if status is FollowUpStatus.OTHER and not text:
            self.answer.setFocus()
            return
        try:
            self.controller.store.sessions.save_follow_up(
                FollowUp(
                    session_id=self.controller.session_id,
                    previous_session_id=self.follow.session_id,
                    status=status,
                    text=text,
                    first_step=self.follow.first_step,
                    previous_date=self.follow.date,
                )
            )
        except StoreError as error:
            show_error(self, self.tr("Not saved"), error)
            return
        self.hide()


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


class _CloseWatcher(QObject):
    """Saves the board when its window closes, so nothing typed is lost."""

    def __init__(self, board: Part3Board) -> None:
        super().__init__(board)
        self.board = board

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.board.flush()
        return False


def install_board(window: SessionWindow) -> Part3Board:
    """Add the part-3 board (and the follow-up banner) to ``window``; returns the board."""
    controller = window.controller
    board = Part3Board(controller)
    page = window.takeCentralWidget()
    assert page is not None
    stack = QStackedWidget()
    stack.setObjectName("sessionStack")
    stack.addWidget(page)
    stack.addWidget(board)
    window.setCentralWidget(stack)
    window.board_stack = stack  # type: ignore[attr-defined]

    def show_board(on: bool) -> None:
        if on:
            stack.setCurrentWidget(board)
            target = (
                board.rationale
                if board.picker.current()
                else next(iter(board.picker.buttons.values()), board.rationale)
            )
            target.setFocus()
        else:
            board.flush()
            stack.setCurrentWidget(page)
            window.notes.entry.setFocus()

    def toggle() -> None:
        show_board(stack.currentWidget() is not board)

    action = QAction(window)
    action.setObjectName("action_part3_board")
    action.setShortcut(QKeySequence(BOARD_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(toggle)
    window.addAction(action)
    window.actions_by_name["part3_board"] = action
    board.back_requested.connect(lambda: show_board(False))

    button = QPushButton(QCoreApplication.translate("Part3Board", "Part 3 board (F7)"))
    button.setObjectName("boardButton")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(toggle)
    panel = window.presenter_button.parentWidget()
    central_layout = panel.layout() if panel is not None else None
    holder = _layout_holding(central_layout, window.presenter_button) if central_layout else None
    if isinstance(holder, QBoxLayout):
        holder.insertWidget(holder.indexOf(window.presenter_button) + 1, button)
    else:
        window.statusBar().addWidget(button)

    last_part = max((part.number for part in controller.script.parts), default=0)
    state = {"part": controller.current().part.number}

    def part_changed() -> None:
        number = controller.current().part.number
        if number == last_part and state["part"] != last_part:
            show_board(True)
        state["part"] = number

    controller.changed.connect(part_changed)
    if controller.read_only or (state["part"] == last_part and controller.clock.is_started):
        stack.setCurrentWidget(board)

    def tick() -> None:
        if stack.currentWidget() is board and controller.clock.is_started and not controller.read_only:
            board.set_time_text(remaining_label(controller.clock.remaining_seconds()))
        elif controller.read_only:
            board.set_time_text("")

    window.tick_timer.timeout.connect(tick)

    def finished() -> None:
        window.notes.entry.setEnabled(False)
        window.refresh()

    board.finished.connect(finished)
    window.installEventFilter(_CloseWatcher(board))

    session = controller.session
    if not controller.read_only:
        try:
            follow = controller.store.archive.follow_up(session.school_id, session.date)
            answered = controller.store.sessions.follow_up(session.id)
        except StoreError:
            follow = answered = None
        if follow is not None and (answered is None or answered.previous_session_id != follow.session_id):
            banner = FollowUpBanner(controller, follow)
            window.follow_up_banner = banner  # type: ignore[attr-defined]
            page_layout = page.layout() if page is not None else None
            if isinstance(page_layout, QBoxLayout):
                page_layout.insertWidget(0, banner)
    return board
