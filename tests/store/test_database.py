"""Opening, migrating and refusing database files."""

from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from facilitator_app.core.models import Catalogue, School
from facilitator_app.store import Store, StoreError
from facilitator_app.store.errors import DatabaseCorruptError, DatabaseTooNewError
from facilitator_app.store.migrations import migrations


def applied_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]


def test_fresh_database_gets_every_migration_and_wal(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.db.journal_mode == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert applied_names(db_path) == [m.name for m in migrations._migrations]


def test_reopening_is_a_no_op(db_path: Path, catalogue: Catalogue) -> None:
    Store.open(db_path, catalogue).close()
    before = applied_names(db_path)
    with Store.open(db_path, catalogue) as store:
        assert len(store.themes.all()) == 1
        assert len(store.schools.all()) == 1
    assert applied_names(db_path) == before
    # No copy is made when nothing needs migrating.
    assert list(db_path.parent.glob("*.before-*")) == []


def test_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ("facilitator_app", "9999_from_the_future", "2030-01-01"),
        )
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="nieuwere versie"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_file_is_copied_before_a_migration(db_path: Path) -> None:
    # A database that has only the first migration stands in for an older app's file.
    db_path.parent.mkdir(parents=True)
    old = Database(db_path)
    migrations.apply(old, stop_before=[m.name for m in migrations._migrations[1:]] or None)
    old.table("schools").insert(
        {"id": "s1", "name": "Oud", "created_at": "2020-01-01", "updated_at": "2020-01-01"}
    )
    old.close()
    pending_after_first = len(migrations._migrations) > 1
    with Store.open(db_path) as store:
        assert store.schools.get("s1").name == "Oud"
    copies = list(db_path.parent.glob("*.before-*"))
    assert len(copies) == (1 if pending_after_first else 0)
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT name FROM schools").fetchall() == [("Oud",)]


def test_not_a_database_is_refused_without_overwriting(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(DatabaseCorruptError, match="beschadigd"):
        Store.open(db_path)
    assert db_path.read_bytes() == b"dit is geen database" * 100


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_database_and_its_journal_are_private(db_path: Path, catalogue: Catalogue) -> None:
    with Store.open(db_path, catalogue) as store:
        store.schools.add(School(name="Privé"))
        for path in (db_path, *db_path.parent.glob("*-wal")):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_unwritable_folder_gives_a_calm_message(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Kies een andere plek met --db"):
        Store.open(blocker / "sub" / "db.sqlite3")
