"""Small building blocks shared by the pages: styled labels, card frames, error boxes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)


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
    """Show a StoreError / VisionFileError message as is: it is already calm Dutch."""
    QMessageBox.warning(parent, title, str(error))


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor for work that takes seconds (VACUUM, backups), always restored."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class WrappingItemDelegate(QStyledItemDelegate):
    """List items that wrap at the list's width, check box included (Qt's own hint measures one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
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
