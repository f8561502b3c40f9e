"""The session bar: every time box, as planned and as it actually goes.

Two rows on one time axis (Ontime's planned-versus-actual view):

* **Plan** — each box at its original length in script order; the current
  box is outlined, skipped boxes are faded. Clicking a box jumps to it.
* **Actual** — the real time each visited box took (its overrun in red),
  then the rest of the session as it is now projected (dashed).

A line marks the planned end; a marker shows the projected end, so a late
session is visible at a glance before the clock offers a fix.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.clock import BoxRecord, SessionClock
from ...core.models import Mode
from ...core.session_runner import RunnerBox
from ..labels import step_label
from .countdown import RED

_ROW_HEIGHT = 30
_GAP = 6
_LEFT = 78  # room for the row captions
_GREEN = QColor("#2E7D32")


class SessionBar(QWidget):
    jump_requested = Signal(int)  # clock index

    def __init__(
        self, boxes: Sequence[RunnerBox], clock: SessionClock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBar")
        self._boxes = boxes
        self._clock = clock
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(2 * _ROW_HEIGHT + _GAP + 22)
        self.setToolTip(self.tr("Click a time box to jump to it"))

    def set_clock(self, clock: SessionClock) -> None:
        self._clock = clock
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    # ---------------------------------------------------------------- geometry

    def _scale(self) -> float:
        planned = self._clock.planned_total_seconds()
        total = planned + max(0.0, self._clock.projected_end_offset()) if self._clock.is_started else planned
        return (self.width() - _LEFT - 8) / max(total, 1.0)

    def _x(self, seconds: float) -> float:
        return _LEFT + seconds * self._scale()

    def box_rect(self, clock_index: int) -> QRectF:
        """Where box ``clock_index`` sits on the plan row (tests click its centre)."""
        start = sum(b.minutes for b in self._clock.boxes[:clock_index]) * 60.0
        length = self._clock.boxes[clock_index].minutes * 60.0
        top = 16.0
        return QRectF(self._x(start), top, length * self._scale(), _ROW_HEIGHT)

    def index_at(self, point: QPointF) -> int | None:
        for i in range(len(self._boxes)):
            rect = self.box_rect(i)
            if rect.left() <= point.x() < rect.right():
                return i
        return None

    # ------------------------------------------------------------------ mouse

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.jump_requested.emit(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index is None:
            QToolTip.hideText()
            return
        info = self._boxes[index]
        record = self._clock.box_records()[index]
        lines = [
            self.tr("Part %1 · %2")
            .replace("%1", str(info.part.number))
            .replace("%2", step_label(info.part, info.box)),
            self.tr("Planned: %1 min").replace("%1", str(info.box.minutes)),
        ]
        if record.skipped:
            lines.append(self.tr("Skipped"))
        elif record.actual_start is not None:
            lines.append(self.tr("Actual: %1 min").replace("%1", f"{record.spent_seconds / 60:.1f}"))
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    # --------------------------------------------------------------- painting

    def _mode_colour(self, mode: Mode) -> QColor:
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        colour.setAlphaF(0.85 if mode is Mode.COLLECTIVE else 0.35)
        return colour

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(ink)
        muted.setAlphaF(0.6)
        clock = self._clock
        records = clock.box_records()
        plan_top = 16.0
        actual_top = plan_top + _ROW_HEIGHT + _GAP

        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(muted)
        painter.drawText(
            QRectF(0, plan_top, _LEFT - 8, _ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.tr("Plan")
        )
        painter.drawText(
            QRectF(0, actual_top, _LEFT - 8, _ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.tr("Actual")
        )

        # Plan row.
        for info in self._boxes:
            i = info.clock_index
            rect = self.box_rect(i).adjusted(1, 0, -1, 0)
            colour = self._mode_colour(info.box.mode)
            if records[i].skipped:
                colour.setAlphaF(0.12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 5, 5)
            if records[i].skipped:
                painter.setBrush(
                    QBrush(QColor(ink.red(), ink.green(), ink.blue(), 70), Qt.BrushStyle.BDiagPattern)
                )
                painter.drawRoundedRect(rect, 5, 5)
            if i == clock.current_index and not clock.is_finished:
                painter.setPen(QPen(ink, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
            text_colour = QColor("white") if info.box.mode is Mode.COLLECTIVE else ink
            if records[i].skipped:
                text_colour = muted
            painter.setPen(text_colour)
            caption = f"{step_label(info.part, info.box)} · {info.box.minutes}′"
            if painter.fontMetrics().horizontalAdvance(caption) > rect.width() - 6:
                caption = step_label(info.part, info.box)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, caption)

        if clock.is_started:
            self._paint_actual(painter, records, actual_top)

        # Planned end: a line through both rows.
        planned_end = self._x(clock.planned_total_seconds())
        painter.setPen(QPen(ink, 2))
        painter.drawLine(
            QPointF(planned_end, plan_top - 4), QPointF(planned_end, actual_top + _ROW_HEIGHT + 4)
        )

    def _paint_actual(self, painter: QPainter, records: list[BoxRecord], top: float) -> None:
        clock = self._clock
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        now = clock.session_elapsed()
        for info in self._boxes:
            record = records[info.clock_index]
            if record.actual_start is None:
                continue
            current = info.clock_index == clock.current_index and not clock.is_finished
            end = now if current or record.actual_end is None else record.actual_end
            rect = QRectF(
                self._x(record.actual_start), top, (end - record.actual_start) * self._scale(), _ROW_HEIGHT
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._mode_colour(info.box.mode))
            painter.drawRect(rect.adjusted(1, 0, -1, 0))
            over = record.spent_seconds - record.adjusted_seconds
            if over > 0:
                # The overrun tail, so "where did the time go" is answered by colour.
                tail = QRectF(self._x(end - over), top, over * self._scale(), _ROW_HEIGHT)
                painter.setBrush(RED)
                painter.drawRect(tail.intersected(rect))

        # What is still ahead, as now projected.
        cursor = now
        if not clock.is_finished:
            remaining = max(clock.remaining_seconds(), 0.0)
            pen = QPen(ink, 1.2, Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen)
            painter.drawRect(QRectF(self._x(cursor), top + 1, remaining * self._scale(), _ROW_HEIGHT - 2))
            cursor += remaining
            for info in self._boxes[clock.current_index + 1 :]:
                record = records[info.clock_index]
                if record.skipped:
                    continue
                length = max(record.adjusted_seconds - record.spent_seconds, 0.0)
                painter.drawRect(
                    QRectF(self._x(cursor) + 1, top + 1, length * self._scale() - 2, _ROW_HEIGHT - 2)
                )
                cursor += length

        # Now, and the projected end (red when late, green when early).
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
        painter.drawLine(QPointF(self._x(now), top - 3), QPointF(self._x(now), top + _ROW_HEIGHT + 3))
        offset = clock.projected_end_offset()
        end_x = self._x(clock.planned_total_seconds() + offset)
        colour = RED if offset > 30 else _GREEN
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        y = top + _ROW_HEIGHT + 4
        painter.drawPolygon([QPointF(end_x, y), QPointF(end_x - 7, y + 10), QPointF(end_x + 7, y + 10)])
