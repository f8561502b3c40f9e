"""The two countdowns: big digits for the facilitator, a calm disk for the room.

Both are dumb views: :meth:`set_time` hands them the clock's remaining
seconds and status, they paint. Neither counts anything itself.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.clock import ClockStatus
from .timefmt import countdown_text

# Amber and red that stay readable on a white background and on a washed-out
# projector: the usual "traffic light" yellow disappears on a beamer.
AMBER = QColor("#C77700")
RED = QColor("#C62828")
# The Time Timer's own red: the disk is the one place a big coloured area is calm.
DISK_RED = QColor("#D64541")

STATUS_COLOURS: dict[ClockStatus, QColor] = {ClockStatus.WARNING: AMBER, ClockStatus.OVERRUN: RED}


def remaining_label(remaining_seconds: float) -> str:
    """``nog 12:30`` / ``01:20 over tijd``: a remaining time that cannot be read as a time of day."""
    text = countdown_text(remaining_seconds)
    if text.startswith("+"):
        return QCoreApplication.translate("Countdown", "%1 over time").replace("%1", text[1:])
    return QCoreApplication.translate("Countdown", "%1 left").replace("%1", text)


def status_colour(status: ClockStatus, palette: QPalette) -> QColor:
    if status in STATUS_COLOURS:
        return STATUS_COLOURS[status]
    colour = palette.color(QPalette.ColorRole.WindowText)
    if status in (ClockStatus.PAUSED, ClockStatus.NOT_STARTED, ClockStatus.FINISHED):
        colour.setAlphaF(0.55)
    return colour


class Countdown(QWidget):
    """Large ``mm:ss`` digits that fill the widget; ``+mm:ss`` after zero.

    The ``status`` Qt property mirrors :class:`ClockStatus` (``normal``,
    ``warning``, ``overrun`` …) so tests and style sheets can follow it.
    """

    FLASHES = 6
    FLASH_MS = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 110)
        self._text = "00:00"
        self._status = ClockStatus.NOT_STARTED
        self.setProperty("status", self._status.value)
        self._flash_left = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(self.FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)

    def text(self) -> str:
        return self._text

    def status(self) -> ClockStatus:
        return self._status

    def set_time(self, remaining_seconds: float, status: ClockStatus) -> None:
        text = countdown_text(remaining_seconds)
        if text == self._text and status is self._status:
            return  # most 200 ms ticks change nothing: skip the repaint
        self._text = text
        if status is not self._status:
            self._status = status
            self.setProperty("status", status.value)
        self.update()

    def flash(self) -> None:
        """A short blink when the box reaches zero: seen from the corner of the eye."""
        self._flash_left = self.FLASHES
        self._flash_timer.start()
        self.update()

    def is_flashing(self) -> bool:
        return self._flash_left > 0

    def _flash_step(self) -> None:
        self._flash_left -= 1
        if self._flash_left <= 0:
            self._flash_timer.stop()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        colour = status_colour(self._status, self.palette())
        if self._flash_left % 2 == 1:
            # Inverted on odd flash steps: a red block with white digits.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(RED)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 14, 14)
            colour = QColor("white")
        font = QFont(self.font())
        font.setBold(True)
        # Size the digits to the widget from a fixed sample, so the size does
        # not jump when "+" appears or a narrow "1" comes along.
        font.setPointSizeF(100)
        sample = QFontMetricsF(font).boundingRect("+00:00")
        scale = min(rect.width() * 0.92 / sample.width(), rect.height() * 0.9 / sample.height())
        font.setPointSizeF(max(8.0, 100 * scale))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)


class TimerDisk(QWidget):
    """A Time-Timer-style disk: a red sector shrinking towards twelve o'clock.

    Calmer than digits for a room: the group sees "about half left" without
    reading numbers. The face spans ``span_seconds`` (the box's length, but at
    least 5 minutes so a short box does not look like a full hour).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerDisk")
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._remaining = 0.0
        self._span = 300.0
        self._status = ClockStatus.NOT_STARTED
        self.setProperty("status", self._status.value)
        self._face: QColor | None = None
        self._ink: QColor | None = None

    def set_colours(self, face: QColor, ink: QColor) -> None:
        """Fixed colours for a screen that does not follow the app palette (the projector)."""
        self._face, self._ink = face, ink
        self.update()

    def remaining(self) -> float:
        return self._remaining

    def set_time(self, remaining_seconds: float, span_seconds: float, status: ClockStatus) -> None:
        # Repaint only when the sector visibly moves (a tenth of a degree).
        span = max(span_seconds, 300.0)
        if (
            abs(remaining_seconds - self._remaining) * 360 / span < 0.1
            and span == self._span
            and status is self._status
        ):
            return
        self._remaining = remaining_seconds
        self._span = span
        if status is not self._status:
            self._status = status
            self.setProperty("status", status.value)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        face = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        centre = face.center()
        ink = self._ink or self.palette().color(QPalette.ColorRole.WindowText)
        base = self._face or self.palette().color(QPalette.ColorRole.Base)

        painter.setPen(QPen(ink, max(2.0, side / 120)))
        painter.setBrush(base)
        painter.drawEllipse(face)

        fraction = max(0.0, min(1.0, self._remaining / self._span))
        inner = face.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06)
        if fraction > 0:
            colour = QColor(DISK_RED)
            if self._status is ClockStatus.PAUSED:
                colour.setAlphaF(0.45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            # Qt angles: 1/16 degree, counter-clockwise from three o'clock.
            # Start at twelve and sweep clockwise (negative) over the remaining part.
            painter.drawPie(inner, 90 * 16, -round(fraction * 360 * 16))

        # Minute ticks, longer every five minutes, like the real timer.
        minutes = round(self._span / 60)
        radius = side / 2
        for minute in range(minutes):
            angle = math.radians(90 - minute * 360 / minutes)
            long_tick = minute % 5 == 0
            length = radius * (0.09 if long_tick else 0.045)
            pen = QPen(ink, max(1.0, side / (140 if long_tick else 260)))
            painter.setPen(pen)
            outer = QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))
            inward = QPointF(
                centre.x() + (radius - length) * math.cos(angle),
                centre.y() - (radius - length) * math.sin(angle),
            )
            painter.drawLine(outer, inward)

        # The knob in the middle.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(centre, side * 0.035, side * 0.035)
