"""Privacy: private files, no network, erasing a school or a person for good."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, FollowUp, FollowUpStatus
from facilitator_app.store import Store, privacy, privacy_copies
from facilitator_app.store import backup as backups

from .conftest import NOTE, plan_session

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
UNIQUE = "Zeldzaamwoord-Kwikstaart"


def raw_files(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())


@posix_only
def test_database_wal_backups_and_migration_copies_are_private(
    filled: tuple[Store, str, str], db_path: Path
) -> None:
    store, _, _ = filled
    made = backups.make_backup(store, "start")
    files = [*db_path.parent.glob(db_path.name + "*"), made]
    assert files and privacy.not_private(files) == []
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@posix_only
def test_write_private_bytes_makes_exports_private(tmp_path: Path) -> None:
    target = tmp_path / "werkbladen.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    privacy.write_private_bytes(target, b"%PDF-1.4")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"%PDF-1.4"


@posix_only
def test_exported_print_set_is_private(tmp_path: Path, catalogue: Catalogue) -> None:
    from facilitator_app.pdf import SessionPrint, SetOptions, write_set

    written = write_set(
        tmp_path / "print",
        SessionPrint(
            theme=catalogue.themes[0],
            decks=catalogue.decks,
            scenario_map=catalogue.scenario_maps[0],
            roles=catalogue.roles,
            school=None,
            participants=(),
            day=dt.date(2025, 3, 14),
            start=dt.time(13, 30),
        ),
        SetOptions(),
    )
    assert written and privacy.not_private(written) == []


def test_erase_school_leaves_no_trace_in_the_files(filled: tuple[Store, str, str], db_path: Path) -> None:
    store, school_id, session_id = filled
    assert UNIQUE.encode() in raw_files(db_path) or UNIQUE in store.schools.get(school_id).vision
    assert store.sessions.search("stage")  # the note is in the search index
    assert privacy.erase_school(store, school_id) == "De Vlinderhof"
    assert store.sessions.search("stage") == []
    assert store.schools.row("SELECT 1 AS x FROM sessions WHERE id = ?", (session_id,)) is None
    data = raw_files(db_path)
    for secret in (UNIQUE, "Annelies", "groep 7", "Vlinderhof"):
        assert secret.encode() not in data, secret
    store.close()
    data = raw_files(db_path)
    assert UNIQUE.encode() not in data and b"Annelies" not in data


def test_find_person_lists_every_place(filled: tuple[Store, str, str]) -> None:
    store, _, _ = filled
    report = privacy.find_person(store, "annelies van dijk")
    places = {hit.where for hit in report.hits}
    assert places >= {
        "deelnemer",
        "notitie",
        "notitie van",
        "opbrengst: onderbouwing",
        "opbrengst: eigenaar eerste stap",
        "contactpersoon school",
    }
    assert all(hit.school == "De Vlinderhof" for hit in report.hits)
    assert "komt" in report.summary() and "keer voor" in report.summary()
    assert privacy.find_person(store, "Annelies van Dijkstra").hits == []  # whole words only


def test_erase_person_replaces_the_name_and_scrubs_the_file(
    filled: tuple[Store, str, str], db_path: Path
) -> None:
    store, _, session_id = filled
    privacy.erase_person(store, "Annelies van Dijk")
    assert privacy.find_person(store, "Annelies van Dijk").hits == []
    session = store.sessions.get(session_id)
    assert [p.name for p in session.participants] == ["Bram Bos"]
    notes = store.sessions.notes(session_id)
    assert notes[0].text == NOTE.replace("Annelies van Dijk", privacy.REMOVED)
    assert notes[0].participant == ""
    outcome = store.sessions.outcome(session_id)
    assert outcome is not None and outcome.first_step_owner == ""
    assert outcome.rationale == "[verwijderd] en Bram Bos kozen samen."
    assert store.schools.find("De Vlinderhof").contact == "[verwijderd], coördinator"
    assert store.sessions.search("Dijk") == []
    assert b"Annelies van Dijk" not in raw_files(db_path)
    assert (
        store.schools.find("De Vlinderhof").notes == "Bel Annelies."
    )  # a first name alone is not the person
    assert privacy.find_person(store, "Bram Bos").hits  # others are left alone


@posix_only
def test_a_name_in_a_follow_up_answer_is_found_and_erased(
    filled: tuple[Store, str, str], db_path: Path
) -> None:
    store, school_id, session_id = filled
    later = store.sessions.plan(replace(plan_session(store, school_id), date="2025-09-01"))
    store.sessions.start(later.id)
    store.sessions.save_follow_up(
        FollowUp(later.id, session_id, FollowUpStatus.PARTLY, "Annelies van Dijk plande twee intervisies.")
    )
    [hit] = [h for h in privacy.find_person(store, "Annelies van Dijk").hits if h.table == "followups"]
    assert (hit.where, hit.row_key) == ("opvolging vorige stap", later.id)
    assert "plande twee intervisies" in hit.excerpt
    privacy.erase_person(store, "Annelies van Dijk")
    answer = store.sessions.follow_up(later.id)
    assert answer is not None and answer.text == "[verwijderd] plande twee intervisies."
    assert store.sessions.search("Dijk") == [] and store.sessions.search("intervisies")
    assert b"Annelies van Dijk" not in raw_files(db_path)


def test_erasure_reaches_the_backups_on_request(filled: tuple[Store, str, str]) -> None:
    store, school_id, _ = filled
    made = backups.make_backup(store, "start")
    report = privacy_copies.find_everywhere(store, "Bram Bos")
    assert report.files_searched == 1 and [c.path for c in report.copies] == [made]
    privacy.erase_school(store, school_id)
    [change] = privacy_copies.erase_from_copies(store, school_id=school_id)
    assert (change.path, change.deleted) == (made, False)
    assert UNIQUE.encode() not in made.read_bytes() and b"Bram Bos" not in made.read_bytes()


AUDIT = textwrap.dedent(
    """
    import json, os, sys
    attempts = []
    def hook(event, args):
        if event in {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                     "socket.gethostbyaddr", "socket.sendto", "socket.bind", "urllib.Request"}:
            attempts.append([event, repr(args)[:200]])
    sys.addaudithook(hook)

    def inet_sockets():
        # Sockets opened by C++ (Qt) bypass the audit hook: list this process's open inet sockets.
        inodes = set()
        for name in ("tcp", "tcp6", "udp", "udp6"):
            try:
                with open(f"/proc/net/{name}") as table:
                    inodes.update(line.split()[9] for line in list(table)[1:])
            except OSError:
                pass
        mine = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                link = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if link.startswith("socket:[") and link[8:-1] in inodes:
                mine.append(link)
        return mine

    def report():
        with open(os.environ["AUDIT_OUT"], "w") as out:
            json.dump({"attempts": attempts, "inet_sockets": inet_sockets()}, out)

    import atexit
    atexit.register(report)
    sys.argv = ["facilitator-app", *json.loads(os.environ["AUDIT_ARGS"])]
    if os.environ.get("AUDIT_GUI"):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from facilitator_app import app
        qt = app.prepare_application()
        QTimer.singleShot(3000, qt.quit)
        code = app.run_gui(__import__("pathlib").Path(os.environ["FACILITATOR_APP_DB"]))
        report()
        os._exit(code)
    from facilitator_app import cli
    code = cli.main(sys.argv[1:])
    report()
    sys.exit(code)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "args", "gui"),
    [
        ("cli", ["schools", "list"], False),
        ("cli-print", ["print", "--help"], False),
        ("gui", [], True),
    ],
)
def test_the_app_opens_no_network_connection(tmp_path: Path, label: str, args: list[str], gui: bool) -> None:
    out = tmp_path / f"audit-{label}.json"
    env = {
        **os.environ,
        "AUDIT_OUT": str(out),
        "AUDIT_ARGS": json.dumps(args),
        "FACILITATOR_APP_DB": str(tmp_path / "data" / "db.sqlite3"),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    if gui:
        env["AUDIT_GUI"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", AUDIT], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(out.read_text())
    assert found == {"attempts": [], "inet_sockets": []}
