"""Hostile command-line input: each gives a Dutch message and exit status != 0, and changes nothing.

Through ``cli.main`` as a user (or a script) would run it; bytes that are no UTF-8 through a real process.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, School
from facilitator_app.store import Store
from tests.cli_runner import CliResult, run_db

ENTRY = [sys.executable, "-m", "facilitator_app"]


def cli(db: Path, *args: str) -> CliResult:
    return run_db(db, *args, check=False)


@pytest.fixture
def db(tmp_path: Path, catalogue: Catalogue) -> Path:
    path = tmp_path / "invoer.sqlite3"
    with Store.open(path, catalogue) as store:
        store.schools.add(School(name="Kleur\x1b[31mRood\x1b[0m\x07"))
        store.schools.add(School(name="100% Samen"))
        store.schools.add(School(name="De Linde"))
    return path


def school_names(db: Path, catalogue: Catalogue) -> list[str]:
    with Store.open(db, catalogue) as store:
        return sorted(s.name for s in store.schools.all())


@pytest.mark.fault
@pytest.mark.parametrize("field", ["version", "format", "minutes-like number"])
def test_a_number_too_big_for_the_database_in_a_deck_file_is_refused(
    db: Path, tmp_path: Path, catalogue: Catalogue, field: str
) -> None:
    exported = tmp_path / "kaarten.toml"
    assert cli(db, "decks", "export", "inspiratie", "-o", str(exported)).returncode == 0
    text = exported.read_text(encoding="utf-8")
    huge = "99999999999999999999999"
    if field == "version":
        text = re.sub(r"\nversion = \d+\n", f"\nversion = {huge}\n", text, count=1)
    elif field == "format":
        text = text.replace("format = 1\n", f"format = -{huge}\n")
    else:
        text = re.sub(r"\nversion = \d+\n", "\nversion = 1000001\n", text, count=1)
    hostile = tmp_path / "groot.toml"
    hostile.write_text(text, encoding="utf-8")
    with Store.open(db, catalogue) as store:
        before = len(store.decks.all())
    result = cli(db, "decks", "import", str(hostile))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "moet een getal van 0 tot en met 1000000 zijn" in result.stderr
    with Store.open(db, catalogue) as store:
        assert len(store.decks.all()) == before


@pytest.mark.fault
def test_an_argument_that_is_not_utf8_is_refused_by_name(db: Path, catalogue: Catalogue) -> None:
    before = school_names(db, catalogue)
    # Bytes in argv as the shell passes them: only a real process gets them decoded as Python does.
    result = subprocess.run(
        [*ENTRY, "--db", str(db), "schools", "add", b"Caf\xe9 de Hoek"], capture_output=True, timeout=120
    )
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert "Traceback" not in stderr
    assert "het argument 'Caf\ufffd de Hoek' bevat tekens die geen UTF-8 zijn" in stderr
    assert school_names(db, catalogue) == before


@pytest.mark.fault
def test_control_characters_in_names_are_shown_escaped(db: Path) -> None:
    result = cli(db, "schools", "list")
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Kleur\\u001b[31mRood\\u001b[0m\\u0007" in result.stdout
    missing = cli(db, "schools", "show", "Geen\x1b[2J")
    assert missing.returncode == 1 and "\x1b" not in missing.stderr and "Geen\\u001b[2J" in missing.stderr


@pytest.mark.fault
def test_percent_and_underscore_match_only_themselves(db: Path) -> None:
    for wildcard in ("_", "%%", "D_ Linde"):
        result = cli(db, "schools", "show", wildcard)
        assert result.returncode == 1, (wildcard, result.stdout)
        assert f"Er is geen school met de naam '{wildcard}'" in result.stderr
    for part in ("%", "100%"):  # a literal part of one name
        found = cli(db, "schools", "show", part)
        assert found.returncode == 0 and "100% Samen" in found.stdout, found.stderr


@pytest.mark.fault
@pytest.mark.parametrize("count", ["-1", "0", "201", "100000"])
def test_blank_worksheet_sets_are_bounded(db: Path, tmp_path: Path, count: str) -> None:
    out = tmp_path / "werkbladen.pdf"
    started = time.monotonic()
    result = cli(db, "print", "worksheets", "--blank", count, "-o", str(out))
    assert time.monotonic() - started < 30
    assert result.returncode == 2
    assert f"kies 1 tot en met 200 blanco sets, niet {int(count)}" in result.stderr
    assert not out.exists()
