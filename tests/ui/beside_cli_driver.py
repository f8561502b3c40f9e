"""Child process for the real-X walk of the app and the command line on one database (test_beside_cli.py).

    python -m tests.ui.beside_cli_driver DATADIR

The facilitator has the main window open; a colleague's terminal (the command
line, a separate process) starts the planned session and stores three notes.
The window's Sessies page then shows it running; "Sessie hervatten" opens it with
the three notes; one more is typed and stored with Enter; the window closes.
Prints one JSON line with what was seen.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def cli(database: Path, *argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "--db", str(database), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def main() -> int:
    from facilitator_app.core.sessions import NoteCategory
    from facilitator_app.ui.main_window import SESSIONS, MainWindow
    from facilitator_app.ui.session import SessionWindow
    from tests.ui.driver import settle, settle_until, shown_still, start
    from tests.ui.helpers import plan_print_session

    folder = Path(sys.argv[1])
    app, store = start(folder)
    session_id = plan_print_session(store)
    window = MainWindow(store)
    window.show()
    shown_still(app, window)
    window.activateWindow()  # the page keys (Ctrl+2) belong to the active window
    assert settle_until(app, window.isActiveWindow)

    database = folder / "facilitator.sqlite3"
    cli(database, "sessions", "start", session_id)
    for number in (1, 2, 3):
        cli(database, "sessions", "note", "--category", "sterk", session_id, f"Vanuit de terminal {number}")

    seen: dict[str, Any] = {}
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.sessions
    assert settle_until(app, lambda: window.pages.currentIndex() == SESSIONS and page.table.rowCount() == 1)
    page.table.selectRow(0)
    seen["status"] = page.table.item(0, 4).text()
    seen["start_button"] = page.start_button.text()
    QTest.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    session_window = page.windows.get(session_id)
    assert isinstance(session_window, SessionWindow)
    shown_still(app, session_window)
    strengths = session_window.notes.lists[NoteCategory.STRENGTH]
    seen["notes_on_screen"] = [strengths.item(row).text().split("\n")[0] for row in range(strengths.count())]
    entry = session_window.notes.entry
    session_window.activateWindow()
    entry.setFocus()
    QTest.keyClicks(entry, "Getypt in het venster")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    settle(app, 0.3)
    session_window.close()
    window.close()
    settle(app, 0.3)
    store.close()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
