"""Everything the on-screen record shows is also in the PDF, in `sessions show` and in its --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_app import cli, pdf
from facilitator_app.core.history import RecordData
from facilitator_app.core.record import decision_rows, earlier_names, value_items
from facilitator_app.pdf import fonts
from facilitator_app.store import Store
from facilitator_app.ui.record_view import RecordView
from tests.archive.conftest import Archive, archive  # noqa: F401  (the fixture)
from tests.pdf.pdfutil import all_text


def flat(text: str) -> str:
    return " ".join(text.split())


def json_strings(value: object) -> str:
    """Every string in a JSON document, joined: what a script could read from it."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(json_strings(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(json_strings(v) for v in value)
    return ""


def shown_facts(data: RecordData) -> list[str]:
    """What the record must show, from the core functions every face uses."""
    facts = [data.school.name, *(p.name for p in data.session.participants)]
    for row in decision_rows(data):
        if row.field != "first_step_due":  # a date: each face writes it its own way
            facts += row.items.titles
    assert data.follow_up is not None
    facts += [data.follow_up.text, data.follow_up.first_step]
    for item in data.amendments:
        facts += [item.reason, *value_items(item.field, item.old, data).titles]
        facts += value_items(item.field, item.new, data).titles
    facts += [name for _, name in earlier_names(data)]
    facts += [note.text.splitlines()[0] for note in data.notes]
    return [flat(fact) for fact in facts if fact.strip()]


@pytest.fixture
def data(store: Store, archive: Archive) -> RecordData:  # noqa: F811
    session_id = archive.sessions[-1].session.id
    cards = store.decks.get("inspiratie").cards[:2]
    store.sessions.amend_inspiration_cards(session_id, [c.id for c in cards], "Vergeten te noteren")
    return store.archive.record_data(session_id)


def test_the_record_is_the_same_on_screen_on_paper_and_on_the_command_line(
    data: RecordData, store: Store, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    view = RecordView(store, data.session.id)
    qtbot.addWidget(view)
    faces = {"screen": flat(view.browser.toPlainText())}
    faces["pdf"] = flat(all_text(pdf.render_record_data(data)))
    assert store.path is not None
    db = str(store.path)
    capsys.readouterr()
    assert cli.main(["--db", db, "sessions", "show", data.session.id]) == 0
    faces["sessions show"] = flat(capsys.readouterr().out)
    assert cli.main(["--db", db, "sessions", "show", data.session.id, "--json"]) == 0
    faces["sessions show --json"] = flat(json_strings(json.loads(capsys.readouterr().out)))

    facts = shown_facts(data)
    titles = [c.title for c in store.decks.get("inspiratie").cards[:2]]
    assert set(titles) <= set(facts)  # the chosen inspiration cards are among the facts
    assert "Vergeten te noteren" in facts
    for face, text in faces.items():
        # The PDF's font has no emoji: it prints what fonts.clean leaves of them.
        readable = [flat(fonts.clean(fact)) if face == "pdf" else fact for fact in facts]
        missing = [fact for fact in readable if fact not in text]
        assert missing == [], f"{face} lacks {missing}"
    assert "Vergeten te noteren" in faces["screen"]  # the screen is the reference: it has them too


def test_the_json_names_the_inspiration_cards_by_title(
    data: RecordData, store: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert store.path is not None
    capsys.readouterr()
    assert cli.main(["--db", str(store.path), "sessions", "show", data.session.id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    cards = store.decks.get("inspiratie").cards[:2]
    assert shown["outcome"]["inspiration_cards"] == [{"id": c.id, "title": c.title} for c in cards]
    correction = shown["amendments"][-1]
    assert correction["field"] == "inspiration_card_ids"
    assert correction["new_text"] == "; ".join(c.title for c in cards)
    assert shown["earlier"] and all(e["scenario"] for e in shown["earlier"])
