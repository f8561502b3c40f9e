"""The line under the session bar: planned and expected end, and the runner's fix when the session runs late.

The verdict and the fix are the runner's (:meth:`SessionRunner.schedule`,
:meth:`SessionRunner.fix_proposal`); this only words them and offers the fix.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ...core.clock import FixKind, ScheduleFix
from ...core.schedule import ScheduleVerdict
from ..labels import step_label
from .adapter import RunnerSignals
from .clock_panel import session_button
from .countdown import RED
from .timefmt import signed_minutes


class ScheduleLine(QWidget):
    """``adjusted`` fires when the facilitator took the fix."""

    adjusted = Signal()

    def __init__(self, session: RunnerSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.fix: ScheduleFix | None = None
        self.label = QLabel()
        self.label.setObjectName("scheduleLabel")
        self.fix_frame = QFrame()
        self.fix_frame.setObjectName("fixOffer")
        self.fix_frame.setStyleSheet(
            f"#fixOffer {{ border: 2px solid {RED.name()}; border-radius: 8px; background: rgba(198,40,40,0.07); }}"
            "#fixOffer QLabel { background: transparent; }"
        )
        self.fix_label = QLabel()
        self.fix_label.setObjectName("fixLabel")
        self.fix_button = session_button("", "fixButton", "")
        self.fix_button.setStyleSheet(f"QPushButton {{ font-weight: 700; color: {RED.name()}; }}")
        self.fix_button.clicked.connect(self.accept_fix)
        self.ignore_fix_button = session_button(self.tr("Ignore"), "ignoreFixButton", "")
        self.ignore_fix_button.clicked.connect(self.ignore_fix)
        fix_row = QHBoxLayout(self.fix_frame)
        fix_row.setContentsMargins(10, 4, 6, 4)
        fix_row.addWidget(self.fix_label, 1)
        fix_row.addWidget(self.fix_button)
        fix_row.addWidget(self.ignore_fix_button)
        self.fix_frame.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.fix_frame)

    def refresh(self) -> None:
        self._update_schedule()
        self._update_fix()

    def hide_fix(self) -> None:
        self.fix = None
        self.fix_frame.hide()

    def _update_schedule(self) -> None:
        schedule = self.runner.schedule()
        if schedule.verdict is ScheduleVerdict.FINISHED or self.runner.read_only:
            self.label.setText(self.tr("Finished · the record is locked") if self.runner.read_only else "")
            self.label.setProperty("late", False)
            return
        if schedule.verdict is ScheduleVerdict.NOT_STARTED:
            self.label.setText(
                self.tr("Planned: %1 min, ends at %2")
                .replace("%1", f"{schedule.planned_total_seconds / 60:g}")
                .replace("%2", schedule.planned_end.strftime("%H:%M"))
            )
            return
        verdicts = {
            ScheduleVerdict.ON_SCHEDULE: self.tr("on schedule"),
            ScheduleVerdict.BEHIND: self.tr("%1 behind").replace(
                "%1", signed_minutes(schedule.offset_seconds)
            ),
            ScheduleVerdict.AHEAD: self.tr("%1 ahead").replace("%1", signed_minutes(schedule.offset_seconds)),
        }
        self.label.setText(
            self.tr("Planned end %1 · expected end %2 · %3")
            .replace("%1", schedule.planned_end.strftime("%H:%M"))
            .replace("%2", schedule.expected_end.strftime("%H:%M"))
            .replace("%3", verdicts[schedule.verdict])
        )
        self.label.setProperty("late", schedule.late)
        colour = RED.name() if schedule.late else "palette(window-text)"
        self.label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 700; }}")

    def _update_fix(self) -> None:
        proposal = self.runner.fix_proposal()
        if proposal is None:
            if self.fix is not None:
                self.hide_fix()
            return
        fix = self.fix = proposal.fix
        self.fix_label.setText(self.tr("About %1 min late.").replace("%1", str(proposal.late_minutes)))
        if fix.kind is FixKind.SKIP_OPTIONAL_PART:
            self.fix_button.setText(self.tr("Skip part %1").replace("%1", str(fix.part)))
            self.fix_button.setToolTip(self.tr("The optional part is left out; the rest keeps its time."))
        else:
            self.fix_button.setText(self.tr("Shorten the remaining time boxes"))
            boxes = self.runner.boxes
            self.fix_button.setToolTip(
                "\n".join(
                    f"{step_label(boxes[c.clock_index].part, boxes[c.clock_index].box)}: "
                    f"{c.from_minutes} → {c.to_minutes} min"
                    for c in proposal.changes
                )
            )
        self.fix_frame.show()

    def accept_fix(self) -> None:
        if self.session.command(self.runner.apply_fix) is not None:
            self.hide_fix()
            self.adjusted.emit()

    def ignore_fix(self) -> None:
        self.runner.dismiss_fix()
        self.hide_fix()
