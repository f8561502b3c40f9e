"""Correcting the inspiration cards of a locked record: a dated amendment of card ids, read as titles."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import School
from facilitator_app.core.sessions import Outcome, OutcomeItem
from facilitator_app.pdf import render_record_data
from facilitator_app.store import Store
from facilitator_app.store.errors import InvalidInputError
from facilitator_app.store.sessions import SessionStateError
from facilitator_app.ui.record_view import RecordView
from facilitator_app.ui.session.part3_amend import AmendDialog

from .conftest import OpenSession
from .test_part3 import plan

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


def cards(store: Store) -> list[tuple[str, str]]:
    return [(card.id, card.title) for card in store.decks.get("inspiratie").cards]


def locked_session(store: Store, card_ids: tuple[str, ...]) -> str:
    school_id = store.schools.add(School(name="De Kempen")).id
    session_id = plan(store, school_id, "2025-03-14")
    store.sessions.save_outcome(
        session_id,
        Outcome(
            scenario_id=store.scenario_maps.all()[0].scenarios[1].id,
            rationale="Afspraken per rol",
            first_step="Een interne academie",
            development_points=(OutcomeItem("Samenhang"),),
            inspiration_card_ids=card_ids,
        ),
    )
    store.sessions.start(session_id)
    store.sessions.finish(session_id)
    return session_id


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_amend_the_inspiration_cards_on_a_locked_session(
    open_session: OpenSession, qtbot: QtBot, store: Store
) -> None:
    (first_id, first_title), (second_id, second_title), *_ = cards(store)
    session_id = locked_session(store, (first_id,))
    window = open_session(session_id)
    board = window.board
    assert board.locked

    def fill_amendment() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AmendDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, fill_amendment)
            return
        dialog = dialogs[0]
        dialog.select_field("inspiration_card_ids")
        assert dialog.editors.currentWidget() is dialog.cards
        ticked = [dialog.cards.item(r).checkState() for r in range(dialog.cards.count())]
        # What the record says now: the first card ticked, the others not.
        assert ticked == [Qt.CheckState.Checked] + [Qt.CheckState.Unchecked] * (len(ticked) - 1)
        # Untick the first card and tick the second, as a keyboard user does: select, Space.
        for row in (0, 1):
            dialog.cards.setFocus()
            dialog.cards.setCurrentRow(row)
            qtbot.keyClick(dialog.cards.viewport(), Qt.Key.Key_Space)
        assert dialog.checked_cards() == (second_id,)
        qtbot.keyClicks(dialog.reason, "De academie is een recept, geen good practice")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_amendment)
    qtbot.mouseClick(board.amend_button, Qt.MouseButton.LeftButton)

    # Stored as a dated amendment: old and new as JSON lists of card ids.
    [amendment] = store.sessions.amendments(session_id)
    assert (amendment.field, amendment.old, amendment.new) == (
        "inspiration_card_ids",
        (first_id,),
        (second_id,),
    )
    [row] = store.db.query("SELECT old, new FROM amendments WHERE session_id = ?", [session_id])
    assert (json.loads(row["old"]), json.loads(row["new"])) == ([first_id], [second_id])
    outcome = store.sessions.outcome(session_id)
    assert outcome is not None and outcome.inspiration_card_ids == (second_id,)

    # The board shows the new cards and the correction by card title.
    states = [board.cards.item(r).checkState() for r in range(board.cards.count())]
    assert states[:2] == [Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    assert Qt.CheckState.Checked not in states[2:]
    line = board.amendments.item(0).text()
    assert first_title in line and second_title in line and first_id not in line

    # The record view lists it with titles too.
    view = RecordView(store, session_id)
    qtbot.addWidget(view)
    shown = view.browser.toPlainText()
    assert first_title in shown and second_title in shown and first_id not in shown

    # And the record PDF's list of corrections.
    pdf = render_record_data(store.archive.record_data(session_id))
    text = flat(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))
    corrections = text.split("Correcties", 1)[1].split("Alle notities", 1)[0]
    assert "inspiratiekaarten" in corrections
    assert first_title in corrections and second_title in corrections
    assert first_id not in text
    assert "De academie is een recept" in corrections


def test_amend_inspiration_cards_refuses_what_is_not_a_correction(store: Store) -> None:
    (first_id, _), (second_id, _), *_ = cards(store)
    session_id = locked_session(store, (first_id,))
    with pytest.raises(InvalidInputError):
        store.sessions.amend_inspiration_cards(session_id, ["no-such-card"], "typo")
    with pytest.raises(InvalidInputError):  # the same cards: nothing to correct
        store.sessions.amend_inspiration_cards(session_id, [first_id, first_id], "dubbel")
    with pytest.raises(InvalidInputError):  # a correction needs its reason
        store.sessions.amend_inspiration_cards(session_id, [second_id], "  ")
    assert store.sessions.amendments(session_id) == []

    # Repeats are dropped; none at all is a valid correction too.
    store.sessions.amend_inspiration_cards(session_id, [second_id, second_id, first_id], "beide")
    store.sessions.amend_inspiration_cards(session_id, [], "toch geen")
    assert [a.new for a in store.sessions.amendments(session_id)] == [(second_id, first_id), ()]
    outcome = store.sessions.outcome(session_id)
    assert outcome is not None and outcome.inspiration_card_ids == ()

    # Before locking, the outcome is simply edited, not amended.
    open_id = plan(store, store.schools.all()[0].id, "2025-10-01")
    with pytest.raises(SessionStateError):
        store.sessions.amend_inspiration_cards(open_id, [first_id], "te vroeg")
