"""A whole session from plan to printed record, through the command line only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facilitator_app import cli
from tests.pdf.pdfutil import all_text


class Shell:
    """Runs ``facilitator-app --db DB …`` in process and returns what it printed."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *argv: str, status: int = 0) -> str:
        self.capsys.readouterr()
        code = cli.main(["--db", str(self.db), *argv])
        out, err = self.capsys.readouterr()
        assert code == status, (argv, out, err)
        assert "Traceback" not in err
        return out if status == 0 else err

    def json(self, *argv: str) -> Any:
        return json.loads(self(*argv, "--json"))


@pytest.fixture
def sh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Shell:
    shell = Shell(tmp_path / "cli.sqlite3", capsys)
    shell("schools", "add", "De Kempen")
    return shell


def plan(sh: Shell, *extra: str) -> str:
    planned = sh.json(
        "sessions", "plan", "--school", "Kempen", "--date", "2031-03-14", "--start", "13:30",
        "--facilitator", "Ingrid Bakker", "--participant", "Anna de Vries:schoolopleider", *extra,
    )  # fmt: skip
    assert planned["warnings"] == []
    return str(planned["id"])


def test_a_whole_session_from_plan_to_printed_record(sh: Shell, tmp_path: Path) -> None:
    session = plan(sh)
    assert sh.json("sessions", "status", session)["phase"] == "planned"
    started = sh.json("sessions", "start", session)
    assert started["phase"] == "running" and started["box"] == {
        "number": 1, "of": 5, "timebox_index": 0, "label": "Deel 1 · stap 1", "mode": "individual",
    }  # fmt: skip
    assert "Notitie bewaard bij Deel 1 · stap 1" in sh(
        "sessions", "note", session, "Iedere rol kent een eigen aanbod", "--category", "sterk"
    )
    moved = sh.json("sessions", "next", session)
    assert moved["box"]["label"] == "Deel 1 · stap 2"
    note = sh.json("sessions", "note", session, "Weinig samenhang met de visie", "--category", "ontwikkel")
    assert note["timebox_index"] == 1 and note["category"] == "development"
    sh("sessions", "note", session, "Goede sfeer", "--whole-session")
    assert sh.json("sessions", "previous", session)["box"]["number"] == 1
    assert sh.json("sessions", "jump", session, "5")["box"]["label"] == "Deel 3"
    assert "Het laatste tijdvak is voorbij" in sh("sessions", "next", session)
    assert "rond de sessie af" in sh("sessions", "next", session, status=1).lower()

    card = sh.json("decks", "show", "inspiratie")["cards"][0]["title"]
    saved = sh.json(
        "sessions", "outcome", session, "--scenario", "2", "--rationale", "Aanbod per rol, weinig samenhang.",
        "--first-step", "Een gesprek per rol over de competenties", "--owner", "Anna de Vries",
        "--due", "2031-04-01", "--support", "Tijd in de jaartaak", "--development", "Samenhang in het aanbod",
        "--strength", "Betrokken werkplekbegeleiders", "--insight", "Rollen zien elkaar te weinig",
        "--card", card,
    )  # fmt: skip
    assert saved["missing"] == []
    finished = sh.json("sessions", "finish", session)
    assert finished["finished"] is True and Path(finished["backup"]).exists()
    assert "correctie" in sh("sessions", "note", session, "Nog iets", status=1)
    sh(
        "sessions",
        "amend",
        session,
        "--field",
        "ondersteuning",
        "--value",
        "Tijd en budget",
        "--reason",
        "Aangevuld",
    )
    assert sh.json("sessions", "status", session)["phase"] == "amended"

    record = tmp_path / "verslag.pdf"
    assert "Verslag opgeslagen" in sh("print", "record", session, "-o", str(record))
    text = " ".join(all_text(record.read_bytes()).split())
    for expected in (
        "De Kempen",
        "Anna de Vries (schoolopleider)",
        "Aanbod per rol, weinig samenhang.",
        "Een gesprek per rol over de competenties",
        "Wie: Anna de Vries",
        "Wanneer: 1 april 2031",
        "Samenhang in het aanbod",
        "Betrokken werkplekbegeleiders",
        "Rollen zien elkaar te weinig",
        "Inspiratiekaarten",
        card,
        "Gecorrigeerd op",
        "oorspronkelijk „Tijd in de jaartaak”",
        "Reden: Aangevuld",
        "Iedere rol kent een eigen aanbod",
        "Weinig samenhang met de visie",
        "Goede sfeer",
    ):
        assert expected in text, expected


def test_the_wrong_order_gets_a_dutch_message(sh: Shell) -> None:
    session = plan(sh)
    assert "nog niet gestart" in sh("sessions", "finish", session, status=1)
    # Before the start, moving only chooses where the session will begin.
    assert sh.json("sessions", "next", session)["box"]["number"] == 2
    assert sh.json("sessions", "previous", session)["box"]["number"] == 1
    sh("sessions", "start", session)
    assert "al gestart" in sh("sessions", "start", session, status=1)
    assert "bestaat niet" in sh("sessions", "jump", session, "9", status=1)
    assert "nog niet afgerond" in sh(
        "sessions", "amend", session, "--field", "wie", "--value", "Bram", "--reason", "x", status=1
    )
    sh("sessions", "outcome", session, "--rationale", "Omdat", "--development", "Samenhang")
    error = sh("sessions", "finish", session, status=1)
    assert "Vul eerst in: scenario, eerste ontwikkelstap." in error
    assert sh.json("sessions", "status", session)["missing"] == ["scenario_id", "first_step"]
    assert "staat niet op de kaart" in sh("sessions", "outcome", session, "--scenario", "Nergens", status=1)
    assert "bestaat niet" in sh("sessions", "outcome", session, "--card", "Geen kaart", status=1)


@pytest.mark.parametrize(
    ("field", "flag", "label"),
    [
        ("scenario_id", "--scenario", "scenario"),
        ("rationale", "--rationale", "onderbouwing"),
        ("first_step", "--first-step", "eerste ontwikkelstap"),
        ("development_points", "--development", "ontwikkelpunten"),
    ],
)
def test_finishing_names_each_missing_field_in_dutch(sh: Shell, field: str, flag: str, label: str) -> None:
    session = plan(sh)
    sh("sessions", "start", session)
    values = {
        "--scenario": "1",
        "--rationale": "Omdat",
        "--first-step": "Een gesprek",
        "--development": "Samenhang",
    }
    arguments = [part for f, v in values.items() if f != flag for part in (f, v)]
    sh("sessions", "outcome", session, *arguments)
    assert f"Vul eerst in: {label}." in sh("sessions", "finish", session, status=1)
    assert sh.json("sessions", "status", session)["missing"] == [field]


def test_plan_warns_and_fits_a_shorter_slot(sh: Shell) -> None:
    planned = sh.json(
        "sessions", "plan", "--school", "Kempen", "--date", "2020-01-06", "--start", "09:00",
        "--part", "2", "--slot", "40",
    )  # fmt: skip
    assert [w["code"] for w in planned["warnings"]] == ["no_participants", "start_in_past"]
    assert planned["included_optional_parts"] == []
    assert sum(entry["minutes"] for entry in planned["timeline"]) == 40
    assert any("vervalt" in line for line in planned["adjustments"])
    text = sh(
        "sessions", "plan", "--school", "Kempen", "--date", "2020-01-06", "--start", "09:00",
        "--minutes", "4=8",
    )  # fmt: skip
    assert "geen deelnemers" in text and "in het verleden" in text
    # The theme itself is untouched: a session's minutes are its own.
    boxes = [
        b["minutes"] for p in sh.json("themes", "show", "professionaliseren")["parts"] for b in p["timeboxes"]
    ]
    assert boxes == [5, 5, 5, 10, 5, 10, 20]
    assert "TIJDVAK=MIN" in sh(
        "sessions", "plan", "--school", "Kempen", "--date", "2031-01-06", "--start", "09:00",
        "--minutes", "vier", status=1,
    )  # fmt: skip


def test_the_participants_of_the_last_session_again(sh: Shell) -> None:
    plan(sh)
    again = sh.json(
        "sessions", "plan", "--school", "Kempen", "--date", "2031-09-01", "--start", "13:30",
        "--same-participants", "--participant", "Bram Jansen:werkplekbegeleider",
    )  # fmt: skip
    assert again["warnings"] == []
    people = sh.json("sessions", "show", again["id"])["participants"]
    assert people == [
        {"name": "Anna de Vries", "role": "schoolopleider"},
        {"name": "Bram Jansen", "role": "werkplekbegeleider"},
    ]


def test_show_calls_the_time_boxes_ahead_of_a_running_session_not_begun(sh: Shell) -> None:
    """Seen beside the open app: a session started from the command line showed its later boxes as skipped."""
    session = plan(sh)
    sh("sessions", "start", session)
    times = sh("sessions", "show", session).split("Tijden (gepland / werkelijk)")[1].split("Notities")[0]
    assert "overgeslagen" not in times
    assert times.count("nog niet begonnen") == 4
