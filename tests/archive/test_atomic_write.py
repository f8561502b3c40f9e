"""One atomic write (privatefiles.atomic_file) for exports, archives, backups and the check sidecar:
a write that fails leaves the old file as it was and no temporary file behind."""

from __future__ import annotations

import datetime as dt
import json
import resource
import signal
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from facilitator_app.privatefiles import atomic_file, atomic_writer, write_private_bytes
from facilitator_app.store import Store, backup, exchange, files, integrity
from facilitator_app.store.errors import BackupError
from facilitator_app.store.exchange import ExchangeError

from .conftest import Archive


class BrokenError(Exception):
    pass


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_failing_block_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "werkbladen.pdf"
    target.write_bytes(b"old")
    with pytest.raises(BrokenError), atomic_writer(target) as handle:
        handle.write(b"half a new fi")
        raise BrokenError
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["werkbladen.pdf"]


def test_a_failing_write_of_bytes_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "werkbladen.pdf"
    target.write_bytes(b"old")
    gone = memoryview(b"%PDF-1.4")
    gone.release()  # writing it raises ValueError halfway through write_private_bytes
    with pytest.raises(ValueError):
        write_private_bytes(target, gone)  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["werkbladen.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_finished_block_replaces_the_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "map" / "kaart.pdf"
    target.parent.mkdir()
    (target.parent / ".kaart.pdf.part").symlink_to(tmp_path / "elsewhere")  # a planted link is not followed
    with atomic_file(target) as temporary:
        temporary.write_bytes(b"new")
        assert not target.exists()  # nothing under the real name until the block ends
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert names(target.parent) == ["kaart.pdf"]
    assert not (tmp_path / "elsewhere").exists()


def test_an_export_that_fails_halfway_keeps_the_old_archive(
    store: Store, archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "uit"
    target = folder / "archief.fapp"
    exchange.export_archive(store, target)
    before = target.read_bytes()

    def renderer(_data: object) -> bytes:
        raise BrokenError

    with pytest.raises(BrokenError):
        exchange.export_archive(store, target, record_renderer=renderer)
    assert target.read_bytes() == before
    assert names(folder) == ["archief.fapp"]


def test_an_export_to_a_folder_that_cannot_be_written_says_so(store: Store, tmp_path: Path) -> None:
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map")
    with pytest.raises(ExchangeError, match="kan niet worden geschreven"):
        exchange.export_archive(store, blocked / "archief.fapp")
    assert blocked.read_text() == "geen map"
    assert not [path for path in tmp_path.rglob("*") if path.name.endswith(".part")]


def test_the_check_sidecar_is_written_whole(store: Store) -> None:
    assert store.path is not None
    integrity.remember(store.path)
    sidecar = integrity.sidecar_path(store.path)
    assert sidecar.exists() and not sidecar.with_name(sidecar.name + ".tmp").exists()
    assert json.loads(sidecar.read_text(encoding="utf-8"))["checked_at"] > 0


@contextmanager
def full_disk(limit: int = 4096) -> Iterator[None]:
    """Every write past ``limit`` bytes fails, as on a full disk (the file-size limit, POSIX)."""
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limits[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")
def test_a_backup_or_restore_on_a_full_disk_leaves_no_half_file(store: Store, archive: Archive) -> None:
    assert store.path is not None
    first = backup.make_backup(store, "handmatig")
    folder = first.parent
    with full_disk(), pytest.raises(BackupError):
        backup.make_backup(store, "tweede", now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert [path.name for path in folder.iterdir()] == [first.name]  # no .partial left
    db_path = store.path
    store.close()
    before = db_path.read_bytes()
    with full_disk(), pytest.raises(BackupError):
        backup.restore_backup(first, db_path)
    assert db_path.read_bytes() == before
    assert not files.restoring_copy(db_path).exists()
