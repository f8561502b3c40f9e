"""The schools page, used like a facilitator would: read, add, edit, import, archive, delete."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from facilitator_app.core.models import Catalogue
from facilitator_app.core.sessions import NoteCategory, Session
from facilitator_app.store import Store
from facilitator_app.store import backup as backups
from facilitator_app.ui.main_window import MainWindow

from .helpers import activate, answer_name_dialog

DEMO = "Voorbeeldschool De Leerwerkplaats"


def list_texts(window: MainWindow) -> list[str]:
    school_list = window.schools.list
    return [school_list.item(row).text() for row in range(school_list.count())]


def test_opens_in_dutch_on_the_demo_school_with_its_vision(window: MainWindow, db_path: Path) -> None:
    assert window.windowTitle() == f"facilitator-app — {db_path.name}"
    assert list_texts(window) == [f"{DEMO}  (voorbeeld)"]
    detail = window.schools.detail
    assert detail.name_label.text() == DEMO
    assert detail.example_chip.isVisible()
    assert detail.example_chip.text() == "voorbeeld"
    assert "Wij zijn een lerende organisatie" in detail.vision_edit.toPlainText()
    # The read view renders the ## headings instead of showing the markup.
    assert "Wij zijn een lerende organisatie" in detail.vision_view.toPlainText()
    assert "##" not in detail.vision_view.toPlainText()
    navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert navigation == ["Scholen", "Sessies", "Thema's en draaiboeken", "Kaartensets", "Scenariokaart"]
    assert str(db_path) in window.db_label.text()


def test_search_filters_the_list(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.schools.search, "geen-school-heet-zo")
    assert list_texts(window) == []
    window.schools.search.clear()
    qtbot.keyClicks(window.schools.search, "lerende organisatie")  # matches the vision text
    assert list_texts(window) == [f"{DEMO}  (voorbeeld)"]


def test_add_school_edit_vision_and_find_it_after_a_restart(
    make_window: Callable[[Store], MainWindow], qtbot: QtBot, db_path: Path, catalogue: Catalogue
) -> None:
    first_store = Store.open(db_path, catalogue)
    window = make_window(first_store)
    answer_name_dialog(qtbot, "OBS De Brug")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.schools.detail.name_label.text() == "OBS De Brug")

    detail = window.schools.detail
    qtbot.keyClicks(detail.contact_edit, "Anna Jansen")
    detail.vision_tabs.setCurrentIndex(1)
    detail.vision_edit.setFocus()
    qtbot.keyClicks(detail.vision_edit, "Samen opleiden is samen leren.")
    # Saved after a short pause, without pressing anything.
    qtbot.waitUntil(lambda: "samen leren" in first_store.schools.find("OBS De Brug").vision, timeout=3000)
    assert detail.save_state.text() == "Alle wijzigingen zijn opgeslagen."
    qtbot.keyClicks(detail.vision_edit, " Ook met starters.")
    window.close()  # closing saves the last keystrokes at once
    first_store.close()

    second_store = Store.open(db_path, catalogue)
    try:
        again = make_window(second_store)
        qtbot.keyClicks(again.schools.search, "Brug")
        assert list_texts(again) == ["OBS De Brug"]
        detail = again.schools.detail
        assert detail.name_label.text() == "OBS De Brug"
        assert detail.contact_edit.text() == "Anna Jansen"
        assert detail.vision_edit.toPlainText() == "Samen opleiden is samen leren. Ook met starters."
        again.close()
    finally:
        second_store.close()


def test_a_duplicate_name_is_refused_with_the_store_message(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    answer_name_dialog(qtbot, DEMO)
    window.schools.add_action.trigger()
    assert len(shown) == 1
    assert "Er is al een school met de naam" in shown[0]


def write_docx(path: Path, paragraphs: list[str]) -> None:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)


def test_import_vision_from_each_file_type_keeps_the_original(
    window: MainWindow, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    txt = tmp_path / "visie.txt"
    txt.write_text("## Onze visie\n\nWe leiden samen op.", encoding="utf-8")
    docx = tmp_path / "visie.docx"
    write_docx(docx, ["Visie uit Word", "Iedereen leert, elke dag."])
    chosen = [str(txt)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (chosen[0], ""))
    questions: list[str] = []

    def replace_yes(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", replace_yes)

    answer_name_dialog(qtbot, "Het Lyceum")
    window.schools.add_action.trigger()
    detail = window.schools.detail
    qtbot.mouseClick(detail.import_button, Qt.MouseButton.LeftButton)
    assert detail.vision_edit.toPlainText() == "## Onze visie\n\nWe leiden samen op."
    assert store.schools.find("Het Lyceum").vision == "## Onze visie\n\nWe leiden samen op."
    assert questions == []  # the field was empty: nothing to confirm

    chosen[0] = str(docx)
    activate(qtbot, window)  # the name dialog had the focus
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert len(questions) == 1  # asked before replacing the existing vision
    assert detail.vision_edit.toPlainText() == "Visie uit Word\n\nIedereen leert, elke dag."
    assert store.schools.find("Het Lyceum").vision == "Visie uit Word\n\nIedereen leert, elke dag."
    kept = store.schools.vision_file(store.schools.find("Het Lyceum").id)
    assert kept is not None and (kept.name, kept.data) == ("visie.docx", docx.read_bytes())

    # Markdown and PDF too; the original document is replaced by the newest import.
    markdown = tmp_path / "visie.md"
    markdown.write_text("# Visie\n\n- Samen leren\n- Met ë en ’", encoding="utf-8")
    pdf_file = tmp_path / "visie.pdf"
    canvas = Canvas(str(pdf_file))
    canvas.drawString(72, 720, "Visie in pdf: samen opleiden")
    canvas.save()
    for path, expected in ((markdown, "# Visie\n\n- Samen leren\n- Met ë en ’"), (pdf_file, "Visie in pdf")):
        chosen[0] = str(path)
        qtbot.mouseClick(detail.import_button, Qt.MouseButton.LeftButton)
        assert detail.vision_edit.toPlainText().startswith(expected)
        stored = store.schools.vision_file(store.schools.find("Het Lyceum").id)
        assert stored is not None and stored.name == path.name and stored.data == path.read_bytes()


def test_an_unreadable_file_shows_the_dutch_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "visie.docx"
    bad.write_bytes(b"not a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    before = window.schools.detail.vision_edit.toPlainText()
    window.schools.import_action.trigger()
    assert shown == ["'visie.docx' is geen geldig Word-document (.docx)."]
    assert window.schools.detail.vision_edit.toPlainText() == before


def test_archive_hides_and_unarchive_brings_back(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    page = window.schools
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert store.schools.find(DEMO).archived
    assert list_texts(window) == []
    page.show_archived.click()
    assert list_texts(window) == [f"{DEMO}  (voorbeeld, gearchiveerd)"]
    page.list.setCurrentRow(0)
    assert page.archive_action.text() == "Terug&halen uit archief"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not store.schools.find(DEMO).archived


SECRET_NOTE = "Juf Zeldzaamnaam-Kwikstaart twijfelt over de stage"


def demo_with_session(store: Store) -> tuple[str, str]:
    """The demo school with one session of three notes (one naming a person); returns (school, session) ids."""
    school = store.schools.find(DEMO)
    session = store.sessions.plan(
        Session(
            school_id=school.id,
            title="Teamsessie",
            date="2025-03-14",
            planned_start="13:30",
            theme_id="professionaliseren",
        )
    )
    for text in (SECRET_NOTE, "Tweede notitie", "Derde notitie"):
        store.sessions.add_note(session.id, 0, NoteCategory.INSIGHT, text)
    return school.id, session.id


def raw_files(db_path: Path) -> bytes:
    """The database with its -wal and -shm, as bytes on disk."""
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())


@pytest.mark.parametrize("confirm", [False, True])
def test_delete_asks_says_what_is_erased_then_erases(
    window: MainWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, confirm: bool
) -> None:
    demo_with_session(store)
    backups.make_backup(store, "start", now=dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    backups.make_backup(store, "start", now=dt.datetime(2025, 3, 2, tzinfo=dt.UTC))
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(window.schools.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert DEMO in asked[0]
    # One session, three notes, two backups: the counts are in the question, whatever the language.
    assert re.findall(r"\b\d+\b", asked[0]) == ["1", "3", "2"]
    remaining = [school.name for school in store.schools.all()]
    if confirm:
        assert remaining == []
        assert list_texts(window) == []
        assert window.schools.detail.stack.currentWidget() is window.schools.detail.empty
    else:
        assert remaining == [DEMO]


def test_deleting_a_school_leaves_its_notes_nowhere_on_disk(
    window: MainWindow, store: Store, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_with_session(store)
    made = backups.make_backup(store, "start")
    secret = SECRET_NOTE.encode()
    assert secret in made.read_bytes()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert secret in raw_files(db_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.schools.delete_button, Qt.MouseButton.LeftButton)
    assert store.schools.all() == []
    assert store.sessions.search("Zeldzaamnaam") == []
    assert secret not in raw_files(db_path)
    assert secret not in made.read_bytes()  # the older backup was scrubbed too
    assert backups.list_backups(made.parent)[0].schools == 0


def test_delete_key_in_the_list_deletes_but_not_in_a_text_field(
    window: MainWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No
    )
    contact = window.schools.detail.contact_edit
    contact.setFocus()
    qtbot.keyClicks(contact, "ab")
    qtbot.keyClick(contact, Qt.Key.Key_Backspace)
    qtbot.keyClick(contact, Qt.Key.Key_Home)
    qtbot.keyClick(contact, Qt.Key.Key_Delete)
    assert asked == []
    assert contact.text() == ""
    window.schools.list.setFocus()
    qtbot.keyClick(window.schools.list, Qt.Key.Key_Delete)
    assert len(asked) == 1
