"""The record and the overview are office sheets too: nothing within 6 mm of an edge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facilitator_app import pdf
from facilitator_app.store import Store
from tests.pdf.pdfutil import ink_near_edges

from .conftest import Archive


def test_record_and_overview_keep_6mm_from_every_edge(store: Store, archive: Archive, tmp_path: Path) -> None:
    record = pdf.render_record_data(store.archive.record_data(archive.sessions[-1].session.id))
    assert ink_near_edges(record, tmp_path) == []
    overview = pdf.render_overview(store.archive.overview(), day=dt.date(2025, 6, 1))
    assert ink_near_edges(overview, tmp_path) == []
