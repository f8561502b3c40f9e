"""Render the app icon (assets/icons/facilitator-app.svg) to the freedesktop sizes.

    python packaging/render_icons.py

writes packaging/linux/share/icons/hicolor/<N>x<N>/apps/facilitator-app.png for
the usual sizes and the SVG itself under scalable/. Qt's own SVG renderer does
it, so no other tool is needed; run it again after changing the SVG (the PNGs
are committed: the bundle build then needs no display and no renderer).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "assets" / "icons" / "facilitator-app.svg"
HICOLOR = ROOT / "packaging" / "linux" / "share" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(target: Path = HICOLOR) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = target / f"{size}x{size}" / "apps" / "facilitator-app.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out))
        written.append(out)
    scalable = target / "scalable" / "apps" / "facilitator-app.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    del app
    return [*written, scalable]


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
