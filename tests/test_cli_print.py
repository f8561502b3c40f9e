"""`facilitator-app print …` through ``cli.main``, read back as PDFs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from .cli_runner import CliResult, run_db

MM = 72 / 25.4


def run(db: Path, *args: str, check: bool = True) -> CliResult:
    return run_db(db, "print", *args, check=check)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "print.sqlite3"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_cards_shop_layout_has_trim_and_bleed(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kaarten.pdf"
    run(db, "cards", "--layout", "shop", "--size", "A5", "--date", "2026-03-12", "-o", str(out))
    reader = PdfReader(out)
    # Two cards, front and back; a long text continues on a second card (also front and back).
    assert len(reader.pages) >= 4 and len(reader.pages) % 2 == 0
    trim = reader.pages[0].trimbox
    bleed = reader.pages[0].bleedbox
    assert float(trim.width) == pytest.approx(148 * MM, abs=0.1)
    assert float(trim.height) == pytest.approx(210 * MM, abs=0.1)
    assert float(bleed.width) - float(trim.width) == pytest.approx(6 * MM, abs=0.1)


def test_back_offset_and_flip_are_passed_through(db: Path, tmp_path: Path) -> None:
    plain, shifted = tmp_path / "a.pdf", tmp_path / "b.pdf"
    run(db, "cards", "--date", "2026-03-12", "-o", str(plain))
    run(db, "cards", "--date", "2026-03-12", "--flip", "short", "--back-offset", "2,-1", "-o", str(shifted))
    assert plain.read_bytes() != shifted.read_bytes()
    assert len(PdfReader(shifted).pages) == len(PdfReader(plain).pages)


def test_worksheets_per_participant_carry_names_and_school(db: Path, tmp_path: Path) -> None:
    people = tmp_path / "deelnemers.txt"
    people.write_text("Anna de Vries; werkplekbegeleider\nBram Özdemir; schoolopleider\n", encoding="utf-8")
    out = tmp_path / "werkbladen.pdf"
    run(db, "worksheets", "--school", "Voorbeeldschool", "--participants-file", str(people), "-o", str(out))
    text = text_of(out)
    assert "Anna de Vries" in text
    assert "Bram Özdemir" in text
    assert "Voorbeeldschool De Leerwerkplaats" in text


def test_script_has_clock_times_from_the_start(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "draaiboek.pdf"
    run(db, "script", "--start", "13:30", "-o", str(out))
    text = text_of(out)
    assert "13:30" in text
    assert "14:10" in text  # part 3 after 40 minutes with part 2


def test_set_to_a_folder_and_to_one_pdf(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "set"
    run(db, "set", "--school", "Voorbeeld", "-o", str(folder))
    names = sorted(p.name for p in folder.glob("*.pdf"))
    assert names == [
        "01-draaiboek.pdf",
        "02-werkbladen.pdf",
        "03-kaarten-reflectiekaarten.pdf",
        "04-scenariokaart.pdf",
        "05-posters.pdf",
        "06-deel3.pdf",
        "07-rollen.pdf",
    ]
    assert "Voorbeeldschool" in text_of(folder / "06-deel3.pdf")
    combined = tmp_path / "alles.pdf"
    result = run(db, "set", "-o", str(combined))
    # One file per paper size: the A3 map and posters apart, named in the message.
    a3 = tmp_path / "alles-A3.pdf"
    assert str(a3) in result.stdout
    total = sum(len(PdfReader(folder / name).pages) for name in names)
    padding = sum(text_of(path).count("deze pagina is bewust leeg") for path in (combined, a3))
    assert len(PdfReader(combined).pages) + len(PdfReader(a3).pages) == total + padding


def test_scenario_map_is_landscape_and_posters_a3(db: Path, tmp_path: Path) -> None:
    scenario_map, posters = tmp_path / "kaart.pdf", tmp_path / "posters.pdf"
    run(db, "scenario-map", "--paper", "A4", "-o", str(scenario_map))
    box = PdfReader(scenario_map).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((297 * MM, 210 * MM), abs=0.1)
    run(db, "posters", "-o", str(posters))
    reader = PdfReader(posters)
    assert len(reader.pages) == 4  # strengths, development points, insights, advice (step 8B)
    box = reader.pages[0].mediabox
    assert sorted((float(box.width), float(box.height))) == pytest.approx([297 * MM, 420 * MM], abs=0.1)
    assert "Ontwikkelpunten" in text_of(posters)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("cards", "--size", "20x20"), "Een eigen kaartformaat"),
        (("cards", "--size", "groot"), "Kaartformaat 'groot' ken ik niet"),
        (("cards", "--back-offset", "links"), "Verschuiving 'links'"),
        (("cards", "--card", "bestaat-niet"), "Kies uit: competenties, voorwaarden"),
        (("cards", "--deck", "inspiratie", "--card", "interne-academie", "--size", "A7"), "past niet op A7"),
        (("script", "--start", "half twee"), "geen tijd"),
        (("worksheets", "--with-vision"), "--school NAAM"),
        (("posters", "--date", "12-03-2026"), "geen datum"),
    ],
)
def test_mistakes_are_explained_in_dutch(
    db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "x.pdf"
    result = run(db, *args, "-o", str(out), check=False)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_size_too_small_prints_what_fits_and_names_the_rest(db: Path, tmp_path: Path) -> None:
    whole = tmp_path / "a6.pdf"
    run(db, "set", "--all-decks", "--size", "A6", "-o", str(whole))  # not failing as a whole
    assert "interne academie" in text_of(whole).replace("\n", " ")
    small = tmp_path / "a7.pdf"
    result = run(db, "set", "--all-decks", "--size", "A7", "-o", str(small))
    # The reflection cards print at A7; the recipes are named with the smallest size that holds them.
    assert "Leren bij een interne academie" in result.stdout and "past op A6" in result.stdout
    assert "Met --size A6 komen ze mee." in result.stdout
    assert "REFLECTIEKAART B" in text_of(small)
    # Card A (weten/begrijpen/toepassen per role) does not fit A7 either: named, never shrunk below 9 pt.
    assert (
        "‘Om welke competenties vraagt dat nu?’ uit ‘Reflectiekaarten Professionaliseren’ (past op A6)"
        in (result.stdout)
    )
    alone = run(
        db,
        "cards",
        "--deck",
        "inspiratie",
        "--card",
        "interne-academie",
        "--size",
        "A7",
        "-o",
        str(tmp_path / "x.pdf"),
        check=False,
    )
    assert alone.returncode == 1 and "--size A6" in alone.stderr and "--size A5" not in alone.stderr


def test_part3_form_blank_or_filled_in(db: Path, tmp_path: Path) -> None:
    filled, blank = tmp_path / "deel3.pdf", tmp_path / "blanco.pdf"
    run(
        db, "part3", "--school", "Voorbeeld", "--participant", "Anna de Vries:schoolleider", "-o", str(filled)
    )
    text = text_of(filled)
    assert "Deel 3 · Duiden opbrengsten" in text and "Anna de Vries (schoolleider)" in text
    run(db, "part3", "--school", "Voorbeeld", "--part3-blank", "-o", str(blank))
    assert "Voorbeeldschool" not in text_of(blank) and "De eerste ontwikkelstap" in text_of(blank)


def test_worksheets_follow_the_planned_session(db: Path, tmp_path: Path) -> None:
    people = [
        "--participant",
        "Anna de Vries:schoolleider",
        "--participant",
        "Bram Jansen:werkplekbegeleider",
    ]
    command = [
        "sessions",
        "plan",
        "--school",
        "Voorbeeld",
        "--date",
        "2026-05-19",
        "--start",
        "09:15",
        "--json",
    ]
    plan = run_db(db, *command, *people)
    session_id = json.loads(plan.stdout)["id"]
    sheets = tmp_path / "werkbladen.pdf"
    run(db, "worksheets", "--session", session_id, "--duplex", "-o", str(sheets))
    pages = [page.extract_text() or "" for page in PdfReader(sheets).pages]
    text = "\n".join(pages)
    # The session's date (not today), its participants, and clock times from its start.
    assert "19 mei 2026" in text and "Anna de Vries" in text and "Bram Jansen" in text
    assert "09:15–09:20 (5 minuten)" in text
    # Page numbers count per participant; the duplex filler page carries no band or footer.
    numbers = [line for page in pages for line in page.splitlines() if line.startswith("pagina ")]
    assert "pagina 4" not in numbers and numbers.count("pagina 1") == 2
    fillers = [page for page in pages if "deze pagina is bewust leeg" in page]
    assert fillers and all(
        "Werkblad" not in page and "pagina" not in page.replace("deze pagina", "") for page in fillers
    )
    # --start still overrides the session's start.
    later = tmp_path / "later.pdf"
    run(db, "worksheets", "--session", session_id, "--start", "14:00", "-o", str(later))
    assert "14:00–14:05 (5 minuten)" in text_of(later)


def test_overview_says_it_left_out_the_example_school(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "overzicht.pdf"
    run(db, "overview", "-o", str(out))
    assert "0 scholen (zonder de voorbeeldschool ‘Voorbeeldschool De Leerwerkplaats’)" in text_of(out)
    listed = run_db(db, "overview")
    assert "De voorbeeldschool telt niet mee: Voorbeeldschool De Leerwerkplaats" in listed.stdout
    chosen = tmp_path / "gekozen.pdf"
    run(db, "overview", "--school", "Voorbeeld", "-o", str(chosen))
    assert "zonder de voorbeeldschool" not in text_of(chosen)


def test_shop_cards_in_cmyk(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "drukker.pdf"
    run(db, "cards", "--layout", "shop", "--color", "cmyk", "-o", str(out))
    content = b"".join(page.get_contents().get_data() for page in PdfReader(out).pages)  # type: ignore[union-attr]
    assert b" k\n" in content and b" rg\n" not in content
