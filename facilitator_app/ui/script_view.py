"""The session script drawn as cards: one per part, a row per time box, its steps inside."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core.models import Mode, Part, Step, TimeBox
from .markup_html import body_html
from .widgets import card_frame, chip, label

CardTitle = Callable[[str], str]  # "deck/card" -> a title to show


def mode_label(mode: Mode) -> str:
    if mode is Mode.INDIVIDUAL:
        return QCoreApplication.translate("Script", "Individually, on the worksheet")
    return QCoreApplication.translate("Script", "Collectively")


def _rich(html: str) -> QLabel:
    widget = QLabel(html)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class StepView(QWidget):
    def __init__(self, step: Step, card_title: CardTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setHorizontalSpacing(10)
        marker = (
            QCoreApplication.translate("Script", "Step %1").replace("%1", str(step.number))
            if step.number is not None
            else "•"
        )
        number = label(marker)
        number.setStyleSheet("font-weight: 700;")
        layout.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(_rich(body_html(step.text)), 0, 1)
        layout.setColumnStretch(1, 1)
        if step.cards:
            cards = QHBoxLayout()
            cards.setSpacing(6)
            for ref in step.cards:
                tag = chip(card_title(str(ref)), quiet=True)
                tag.setObjectName("cardRef")
                tag.setToolTip(QCoreApplication.translate("Script", "Card used in this step"))
                cards.addWidget(tag)
            cards.addStretch(1)
            layout.addLayout(cards, 1, 1)


class TimeBoxView(QFrame):
    """One time box: minutes (and clock times) on the left, work form and steps on the right."""

    def __init__(self, box: TimeBox, card_title: CardTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.setObjectName("timeBox")
        self.setProperty("role", "box")
        self.setProperty("mode", box.mode.value)
        self.minutes_label = label(
            QCoreApplication.translate("Script", "%1 min").replace("%1", str(box.minutes)), "minutes"
        )
        self.clock_label = label("", "muted")
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.minutes_label)
        left.addWidget(self.clock_label)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(int(self.fontMetrics().horizontalAdvance("00:00–00:00") * 1.25) + 8)

        self.mode_chip = chip(mode_label(box.mode), quiet=box.mode is Mode.INDIVIDUAL)
        self.mode_chip.setObjectName("modeChip")
        right = QVBoxLayout()
        right.setSpacing(4)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode_chip)
        mode_row.addStretch(1)
        right.addLayout(mode_row)
        for step in box.steps:
            right.addWidget(StepView(step, card_title))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 4, 6)
        layout.addWidget(left_widget)
        layout.addLayout(right, 1)

    def set_clock(self, start: QTime | None) -> None:
        if start is None:
            self.clock_label.setText("")
            return
        end = start.addSecs(self.box.minutes * 60)
        self.clock_label.setText(f"{start.toString('HH:mm')}–{end.toString('HH:mm')}")


class PartView(QFrame):
    def __init__(self, part: Part, card_title: CardTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.setObjectName("part")
        self.setProperty("role", "card")
        header = QHBoxLayout()
        header.addWidget(
            label(QCoreApplication.translate("Script", "Part %1").replace("%1", str(part.number)), "muted")
        )
        title = label(part.title, "sectionTitle", wrap=True)
        header.addWidget(title, 1)
        self.optional_chip: QLabel | None = None
        if part.optional:
            self.optional_chip = chip(QCoreApplication.translate("Script", "optional"))
            self.optional_chip.setObjectName("optionalChip")
            self.optional_chip.setToolTip(
                QCoreApplication.translate("Script", "Only if there is enough time")
            )
            header.addWidget(self.optional_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(
            label(QCoreApplication.translate("Script", "%1 min").replace("%1", str(part.minutes)), "muted")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(header)
        if part.intro:
            layout.addWidget(_rich(body_html(part.intro)))
        self.boxes = [TimeBoxView(box, card_title) for box in part.timeboxes]
        for box_view in self.boxes:
            layout.addWidget(box_view)


def overview_card(title: str, html: str) -> QFrame:
    frame = card_frame()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(label(title, "sectionTitle"))
    layout.addWidget(_rich(html))
    return frame
