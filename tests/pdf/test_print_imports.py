"""What a printing process loads: only what the output needs (issue 17's print-set time).

A fresh interpreter per case, since an import shows only the first time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# The print set as separate files, as the benchmark and `print set -o FOLDER` make it.
SET = """
import datetime as dt, sys
from pathlib import Path
from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.core.models import Participant
from facilitator_app.pdf import SessionPrint, write_set

catalogue = load_catalogue(resources.cards_dir())
people = tuple(Participant(f"Deelnemer {n}", catalogue.roles[n % 3].name) for n in range(4))
session = SessionPrint(
    catalogue.themes[0], catalogue.decks, catalogue.scenario_maps[0], catalogue.roles,
    catalogue.schools[0], people, dt.date(2025, 3, 12), dt.time(13, 30),
)
write_set(Path(sys.argv[1]), session)
"""

REPORT = "\nprint(' '.join(sorted(m for m in {0} if m in sys.modules)))\n"
WATCHED = ("pypdf", "ssl", "urllib.request", "http.client", "email", "facilitator_app.core.dutch")
RECORD = "facilitator_app.pdf.record"
SET_MODULES = ("facilitator_app.pdf.bundle", "facilitator_app.pdf.cards", "facilitator_app.pdf.worksheets")


def loaded(code: str, *args: str, watched: tuple[str, ...] = WATCHED) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + REPORT.format(watched), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def test_separate_files_load_neither_pypdf_nor_urllib(tmp_path: Path) -> None:
    # pypdf (~45 ms) only merges or converts a finished PDF; xml.sax.saxutils brought urllib.request,
    # ssl, http.client and email (~70 ms) just to escape three characters; core.dutch words session
    # codes (~30 ms) a set never prints; the record's module is the record's.
    assert loaded(SET, str(tmp_path / "set"), watched=(*WATCHED, RECORD)) == set()
    assert len(list((tmp_path / "set").glob("*.pdf"))) >= 6


def test_one_file_set_loads_pypdf(tmp_path: Path) -> None:
    code = SET.replace(
        "write_set(Path(sys.argv[1]), session)",
        "from facilitator_app.pdf import render_combined\nrender_combined(session)",
    )
    assert loaded(code, watched=("pypdf",)) == {"pypdf"}


def test_the_record_loads_none_of_the_set() -> None:
    code = "import sys\nfrom facilitator_app.pdf import render_record_data\n"
    assert loaded(code, watched=(*SET_MODULES, RECORD)) == {RECORD}


def test_every_public_name_resolves() -> None:
    import facilitator_app.pdf as package

    for name in package.__all__:
        value = getattr(package, name)
        assert getattr(value, "__name__", name) in (name, "clean"), name  # sanitize is fonts.clean
    assert callable(package.combine)
