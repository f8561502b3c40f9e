"""The database file itself: empty, a device, too new, too open, and the checks that guard it."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, School
from facilitator_app.store import Store, files, integrity
from facilitator_app.store import backup as backups
from facilitator_app.store.errors import DatabaseCorruptError, DatabaseTooNewError, StoreError, classify
from tests.cli_runner import CliResult, run_db

from .conftest import fill


def cli(db_path: Path, *args: str) -> CliResult:
    return run_db(db_path, *args, check=False)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.fault
def test_an_empty_database_file_is_refused_and_the_newest_backup_offered(
    db_path: Path, catalogue: Catalogue
) -> None:
    with Store.open(db_path, catalogue) as store:
        fill(store)
        good = backups.make_backup(store, "start")
    db_path.write_bytes(b"")  # a sync client or a full disk left nothing
    with pytest.raises(DatabaseCorruptError) as raised:
        Store.open(db_path, catalogue)
    assert "leeg (0 bytes" in str(raised.value) and "reservekopie" in str(raised.value)
    assert db_path.stat().st_size == 0
    assert not files.sqlite_side(db_path, "-wal").exists()
    offered = backups.newest_good_backup(db_path)
    assert offered is not None and offered.path == good
    result = cli(db_path, "sessions", "list")
    assert result.returncode == 1
    assert "Nog geen sessies" not in result.stdout
    assert (
        "leeg (0 bytes" in result.stderr and str(good) in result.stderr and "backups restore" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert db_path.stat().st_size == 0  # still nothing built on top of it
    restored = cli(db_path, "backups", "restore", str(good))
    assert restored.returncode == 0, restored.stderr
    with Store.open(db_path, catalogue) as store:
        assert store.schools.all()[0].name == "De Vlinderhof"


def test_an_empty_file_without_backups_is_refused_too(db_path: Path, catalogue: Catalogue) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseCorruptError):
        Store.open(db_path, catalogue)
    assert db_path.stat().st_size == 0


def test_a_new_database_appears_whole(db_path: Path) -> None:
    Store.open(db_path).close()
    assert db_path.stat().st_size > 0
    assert mode(db_path) == 0o600
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")] == []


@pytest.mark.fault
def test_a_device_as_database_gives_a_calm_message() -> None:
    result = cli(Path(os.devnull), "sessions", "list")
    assert result.returncode == 1
    assert "geen databasebestand" in result.stderr and "Traceback" not in result.stderr


def test_extended_result_codes_are_classified(tmp_path: Path) -> None:
    """SQLite reports SQLITE_IOERR_FSYNC (1034) where the base code is IOERR (10)."""
    conn = sqlite3.connect(os.devnull)
    try:
        with pytest.raises(sqlite3.Error) as raised:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE t (x)")
            conn.commit()
    finally:
        conn.close()
    assert raised.value.sqlite_errorcode == 1034
    known = classify(raised.value, Path(os.devnull))
    assert isinstance(known, StoreError) and "kan niet worden geopend" in str(known)


def filled_then_changed(db_path: Path, catalogue: Catalogue, *statements: str) -> None:
    """A filled database, then changed behind the app's back (as another version or a person would)."""
    with Store.open(db_path, catalogue) as store:
        fill(store)
    conn = sqlite3.connect(db_path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.fault
def test_a_newer_database_in_rollback_mode_is_refused_unchanged(db_path: Path, catalogue: Catalogue) -> None:
    filled_then_changed(
        db_path,
        catalogue,
        "PRAGMA journal_mode = DELETE",
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('facilitator_app', '9999_from_the_future', '2030-01-01')",
    )
    integrity.forget(db_path)
    db_path.chmod(0o644)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as raised:
        Store.open(db_path, catalogue)
    assert "niet gewijzigd" in str(raised.value)
    assert db_path.read_bytes() == before  # still in rollback-journal mode: not switched to WAL
    assert mode(db_path) == 0o644  # not even the permissions
    assert not files.sqlite_side(db_path, "-wal").exists()


@pytest.mark.fault
def test_an_existing_database_and_every_copy_are_made_private(db_path: Path, catalogue: Catalogue) -> None:
    # As an older version (or a copy by hand) left it, with a pending migration.
    filled_then_changed(
        db_path,
        catalogue,
        "DELETE FROM _sqlite_migrations WHERE name = '0004_settings'",
        "DROP TABLE settings",
    )
    os.umask(umask := os.umask(0))
    db_path.chmod(0o644)
    with Store.open(db_path, catalogue) as store:
        for side in ("-wal", "-shm"):
            assert mode(files.sqlite_side(db_path, side)) == 0o600, side
        assert mode(db_path) == 0o600
        [before_migration] = db_path.parent.glob("*.before-0004_settings-*")
        assert mode(before_migration) == 0o600
        made = backups.make_backup(store, "start")
        assert mode(made) == 0o600
        store.schools.add(School(name="Na de kopie"))
        db_path.chmod(0o644)  # loosened again while open: the restore's kept file is private all the same
    kept = backups.restore_backup(made, db_path)
    assert kept is not None and mode(kept) == 0o600
    assert mode(db_path) == 0o600
    assert umask == os.umask(umask)


def test_closing_runs_no_integrity_check(
    db_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(db_path, catalogue).close()
    calls: list[bool] = []
    real = integrity.problems
    monkeypatch.setattr(integrity, "problems", lambda conn, full=False: calls.append(True) or real(conn))
    for _ in range(3):
        with Store.open(db_path, catalogue) as store:
            store.schools.add(School(name=f"School {len(store.schools.all())}"))
    assert calls == []  # our own writes keep the fast path; no check at open, none at close
    assert integrity.unchanged_since_last_check(db_path)


@pytest.mark.fault
def test_a_backup_counts_only_after_its_check(db_path: Path, catalogue: Catalogue) -> None:
    with Store.open(db_path, catalogue) as store:
        fill(store)
        for n in range(120):
            store.schools.add(School(name=f"School {n}", vision="Visie " * 400))
    store = Store.open(db_path, catalogue)
    try:
        data = bytearray(db_path.read_bytes())  # damage under the open store, as a bad disk would
        middle = (len(data) // 2) // 4096 * 4096
        data[middle : middle + 4096] = b"\xa5" * 4096
        db_path.write_bytes(bytes(data))
        with pytest.raises(StoreError) as raised:
            backups.make_backup(store, "start")
        assert "beschadigd" in str(raised.value)
        folder = backups.backup_dir(store)
        assert files.backups_in(folder, db_path.stem) == []  # no damaged copy kept as if it were good
    finally:
        store.close()
    assert not integrity.unchanged_since_last_check(db_path)  # the next start checks the file
    with pytest.raises(DatabaseCorruptError):
        Store.open(db_path, catalogue)


def test_check_on_demand_from_the_command_line(db_path: Path, catalogue: Catalogue) -> None:
    with Store.open(db_path, catalogue) as store:
        fill(store)
        made = backups.make_backup(store, "start")
    integrity.forget(db_path)
    result = cli(db_path, "backups", "check")
    assert result.returncode == 0, result.stderr
    assert "De database is in orde" in result.stdout
    assert "Reservekopieën in orde: 1 van 1." in result.stdout
    assert integrity.unchanged_since_last_check(db_path)
    data = bytearray(made.read_bytes())
    data[4096:8192] = b"\xa5" * 4096
    made.write_bytes(bytes(data))
    result = cli(db_path, "backups", "check")
    assert result.returncode == 1
    assert f"BESCHADIGD: {made}" in result.stdout and "Traceback" not in result.stderr
