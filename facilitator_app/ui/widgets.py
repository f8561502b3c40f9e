"""Small building blocks shared by the pages: styled labels, card frames, error boxes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMessageBox, QScrollArea, QToolButton, QWidget


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
