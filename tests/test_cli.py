"""The command line as a user runs it: in this process through ``cli.main``, and once per entry point
(``python -m facilitator_app``, the ``facilitator-app`` script) as a real process."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing, suppress
from pathlib import Path

import pytest

from facilitator_app import privatefiles

from .cli_runner import CliResult, run_db


def run(*args: str, db: Path, check: bool = True) -> CliResult:
    return run_db(db, *args, check=check)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def test_themes_show_json_has_the_documented_shape(db: Path) -> None:
    listed = json.loads(run("themes", "list", "--json", db=db).stdout)
    assert [t["key"] for t in listed] == ["professionaliseren"]
    theme = json.loads(run("themes", "show", listed[0]["id"], "--json", db=db).stdout)
    assert {"id", "title", "goals", "materials", "parts"} <= theme.keys()
    boxes = [box for part in theme["parts"] for box in part["timeboxes"]]
    assert [(b["mode"], b["minutes"]) for b in boxes] == [
        ("individual", 5),
        ("collective", 5),
        ("individual", 5),
        ("collective", 10),
        ("individual", 5),
        ("collective", 10),
        ("collective", 20),
    ]
    assert [p["optional"] for p in theme["parts"]] == [False, True, False]
    numbers = [step["number"] for box in boxes for step in box["steps"]]
    assert numbers[:9] == [1, 2, 3, 4, 5, 6, 7, 8, None]
    assert all(isinstance(step["text"], str) and step["text"] for box in boxes for step in box["steps"])


def test_themes_show_by_key_in_text(db: Path) -> None:
    out = run("themes", "show", "professionaliseren", db=db).stdout
    assert "Deel 2: Voorwaarden voor effectieve professionalisering (optioneel)" in out
    assert "Stap 8:" in out


def test_schools_add_with_vision_file_and_show(db: Path, tmp_path: Path) -> None:
    vision = tmp_path / "visie.md"
    vision.write_text("# Onze visie\n\nSamen opleiden in de school – met ë en ’.", encoding="utf-8")
    out = run("schools", "add", "OSG De Brug", "--vision-file", str(vision), db=db).stdout
    assert "OSG De Brug" in out
    shown = json.loads(run("schools", "show", "OSG De Brug", "--json", db=db).stdout)
    assert shown["vision"] == "# Onze visie\n\nSamen opleiden in de school – met ë en ’."
    names = [s["name"] for s in json.loads(run("schools", "list", "--json", db=db).stdout)]
    assert names == ["OSG De Brug", "Voorbeeldschool De Leerwerkplaats"]
    with closing(sqlite3.connect(db)) as conn:  # the original document is kept with the school
        assert conn.execute("SELECT name, data FROM school_files").fetchall() == [
            ("visie.md", vision.read_bytes())
        ]


def test_decks_list_and_show(db: Path) -> None:
    listed = json.loads(run("decks", "list", "--json", db=db).stdout)
    assert {d["key"] for d in listed["decks"]} == {"reflectiekaarten", "inspiratie"}
    deck = json.loads(run("decks", "show", "reflectiekaarten", "--json", db=db).stdout)
    assert [c["key"] for c in deck["cards"]] == ["competenties", "voorwaarden"]
    assert deck["cards"][0]["title"] == "Om welke competenties vraagt dat nu?"
    scenario_map = json.loads(
        run("decks", "show", "scenariokaart-professionaliseren", "--json", db=db).stdout
    )
    assert len(scenario_map["scenarios"]) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("schools", "show", "Bestaat Niet"), "Er is geen school met de naam 'Bestaat Niet'"),
        (("themes", "show", "onbekend"), "Thema 'onbekend' bestaat niet"),
        (("decks", "show", "onbekend"), "Kaartenset 'onbekend' bestaat niet"),
        (("schools", "add", "X", "--vision-file", "/nergens/visie.txt"), "kan niet worden gelezen"),
        (("schools", "add", "X", "--vision-file", "visie.odt"), "onbekend bestandstype"),
    ],
)
def test_user_mistakes_give_a_dutch_message_and_no_traceback(
    db: Path, args: tuple[str, ...], message: str
) -> None:
    result = run(*args, db=db, check=False)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_duplicate_school_is_refused(db: Path) -> None:
    run("schools", "add", "De Brug", db=db)
    result = run("schools", "add", "de brug", db=db, check=False)
    assert result.returncode == 1
    assert "al een school" in result.stderr


def test_wrong_arguments_exit_2_in_dutch(db: Path) -> None:
    result = run("themes", "shw", db=db, check=False)
    assert result.returncode == 2
    assert "ongeldige keuze" in result.stderr
    assert "Gebruik: facilitator-app themes" in result.stderr


def test_newer_database_is_refused_cleanly(db: Path) -> None:
    import sqlite3

    run("schools", "list", db=db)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('facilitator_app', '9999_x', 'x')"
        )
    result = run("schools", "list", db=db, check=False)
    assert result.returncode == 1
    assert "nieuwere versie van de app" in result.stderr


@pytest.mark.parametrize(
    "command", [(), ("themes",), ("themes", "show"), ("schools", "add"), ("decks", "list")]
)
def test_every_command_has_dutch_help(db: Path, command: tuple[str, ...]) -> None:
    out = run(*command, "--help", db=db).stdout
    assert out.startswith("Gebruik: facilitator-app")
    assert "toon deze hulp" in out


def test_version(db: Path) -> None:
    from facilitator_app import __version__

    assert run("--version", db=db).stdout.strip() == f"facilitator-app {__version__}"


def test_main_runs_command_after_command_in_one_process_and_leaves_nothing_open(db: Path) -> None:
    def open_files() -> set[Path]:  # the files this process holds open under the test's folder
        held = set()
        for fd in list(Path("/proc/self/fd").iterdir()):
            with suppress(OSError):  # the listing's own descriptor is closed by now
                held.add(fd.readlink())
        return {path for path in held if db.parent in path.parents}

    stdout = sys.stdout
    run("schools", "add", "De Brug", db=db)
    assert "De Brug" in run("schools", "list", db=db).stdout  # the second call sees the first's write
    assert run("schools", "add", "de brug", db=db, check=False).returncode == 1  # a refusal closes too
    assert run("themes", "shw", db=db, check=False).returncode == 2
    assert open_files() == set()  # no connection to the database, its -wal or -shm is left open
    privatefiles.refuse_own_file(db)  # no call's guard over its database outlives the call
    assert sys.stdout is stdout


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    """``python -m facilitator_app`` as a real process: the smoke test of that entry point."""
    target = tmp_path / "via-env.sqlite3"
    env = {**os.environ, "FACILITATOR_APP_DB": str(target)}
    subprocess.run(
        [sys.executable, "-m", "facilitator_app", "schools", "list"], env=env, check=True, capture_output=True
    )
    assert target.exists()


def test_console_script_entry_point(db: Path) -> None:
    """The ``facilitator-app`` script pyproject.toml installs, as a real process."""
    script = Path(sys.executable).with_name("facilitator-app")
    result = subprocess.run(
        [str(script), "--db", str(db), "themes", "list"], capture_output=True, text=True, check=True
    )
    assert "Professionaliseren" in result.stdout


def test_a_command_that_prints_nothing_loads_no_print_layer_and_a_print_command_does(
    db: Path, tmp_path: Path
) -> None:
    code = (
        "import sys\n"
        "from facilitator_app import cli\n"
        "status = cli.main(sys.argv[1:])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('reportlab', 'PySide6')}))\n"
        "sys.exit(status)\n"
    )

    def loaded(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, "--db", str(db), *args], capture_output=True, text=True, check=True
        )
        return result.stdout.strip().splitlines()[-1]

    assert loaded("schools", "list") == "[]"  # ReportLab (~0.3 s to import) only where a PDF is made
    assert loaded("print", "alignment", "-o", str(tmp_path / "test.pdf")) == "['reportlab']"
