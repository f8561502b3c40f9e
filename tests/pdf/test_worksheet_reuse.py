"""Worksheets of participants who share a role reuse the first set's pages: only the name differs."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from facilitator_app.core.models import Deck, Participant, Role, School, Theme
from facilitator_app.pdf import WorksheetOptions, card_lookup, render_worksheets
from tests.external import require
from tests.pdf.pdfutil import plumber, reader

DAY = dt.date(2025, 3, 12)


def page_texts(data: bytes) -> list[str]:
    with plumber(data) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def page_images(data: bytes, folder: Path, name: str) -> list[bytes]:
    require("pdftoppm")
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(pdf), str(folder / name)], check=True)
    return [image.read_bytes() for image in sorted(folder.glob(f"{name}-*.pgm"))]


def drawn_size(data: bytes, page: int) -> int:
    """Bytes of what the page draws itself: its content and its forms, not the forms those draw."""
    sheet = reader(data).pages[page]
    forms = sheet["/Resources"].get("/XObject") or {}
    return len(sheet.get_contents().get_data()) + sum(
        len(form.get_object().get_data()) for form in forms.values()
    )


@pytest.mark.parametrize("duplex", [False, True])
def test_a_set_reused_for_the_same_role_reads_and_looks_as_when_laid_out_anew(
    theme: Theme, deck: Deck, roles: tuple[Role, ...], school: School, tmp_path: Path, duplex: bool
) -> None:
    role = roles[0].name
    first = Participant("Anna de Vries", role)
    second = Participant("Bram Jansen-van der Heijden-Oosterbroek", role)  # a longer name: a smaller size
    others = [Participant("Carla Smit", roles[1].name), Participant("Dirk Mulder", "Teamleider")]
    cards = card_lookup([deck])
    options = WorksheetOptions(duplex=duplex)
    reused = render_worksheets(theme, cards, roles, school, [first, others[0], second], DAY, options)
    anew = render_worksheets(theme, cards, roles, school, [*others, second], DAY, options)  # no role repeats

    texts, fresh = page_texts(reused), page_texts(anew)
    assert len(texts) == len(fresh) == (11 if duplex else 9)  # three steps each, padded to fronts
    assert texts[-3:] == fresh[-3:]  # Bram's set, header and footer included
    assert second.name in texts[-3] and first.name not in "".join(texts[-3:])
    assert texts[:3] == page_texts(render_worksheets(theme, cards, roles, school, [first], DAY, options))
    # Pixel for pixel the same pages.
    assert page_images(reused, tmp_path, "reused")[-3:] == page_images(anew, tmp_path, "anew")[-3:]
    # Bram's pages draw Anna's laid-out pages as forms: only the header and the name are their own.
    for page in range(len(texts) - 3, len(texts)):
        assert drawn_size(reused, page) * 2 < drawn_size(anew, page)
