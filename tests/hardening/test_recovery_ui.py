"""The start-up recovery dialogs (Qt): offer the newest good backup, restore on confirmation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store
from facilitator_app.store import backup as backups
from facilitator_app.store.errors import DatabaseLockedError
from facilitator_app.ui import i18n, recovery
from facilitator_app.ui.labels import backup_date

from .conftest import fill
from .test_integrity import big_store, damage_the_middle

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication) -> None:
    """The app's default language; the English test switches itself."""
    assert i18n.install(qapp, "nl")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: texts.append(text))
    return texts


@pytest.mark.fault
def test_damaged_database_restores_the_offered_backup_on_confirmation(
    qapp: QApplication, db_path: Path, catalogue: Catalogue, shown: list[str]
) -> None:
    big_store(db_path, catalogue)
    with Store.open(db_path, catalogue) as store:
        backups.make_backup(store, "start")
    damage_the_middle(db_path)
    seen: list[str] = []

    def confirm(dialog: recovery.RestoreBackupDialog) -> bool:
        seen.append(dialog.offered.describe())
        return True

    store = recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue), ask=confirm)
    assert store is not None
    try:
        assert len(store.schools.all()) == 122
    finally:
        store.close()
    assert seen and "122 scholen" in seen[0] and shown == []
    assert list(db_path.parent.glob("facilitator.replaced-*.sqlite3"))


def test_declining_leaves_the_damaged_file_alone(
    qapp: QApplication, db_path: Path, catalogue: Catalogue, shown: list[str]
) -> None:
    big_store(db_path, catalogue)
    with Store.open(db_path, catalogue) as store:
        backups.make_backup(store, "start")
    damaged = damage_the_middle(db_path)
    assert (
        recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue), ask=lambda _d: False)
        is None
    )
    assert db_path.read_bytes() == damaged


def test_without_a_backup_the_message_says_what_to_do(
    qapp: QApplication, db_path: Path, catalogue: Catalogue, shown: list[str]
) -> None:
    big_store(db_path, catalogue)
    damage_the_middle(db_path)
    assert recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue)) is None
    assert len(shown) == 1 and "beschadigd" in shown[0] and "reservekopie" in shown[0]


def test_a_locked_database_gets_advice(qapp: QApplication, shown: list[str], tmp_path: Path) -> None:
    def locked() -> Store:
        raise DatabaseLockedError("De database is in gebruik door een ander programma.")

    assert recovery.open_with_recovery(tmp_path / "x.sqlite3", locked) is None
    assert "Wacht tot het andere programma klaar is" in shown[0]


def test_the_dialog_shows_date_and_contents(qapp: QApplication, store: Store, db_path: Path) -> None:
    fill(store)
    backups.make_backup(store, "start")
    offered = backups.newest_good_backup(db_path)
    assert offered is not None
    dialog = recovery.RestoreBackupDialog("Het databasebestand is beschadigd.", offered)
    from PySide6.QtWidgets import QLabel

    details = dialog.findChild(QLabel, "backupDetails")
    assert details is not None
    assert (
        backup_date(offered) in details.text()
        and "2 scholen" in details.text()
        and "2 notities" in details.text()
    )
    assert dialog.restore_button.text() == "Reservekopie terugzetten"
    dialog.deleteLater()


def test_an_empty_database_file_offers_the_newest_backup(
    qapp: QApplication, db_path: Path, catalogue: Catalogue, shown: list[str]
) -> None:
    with Store.open(db_path, catalogue) as store:
        fill(store)
        backups.make_backup(store, "start")
    db_path.write_bytes(b"")
    offered: list[str] = []

    def confirm(dialog: recovery.RestoreBackupDialog) -> bool:
        offered.append(dialog.findChild(QLabel, "backupDetails").text())
        return True

    store = recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue), ask=confirm)
    assert store is not None
    try:
        assert store.schools.all()[0].name == "De Vlinderhof"
    finally:
        store.close()
    assert offered and "2 notities" in offered[0] and shown == []


def test_the_backups_dialog_checks_on_demand(
    qapp: QApplication, store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator_app.store import integrity
    from facilitator_app.ui.backups_dialog import BackupsDialog

    fill(store)
    made = backups.make_backup(store, "start")
    told: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, k=kind: told.append((k, text)))
    integrity.forget(db_path)
    dialog = BackupsDialog(store)
    try:
        dialog.check_button.click()
        assert told == [("information", dialog.tr("The database is sound, and so is its backup."))]
        assert integrity.sidecar_path(db_path).exists()  # the passed check is remembered
        data = bytearray(made.read_bytes())
        data[4096:8192] = b"\xa5" * 4096
        made.write_bytes(bytes(data))
        dialog.check_button.click()
        kind, text = told[-1]
        assert kind == "warning" and str(made) in text
    finally:
        dialog.deleteLater()


def test_in_english_the_problem_and_its_advice_are_english(
    qapp: QApplication, db_path: Path, catalogue: Catalogue, shown: list[str], tmp_path: Path
) -> None:
    """The store's code is worded by the interface: no Dutch sentence from the store in English mode."""
    from facilitator_app.store.errors import classify

    def locked() -> Store:
        error = classify(sqlite3.OperationalError("database is locked"), tmp_path / "x.sqlite3")
        assert error is not None
        raise error

    i18n.install(qapp, "en")
    try:
        assert recovery.open_with_recovery(tmp_path / "x.sqlite3", locked) is None
        big_store(db_path, catalogue)
        with Store.open(db_path, catalogue) as store:
            backups.make_backup(store, "start")
        damage_the_middle(db_path)
        seen: list[str] = []

        def decline(dialog: recovery.RestoreBackupDialog) -> bool:
            seen.extend(label.text() for label in dialog.findChildren(QLabel))
            seen.append(dialog.windowTitle())
            seen.append(dialog.restore_button.text())
            return False

        assert (
            recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue), ask=decline) is None
        )
    finally:
        i18n.install(qapp, "nl")
    assert shown[0].startswith("The database is in use by another program")
    assert "Wait until the other program is done" in shown[0]
    assert any(text.startswith("The database file is damaged") for text in seen), seen
    assert "122 schools" in " ".join(seen) and "Restore backup" in seen, seen
    dutch_words = ("database is in gebruik", "beschadigd", "scholen", "notities", "Reservekopie", "Wacht")
    assert [text for text in [*shown, *seen] if any(word in text for word in dutch_words)] == []
