"""Icons: rendered only at the sizes and modes Qt asks for, tinted with the palette's text colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from facilitator_app.ui import icons


def inked(pixmap: QPixmap) -> set[str]:
    """The colours of the pixels that are drawn (not transparent)."""
    image = pixmap.toImage()
    return {
        QColor(image.pixelColor(x, y).rgb()).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_an_icon_renders_each_size_on_first_use_in_the_palette_colour(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[QSize] = []
    real = icons._tinted

    def counting(source: QIcon, size: QSize, color: QColor) -> QPixmap:
        rendered.append(size)
        return real(source, size, color)

    monkeypatch.setattr(icons, "_tinted", counting)
    icons._icon.cache_clear()
    icon = icons.icon("calendar")
    assert not icon.isNull() and rendered == []  # nothing drawn before it is shown
    assert QSize(96, 96) in icon.availableSizes()

    normal = icon.pixmap(QSize(24, 24))
    again = icon.pixmap(QSize(24, 24))
    disabled = icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    assert rendered == [QSize(24, 24), QSize(24, 24)]  # one per mode, then kept
    assert normal.size() == QSize(24, 24) and again.cacheKey() == normal.cacheKey()
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    assert inked(normal) == {text} and inked(disabled) == {grey}
