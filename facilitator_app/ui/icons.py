"""Line icons from assets/icons, tinted with the palette's text colour.

The SVGs are drawn in black; tinting at load time keeps them readable in a
dark palette without shipping a second set. Each icon renders a size and mode
only when Qt first asks for it (:class:`_TintedEngine`), not all sizes up
front: the window shows a handful at start, and rendering every icon at every
size before the first paint cost ~14 ms (``benchmarks/bench_startup.py``).
The SVG itself is drawn by Qt's own SVG icon engine (``QIcon(path)``), so the
QtSvg Python module (~20 ms to import) is not loaded at all.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from .. import resources

SIZES = (16, 20, 24, 32, 48, 64, 96)  # the sizes offered, up to 96 px so 200 % scaling stays sharp


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
    return QIcon(_TintedEngine(name, color, disabled_color))


class _TintedEngine(QIconEngine):
    """One tinted SVG; each (size, disabled or not) is rendered on first use and kept."""

    def __init__(self, name: str, color: str, disabled_color: str) -> None:
        super().__init__()
        self.name = name
        self.color = color
        self.disabled_color = disabled_color
        self._source: QIcon | None = None
        self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}

    def _tint(self, mode: QIcon.Mode) -> str:
        return self.disabled_color if mode == QIcon.Mode.Disabled else self.color

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), disabled)
        cached = self._pixmaps.get(key)
        if cached is None:
            if self._source is None:
                self._source = QIcon(str(resources.icons_dir() / f"{self.name}.svg"))
            cached = _tinted(self._source, size, QColor(self._tint(mode)))
            self._pixmaps[key] = cached
        return cached

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap = self.pixmap(size, mode, state)
        painter.drawPixmap(rect, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in SIZES]

    def clone(self) -> QIconEngine:
        return _TintedEngine(self.name, self.color, self.disabled_color)

    def key(self) -> str:
        return "facilitator-tinted-svg"

    def isNull(self) -> bool:
        return False


def _tinted(source: QIcon, size: QSize, color: QColor) -> QPixmap:
    if size.isEmpty():  # a collapsed button asks for 0 x 0: nothing to paint on
        return QPixmap()
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    source.paint(painter, QRect(0, 0, size.width(), size.height()))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), color)
    painter.end()
    return pixmap
