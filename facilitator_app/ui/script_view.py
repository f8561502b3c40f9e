"""The session script drawn as cards (one per part, a row per time box, its steps inside),
and :class:`ScriptEditor`, the form that edits an own theme's script."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Mode, Part, Step, Theme, TimeBox
from ..store import Store, StoreError
from ..store.themes import MAX_MINUTES
from .markup_html import body_html
from .widgets import card_frame, chip, label, scroll_area, show_error

EDIT_DELAY_MS = 600

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


@dataclass
class _BoxFields:
    box: TimeBox
    mode: QComboBox
    minutes: QSpinBox
    steps: list[tuple[Step, QPlainTextEdit]]


@dataclass
class _PartFields:
    part: Part
    title: QLineEdit
    optional: QCheckBox
    boxes: list[_BoxFields]


class ScriptEditor(QWidget):
    """A form over an own theme's script: part titles and optional flags, each time box's
    work form and minutes, each step's text. Saved after a short pause, and when focus leaves."""

    saved = Signal(object)  # the Theme as stored

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptEditor")
        self.store = store
        self.theme: Theme | None = None
        self.parts: list[_PartFields] = []
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("themeTitleEdit")
        self.title_edit.textEdited.connect(self._changed)
        self.title_edit.editingFinished.connect(self.flush)
        self.total = label("", "muted")
        self.total.setObjectName("scriptTotal")
        head = QFormLayout()
        head.addRow(QCoreApplication.translate("Script", "&Title:"), self.title_edit)
        head.addRow("", self.total)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(scroll_area(self.body), 1)

    def set_theme(self, theme: Theme | None) -> None:
        self._timer.stop()
        self._pending = False
        self.theme = theme
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.parts = []
        self.title_edit.setText(theme.title if theme else "")
        self.setEnabled(theme is not None)
        if theme is None:
            return
        for part in theme.parts:
            self.parts.append(self._part_form(part))
        self.body_layout.addStretch(1)
        self._update_total()

    def _part_form(self, part: Part) -> _PartFields:
        frame = card_frame()
        frame.setObjectName("partEditor")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        title = QLineEdit(part.title)
        title.setObjectName("partTitleEdit")
        title.setAccessibleName(
            QCoreApplication.translate("Script", "Title of part %1").replace("%1", str(part.number))
        )
        optional = QCheckBox(QCoreApplication.translate("Script", "Optional (only if there is time)"))
        optional.setObjectName("partOptionalCheck")
        optional.setChecked(part.optional)
        header = QHBoxLayout()
        header.addWidget(
            label(QCoreApplication.translate("Script", "Part %1").replace("%1", str(part.number)), "muted")
        )
        header.addWidget(title, 1)
        header.addWidget(optional)
        layout.addLayout(header)
        title.textEdited.connect(self._changed)
        title.editingFinished.connect(self.flush)
        optional.toggled.connect(self._changed)
        boxes = []
        for box in part.timeboxes:
            box_frame = QFrame()
            box_frame.setProperty("role", "box")
            box_frame.setProperty("mode", box.mode.value)
            box_layout = QVBoxLayout(box_frame)
            box_layout.setContentsMargins(12, 4, 0, 4)
            mode = QComboBox()
            mode.setObjectName("boxModeCombo")
            mode.setAccessibleName(QCoreApplication.translate("Script", "Work form"))
            for value in Mode:
                mode.addItem(mode_label(value), value.value)
            mode.setCurrentIndex(mode.findData(box.mode.value))
            minutes = QSpinBox()
            minutes.setObjectName("boxMinutesSpin")
            minutes.setAccessibleName(QCoreApplication.translate("Script", "Minutes"))
            minutes.setRange(1, MAX_MINUTES)
            minutes.setValue(box.minutes)
            minutes.setSuffix(QCoreApplication.translate("Script", " min"))
            row = QHBoxLayout()
            row.addWidget(mode)
            row.addWidget(minutes)
            row.addStretch(1)
            box_layout.addLayout(row)
            mode.currentIndexChanged.connect(self._changed)
            minutes.valueChanged.connect(self._changed)
            minutes.editingFinished.connect(self.flush)
            steps = []
            for step in box.steps:
                marker = (
                    QCoreApplication.translate("Script", "Step %1").replace("%1", str(step.number))
                    if step.number is not None
                    else "•"
                )
                text = QPlainTextEdit(step.text)
                text.setObjectName("stepTextEdit")
                text.setAccessibleName(marker)
                text.setTabChangesFocus(True)
                text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 14)
                text.textChanged.connect(self._changed)
                text.installEventFilter(self)
                step_row = QHBoxLayout()
                step_label = label(marker)
                step_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Stap 88") + 8)
                step_row.addWidget(step_label, 0, Qt.AlignmentFlag.AlignTop)
                step_row.addWidget(text, 1)
                box_layout.addLayout(step_row)
                steps.append((step, text))
            layout.addWidget(box_frame)
            boxes.append(_BoxFields(box, mode, minutes, steps))
        self.body_layout.addWidget(frame)
        return _PartFields(part, title, optional, boxes)

    def current(self) -> Theme | None:
        """The theme with what the form shows right now."""
        if self.theme is None:
            return None
        parts = tuple(
            replace(
                fields.part,
                title=fields.title.text().strip() or fields.part.title,
                optional=fields.optional.isChecked(),
                timeboxes=tuple(
                    replace(
                        box.box,
                        mode=Mode(box.mode.currentData()),
                        minutes=box.minutes.value(),
                        steps=tuple(
                            replace(step, text=text.toPlainText().strip() or step.text)
                            for step, text in box.steps
                        ),
                    )
                    for box in fields.boxes
                ),
            )
            for fields in self.parts
        )
        return replace(self.theme, title=self.title_edit.text().strip() or self.theme.title, parts=parts)

    def _update_total(self) -> None:
        current = self.current()
        minutes = current.minutes if current else 0
        self.total.setText(
            QCoreApplication.translate("Script", "%1 minutes in total").replace("%1", str(minutes))
        )

    def _changed(self) -> None:
        if self.theme is not None:
            self._pending = True
            self._timer.start()
            self._update_total()

    def flush(self) -> bool:
        """Save a pending edit now; False when it could not be saved."""
        self._timer.stop()
        edited = self.current()
        if not self._pending or edited is None:
            return True
        self._pending = False
        try:
            saved = self.store.themes.update(edited)
        except StoreError as error:
            show_error(self, QCoreApplication.translate("Script", "Script not saved"), error)
            return False
        self.theme = saved
        # Same structure, new ids: keep the widgets, point them at the stored parts and boxes.
        for fields, part in zip(self.parts, saved.parts, strict=True):
            fields.part = part
            for box_fields, box in zip(fields.boxes, part.timeboxes, strict=True):
                box_fields.box = box
                box_fields.steps = [
                    (step, text) for (_old, text), step in zip(box_fields.steps, box.steps, strict=True)
                ]
        self.saved.emit(saved)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
