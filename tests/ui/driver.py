"""What the child processes of the real-window tests share: settings and a database in one folder."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.store import Store
from facilitator_app.ui import i18n, style


def start(folder: Path, database: str = "facilitator.sqlite3") -> tuple[QApplication, Store]:
    """A Dutch app with its settings and ``database`` in ``folder`` (nothing of the user's is touched)."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder / "settings"))
    app = QApplication(sys.argv[:1])
    i18n.install(app, "nl")
    style.apply(app)
    return app, Store.open(folder / database, load_catalogue(resources.cards_dir()))


def settle_until(app: QApplication, ready: Callable[[], bool], at_most: float = 10.0) -> bool:
    """Run the event loop until ``ready()`` holds (True) or ``at_most`` seconds pass (False)."""
    end = time.monotonic() + at_most
    while not ready():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def shown_still(app: QApplication, widget: QWidget, still: float = 0.25) -> None:
    """Until ``widget`` is on the screen and its frame has not moved for ``still`` seconds
    (a window manager places and decorates a window a moment after it is mapped)."""
    handle = widget.windowHandle()
    assert settle_until(app, lambda: handle is not None and handle.isExposed()), "never shown"
    last, since = widget.frameGeometry(), time.monotonic()

    def placed() -> bool:
        nonlocal last, since
        now = widget.frameGeometry()
        if now != last:
            last, since = now, time.monotonic()
        return time.monotonic() - since >= still

    assert settle_until(app, placed), "still moving"


def settle(app: QApplication, seconds: float) -> None:
    """Let the event loop run for ``seconds``, as time passes for a person looking at the screen."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
