"""The session script drawn as cards (one per part, a row per time box, its steps inside),
and :class:`ScriptEditor`, the form that edits an own theme: overview and the whole script."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import CardRef, Mode, Part, Step, Theme, TimeBox
from ..store import Store, StoreError
from ..store.themes import MAX_MINUTES, MAX_STEP_NUMBER, ScriptShapeError
from .card_picker import CardPickerDialog
from .icons import icon
from .labels import mode_label
from .markup_html import body_html
from .undo import EditorUndo
from .widgets import card_frame, chip, fit_height_to_text, label, scroll_area, show_error

EDIT_DELAY_MS = 600

CardTitle = Callable[[str], str]  # "deck/card" -> a title to show


def _rich(html: str) -> QLabel:
    widget = QLabel(html)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def card_chip(title: str, context: QWidget, *, elide: bool = True) -> QLabel:
    """A card used in a step. A long title never widens the script: the editor shortens it (the
    tooltip has all of it), the read-only script wraps it."""
    metrics = context.fontMetrics()
    text = (
        metrics.elidedText(title, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * 44)
        if elide
        else title
    )
    tag = chip(text, quiet=True)
    tag.setObjectName("cardRef")
    if not elide:
        tag.setWordWrap(True)
        tag.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    used = QCoreApplication.translate("Script", "Card used in this step")
    tag.setToolTip(f"{title}\n{used}")
    return tag


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
                cards.addWidget(card_chip(card_title(str(ref)), self, elide=False))
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


def card_title(store: Store, ref_text: str) -> str:
    """The title a step's card reference shows; a dangling one still shows where it pointed."""
    ref = CardRef.parse(ref_text)
    try:
        card = store.decks.get(ref.deck_key).card(ref.card_key)
    except (StoreError, KeyError):
        return ref_text
    return f"{card.subtitle}: {card.title}" if card.subtitle else card.title


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


Path = tuple[int, ...]  # (part,), (part, box) or (part, box, step), 0-based as shown


@dataclass(frozen=True)
class _Focus:
    """Where the keyboard goes after the form is rebuilt: an item and one of its fields."""

    kind: str  # "part", "box" or "step"
    path: Path
    field: str
    select: bool = False


@dataclass
class _StepFields:
    step: Step
    row: QWidget
    number: QSpinBox
    text: QPlainTextEdit
    note: QPlainTextEdit
    cards: QPushButton


@dataclass
class _BoxFields:
    box: TimeBox
    head: QWidget
    mode: QComboBox
    minutes: QSpinBox
    steps: list[_StepFields]
    add_step: QPushButton


@dataclass
class _PartFields:
    part: Part
    frame: QFrame
    head: QWidget
    title: QLineEdit
    optional: QCheckBox
    intro: QPlainTextEdit
    note: QPlainTextEdit
    minutes_label: QLabel
    boxes: list[_BoxFields]
    add_box: QPushButton


class ScriptEditor(QWidget):
    """A form over an own theme: its summary, goals, preparation and materials, and its script —
    parts, time boxes and steps, each added, moved (buttons, Alt+Up/Alt+Down) and deleted in place,
    and taken back one by one with Undo. Field edits are saved after a short pause and when focus
    leaves; structural edits at once."""

    saved = Signal(object)  # the Theme as stored
    edited = Signal(object)  # the Theme as the form shows it, while typing
    message = Signal(str)  # a line for the status bar

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptEditor")
        self.store = store
        self.theme: Theme | None = None
        self.parts: list[_PartFields] = []
        self._pending = False
        # The structural changes (add, move, delete), by position: undone newest first, so positions hold.
        self.history = EditorUndo(
            self,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ("undoScriptDeleteButton", "redoScriptButton"),
        )
        self.history.done.connect(self.message)
        self.undo_button, self.redo_button = self.history.undo_button, self.history.redo_button
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("themeTitleEdit")
        self.history.let_through(self.title_edit)
        self.title_edit.textEdited.connect(self._changed)
        self.title_edit.editingFinished.connect(self.flush)
        self.total = label("", "muted")
        self.total.setObjectName("scriptTotal")
        self.numbers_note = label("", "muted", wrap=True)
        self.numbers_note.setObjectName("stepNumbersNote")
        self.numbers_note.hide()
        self.renumber_button = QPushButton(QCoreApplication.translate("Script", "&Renumber steps"))
        self.renumber_button.setObjectName("renumberStepsButton")
        self.renumber_button.setToolTip(
            QCoreApplication.translate(
                "Script",
                "Number the numbered steps 1, 2, 3… in script order; steps without a number stay so.",
            )
        )
        self.renumber_button.clicked.connect(lambda _checked=False: self.renumber_steps())
        head = QFormLayout()
        head.addRow(QCoreApplication.translate("Script", "&Title:"), self.title_edit)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total)
        total_row.addWidget(self.numbers_note, 1)
        total_row.addWidget(self.history.buttons())
        total_row.addWidget(self.renumber_button)
        head.addRow("", total_row)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(12)
        self.body_layout.addWidget(self._overview_form())
        self.parts_widget = QWidget()
        self.body_layout.addWidget(self.parts_widget)
        self.add_part_button = QPushButton(icon("add"), QCoreApplication.translate("Script", "Add a &part"))
        self.add_part_button.setObjectName("addPartButton")
        self.add_part_button.setToolTip(
            QCoreApplication.translate("Script", "A new part at the end of the script")
        )
        self.add_part_button.clicked.connect(lambda _checked=False: self.add_part())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_part_button)
        add_row.addStretch(1)
        self.body_layout.addLayout(add_row)
        self.body_layout.addStretch(1)
        self.scroller = scroll_area(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.scroller, 1)

        # Alt+Up/Alt+Down move the part, time box or step the keyboard is in (as in the card list).
        self.move_up_action = self._key_action(
            QCoreApplication.translate("Script", "Move up"), "Alt+Up", lambda: self.move_focused(-1)
        )
        self.move_down_action = self._key_action(
            QCoreApplication.translate("Script", "Move down"), "Alt+Down", lambda: self.move_focused(1)
        )

    def _key_action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _overview_form(self) -> QFrame:
        frame = card_frame()
        frame.setObjectName("themeOverviewEditor")
        form = QFormLayout(frame)
        form.setContentsMargins(14, 10, 14, 12)
        self.summary_edit = self._text_edit(
            "summaryEdit",
            3,
            QCoreApplication.translate("Script", "What the session is about, in a few lines"),
        )
        self.goals_edit = self._text_edit(
            "goalsEdit", 5, QCoreApplication.translate("Script", "One goal per line")
        )
        self.preparation_edit = self._text_edit(
            "preparationEdit", 2, QCoreApplication.translate("Script", "What the facilitator does beforehand")
        )
        self.materials_edit = self._text_edit(
            "materialsEdit", 5, QCoreApplication.translate("Script", "One item per line")
        )
        form.addRow(label(QCoreApplication.translate("Script", "About this theme"), "sectionTitle"))
        form.addRow(QCoreApplication.translate("Script", "In &short:"), self.summary_edit)
        form.addRow(QCoreApplication.translate("Script", "&Goals:"), self.goals_edit)
        form.addRow(QCoreApplication.translate("Script", "&Preparation:"), self.preparation_edit)
        form.addRow(QCoreApplication.translate("Script", "&Materials:"), self.materials_edit)
        return frame

    def _text_edit(self, name: str, lines: int, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        fit_height_to_text(edit, lines)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)
        self.history.let_through(edit)
        return edit

    def _tool(
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

    # --- building the form ------------------------------------------------------

    def set_theme(self, theme: Theme | None) -> None:
        self._timer.stop()
        self._pending = False
        other = theme is None or self.theme is None or theme.id != self.theme.id
        self.history.follow(theme.id if theme else "")
        self.theme = theme
        self.setEnabled(theme is not None)
        overview = (
            (self.title_edit, theme.title if theme else ""),
            (self.summary_edit, theme.summary if theme else ""),
            (self.goals_edit, "\n".join(theme.goals) if theme else ""),
            (self.preparation_edit, theme.preparation if theme else ""),
            (self.materials_edit, "\n".join(theme.materials) if theme else ""),
        )
        for edit, text in overview:
            edit.blockSignals(True)
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
            edit.blockSignals(False)
        self._build_parts(theme, None)
        if other:
            self.scroller.verticalScrollBar().setValue(0)
        self._update_total()

    def _build_parts(self, theme: Theme | None, focus: _Focus | None) -> None:
        scrolled = self.scroller.verticalScrollBar().value()
        old = self.parts_widget
        self.parts_widget = QWidget()
        parts_layout = QVBoxLayout(self.parts_widget)
        parts_layout.setContentsMargins(0, 0, 0, 0)
        parts_layout.setSpacing(12)
        self.parts = []
        for index, part in enumerate(theme.parts if theme else ()):
            fields = self._part_form(index, part)
            parts_layout.addWidget(fields.frame)
            self.parts.append(fields)
        self.body_layout.replaceWidget(old, self.parts_widget)
        old.hide()
        old.deleteLater()
        self.scroller.verticalScrollBar().setValue(scrolled)
        target = self._field(focus) if focus else None
        if target is not None:
            target.setFocus()
            if focus is not None and focus.select and isinstance(target, QPlainTextEdit | QLineEdit):
                target.selectAll()
            # Once the new form is laid out, keep the place and show the item the keyboard is in.
            QTimer.singleShot(0, self, lambda: self._show(scrolled, target))

    def _show(self, scrolled: int, target: QWidget) -> None:
        self.scroller.verticalScrollBar().setValue(scrolled)
        self.scroller.ensureWidgetVisible(target, 20, 40)

    def _part_form(self, p: int, part: Part) -> _PartFields:
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
        self.history.let_through(title)
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
        intro.setTabChangesFocus(True)
        fit_height_to_text(intro, 1)
        intro.textChanged.connect(self._changed)
        intro.installEventFilter(self)
        self.history.let_through(intro)
        note = self._note_edit(
            "partNoteEdit",
            part.note,
            QCoreApplication.translate("Script", "Facilitator's note on part %1").replace("%1", number),
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        for button in (
            self._tool(
                "▲",
                QCoreApplication.translate("Script", "Move part up (Alt+Up)"),
                "movePartUpButton",
                lambda: self.move_item("part", (p,), -1),
            ),
            self._tool(
                "▼",
                QCoreApplication.translate("Script", "Move part down (Alt+Down)"),
                "movePartDownButton",
                lambda: self.move_item("part", (p,), 1),
            ),
            self._tool(
                "",
                QCoreApplication.translate("Script", "Delete part %1").replace("%1", number),
                "deletePartButton",
                lambda: self.delete_item("part", (p,)),
                "delete",
            ),
        ):
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
        title.textEdited.connect(self._changed)
        title.editingFinished.connect(self.flush)
        optional.toggled.connect(self._changed)
        boxes = [self._box_form(p, b, box, layout) for b, box in enumerate(part.timeboxes)]
        add_box = QPushButton(icon("add"), QCoreApplication.translate("Script", "Add a time box"))
        add_box.setObjectName("addBoxButton")
        add_box.setFlat(True)
        add_box.setToolTip(
            QCoreApplication.translate("Script", "A new time box at the end of part %1").replace("%1", number)
        )
        add_box.clicked.connect(lambda _checked=False: self.add_timebox(p))
        add_row = QHBoxLayout()
        add_row.addWidget(add_box)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        return _PartFields(part, frame, head, title, optional, intro, note, minutes_label, boxes, add_box)

    def _box_form(self, p: int, b: int, box: TimeBox, part_layout: QVBoxLayout) -> _BoxFields:
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
        for button in (
            self._tool(
                "▲",
                QCoreApplication.translate("Script", "Move time box up (Alt+Up)"),
                "moveBoxUpButton",
                lambda: self.move_item("box", path, -1),
            ),
            self._tool(
                "▼",
                QCoreApplication.translate("Script", "Move time box down (Alt+Down)"),
                "moveBoxDownButton",
                lambda: self.move_item("box", path, 1),
            ),
            self._tool(
                "",
                QCoreApplication.translate("Script", "Delete this time box"),
                "deleteBoxButton",
                lambda: self.delete_item("box", path),
                "delete",
            ),
        ):
            row.addWidget(button)
        box_layout.addWidget(head)

        def mode_changed() -> None:
            box_frame.setProperty("mode", mode.currentData())
            box_frame.style().unpolish(box_frame)
            box_frame.style().polish(box_frame)
            self._changed()

        mode.currentIndexChanged.connect(lambda _index: mode_changed())
        minutes.valueChanged.connect(self._changed)
        minutes.editingFinished.connect(self.flush)
        steps = [self._step_form(p, b, s, step, box_layout) for s, step in enumerate(box.steps)]
        add_step = QPushButton(icon("add"), QCoreApplication.translate("Script", "Add a step"))
        add_step.setObjectName("addStepButton")
        add_step.setFlat(True)
        add_step.setToolTip(QCoreApplication.translate("Script", "A new step at the end of this time box"))
        add_step.clicked.connect(lambda _checked=False: self.add_step(p, b))
        add_row = QHBoxLayout()
        add_row.addWidget(add_step)
        add_row.addStretch(1)
        box_layout.addLayout(add_row)
        part_layout.addWidget(box_frame)
        return _BoxFields(box, head, mode, minutes, steps, add_step)

    def _step_form(self, p: int, b: int, s: int, step: Step, box_layout: QVBoxLayout) -> _StepFields:
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
        number.setMinimumWidth(self.fontMetrics().horizontalAdvance("Stap 88") + 36)
        number.valueChanged.connect(self._changed)
        number.editingFinished.connect(self.flush)
        marker = (
            QCoreApplication.translate("Script", "Step %1").replace("%1", str(step.number))
            if step.number is not None
            else "•"
        )
        text = QPlainTextEdit(step.text)
        text.setObjectName("stepTextEdit")
        text.setAccessibleName(marker)
        text.setTabChangesFocus(True)
        fit_height_to_text(text, 2)
        text.textChanged.connect(self._changed)
        text.installEventFilter(self)
        self.history.let_through(text)
        note = self._note_edit(
            "stepNoteEdit",
            step.note,
            QCoreApplication.translate("Script", "Facilitator's note on %1").replace("%1", marker),
        )
        path = (p, b, s)
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        for button in (
            self._tool(
                "▲",
                QCoreApplication.translate("Script", "Move step up (Alt+Up)"),
                "moveStepUpButton",
                lambda: self.move_item("step", path, -1),
            ),
            self._tool(
                "▼",
                QCoreApplication.translate("Script", "Move step down (Alt+Down)"),
                "moveStepDownButton",
                lambda: self.move_item("step", path, 1),
            ),
            self._tool(
                "",
                QCoreApplication.translate("Script", "Delete this step"),
                "deleteStepButton",
                lambda: self.delete_item("step", path),
                "delete",
            ),
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        cards_row = QHBoxLayout()
        cards_row.setSpacing(6)
        for ref in step.cards:
            cards_row.addWidget(card_chip(card_title(self.store, str(ref)), self))
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
        cards.clicked.connect(lambda _checked=False: self.choose_cards(p, b, s))
        cards_row.addWidget(cards)
        cards_row.addStretch(1)
        grid.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 0, 1)
        grid.addLayout(buttons, 0, 2, 2, 1)
        grid.addLayout(cards_row, 1, 1)
        grid.addWidget(note, 2, 1)
        grid.setColumnStretch(1, 1)
        box_layout.addWidget(row)
        return _StepFields(step, row, number, text, note, cards)

    def _note_edit(self, name: str, text: str, accessible: str) -> QPlainTextEdit:
        """The facilitator's guide to a part or step: session mode and the draaiboek show it, the projector never."""
        note = QPlainTextEdit(text)
        note.setObjectName(name)
        note.setAccessibleName(accessible)
        note.setPlaceholderText(
            QCoreApplication.translate("Script", "Note for the facilitator (not on the projector; optional)")
        )
        note.setTabChangesFocus(True)
        fit_height_to_text(note, 1)
        note.textChanged.connect(self._changed)
        note.installEventFilter(self)
        self.history.let_through(note)
        return note

    # --- reading the form -------------------------------------------------------

    def current(self) -> Theme | None:
        """The theme with what the form shows right now."""
        if self.theme is None:
            return None
        parts = tuple(
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
            for fields in self.parts
        )
        return replace(
            self.theme,
            title=self.title_edit.text().strip() or self.theme.title,
            summary=self.summary_edit.toPlainText().strip(),
            goals=_lines(self.goals_edit),
            preparation=self.preparation_edit.toPlainText().strip(),
            materials=_lines(self.materials_edit),
            parts=parts,
        )

    def _update_total(self) -> None:
        current = self.current()
        minutes = current.minutes if current else 0
        self.total.setText(self.tr("%n minute(s) in total", "", minutes))
        for fields, part in zip(self.parts, current.parts if current else (), strict=False):
            fields.minutes_label.setText(
                QCoreApplication.translate("Script", "%1 min").replace("%1", str(part.minutes))
            )
        numbers = [step.number for _, box in current.timeboxes() for step in box.steps] if current else []
        twice = sorted({n for n in numbers if n is not None and numbers.count(n) > 1})
        self.numbers_note.setVisible(bool(twice))
        if twice:
            self.numbers_note.setText(
                QCoreApplication.translate(
                    "Script", "· step %1 occurs more than once; Renumber steps puts the numbers in order."
                ).replace("%1", ", ".join(str(n) for n in twice))
            )
        if current is not None:
            self.edited.emit(current)

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
        # Same structure: keep the widgets, point them at the stored parts, boxes and steps.
        for fields, part in zip(self.parts, saved.parts, strict=True):
            fields.part = part
            for box_fields, box in zip(fields.boxes, part.timeboxes, strict=True):
                box_fields.box = box
                for step_fields, step in zip(box_fields.steps, box.steps, strict=True):
                    step_fields.step = step
        self.saved.emit(saved)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    # --- structural edits ---------------------------------------------------------

    def _field(self, focus: _Focus) -> QWidget | None:
        try:
            part = self.parts[focus.path[0]]
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

    def locate(self, widget: QWidget | None) -> _Focus | None:
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

        for p, part in enumerate(self.parts):
            for b, box in enumerate(part.boxes):
                for s, step in enumerate(box.steps):
                    if step.row.isAncestorOf(widget):
                        return _Focus("step", (p, b, s), field_of(step) or "text")
                if box.head.isAncestorOf(widget) or widget is box.add_step:
                    return _Focus("box", (p, b), field_of(box) or "minutes")
            if part.head.isAncestorOf(widget) or widget is part.add_box:
                return _Focus("part", (p,), field_of(part) or "title")
        return None

    def _run(self, title: str, edit: Callable[[str], tuple[Theme, _Focus | None]]) -> bool:
        """Save what is typed, make one structural edit in the store and show its result.

        ``edit`` gets the theme id and returns the stored theme and where the keyboard goes.
        """
        if self.theme is None or not self.flush():
            return False
        try:
            saved, focus = edit(self.theme.id)
        except ScriptShapeError as refused:
            QMessageBox.information(self, title, str(refused))
            return False
        except StoreError as error:
            show_error(self, title, error)
            return False
        self.theme = saved
        self._build_parts(saved, focus)
        self._update_total()
        self.saved.emit(saved)
        return True

    def add_part(self) -> None:
        def edit(theme_id: str) -> tuple[Theme, _Focus]:
            theme, at = self.store.themes.add_part(theme_id)
            return theme, _Focus("part", (at,), "title", select=True)

        if self._run(QCoreApplication.translate("Script", "Add a part"), edit):
            self._remember_presence("part", (len(self.parts) - 1,), added=True)

    def add_timebox(self, p: int) -> None:
        def edit(theme_id: str) -> tuple[Theme, _Focus]:
            theme, at = self.store.themes.add_timebox(theme_id, p)
            return theme, _Focus("step", (p, at, 0), "text", select=True)

        if self._run(QCoreApplication.translate("Script", "Add a time box"), edit):
            self._remember_presence("box", (p, len(self.parts[p].boxes) - 1), added=True)

    def add_step(self, p: int, b: int) -> None:
        def edit(theme_id: str) -> tuple[Theme, _Focus]:
            theme, at = self.store.themes.add_step(theme_id, p, b)
            return theme, _Focus("step", (p, b, at), "text", select=True)

        if self._run(QCoreApplication.translate("Script", "Add a step"), edit):
            self._remember_presence("step", (p, b, len(self.parts[p].boxes[b].steps) - 1), added=True)

    def move_focused(self, delta: int) -> None:
        """Alt+Up/Alt+Down: move the step, time box or part the keyboard is in."""
        focus = self.locate(QApplication.focusWidget())
        if focus is not None:
            self.move_item(focus.kind, focus.path, delta, focus.field)

    def _move(self, theme_id: str, kind: str, path: Path, delta: int) -> tuple[Theme, int]:
        themes = self.store.themes
        if kind == "part":
            return themes.move_part(theme_id, path[0], delta)
        if kind == "box":
            return themes.move_timebox(theme_id, path[0], path[1], delta)
        return themes.move_step(theme_id, path[0], path[1], path[2], delta)

    def move_item(self, kind: str, path: Path, delta: int, field: str = "") -> None:
        field = field or _FIRST_FIELD[kind]
        moved: list[Path] = []

        def edit(theme_id: str) -> tuple[Theme, _Focus]:
            theme, at = self._move(theme_id, kind, path, delta)
            moved.append((*path[:-1], at))
            return theme, _Focus(kind, moved[-1], field)

        if not self._run(QCoreApplication.translate("Script", "Move"), edit) or moved[-1] == path:
            return
        now = moved[-1]

        def between(start: Path, end: Path) -> Callable[[], bool]:
            # Only the item moves, from where it stands then: text typed since then stays.
            return self._structural(
                lambda theme_id: (
                    self._move(theme_id, kind, start, end[-1] - start[-1])[0],
                    _Focus(kind, end, field),
                )
            )

        what = QCoreApplication.translate("Script", "move of %1").replace("%1", self._name(kind, now))
        self.history.push(what, between(path, now), between(now, path))

    def delete_item(self, kind: str, path: Path) -> None:
        """Delete at once and say what went; Undo puts back only that item, where it was."""
        current = self.current()
        if current is None:
            return
        item = _item_at(current, kind, path)
        if isinstance(item, Part):
            what = (
                QCoreApplication.translate(
                    "Script", "Part %1 “%2” deleted, with its time boxes and steps (%3 min)."
                )
                .replace("%1", str(path[0] + 1))
                .replace("%2", item.title)
                .replace("%3", str(item.minutes))
            )
        elif isinstance(item, TimeBox):
            what = (
                QCoreApplication.translate("Script", "Time box of %1 min (%2) deleted, with its steps.")
                .replace("%1", str(item.minutes))
                .replace("%2", mode_label(item.mode).lower())
            )
        else:
            assert isinstance(item, Step)
            what = (
                QCoreApplication.translate("Script", "Step %1 deleted.").replace("%1", str(item.number))
                if item.number is not None
                else QCoreApplication.translate("Script", "Step “%1” deleted.").replace(
                    "%1", _shortened(item.text)
                )
            )
        name = self._name(kind, path)
        if self._run(
            QCoreApplication.translate("Script", "Delete"),
            lambda theme_id: (self._delete(theme_id, kind, path), None),
        ):
            self._remember_presence(kind, path, added=False, item=item, name=name)
            self.message.emit(what + " " + QCoreApplication.translate("Script", "Undo with the Undo button."))
            self.undo_button.setFocus()

    def _delete(self, theme_id: str, kind: str, path: Path) -> Theme:
        themes = self.store.themes
        if kind == "part":
            return themes.delete_part(theme_id, path[0])
        if kind == "box":
            return themes.delete_timebox(theme_id, path[0], path[1])
        return themes.delete_step(theme_id, path[0], path[1], path[2])

    def _insert(self, theme_id: str, path: Path, item: Part | TimeBox | Step) -> Theme:
        themes = self.store.themes
        if isinstance(item, Part):
            return themes.insert_part(theme_id, path[0], item)
        if isinstance(item, TimeBox):
            return themes.insert_timebox(theme_id, path[0], path[1], item)
        return themes.insert_step(theme_id, path[0], path[1], path[2], item)

    # --- undo and redo ----------------------------------------------------------------

    def _name(self, kind: str, path: Path) -> str:
        """How the tooltip and the status bar name an item, as the form shows it now."""
        current = self.current()
        if current is None:
            return ""
        item = _item_at(current, kind, path)
        if isinstance(item, Part):
            return QCoreApplication.translate("Script", "part “%1”").replace("%1", item.title)
        if isinstance(item, TimeBox):
            return QCoreApplication.translate("Script", "the time box of %1 min").replace(
                "%1", str(item.minutes)
            )
        assert isinstance(item, Step)
        if item.number is not None:
            return QCoreApplication.translate("Script", "step %1").replace("%1", str(item.number))
        return QCoreApplication.translate("Script", "step “%1”").replace("%1", _shortened(item.text))

    def _structural(self, edit: Callable[[str], tuple[Theme, _Focus | None]]) -> Callable[[], bool]:
        """An undo or redo of a change to the theme shown now, made like any structural edit."""
        theme_id = self.theme.id if self.theme else ""

        def run() -> bool:
            if self.theme is None or self.theme.id != theme_id:
                return False
            return self._run(QCoreApplication.translate("Script", "Undo"), edit)

        return run

    def _remember_presence(
        self, kind: str, path: Path, *, added: bool, item: Part | TimeBox | Step | None = None, name: str = ""
    ) -> None:
        """An add or a delete at ``path``: undo and redo take only that item away or put it back there.
        By position: the stack undoes newest first, so the positions of the changes before it hold."""
        kept = [item]
        field = _FIRST_FIELD[kind]
        before: _Focus = (
            _Focus(kind, (*path[:-1], path[-1] - 1), field)
            if path[-1] > 0
            else _Focus("box", path[:2], "minutes")
            if kind == "step"
            else _Focus(kind, (*path[:-1], 0), field)
        )

        def take_away(theme_id: str) -> tuple[Theme, _Focus]:
            if self.theme is not None:
                kept[0] = _item_at(self.theme, kind, path)  # as stored now, typed text included
            return self._delete(theme_id, kind, path), before

        def put_back(theme_id: str) -> tuple[Theme, _Focus]:
            assert kept[0] is not None
            return self._insert(theme_id, path, kept[0]), _Focus(kind, path, field)

        template = (
            QCoreApplication.translate("Script", "adding of %1")
            if added
            else QCoreApplication.translate("Script", "delete of %1")
        )
        what = template.replace("%1", name or self._name(kind, path))
        there, gone = self._structural(put_back), self._structural(take_away)
        self.history.push(what, there if added else gone, gone if added else there)

    def renumber_steps(self) -> None:
        if self._run(
            QCoreApplication.translate("Script", "Renumber steps"),
            lambda theme_id: (self.store.themes.renumber_steps(theme_id), None),
        ):
            self.message.emit(
                QCoreApplication.translate("Script", "The numbered steps are numbered 1, 2, 3… again.")
            )

    def choose_cards(self, p: int, b: int, s: int) -> None:
        """The card picker for one step; what is ticked is stored at once."""
        if not self.flush():
            return
        current = self.current()
        if current is None:
            return
        step = current.parts[p].timeboxes[b].steps[s]
        try:
            decks = self.store.decks.all()
        except StoreError as error:
            show_error(self, QCoreApplication.translate("Script", "Cards"), error)
            return
        name = (
            QCoreApplication.translate("Script", "step %1").replace("%1", str(step.number))
            if step.number is not None
            else _shortened(step.text)
        )
        dialog = CardPickerDialog(decks, step.cards, name, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if chosen == step.cards:
            return
        self._run(
            QCoreApplication.translate("Script", "Cards"),
            lambda theme_id: (
                self.store.themes.set_step_cards(theme_id, p, b, s, chosen),
                _Focus("step", (p, b, s), "cards"),
            ),
        )


_FIRST_FIELD = {"part": "title", "box": "minutes", "step": "text"}  # where the keyboard goes in an item


def _item_at(theme: Theme, kind: str, path: Path) -> Part | TimeBox | Step:
    part = theme.parts[path[0]]
    if kind == "part":
        return part
    box = part.timeboxes[path[1]]
    return box if kind == "box" else box.steps[path[2]]


def _shortened(text: str, length: int = 40) -> str:
    words = " ".join(text.split())
    return words if len(words) <= length else words[: length - 1].rstrip() + "…"
