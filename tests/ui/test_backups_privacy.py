"""Settings > Back-ups… and Settings > Personal data…, used like a facilitator would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app import app as app_module
from facilitator_app.core.models import Catalogue, Participant, School
from facilitator_app.core.sessions import NoteCategory, Session
from facilitator_app.store import Store
from facilitator_app.store import backup as backups
from facilitator_app.ui.backups_dialog import RESTORE_REQUESTED, BackupsDialog
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.privacy_dialog import PrivacyDialog

PERSON = "Annelies van Dijk"
NOTE = f"{PERSON} vertelde over haar stage in groep 7."


def raw_files(db_path: Path) -> bytes:
    """The database with its -wal and -shm, as bytes on disk."""
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())


def when_shown(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Poll (the dialog runs its own event loop) until a ``kind`` is visible, then act on it."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                then(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def with_person(store: Store) -> str:
    """A school whose contact, session participant and note name PERSON; returns the school id."""
    school = store.schools.add(School(name="De Vlinderhof", contact=f"{PERSON}, coördinator"))
    session = store.sessions.plan(
        Session(
            school_id=school.id,
            title="Eerste sessie",
            date="2025-03-14",
            planned_start="13:30",
            theme_id=store.themes.all()[0].id,
            participants=(Participant(PERSON, "mentor"), Participant("Bram Bos", "student")),
        )
    )
    store.sessions.add_note(session.id, 0, NoteCategory.STRENGTH, NOTE)
    return school.id


# ------------------------------------------------------------------ back-ups


def test_backups_dialog_lists_makes_and_chooses_the_folder(
    window: MainWindow,
    store: Store,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backups.make_backup(store, "start", now=dt.datetime(2025, 3, 14, 12, 5, tzinfo=dt.UTC))
    dialog = BackupsDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder_label.text() == str(db_path.parent / "backups")
    assert not dialog.default_button.isEnabled()
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert "14-03-2025" in row.text(0) or "14/03/2025" in row.text(0)  # the date in the user's locale
    assert row.text(3).split()[0:4:2] == ["1", "0"]  # 1 school, 0 sessions, …
    assert row.toolTip(3).startswith(row.text(0)) and "0 notities" in row.toolTip(3)  # date, contents, size

    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.currentItem() is dialog.list.topLevelItem(0)  # the new one, selected

    synced = tmp_path / "Nextcloud" / "Facilitator"
    synced.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(synced))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_label.text() == str(synced)
    assert dialog.default_button.isEnabled()
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert len(list(synced.glob("*.sqlite3"))) == 1
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_label.text() == str(db_path.parent / "backups")
    assert backups.backup_dir(store) == db_path.parent / "backups"


def test_restore_asks_with_date_and_contents_then_requests_the_restore(
    window: MainWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backups.make_backup(store, "start")
    dialog = BackupsDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_r: asked.append(text) or answers.pop(0)
    )
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.restore_path is None  # "No" changes nothing
    assert dialog.list.topLevelItem(0).text(0) in asked[0]
    assert dialog.list.topLevelItem(0).text(3) in asked[0]
    assert "replaced-" in asked[0]  # where the current file is kept
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RESTORE_REQUESTED and dialog.restore_path == made


def test_restore_from_the_menu_brings_back_a_deleted_school_in_a_new_window(
    qapp: QApplication,
    dutch: QApplication,
    db_path: Path,
    catalogue: Catalogue,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = Store.open(db_path, catalogue)
    store.schools.add(School(name="De Kempen", notes="Alleen in de reservekopie"))
    backups.make_backup(store, "start")
    store.schools.delete(store.schools.find("De Kempen").id)
    workspace = app_module.Workspace(lambda: Store.open(db_path, catalogue))
    old_window = workspace.show(store)
    try:
        assert "De Kempen" not in [s.name for s in store.schools.all()]
        say_yes(monkeypatch)

        def restore_first(dialog: QWidget) -> None:
            assert isinstance(dialog, BackupsDialog)
            dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        when_shown(BackupsDialog, restore_first)
        old_window.data_actions.backups_action.trigger()

        new_window = workspace.window
        assert new_window is not None and new_window is not old_window and new_window.isVisible()
        assert workspace.store is not None and workspace.store is not store
        names = [new_window.schools.list.item(i).text() for i in range(new_window.schools.list.count())]
        assert "De Kempen" in names
        kept = list(db_path.parent.glob(f"{db_path.stem}.replaced-*{db_path.suffix}"))
        assert len(kept) == 1
        assert str(kept[0]) in new_window.statusBar().currentMessage()
        with Store.open(kept[0]) as aside:  # the file kept aside is the one from before the restore
            assert "De Kempen" not in [s.name for s in aside.schools.all()]
    finally:
        if workspace.window is not None:
            workspace.window.close()
            workspace.window.deleteLater()
        workspace.close()


# ------------------------------------------------------------- personal data


def test_a_name_is_found_erased_and_gone_from_the_file_and_the_backups(
    window: MainWindow, store: Store, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    school_id = with_person(store)
    window.schools.reload(select_id=school_id)
    assert PERSON in window.schools.detail.contact_edit.text()
    made = backups.make_backup(store, "start")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert PERSON.encode() in raw_files(db_path) and PERSON.encode() in made.read_bytes()
    asked = say_yes(monkeypatch)
    seen: dict[str, object] = {}

    def find_and_erase(dialog: QWidget) -> None:
        assert isinstance(dialog, PrivacyDialog)
        qtbot.keyClicks(dialog.name_edit, "annelies van dijk")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        seen["visible_after_enter"] = dialog.isVisible()
        rows = [dialog.hits.topLevelItem(i) for i in range(dialog.hits.topLevelItemCount())]
        seen["where"] = {row.text(0) for row in rows}
        seen["excerpts"] = [row.text(3) for row in rows]
        seen["erase_enabled"] = dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.hits.topLevelItemCount()
        dialog.reject()

    when_shown(PrivacyDialog, find_and_erase)
    window.data_actions.privacy_action.trigger()

    # The backup that holds the name is listed too, as a place of its own.
    assert {"deelnemer", "notitie", "contactpersoon school", "reservekopie"} <= seen["where"]  # type: ignore[operator]
    assert any("stage in groep 7" in text for text in seen["excerpts"])  # type: ignore[attr-defined]
    assert seen["erase_enabled"] is True and seen["after"] == 0
    assert seen["visible_after_enter"] is True  # Enter searches; it does not close the dialog
    assert len(asked) == 1 and "annelies van dijk" in asked[0] and " 4 " in asked[0]
    assert PERSON.encode() not in raw_files(db_path)
    assert PERSON.encode() not in made.read_bytes()
    assert b"Bram Bos" in raw_files(db_path)  # others are left alone
    # The page no longer shows (and so can never save back) the erased name.
    assert PERSON not in window.schools.detail.contact_edit.text()
    assert window.schools.current_school() is not None and window.schools.current_school().id == school_id


def test_a_name_that_is_nowhere_offers_nothing_to_erase(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    dialog = PrivacyDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Niemand Bekend")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.hits.topLevelItemCount() == 0
    assert "nergens" in dialog.summary.text()
    assert not dialog.erase_button.isEnabled()
