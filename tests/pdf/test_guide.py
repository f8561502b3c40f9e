"""The printed draaiboek carries the facilitator's notes beside the steps they belong to."""

from __future__ import annotations

import datetime as dt

from facilitator_app.core.models import Catalogue
from facilitator_app.pdf import card_lookup, render_script
from tests.pdf.pdfutil import all_text


def test_the_draaiboek_has_a_note_for_every_step_and_part(catalogue: Catalogue) -> None:
    theme = next(t for t in catalogue.themes if t.key == "professionaliseren")
    text = " ".join(
        all_text(render_script(theme, dt.time(13, 30), cards=card_lookup(catalogue.decks))).split()
    )
    for number in range(1, 9):
        assert f"Handreiking bij stap {number}" in text
    for number in (1, 2, 3):
        assert f"Handreiking bij deel {number}" in text
    assert "Vermoedelijk is stap 6 bedoeld" in text
    assert "Ieder plaatst de school eerst voor zichzelf op de kaart" in text
    # One word per thing: the list of what to bring is the benodigdheden.
    assert "Benodigdheden (mise en place)" in text and "Materialen" not in text
    # The step text itself is still the source's, word for word.
    assert "Wissel de antwoorden van stap 1 uit." in text
    # Notes follow their step: the guide to step 3 comes after step 3 and before step 4.
    assert text.index("Stap 3 Bekijk") < text.index("Handreiking bij stap 3") < text.index("Stap 4 Wissel")
