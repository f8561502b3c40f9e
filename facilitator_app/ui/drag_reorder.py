"""Drag-and-drop reordering of a list whose order belongs to the store.

Qt's InternalMove gives the native feel (drop indicator, the row moves with
the mouse); when Qt has moved the row in the view's own model, the move is
handed to the page as ``reorder(from_row, to_row)``, which stores it with the
same call as the move buttons and then rebuilds the list from what was
stored. So the store, not the view's model, decides the order: a refused
move simply shows the stored order again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget


def enable_drag_reorder(
    view: QListWidget, prepare: Callable[[], object], reorder: Callable[[int, int], None]
) -> None:
    """Prepare ``view`` for reordering by drag; off until ``set_drag_reorder`` switches it on.

    ``prepare`` runs before Qt touches the rows (save a pending edit of the
    current row while its index still means what it did); ``reorder`` gets the
    old and the new row of the moved item.
    """
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDropIndicatorShown(True)
    view.setDragDropOverwriteMode(False)
    model = view.model()

    def about_to_move(*_args: object) -> None:
        prepare()
        # The current row follows the item; nobody may act on it before the store has the new order.
        view.blockSignals(True)

    def moved(
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        view.blockSignals(False)
        # ``row`` is where the rows were inserted, counted before they were taken out.
        target = row if row < start else row - (end - start + 1)
        if target != start:
            reorder(start, target)

    model.rowsAboutToBeMoved.connect(about_to_move)
    model.rowsMoved.connect(moved)
    set_drag_reorder(view, False)


def set_drag_reorder(view: QListWidget, enabled: bool) -> None:
    """Allow dragging rows to reorder them (own decks and maps) or not (built-in ones)."""
    mode = (
        QAbstractItemView.DragDropMode.InternalMove if enabled else QAbstractItemView.DragDropMode.NoDragDrop
    )
    view.setDragDropMode(mode)
