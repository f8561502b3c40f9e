"""The facilitator's window and the command line on one database, walked on a real X server.

With and without a window manager: the command line starts the session the
window shows as planned and stores notes; the window shows the session running,
resumes it with those notes, stores one typed note; afterwards the command line
reads all four and SQLite finds the file sound.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli_runner import run_db
from tests.external import run_driver_on_x_server


@pytest.mark.parametrize("wm", [False, True], ids=["bare-x", "openbox"])
def test_the_window_and_the_command_line_share_a_running_session(tmp_path: Path, wm: bool) -> None:
    seen = run_driver_on_x_server("tests.ui.beside_cli_driver", tmp_path, wm=wm)
    assert seen["status"] == "loopt"
    assert seen["start_button"].replace("&", "") == "Sessie hervatten"
    assert seen["notes_on_screen"] == [f"Vanuit de terminal {n}" for n in (1, 2, 3)]

    database = tmp_path / "facilitator.sqlite3"
    (session,) = json.loads(run_db(database, "sessions", "list", "--json").stdout)
    shown = run_db(database, "sessions", "show", session["id"]).stdout
    assert "Notities (4)" in shown and "Getypt in het venster" in shown
    assert sqlite3.connect(database).execute("PRAGMA integrity_check").fetchone() == ("ok",)
