"""A hostile environment: locked, read-only, full. Calm Dutch, and nothing saved is lost."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.core.models import Catalogue, School
from facilitator_app.core.sessions import NoteCategory
from facilitator_app.store import Store
from facilitator_app.store.errors import DatabaseLockedError, DatabaseReadOnlyError, DiskFullError

from .conftest import NOTE, fill, plan_session


def saved_names(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM schools")}
    finally:
        conn.close()


@pytest.mark.fault
def test_database_locked_by_another_process(db_path: Path, catalogue: Catalogue) -> None:
    store = Store.open(db_path, catalogue)
    _, session_id = fill(store)
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        store.db.execute("PRAGMA busy_timeout = 200")
        with pytest.raises(DatabaseLockedError) as raised:
            store.schools.add(School(name="Tijdens het slot"))
        assert "in gebruik door een ander programma" in str(raised.value)
        assert "probeer het opnieuw" in str(raised.value)
        # Reading still works while the other program writes (WAL).
        assert store.sessions.notes(session_id)[0].text == NOTE
    finally:
        other.rollback()
        other.close()
    store.schools.add(School(name="Na het slot"))  # trying again works
    store.close()
    assert {"De Vlinderhof", "Na het slot"} <= saved_names(db_path)
    assert "Tijdens het slot" not in saved_names(db_path)


@pytest.mark.fault
def test_database_locked_at_start_up(db_path: Path, catalogue: Catalogue) -> None:
    Store.open(db_path, catalogue).close()
    # A pending migration needs the write lock that the other program holds.
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_settings'")
        conn.execute("DROP TABLE settings")
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="Sluit de andere vensters"):
            Store.open(db_path, catalogue)
    finally:
        other.rollback()
        other.close()
    with Store.open(db_path, catalogue) as store:
        assert len(store.schools.all()) == 1


def read_only_connect(target: Path) -> Callable[..., sqlite3.Connection]:
    """sqlite3.connect, but the database at ``target`` opens read-only (as a 0444 file would for a user).

    The tests run as root, for whom chmod 0444 changes nothing: SQLite's own
    ``mode=ro`` gives the same SQLITE_READONLY a user would get.
    """
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if Path(str(database)) == target:
            kwargs["uri"] = True
            return real(f"{target.resolve().as_uri()}?mode=ro", *args, **kwargs)
        return real(database, *args, **kwargs)

    return connect


@pytest.mark.fault
def test_read_only_database(db_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db_path, catalogue) as store:
        fill(store)
    before = saved_names(db_path)
    monkeypatch.setattr(sqlite3, "connect", read_only_connect(db_path))
    with Store.open(db_path, catalogue) as store:
        assert {s.name for s in store.schools.all()} == before  # reading works
        with pytest.raises(DatabaseReadOnlyError) as raised:
            store.schools.add(School(name="Nieuw"))
    assert "kan niet worden beschreven" in str(raised.value)
    assert "schrijfrechten" in str(raised.value)
    monkeypatch.undo()
    assert saved_names(db_path) == before


@pytest.mark.fault
@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file modes")
def test_read_only_file_for_a_normal_user(db_path: Path, catalogue: Catalogue) -> None:
    with Store.open(db_path, catalogue) as store:
        fill(store)
    db_path.chmod(stat.S_IRUSR)
    try:
        with Store.open(db_path, catalogue) as store, pytest.raises(DatabaseReadOnlyError):
            store.schools.add(School(name="Nieuw"))
    finally:
        db_path.chmod(0o600)


@pytest.mark.fault
def test_disk_full(filled: tuple[Any, str, str], db_path: Path, catalogue: Catalogue) -> None:
    store, _, _ = filled
    other = Store.open(db_path, catalogue)
    school = other.schools.add(School(name="Tweede school"))
    session = other.sessions.plan(plan_session(other, school.id))
    other.sessions.start(session.id)
    # SQLite cannot grow the file past max_page_count: exactly what a full disk does to it.
    pages = other.db.execute("PRAGMA page_count").fetchone()[0]
    other.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as raised:
        other.sessions.add_note(session.id, 0, NoteCategory.OTHER, "x" * 19_000 + " " + "y" * 500)
    message = str(raised.value)
    assert "De schijf is vol" in message and "Maak ruimte vrij" in message
    assert "eerder opgeslagen gegevens zijn veilig" in message
    other.close()
    store.close()
    with Store.open(db_path, catalogue) as reopened:
        assert {"De Vlinderhof", "Tweede school"} <= {s.name for s in reopened.schools.all()}
        assert reopened.sessions.notes(session.id) == []
