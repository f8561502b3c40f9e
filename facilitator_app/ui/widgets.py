"""Small building blocks shared by the pages: styled labels, card frames, error boxes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QWidget,
)

from ..privatefiles import OwnFileError, refuse_own_file, write_private_bytes
from .labels import error_text

W = TypeVar("W", bound=QWidget)


def content(widget: W) -> W:
    """Mark ``widget`` as showing card content, the draaiboek or the user's own data.

    That text is Dutch in either language by design; the English-mode test
    (tests/ui/test_english_mode.py) skips such a widget and what it holds.
    """
    widget.setProperty("content", True)
    return widget


# On an item of a tree or list: this column's tooltip is content (see :func:`content`).
CONTENT_TIP = Qt.ItemDataRole.UserRole + 99


def label(text: str = "", role: str = "", *, wrap: bool = False, selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def action_button(
    action: QAction, name: str, style: Qt.ToolButtonStyle = Qt.ToolButtonStyle.ToolButtonIconOnly
) -> QToolButton:
    """A tool button that mirrors ``action`` (text, icon, enabled state), named for tests."""
    button = QToolButton()
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(style)
    return button


def chip(text: str, *, quiet: bool = False) -> QLabel:
    widget = label(text, "chipQuiet" if quiet else "chip")
    widget.setSizePolicy(widget.sizePolicy().horizontalPolicy(), widget.sizePolicy().verticalPolicy())
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


def card_frame(role: str = "card") -> QFrame:
    frame = QFrame()
    frame.setProperty("role", role)
    return frame


def scroll_area(content: QWidget) -> QScrollArea:
    content.setObjectName("scrollContent")
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def show_error(parent: QWidget | None, title: str, error: Exception) -> None:
    """Show a refusal in the user's language (see :func:`.labels.error_text`)."""
    QMessageBox.warning(parent, title, error_text(error))


def refused_as_own_file(parent: QWidget | None, title: str, path: Path) -> bool:
    """True, after saying so, when ``path`` (from a save dialog) is the database, a journal or a backup."""
    try:
        refuse_own_file(path)
    except OwnFileError as error:
        show_error(parent, title, error)
        return True
    return False


def save_private_file(parent: QWidget | None, title: str, target: Path, render: Callable[[], bytes]) -> bool:
    """Render and write ``target`` readable by the user only; True when saved.

    A file that cannot be written is explained (choose another folder), after
    the wait cursor is gone; other errors of ``render`` reach the caller.
    """
    try:
        with busy_cursor():
            write_private_bytes(target, render())
    except OSError as error:
        text = QCoreApplication.translate(
            "Widgets", "The file could not be written (%1). Choose another folder."
        ).replace("%1", error.strerror or str(error))
        show_error(parent, title, OSError(text))
        return False
    return True


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor for work that takes seconds (VACUUM, backups), always restored."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class WrappingItemDelegate(QStyledItemDelegate):
    """Items that wrap at the width they have, check box included (Qt's own hint measures one line).

    In a list that is the list's width; in a tree or table, the item's column.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        if isinstance(view, QTreeView):
            column = view.header().sectionSize(index.column())
            base = super().sizeHint(option, index)
            rect = QFontMetrics(opt.font).boundingRect(
                QRect(0, 0, max(column - 12, 40), 100_000), int(Qt.TextFlag.TextWordWrap), str(opt.text)
            )
            return QSize(base.width(), max(base.height(), rect.height() + 6))
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 240
        style = view.style() if isinstance(view, QWidget) else QApplication.style()
        indicator = 0
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        text_width = max(width - 20 - indicator, 60)
        rect = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, text_width, 100_000), int(Qt.TextFlag.TextWordWrap), str(opt.text)
        )
        return QSize(width - 4, max(rect.height(), opt.fontMetrics.height()) + 8)


def wrap_tree_rows(tree: QTreeView) -> None:
    """Rows as tall as their longest wrapped cell, measured again whenever a column changes width."""
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setItemDelegate(WrappingItemDelegate(tree))
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())


class _HeightFitter(QObject):
    """Keeps a text field as tall as its wrapped text, refitting when the text or the width changes."""

    def __init__(self, edit: QPlainTextEdit, min_lines: int, max_lines: int) -> None:
        # A child of the viewport it watches, so it goes when the viewport goes.
        super().__init__(edit.viewport())
        self.edit, self.min_lines, self.max_lines = edit, min_lines, max_lines
        # The document, not the field: a field filled with its signals blocked must fit too.
        edit.document().contentsChanged.connect(self.fit)
        edit.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        edit = self.edit
        metrics = edit.fontMetrics()
        # A few pixels short of the document's own width: it wraps a little earlier than the metrics do.
        width = max(edit.viewport().width() - 2 * int(edit.document().documentMargin()) - 8, 40)
        text = edit.toPlainText() or " "
        height = metrics.boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        lines = max(self.min_lines, min(self.max_lines, -(-height // metrics.lineSpacing())))
        edit.setFixedHeight(metrics.lineSpacing() * lines + 14)


def fit_height_to_text(edit: QPlainTextEdit, min_lines: int, max_lines: int = 14) -> None:
    """Let a text field grow with its text (wrapped lines too), between ``min_lines`` and ``max_lines``."""
    _HeightFitter(edit, min_lines, max_lines)
