"""Every text the store accepts prints: the record, the overview, worksheets and the export, in bounded time.

Every field gets the longest the store accepts (``core/validation.py``): a
note, the rationale and the first step 20,000 characters, a name of a
participant or facilitator 5,000, a school name and a title 200. Each is tried with
spaces and as one unbroken word: before, 3,500 words broke the record with a
ReportLab ``LayoutError`` (and with it the whole export) and one word of
20,000 letters took minutes. The commands run through ``cli.main``.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue, Participant, School
from facilitator_app.core.sessions import NoteCategory, Outcome, OutcomeItem, Session
from facilitator_app.core.validation import LINE_LENGTH, NAME_LENGTH, NOTE_LENGTH
from facilitator_app.store import Store
from tests.cli_runner import CliResult, run_db
from tests.pdf.pdfutil import letters, poppler_words

from .conftest import first_scenario_id

#: Seconds one command may take on a slow, shared machine (measured: at most 4.2).
BOUND = 10.0


def filler(letter: str, length: int, *, spaces: bool) -> str:
    """``length`` characters of ``letter``: words of four letters, or one unbroken word."""
    if not spaces:
        return letter * length
    return ((letter * 4 + " ") * (length // 5 + 1))[:length].strip()


def longest_session(store: Store, spaces: bool) -> str:
    """A finished session with every text at the longest the store accepts; returns its id."""
    school = store.schools.add(School(name=filler("s", NAME_LENGTH, spaces=spaces)))
    longest, line = NOTE_LENGTH, LINE_LENGTH
    session = store.sessions.plan(
        Session(
            school_id=school.id,
            title=filler("t", NAME_LENGTH, spaces=spaces),
            date="2025-03-14",
            planned_start="13:30",
            theme_id=store.themes.all()[0].id,
            facilitator=filler("f", line, spaces=spaces),
            participants=(Participant(filler("p", line, spaces=spaces), filler("r", line, spaces=spaces)),),
        )
    )
    store.sessions.start(session.id)
    store.sessions.add_note(
        session.id,
        0,
        NoteCategory.STRENGTH,
        filler("q", longest, spaces=spaces),
        filler("a", line, spaces=spaces),
    )
    store.sessions.add_note(session.id, None, NoteCategory.QUESTION, filler("v", longest, spaces=spaces), "")
    store.sessions.save_outcome(
        session.id,
        Outcome(
            scenario_id=first_scenario_id(store),
            rationale=filler("o", longest, spaces=spaces),
            first_step=filler("e", longest, spaces=spaces),
            first_step_owner=filler("w", line, spaces=spaces),
            support_needed=filler("h", longest, spaces=spaces),
            development_points=(OutcomeItem(filler("d", longest, spaces=spaces)),),
            strengths_used=(OutcomeItem(filler("g", longest, spaces=spaces)),),
            insights_used=(OutcomeItem(filler("i", longest, spaces=spaces)),),
        ),
    )
    store.sessions.finish(session.id)
    return session.id


def cli(db: Path, *args: str) -> tuple[CliResult, float]:
    started = time.monotonic()
    result = run_db(db, *args, check=False)
    return result, time.monotonic() - started


def letters_inside_pages(path: Path) -> str:
    """All letters of the PDF (no white space), after checking that none lies outside its page.

    Poppler gives each word's box but leaves out a letter wholly off the page; pypdf reads every
    letter wherever it is: the same letters from both means none was left out.
    """
    kept: list[str] = []
    for number, page in enumerate(poppler_words(path), start=1):
        for word in page.words:
            assert word.left >= 0 and word.right <= page.width + 0.5, (number, word.text[:40])
            kept.append(word.text)
    found = "".join(kept)
    assert Counter(found) == Counter(letters(path)), "letters lie outside the pages"
    return found


@pytest.mark.fault
@pytest.mark.parametrize("spaces", [True, False], ids=["words", "one-word"])
def test_the_longest_texts_print_in_the_record_overview_and_export(
    tmp_path: Path, catalogue: Catalogue, spaces: bool
) -> None:
    db = tmp_path / "lang.sqlite3"
    with Store.open(db, catalogue) as store:
        session_id = longest_session(store, spaces)

    record = tmp_path / "verslag.pdf"
    result, seconds = cli(db, "print", "record", session_id[:8], "-o", str(record))
    print(f"print record ({'words' if spaces else 'one word'}): {seconds:.1f} s")
    assert result.returncode == 0, result.stderr
    assert seconds < BOUND
    text = letters_inside_pages(record)
    # Nothing cut off: every letter of the note is on a page.
    assert text.count("q") == filler("q", NOTE_LENGTH, spaces=spaces).count("q")
    assert text.count("v") >= filler("v", NOTE_LENGTH, spaces=spaces).count("v")

    anonymised = tmp_path / "anoniem.pdf"
    result, seconds = cli(db, "print", "record", session_id[:8], "--anonymised", "-o", str(anonymised))
    assert result.returncode == 0, result.stderr
    assert seconds < BOUND

    overview = tmp_path / "overzicht.pdf"
    result, seconds = cli(db, "overview", "-o", str(overview))
    print(f"overview: {seconds:.1f} s")
    assert result.returncode == 0, result.stderr
    assert seconds < BOUND
    letters_inside_pages(overview)

    people = tmp_path / "deelnemers.txt"
    name, role = filler("p", LINE_LENGTH, spaces=spaces), filler("r", LINE_LENGTH, spaces=spaces)
    people.write_text(f"{name}; {role}\n", encoding="utf-8")
    sheets = tmp_path / "werkbladen.pdf"
    school = filler("s", NAME_LENGTH, spaces=spaces)
    result, seconds = cli(
        db, "print", "worksheets", "--school", school, "--participants-file", str(people), "-o", str(sheets)
    )
    print(f"worksheets: {seconds:.1f} s")
    assert result.returncode == 0, result.stderr
    assert seconds < BOUND
    letters_inside_pages(sheets)

    archive = tmp_path / "alles.fapp"
    result, seconds = cli(db, "export", "-o", str(archive))
    print(f"export: {seconds:.1f} s")
    assert result.returncode == 0, result.stderr
    assert "1 verslag." in result.stdout  # one record, in the singular
    assert seconds < BOUND
