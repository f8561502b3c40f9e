"""Imported archives are checked value by value, by the rules typed input follows (issue 12, item 5).

Each bad value from the attack report is put into a real exported archive; the
import is refused with a Dutch message naming the record and the field, exit
status 1, and the database exactly as it was. The same values typed into the
store are refused by the same rules.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from contextlib import closing, redirect_stderr
from dataclasses import replace
from io import StringIO
from pathlib import Path
from typing import Any

import pytest

from facilitator_app import cli
from facilitator_app.core.models import Catalogue, Participant, School
from facilitator_app.core.sessions import NoteCategory, Session, TimeboxRun
from facilitator_app.store import Store, exchange
from facilitator_app.store.errors import InvalidInputError
from facilitator_app.store.exchange import ExchangeError

from .factory import finished_session, school
from .test_cli import run

# (name, table, field, bad value, what the message must say)
BAD: list[tuple[str, str, str, Any, str]] = [
    ("script-is-text", "sessions", "script", "hallo", "het veld 'draaiboek' is geen geldig draaiboek"),
    (
        "list-is-number",
        "sessions",
        "included_optional_parts",
        5,
        "het veld 'optionele delen' is geen geldige lijst",
    ),
    (
        "infinity",
        "timebox_runs",
        "spent_seconds",
        float("inf"),
        "het veld 'bestede tijd' ('inf') is geen eindig getal",
    ),
    ("nan", "timebox_runs", "planned_start", float("nan"), "is geen eindig getal"),
    ("start-25-99", "sessions", "planned_start", "25:99", "het veld 'begintijd' ('25:99') is geen tijd"),
    (
        "date-yesterday",
        "sessions",
        "date",
        "gisteren",
        "het veld 'datum' ('gisteren') is geen bestaande datum",
    ),
    (
        "date-feb-30",
        "sessions",
        "date",
        "2026-02-30",
        "het veld 'datum' ('2026-02-30') is geen bestaande datum",
    ),
    ("school-empty", "schools", "name", "", "school '': het veld 'naam' is leeg"),
    (
        "school-2000",
        "schools",
        "name",
        "x" * 2000,
        "het veld 'naam' is te lang: er passen hoogstens 200 tekens",
    ),
    ("position-2-70", "notes", "position", 2**70, "het veld 'plaats in de lijst'"),
    ("lone-surrogate", "participants", "name", "Anna \ud800", "deelnemer in sessie"),
    (
        "surrogate-in-school",
        "schools",
        "name",
        "De \udc80 Kempen",
        "het veld 'naam' bevat tekens die geen geldige tekst zijn",
    ),
    (
        "note-category",
        "notes",
        "category",
        "roddel",
        "het veld 'soort' ('roddel') heeft een onbekende waarde",
    ),
    (
        "outcome-points",
        "outcomes",
        "development_points",
        7,
        "het veld 'ontwikkelpunten' is geen geldige lijst",
    ),
]


@pytest.fixture(scope="module")
def good_archive(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> Path:
    folder = tmp_path_factory.mktemp("good")
    with Store.open(folder / "bron.sqlite3", catalogue) as store:
        kempen = school(store)
        finished_session(store, kempen.id, "2024-03-12", 0, first_step="Intervisie plannen")
        return exchange.export_archive(store, folder / "goed.fapp").path


def tampered(good: Path, target: Path, table: str, field: str, value: Any) -> Path:
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == f"data/{table}.json":
                records = json.loads(data)
                records[0][field] = value
                data = json.dumps(records).encode("utf-8", "surrogatepass")  # json writes \\udxxx escapes
            out.writestr(info, data)
    return target


def dump(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return list(conn.iterdump())


@pytest.mark.parametrize(("name", "table", "field", "value", "says"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_value_refuses_the_import_and_changes_nothing(
    good_archive: Path,
    store: Store,
    db_path: Path,
    tmp_path: Path,
    name: str,
    table: str,
    field: str,
    value: Any,
    says: str,
) -> None:
    path = tampered(good_archive, tmp_path / f"{name}.fapp", table, field, value)
    before = dump(db_path)
    with pytest.raises(ExchangeError) as refused:
        exchange.plan_import(store, path)
    message = str(refused.value)
    assert message.startswith(f"'{name}.fapp' kan niet worden geïmporteerd: ") and says in message
    assert message.endswith("Er is niets gewijzigd.")
    message.encode("utf-8")  # printable, even when the value was not
    assert dump(db_path) == before


@pytest.mark.parametrize(("name", "table", "field", "value", "says"), BAD, ids=[b[0] for b in BAD])
def test_the_import_command_refuses_with_exit_1(
    good_archive: Path,
    tmp_path: Path,
    catalogue: Catalogue,
    name: str,
    table: str,
    field: str,
    value: Any,
    says: str,
) -> None:
    db = tmp_path / "doel.sqlite3"
    Store.open(db, catalogue).close()
    before = dump(db)
    path = tampered(good_archive, tmp_path / f"{name}.fapp", table, field, value)
    errors = StringIO()
    with redirect_stderr(errors):
        code = cli.main(["--db", str(db), "import", str(path), "--take-theirs"])
    assert code == 1 and says in errors.getvalue() and "Traceback" not in errors.getvalue()
    assert dump(db) == before


def test_a_bad_archive_through_the_command_line_helper(good_archive: Path, tmp_path: Path) -> None:
    path = tampered(good_archive, tmp_path / "slecht.fapp", "sessions", "planned_start", "25:99")
    result = run("import", str(path), db=tmp_path / "doel.sqlite3")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "het veld 'begintijd' ('25:99') is geen tijd" in result.stderr


def test_the_good_archive_still_imports(good_archive: Path, store: Store) -> None:
    report = exchange.apply_import(store, exchange.plan_import(store, good_archive))
    assert report.added > 10


# ───────────────────────────── the same rules for typed input (one validation)


def planned(store: Store, **changes: Any) -> Session:
    kempen = store.schools.add(School(name="Typschool"))
    session = Session(
        school_id=kempen.id,
        title="Sessie",
        date="2025-03-14",
        planned_start="13:30",
        theme_id=store.themes.all()[0].id,
    )
    return replace(session, **changes)


@pytest.mark.parametrize(
    "changes",
    [
        {"date": "gisteren"},
        {"date": "2026-02-30"},
        {"planned_start": "25:99"},
        {"title": "x" * 2000},
        {"participants": (Participant("Anna \ud800", "mentor"),)},
        {"facilitator": "Piet \udc80"},
    ],
    ids=["gisteren", "feb-30", "25-99", "long-title", "surrogate-participant", "surrogate-facilitator"],
)
def test_typed_sessions_follow_the_same_rules(store: Store, changes: dict[str, Any]) -> None:
    with pytest.raises(InvalidInputError):
        store.sessions.plan(planned(store, **changes))


@pytest.mark.parametrize("name", ["", "   ", "x" * 2000, "De \ud800 Kempen"])
def test_typed_school_names_follow_the_same_rules(store: Store, name: str) -> None:
    with pytest.raises(InvalidInputError):
        store.schools.add(School(name=name))


def test_a_clock_never_stores_an_endless_number(store: Store) -> None:
    session = store.sessions.plan(planned(store))
    run_ = TimeboxRun(0, 5, 0.0, 300.0, 0.0, None, spent_seconds=float("inf"))
    with pytest.raises(ValueError):
        store.sessions.record_timebox_runs(session.id, [run_])
    store.sessions.start(session.id)
    with pytest.raises(InvalidInputError):
        store.sessions.add_note(session.id, None, NoteCategory.OTHER, "Tekst", "Anna \ud800")
