"""Backups, privacy and erasing a school from the command line, through the real entry point."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, Participant, School
from facilitator_app.core.sessions import NoteCategory, Session
from facilitator_app.store import Store

from .test_cli import run

NOTE = "Annelies van Dijk vertelde over haar stage in groep 7."


def raw_files(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())


@pytest.fixture
def db(tmp_path: Path, catalogue: Catalogue) -> Path:
    """A database with one school, one session and a note naming a participant."""
    path = tmp_path / "data" / "cli.sqlite3"
    with Store.open(path, catalogue) as store:
        school = store.schools.add(School(name="De Vlinderhof", contact="Annelies van Dijk"))
        session = store.sessions.plan(
            Session(
                school_id=school.id,
                title="Eerste sessie",
                date="2025-03-14",
                planned_start="13:30",
                theme_id=store.themes.all()[0].id,
                participants=(Participant("Annelies van Dijk", "mentor"), Participant("Bram Bos", "student")),
            )
        )
        store.sessions.add_note(session.id, 0, NoteCategory.STRENGTH, NOTE)
    return path


def test_backups_make_list_and_restore_with_the_current_file_kept_aside(db: Path) -> None:
    assert "Nog geen reservekopieën" in run("backups", "list", db=db).stdout
    made = run("backups", "make", db=db).stdout
    assert "Reservekopie gemaakt" in made
    listed = json.loads(run("backups", "list", "--json", db=db).stdout)
    assert listed["folder"] == str(db.parent / "backups")
    [backup] = listed["backups"]
    assert (backup["schools"], backup["sessions"], backup["notes"], backup["reason"]) == (
        2,
        1,
        1,
        "handmatig",
    )
    assert "1 sessie, 1 notitie" in run("backups", "list", db=db).stdout

    run("schools", "add", "OBS De Brug", db=db)  # after the backup: gone once it is restored
    restored = run("backups", "restore", backup["path"], db=db).stdout
    kept = [line.split(" als ", 1)[1].strip() for line in restored.splitlines() if "bewaard als" in line]
    assert len(kept) == 1 and Path(kept[0]).parent == db.parent
    with closing(sqlite3.connect(f"{Path(kept[0]).as_uri()}?mode=ro", uri=True)) as conn:
        assert ("OBS De Brug",) in conn.execute("SELECT name FROM schools").fetchall()
    schools = run("schools", "list", db=db).stdout
    assert "De Vlinderhof" in schools and "OBS De Brug" not in schools


def test_backups_restore_of_a_missing_file_is_refused(db: Path, tmp_path: Path) -> None:
    result = run("backups", "restore", str(tmp_path / "geen.sqlite3"), db=db, check=False)
    assert result.returncode == 1 and "bestaat niet" in result.stderr


def test_backups_folder_can_be_chosen_and_reset(db: Path, tmp_path: Path) -> None:
    assert run("backups", "folder", db=db).stdout.strip() == str(db.parent / "backups")
    synced = tmp_path / "Nextcloud" / "facilitator"
    run("backups", "folder", str(synced), db=db)
    run("backups", "make", db=db)
    assert len(list(synced.glob("cli-*.sqlite3"))) == 1
    assert run("backups", "folder", db=db).stdout.strip() == str(synced)
    run("backups", "folder", "--default", db=db)
    assert run("backups", "folder", db=db).stdout.strip() == str(db.parent / "backups")


def test_privacy_find_and_erase_a_participant_everywhere(db: Path) -> None:
    run("backups", "make", db=db)
    found = json.loads(run("privacy", "find", "annelies van dijk", "--json", db=db).stdout)
    places = {hit["where"] for hit in found["hits"]}
    assert {"deelnemer", "notitie", "contactpersoon school"} <= places
    assert found["backups"] == 1 and len(found["files"]) == 1
    assert any("stage in groep 7" in hit["excerpt"] for hit in found["hits"])
    assert "keer voor" in run("privacy", "find", "Annelies van Dijk", db=db).stdout

    refused = run("privacy", "erase", "Annelies van Dijk", db=db, check=False)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert b"Annelies van Dijk" in raw_files(db)

    erased = run("privacy", "erase", "Annelies van Dijk", "--yes", db=db).stdout
    assert "Gewist" in erased and "1 reservekopie" in erased
    assert json.loads(run("privacy", "find", "Annelies van Dijk", "--json", db=db).stdout)["hits"] == []
    assert b"Annelies van Dijk" not in raw_files(db)
    [backup] = (db.parent / "backups").glob("*.sqlite3")
    assert b"Annelies van Dijk" not in backup.read_bytes()
    assert b"Bram Bos" in raw_files(db)  # others are left alone


def test_schools_delete_needs_yes_then_erases_for_good(db: Path) -> None:
    run("backups", "make", db=db)
    refused = run("schools", "delete", "Vlinderhof", db=db, check=False)
    assert refused.returncode == 1
    assert "1 sessie(s) en 1 notitie(s)" in refused.stderr and "--yes" in refused.stderr
    assert b"stage in groep 7" in raw_files(db)
    out = run("schools", "delete", "Vlinderhof", "--yes", db=db).stdout
    assert "voorgoed gewist" in out and "Ook gewist uit 1 reservekopie." in out
    assert "Vlinderhof" not in run("schools", "list", db=db).stdout
    assert b"stage in groep 7" not in raw_files(db)
    [backup] = (db.parent / "backups").glob("*.sqlite3")
    assert b"stage in groep 7" not in backup.read_bytes()


def test_backups_restore_is_refused_while_the_app_has_the_database_open(db: Path) -> None:
    made = run("backups", "make", db=db).stdout.split(": ", 1)[1].strip()
    lock = db.with_name(db.name + ".lock")
    lock.write_text(
        f"{os.getpid()}\nfacilitator-app\nlocalhost\n", encoding="utf-8"
    )  # as QLockFile writes it
    refused = run("backups", "restore", made, db=db, check=False)
    assert refused.returncode == 1 and "Sluit de app eerst" in refused.stderr
    assert not list(db.parent.glob("*.replaced-*"))
    lock.unlink()
    assert "bewaard als" in run("backups", "restore", made, db=db).stdout


def test_privacy_find_and_erase_reach_the_vision_document_and_the_restored_file(
    db: Path, tmp_path: Path
) -> None:
    vision = tmp_path / "visie.txt"
    vision.write_text("Onze visie, opgesteld met Marieke  Smit.", encoding="utf-8")
    run("schools", "add", "De Wilg", "--vision-file", str(vision), db=db)
    made = run("backups", "make", db=db).stdout.split(": ", 1)[1].strip()
    restored = run("backups", "restore", made, db=db).stdout
    [aside] = db.parent.glob("cli.replaced-*.sqlite3")
    assert str(aside.name) in restored
    found = run("privacy", "find", "Marieke Smit", db=db).stdout
    assert "visiedocument (origineel)" in found and "nergens" not in found
    assert "opzijgezet bestand van een teruggezette reservekopie" in found and str(aside) in found
    erased = run("privacy", "erase", "Marieke Smit", "--yes", db=db).stdout
    assert "Het oorspronkelijke visiedocument visie.txt (De Wilg) noemde de naam en is verwijderd" in erased
    assert "Ook gewist uit " in erased and "1 reservekopie" in erased
    assert "1 opzijgezet bestand van een teruggezette reservekopie" in erased
    assert "nergens voor" in run("privacy", "find", "Marieke Smit", db=db).stdout
    for path in (db, aside, Path(made)):
        assert b"Smit" not in path.read_bytes(), path
