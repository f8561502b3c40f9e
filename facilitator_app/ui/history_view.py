"""A school's history: its positions on the scenario map over time, and what became of each first step.

The picture draws the map's scenarios as columns and every placement as a
dot in its scenario's column, one row per session, joined in date order. The
timeline below lists the same sessions with the first step agreed and whether
a later session said how it went (its follow-up answer, see ``core.history.step_follow_up``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHeaderView, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.history import HistoryEntry, StepState, scenario_history, step_follow_up
from ..core.models import ScenarioMap
from ..store import Store, StoreError
from .dates import display_date
from .session.follow_up import follow_up_summary
from .widgets import label, scroll_area, show_error, wrap_tree_rows

_SESSION_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FollowUpState:
    text: str
    done: bool


class ScenarioTrack(QWidget):
    """The scenario columns with one dated dot per placement, joined oldest to newest."""

    ROW = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioTrack")
        self.names: list[str] = []
        self.entries: list[HistoryEntry] = []
        self.setAccessibleName(self.tr("Scenario over time"))

    def set_data(self, scenario_map: ScenarioMap | None, entries: list[HistoryEntry]) -> None:
        self.names = [s.name for s in scenario_map.scenarios] if scenario_map else []
        count = len(self.names)
        self.entries = [e for e in entries if e.scenario_index is not None and e.scenario_index < count]
        self.setAccessibleDescription(
            "; ".join(f"{display_date(e.date)}: {e.scenario_name}" for e in self.entries)
            or self.tr("No positions yet")
        )
        self.updateGeometry()
        self.update()

    def positions(self) -> list[tuple[str, int]]:
        """(date, scenario index) of each dot, oldest first: what the picture shows."""
        return [(e.date, e.scenario_index or 0) for e in self.entries]

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 3 + 12

    def sizeHint(self) -> QSize:
        rows = max(len(self.entries), 1)
        return QSize(520, self._header_height() + rows * self.ROW + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        faint = QColor(text)
        faint.setAlphaF(0.10)
        if not self.names:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No scenario map"))
            return
        metrics = QFontMetrics(self.font())
        date_width = metrics.horizontalAdvance("2025-03-14") + 16
        left = date_width
        width = max(self.width() - left - 8, 10)
        column = width / len(self.names)
        header = self._header_height()
        bottom = header + max(len(self.entries), 1) * self.ROW + 8
        for index, name in enumerate(self.names):
            rect = QRectF(left + index * column + 2, 2, column - 4, bottom - 4)
            shade = QColor(accent)
            shade.setAlphaF(0.06 + 0.14 * index / max(len(self.names) - 1, 1))
            painter.setPen(QPen(faint, 1))
            painter.setBrush(shade)
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.left() + 4, 6, rect.width() - 8, header - 10),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                f"{index + 1}. {name}",
            )
        if not self.entries:
            painter.setPen(text)
            painter.drawText(
                QRectF(left, header, width, self.ROW),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No positions yet"),
            )
            return
        points = [
            QPointF(left + ((entry.scenario_index or 0) + 0.5) * column, header + (row + 0.5) * self.ROW)
            for row, entry in enumerate(self.entries)
        ]
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            line = QColor(accent)
            line.setAlphaF(0.55)
            painter.setPen(QPen(line, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for row, (entry, point) in enumerate(zip(self.entries, points, strict=True)):
            latest = row == len(points) - 1
            radius = 8.0 if latest else 6.0
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 2))
            painter.setBrush(accent)
            painter.drawEllipse(point, radius, radius)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, point.y() - self.ROW / 2, date_width - 8, self.ROW),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                display_date(entry.date),
            )


class HistoryView(QWidget):
    """The picture and the timeline for one school; double-click a row to open its record."""

    open_session = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.school_id: str | None = None
        self.track = ScenarioTrack()
        self.summary = label("", "muted", wrap=True)
        self.summary.setObjectName("historySummary")
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("historyTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setWordWrap(True)
        self.timeline.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.timeline.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Theme"),
                self.tr("Scenario"),
                self.tr("First step"),
                self.tr("Follow-up"),
            ]
        )
        header = self.timeline.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The first step and its follow-up are sentences: they share the width and wrap, never cut off.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        wrap_tree_rows(self.timeline)
        self.timeline.itemActivated.connect(self._activated)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll_area(self.track))
        splitter.addWidget(self.timeline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def set_school(self, school_id: str | None) -> None:
        self.school_id = school_id
        self.reload()

    def reload(self) -> None:
        self.timeline.clear()
        if self.school_id is None:
            self.track.set_data(None, [])
            return
        try:
            entries = self.store.archive.school_history(self.school_id)
            placed = scenario_history(entries)
            scenario_map = self.store.archive.scenario_map_for(placed[-1].scenario_id if placed else "")
        except StoreError as error:
            show_error(self, self.tr("History"), error)
            return
        self.track.set_data(scenario_map, placed)
        if placed:
            first, last = placed[0], placed[-1]
            self.summary.setText(
                self.tr("%n position(s); first %1 (%2), latest %3 (%4).", "", len(placed))
                .replace("%1", first.scenario_name)
                .replace("%2", display_date(first.date))
                .replace("%3", last.scenario_name)
                .replace("%4", display_date(last.date))
            )
        else:
            self.summary.setText(
                self.tr("No finished session yet: the history starts with the first decision.")
            )
        for index, entry in enumerate(entries):
            if not entry.finished:
                continue
            follow = self.follow_up_state(entry, entries[index + 1 :])
            item = QTreeWidgetItem(
                [
                    display_date(entry.date),
                    entry.theme_title or entry.theme_key,
                    entry.position_label if entry.placed else "—",
                    entry.first_step + (f" ({entry.first_step_owner})" if entry.first_step_owner else ""),
                    follow.text,
                ]
            )
            item.setData(0, _SESSION_ID, entry.session_id)
            item.setToolTip(3, entry.first_step)
            item.setToolTip(4, follow.text)
            self.timeline.addTopLevelItem(item)

    def follow_up_state(self, entry: HistoryEntry, later: list[HistoryEntry]) -> FollowUpState:
        """Did a later session of the school say how the first step of ``entry`` went?"""
        found = step_follow_up(entry, later)
        if found.state is StepState.ANSWERED and found.answer is not None:
            return FollowUpState(
                self.tr("followed up on %1: %2")
                .replace("%1", display_date(found.date))
                .replace("%2", follow_up_summary(found.answer)),
                True,
            )
        if found.state is StepState.NO_LATER_SESSION:
            return FollowUpState(self.tr("open: no later session yet"), False)
        if found.state is StepState.NEXT_OPEN:
            return FollowUpState(
                self.tr("open: next session on %1").replace("%1", display_date(found.date)), False
            )
        if found.state is StepState.NOT_DISCUSSED:
            return FollowUpState(
                self.tr("not discussed at the session of %1").replace("%1", display_date(found.date)), False
            )
        return FollowUpState("—", False)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_session.emit(str(item.data(0, _SESSION_ID)))
