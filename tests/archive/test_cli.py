"""The archive commands as a user runs them, through ``cli.main`` in this process."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.core.sessions import NoteCategory, Session
from facilitator_app.store import Store
from tests.cli_runner import CliResult, run_db
from tests.pdf.pdfutil import all_text

from .conftest import FOLLOW_UP
from .factory import PEOPLE, finished_session, school


def run(*args: str, db: Path) -> CliResult:
    return run_db(db, *args, check=False)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("cli") / "archief.sqlite3"
    with Store.open(db, load_catalogue(resources.cards_dir())) as store:
        kempen = school(store)
        finished_session(store, kempen.id, "2024-03-12", 0)
        last = finished_session(store, kempen.id, "2025-03-14", 2, amend=True, follow_up=FOLLOW_UP)
    return db, last.session.id


def ok(result: CliResult) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def user_error(result: CliResult) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr


def test_sessions_list_and_show(filled: tuple[Path, str]) -> None:
    db, session_id = filled
    listing = json.loads(ok(run("sessions", "list", "--school", "Kempen", "--json", db=db)))
    assert [s["date"] for s in listing] == ["2025-03-14", "2024-03-12"]
    assert session_id[:8] in ok(run("sessions", "list", db=db))
    shown = ok(run("sessions", "show", session_id[:8], db=db))
    assert "Scenario: Samen leren" in shown and "Gecorrigeerd op" in shown and "Notities (6)" in shown
    data = json.loads(ok(run("sessions", "show", session_id, "--json", db=db)))
    assert data["outcome"]["scenario_name"] == "Samen leren" and len(data["timebox_runs"]) == 7
    follow_up = data["follow_up"]
    assert (follow_up["status"], follow_up["text"], follow_up["previous_date"]) == (
        "partly",
        FOLLOW_UP[1],
        "2024-03-12",
    )
    assert follow_up["first_step"] == "Een gesprek per rol over de competenties uit de visie"
    assert f"Opvolging van de vorige stap (2024-03-12: {follow_up['first_step']})" in shown
    assert f"deels gedaan – {FOLLOW_UP[1]}" in shown
    first = json.loads(ok(run("sessions", "show", listing[1]["id"], "--json", db=db)))
    assert first["follow_up"] is None
    assert "geen sessie" in user_error(run("sessions", "show", "ffffffff", db=db))


def test_print_record_anonymised(filled: tuple[Path, str], tmp_path: Path) -> None:
    db, session_id = filled
    target = tmp_path / "verslag.pdf"
    assert "opgeslagen" in ok(
        run("print", "record", session_id[:8], "--anonymised", "-o", str(target), db=db)
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = all_text(target.read_bytes())
    assert "Samen leren" in text
    assert not any(p.name.split()[0] in text for p in PEOPLE)


@pytest.mark.parametrize("typed", ["Anna  de Vries", "Anna de\nVries"], ids=["two-spaces", "line-break"])
def test_print_record_anonymised_hides_a_name_typed_with_two_spaces_or_a_line_break(
    tmp_path: Path, typed: str
) -> None:
    db = tmp_path / "spaties.sqlite3"
    with Store.open(db, load_catalogue(resources.cards_dir())) as store:
        session = store.sessions.plan(
            Session(
                school_id=school(store).id,
                title="Sessie",
                date="2025-03-14",
                planned_start="13:30",
                theme_id="professionaliseren",
                participants=PEOPLE,
            )
        )
        store.sessions.start(session.id)
        store.sessions.add_note(session.id, 0, NoteCategory.STRENGTH, f"Volgens {typed} gaat het goed.", "")
    target = tmp_path / "anoniem.pdf"
    ok(run("print", "record", session.id[:8], "--anonymised", "-o", str(target), db=db))
    text = " ".join(all_text(target.read_bytes()).split())
    assert "Volgens [schoolopleider] gaat het goed." in text
    assert "Vries" not in text


def test_export_import_dry_run_and_conflict_choice(filled: tuple[Path, str], tmp_path: Path) -> None:
    db, session_id = filled
    archive = tmp_path / "kempen.fapp"
    assert "Archief opgeslagen" in ok(run("export", "--school", "De Kempen", "-o", str(archive), db=db))
    assert "eindigt op .fapp" in user_error(run("export", "-o", str(tmp_path / "x.txt"), db=db))
    other = tmp_path / "ander.sqlite3"
    dry = ok(run("import", str(archive), "--dry-run", db=other))
    assert "sessies: 2 nieuw" in dry and "niets gewijzigd" in dry
    assert "Ingelezen: " in ok(run("import", str(archive), db=other))
    plan = json.loads(ok(run("import", str(archive), "--dry-run", "--json", db=other)))
    assert plan["counts"]["session"] == {"new": 0, "same": 2, "conflicts": 0}
    # Make a conflict on their side; importing without a choice changes nothing.
    with Store.open(other) as store:
        note = store.sessions.notes(session_id)[0]
        store.db.execute("UPDATE notes SET text = 'anders' WHERE id = ?", [note.id])
        store.db.conn.commit()
    assert "--keep-mine" in user_error(run("import", str(archive), db=other))
    ok(run("import", str(archive), "--take-theirs", db=other))
    with Store.open(other) as store:
        assert store.sessions.note(note.id).text == note.text


def test_import_refuses_a_hostile_file(filled: tuple[Path, str], tmp_path: Path) -> None:
    db, _ = filled
    bad = tmp_path / "kapot.fapp"
    bad.write_bytes(b"PK\x03\x04 niets")
    assert "kan niet worden geïmporteerd" in user_error(run("import", str(bad), db=db))


def test_search_with_filters(filled: tuple[Path, str]) -> None:
    db, _ = filled
    hits = json.loads(ok(run("search", "basistraining", "--school", "Kempen", "--json", db=db)))
    assert len(hits) == 2
    only = json.loads(
        ok(run("search", "basistraining", "--from", "2025-01-01", "--to", "2025-12-31", "--json", db=db))
    )
    assert [h["date"] for h in only] == ["2025-03-14"]
    assert "[basistraining]" in ok(run("search", "basis", "--theme", "professionaliseren", db=db))
    assert "geen datum" in user_error(run("search", "x", "--from", "gisteren", db=db))


def test_overview_text_json_and_pdf(filled: tuple[Path, str], tmp_path: Path) -> None:
    db, _ = filled
    assert "De Kempen · Professionaliseren: Ieder voor zich" in ok(run("overview", db=db))
    rows = json.loads(ok(run("overview", "--json", db=db)))
    assert rows[0]["change"] == 2
    target = tmp_path / "overzicht.pdf"
    ok(run("overview", "-o", str(target), "--date", "2025-04-01", db=db))
    assert "Overzicht van het partnerschap" in all_text(target.read_bytes())

    # The same PDF as a print command, as the other printed items are.
    printed = tmp_path / "afdruk.pdf"
    ok(run("print", "overview", "--school", "De Kempen", "-o", str(printed), "--date", "2025-04-01", db=db))
    text = all_text(printed.read_bytes())
    assert "Overzicht van het partnerschap" in text and "De Kempen" in text
    assert run("print", "overview", "--school", "Bestaat niet", "-o", str(printed), db=db).returncode == 1


def test_import_deck_file(filled: tuple[Path, str], tmp_path: Path) -> None:
    db, _ = filled
    from facilitator_app.core.deckfile import write_deck_file

    deck = next(d for d in load_catalogue(resources.cards_dir()).decks if d.key == "inspiratie")
    path = write_deck_file(deck, tmp_path / "inspiratie.toml")
    assert "nieuwe, bewerkbare set" in ok(run("import", str(path), db=db))
    broken = tmp_path / "kapot.toml"
    broken.write_text('format = 1\nkind = "deck"\n', encoding="utf-8")
    assert "kapot.toml" in user_error(run("import", str(broken), db=db))
