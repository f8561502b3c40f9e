"""Part 3 ("Duiden opbrengsten"): every note on one board beside the scenario map, and the decision.

The group's decision is saved as it is typed (a short debounce, at once when
a field loses focus, and before finishing or closing), through the session
runner. Finishing names what is missing beside the button, asks, and lets the
runner lock the record and make a backup; afterwards the fields are read-only,
a change is recorded as a dated amendment (:class:`~.part3_amend.AmendDialog`),
and the board offers the record and closing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
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

from ...core.models import ScenarioMap
from ...core.session_runner import RunnerError
from ...core.sessions import (
    Note,
    NoteCategory,
    Outcome,
    OutcomeItem,
    RequiredField,
)
from ...store import Store, StoreError
from ..inspiration_filter import InspirationFilter
from ..labels import amendment_text, error_text, value_text, where_label
from ..widgets import label, scroll_area
from .adapter import RunnerSignals
from .note_sheet import NOTE_ID, NoteSheet, SpaceTicks, plain_space, set_checkable
from .part3_finish import MissingNotice, finish_confirmation
from .part3_history import last_time_text, previous_position
from .scenario_picker import ScenarioPicker

# Outcome field per note category on the board: which notes a ticked box puts where.
ITEM_FIELD_BY_CATEGORY: dict[NoteCategory, str] = {
    NoteCategory.STRENGTH: "strengths_used",
    NoteCategory.DEVELOPMENT: "development_points",
    NoteCategory.INSIGHT: "insights_used",
}


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
        self.sheets = {
            field: NoteSheet(category, field, self._sheet_hint(field))
            for category, field in ITEM_FIELD_BY_CATEGORY.items()
        }
        self.lists = {field: sheet.notes for field, sheet in self.sheets.items()}
        self.add_edits = {field: sheet.add for field, sheet in self.sheets.items()}
        sheets = QHBoxLayout()
        sheets.setSpacing(8)
        for sheet in self.sheets.values():
            sheet.edited.connect(self._edited)
            sheet.add_requested.connect(lambda s=sheet: self.add_note(s.category, s.field))
            sheets.addWidget(sheet, 1)

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
        self.cards.installEventFilter(SpaceTicks(self.cards))
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
        self.missing_frame = MissingNotice()
        self.missing_label = self.missing_frame.label

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
            item.setData(NOTE_ID, card.id)
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
            on = item.data(NOTE_ID) in outcome.inspiration_card_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._loading = False
        self.refresh_notes()
        text = last_time_text(self.store, self.runner.session)
        self.previous_label.setText(text)
        self.previous_label.setVisible(bool(text))
        self._apply_lock()

    def refresh_notes(self) -> None:
        """Refill the sheets from the session's notes, keeping what is ticked."""
        ticked = {field: sheet.items() for field, sheet in self.sheets.items()} if self._dirty else None
        notes = self.runner.notes()
        self._loading = True
        for category, field in ITEM_FIELD_BY_CATEGORY.items():
            chosen = ticked[field] if ticked is not None else getattr(self._outcome, field)
            self.sheets[field].fill([n for n in notes if n.category is category], chosen, self._where)
        self._loading = False
        self._apply_lock()

    def _where(self, note: Note) -> str:
        return where_label(self.runner.script, note.timebox_index)

    def previous_position(self) -> tuple[str, str] | None:
        """``(ISO date, scenario id)`` of the school's last placement on this map before today."""
        return previous_position(self.store, self.runner.session, self.scenario_map)

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
        for sheet in self.sheets.values():
            sheet.set_locked(locked)
        set_checkable(self.cards, not locked)
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

    def current_outcome(self) -> Outcome:
        """The outcome as the fields show it now."""
        cards = tuple(
            str(self.cards.item(row).data(NOTE_ID))
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
            development_points=self.sheets["development_points"].items(),
            strengths_used=self.sheets["strengths_used"].items(),
            insights_used=self.sheets["insights_used"].items(),
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
        if event.type() == QEvent.Type.ShortcutOverride and plain_space(event):
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.flush()
        return super().eventFilter(watched, event)

    def add_note(self, category: NoteCategory, field: str) -> None:
        """Store what was typed under a sheet as a note of the session, ticked for the decision."""
        edit = self.add_edits[field]
        text = edit.text().strip()
        if not text or self.locked:
            return
        ticked = self.sheets[field].items()
        note = self.session.command(lambda: self.runner.add_note(text, category))
        if note is None:
            return  # refused or not stored: the window says why
        edit.clear()
        self._loading = True
        self.sheets[field].fill(
            [n for n in self.runner.notes() if n.category is category],
            (*ticked, OutcomeItem(note.text, note.id)),
            self._where,
        )
        self._loading = False
        self._edited()
        self.flush()

    # ------------------------------------------------------------ finishing

    def show_missing(self, missing: list[RequiredField]) -> None:
        """Name what is missing beside the button and put the cursor in the first of it."""
        self.missing_frame.show_missing(missing)
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
                    "%1", error_text(result.backup_failure) if result.backup_failure else result.backup_error
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
