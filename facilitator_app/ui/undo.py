"""One undo model for every editor and the session notes: a ``QUndoStack`` of :class:`StoredCommand`.

A command is a *do/undo pair of store operations*, not a before/after snapshot of
the edited theme, deck or map. The editors save what is typed as you go, so
between a change and its undo the user may well have typed in other fields, or
in the very item that moved; putting a snapshot back would wipe that text. An
inverse operation made on what is stored *now* (move that card back, put that
step back where it was) keeps it. The change itself is already stored when the
command is pushed (so a refusal is reported before there is anything to undo);
the first ``redo()``, which ``QUndoStack.push`` calls, does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextDocument, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget

LIMIT = 20  # the editors keep the newest twenty changes
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))

Operation = Callable[[], object]  # a store operation; returns False when it was refused


class StoredCommand(QUndoCommand):
    """A change already written to the store: ``do`` repeats it after an undo, ``undo`` takes it back.

    ``describe`` names the change as it reads *now* (an item renamed since is named by its new
    name). An operation that returns ``False`` was refused; :class:`EditorUndo` then leaves the
    command where it was, so it can be tried again. An operation that raises propagates.
    """

    def __init__(self, describe: Callable[[], str] | str, do: Operation, undo: Operation) -> None:
        self._describe = describe if callable(describe) else (lambda: describe)
        super().__init__(self._describe())
        self._do = do
        self._undo = undo
        self._skip = True  # pushed after the change was stored
        self.refused = False

    def describe(self) -> str:
        self.setText(self._describe())
        return self.text()

    def skip_once(self) -> None:
        """The stack's next call on this command changes nothing (it only moves the stack's index)."""
        self._skip = True

    def _run(self, operation: Operation) -> None:
        if self._skip:
            self._skip = False
            return
        self.refused = operation() is False

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class EditorUndo(QObject):
    """An editor's undo stack with its Undo/Redo buttons and key actions kept up to date.

    The buttons show only when there is something to undo or redo, and their tooltips
    (and the actions') name the change. ``keys_on`` gets the actions: Ctrl+Z, and
    Ctrl+Shift+Z or Ctrl+Y, in ``context`` (the list only, or the whole editor).
    """

    done = Signal(str)  # "Undone: …." / "Redone: …." for the status bar

    def __init__(
        self,
        keys_on: QWidget,
        context: Qt.ShortcutContext,
        names: tuple[str, str],
        limit: int = LIMIT,
    ) -> None:
        super().__init__(keys_on)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(limit)
        self._key = ""
        self.undo_action = self._action(
            self.tr("Undo"), (QKeySequence(QKeySequence.StandardKey.Undo),), context
        )
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = self._action(self.tr("Redo"), REDO_KEYS, context)
        self.redo_action.triggered.connect(self.redo)
        keys_on.addAction(self.undo_action)
        keys_on.addAction(self.redo_action)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName(names[0])
        self.undo_button.clicked.connect(lambda _checked=False: self.undo())
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.redo_button.setObjectName(names[1])
        self.redo_button.clicked.connect(lambda _checked=False: self.redo())
        self.stack.indexChanged.connect(self._index_changed)
        self.refresh()

    def _action(self, text: str, keys: tuple[QKeySequence, ...], context: Qt.ShortcutContext) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(list(keys))
        action.setShortcutContext(context)
        return action

    def buttons(self) -> QWidget:
        """The Undo and Redo buttons side by side, for the editor's layout."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.redo_button)
        return row

    def let_through(self, field: QLineEdit | QPlainTextEdit) -> None:
        """Ctrl+Z (Ctrl+Shift+Z, Ctrl+Y) in ``field`` first undo (redo) its typing; once it has none
        left, the keys reach this history. A text field otherwise keeps those keys for itself."""
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            document = watched.document() if isinstance(watched, QPlainTextEdit) else watched
            if isinstance(document, QLineEdit | QTextDocument) and (
                (pressed in self.undo_action.shortcuts() and not document.isUndoAvailable())
                or (pressed in self.redo_action.shortcuts() and not document.isRedoAvailable())
            ):
                event.ignore()  # not the field's: the shortcut of this history may take it
                return True
        return super().eventFilter(watched, event)

    # --- the stack ------------------------------------------------------------

    def push(self, describe: Callable[[], str] | str, do: Operation, undo: Operation) -> None:
        """Keep the change just stored, with its inverse; a new change drops what could be redone."""
        self.stack.push(StoredCommand(describe, do, undo))

    def follow(self, key: str) -> None:
        """The editor shows ``key`` (a theme, deck or map id) now: another one starts a new history."""
        if key != self._key:
            self._key = key
            self.stack.clear()

    def clear(self) -> None:
        self.stack.clear()

    def _command(self, index: int) -> StoredCommand | None:
        command = self.stack.command(index) if 0 <= index < self.stack.count() else None
        return command if isinstance(command, StoredCommand) else None

    def undo(self) -> bool:
        """Undo the newest change; a refused undo stays where it was, so it can be tried again."""
        command = self._command(self.stack.index() - 1)
        if command is None:
            return False
        what = command.describe()  # named before the undo, which may take the item away
        self.stack.undo()
        if command.refused:
            command.skip_once()
            self.stack.redo()
            return False
        self.done.emit(self.tr("Undone: %1.").replace("%1", what))
        return True

    def redo(self) -> bool:
        """Make the change undone last again; a refused redo stays ready to be tried again."""
        command = self._command(self.stack.index())
        if command is None:
            return False
        self.stack.redo()
        if command.refused:
            command.skip_once()
            self.stack.undo()
            return False
        self.done.emit(self.tr("Redone: %1.").replace("%1", command.describe()))
        return True

    # --- showing --------------------------------------------------------------

    def _index_changed(self, _index: int) -> None:
        if shiboken6.isValid(self.stack):  # not while the editor, and the stack with it, is destroyed
            self.refresh()

    def refresh(self) -> None:
        """Name the change Undo and Redo would make (names follow renames); hide a button with nothing to do."""
        for command, button, action, nothing, named in (
            (
                self._command(self.stack.index() - 1),
                self.undo_button,
                self.undo_action,
                self.tr("Nothing to undo"),
                self.tr("Undo: %1"),
            ),
            (
                self._command(self.stack.index()),
                self.redo_button,
                self.redo_action,
                self.tr("Nothing to redo"),
                self.tr("Redo: %1"),
            ),
        ):
            tip = nothing if command is None else named.replace("%1", command.describe())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip += f" ({keys})"
            button.setToolTip(tip)
            action.setToolTip(tip)
            action.setEnabled(command is not None)
            button.setVisible(command is not None)
