"""Child process for the real-X test of the finish confirmation (see test_session_end.py).

    python -m tests.ui.confirm_driver DATADIR

Opens a decided session on the part-3 board in Dutch, clicks "Sessie afronden…"
like a user, grabs the confirmation's pixels from the screen as the X server
shows them, answers "Nog niet", and prints one JSON line with what was seen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox


def main() -> int:
    from facilitator_app.core.sessions import SessionStatus
    from facilitator_app.ui.session import SessionWindow
    from tests.ui.driver import settle, start
    from tests.ui.helpers import decide, message_box_paint, plan_print_session

    app, store = start(Path(sys.argv[1]))
    session_id = plan_print_session(store)
    decide(store, session_id)
    window = SessionWindow(store, session_id)
    window.show()
    settle(app, 0.5)
    window.activateWindow()
    settle(app, 0.3)
    QTest.keyClick(window.notes.entry, Qt.Key.Key_Space)  # start
    QTest.keyClick(window.notes.entry, Qt.Key.Key_F7)  # the board
    settle(app, 0.5)
    seen: dict[str, Any] = {}

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, look)
            return
        box = boxes[0]
        settle(app, 1.0)  # what a person sees a second after clicking
        frame, inner = box.frameGeometry(), box.geometry()
        pixels = box.screen().grabWindow(0, inner.x(), inner.y(), inner.width(), inner.height())
        seen["paint"] = message_box_paint(box, pixels.toImage())
        seen["frame"] = [frame.x(), frame.y(), frame.width(), frame.height()]
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, look)
    QTest.mouseClick(window.board.finish_button, Qt.MouseButton.LeftButton)
    seen["finished"] = store.sessions.get(session_id).status is SessionStatus.FINISHED
    print(json.dumps(seen))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
