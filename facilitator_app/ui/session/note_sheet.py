"""One of part 3's big sheets: the session's notes of one category, ticked where the decision uses them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.sessions import Note, NoteCategory, OutcomeItem
from ..labels import category_name
from ..widgets import WrappingItemDelegate, label
from .notes_panel import category_colour

NOTE_ID = Qt.ItemDataRole.UserRole
TEXT = Qt.ItemDataRole.UserRole + 1


def set_checkable(widget: QListWidget, on: bool) -> None:
    """Let the user tick (or no longer tick) every item; what is ticked stays ticked."""
    for row in range(widget.count()):
        item = widget.item(row)
        flags = item.flags()
        item.setFlags(
            flags | Qt.ItemFlag.ItemIsUserCheckable if on else flags & ~Qt.ItemFlag.ItemIsUserCheckable
        )


def plain_space(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space and not event.modifiers()


class SpaceTicks(QObject):
    """Space ticks the current item of a check list, as in any list of check boxes.

    In the session window Space would otherwise reach the window-wide
    start/pause key and stop the clock.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(watched, QListWidget)
            and plain_space(event)
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            item = watched.currentItem()
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState() is Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        return super().eventFilter(watched, event)


class NoteSheet(QFrame):
    """The notes of ``category`` as a list of check boxes, with a line to add one below."""

    edited = Signal()  # a tick changed
    add_requested = Signal()  # Enter in the line below the list

    def __init__(self, category: NoteCategory, field: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.field = field
        colour = category_colour(category).name()
        self.setObjectName(f"boardSheet_{category.value}")
        self.setStyleSheet(
            f"#boardSheet_{category.value} {{ border: 2px solid {colour}; border-radius: 10px; }}"
        )
        title = QLabel(category_name(category))
        title.setStyleSheet(f"color: {colour}; font-weight: 700; font-size: 12pt; border: none;")
        hint_label = label(hint, "muted", wrap=True)
        hint_label.setStyleSheet("border: none;")
        self.notes = QListWidget()
        self.notes.setObjectName(f"board_{field}")
        self.notes.setAccessibleName(category_name(category))
        self.notes.setWordWrap(True)
        # Long notes wrap to the sheet's width instead of hiding behind a sideways scroll bar.
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.notes.setItemDelegate(WrappingItemDelegate(self.notes))
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.itemChanged.connect(lambda _item: self.edited.emit())
        self.notes.installEventFilter(SpaceTicks(self.notes))
        self.add = QLineEdit()
        self.add.setObjectName(f"boardAdd_{field}")
        self.add.setPlaceholderText(QCoreApplication.translate("Part3Board", "Add one and press Enter…"))
        self.add.returnPressed.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(title)
        layout.addWidget(hint_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.add)

    def fill(self, notes: list[Note], chosen: tuple[OutcomeItem, ...], where: Callable[[Note], str]) -> None:
        """Show ``notes`` with the ``chosen`` ones ticked; ``where`` says where a note was taken."""
        chosen_ids = {item.note_id for item in chosen if item.note_id}
        known = {note.id for note in notes}
        self.notes.clear()
        for note in notes:
            item = self._item(note.text, note.id)
            item.setToolTip(" · ".join(p for p in (where(note), note.participant) if p))
            item.setCheckState(Qt.CheckState.Checked if note.id in chosen_ids else Qt.CheckState.Unchecked)
            self.notes.addItem(item)
        # Items typed in directly, or whose note has since been deleted, stay as they were decided.
        for extra in chosen:
            if extra.note_id and extra.note_id in known:
                continue
            item = self._item(extra.text, extra.note_id)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setCheckState(Qt.CheckState.Checked)
            self.notes.addItem(item)

    @staticmethod
    def _item(text: str, note_id: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(NOTE_ID, note_id)
        item.setData(TEXT, text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        return item

    def items(self) -> tuple[OutcomeItem, ...]:
        """What is ticked, as the outcome stores it."""
        ticked: list[OutcomeItem] = []
        for row in range(self.notes.count()):
            item = self.notes.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                ticked.append(OutcomeItem(str(item.data(TEXT)), str(item.data(NOTE_ID) or "")))
        return tuple(ticked)

    def set_locked(self, locked: bool) -> None:
        set_checkable(self.notes, not locked)
        self.add.setVisible(not locked)
