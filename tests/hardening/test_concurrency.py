"""The app and the command line on one database at the same time: nothing acknowledged is lost.

A long-lived writer process stores notes the way the session window does
(``concurrent_writer.py``) while this test runs real CLI commands against the
same file, round after round. After every round each note the writer
acknowledged is in the database, ``PRAGMA integrity_check`` says ok, and the
writer never holds a deleted WAL file (the sign that another process thought
it was the last user and removed the WAL under it).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store
from facilitator_app.store import backup as backups

from .conftest import fill, plan_session

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class Writer:
    """The writer process and the note ids it has acknowledged so far."""

    def __init__(self, db_path: Path, session_id: str, log: Path, pause: float = 0.01) -> None:
        self.log = log
        self.errors = log.open("w")  # a pipe nobody reads could fill up and stall the writer
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.concurrent_writer", str(db_path), session_id, str(pause)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            env=_env(),
            cwd=ROOT,
        )
        self.acknowledged: list[str] = []
        self.refused: list[str] = []
        self.ready = threading.Event()
        self.closed = threading.Event()
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            kind, _, rest = line.rstrip("\n").partition(" ")
            with self.lock:
                if kind == "note":
                    self.acknowledged.append(rest)
                elif kind == "refused":
                    self.refused.append(rest)
            if kind == "ready":
                self.ready.set()
            elif kind == "closed":
                self.closed.set()

    def notes(self) -> list[str]:
        with self.lock:
            return list(self.acknowledged)

    def deleted_wal(self) -> list[str]:
        """Files the writer still has open that are WAL files no longer on disk."""
        found = []
        fd_dir = Path(f"/proc/{self.process.pid}/fd")
        for entry in fd_dir.iterdir():
            try:
                target = str(entry.readlink())
            except OSError:
                continue  # closed while we looked
            if target.endswith("-wal (deleted)") or target.endswith("-shm (deleted)"):
                found.append(target)
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("stop\n")
            self.process.stdin.flush()
            self.closed.wait(30)
        try:
            self.process.wait(10)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.reader.join(10)
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    stream.close()
            self.errors.close()


def cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator_app", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=60,
    )


def stored_and_sound(db_path: Path, expected: list[str]) -> tuple[list[str], list[str]]:
    """(acknowledged notes missing from the file, integrity_check's answer), read through SQLite."""
    conn = sqlite3.connect(db_path)
    try:
        present = {row[0] for row in conn.execute("SELECT id FROM notes")}
        check = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    return [note for note in expected if note not in present], check


@pytest.mark.fault
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see the writer's files")
def test_app_and_command_line_together_lose_no_note_and_keep_the_file_sound(
    db_path: Path, catalogue: Catalogue
) -> None:
    with Store.open(db_path, catalogue) as store:
        school_id, _ = fill(store)
        running = store.sessions.plan(plan_session(store, school_id))
        store.sessions.start(running.id)
        backups.make_backup(store, "start")
    # A clean close with a passed check: the writer's start takes the fast path, which is where the
    # file used to be opened outside SQLite (dropping the writer's locks).
    # Different commands each round: everything that reads the database or its copies gets its turn.
    rounds = [
        [("sessions", "list"), ("sessions", "show", running.id), ("schools", "list"), ("search", "samen")],
        [("backups", "list"), ("privacy", "find", "Annelies"), ("schools", "show", "De Vlinderhof")],
        [("backups", "check"), ("export", "-o", str(db_path.with_name("alles.fapp")), "--no-records")],
    ]
    writer = Writer(db_path, running.id, db_path.with_name("writer.log"))
    started = time.monotonic()
    try:
        assert writer.ready.wait(30), writer.log.read_text()
        for round_number, commands in enumerate(rounds, 1):
            for command in commands:
                result = cli(db_path, *command)
                assert result.returncode == 0, (command, result.stderr)
                assert writer.deleted_wal() == [], f"round {round_number}, after {command}"
            acknowledged = writer.notes()
            missing, check = stored_and_sound(db_path, acknowledged)
            assert acknowledged, "the writer stored nothing"
            assert missing == [], f"round {round_number}: {len(missing)} of {len(acknowledged)} lost"
            assert check == ["ok"], f"round {round_number}: {check[:3]}"
    finally:
        writer.stop()
    acknowledged = writer.notes()
    missing, check = stored_and_sound(db_path, acknowledged)
    assert missing == [] and check == ["ok"]
    assert writer.refused == []
    assert writer.process.returncode == 0, writer.log.read_text()
    took = time.monotonic() - started
    # Bounded by the rounds, not by a deadline (a loaded CI machine is slow, not wrong).
    count = sum(len(commands) for commands in rounds)
    print(f"{len(rounds)} rounds, {count} CLI commands, {len(acknowledged)} notes, {took:.1f} s")


@pytest.mark.fault
def test_three_writers_at_once_wait_their_turn_and_none_is_refused(
    db_path: Path, catalogue: Catalogue
) -> None:
    """Writes begin with BEGIN IMMEDIATE, so a writer waits for the busy timeout instead of failing."""
    with Store.open(db_path, catalogue) as store:
        school_id, _ = fill(store)
        sessions = [store.sessions.plan(plan_session(store, school_id)) for _ in range(3)]
        for session in sessions:
            store.sessions.start(session.id)
    # No pause between notes: the three processes contend for the write lock all the time.
    writers = [Writer(db_path, s.id, db_path.with_name(f"writer-{n}.log"), 0) for n, s in enumerate(sessions)]
    try:
        for writer in writers:
            assert writer.ready.wait(30), writer.log.read_text()
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline and min(len(w.notes()) for w in writers) < 300:
            time.sleep(0.1)
    finally:
        for writer in writers:
            writer.stop()
    refused = [line for writer in writers for line in writer.refused]
    acknowledged = [note for writer in writers for note in writer.notes()]
    print(f"3 writers: {len(acknowledged)} notes stored, {len(refused)} refused")
    assert refused == []
    assert all(writer.notes() for writer in writers)
    missing, check = stored_and_sound(db_path, acknowledged)
    assert missing == [] and check == ["ok"]


_watching: list[tuple[str, str]] = []
_watch_on: list[bool] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    """Every file Python opens or copies while a test watches (SQLite's own opens are in C, unseen)."""
    if not _watch_on or event not in ("open", "shutil.copyfile", "shutil.copymode", "os.truncate"):
        return
    for arg in args[:2]:
        if isinstance(arg, (str, bytes, os.PathLike)):
            _watching.append((event, os.fsdecode(arg)))


sys.addaudithook(_audit)  # cannot be removed; inert unless _watch_on holds a value


def test_nothing_opens_the_database_files_outside_sqlite_while_the_store_is_open(
    db_path: Path, catalogue: Catalogue, tmp_path: Path
) -> None:
    """Closing any descriptor of the file drops this process's SQLite locks: never open one."""
    from facilitator_app.store import exchange, files, integrity, privacy_copies

    forbidden = {str(db_path), *(str(files.sqlite_side(db_path, s)) for s in files.SQLITE_SIDES)}
    store = Store.open(db_path, catalogue)
    try:
        fill(store)
        _watch_on.append(True)
        try:
            other = Store.open(db_path, catalogue)  # a second store in the same process (the app does so)
            other.close()
            made = backups.make_backup(store, "start")
            backups.list_backups(backups.backup_dir(store), db_path.stem)
            backups.newest_good_backup(db_path)
            backups.rescue_if_deleted(store)
            integrity.check_now(store.db.conn, db_path)
            integrity.verify(store.db.conn, db_path, force=True)
            store.sessions.search("Annelies")
            privacy_copies.find_everywhere(store, "Annelies van Dijk")
            exchange.export_archive(store, tmp_path / "alles.fapp")
            privacy_copies.erase_everywhere(store, "Bram Bos")
        finally:
            _watch_on.clear()
        touched = [(event, path) for event, path in _watching if path in forbidden]
        assert touched == []
        assert made.exists()
    finally:
        store.close()
