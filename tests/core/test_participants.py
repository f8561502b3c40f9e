"""One reading of participant lines for the plan dialog's paste and the command line's list."""

from __future__ import annotations

import pytest

from facilitator_app.core.models import Participant
from facilitator_app.core.participants import clean, parse_line, parse_lines


@pytest.mark.parametrize(
    "line",
    ["Anna de Vries; Schoolopleider", "Anna de Vries:Schoolopleider", "Anna de Vries\tSchoolopleider"],
)
def test_every_separator_splits_name_from_role(line: str) -> None:
    assert parse_line(line) == Participant("Anna de Vries", "Schoolopleider")


def test_the_first_separator_splits_and_the_role_keeps_the_rest() -> None:
    assert parse_line("Joost Bakker; leraar: in opleiding") == Participant(
        "Joost Bakker", "leraar: in opleiding"
    )


def test_a_line_without_separator_is_a_name_without_role() -> None:
    assert parse_line("Sara Pinas") == Participant("Sara Pinas", "")


@pytest.mark.parametrize("line", ["", "   ", "\t", "; Schoolopleider", "\ufeff", " : rol"])
def test_a_line_without_a_name_is_nobody(line: str) -> None:
    assert parse_line(line) is None


def test_blank_lines_bom_and_extra_spaces() -> None:
    text = "\ufeffAnna  de   Vries ;  Schoolopleider \r\n\r\n   \n Tom Visser\tWerkplekbegeleider\n"
    assert parse_lines(text) == (
        Participant("Anna de Vries", "Schoolopleider"),
        Participant("Tom Visser", "Werkplekbegeleider"),
    )


def test_lines_or_text_read_the_same() -> None:
    text = "Anna de Vries; Schoolopleider\nSara Pinas\n"
    assert parse_lines(text) == parse_lines(text.splitlines())


def test_clean_drops_bom_and_collapses_spaces() -> None:
    assert clean("\ufeff  Anna \t de\u00a0 Vries\n") == "Anna de Vries"
