"""The clock beside the steps in the session window: the countdown, what the clock is doing,
the time-box controls and the buttons for the other screens.

It only shows; the session window connects the buttons to the runner and
calls :meth:`ClockPanel.show_time` on every repaint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import ClockStatus
from ...core.schedule import Countdown as CountdownState
from .countdown import Countdown


def session_button(text: str, name: str, tip: str) -> QPushButton:
    """A button of the session window; it never takes the focus from the note field."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setToolTip(tip)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


class ClockPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockPanel")
        self.setStyleSheet(
            "#clockPanel { background: palette(base); border: 1px solid rgba(128,128,128,0.35);"
            " border-radius: 12px; }"
        )
        self.countdown = Countdown()
        self.box_length_label = QLabel()
        self.box_length_label.setObjectName("boxLength")
        self.box_length_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box_length_label.setProperty("role", "muted")
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setStyleSheet("font-size: 13pt; font-weight: 700;")

        self.previous_button = session_button("◀", "previousButton", self.tr("Previous time box (Ctrl+Left)"))
        self.start_button = session_button("", "startButton", self.tr("Start / pause (Ctrl+Space)"))
        self.start_button.setMinimumWidth(130)
        self.next_button = session_button("▶", "nextButton", self.tr("Next time box (Ctrl+Right)"))
        self.less_button = session_button("−1", "lessButton", self.tr("One minute less (Ctrl+-)"))
        self.more_button = session_button("+1", "moreButton", self.tr("One minute more (Ctrl+=)"))
        self.mute_button = session_button("", "muteButton", self.tr("Sound at zero on / off (Ctrl+M)"))
        controls = QHBoxLayout()
        controls.setSpacing(6)
        for widget in (self.previous_button, self.start_button, self.next_button):
            controls.addWidget(widget)
        controls.addSpacing(10)
        for widget in (self.less_button, self.more_button, self.mute_button):
            controls.addWidget(widget)

        self.presenter_button = session_button(self.tr("Presenter screen (F5)"), "presenterButton", "")
        self.screen_button = session_button(
            self.tr("Screen…"), "presenterScreenButton", self.tr("Which display the presenter screen uses")
        )
        self.screen_menu = QMenu(self.screen_button)
        self.screen_menu.setObjectName("presenterScreenMenu")
        self.screen_button.setMenu(self.screen_menu)
        self.help_button = session_button(self.tr("Shortcuts (F1)"), "helpButton", "")
        self.board_button = session_button(self.tr("Part 3 board (F7)"), "boardButton", "")
        # Two rows, so no caption is cut off in the clock panel's width.
        extras = QGridLayout()
        extras.addWidget(self.presenter_button, 0, 0)
        extras.addWidget(self.screen_button, 0, 1)
        extras.addWidget(self.board_button, 1, 0)
        extras.addWidget(self.help_button, 1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.state_label)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.box_length_label)
        layout.addLayout(controls)
        layout.addLayout(extras)
        self.setMinimumWidth(420)
        self.setMaximumWidth(520)

    def set_controls_enabled(self, enabled: bool) -> None:
        """The time-box controls; a finished session has none."""
        for widget in (
            self.previous_button,
            self.start_button,
            self.next_button,
            self.less_button,
            self.more_button,
        ):
            widget.setEnabled(enabled)

    def show_time(self, countdown: CountdownState, *, finished: bool, muted: bool) -> None:
        status = countdown.status
        self.countdown.set_time(countdown.remaining_seconds, status)
        self.box_length_label.setText(self._length_text(countdown))
        self.state_label.setText(self.tr("Finished") if finished else self._state_text(status))
        self.start_button.setText(self._start_text(status))
        self.mute_button.setText(self.tr("Sound off") if muted else self.tr("Sound on"))

    def _length_text(self, countdown: CountdownState) -> str:
        length = self.tr("of %1 min").replace("%1", f"{countdown.box_seconds / 60:g}")
        if countdown.adjusted:
            length += " " + self.tr("(planned %1)").replace("%1", f"{countdown.planned_box_seconds / 60:g}")
        return length

    def _state_text(self, status: ClockStatus) -> str:
        texts = {
            ClockStatus.NOT_STARTED: self.tr("Press Space to start"),
            ClockStatus.PAUSED: self.tr("Paused"),
            ClockStatus.FINISHED: self.tr("Time boxes over: finish on the board (F7)"),
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
