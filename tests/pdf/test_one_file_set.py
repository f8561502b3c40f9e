"""The set in one file, as a duplex printer takes it: each section on a front, one paper size a file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from facilitator_app.pdf import CardOptions, PosterOptions, SessionPrint, SetOptions, render_combined
from facilitator_app.pdf.combine import BLANK_NOTE, paper_name
from facilitator_app.pdf.options import MapOptions, WorksheetOptions
from tests.pdf.pdfutil import plumber, reader


@pytest.mark.parametrize("duplex_sheets", [False, True])
def test_every_card_section_starts_on_an_odd_page(session: SessionPrint, duplex_sheets: bool) -> None:
    options = SetOptions(worksheets=WorksheetOptions(duplex=duplex_sheets), decks="all")
    files = render_combined(session, options)
    with plumber(files[""]) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    firsts = [n for n, text in enumerate(texts, start=1) if "vel 1 van" in text and "voorkant" in text]
    assert len(firsts) == len(session.decks)  # every deck's first card sheet found
    assert all(n % 2 == 1 for n in firsts), firsts
    # The worksheets and every other section start on a front too; padding says what it is.
    starts = [n for n, text in enumerate(texts, start=1) if "Werkblad" in text][:1]
    assert starts and starts[0] % 2 == 1
    padding = [n for n, text in enumerate(texts, start=1) if BLANK_NOTE in text]
    assert all(n % 2 == 0 for n in padding)
    assert all(text.strip() == BLANK_NOTE for n, text in enumerate(texts, start=1) if n in padding)


@pytest.mark.parametrize(
    "options",
    [
        SetOptions(),  # A3 map and posters by default
        SetOptions(scenario_map=MapOptions(paper="A4"), posters=PosterOptions(paper="A4-tiled")),
        SetOptions(cards=CardOptions(paper="A3")),
        SetOptions(cards=CardOptions(layout="shop")),
    ],
    ids=["a3-map-posters", "all-a4", "a3-card-sheets", "shop-cards"],
)
def test_a_file_never_mixes_paper_sizes(session: SessionPrint, options: SetOptions) -> None:
    files = render_combined(session, options)
    papers = []
    for suffix, data in files.items():
        sizes = {paper_name(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(data).pages}
        assert len(sizes) == 1, (suffix, sizes)
        papers.append(sizes.pop())
        assert suffix == "" or suffix == f"-{papers[-1]}"
    assert papers[0] == "A4" and len(set(papers)) == len(papers)
    if options.scenario_map.paper == "A4" and options.posters.paper == "A4-tiled":
        assert list(files) == [""]  # everything on A4: one file


def test_session_date_stays_in_cards(session: SessionPrint) -> None:
    dated = dataclasses.replace(session, day=dt.date(2026, 1, 20))
    text = " ".join((page.extract_text() or "") for page in reader(render_combined(dated)[""]).pages)
    assert "20 januari 2026" in text


def test_every_embedded_subset_has_a_name_of_its_own(session: SessionPrint) -> None:
    import hashlib

    contents: dict[str, set[str]] = {}
    for data in render_combined(session, SetOptions(decks="all")).values():
        for page in reader(data).pages:
            for ref in page["/Resources"].get("/Font", {}).values():  # type: ignore[union-attr]
                font = ref.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                stream = descriptor["/FontFile2"].get_object().get_data()
                contents.setdefault(str(font["/BaseFont"]), set()).add(hashlib.sha256(stream).hexdigest())
    assert len(contents) > 3
    # One name, one subset: a printer that caches fonts by name gets the right glyphs.
    assert all(len(streams) == 1 for streams in contents.values()), {
        name: len(streams) for name, streams in contents.items() if len(streams) > 1
    }
    assert not any(name.startswith("AAAAAA+") for name in contents)
