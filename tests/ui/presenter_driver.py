"""Child process for the presenter placement tests: a session window on the displays Qt was given.

    python -m tests.ui.presenter_driver DATADIR [CHOOSE]

Opens session mode on a fresh database in DATADIR (settings there too), presses
F5 like the facilitator, and prints one JSON line: the displays, the console's
frame and the presenter's screen, geometry and full-screen state. With CHOOSE
(a display number, 1-based) it first picks that display in the window's
"Screen…" menu, as a user does, so a second run shows whether it was kept.
The displays come from the platform: offscreen with a configfile of fake
screens, or a real X server (Xvfb, one display: Qt sees only one of Xvfb's Xinerama heads).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> int:
    choose = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    from facilitator_app.ui.session import SessionWindow
    from tests.ui.driver import settle_until, shown_still, start
    from tests.ui.helpers import plan_print_session

    # Settings carry over between runs (the remembered display); each run has its own database.
    app, store = start(Path(sys.argv[1]), f"run-{time.monotonic_ns()}.sqlite3")
    session_id = plan_print_session(store)
    window = SessionWindow(store, session_id)
    window.move(app.primaryScreen().availableGeometry().topLeft())
    window.show()
    shown_still(app, window)
    if choose:
        window.clock.screen_menu.aboutToShow.emit()
        actions = [a for a in window.clock.screen_menu.actions() if a.isEnabled()]
        chosen = window.clock.screen_menu.actions()[choose - 1]
        assert chosen in actions, "that display is the console's own"
        chosen.trigger()
    window.activateWindow()
    settle_until(app, lambda: QApplication.activeWindow() is window, at_most=1.0)  # reported below
    QTest.keyClick(window.notes.entry, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    shown_still(app, presenter)
    print(
        json.dumps(
            {
                "screens": [[s.name(), *rect(s.geometry())] for s in app.screens()],
                "console": rect(window.frameGeometry()),
                "console_screen": window.screen().name(),
                "presenter": rect(presenter.frameGeometry()),
                "presenter_screen": presenter.screen().name(),
                "full_screen": presenter.isFullScreen(),
                "active": QApplication.activeWindow() is window,
            }
        )
    )
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
