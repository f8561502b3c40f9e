"""A damaged, deleted or vanished database: refused as it is, never replaced by an empty one."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, School
from facilitator_app.store import Store, database, integrity
from facilitator_app.store import backup as backups
from facilitator_app.store.errors import DatabaseCorruptError, DatabaseMissingError

from .conftest import VISION, fill


def damage_the_middle(path: Path) -> bytes:
    """Overwrite one page-sized stretch in the middle of the file, as a bad sector would."""
    data = bytearray(path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    return bytes(data)


def big_store(db_path: Path, catalogue: Catalogue) -> None:
    with Store.open(db_path, catalogue) as store:
        fill(store)
        for n in range(120):
            store.schools.add(School(name=f"School {n}", vision=VISION * 20))


@pytest.mark.fault
def test_corrupt_file_is_neither_overwritten_nor_replaced(db_path: Path, catalogue: Catalogue) -> None:
    big_store(db_path, catalogue)
    damaged = damage_the_middle(db_path)
    before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(DatabaseCorruptError) as raised:
        Store.open(db_path, catalogue)
    assert "beschadigd" in str(raised.value) and "reservekopie" in str(raised.value)
    assert db_path.read_bytes() == damaged
    after = sorted(p.name for p in db_path.parent.iterdir())
    assert after == [name for name in before if not name.endswith(integrity.SIDECAR_SUFFIX)]


@pytest.mark.fault
def test_corrupt_file_offers_the_newest_good_backup(db_path: Path, catalogue: Catalogue) -> None:
    big_store(db_path, catalogue)
    with Store.open(db_path, catalogue) as store:
        good = backups.make_backup(store, "start")
    damage_the_middle(db_path)
    offered = backups.newest_good_backup(db_path)
    assert offered is not None and offered.path == good
    assert offered.schools == 122 and offered.notes == 2
    aside = backups.restore_backup(offered.path, db_path)
    assert aside is not None
    with Store.open(db_path, catalogue) as store:
        assert len(store.schools.all()) == 122


def test_an_unchanged_file_skips_the_check(
    db_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(db_path, catalogue).close()
    assert integrity.unchanged_since_last_check(db_path)
    calls: list[bool] = []
    real = integrity.problems
    monkeypatch.setattr(integrity, "problems", lambda conn, full=False: calls.append(True) or real(conn))
    with Store.open(db_path, catalogue):
        assert calls == []  # fast path at start-up
    os.utime(db_path)  # touched by another program: check again
    assert not integrity.unchanged_since_last_check(db_path)
    conn = sqlite3.connect(db_path)
    assert integrity.verify(conn, db_path) is integrity.CheckResult.PASSED
    conn.close()


def test_the_fast_path_expires_after_a_day(db_path: Path, catalogue: Catalogue) -> None:
    Store.open(db_path, catalogue).close()
    sidecar = integrity.sidecar_path(db_path)
    sidecar.write_text(sidecar.read_text().replace('"checked_at": ', '"checked_at": -1e6 + '))
    text = sidecar.read_text()
    import json

    data = json.loads(text.replace("-1e6 + ", ""))
    data["checked_at"] -= integrity.MAX_SKIP_AGE_SECONDS + 1
    sidecar.write_text(json.dumps(data))
    assert not integrity.unchanged_since_last_check(db_path)


@pytest.mark.fault
def test_file_deleted_while_running_is_rescued_and_offered_at_next_start(
    filled: tuple[Store, str, str], db_path: Path, catalogue: Catalogue
) -> None:
    store, _, session_id = filled
    for path in db_path.parent.glob(db_path.name + "*"):
        path.unlink()
    # The open connection keeps working...
    assert store.sessions.get(session_id).title == "Eerste sessie"
    store.schools.add(School(name="Na het wissen"))
    store.close()  # ...and closing saves it all as a rescue backup.
    with pytest.raises(DatabaseMissingError) as raised:
        Store.open(db_path, catalogue)
    message = str(raised.value)
    assert "De database ontbreekt" in message and "reservekopie" in message
    assert not db_path.exists()  # no empty database on top of the loss
    offered = backups.newest_good_backup(db_path)
    assert offered is not None and offered.reason == "redding"
    backups.restore_backup(offered.path, db_path)
    with Store.open(db_path, catalogue) as store:
        assert "Na het wissen" in {s.name for s in store.schools.all()}


def test_a_first_start_without_backups_creates_the_database(db_path: Path) -> None:
    Store.open(db_path).close()
    assert db_path.exists()
    assert database.BUSY_TIMEOUT_SECONDS == 0.2  # the hardening conftest is active
