"""One store-change signal that pages subscribe to (modelled on Anki's ``OpChanges`` and
``gui_hooks.operation_did_execute``).

Whoever changes the store from the UI says what kind of data changed with
:func:`announce`; every widget showing that data has called :func:`subscribe`
and redraws what it shows. No page reaches into another: the sessions page does
not know the schools page exists, and a session window finishing a session does
not know who shows its school's history.

:func:`flush_edits` is the step before: a widget holding an edit not yet saved
(the school's fields) saves it now, so an operation that reads or rewrites the
whole store (export, erase, back-up) sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..store import Store


@dataclass(frozen=True)
class StoreChanges:
    """What kind of data an operation changed; a subscriber redraws only what it shows of it."""

    schools: bool = False
    sessions: bool = False  # planned, edited, deleted, started, finished, amended
    notes: bool = False  # notes and decisions of a session
    themes: bool = False
    decks: bool = False
    scenarios: bool = False
    backups: bool = False

    @classmethod
    def everything(cls) -> StoreChanges:
        """After an import, an erasure, a restore: all of it may differ."""
        return cls(**{field.name: True for field in fields(cls)})

    def __or__(self, other: StoreChanges) -> StoreChanges:
        return StoreChanges(
            **{field.name: getattr(self, field.name) or getattr(other, field.name) for field in fields(self)}
        )


class _Hub(QObject):
    """The app's one change signal; the store travels along, so windows on another store ignore it."""

    changed = Signal(object, object, object)  # Store, StoreChanges, the initiator (or None)
    flush_requested = Signal(object)  # Store


def _hub() -> _Hub:
    app = QCoreApplication.instance()
    assert app is not None, "store changes need the QApplication"
    hub = app.findChild(_Hub, "storeChanges")
    if hub is None:
        hub = _Hub(app)
        hub.setObjectName("storeChanges")
    return hub


class _Subscription(QObject):
    """Lives as a child of the subscriber, so the connection ends when the subscriber is deleted."""

    def __init__(
        self,
        owner: QObject,
        store: Store,
        on_change: Callable[[StoreChanges, object], None] | None,
        on_flush: Callable[[], object] | None,
    ) -> None:
        super().__init__(owner)
        self.owner, self.store, self.on_change, self.on_flush = owner, store, on_change, on_flush
        hub = _hub()
        hub.changed.connect(self._changed)
        hub.flush_requested.connect(self._flush)

    def _changed(self, store: Store, changes: StoreChanges, initiator: object) -> None:
        # The initiator already shows what it did (Anki's rule): redrawing it would lose its state.
        if store is self.store and initiator is not self.owner and self.on_change is not None:
            self.on_change(changes, initiator)

    def _flush(self, store: Store) -> None:
        if store is self.store and self.on_flush is not None:
            self.on_flush()


def subscribe(
    owner: QObject,
    store: Store,
    on_change: Callable[[StoreChanges, object], None] | None = None,
    *,
    on_flush: Callable[[], object] | None = None,
) -> None:
    """Call ``on_change(changes, initiator)`` after every change of ``store`` announced by
    someone other than ``owner``, and ``on_flush()`` when :func:`flush_edits` asks, until
    ``owner`` is deleted."""
    _Subscription(owner, store, on_change, on_flush)


def announce(store: Store, changes: StoreChanges, initiator: object = None) -> None:
    """Tell every subscriber of ``store`` that ``changes`` happened (call it on the GUI thread)."""
    _hub().changed.emit(store, changes, initiator)


def flush_edits(store: Store) -> None:
    """Ask every widget holding an unsaved edit of ``store`` to save it now."""
    _hub().flush_requested.emit(store)
