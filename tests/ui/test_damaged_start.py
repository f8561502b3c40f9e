"""A session stored with bad values never stops the app from starting (issue 12, item 5).

A real database holds a genuine running session and, started later (so it
would be offered first), a running session whose script is not a script. The
app starts, offers the genuine session, names the damaged one in the status
bar, and its pages open.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app import app as app_module
from facilitator_app.core.models import Catalogue
from facilitator_app.core.sessions import Session
from facilitator_app.store import Store
from facilitator_app.ui.main_window import SESSIONS, MainWindow
from facilitator_app.ui.resume_dialog import ResumeSessionDialog

from .test_app import close_all_when_shown, running_session, when_shown

BAD_VALUES = [
    ("sessions", "script", '"hallo"'),
    ("sessions", "script", "geen json"),
    ("sessions", "planned_start", "25:99"),
    ("timebox_runs", "spent_seconds", float("inf")),
]


def broken_running_session(store: Store, table: str, column: str, value: object) -> str:
    school_id = store.schools.find("De Kempen").id
    session = store.sessions.plan(
        Session(
            school_id=school_id,
            title="Kapotte sessie",
            date="2025-03-15",
            planned_start="09:00",
            theme_id="professionaliseren",
        )
    )
    store.sessions.start(session.id)
    if table == "timebox_runs":
        store.db.execute(
            "INSERT INTO timebox_runs (session_id, timebox_index, planned_minutes, planned_start, planned_end, "
            "actual_start, actual_end, skipped, spent_seconds) VALUES (?, 0, 5, 0, 300, 0, NULL, 0, 0)",
            [session.id],
        )
    key = "id" if table == "sessions" else "session_id"
    store.db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", [value, session.id])
    # Started after the genuine one: it would be offered first.
    store.db.execute(
        "UPDATE sessions SET started_at = '2099-01-01T00:00:00+00:00' WHERE id = ?", [session.id]
    )
    store.db.conn.commit()
    return session.id


@pytest.mark.parametrize(("table", "column", "value"), BAD_VALUES, ids=["text", "not-json", "25-99", "inf"])
def test_the_app_starts_and_offers_the_genuine_session(
    qapp: QApplication,
    db_path: Path,
    catalogue: Catalogue,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    column: str,
    value: object,
) -> None:
    boxes: list[str] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text, *_: boxes.append(text))
    with Store.open(db_path, catalogue) as store:
        genuine, _box = running_session(store)
        broken = broken_running_session(store, table, column, value)
    offered: list[str] = []
    status: list[str] = []
    listed: list[bool] = []
    seen: list[QWidget] = []

    def later(dialog: QWidget) -> None:
        assert isinstance(dialog, ResumeSessionDialog)
        offered.append(dialog.session.id)
        try:
            # The window run_gui opened: an earlier test may have left a hidden one behind.
            window = next(
                w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            )
            label = window.statusBar().findChild(QLabel, "damagedSessions")
            status.extend([label.text(), label.toolTip()] if label is not None else [])
            window.show_page(SESSIONS)  # the session list opens with the damaged session in it
            table = window.sessions.table
            for row in range(table.rowCount()):  # selecting each line, the damaged one too, breaks nothing
                table.selectRow(row)
            listed.append(window.sessions.isVisible() and table.rowCount() == 2)
        finally:  # a failed check above must fail the test, not leave the dialog open for ever
            qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
            close_all_when_shown(seen)

    when_shown(ResumeSessionDialog, later)
    # Without the offer (the bug) nothing would close the window: fail after a while instead of hanging.
    QTimer.singleShot(15_000, lambda: [w.close() for w in QApplication.topLevelWidgets() if not offered])
    assert app_module.run_gui(db_path) == 0
    assert offered == [genuine] and broken != genuine
    assert status and "1" in status[0] and "Kapotte sessie" in status[1]
    assert [type(w) for w in seen] == [MainWindow] and listed == [True]
    assert boxes == []  # nothing went wrong loudly
    with closing(sqlite3.connect(db_path)) as conn:  # the damaged row is left as it was, for the user to see
        assert conn.execute("SELECT count(*) FROM sessions WHERE id = ?", (broken,)).fetchone() == (1,)
