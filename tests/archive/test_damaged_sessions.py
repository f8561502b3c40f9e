"""A session stored with bad values (an old import, a hand edit) never breaks the rest (issue 12, item 5).

Each bad value is written straight into a real database beside a sound
session; the session list marks it, ``sessions show`` and ``print record``
name what is wrong (exit 1, no traceback), and export and overview leave it
out and say so, while the sound session works as before.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing, redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

import pytest

from facilitator_app import cli
from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store, exchange
from facilitator_app.store.damaged import DamagedSessionError, damaged_sessions

from .factory import finished_session, school

# (name, table, column, stored value, what the message names)
STORED: list[tuple[str, str, str, Any, str]] = [
    ("script-is-text", "sessions", "script", '"hallo"', "het veld 'draaiboek' is geen geldig draaiboek"),
    ("script-not-json", "sessions", "script", "hallo", "het veld 'draaiboek' is geen geldig draaiboek"),
    ("list-is-number", "sessions", "included_optional_parts", "5", "het veld 'optionele delen'"),
    ("infinity", "timebox_runs", "spent_seconds", float("inf"), "het veld 'bestede tijd'"),
    ("start-25-99", "sessions", "planned_start", "25:99", "het veld 'begintijd' ('25:99') is geen tijd"),
    ("date-yesterday", "sessions", "date", "gisteren", "het veld 'datum' ('gisteren')"),
    ("date-feb-30", "sessions", "date", "2026-02-30", "het veld 'datum' ('2026-02-30')"),
    ("position-huge", "notes", "position", 2.0**70, "het veld 'plaats in de lijst'"),
    ("points-is-number", "outcomes", "development_points", "7", "het veld 'ontwikkelpunten'"),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> tuple[Path, str, str]:
    """A database with a sound finished session and the one that is about to be damaged."""
    db = tmp_path_factory.mktemp("damaged") / "basis.sqlite3"
    with Store.open(db, catalogue) as store:
        kempen = school(store)
        sound = finished_session(store, kempen.id, "2024-03-12", 0, first_step="Intervisie plannen")
        victim = finished_session(store, kempen.id, "2024-10-01", 1, first_step="Aanbod in kaart brengen")
    return db, sound.session.id, victim.session.id


def damage(base: tuple[Path, str, str], target: Path, table: str, column: str, value: Any) -> Path:
    db, _, victim = base
    shutil.copy(db, target)
    key = "id" if table == "sessions" else "session_id"
    with closing(sqlite3.connect(target)) as conn, conn:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (value, victim))
    return target


def cli_run(db: Path, *args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["--db", str(db), *args])
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("name", "table", "column", "value", "says"), STORED, ids=[s[0] for s in STORED])
def test_a_damaged_session_is_named_and_left_out_and_the_rest_works(
    base: tuple[Path, str, str], tmp_path: Path, name: str, table: str, column: str, value: Any, says: str
) -> None:
    _, sound, victim = base
    db = damage(base, tmp_path / f"{name}.sqlite3", table, column, value)

    # The list and the overview read no script, notes or time boxes: damage there does not touch them
    # (and checking only what they read keeps them fast on a large archive).
    read_by_history = table in ("sessions", "outcomes") and column not in (
        "script",
        "included_optional_parts",
    )
    code, out, _ = cli_run(db, "sessions", "list", "--json")
    listed = {row["id"]: row["damaged"] for row in json.loads(out)}
    assert code == 0 and listed == {sound: False, victim: read_by_history}
    code, out, _ = cli_run(db, "sessions", "list")
    assert code == 0 and ("BESCHADIGD opgeslagen: 1 sessie;" in out) is read_by_history

    code, _, err = cli_run(db, "sessions", "show", victim)
    assert code == 1 and "Deze sessie kan niet worden getoond" in err and says in err
    code, _, err = cli_run(db, "print", "record", victim, "-o", str(tmp_path / "verslag.pdf"))
    assert code == 1 and says in err
    code, out, _ = cli_run(db, "sessions", "show", sound)
    assert code == 0 and "Intervisie plannen" in out

    archive = tmp_path / "alles.fapp"
    code, _, err = cli_run(db, "export", "-o", str(archive))
    assert code == 0 and "Niet in het archief, want beschadigd opgeslagen" in err and says in err
    with Store.open(tmp_path / "elders.sqlite3") as elsewhere:
        exchange.apply_import(elsewhere, exchange.plan_import(elsewhere, archive))
        assert [s.id for s in elsewhere.archive.sessions()] == [sound]

    code, out, err = cli_run(db, "overview", "--json")
    assert code == 0 and ("Niet in het overzicht" in err and says in err) is read_by_history
    [row] = json.loads(out)
    placed = [placement["session_id"] for placement in row["placements"]]
    assert placed == ([sound] if read_by_history else [sound, victim])


def test_the_store_names_the_damage_for_typed_reads_too(base: tuple[Path, str, str], tmp_path: Path) -> None:
    _, sound, victim = base
    db = damage(base, tmp_path / "kapot.sqlite3", "sessions", "script", '"hallo"')
    with Store.open(db) as store:
        [found] = damaged_sessions(store.sessions)
        assert found.id == victim and "het veld 'draaiboek' is geen geldig draaiboek" in found.describe()
        with pytest.raises(DamagedSessionError, match="geen geldig draaiboek"):
            store.sessions.get(victim)
        assert store.sessions.get(sound).id == sound
    dated = damage(base, tmp_path / "datum.sqlite3", "sessions", "date", "2026-02-30")
    with Store.open(dated) as store:  # the history reads the date: a session without a real one is left out
        [found] = damaged_sessions(store.sessions)
        assert [e.session_id for e in store.archive.school_history(found.school_id)] == [sound]
