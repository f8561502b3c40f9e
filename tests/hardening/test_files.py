"""store/files.py names every file the app writes for a database, so erase and search miss none."""

from __future__ import annotations

from pathlib import Path

from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store, database, files
from facilitator_app.store import backup as backups

from .conftest import fill


def test_every_file_the_app_wrote_is_listed(db_path: Path, catalogue: Catalogue, tmp_path: Path) -> None:
    chosen = tmp_path / "elders"
    with Store.open(db_path, catalogue) as store:
        fill(store)
        first = backups.make_backup(store, "start")
        backups.set_backup_folder(store, chosen)
        backups.make_backup(store, "handmatig")
        database._copy_before_migration(db_path, "0006_followups")
    backups.restore_backup(first, db_path)
    unfinished = files.partial_file(
        files.backup_file(chosen, db_path.stem, "20260101T000000000000Z", "start")
    )
    unfinished.write_bytes(b"")  # as an interrupted backup leaves it
    with Store.open(db_path, catalogue):
        listed = files.data_files(db_path, (chosen,))
        bookkeeping = {files.check_file(db_path), files.lock_file(db_path)}
        written = {p for p in tmp_path.rglob("*") if p.is_file()} - bookkeeping
        assert written - set(listed) == set()
        assert listed[0] == db_path
        assert files.sqlite_side(db_path, "-wal") in listed
        assert unfinished in listed
        assert any(".before-0006_followups-" in p.name for p in listed)
        assert any(".replaced-" in p.name for p in listed)
        assert len(files.backups_in(chosen, db_path.stem)) == 2
        assert files.backups_in(chosen, "ander") == []


def test_a_backup_belongs_to_its_own_database_only(tmp_path: Path) -> None:
    stamp = "20260101T000000000000Z"
    assert files.backup_stem(files.backup_file(tmp_path, "school-a", stamp, "start")) == "school-a"
    assert files.backup_stem(files.partial_file(files.backup_file(tmp_path, "a-b", stamp, "x"))) == "a-b"
    assert files.backup_stem(tmp_path / "notes.txt") is None
