"""Databases made by every earlier schema version open with today's app, all data intact."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from facilitator_app.core.history import StepState, step_follow_up
from facilitator_app.core.models import Catalogue, FollowUp, FollowUpStatus
from facilitator_app.store import Store
from facilitator_app.store.migrations import migrations

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))
import make_fixtures  # noqa: E402

VERSIONS = make_fixtures.versions()


def test_there_is_a_fixture_for_every_earlier_schema_version() -> None:
    missing = [
        str(make_fixtures.fixture_path(v).name)
        for v in VERSIONS
        if not make_fixtures.fixture_path(v).exists()
    ]
    assert missing == [], "run `.venv/bin/python tests/data/make_fixtures.py` and commit the new files"


@pytest.mark.parametrize("applied", VERSIONS, ids=[v[-1] for v in VERSIONS])
def test_an_old_database_opens_with_all_its_data(
    tmp_path: Path, catalogue: Catalogue, applied: list[str]
) -> None:
    fixture = make_fixtures.fixture_path(applied)
    db_path = tmp_path / "facilitator.sqlite3"
    shutil.copyfile(fixture, db_path)
    with Store.open(db_path, catalogue) as store:
        school = store.schools.get("school-oud")
        assert school.name == make_fixtures.SCHOOL["name"]
        assert school.vision == make_fixtures.SCHOOL["vision"]
        assert school.contact == make_fixtures.SCHOOL["contact"]
        assert store.themes.get("theme-oud").title == make_fixtures.THEME["title"]
        if "0002_sessions" in applied:
            session = store.sessions.get("session-oud")
            assert session.title == make_fixtures.SESSION["title"]
            assert [p.name for p in session.participants] == ["Annelies", "Bram"]
            assert [n.text for n in store.sessions.notes("session-oud")] == [
                make_fixtures.NOTES[2][3],
                make_fixtures.NOTES[0][3],
                make_fixtures.NOTES[1][3],
            ]
            outcome = store.sessions.outcome("session-oud")
            assert outcome is not None and outcome.locked and outcome.first_step == "Intervisie plannen"
            assert store.sessions.search("coordinatie")  # the search index survived, diacritics-blind
    with sqlite3.connect(db_path) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert names == [m.name for m in migrations._migrations]
    first_pending = next(m.name for m in migrations._migrations if m.name not in applied)
    copies = list(tmp_path.glob(f"facilitator.before-{first_pending}-*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:  # the pre-migration copy: old schema, same data
        assert [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == applied
        assert (
            conn.execute("SELECT vision FROM schools WHERE id = 'school-oud'").fetchone()[0]
            == (make_fixtures.SCHOOL["vision"])
        )


def test_follow_up_notes_become_follow_ups_and_stay_notes(tmp_path: Path, catalogue: Catalogue) -> None:
    db_path = tmp_path / "facilitator.sqlite3"
    shutil.copyfile(DATA / "schema-0005_school_files.sqlite3", db_path)
    with Store.open(db_path, catalogue) as store:
        assert store.sessions.follow_up("session-vervolg") == FollowUp(
            session_id="session-vervolg",
            previous_session_id="session-oud",
            status=FollowUpStatus.OTHER,  # the note said it in words only
            text=make_fixtures.FOLLOW_UP_ANSWER,
            first_step="Intervisie plannen",
            previous_date="2024-10-15",
            answered_at=make_fixtures.NOTE_TIMES["session-vervolg"],
            updated_at=make_fixtures.NOTE_TIMES["session-vervolg"],
        )
        assert store.sessions.follow_up("session-oud") is None  # no earlier session to follow up
        # Nothing lost: the note is still there, word for word.
        assert [n.text for n in store.sessions.notes("session-vervolg")] == [
            text for *_, text in make_fixtures.NEXT_NOTES
        ]
        entries = store.archive.school_history("school-oud")
        followed = step_follow_up(entries[0], entries[1:])
        assert followed.state is StepState.ANSWERED and followed.date == "2025-03-10"
        assert {(h.kind, h.session_id) for h in store.sessions.search("meivakantie")} == {
            ("note", "session-vervolg"),
            ("followup", "session-vervolg"),
        }


def test_only_notes_about_the_previous_step_are_converted(tmp_path: Path) -> None:
    db = Database(tmp_path / "old.sqlite3")
    migrations.apply(db, stop_before=["0006_followups"])
    db.table("schools").insert({"id": "k", "name": "K", "created_at": "x", "updated_at": "x"})
    base = {"school_id": "k", "title": "S", "planned_start": "13:30", "created_at": "x", "updated_at": "x"}
    for sid, day, status in (
        ("s1", "2024-01-10", "finished"),
        ("s2", "2024-06-10", "finished"),  # answered in English, the other language of the app
        ("s3", "2025-01-10", "running"),  # a note that names another step: not an answer
    ):
        db.table("sessions").insert({**base, "id": sid, "date": day, "status": status})
    for sid, step in (("s1", "Stap een"), ("s2", "Stap twee")):
        db.table("outcomes").insert(
            {"session_id": sid, "first_step": step, "locked_at": "x", "updated_at": "x"}
        )
    for number, (sid, text) in enumerate(
        (
            ("s2", "Een gewone notitie"),
            ("s2", "Follow-up of the first step of 2024-01-10 (“Stap een”): half done"),
            ("s3", "Over Stap een van 2024-01-10 gesproken"),
        )
    ):
        db.table("notes").insert(
            {
                "id": f"n{number}",
                "session_id": sid,
                "timebox_index": 0,
                "category": "other",
                "text": text,
                "position": number,
                "created_at": "t",
                "updated_at": "t",
            }
        )
    migrations.apply(db)
    rows = list(db.query("SELECT session_id, previous_session_id, status, text FROM followups"))
    assert rows == [{"session_id": "s2", "previous_session_id": "s1", "status": "other", "text": "half done"}]
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 3
    db.close()
