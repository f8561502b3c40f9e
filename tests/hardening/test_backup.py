"""Backups: online API, 0600, rotation, listing with contents, atomic restore."""

from __future__ import annotations

import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, School
from facilitator_app.store import Store
from facilitator_app.store import backup as backups
from facilitator_app.store.errors import BackupError
from facilitator_app.store.settings import set_setting


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM schools"))
    finally:
        conn.close()


def test_backup_is_complete_private_and_listed_with_its_contents(
    filled: tuple[Store, str, str], db_path: Path
) -> None:
    store, _, _ = filled
    made = backups.make_backup(store, "sessie-afgerond")
    assert made.parent == db_path.parent / "backups"
    if sys.platform != "win32":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
    # Written from the open connection, so what sits in the WAL is in the backup.
    assert "De Vlinderhof" in names(made)
    listed = backups.list_backups(made.parent, db_path.stem)
    assert [info.path for info in listed] == [made]
    info = listed[0]
    assert (info.schools, info.sessions, info.notes) == (2, 1, 2)  # the example school + ours
    assert info.reason == "sessie-afgerond"
    assert "2 scholen, 1 sessie, 2 notities" in info.describe()
    assert not list(made.parent.glob("*-wal")) and not list(made.parent.glob(".*"))


def test_startup_backup_is_skipped_within_the_hour(db_path: Path, catalogue: Catalogue) -> None:
    start = datetime(2025, 3, 14, 8, tzinfo=UTC)
    with Store.open(db_path, catalogue) as store:
        assert backups.make_startup_backup(store, now=start) is not None
    with Store.open(db_path, catalogue) as store:
        assert backups.make_startup_backup(store, now=start + timedelta(minutes=20)) is None
        assert backups.make_startup_backup(store, now=start + timedelta(hours=2)) is not None
    assert len(backups.list_backups(db_path.parent / "backups")) == 2


def test_rotation_keeps_the_last_ten_and_one_per_month_for_a_year(store: Store, db_path: Path) -> None:
    now = datetime(2025, 6, 15, 12, tzinfo=UTC)
    # Two a week for 80 weeks back.
    for days in range(558, -1, -3):  # oldest first, as time goes
        backups.make_backup(store, "start", now=now - timedelta(days=days, hours=1))
    kept = backups.list_backups(db_path.parent / "backups", db_path.stem, summaries=False)
    stamps = [info.created for info in kept]
    newest_ten = sorted(stamps, reverse=True)[:10]
    assert stamps[:10] == newest_ten
    months = {(s.year, s.month) for s in stamps[10:]}
    assert len(stamps) == 10 + len(months)
    assert len(months) <= 12
    assert min(stamps) >= datetime(2024, 7, 1, tzinfo=UTC)  # nothing older than twelve months


def test_backups_go_to_the_folder_the_user_chose(store: Store, tmp_path: Path) -> None:
    chosen = tmp_path / "usb-stick" / "kopieën"
    backups.set_backup_folder(store, chosen)
    assert backups.backup_dir(store) == chosen.resolve()
    assert backups.make_backup(store, "handmatig").parent == chosen.resolve()
    backups.set_backup_folder(store, None)
    assert backups.backup_dir(store) == store.path.parent / "backups"  # type: ignore[union-attr]


@pytest.mark.fault
def test_backup_folder_that_cannot_be_made_gives_a_calm_message(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand, geen map")
    with pytest.raises(BackupError, match="kan niet worden aangemaakt"):
        backups.set_backup_folder(store, blocker / "sub")
    set_setting(store, backups.BACKUP_FOLDER_SETTING, str(blocker / "sub"))
    with pytest.raises(BackupError, match="Kies een andere map"):
        backups.make_backup(store, "start")
    assert store.schools.all()  # the database itself is fine


def test_restore_keeps_the_current_file_aside_and_swaps_atomically(
    filled: tuple[Store, str, str], db_path: Path, catalogue: Catalogue
) -> None:
    store, school_id, _ = filled
    made = backups.make_backup(store, "start")
    store.schools.add(School(name="Na de kopie"))
    store.close()
    aside = backups.restore_backup(made, db_path)
    assert aside is not None and aside.name.startswith("facilitator.replaced-")
    assert "Na de kopie" in names(aside)  # nothing is lost: the replaced file is kept
    with Store.open(db_path, catalogue) as restored:
        assert {s.name for s in restored.schools.all()} >= {"De Vlinderhof"}
        assert "Na de kopie" not in {s.name for s in restored.schools.all()}
        assert len(restored.sessions.notes(restored.sessions.for_school(school_id)[0].id)) == 2
    if sys.platform != "win32":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


@pytest.mark.fault
def test_a_damaged_backup_is_not_restored(store: Store, db_path: Path) -> None:
    made = backups.make_backup(store, "start")
    store.close()
    data = bytearray(made.read_bytes())
    data[0:100] = b"\0" * 100
    made.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match="zelf beschadigd"):
        backups.restore_backup(made, db_path)
    assert db_path.read_bytes() == before
    assert backups.newest_good_backup(db_path) is None
