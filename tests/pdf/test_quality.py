"""What every PDF meets: embedded fonts, exact Dutch text, placeholders, reproducibility, qpdf."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.core.models import Card, Deck, Participant, Role, ScenarioMap, School, Theme
from facilitator_app.pdf import (
    CardOptions,
    SessionPrint,
    fonts,
    render_cards,
    render_combined,
    render_set,
    sanitize,
)
from facilitator_app.pdf.combine import BLANK_NOTE
from tests.external import require
from tests.pdf.pdfutil import all_text, char_sizes, qpdf_check, reader

DAY = dt.date(2025, 3, 12)
DUTCH = "Coördinatie – één ‘leerteam’ en “ĳverig” • idee"


@pytest.fixture
def session(
    theme: Theme,
    deck: Deck,
    scenario_map: ScenarioMap,
    roles: tuple[Role, ...],
    school: School,
    participants: tuple[Participant, ...],
) -> SessionPrint:
    return SessionPrint(theme, (deck,), scenario_map, roles, school, participants, DAY, dt.time(13, 30))


@pytest.fixture(scope="module")
def _cache() -> dict[str, dict[str, bytes]]:
    return {}


@pytest.fixture
def outputs(session: SessionPrint, _cache: dict[str, dict[str, bytes]]) -> dict[str, bytes]:
    if "set" not in _cache:
        _cache["set"] = render_set(session)
    return _cache["set"]


def test_set_has_every_item(outputs: dict[str, bytes]) -> None:
    assert list(outputs) == [
        "01-draaiboek.pdf",
        "02-werkbladen.pdf",
        "03-kaarten-proef.pdf",
        "04-scenariokaart.pdf",
        "05-posters.pdf",
        "06-deel3.pdf",
        "07-rollen.pdf",
    ]


def test_every_font_is_embedded_truetype(outputs: dict[str, bytes]) -> None:
    for name, data in outputs.items():
        seen = 0
        for page in reader(data).pages:
            resources: Any = page["/Resources"]
            for ref in resources.get("/Font", {}).values():
                font = ref.get_object()
                descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
                descriptor = descendant["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, (name, font["/BaseFont"])
                assert "Lato" in str(font["/BaseFont"]) or "Facilitator" in str(font["/BaseFont"])
                seen += 1
        assert seen, name


def test_pdffonts_reports_every_font_embedded(outputs: dict[str, bytes], tmp_path: Path) -> None:
    require("pdffonts")
    for name, data in outputs.items():
        path = tmp_path / name
        path.write_bytes(data)
        lines = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        rows = lines[2:]
        assert rows, name
        for row in rows:
            assert "TrueType" in row and " yes " in row[60:], row


def test_qpdf_check_passes(outputs: dict[str, bytes], tmp_path: Path) -> None:
    for data in outputs.values():
        qpdf_check(data, tmp_path)


def test_combined_pdf(session: SessionPrint, outputs: dict[str, bytes], tmp_path: Path) -> None:
    combined = render_combined(session)
    pages = sum(len(reader(data).pages) for data in combined.values())
    padding = sum(all_text(data).count(BLANK_NOTE) for data in combined.values())
    assert pages == sum(len(reader(d).pages) for d in outputs.values()) + padding
    assert combined == render_combined(session)
    meta = reader(combined[""]).metadata
    assert meta is not None and (meta.title or "").startswith("Printset Professionaliseren")
    for data in combined.values():
        qpdf_check(data, tmp_path)


def test_byte_identical_twice(session: SessionPrint, outputs: dict[str, bytes]) -> None:
    assert render_set(session) == outputs


def test_metadata(outputs: dict[str, bytes]) -> None:
    for name, data in outputs.items():
        meta = reader(data).metadata
        assert meta is not None and meta.title and meta.author and meta.subject, name


def test_no_character_below_7pt(outputs: dict[str, bytes]) -> None:
    for name, data in outputs.items():
        sizes = char_sizes(data)
        assert min(sizes) >= 7 - 0.01, name


def test_dutch_text_extracts_exactly() -> None:
    card = Card(key="nl", title="Één idee", body=DUTCH)
    data = render_cards(Deck("nl", "Stapel", "text", (card,)), CardOptions(size="A5", backs=False))
    text = all_text(data)
    assert DUTCH in text
    assert "Één idee" in text


def test_emoji_becomes_its_equivalent_or_a_placeholder() -> None:
    card = Card(key="e", title="Notitie", body="Top 👍🏽 gedaan, 🚀 gelanceerd")
    data = render_cards(
        Deck("e", "Stapel", "text", (card,)), CardOptions(size="A6", layout="shop", backs=False)
    )
    text = all_text(data)
    assert "Top (+) gedaan, □ gelanceerd" in text  # a common one has an equivalent, a rare one a box
    assert "👍" not in text


def test_sanitize_keeps_dutch_and_replaces_the_rest() -> None:
    assert sanitize(DUTCH) == DUTCH
    assert sanitize("a\u200db\tc😀🚀") == "ab c:-D□"
    assert sanitize("e\u0301") == "é"


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_sanitize_output_is_always_printable(text: str) -> None:
    cleaned = sanitize(text)
    assert all(ch == "\n" or ord(ch) in fonts.covered() for ch in cleaned)


def test_the_role_glossary_lists_every_role(outputs: dict[str, bytes], session: SessionPrint) -> None:
    text = "".join(page.extract_text() or "" for page in reader(outputs["07-rollen.pdf"]).pages)
    assert "Rollen in de opleidingsschool" in text
    for role in session.roles:
        assert role.name in text
