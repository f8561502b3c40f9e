"""Migration 0008: a database seeded with the old demo school gets the corrected vision, unless it was edited."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from sqlite_utils import Database

from facilitator_app import resources
from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDED = tomllib.loads((DATA / "demo-school-v1.toml").read_text(encoding="utf-8"))
CURRENT = tomllib.loads((resources.cards_dir() / "demo-school.toml").read_text(encoding="utf-8"))


def database_seeded_with(tmp_path: Path, vision: str, *, example: bool = True) -> Path:
    """A database of schema 0007 holding the demo school as the old app seeded it."""
    db_path = tmp_path / "facilitator.sqlite3"
    shutil.copyfile(DATA / "schema-0007_guide_and_tags.sqlite3", db_path)
    db = Database(db_path)
    db.table("schools").insert(
        {
            "id": "demo",
            "name": SEEDED["name"],
            "vision": vision,
            "partnership": SEEDED["partnership"],
            "notes": SEEDED["notes"],
            "is_example": int(example),
            "created_at": "2025-01-01T10:00:00+00:00",
            "updated_at": "2025-01-01T10:00:00+00:00",
        }
    )
    db.table("builtin_loads").insert(
        {"kind": "school", "key": SEEDED["name"], "version": 1, "loaded_at": "2025-01-01T10:00:00+00:00"}
    )
    db.close()
    return db_path


def test_the_seeded_text_is_corrected(tmp_path: Path, catalogue: Catalogue) -> None:
    assert "vind je hier" in SEEDED["vision"]
    db_path = database_seeded_with(tmp_path, SEEDED["vision"])
    with Store.open(db_path, catalogue) as store:
        school = store.schools.get("demo")
    assert school.vision == CURRENT["vision"]
    assert "vind je hier" not in school.vision
    seeded_author = SEEDED["vision"].split("”*\n\n", 1)[1].split("\n", 1)[0]
    assert seeded_author not in school.vision
    updated = Database(db_path).execute("SELECT updated_at FROM schools WHERE id = 'demo'").fetchone()[0]
    assert updated > "2025-01-01T10:00:00+00:00"


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text + "\n\nOnze eigen aanvulling.",
        lambda text: text.replace("vind je hier", "vind je op intranet"),
        lambda text: text.replace("\n", "\r\n"),
    ],
    ids=["added", "changed", "line-endings"],
)
def test_a_vision_the_user_edited_is_never_touched(
    tmp_path: Path, catalogue: Catalogue, edit: object
) -> None:
    assert callable(edit)
    edited = edit(SEEDED["vision"])
    db_path = database_seeded_with(tmp_path, edited)
    with Store.open(db_path, catalogue) as store:
        assert store.schools.get("demo").vision == edited


def test_only_the_demo_school_changes(tmp_path: Path, catalogue: Catalogue) -> None:
    db_path = database_seeded_with(tmp_path, SEEDED["vision"], example=False)  # the user's own school
    with Store.open(db_path, catalogue) as store:
        assert store.schools.get("demo").vision == SEEDED["vision"]
