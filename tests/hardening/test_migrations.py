"""Databases made by every earlier schema version open with today's app, all data intact."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue
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
