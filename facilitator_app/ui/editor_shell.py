"""The page shell the three content editors share: themes (the draaiboek), card decks and scenario maps.

Each page shows one item at a time, picked in a chooser; a status chip says whether it is built-in
(read-only) or the user's own (editable); "Make your own copy" turns a built-in item into an own
one; the Edit tab is there only for own content; a pending edit is saved before anything else
happens (another item chosen, the tab switched, the page left, the store read by someone else).
:class:`EditorShell` does all of that once; a page builds its own view and editor, places the
shell's widgets, and draws an item when the shell tells it to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPushButton, QTabWidget, QWidget

from ..core.edit_errors import Content
from ..store import Store, StoreError
from .changes import StoreChanges, subscribe
from .icons import icon
from .widgets import chip, show_error

C = TypeVar("C", bound=Content)
ID_ROLE = Qt.ItemDataRole.UserRole
EDIT_TAB = 1


def list_action(
    owner: QObject,
    text: str,
    keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str,
    slot: Callable[[], None],
    tip: str = "",
) -> QAction:
    """A key of an editor's list (cards, scenarios): only while the list has focus, since the same
    keys mean something else in a text field. The tooltip names the key."""
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or text.replace('&', '')} ({shortcut})")
    action.triggered.connect(slot)
    return action


def is_own(item: Content | None) -> bool:
    """The read-only guard of every editor: only the user's own content is edited, never a built-in."""
    return item is not None and item.builtin is None


class Library(Protocol[C]):
    """The repository of one kind of content, as far as the shell needs it."""

    def all(self) -> list[C]: ...
    def get(self, id_or_key: str) -> C: ...
    def copy(self, id_or_key: str, title: str | None = None) -> C: ...


@dataclass(frozen=True)
class ShellTexts:
    """What differs in words between the three pages (translated by the page)."""

    title: str  # heading of an error message, e.g. "Themes"
    chooser: str  # what the chooser is called for a screen reader, e.g. "Theme"
    own: str  # the status of an own item, e.g. "own copy · editable"
    copy_tip: str  # why a copy, e.g. "The built-in script cannot be changed; a copy of your own can."
    copied: str  # after the copy, with %1 for its title, e.g. "“%1” is ready: you can edit its script."


@dataclass(frozen=True)
class ShellNames:
    """Object names for tests and style sheets, and which store changes the page shows."""

    chooser: str
    status: str
    copy: str
    changes: str  # the StoreChanges field, e.g. "themes"


class ComboChooser(QComboBox):
    """A combo box of items; hidden while there is only one to choose."""

    chosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.currentIndexChanged.connect(lambda _index: self.chosen.emit())

    def fill(self, entries: Sequence[tuple[str, str]], keep: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        for item_id, text in entries:
            self.addItem(text, item_id)
        self.setCurrentIndex(max(0, self.findData(keep)))
        self.blockSignals(False)
        self.setVisible(len(entries) > 1)

    def current_id(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def ids(self) -> list[str]:
        return [str(self.itemData(index)) for index in range(self.count())]

    def rename(self, item_id: str, text: str) -> None:
        index = self.findData(item_id)
        if index >= 0:
            self.setItemText(index, text)


class ListChooser(QListWidget):
    """A list of items with an icon, each line as long as it needs (a deck's title and card count)."""

    chosen = Signal()

    def __init__(self, item_icon: QIcon) -> None:
        super().__init__()
        self._icon = item_icon
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.currentItemChanged.connect(lambda _item, _previous: self.chosen.emit())

    def fill(self, entries: Sequence[tuple[str, str]], keep: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        current: QListWidgetItem | None = None
        for item_id, text in entries:
            item = QListWidgetItem(self._icon, text)
            item.setData(ID_ROLE, item_id)
            self.addItem(item)
            if item_id == keep or current is None:
                current = item
        if current is not None:
            self.setCurrentItem(current)
        self.blockSignals(False)

    def current_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def ids(self) -> list[str]:
        return [str(self.item(row).data(ID_ROLE)) for row in range(self.count())]

    def rename(self, item_id: str, text: str) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE) == item_id:
                item.setText(text)


class EditorShell(QObject, Generic[C]):
    """Chooser, status, own copy, read-only guard and Edit tab of one content page.

    ``show(item)`` draws the chosen item (None: there is none); it starts with :meth:`present`,
    which sets the chrome and says whether the item may be edited. ``flush()`` saves the
    editor's pending edit; ``redraw(item)`` refreshes the view when the user comes back from
    the Edit tab (optional). ``open_editor``: an own item opens on the Edit tab.
    """

    message = Signal(str)  # a line for the status bar

    def __init__(
        self,
        page: QWidget,
        store: Store,
        library: Library[C],
        chooser: ComboChooser | ListChooser,
        tabs: QTabWidget,
        texts: ShellTexts,
        names: ShellNames,
        *,
        show: Callable[[C | None], None],
        flush: Callable[[], object],
        describe: Callable[[C], str] | None = None,
        redraw: Callable[[C], None] | None = None,
        open_editor: bool = False,
    ) -> None:
        super().__init__(page)
        self.page, self.library, self.chooser, self.tabs = page, library, chooser, tabs
        self.texts, self._show, self._flush, self._redraw = texts, show, flush, redraw
        self._describe = describe or (lambda item: item.title)
        self._open_editor = open_editor
        self.item: C | None = None
        chooser.setObjectName(names.chooser)
        chooser.setAccessibleName(texts.chooser)
        chooser.chosen.connect(self._chosen)
        self.status_chip = chip("")
        self.status_chip.setObjectName(names.status)
        self.copy_button = QPushButton(icon("copy"), self.tr("Make your own &copy"))
        self.copy_button.setObjectName(names.copy)
        self.copy_button.setToolTip(texts.copy_tip)
        self.copy_button.clicked.connect(lambda _checked=False: self.copy())
        tabs.currentChanged.connect(self._tab_changed)
        page.installEventFilter(self)  # leaving the page, or closing the window, keeps the last edit
        # Another window or dialog changed this kind of content: show it as stored now.
        subscribe(page, store, self._store_changed, on_flush=flush)
        self._changes = names.changes

    # --- choosing -------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        """Read the items again and show ``select_id`` (or the one shown, or the first)."""
        self._flush()
        keep = select_id or (self.item.id if self.item else None)
        try:
            items = self.library.all()
        except StoreError as error:
            show_error(self.page, self.texts.title, error)
            return
        self.chooser.fill([(item.id, self._describe(item)) for item in items], keep)
        chosen = self.chooser.current_id()
        self._show(next((item for item in items if item.id == chosen), None))

    def _chosen(self) -> None:
        self._flush()
        chosen = self.chooser.current_id()
        try:
            item = self.library.get(chosen) if chosen else None
        except StoreError as error:
            show_error(self.page, self.texts.title, error)
            return
        self._show(item)

    def present(self, item: C | None) -> bool:
        """Show the status, copy button and Edit tab that fit ``item``; True when it may be edited."""
        self.item = item
        editable = is_own(item)
        self.copy_button.setVisible(item is not None and not editable)
        self.status_chip.setVisible(item is not None)
        self.status_chip.setText(self.texts.own if editable else self.tr("built-in · read-only"))
        self.tabs.setTabVisible(EDIT_TAB, editable)
        if self._open_editor:
            self.tabs.setCurrentIndex(EDIT_TAB if editable else 0)
        return editable

    def renamed(self, item: C) -> None:
        """The editor stored ``item`` under a new title: the chooser names it so."""
        self.item = item
        self.chooser.rename(item.id, self._describe(item))

    def own_item(self) -> C | None:
        """The shown item with its pending edit saved, when it is the user's own; else None."""
        self._flush()
        return self.item if is_own(self.item) else None

    # --- own copy -------------------------------------------------------------

    def copy(self) -> C | None:
        """Make an own copy of the shown item and show it, on its Edit tab."""
        self._flush()
        if self.item is None:
            return None
        try:
            copy = self.library.copy(self.item.id)
        except StoreError as error:
            show_error(self.page, self.tr("Make your own copy"), error)
            return None
        self.reload(select_id=copy.id)
        self.tabs.setCurrentIndex(EDIT_TAB)
        self.message.emit(self.texts.copied.replace("%1", copy.title))
        return copy

    # --- keeping edits ----------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        self._flush()
        if index == 0 and self._redraw is not None and is_own(self.item):
            assert self.item is not None
            self._redraw(self.item)  # the view shows the latest edit

    def _store_changed(self, changes: StoreChanges, _initiator: object) -> None:
        if getattr(changes, self._changes):
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Hide:
            self._flush()
        return super().eventFilter(watched, event)
