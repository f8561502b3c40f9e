"""Part 3 ("Duiden opbrengsten"): every note on one board beside the scenario map, and the decision.

The group's decision is saved as it is typed (a short debounce, at once when
a field loses focus, and before finishing or closing), through the session
runner. Finishing names what is missing beside the button, asks, and lets the
runner lock the record and make a backup; afterwards the fields are read-only,
a change is recorded as a dated amendment (:class:`~.part3_amend.AmendDialog`),
and the board offers the record and closing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.history import earlier_positions
from ...core.models import ScenarioMap
from ...core.session_runner import RunnerError
from ...core.sessions import (
    Amendment,
    Note,
    NoteCategory,
    Outcome,
    OutcomeItem,
    RequiredField,
)
from ...store import Store, StoreError
from ..dates import display_date
from ..inspiration_filter import InspirationFilter
from ..widgets import WrappingItemDelegate, label, scroll_area
from .adapter import RunnerSignals, error_text
from .labels import where_label
from .notes_panel import category_colour, category_name

# Outcome field per note category on the board: which notes a ticked box puts where.
ITEM_FIELD_BY_CATEGORY: dict[NoteCategory, str] = {
    NoteCategory.STRENGTH: "strengths_used",
    NoteCategory.DEVELOPMENT: "development_points",
    NoteCategory.INSIGHT: "insights_used",
}
_NOTE_ID = Qt.ItemDataRole.UserRole
_TEXT = Qt.ItemDataRole.UserRole + 1

BUTTON_STYLE = (
    "QPushButton { text-align: left; padding: 6px 10px; border-radius: 8px;"
    " border: 1px solid rgba(128,128,128,0.45); }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: 700; border: 2px solid palette(highlight); }"
)
# The presenter's dark room palette (see presenter.py): the chosen scenario is the one
# light block on the wall, readable from the back row; last time's is outlined.
PROJECTOR_BUTTON_STYLE = (
    "QPushButton { text-align: left; padding: 0.45em 0.8em; border-radius: 12px;"
    " background: #2A2F39; color: #C9CED8; border: 2px solid #3A404C; }"
    'QPushButton[previous="true"] { border: 3px dashed #A9B0BC; }'
    "QPushButton:checked { background: #F4F1EA; color: #1F232B; font-weight: 700;"
    " border: 3px solid #F2B84B; }"
)


def field_label(field: str) -> str:
    """An outcome field as the UI names it (English source, Dutch through the .ts)."""
    names = {
        "scenario_id": QCoreApplication.translate("Part3Board", "Scenario"),
        "scenario_name": QCoreApplication.translate("Part3Board", "Scenario"),
        "rationale": QCoreApplication.translate("Part3Board", "Rationale"),
        "first_step": QCoreApplication.translate("Part3Board", "First development step"),
        "first_step_owner": QCoreApplication.translate("Part3Board", "Who takes the first step"),
        "first_step_due": QCoreApplication.translate("Part3Board", "When (first step)"),
        "development_points": QCoreApplication.translate("Part3Board", "Development points tackled"),
        "strengths_used": QCoreApplication.translate("Part3Board", "Strengths used"),
        "insights_used": QCoreApplication.translate("Part3Board", "Insights used"),
        "support_needed": QCoreApplication.translate("Part3Board", "Support needed"),
        "inspiration_card_ids": QCoreApplication.translate("Part3Board", "Inspiration cards"),
    }
    return names.get(field, field)


def amendment_text(amendment: Amendment, value_text: Callable[[str, object], str]) -> str:
    """One line for the list of corrections: when, what, from, to, why."""
    when = amendment.at[:16].replace("T", " ")
    return (
        QCoreApplication.translate("Part3Board", "%1 · %2: “%3” → “%4” (reason: %5)")
        .replace("%1", when)
        .replace("%2", field_label(amendment.field))
        .replace("%3", value_text(amendment.field, amendment.old))
        .replace("%4", value_text(amendment.field, amendment.new))
        .replace("%5", amendment.reason)
    )


def value_text(
    field: str,
    value: object,
    scenario_names: dict[str, str] | None = None,
    card_titles: dict[str, str] | None = None,
) -> str:
    if isinstance(value, str):
        if field == "scenario_id":
            return (scenario_names or {}).get(value, value)
        return value
    if field == "inspiration_card_ids" and isinstance(value, tuple):
        # Stored as card ids; the reader wants titles (a deleted card keeps its id).
        return "; ".join((card_titles or {}).get(str(card_id), str(card_id)) for card_id in value)
    if isinstance(value, tuple):
        return "; ".join(item.text if isinstance(item, OutcomeItem) else str(item) for item in value)
    return str(value)


def finish_confirmation(window: QWidget) -> QMessageBox:
    """The question before a session is locked, with buttons that say what they do.

    Its parent is the top-level session window: a message box parented to a
    widget deep in a stack takes that widget's style and palette chain, and
    the window manager places a transient box by its top-level anyway.
    """
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Part3Board", "Finish session"),
        translate(
            "Part3Board",
            "Finish the session and lock its record?\n\nLater changes remain possible, "
            "but each is kept as a dated correction.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setObjectName("finishConfirmation")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Part3Board", "Finish and lock"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Part3Board", "Not yet"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box


class ScenarioPicker(QWidget):
    """The scenarios of the map side by side as large toggle buttons; the chosen one is filled.

    With ``projector`` it is the room's read-only copy of the map (the presenter
    screen): dark, large, not clickable, and the previous position marked.
    """

    chosen = Signal(str)  # scenario id, when the user clicks one
    current_changed = Signal(str)  # scenario id ("" for none), however it changed

    def __init__(self, parent: QWidget | None = None, *, projector: bool = False) -> None:
        super().__init__(parent)
        self.projector = projector
        self.previous_id = ""
        self._previous_caption = ""
        self._names: dict[str, str] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self.title = label("", "sectionTitle", wrap=True)
        self.axis = label("", "muted", wrap=True)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.description = label("", wrap=True, selectable=True)
        self.description.setObjectName("scenarioDescription")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.axis)
        layout.addLayout(self.grid)
        layout.addWidget(self.description)
        self.group.buttonClicked.connect(self._clicked)
        self.group.buttonToggled.connect(self._toggled)

    def set_map(self, scenario_map: ScenarioMap | None) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        if scenario_map is None:
            self.title.setText(self.tr("No scenario map in the store."))
            self.axis.hide()
            return
        self.title.setText(scenario_map.title)
        self.axis.setText(f"{scenario_map.axis_from}  →  {scenario_map.axis_to}")
        self.axis.setVisible(bool(scenario_map.axis_from or scenario_map.axis_to))
        count = len(scenario_map.scenarios)
        columns = 2 if count > 4 else 1
        self._names = {}
        for index, scenario in enumerate(scenario_map.scenarios):
            button = QPushButton(f"{index + 1}. {scenario.name}")
            button.setObjectName(f"scenario_{scenario.key}")
            button.setCheckable(True)
            button.setToolTip(scenario.description)
            button.setAccessibleName(scenario.name)
            button.setAccessibleDescription(scenario.description)
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
            button.setStyleSheet(PROJECTOR_BUTTON_STYLE if self.projector else BUTTON_STYLE)
            button.setProperty("scenarioId", scenario.id)
            if self.projector:
                # Only the facilitator's board chooses; the room's copy just shows.
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            self.group.addButton(button)
            self.grid.addWidget(button, index // columns if columns > 1 else index, index % columns)
            self.buttons[scenario.id] = button
            self._names[scenario.id] = button.text()
        if not self.projector:
            # Wide enough for the longest name: the map is what the group points at.
            widest = max((b.sizeHint().width() for b in self.buttons.values()), default=0)
            self.setMinimumWidth(min(widest * columns + 8, self.fontMetrics().averageCharWidth() * 60))
        self._descriptions = {s.id: s.description for s in scenario_map.scenarios}
        self.mark_previous(self.previous_id, self._previous_caption)
        self._describe()

    def mark_previous(self, scenario_id: str, caption: str) -> None:
        """Mark where the school stood last time (a dashed outline and ``caption`` under the name)."""
        self.previous_id, self._previous_caption = scenario_id, caption
        for sid, button in self.buttons.items():
            previous = sid == scenario_id
            button.setText(self._names[sid] + (f"\n{caption}" if previous and caption else ""))
            if bool(button.property("previous")) != previous:
                button.setProperty("previous", previous)
                button.style().unpolish(button)
                button.style().polish(button)

    def _describe(self) -> None:
        self.description.setText(getattr(self, "_descriptions", {}).get(self.current(), ""))

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        self._describe()
        if on:
            self.current_changed.emit(self.current())

    def _clicked(self, button: QAbstractButton) -> None:
        self.chosen.emit(str(button.property("scenarioId")))

    def current(self) -> str:
        button = self.group.checkedButton()
        return "" if button is None else str(button.property("scenarioId"))

    def set_current(self, scenario_id: str) -> None:
        button = self.buttons.get(scenario_id)
        if button is not None:
            button.setChecked(True)
        else:
            # An exclusive group cannot uncheck its last button by itself.
            had = self.current()
            self.group.setExclusive(False)
            for other in self.buttons.values():
                other.setChecked(False)
            self.group.setExclusive(True)
            if had:
                self.current_changed.emit("")

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked or button.isChecked())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus if locked else Qt.FocusPolicy.StrongFocus)
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, locked)


class Part3Board(QWidget):
    """The notes by category, the scenario map and the decision fields of one session."""

    SAVE_DELAY_MS = 600
    finished = Signal()
    back_requested = Signal()
    before_finish = Signal()  # hand over what is still being typed elsewhere (the note field)
    record_requested = Signal()
    close_requested = Signal()

    def __init__(self, session: RunnerSignals, store: Store, parent: QWidget | None = None) -> None:
        """``session`` runs the decision (save, finish, amend); ``store`` only supplies content to show
        (the scenario map, the inspiration deck, the school's earlier positions)."""
        super().__init__(parent)
        self.setObjectName("part3Board")
        self.session = session
        self.runner = session.runner
        self.store = store
        self.session_id = self.runner.session_id
        self._dirty = False
        self._loading = False
        self._error_shown = False
        self._notes_stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._outcome = self.runner.outcome
        self.scenario_map = self._load_map(self._outcome.scenario_id)
        self._build()
        self.load()
        session.notes_changed.connect(self._notes_changed)

    def _notes_changed(self) -> None:
        # Hidden behind the running page, the board refills its sheets when shown next,
        # not after every note (issue 17: Enter-to-visible with hundreds of notes).
        if self.isVisible():
            self.refresh_notes()
        else:
            self._notes_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._notes_stale:
            self._notes_stale = False
            self.refresh_notes()
        super().showEvent(event)

    def _load_map(self, scenario_id: str) -> ScenarioMap | None:
        try:
            return self.store.archive.scenario_map_for(scenario_id)
        except StoreError:
            return None

    # ------------------------------------------------------------------ build

    def _build(self) -> None:
        last = self.runner.script.parts[-1] if self.runner.script.parts else None
        self.title = label(
            self.tr("Part %1 · %2").replace("%1", str(last.number)).replace("%2", last.title) if last else "",
            "pageTitle",
            wrap=True,
        )
        self.title.setObjectName("boardTitle")
        self.time_label = label("", "sectionTitle")
        self.time_label.setObjectName("boardTime")
        self.back_button = QPushButton(self.tr("Back to the session (F7)"))
        self.back_button.setObjectName("boardBackButton")
        self.back_button.clicked.connect(self.back_requested)
        # The room sees the board too when the facilitator wants (never the fields being typed).
        self.presenter_toggle = QCheckBox(self.tr("On the presenter screen (F8)"))
        self.presenter_toggle.setObjectName("boardPresenterToggle")
        self.presenter_toggle.setToolTip(
            self.tr("Show the notes and the scenario map on the presenter screen, large and read-only")
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.time_label)
        header.addWidget(self.presenter_toggle)
        header.addWidget(self.back_button)

        # The three sheets; a tick means the decision uses the note.
        self.lists: dict[str, QListWidget] = {}
        self.add_edits: dict[str, QLineEdit] = {}
        sheets = QHBoxLayout()
        sheets.setSpacing(8)
        for category, field in ITEM_FIELD_BY_CATEGORY.items():
            sheets.addWidget(self._sheet(category, field), 1)

        self.picker = ScenarioPicker()
        self.picker.setObjectName("scenarioPicker")
        self.picker.set_map(self.scenario_map)
        self.picker.chosen.connect(lambda _id: self._edited())
        self.previous_label = label("", "muted", wrap=True, selectable=True)
        self.previous_label.setObjectName("previousPosition")
        map_column = QVBoxLayout()
        map_column.addWidget(self.picker)
        map_column.addWidget(self.previous_label)
        map_column.addStretch(1)
        map_holder = QWidget()
        map_holder.setLayout(map_column)

        board_top = QSplitter(Qt.Orientation.Horizontal)
        board_top.setChildrenCollapsible(False)
        sheets_holder = QWidget()
        sheets_holder.setLayout(sheets)
        board_top.addWidget(sheets_holder)
        board_top.addWidget(map_holder)
        board_top.setStretchFactor(0, 3)
        board_top.setStretchFactor(1, 1)

        self.rationale = self._text_edit("rationaleEdit", self.tr("Why the group places the school here"))
        self.first_step = self._text_edit(
            "firstStepEdit", self.tr("The first development step the school takes")
        )
        self.owner = self._line_edit("ownerEdit", self.tr("Who (optional)"))
        self.due = self._line_edit(
            "dueEdit", self.tr("When, e.g. 2025-06-01 or before the summer (optional)")
        )
        self.support = self._text_edit("supportEdit", self.tr("What support is needed, and from whom"))
        step_row = QHBoxLayout()
        step_row.addWidget(self.owner, 1)
        step_row.addWidget(self.due, 1)
        self.cards = QListWidget()
        self.cards.setObjectName("inspirationCards")
        self.cards.setAccessibleName(self.tr("Inspiration cards that fit the first step"))
        self.cards.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.cards.itemChanged.connect(lambda _item: self._edited())
        self.cards.installEventFilter(self)
        self._fill_cards()

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Rationale:"), self.rationale), self.rationale)
        form.addRow(self._buddy(self.tr("&First step:"), self.first_step), self.first_step)
        form.addRow(self._buddy(self.tr("&Owner, date:"), self.owner), step_row)
        form.addRow(self._buddy(self.tr("Su&pport needed:"), self.support), self.support)
        cards = InspirationFilter.wrap(self.cards, lambda: getattr(self, "inspiration_cards", ()))
        form.addRow(self._buddy(self.tr("&Inspiration cards:"), self.cards), cards)

        # What is missing for finishing sits beside the button, never in the scrolled
        # form below it: a message out of sight makes the button seem to do nothing.
        self.missing_frame = QFrame()
        self.missing_frame.setObjectName("missingFrame")
        self.missing_frame.setStyleSheet(
            "#missingFrame { border: 2px solid #C62828; border-radius: 6px; background: rgba(198,40,40,0.07); }"
            "#missingFrame QLabel { background: transparent; }"
        )
        self.missing_label = label("", wrap=True)
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setStyleSheet("font-weight: 700;")
        missing_layout = QHBoxLayout(self.missing_frame)
        missing_layout.setContentsMargins(8, 4, 8, 4)
        missing_layout.addWidget(self.missing_label, 1)
        self.missing_frame.hide()

        self.save_state = label("", "muted", wrap=True)
        self.save_state.setObjectName("boardSaveState")
        self.finish_button = QPushButton(self.tr("&Finish session…"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setToolTip(self.tr("Lock the record of this session (Ctrl+Shift+Return)"))
        self.finish_button.clicked.connect(self.finish_session)
        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.amend_button.setObjectName("amendButton")
        self.amend_button.setToolTip(
            self.tr("Correct the locked record; the correction is kept with its date")
        )
        self.amend_button.clicked.connect(self.amend)
        # After finishing: the record (to read, save or print) and closing are the next steps.
        self.record_button = QPushButton(self.tr("&View / print record"))
        self.record_button.setObjectName("boardRecordButton")
        self.record_button.clicked.connect(self.record_requested)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("boardCloseButton")
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_state, 1)
        buttons.addWidget(self.missing_frame, 2)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.finish_button)

        self.amendments_title = label(self.tr("Corrections after the session"), "sectionTitle")
        self.amendments = QListWidget()
        self.amendments.setObjectName("amendmentsList")
        self.amendments.setWordWrap(True)
        self.amendments.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        decision = QWidget()
        decision_layout = QVBoxLayout(decision)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        decision_layout.addWidget(label(self.tr("The decision"), "sectionTitle"))
        decision_layout.addLayout(form)
        decision_layout.addWidget(self.amendments_title)
        decision_layout.addWidget(self.amendments)
        decision_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(board_top)
        splitter.addWidget(scroll_area(decision))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        finish_action = QAction(self)
        finish_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        finish_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        finish_action.triggered.connect(self.finish_session)
        self.addAction(finish_action)

        self.setTabOrder(self.rationale, self.first_step)
        self.setTabOrder(self.first_step, self.owner)
        self.setTabOrder(self.owner, self.due)
        self.setTabOrder(self.due, self.support)
        self.setTabOrder(self.support, self.cards)
        self.setTabOrder(self.cards, self.finish_button)

    def _sheet(self, category: NoteCategory, field: str) -> QFrame:
        colour = category_colour(category).name()
        frame = QFrame()
        frame.setObjectName(f"boardSheet_{category.value}")
        frame.setStyleSheet(
            f"#boardSheet_{category.value} {{ border: 2px solid {colour}; border-radius: 10px; }}"
        )
        title = QLabel(category_name(category))
        title.setStyleSheet(f"color: {colour}; font-weight: 700; font-size: 12pt; border: none;")
        hint = label(self._sheet_hint(field), "muted", wrap=True)
        hint.setStyleSheet("border: none;")
        notes = QListWidget()
        notes.setObjectName(f"board_{field}")
        notes.setAccessibleName(category_name(category))
        notes.setWordWrap(True)
        # Long notes wrap to the sheet's width instead of hiding behind a sideways scroll bar.
        notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notes.setResizeMode(QListWidget.ResizeMode.Adjust)
        notes.setItemDelegate(WrappingItemDelegate(notes))
        notes.setFrameShape(QFrame.Shape.NoFrame)
        notes.itemChanged.connect(lambda _item: self._edited())
        notes.installEventFilter(self)
        add = QLineEdit()
        add.setObjectName(f"boardAdd_{field}")
        add.setPlaceholderText(self.tr("Add one and press Enter…"))
        add.returnPressed.connect(lambda f=field, c=category: self.add_note(c, f))
        self.lists[field] = notes
        self.add_edits[field] = add
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(notes, 1)
        layout.addWidget(add)
        return frame

    def _sheet_hint(self, field: str) -> str:
        if field == "development_points":
            return self.tr("Tick the points the first step tackles")
        if field == "strengths_used":
            return self.tr("Tick the strengths it builds on")
        return self.tr("Tick the insights it uses")

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(self._edited)
        edit.installEventFilter(self)
        return edit

    def _line_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.textEdited.connect(self._edited)
        edit.editingFinished.connect(self.flush)
        return edit

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        buddy = QLabel(text)
        buddy.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        return buddy

    def _fill_cards(self) -> None:
        try:
            deck = self.store.decks.get("inspiratie")
        except StoreError:
            self.cards.setEnabled(False)
            return
        self.inspiration_cards = deck.cards
        self.cards.blockSignals(True)
        for card in deck.cards:
            item = QListWidgetItem(f"{card.subtitle}: {card.title}" if card.subtitle else card.title)
            item.setData(_NOTE_ID, card.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cards.addItem(item)
        self.cards.blockSignals(False)

    # ----------------------------------------------------------- showing

    @property
    def locked(self) -> bool:
        return self.runner.read_only

    def load(self) -> None:
        """Fill every field from the stored outcome."""
        self._loading = True
        outcome = self._outcome
        self.picker.set_current(outcome.scenario_id)
        for edit, value in (
            (self.rationale, outcome.rationale),
            (self.first_step, outcome.first_step),
            (self.support, outcome.support_needed),
        ):
            if edit.toPlainText() != value:
                edit.setPlainText(value)
        for line, value in ((self.owner, outcome.first_step_owner), (self.due, outcome.first_step_due)):
            line.setText(value)
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            on = item.data(_NOTE_ID) in outcome.inspiration_card_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._loading = False
        self.refresh_notes()
        self._show_previous()
        self._apply_lock()

    def refresh_notes(self) -> None:
        """Refill the sheets from the session's notes, keeping what is ticked."""
        ticked = {field: self._items(field) for field in self.lists} if self._dirty else None
        notes = self.runner.notes()
        self._loading = True
        for category, field in ITEM_FIELD_BY_CATEGORY.items():
            chosen = ticked[field] if ticked is not None else getattr(self._outcome, field)
            self._fill_sheet(self.lists[field], [n for n in notes if n.category is category], chosen)
        self._loading = False
        self._apply_lock()

    def _fill_sheet(self, widget: QListWidget, notes: list[Note], chosen: tuple[OutcomeItem, ...]) -> None:
        chosen_ids = {item.note_id for item in chosen if item.note_id}
        known = {note.id for note in notes}
        widget.clear()
        for note in notes:
            item = QListWidgetItem(note.text)
            item.setData(_NOTE_ID, note.id)
            item.setData(_TEXT, note.text)
            item.setToolTip(
                " · ".join(
                    p for p in (where_label(self.runner.script, note.timebox_index), note.participant) if p
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if note.id in chosen_ids else Qt.CheckState.Unchecked)
            widget.addItem(item)
        # Items typed in directly, or whose note has since been deleted, stay as they were decided.
        for extra in chosen:
            if extra.note_id and extra.note_id in known:
                continue
            item = QListWidgetItem(extra.text)
            item.setData(_NOTE_ID, extra.note_id)
            item.setData(_TEXT, extra.text)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            widget.addItem(item)

    def _show_previous(self) -> None:
        session = self.runner.session
        try:
            follow = self.store.archive.follow_up(session.school_id, session.date)
        except StoreError:
            follow = None
        if follow is None:
            self.previous_label.hide()
            return
        self.previous_label.setText(
            self.tr("Last time (%1): %2. First step: %3")
            .replace("%1", display_date(follow.date))
            .replace("%2", follow.scenario_name or "—")
            .replace("%3", follow.first_step)
        )
        self.previous_label.show()

    def previous_position(self) -> tuple[str, str] | None:
        """``(ISO date, scenario id)`` of the school's last placement on this map before today."""
        session = self.runner.session
        ids = {s.id for s in self.scenario_map.scenarios} if self.scenario_map else set()
        try:
            history = self.store.archive.school_history(session.school_id)
        except StoreError:
            return None
        theme_key = next((e.theme_key for e in history if e.session_id == session.id), None)
        earlier = [
            (day, sid)
            for day, sid in earlier_positions(history, session.id, session.date, theme_key)
            if sid in ids
        ]
        if not earlier:
            return None
        day, scenario_id = earlier[-1]
        return day.isoformat(), scenario_id

    def set_presenter_checked(self, on: bool) -> None:
        self.presenter_toggle.blockSignals(True)
        self.presenter_toggle.setChecked(on)
        self.presenter_toggle.blockSignals(False)

    def _apply_lock(self) -> None:
        locked = self.locked
        for edit in (self.rationale, self.first_step, self.support):
            edit.setReadOnly(locked)
        for line in (self.owner, self.due):
            line.setReadOnly(locked)
        self.picker.set_locked(locked)
        for widget in [*self.lists.values(), self.cards]:
            for row in range(widget.count()):
                item = widget.item(row)
                flags = item.flags()
                if locked:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                else:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
        for add in self.add_edits.values():
            add.setVisible(not locked)
        self.finish_button.setVisible(not locked)
        self.amend_button.setVisible(locked)
        self.record_button.setVisible(locked)
        self.close_button.setVisible(locked)
        if locked:
            self.missing_frame.hide()
        self._refresh_amendments()

    def _refresh_amendments(self) -> None:
        titles: dict[str, str] = {}
        try:
            amendments = self.runner.amendments() if self.locked else []
            card_ids = [
                str(card_id)
                for a in amendments
                if a.field == "inspiration_card_ids"
                for card_id in (*a.old, *a.new)
            ]
            titles = self.store.sessions.card_titles(card_ids) if card_ids else {}
        except StoreError:
            amendments = []
        names = {s.id: s.name for s in self.scenario_map.scenarios} if self.scenario_map else {}
        self.amendments.clear()
        for amendment in amendments:
            self.amendments.addItem(
                amendment_text(amendment, lambda field, value: value_text(field, value, names, titles))
            )
        self.amendments_title.setVisible(bool(amendments))
        self.amendments.setVisible(bool(amendments))

    def set_time_text(self, text: str) -> None:
        self.time_label.setText(text)

    # ------------------------------------------------------------ saving

    def _items(self, field: str) -> tuple[OutcomeItem, ...]:
        widget = self.lists[field]
        items: list[OutcomeItem] = []
        for row in range(widget.count()):
            item = widget.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                items.append(OutcomeItem(str(item.data(_TEXT)), str(item.data(_NOTE_ID) or "")))
        return tuple(items)

    def current_outcome(self) -> Outcome:
        """The outcome as the fields show it now."""
        cards = tuple(
            str(self.cards.item(row).data(_NOTE_ID))
            for row in range(self.cards.count())
            if self.cards.item(row).checkState() is Qt.CheckState.Checked
        )
        return replace(
            self._outcome,
            scenario_id=self.picker.current(),
            rationale=self.rationale.toPlainText(),
            first_step=self.first_step.toPlainText(),
            first_step_owner=self.owner.text(),
            first_step_due=self.due.text(),
            support_needed=self.support.toPlainText(),
            development_points=self._items("development_points"),
            strengths_used=self._items("strengths_used"),
            insights_used=self._items("insights_used"),
            inspiration_card_ids=cards,
        )

    def _edited(self) -> None:
        if self._loading or self.locked:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Saving…"))
        self._timer.start()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Save pending edits now; False when the store refused (the edit stays pending)."""
        self._timer.stop()
        if not self._dirty or self.locked:
            return True
        try:
            self.runner.set_outcome(self.current_outcome())
            self._outcome = self.runner.save_outcome()
        except (StoreError, RunnerError) as error:
            self.save_state.setText(
                self.tr("Not saved yet — your text is kept; it is saved on the next change.")
            )
            if not self._error_shown:
                self._error_shown = True
                QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return False
        self._dirty = False
        self._error_shown = False
        self.save_state.setText(self.tr("All changes saved."))
        if not self.runner.missing():
            self.missing_frame.hide()
        return True

    def event(self, event: QEvent) -> bool:
        # Space belongs to the focused button or list here; in the session window it
        # would otherwise reach the window-wide start/pause key and stop the clock.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.flush()
        elif (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(watched, QListWidget)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            # Space ticks the selected note, as in any list of check boxes; in the
            # session window it would otherwise pause the clock.
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            item = watched.currentItem()
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState() is Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        return super().eventFilter(watched, event)

    def add_note(self, category: NoteCategory, field: str) -> None:
        """Store what was typed under a sheet as a note of the session, ticked for the decision."""
        edit = self.add_edits[field]
        text = edit.text().strip()
        if not text or self.locked:
            return
        ticked = self._items(field)
        note = self.session.command(lambda: self.runner.add_note(text, category))
        if note is None:
            return  # refused or not stored: the window says why
        edit.clear()
        self._loading = True
        self._fill_sheet(
            self.lists[field],
            [n for n in self.runner.notes() if n.category is category],
            (*ticked, OutcomeItem(note.text, note.id)),
        )
        self._loading = False
        self._edited()
        self.flush()

    # ------------------------------------------------------------ finishing

    def show_missing(self, missing: list[RequiredField]) -> None:
        """Name what is missing beside the button and put the cursor in the first of it."""
        self.missing_label.setText(
            self.tr("Before the session can be finished, fill in: %1.").replace(
                "%1", ", ".join(field_label(field.value).lower() for field in missing)
            )
        )
        self.missing_frame.show()
        targets: dict[RequiredField, QWidget | None] = {
            RequiredField.SCENARIO: next(iter(self.picker.buttons.values()), None),
            RequiredField.RATIONALE: self.rationale,
            RequiredField.FIRST_STEP: self.first_step,
            RequiredField.DEVELOPMENT_POINTS: self.lists["development_points"],
        }
        target = targets.get(missing[0]) if missing else None
        if target is not None:
            target.setFocus()

    def confirm_finish(self) -> bool:
        """Ask before locking, in a box owned by the session window (not by this board)."""
        box = finish_confirmation(self.window())
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()
            # The keys (F7, Ctrl+L …) belong to the session window again at once.
            self.window().activateWindow()

    def finish_session(self) -> bool:
        """Check, confirm, then let the runner finish (lock, back up). True when the session is now finished."""
        if self.locked or not self.flush():
            return False
        missing = self.runner.missing()
        if missing:
            self.show_missing(missing)
            return False
        self.missing_frame.hide()
        if not self.confirm_finish():
            return False
        self.before_finish.emit()
        result = self.session.command(self.runner.finish)
        if result is None:
            return False  # refused or not stored: the window says why
        if not result.finished:
            self.show_missing(list(result.missing))
            return False
        self._outcome = self.runner.outcome
        if result.backup is not None:
            self.save_state.setText(
                self.tr("The session is finished and its record locked. Backup: %1").replace(
                    "%1", result.backup.name
                )
            )
        else:
            self.save_state.setText(
                self.tr("The session is finished and its record locked. No backup could be made: %1").replace(
                    "%1", result.backup_error
                )
            )
        self._apply_lock()
        self.finished.emit()
        return True

    def amend(self) -> None:
        from .part3_amend import AmendDialog

        if not self.locked:
            return
        dialog = AmendDialog(self.session, self.store, self.scenario_map, self)
        if dialog.exec():
            self.reload_outcome()
        dialog.deleteLater()

    def reload_outcome(self) -> None:
        self._outcome = self.runner.outcome
        self._dirty = False
        self.load()
