"""English mode speaks English: no Dutch interface word on any page, dialog or in a store error.

Card content, the draaiboek's texts and the user's own data stay Dutch by design; the
widgets that show them carry the property ``content`` (see ``ui/widgets.content``) and
are skipped, with everything inside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator_app.core.edit_errors import ContentKind, EditCode, EditError
from facilitator_app.core.lifecycle import Refusal
from facilitator_app.core.models import School
from facilitator_app.core.problems import ErrorCode
from facilitator_app.core.sessions import NoteCategory, Session
from facilitator_app.core.validation import Invalid, Problem
from facilitator_app.store import Store
from facilitator_app.store import backup as backups
from facilitator_app.store.errors import StoreError
from facilitator_app.ui import i18n, style
from facilitator_app.ui.about_dialog import AboutDialog
from facilitator_app.ui.backups_dialog import BackupsDialog
from facilitator_app.ui.labels import error_text
from facilitator_app.ui.main_window import PAGE_COUNT, MainWindow
from facilitator_app.ui.plan_dialog import PlanDialog
from facilitator_app.ui.print_dialog import PrintDialog
from facilitator_app.ui.privacy_dialog import PrivacyDialog
from facilitator_app.ui.search_dialog import SearchDialog
from facilitator_app.ui.session import SessionWindow
from facilitator_app.ui.widgets import CONTENT_TIP

from .conftest import FakeTime
from .helpers import activate, decide, plan_print_session

# Words of the Dutch interface that English never uses (whole words, any case).
DUTCH_WORDS = [
    "opslaan",
    "annuleren",
    "afdrukken",
    "verwijderen",
    "bewerken",
    "kies",
    "sluiten",
    "toevoegen",
    "zoeken",
    "terug",
    "volgende",
    "vorige",
    "instellingen",
    "reservekopie",
    "reservekopieën",
    "deelnemers",
    "deelnemer",
    "sessie",
    "sessies",
    "notitie",
    "notities",
    "niet",
    "geen",
    "je",
    "jouw",
    "jullie",
    "wordt",
    "worden",
    "zijn",
    "deze",
    "dit",
    "het",
    "een",
    "van",
    "voor",
    "met",
    "naar",
    "bij",
    "nog",
    "alle",
    "school",
    "scholen",
    "thema",
    "kaart",
    "kaarten",
    "kaartenset",
    "draaiboek",
    "opbrengst",
    "onderbouwing",
    "ontwikkelpunt",
    "ontwikkelpunten",
    "inzicht",
    "inzichten",
    "sterk",
    "punten",
    "afgerond",
    "gepland",
    "loopt",
    "plannen",
    "nieuw",
    "nieuwe",
    "starten",
    "afronden",
    "taal",
    "hulp",
    "bestand",
    "venster",
    "overzicht",
    "tijd",
    "minuten",
    "stap",
    "stappen",
    "deel",
]
DUTCH = re.compile(r"\b(" + "|".join(DUTCH_WORDS) + r")\b", re.IGNORECASE)
# "school" is the same word in both languages.
SHARED = {"school"}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    assert i18n.install(qapp, "en")
    style.apply(qapp)
    yield qapp
    i18n.install(qapp, "nl")


def is_content(widget: QWidget) -> bool:
    """Shows card content or the user's data (marked ``content``), itself or through a parent."""
    current: QWidget | None = widget
    while current is not None:
        if current.property("content"):
            return True
        current = current.parentWidget()
    return False


def interface_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text under ``root``, content widgets left out."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}#{widget.objectName()} {what}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if is_content(widget):
            continue
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
                add(widget, "tab tip", widget.tabToolTip(index))
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, "item", widget.itemText(index))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                add(widget, "header", header.text(column))
            for item in widget.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
                for column in range(widget.columnCount()):
                    add(widget, "row", item.text(column))
                    if not item.data(column, CONTENT_TIP):
                        add(widget, "row tip", item.toolTip(column))
        if isinstance(widget, QStatusBar):
            add(widget, "message", widget.currentMessage())
        if isinstance(widget, QMenu):
            add(widget, "menu", widget.title())
        for action in widget.actions():
            add(widget, "action", action.text())
            add(widget, "action tip", action.toolTip() if action.toolTip() != action.text() else "")
        add(widget, "tooltip", widget.toolTip())
        add(widget, "accessible name", widget.accessibleName())
    return found


def dutch_in(texts: list[tuple[str, str]]) -> list[str]:
    hits = []
    for where, text in texts:
        words = {match.group(1).lower() for match in DUTCH.finditer(text)} - SHARED
        if words:
            hits.append(f"{where}: {text!r} ({', '.join(sorted(words))})")
    return sorted(set(hits))


def assert_english(texts: list[tuple[str, str]]) -> None:
    hits = dutch_in(texts)
    assert not hits, "Dutch in English mode:\n" + "\n".join(hits)


def test_the_word_list_catches_the_dutch_interface(qapp: QApplication, store: Store, qtbot: QtBot) -> None:
    """The check is not empty: the same window in Dutch is full of hits."""
    assert i18n.install(qapp, "nl")
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert len(dutch_in(interface_texts(window))) > 20


def held_session(store: Store) -> str:
    """A finished session with notes and a decision, and a planned one after it: every status shows."""
    session_id = plan_print_session(store, title="Team afternoon")
    store.sessions.start(session_id)
    for category in NoteCategory:
        store.sessions.add_note(session_id, 0, category, f"Note {category.value}", "Anna de Vries")
    decide(store, session_id)
    store.sessions.finish(session_id)
    backups.make_backup(store, "handmatig")
    school_id = store.sessions.get(session_id).school_id
    later = Session(school_id, "Follow-up", "2026-09-01", "13:30", theme_id="professionaliseren")
    store.sessions.plan(later)
    return session_id


def test_every_page_of_the_main_window_is_english(english: QApplication, store: Store, qtbot: QtBot) -> None:
    held_session(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    texts = []
    for index in range(PAGE_COUNT):
        window.show_page(index)
        texts += interface_texts(window)
    texts += [("navigation", window.navigation.item(row).text()) for row in range(window.navigation.count())]
    for menu in window.menuBar().findChildren(QMenu):
        texts += [(f"menu {menu.title()}", action.text()) for action in menu.actions()]
    assert len(texts) > 100
    assert_english(texts)


def test_the_session_window_and_its_board_are_english(
    english: QApplication, store: Store, qtbot: QtBot
) -> None:
    session_id = plan_print_session(store, title="Team afternoon")
    fake = FakeTime()
    window = SessionWindow(store, session_id, fake, wall_clock=fake)
    qtbot.addWidget(window)
    window.show()
    texts = interface_texts(window)
    window.session.command(window.runner.start)
    window.session.command(lambda: window.runner.add_note("Samen leren", NoteCategory.STRENGTH))
    texts += interface_texts(window)
    window.show_board(True)
    window.board.show_missing(window.runner.missing())
    texts += interface_texts(window)
    decide(store, session_id)
    window.board.reload_outcome()
    window.session.command(window.runner.finish)
    window.board.reload_outcome()
    texts += interface_texts(window)
    assert_english(texts)


DialogMaker = Callable[[Store, str], QDialog]
DIALOGS: dict[str, DialogMaker] = {
    "plan": lambda store, _sid: PlanDialog(store, school_id=store.schools.all()[0].id),
    "print": PrintDialog,
    "backups": lambda store, _sid: BackupsDialog(store),
    "privacy": lambda store, _sid: PrivacyDialog(store),
    "about": lambda store, _sid: AboutDialog(store),
    "search": lambda store, _sid: SearchDialog(store),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_the_main_dialogs_are_english(english: QApplication, store: Store, qtbot: QtBot, name: str) -> None:
    dialog = DIALOGS[name](store, held_session(store))
    qtbot.addWidget(dialog)
    dialog.show()
    if isinstance(dialog, SearchDialog):
        dialog.query.setText("Note")
        dialog.run_search()
        assert dialog.hits
    assert_english(interface_texts(dialog))


def test_a_store_error_reads_english(
    english: QApplication, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a school under a name that is taken: the store's refusal is worded by the interface."""
    from facilitator_app.store.errors import StoreError
    from facilitator_app.ui.widgets import show_error

    store.schools.add(School(name="De Kempen"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    with pytest.raises(StoreError) as refused:
        store.schools.add(School(name="De Kempen"))
    show_error(QMainWindow(), "Add school", refused.value)
    assert shown == ["There is already a school called “De Kempen”. Choose another name."]
    assert dutch_in([("message", shown[0])]) == []


def test_a_refused_content_edit_reads_english(english: QApplication, store: Store) -> None:
    """A content edit the core refuses (a built-in deck) is worded by the interface, in English."""
    from facilitator_app.store.content_base import ReadOnlyContentError

    builtin = store.decks.get("reflectiekaarten")
    with pytest.raises(ReadOnlyContentError) as refused:
        store.decks.delete_card(builtin.id, 0)
    text = error_text(refused.value)
    assert (
        text
        == f"“{builtin.title}” is a built-in card deck and cannot be changed. Make your own copy; that one you can edit."
    )
    assert "ingebouwde kaartenset" in str(refused.value)  # the command line's Dutch


@pytest.mark.parametrize("code", list(EditCode))
def test_every_edit_refusal_has_english_and_dutch_words(english: QApplication, code: EditCode) -> None:

    params = {
        "kind": ContentKind.DECK,
        "title": "Eigen set",
        "part_number": 2,
        "box_number": 1,
        "step_number": 3,
        "card_number": 4,
        "deck_title": "Eigen set",
        "scenario_number": 5,
        "minutes": 300,
        "most": 240,
        "number": 120,
        "ref": "deck/card",
        "card_size": "A9",
        "sizes": ("A5", "A6"),
    }
    error = EditError(code, **params)
    english_text, dutch_text = error_text(error), str(error)
    assert "%" not in english_text and english_text != dutch_text
    assert_english([("edit refusal", english_text)])
    assert i18n.install(QApplication.instance(), "nl")  # type: ignore[arg-type]
    assert error_text(error) != english_text and "%" not in error_text(error)


def test_session_refusals_read_english(english: QApplication, store: Store) -> None:
    """The store's refusals about a session (its state, what finishing needs, a note gone) in English."""
    from facilitator_app.store.errors import StoreError

    finished = held_session(store)
    school_id = store.sessions.get(finished).school_id
    running = store.sessions.plan(
        Session(school_id, "Second afternoon", "2026-10-01", "13:30", "professionaliseren")
    ).id
    store.sessions.start(running)
    refusals = []
    for refused in (
        lambda: store.sessions.start(finished),
        lambda: store.sessions.finish(running),
        lambda: store.sessions.note("no-such-note"),
    ):
        with pytest.raises(StoreError) as caught:
            refused()
        refusals.append(error_text(caught.value))
    assert refusals == [
        "This session is finished and cannot start again.",
        "The session cannot be finished yet. First fill in: scenario, rationale, first development step, "
        "development points tackled.",
        "This note no longer exists.",
    ]


@pytest.mark.parametrize("code", [*Refusal, *ErrorCode])
def test_every_store_refusal_has_english_and_dutch_words(
    english: QApplication, code: Refusal | ErrorCode
) -> None:
    from facilitator_app.core.dutch import error_text as dutch_error_text
    from facilitator_app.core.dutch import lifecycle_text
    from facilitator_app.ui.labels import lifecycle_text as english_lifecycle_text

    if isinstance(code, Refusal):
        english_text, dutch_text = english_lifecycle_text(code), lifecycle_text(code)
    else:
        params = {
            "path": "/data/db.sqlite3",
            "schema": "0099_future",
            "backup": "/b/1.sqlite3",
            "folder": "/b",
            "when": "1 mei",
            "describe": "2 scholen",
            "name": "De Kempen",
            "reason": "Not a directory",
        }
        english_text = error_text(StoreError(code=code, **params))
        dutch_text = dutch_error_text(code, params)
    assert "%" not in english_text and english_text != dutch_text
    assert_english([("refusal", english_text)])


def test_typed_input_the_store_refuses_reads_english(english: QApplication, store: Store) -> None:
    """A school without a name, a plan with an impossible start time: the broken rule in English words."""
    from facilitator_app.store.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as nameless:
        store.schools.add(School(name="  "))
    school = store.schools.add(School(name="De Kempen"))
    with pytest.raises(InvalidInputError) as late:
        store.sessions.plan(Session(school.id, "Team afternoon", "2026-03-12", "25:99", "professionaliseren"))
    assert error_text(nameless.value) == "Name is empty."
    assert error_text(late.value) == "Start time (“25:99”) is not a time; write HH:MM, e.g. 13:30."
    assert "geen tijd" in str(late.value)  # the command line's Dutch


@pytest.mark.parametrize("problem", list(Problem))
def test_every_broken_rule_has_english_words(english: QApplication, problem: Problem) -> None:
    from facilitator_app.ui.labels import invalid_text

    text = invalid_text(Invalid("planned_start", problem, 200, "25:99"))
    assert text.startswith("Start time") and "%" not in text
    assert_english([("broken rule", text)])


def test_a_failed_backup_after_finishing_reads_english(
    english: QApplication, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """The board says why no backup could be made in the user's language (the store's error, worded by code)."""
    from facilitator_app.store.files import BACKUP_FOLDER_SETTING
    from facilitator_app.store.settings import set_setting

    session_id = plan_print_session(store, title="Team afternoon")
    decide(store, session_id)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    set_setting(store, BACKUP_FOLDER_SETTING, str(blocker / "backups"))
    fake = FakeTime()
    window = SessionWindow(store, session_id, fake, wall_clock=fake)
    qtbot.addWidget(window)
    window.show()
    window.runner.start()
    window.show_board(True)
    window.board.reload_outcome()
    window.board.confirm_finish = lambda: True  # type: ignore[method-assign]  # the question is tested elsewhere
    assert window.board.finish_session()
    shown = window.board.save_state.text()
    assert "No backup could be made: The folder for backups cannot be created" in shown
    assert_english([("board", shown)])


def test_the_privacy_dialog_refuses_a_short_name_in_english(
    english: QApplication, store: Store, qtbot: QtBot
) -> None:
    dialog = PrivacyDialog(store)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("A")
    dialog.search()
    assert dialog.summary.text() == "Give a name of at least two characters."


def test_english_counts_say_one_school_and_two_schools(english: QApplication) -> None:
    """English is the source, but "%n school(s)" needs its forms (assets/i18n/facilitator_en.ts, generated)."""
    from facilitator_app.ui.labels import counts

    assert counts(1, 2, 0) == ("1 school", "2 sessions", "0 notes")


def test_a_card_or_map_that_does_not_fit_reads_english(english: QApplication) -> None:
    from facilitator_app import pdf
    from facilitator_app.ui.print_messages import failure_text

    card = failure_text(pdf.CardOverflowError("Reflectiekaarten", "Kaart A", "A7"), ())
    scenario_map = failure_text(pdf.MapOverflowError("Scenariokaart"), ())
    assert card.startswith("The card “Kaart A” of the deck “Reflectiekaarten” does not fit on A7")
    assert scenario_map.startswith("The scenarios of “Scenariokaart” do not fit on the map")
    assert "past niet" in str(pdf.CardOverflowError("R", "K", "A7"))  # the command line's Dutch
