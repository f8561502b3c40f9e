"""Line icons from assets/icons, tinted with the palette's text colour.

The SVGs are drawn in black; tinting at load time keeps them readable in a
dark palette without shipping a second set.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from .. import resources

_SIZES = (16, 20, 24, 32, 48, 64, 96)  # up to 96 px so 200 % scaling stays sharp


def app_icon() -> QIcon:
    """The app's own colour icon (the window, the task bar, About), not tinted."""
    return QIcon(str(resources.icons_dir() / "facilitator-app.svg"))


def icon(name: str) -> QIcon:
    palette = QApplication.palette()
    return _icon(
        name,
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name(),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name(),
    )


@cache
def _icon(name: str, color: str, disabled_color: str) -> QIcon:
    renderer = QSvgRenderer(str(resources.icons_dir() / f"{name}.svg"))
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_tinted(renderer, size, QColor(color)), QIcon.Mode.Normal)
        result.addPixmap(_tinted(renderer, size, QColor(disabled_color)), QIcon.Mode.Disabled)
    return result


def _tinted(renderer: QSvgRenderer, size: int, color: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), color)
    painter.end()
    return pixmap
