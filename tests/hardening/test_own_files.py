"""Output the user names never overwrites the app's own files: the database, its journals, a backup.

Before, ``print record … -o <db>``, ``overview -o <db>`` and ``decks export … -o <db>`` exited 0 and
replaced the database with a PDF or a deck file. Every writer of user-chosen output goes through
``privatefiles.refuse_own_file``; links are resolved, so a link to the database is refused too.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store, StoreError, backup
from tests.cli_runner import CliResult, run_db

from .conftest import fill


def cli(db: Path, *args: str) -> CliResult:
    return run_db(db, *args, check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def intact(db: Path) -> None:
    """Still a sound database with the school in it."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            connection.execute("SELECT count(*) FROM schools WHERE name = 'De Vlinderhof'").fetchone()[0] == 1
        )


@pytest.fixture
def filled(tmp_path: Path, catalogue: Catalogue) -> tuple[Path, str, Path]:
    """A database with a finished session and one backup; returns (database, session id, backup)."""
    db = tmp_path / "data" / "facilitator.sqlite3"
    with Store.open(db, catalogue) as store:
        _, session_id = fill(store)
        made = backup.make_backup(store, "handmatig")
    return db, session_id, made


@pytest.mark.fault
def test_output_over_the_database_its_journal_or_a_backup_is_refused(filled: tuple[Path, str, Path]) -> None:
    db, session_id, made = filled
    link = db.parent / "verslag.pdf"
    link.symlink_to(db)
    archive_link = db.parent / "alles.fapp"
    archive_link.symlink_to(db)
    attempts = {
        "print record": ("print", "record", session_id[:8], "-o", str(db)),
        "print record (link)": ("print", "record", session_id[:8], "-o", str(link)),
        "overview": ("overview", "-o", str(db)),
        "print overview": ("print", "overview", "-o", str(db.parent / "." / db.name)),
        "decks export": ("decks", "export", "inspiratie", "-o", str(db)),
        "decks export over the journal": ("decks", "export", "inspiratie", "-o", f"{db}-wal"),
        "print record over a backup": ("print", "record", session_id[:8], "-o", str(made)),
        "export (link)": ("export", "-o", str(archive_link)),
        "print cards": ("print", "cards", "-o", str(db)),
    }
    before = {path: digest(path) for path in (db, made)}
    for what, args in attempts.items():
        result = cli(db, *args)
        assert result.returncode == 1, (what, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, what
        assert "van de app; daar wordt niets overheen geschreven" in result.stderr, (what, result.stderr)
        assert "Kies een andere bestandsnaam of map" in result.stderr
        intact(db)
    assert digest(made) == before[made]
    assert not list(db.parent.glob(".*.part"))  # no temporary left behind
    # A name beside the database is fine.
    assert (
        cli(db, "print", "record", session_id[:8], "-o", str(db.parent / "verslag-echt.pdf")).returncode == 0
    )


@pytest.mark.fault
def test_the_save_dialog_refuses_the_database_with_a_dutch_message(
    filled: tuple[Path, str, Path], catalogue: Catalogue, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator_app.ui.record_view import RecordView

    db, session_id, _ = filled
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    with Store.open(db, catalogue) as store:
        view = RecordView(store, session_id, ask_path=lambda _suggestion: db)
        qtbot.addWidget(view)
        assert view.print_record() is None
        size = db.stat().st_size
        assert shown and "de database van de app" in shown[0] and "Kies een andere bestandsnaam" in shown[0]
        assert db.stat().st_size == size
        hard = db.parent / "harde-link.pdf"
        os.link(db, hard)  # the same file under another name
        view.ask_path = lambda _suggestion: hard
        assert view.print_record() is None
        assert len(shown) == 2
    intact(db)


@pytest.mark.fault
def test_a_deck_export_on_a_full_disk_leaves_nothing_behind(
    filled: tuple[Path, str, Path], catalogue: Catalogue
) -> None:
    db, _, _ = filled
    target = db.parent / "export" / "kaarten.toml"
    target.parent.mkdir()
    with Store.open(db, catalogue) as store:
        # The file-size limit makes every write past 512 bytes fail, as a full disk does.
        limits = resource.getrlimit(resource.RLIMIT_FSIZE)
        handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (512, limits[1]))
        try:
            with pytest.raises(StoreError, match="kan niet worden geschreven"):
                store.decks.export_file("inspiratie", target)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, limits)
            signal.signal(signal.SIGXFSZ, handler)
    assert list(target.parent.iterdir()) == []  # no half file, no .part
    intact(db)
