"""The print set dialog: real PDFs rendered on a worker thread into tmp_path, read back with pypdf."""

from __future__ import annotations

import io
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Card, Deck
from facilitator_app.pdf import ItemKind
from facilitator_app.store import Store
from facilitator_app.ui import desktop, settings
from facilitator_app.ui.main_window import SESSIONS, MainWindow
from facilitator_app.ui.print_dialog import PrintDialog

from .helpers import answer_file_dialog, plan_print_session

RENDER_TIMEOUT_MS = 90_000


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(desktop.NO_VIEWER_ENV, "1")


@pytest.fixture
def session_id(store: Store) -> str:
    return plan_print_session(store, title="", included_optional_parts=frozenset({2}))


@pytest.fixture
def make_dialog(store: Store, qtbot: QtBot, dutch: QApplication) -> Callable[[str], PrintDialog]:
    def make(session_id: str) -> PrintDialog:
        dialog = PrintDialog(store, session_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def save_and_wait(qtbot: QtBot, dialog: PrintDialog, button: object, target: Path) -> None:
    answer_file_dialog(target)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert dialog.busy()
    # The dialog stays responsive while the worker renders: the progress shows.
    assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=RENDER_TIMEOUT_MS)


def only_cards(dialog: PrintDialog) -> None:
    """Leave only the card decks ticked."""
    for check in (
        dialog.form.script_check,
        dialog.form.worksheets_check,
        dialog.form.map_check,
        dialog.form.posters_check,
        dialog.form.part3_check,
        dialog.form.roles_check,
    ):
        check.setChecked(False)


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


def test_print_set_is_one_private_pdf(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    opened: list[Path] = []
    dialog.opener = opened.append
    assert dialog.form.worksheets_mode.currentData() == "participants"
    target = tmp_path / "out" / "printset.pdf"
    target.parent.mkdir()
    save_and_wait(qtbot, dialog, dialog.save_button, target)

    assert target.exists(), dialog.status.text()
    pages, text = pdf_text(target)
    assert pages > 5
    assert "Anna de Vries" in text and "Joost Bakker" in text  # their own worksheets
    assert "Wij leren samen" in text  # the school's vision as first worksheet page
    assert "Draaiboek" in text or "draaiboek" in text
    assert "Deel 3 · Duiden opbrengsten" in text  # the part-3 form, on A4 with the rest
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # No temporary left behind; the A3 map and posters in a file of their own, named in the status.
    assert sorted(p.name for p in target.parent.iterdir()) == ["printset-A3.pdf", "printset.pdf"]
    a3 = target.parent / "printset-A3.pdf"
    assert stat.S_IMODE(a3.stat().st_mode) == 0o600
    assert {round(float(p.mediabox.height)) for p in PdfReader(a3).pages} <= {842, 1191}  # A3, either way
    assert "Scenariokaart" in pdf_text(a3)[1] and "Sterke punten" in pdf_text(a3)[1]
    assert "Scenariokaart" not in text
    assert str(target) in dialog.status.text() and str(a3) in dialog.status.text()
    # The folder is remembered for next time; opening is offered, not forced.
    assert settings.text_value(settings.PRINT_FOLDER_KEY) == str(target.parent)
    assert opened == []
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [target]


def test_blank_worksheets_only(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    for check in (
        dialog.form.script_check,
        dialog.form.map_check,
        dialog.form.posters_check,
        dialog.form.vision_check,
        dialog.form.part3_check,
        dialog.form.roles_check,  # in the set by default
    ):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
        assert not check.isChecked()
    for check in dialog.form.deck_checks.values():
        check.setChecked(False)
    dialog.form.worksheets_mode.setCurrentIndex(dialog.form.worksheets_mode.findData("blank"))
    assert dialog.form.blank_copies.isEnabled()
    dialog.form.blank_copies.setValue(2)
    assert [item.kind for item in dialog.items()] == [ItemKind.WORKSHEETS]
    target = tmp_path / "blanco.pdf"
    save_and_wait(qtbot, dialog, dialog.save_button, target)
    pages, text = pdf_text(target)
    assert pages >= 2
    assert "Anna de Vries" not in text


def test_alignment_test_page(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    dialog.form.offset_x.setValue(1.5)
    dialog.form.flip.setCurrentIndex(dialog.form.flip.findData("short"))
    target = tmp_path / "uitlijntest.pdf"
    save_and_wait(qtbot, dialog, dialog.form.alignment_button, target)
    pages, text = pdf_text(target)
    assert pages == 2
    assert "Uitlijntest" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The printer's correction is remembered for the next print set.
    again = make_dialog(session_id)
    assert again.form.offset_x.value() == 1.5 and again.form.offset_y.value() == 0.0
    assert again.form.flip.currentData() == "short"


def test_unwritable_folder_gives_a_message_and_the_dialog_lives_on(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    not_a_folder = tmp_path / "notities.txt"
    not_a_folder.write_text("geen map")
    for check in (dialog.form.map_check, dialog.form.posters_check, *dialog.form.deck_checks.values()):
        check.setChecked(False)
    save_and_wait(qtbot, dialog, dialog.save_button, not_a_folder / "printset.pdf")
    qtbot.waitUntil(lambda: dialog.error_box is not None and dialog.error_box.isVisible())
    assert dialog.tr("The PDF could not be saved.") in dialog.error_box.text()
    assert dialog.tr("That folder does not exist.") in dialog.error_box.text()
    assert dialog.open_button.isEnabled() is False
    dialog.error_box.button(QMessageBox.StandardButton.Ok).click()
    # Same dialog, another folder: it works.
    target = tmp_path / "goed.pdf"
    assert dialog.save_button.isEnabled()
    save_and_wait(qtbot, dialog, dialog.save_button, target)
    assert target.exists()


def test_card_that_does_not_fit_is_named(
    store: Store, make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    long_card = Card(
        key="lang", title="Veel te lang", body=" ".join(["professionaliseringsactiviteiten"] * 900)
    )
    store.decks.save(Deck(key="vol", title="Volle stapel", kind="text", cards=(long_card,)))
    dialog = make_dialog(session_id)
    only_cards(dialog)
    for key, check in dialog.form.deck_checks.items():
        check.setChecked(key == "vol")
    dialog.form.card_size.setCurrentIndex(dialog.form.card_size.findData("A7"))
    target = tmp_path / "kaarten.pdf"
    save_and_wait(qtbot, dialog, dialog.save_button, target)
    qtbot.waitUntil(lambda: dialog.error_box is not None and dialog.error_box.isVisible())
    assert "Veel te lang" in dialog.error_box.text() and "Volle stapel" in dialog.error_box.text()
    assert not target.exists()
    dialog.error_box.close()


def test_a_size_too_small_prints_the_cards_that_fit_and_names_the_others(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    only_cards(dialog)
    for check in dialog.form.deck_checks.values():
        check.setChecked(True)
    dialog.form.card_size.setCurrentIndex(dialog.form.card_size.findData("A7"))
    target = tmp_path / "kaarten.pdf"
    save_and_wait(qtbot, dialog, dialog.save_button, target)
    assert target.exists(), dialog.status.text()
    status = dialog.status.text()
    # Card B fits A7 (over more cards); card A and the long recipes need A6, and the dialog says so.
    assert "Leren bij een interne academie" in status and "past op A6" in status
    assert "Kies kaartformaat A6" in status
    assert "Om welke competenties" in status and "Voorwaarden voor effectieve" not in status


def test_part3_form_filled_in_or_blank(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    for check in (
        dialog.form.script_check,
        dialog.form.worksheets_check,
        dialog.form.map_check,
        dialog.form.posters_check,
        dialog.form.roles_check,
    ):
        check.setChecked(False)
    for check in dialog.form.deck_checks.values():
        check.setChecked(False)
    assert dialog.form.part3_check.isChecked() and dialog.form.part3_mode.isEnabled()
    filled = tmp_path / "deel3.pdf"
    save_and_wait(qtbot, dialog, dialog.save_button, filled)
    pages, text = pdf_text(filled)
    assert pages == 1 and "Deel 3 · Duiden opbrengsten" in text
    assert "Anna de Vries" in text and "Joost Bakker" in text and dialog.school.name in text
    assert "1. In welk scenario bevindt de school zich?" in text and "Welke ondersteuning" in text
    dialog.form.part3_mode.setCurrentIndex(dialog.form.part3_mode.findData("blank"))
    blank = tmp_path / "deel3-blanco.pdf"
    save_and_wait(qtbot, dialog, dialog.save_button, blank)
    pages, text = pdf_text(blank)
    assert pages == 1 and "Deel 3 · Duiden opbrengsten" in text
    assert "Anna de Vries" not in text and dialog.school.name not in text
    dialog.form.part3_check.setChecked(False)
    assert not dialog.form.part3_mode.isEnabled()


def test_cancel_writes_nothing(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    target = tmp_path / "afgebroken.pdf"
    answer_file_dialog(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=RENDER_TIMEOUT_MS)
    assert dialog.status.text() == dialog.tr("Cancelled; nothing was saved.")
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_print_from_the_sessions_page(
    make_window: Callable[[Store], MainWindow], store: Store, session_id: str, qtbot: QtBot
) -> None:
    store.sessions.start(session_id)
    window = make_window(store)
    window.show_page(SESSIONS)
    assert window.sessions.current_id() == session_id

    def close_when_shown() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, close_when_shown)
            return
        assert found[0].session.id == session_id
        found[0].close_button.click()
        shown.append(True)

    shown: list[bool] = []
    QTimer.singleShot(0, close_when_shown)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown == [True]


def test_the_role_overview_is_part_of_the_set(
    make_dialog: Callable[[str], PrintDialog], session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(session_id)
    assert dialog.form.roles_check.isChecked()  # on unless the facilitator leaves it out
    for check in (*dialog.form.deck_checks.values(), dialog.form.script_check, dialog.form.worksheets_check):
        check.setChecked(False)
    for check in (dialog.form.map_check, dialog.form.posters_check, dialog.form.part3_check):
        check.setChecked(False)
    target = tmp_path / "rollen.pdf"
    save_and_wait(qtbot, dialog, dialog.save_button, target)
    _pages, text = pdf_text(target)
    assert "Rollen in de opleidingsschool" in text and "Werkplekbegeleider" in text
