"""The undo of an editor's structural changes (add, duplicate, move, delete), newest first.

Each entry knows what it undoes (for the tooltip) and how: an inverse edit
made through the store on what is stored *now*, so text typed after the
change is never lost. Undoing is itself stored at once, like every edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

LIMIT = 20


@dataclass(frozen=True)
class UndoEntry:
    describe: Callable[[], str]  # what it undoes, e.g. "move of “Kaart X”"; read when shown (renames)
    undo: Callable[[], bool]  # the inverse edit through the store; True when it was made


class UndoHistory:
    """A small stack of inverse edits; ``shown`` is told the entry Undo would undo next (or None)."""

    def __init__(self, shown: Callable[[UndoEntry | None], None], limit: int = LIMIT) -> None:
        self._entries: list[UndoEntry] = []
        self._shown = shown
        self._limit = limit

    def __len__(self) -> int:
        return len(self._entries)

    def top(self) -> UndoEntry | None:
        return self._entries[-1] if self._entries else None

    def push(self, entry: UndoEntry) -> None:
        self._entries = [*self._entries, entry][-self._limit :]
        self.refresh()

    def clear(self) -> None:
        self._entries = []
        self.refresh()

    def undo(self) -> bool:
        """Undo the newest change; a refused undo stays on the stack, so it can be tried again."""
        entry = self.top()
        if entry is None or not entry.undo():
            return False
        if self._entries and self._entries[-1] is entry:
            self._entries.pop()
        self.refresh()
        return True

    def refresh(self) -> None:
        self._shown(self.top())


def show_undo(entry: UndoEntry | None, button: QAbstractButton, action: QAction | None = None) -> None:
    """The Undo button (and its key's action) name what they would undo; the button hides when nothing."""
    if entry is None:
        tip = QCoreApplication.translate("UndoHistory", "Nothing to undo")
    else:
        tip = QCoreApplication.translate("UndoHistory", "Undo: %1").replace("%1", entry.describe())
    if action is not None and not action.shortcut().isEmpty():
        tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    button.setToolTip(tip)
    if action is not None:
        action.setToolTip(tip)
    button.setVisible(entry is not None)
