"""Live note capture: one field that keeps the focus, and the notes as the sheets on the wall.

Every stored note goes to the store the moment Enter is pressed; the text
still being typed is saved as a draft at most
:attr:`NotesPanel.DRAFT_DELAY_MS` (well under a second) after the first
unsaved key, even while typing goes on, so a crash loses at most the last
keystrokes. Changes to stored notes (add, edit, recategorise,
delete) go through a :class:`QUndoStack`, so Ctrl+Z undoes any of them.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.session_runner import RunnerError
from ...core.sessions import Draft, Note, NoteCategory
from ...store import StoreError
from .. import style
from ..labels import category_name, error_text, where_label
from ..undo import StoredCommand
from ..widgets import label
from .adapter import RunnerSignals

# Colours of the big sheets: each category has its own, on screen and on the projector.
CATEGORY_COLOURS: dict[NoteCategory, QColor] = {
    NoteCategory.STRENGTH: QColor("#2E7D32"),
    NoteCategory.DEVELOPMENT: QColor("#E65100"),
    NoteCategory.INSIGHT: QColor("#1565C0"),
    NoteCategory.QUESTION: QColor("#6A1B9A"),
    NoteCategory.OTHER: QColor("#546E7A"),
}

# The same hues, lighter, for text and borders on a dark palette.
_DARK_CATEGORY_COLOURS: dict[NoteCategory, QColor] = {
    NoteCategory.STRENGTH: QColor("#81C784"),
    NoteCategory.DEVELOPMENT: QColor("#FFB74D"),
    NoteCategory.INSIGHT: QColor("#64B5F6"),
    NoteCategory.QUESTION: QColor("#CE93D8"),
    NoteCategory.OTHER: QColor("#B0BEC5"),
}


def category_colour(category: NoteCategory) -> QColor:
    """The category's colour, readable against the app's current palette."""
    dark = style.is_dark(QApplication.palette())
    return (_DARK_CATEGORY_COLOURS if dark else CATEGORY_COLOURS)[category]


_NOTE_ID = Qt.ItemDataRole.UserRole
_META = Qt.ItemDataRole.UserRole + 1

# A row as shown: the note, and whether it belongs to an earlier time box (drawn grey).
_Shown = tuple[Note, bool]


class _NoteDelegate(QStyledItemDelegate):
    """Shows who said it and in which step under the note; edits only the text.

    The edited text is handed to ``commit`` instead of being written into the
    list, so the change goes through the undo stack and the store first.
    """

    def __init__(self, commit: Callable[[str, str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._commit = commit
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        meta = index.data(_META)
        if meta:
            # U+2028 is a line break inside one item (a plain newline is dropped).
            option.text = f"{option.text}\u2028{meta}"

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # The default hint measures one line; wrapped notes would be elided. Measure the
        # wrapped text at the list's real width instead, once per text and width: the
        # list asks again for every row whenever one row is added.
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else 240
        key = (index.data(Qt.ItemDataRole.DisplayRole), index.data(_META), width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            text = str(opt.text).replace("\u2028", "\n")
            rect = QFontMetrics(opt.font).boundingRect(
                QRect(0, 0, max(width - 16, 60), 100_000), int(Qt.TextFlag.TextWordWrap), text
            )
            size = QSize(width - 4, rect.height() + 10)
            if len(self._sizes) > 4096:  # old widths and edited texts
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QLineEdit):
            self._commit(str(index.data(_NOTE_ID)), editor.text())


class NotesPanel(QWidget):
    """The note field with its category and participant, and the notes by category."""

    DRAFT_DELAY_MS = 600
    category_changed = Signal(object)  # NoteCategory

    def __init__(self, session: RunnerSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.category = NoteCategory.STRENGTH
        self.undo_stack = QUndoStack(self)

        self.category_buttons: dict[NoteCategory, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for category in NoteCategory:
            button = QPushButton(f"{category_name(category)}  ·  Alt+{category.shortcut.upper()}")
            button.setObjectName(f"category_{category.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the note field keeps the focus
            colour = category_colour(category).name()
            on_colour = "#1F2125" if style.is_dark(QApplication.palette()) else "white"
            button.setStyleSheet(
                f"QPushButton {{ border: 2px solid {colour}; border-radius: 8px; padding: 4px 10px;"
                f" color: {colour}; font-weight: 700; background: transparent; }}"
                f"QPushButton:checked {{ background: {colour}; color: {on_colour}; }}"
            )
            button.clicked.connect(lambda _=False, c=category: self.set_category(c))
            group.addButton(button)
            buttons.addWidget(button)
            self.category_buttons[category] = button
        buttons.addStretch(1)

        self.entry = QLineEdit()
        self.entry.setObjectName("noteEntry")
        self.entry.setPlaceholderText(self.tr("Type a note and press Enter…"))
        self.entry.setClearButtonEnabled(True)
        font = self.entry.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.entry.setFont(font)
        self.entry.returnPressed.connect(self.store_note)
        self.entry.textChanged.connect(self._schedule_draft)

        self.participant = QComboBox()
        self.participant.setObjectName("participant")
        self.participant.setEditable(True)
        self.participant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.participant.addItem("")
        for person in self.runner.session.participants:
            self.participant.addItem(f"{person.name} ({person.role})" if person.role else person.name)
        line = self.participant.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Who (optional)"))
        line.returnPressed.connect(self.store_note)
        self.participant.setMinimumWidth(200)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.participant)

        # Drafts are saved at most DRAFT_DELAY_MS after the first key not yet saved.
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(self.DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)

        self.lists: dict[NoteCategory, QListWidget] = {}
        self._shown: dict[NoteCategory, list[_Shown]] = {category: [] for category in NoteCategory}
        self.headers: dict[NoteCategory, QLabel] = {}
        sheets = QHBoxLayout()
        sheets.setSpacing(8)
        for category in NoteCategory:
            sheets.addWidget(self._sheet(category), 1)

        # Once the session is finished: why the field is closed, and how a correction is made.
        self.locked_line = label("", wrap=True)
        self.locked_line.setObjectName("notesLockedLine")
        self.locked_line.setStyleSheet("font-weight: 700;")
        self.locked_line.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addLayout(entry_row)
        layout.addWidget(self.locked_line)
        layout.addLayout(sheets, 1)

        self.set_category(NoteCategory.STRENGTH)
        session.notes_changed.connect(self.refresh)
        session.phase_changed.connect(self.show_phase)
        self.refresh()
        self.show_phase()

    def show_phase(self) -> None:
        """A finished session takes no notes: the field closes and says how to correct the record."""
        locked = self.runner.read_only
        if locked and self.entry.isEnabled() and self.runner.draft is None:
            # Finishing stored the note being typed (the window hands it over first).
            self.entry.setText("")
        self.entry.setEnabled(not locked)
        self.participant.setEnabled(not locked)
        if locked:
            self.draft_timer.stop()
            self.locked_line.setText(
                self.tr(
                    "The session is finished: its notes are part of the locked record. "
                    "A correction is added on the board (F7) with “Amend…”; it is kept with its date."
                )
            )
        self.locked_line.setVisible(locked)

    # ------------------------------------------------------------------ build

    def _sheet(self, category: NoteCategory) -> QFrame:
        frame = QFrame()
        frame.setObjectName(f"sheet_{category.value}")
        colour = category_colour(category).name()
        frame.setStyleSheet(
            f"#sheet_{category.value} {{ border: 1px solid {colour}; border-top: 5px solid {colour};"
            " border-radius: 8px; background: palette(base); }"
        )
        header = QLabel()
        header.setStyleSheet(
            f"color: {colour}; font-weight: 700; padding: 4px 8px 0 8px; background: transparent;"
        )
        self.headers[category] = header
        notes = QListWidget()
        notes.setObjectName(f"notes_{category.value}")
        notes.setWordWrap(True)
        notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notes.setTextElideMode(Qt.TextElideMode.ElideNone)
        notes.setResizeMode(QListWidget.ResizeMode.Adjust)
        notes.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        notes.setFrameShape(QFrame.Shape.NoFrame)
        notes.setStyleSheet(
            "QListWidget { border: none; background: transparent; }"
            "QListWidget::item { padding: 4px 6px; border-bottom: 1px solid rgba(128,128,128,0.25); }"
        )
        notes.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        notes.setItemDelegate(_NoteDelegate(self._edit_text, notes))
        notes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        notes.customContextMenuRequested.connect(lambda pos, w=notes: self._context_menu(w, pos))
        # Delete only while the list has the focus: in the note field Del deletes a character.
        delete = QAction(notes)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        notes.addAction(delete)
        self.lists[category] = notes
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(notes, 1)
        return frame

    # ---------------------------------------------------------------- showing

    def refresh(self) -> None:
        """Bring the sheets in line with the runner's notes, touching only what changed.

        A new note is inserted, an edited one updated in place, a deleted one taken
        out: rebuilding every list after each Enter made storing a note grow with the
        notes on screen (issue 17: 50–72 ms at 300 notes).
        """
        selected = self.selected_note()
        notes = self.runner.notes()
        current = self.runner.current().timebox_index
        for category, widget in self.lists.items():
            mine = [(n, n.timebox_index != current) for n in notes if n.category is category]
            self.headers[category].setText(f"{category_name(category)}  ({len(mine)})")
            self._sync(widget, self._shown[category], mine)
            self._shown[category] = mine
        now = self.selected_note()
        if selected is not None and (now is None or now.id != selected.id):
            self._select(selected.id)  # a moved note stays selected in its new sheet

    def _sync(self, widget: QListWidget, old: list[_Shown], new: list[_Shown]) -> None:
        """Turn the rows showing ``old`` into rows showing ``new`` with the fewest changes."""
        matcher = SequenceMatcher(None, [n.id for n, _ in old], [n.id for n, _ in new], autojunk=False)
        inserted: QListWidgetItem | None = None
        # From the end, so the row numbers of the opcodes still to come stay valid.
        for op, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if op == "equal":
                for row, (before, after) in enumerate(zip(old[i1:i2], new[j1:j2], strict=True), i1):
                    if before != after:
                        self._fill(widget.item(row), *after)
                continue
            for row in range(i2 - 1, i1 - 1, -1):
                widget.takeItem(row)
            for row, shown in enumerate(new[j1:j2], i1):
                item = self._fill(QListWidgetItem(), *shown)
                widget.insertItem(row, item)
                inserted = inserted or item
        if inserted is not None:
            widget.scrollToItem(inserted)

    def _fill(self, item: QListWidgetItem, note: Note, earlier: bool) -> QListWidgetItem:
        item.setText(note.text)
        item.setData(_NOTE_ID, note.id)
        item.setData(_META, self._meta(note))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        # Notes of earlier boxes step back a little; the current round stands out.
        item.setData(Qt.ItemDataRole.ForegroundRole, QColor(128, 128, 128) if earlier else None)
        return item

    def _select(self, note_id: str) -> None:
        for widget in self.lists.values():
            widget.clearSelection()
        for category, widget in self.lists.items():
            for row, (note, _) in enumerate(self._shown[category]):
                if note.id == note_id:
                    widget.setCurrentRow(row)
                    return

    def _meta(self, note: Note) -> str:
        where = where_label(self.runner.script, note.timebox_index)
        return f"— {note.participant} · {where}" if note.participant else f"— {where}"

    # ------------------------------------------------------------- the entry

    def set_category(self, category: NoteCategory) -> None:
        self.category = category
        self.category_buttons[category].setChecked(True)
        colour = category_colour(category).name()
        self.entry.setStyleSheet(
            f"QLineEdit {{ border: 2px solid {colour}; border-radius: 8px; padding: 6px 8px; }}"
            # Closed (a finished session): it must look closed, not like a field waiting for text.
            "QLineEdit:disabled { border: 2px dashed rgba(128,128,128,0.5); background: transparent; }"
        )
        if self.entry.text():
            self._schedule_draft()
        self.category_changed.emit(category)

    def store_note(self) -> None:
        """Enter: store the note at once. Refused (visibly, the text kept) once the session is finished."""
        text = self.entry.text().strip()
        if not text:
            return
        participant = self.participant.currentText().strip()
        self.draft_timer.stop()
        runner = self.runner
        note = self.session.command(lambda: runner.add_note(text, self.category, participant))
        if note is None:
            self.show_phase()
            return  # the window says why; what was typed stays in the field
        self._push(
            self.tr("Add note"),
            lambda: runner.restore_note(note),
            lambda: runner.delete_note(note.id),
        )
        # setText (unlike clear) also empties the field's own undo history, so
        # the next Ctrl+Z in an empty field reaches the notes' undo stack.
        self.entry.setText("")
        self.participant.setCurrentIndex(0)
        self.entry.setFocus()

    def restore_draft(self, draft: Draft | None) -> None:
        if draft is None:
            return
        self.set_category(draft.category)
        self.entry.setText(draft.text)
        self.draft_timer.stop()  # it came from the store: nothing new to save

    def _schedule_draft(self) -> None:
        # Not restarted by every key: while someone types without a pause the
        # draft is still written DRAFT_DELAY_MS after the first unsaved key.
        if not self.draft_timer.isActive():
            self.draft_timer.start()

    def save_draft(self) -> None:
        self.draft_timer.stop()
        if self.runner.read_only:
            return
        try:
            self.runner.set_draft(self.entry.text(), self.category)
            self.runner.save_draft()
        except StoreError:
            # A draft is a safety net; failing to write one must not interrupt typing.
            # The next keystroke tries again.
            return

    # ------------------------------------------------------- changing notes

    def selected_note(self) -> Note | None:
        for widget in self.lists.values():
            item = widget.currentItem()
            if item is not None and item.isSelected():
                return self._note(str(item.data(_NOTE_ID)))
        return None

    def notes_have_focus(self) -> bool:
        return any(widget.hasFocus() for widget in self.lists.values())

    def _note(self, note_id: str) -> Note | None:
        return next((n for n in self.runner.notes() if n.id == note_id), None)

    def _edit_text(self, note_id: str, text: str) -> None:
        note = self._note(note_id)
        if note is None or not text.strip() or text.strip() == note.text:
            return
        self._update(note, Note(**{**note.__dict__, "text": text.strip()}), self.tr("Edit note"))

    def recategorise(self, note: Note, category: NoteCategory) -> None:
        if note.category is not category:
            self._update(note, Note(**{**note.__dict__, "category": category}), self.tr("Move note"))

    def move_to_box(self, note: Note, timebox_index: int | None) -> None:
        """File ``note`` under another time box; undo puts it back where it was."""
        try:
            self.runner.move_note(note.id, timebox_index)
        except (StoreError, RunnerError) as error:
            QMessageBox.warning(self, self.tr("Note not changed"), error_text(error))
            return
        self._push(
            self.tr("Move note"),
            lambda: self.runner.move_note(note.id, timebox_index),
            lambda: self.runner.move_note(note.id, note.timebox_index),
        )

    def _update(self, old: Note, new: Note, what: str) -> None:
        try:
            self.runner.update_note(new)
        except (StoreError, RunnerError) as error:
            QMessageBox.warning(self, self.tr("Note not changed"), error_text(error))
            return
        self._push(what, lambda: self.runner.update_note(new), lambda: self.runner.update_note(old))

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.delete(note)

    def delete(self, note: Note) -> None:
        try:
            deleted = self.runner.delete_note(note.id)
        except (StoreError, RunnerError) as error:
            QMessageBox.warning(self, self.tr("Note not deleted"), error_text(error))
            return
        self._push(
            self.tr("Delete note"),
            lambda: self.runner.delete_note(deleted.id),
            lambda: self.runner.restore_note(deleted),
        )

    def edit_selected(self) -> None:
        for widget in self.lists.values():
            item = widget.currentItem()
            if item is not None and item.isSelected():
                widget.editItem(item)
                return

    def undo(self) -> None:
        try:
            self.undo_stack.undo()
        except (StoreError, RunnerError) as error:
            QMessageBox.warning(self, self.tr("Cannot undo"), error_text(error))

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        self.undo_stack.push(StoredCommand(text, do, undo))

    def _context_menu(self, widget: QListWidget, pos: QPoint) -> None:
        item = widget.itemAt(pos)
        if item is None:
            return
        note = self._note(str(item.data(_NOTE_ID)))
        if note is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit"), lambda: widget.editItem(item))
        move = menu.addMenu(self.tr("Move to"))
        for category in NoteCategory:
            if category is not note.category:
                move.addAction(category_name(category), partial(self.recategorise, note, category))
        boxes = menu.addMenu(self.tr("Move to time box"))
        for info in self.runner.boxes:
            if info.timebox_index != note.timebox_index:
                name = where_label(self.runner.script, info.timebox_index)
                boxes.addAction(name, partial(self.move_to_box, note, info.timebox_index))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete"), lambda: self.delete(note))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        menu.exec(widget.viewport().mapToGlobal(pos))
