"""Dutch dates have one home (core/dutch_words.py, re-exported by core/dutch.py): the PDFs and the backup list read them from there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import facilitator_app
from facilitator_app.core.dutch import MONTHS, dutch_date
from facilitator_app.store.backup import BackupInfo

SOURCE = Path(facilitator_app.__file__).parent


def test_dutch_date_names_every_month() -> None:
    assert [dutch_date(dt.date(2025, month, 1)) for month in (1, 3, 12)] == [
        "1 januari 2025",
        "1 maart 2025",
        "1 december 2025",
    ]
    assert len(MONTHS) == 12


def test_pdf_and_backups_use_the_one_rule() -> None:
    moment = dt.datetime(2025, 10, 14, 13, 5).astimezone()
    info = BackupInfo(Path("x.sqlite3"), moment.astimezone(dt.UTC), "start", 1)
    assert info.when() == "14 oktober 2025, 13:05"


def test_the_month_names_are_written_once() -> None:
    homes = [
        path.relative_to(SOURCE).as_posix()
        for path in SOURCE.rglob("*.py")
        if '"september"' in path.read_text(encoding="utf-8")
    ]
    assert homes == ["core/dutch_words.py"]
