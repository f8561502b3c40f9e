"""The editable form of a theme's script: a frame per part, a row per time box and step, built from
the stored theme and read back as it stands; and where an item's fields are (for the keyboard).

:class:`ScriptForm` builds; :class:`~facilitator_app.ui.script_editor.ScriptEditor` saves, restructures
and undoes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Mode, Part, Step, TimeBox
from ..store.themes import MAX_MINUTES, MAX_STEP_NUMBER
from .icons import icon
from .labels import mode_label
from .script_view import card_chip, card_title
from .widgets import card_frame, fit_height_to_text, label

if TYPE_CHECKING:
    from .script_editor import ScriptEditor

Path = tuple[int, ...]  # (part,), (part, box) or (part, box, step), 0-based as shown


@dataclass(frozen=True)
class Focus:
    """Where the keyboard goes after the form is rebuilt: an item and one of its fields."""

    kind: str  # "part", "box" or "step"
    path: Path
    field: str
    select: bool = False


@dataclass
class StepFields:
    step: Step
    row: QWidget
    number: QSpinBox
    text: QPlainTextEdit
    note: QPlainTextEdit
    cards: QPushButton


@dataclass
class BoxFields:
    box: TimeBox
    head: QWidget
    mode: QComboBox
    minutes: QSpinBox
    steps: list[StepFields]
    add_step: QPushButton


@dataclass
class PartFields:
    part: Part
    frame: QFrame
    head: QWidget
    title: QLineEdit
    optional: QCheckBox
    intro: QPlainTextEdit
    note: QPlainTextEdit
    minutes_label: QLabel
    boxes: list[BoxFields]
    add_box: QPushButton


FIRST_FIELD = {"part": "title", "box": "minutes", "step": "text"}  # where the keyboard goes in an item


class ScriptForm:
    """Builds the form of the parts for ``editor``, whose methods its buttons and fields call."""

    def __init__(self, editor: ScriptEditor) -> None:
        self.editor = editor

    def item_tools(self, kind: str, path: Path, name: str, tips: tuple[str, str, str]) -> list[QToolButton]:
        """Move up, move down and delete of one part, time box or step (``tips`` in that order)."""
        editor = self.editor
        return [
            self.tool("▲", tips[0], f"move{name}UpButton", lambda: editor.move_item(kind, path, -1)),
            self.tool("▼", tips[1], f"move{name}DownButton", lambda: editor.move_item(kind, path, 1)),
            self.tool("", tips[2], f"delete{name}Button", lambda: editor.delete_item(kind, path), "delete"),
        ]

    def tool(
        self, text: str, tip: str, name: str, slot: Callable[[], None], icon_name: str = ""
    ) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setAutoRaise(True)
        if icon_name:
            button.setIcon(icon(icon_name))
        else:
            button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def part_form(self, p: int, part: Part) -> PartFields:
        frame = card_frame()
        frame.setObjectName("partEditor")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        number = str(p + 1)
        head = QWidget()
        head_layout = QGridLayout(head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        title = QLineEdit(part.title)
        title.setObjectName("partTitleEdit")
        self.editor.history.let_through(title)
        title.setAccessibleName(
            QCoreApplication.translate("Script", "Title of part %1").replace("%1", number)
        )
        optional = QCheckBox(QCoreApplication.translate("Script", "Optional (only if there is time)"))
        optional.setObjectName("partOptionalCheck")
        optional.setChecked(part.optional)
        minutes_label = label("", "muted")
        minutes_label.setObjectName("partMinutes")
        intro = QPlainTextEdit(part.intro)
        intro.setObjectName("partIntroEdit")
        intro.setAccessibleName(
            QCoreApplication.translate("Script", "Introduction to part %1").replace("%1", number)
        )
        intro.setPlaceholderText(QCoreApplication.translate("Script", "Introduction to this part (optional)"))
        self.watch_text(intro, 1)
        note = self.note_edit(
            "partNoteEdit",
            part.note,
            QCoreApplication.translate("Script", "Facilitator's note on part %1").replace("%1", number),
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        tips = (
            QCoreApplication.translate("Script", "Move part up (Alt+Up)"),
            QCoreApplication.translate("Script", "Move part down (Alt+Down)"),
            QCoreApplication.translate("Script", "Delete part %1").replace("%1", number),
        )
        for button in self.item_tools("part", (p,), "Part", tips):
            buttons.addWidget(button)
        head_layout.addWidget(
            label(QCoreApplication.translate("Script", "Part %1").replace("%1", number), "muted"), 0, 0
        )
        head_layout.addWidget(title, 0, 1)
        head_layout.addWidget(minutes_label, 0, 2)
        head_layout.addLayout(buttons, 0, 3)
        head_layout.addWidget(optional, 1, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        head_layout.addWidget(intro, 2, 1, 1, 3)
        head_layout.addWidget(note, 3, 1, 1, 3)
        head_layout.setColumnStretch(1, 1)
        layout.addWidget(head)
        title.textEdited.connect(self.editor.mark_changed)
        title.editingFinished.connect(self.editor.flush)
        optional.toggled.connect(self.editor.mark_changed)
        boxes = [self._box_form(p, b, box, layout) for b, box in enumerate(part.timeboxes)]
        add_box = QPushButton(icon("add"), QCoreApplication.translate("Script", "Add a time box"))
        add_box.setObjectName("addBoxButton")
        add_box.setFlat(True)
        add_box.setToolTip(
            QCoreApplication.translate("Script", "A new time box at the end of part %1").replace("%1", number)
        )
        add_box.clicked.connect(lambda _checked=False: self.editor.add_timebox(p))
        add_row = QHBoxLayout()
        add_row.addWidget(add_box)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        return PartFields(part, frame, head, title, optional, intro, note, minutes_label, boxes, add_box)

    def _box_form(self, p: int, b: int, box: TimeBox, part_layout: QVBoxLayout) -> BoxFields:
        box_frame = QFrame()
        box_frame.setObjectName("boxEditor")
        box_frame.setProperty("role", "box")
        box_frame.setProperty("mode", box.mode.value)
        box_layout = QVBoxLayout(box_frame)
        box_layout.setContentsMargins(12, 4, 0, 4)
        head = QWidget()
        row = QHBoxLayout(head)
        row.setContentsMargins(0, 0, 0, 0)
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
        row.addWidget(mode)
        row.addWidget(minutes)
        row.addStretch(1)
        path = (p, b)
        tips = (
            QCoreApplication.translate("Script", "Move time box up (Alt+Up)"),
            QCoreApplication.translate("Script", "Move time box down (Alt+Down)"),
            QCoreApplication.translate("Script", "Delete this time box"),
        )
        for button in self.item_tools("box", path, "Box", tips):
            row.addWidget(button)
        box_layout.addWidget(head)

        def mode_changed() -> None:
            box_frame.setProperty("mode", mode.currentData())
            box_frame.style().unpolish(box_frame)
            box_frame.style().polish(box_frame)
            self.editor.mark_changed()

        mode.currentIndexChanged.connect(lambda _index: mode_changed())
        minutes.valueChanged.connect(self.editor.mark_changed)
        minutes.editingFinished.connect(self.editor.flush)
        steps = [self._step_form(p, b, s, step, box_layout) for s, step in enumerate(box.steps)]
        add_step = QPushButton(icon("add"), QCoreApplication.translate("Script", "Add a step"))
        add_step.setObjectName("addStepButton")
        add_step.setFlat(True)
        add_step.setToolTip(QCoreApplication.translate("Script", "A new step at the end of this time box"))
        add_step.clicked.connect(lambda _checked=False: self.editor.add_step(p, b))
        add_row = QHBoxLayout()
        add_row.addWidget(add_step)
        add_row.addStretch(1)
        box_layout.addLayout(add_row)
        part_layout.addWidget(box_frame)
        return BoxFields(box, head, mode, minutes, steps, add_step)

    def _step_form(self, p: int, b: int, s: int, step: Step, box_layout: QVBoxLayout) -> StepFields:
        row = QWidget()
        row.setObjectName("stepEditor")
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        number = QSpinBox()
        number.setObjectName("stepNumberSpin")
        number.setRange(0, MAX_STEP_NUMBER)
        number.setPrefix(QCoreApplication.translate("Script", "Step "))
        number.setSpecialValueText("•")  # no number, like the part-3 questions
        number.setValue(step.number or 0)
        number.setAccessibleName(QCoreApplication.translate("Script", "Step number"))
        number.setToolTip(
            QCoreApplication.translate(
                "Script",
                "The step's number on the worksheet. "
                "Choose • (below 1) for a step without a number, like the part-3 questions.",
            )
        )
        number.setMinimumWidth(self.editor.fontMetrics().horizontalAdvance("Stap 88") + 36)
        number.valueChanged.connect(self.editor.mark_changed)
        number.editingFinished.connect(self.editor.flush)
        marker = (
            QCoreApplication.translate("Script", "Step %1").replace("%1", str(step.number))
            if step.number is not None
            else "•"
        )
        text = QPlainTextEdit(step.text)
        text.setObjectName("stepTextEdit")
        text.setAccessibleName(marker)
        self.watch_text(text, 2)
        note = self.note_edit(
            "stepNoteEdit",
            step.note,
            QCoreApplication.translate("Script", "Facilitator's note on %1").replace("%1", marker),
        )
        path = (p, b, s)
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        tips = (
            QCoreApplication.translate("Script", "Move step up (Alt+Up)"),
            QCoreApplication.translate("Script", "Move step down (Alt+Down)"),
            QCoreApplication.translate("Script", "Delete this step"),
        )
        for button in self.item_tools("step", path, "Step", tips):
            buttons.addWidget(button)
        buttons.addStretch(1)
        cards_row = QHBoxLayout()
        cards_row.setSpacing(6)
        for ref in step.cards:
            cards_row.addWidget(card_chip(card_title(self.editor.store, str(ref)), self.editor))
        cards = QPushButton(
            icon("cards"),
            QCoreApplication.translate("Script", "Cards…")
            if step.cards
            else QCoreApplication.translate("Script", "Link cards…"),
        )
        cards.setObjectName("stepCardsButton")
        cards.setFlat(True)
        cards.setToolTip(
            QCoreApplication.translate("Script", "Choose the cards the participants use in this step")
        )
        cards.clicked.connect(lambda _checked=False: self.editor.choose_cards(p, b, s))
        cards_row.addWidget(cards)
        cards_row.addStretch(1)
        grid.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 0, 1)
        grid.addLayout(buttons, 0, 2, 2, 1)
        grid.addLayout(cards_row, 1, 1)
        grid.addWidget(note, 2, 1)
        grid.setColumnStretch(1, 1)
        box_layout.addWidget(row)
        return StepFields(step, row, number, text, note, cards)

    def note_edit(self, name: str, text: str, accessible: str) -> QPlainTextEdit:
        """The facilitator's guide to a part or step: session mode and the draaiboek show it, the projector never."""
        note = QPlainTextEdit(text)
        note.setObjectName(name)
        note.setAccessibleName(accessible)
        note.setPlaceholderText(
            QCoreApplication.translate("Script", "Note for the facilitator (not on the projector; optional)")
        )
        self.watch_text(note, 1)
        return note

    def watch_text(self, edit: QPlainTextEdit, lines: int) -> None:
        """A text field of the script: Tab leaves it, it grows with its text, a change is saved and undoable."""
        edit.setTabChangesFocus(True)
        fit_height_to_text(edit, lines)
        edit.textChanged.connect(self.editor.mark_changed)
        edit.installEventFilter(self.editor)
        self.editor.history.let_through(edit)


def read_parts(parts: list[PartFields]) -> tuple[Part, ...]:
    """The parts with what the form shows right now."""
    return tuple(
        replace(
            fields.part,
            title=fields.title.text().strip() or fields.part.title,
            optional=fields.optional.isChecked(),
            intro=fields.intro.toPlainText().strip(),
            note=fields.note.toPlainText().strip(),
            timeboxes=tuple(
                replace(
                    box.box,
                    mode=Mode(box.mode.currentData()),
                    minutes=box.minutes.value(),
                    steps=tuple(
                        replace(
                            step.step,
                            number=step.number.value() or None,
                            text=step.text.toPlainText().strip() or step.step.text,
                            note=step.note.toPlainText().strip(),
                        )
                        for step in box.steps
                    ),
                )
                for box in fields.boxes
            ),
        )
        for fields in parts
    )


def field_at(parts: list[PartFields], focus: Focus) -> QWidget | None:
    try:
        part = parts[focus.path[0]]
        if focus.kind == "part":
            item: object = part
        elif focus.kind == "box":
            item = part.boxes[focus.path[1]]
        else:
            item = part.boxes[focus.path[1]].steps[focus.path[2]]
    except IndexError:
        return None
    widget = getattr(item, focus.field, None)
    return widget if isinstance(widget, QWidget) else None


def locate(parts: list[PartFields], widget: QWidget | None) -> Focus | None:
    """The item (and field) ``widget`` belongs to, innermost first."""
    if widget is None:
        return None

    def field_of(item: object) -> str:
        fields = {name: value for name, value in vars(item).items() if isinstance(value, QWidget)}
        for name, value in fields.items():
            if value is widget:
                return name
        for name, value in fields.items():  # the line edit inside a spin box, say
            if name not in ("row", "head", "frame") and value.isAncestorOf(widget):
                return name
        return ""

    for p, part in enumerate(parts):
        for b, box in enumerate(part.boxes):
            for s, step in enumerate(box.steps):
                if step.row.isAncestorOf(widget):
                    return Focus("step", (p, b, s), field_of(step) or "text")
            if box.head.isAncestorOf(widget) or widget is box.add_step:
                return Focus("box", (p, b), field_of(box) or "minutes")
        if part.head.isAncestorOf(widget) or widget is part.add_box:
            return Focus("part", (p,), field_of(part) or "title")
    return None
