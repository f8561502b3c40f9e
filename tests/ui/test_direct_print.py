"""Printing directly on a printer: the print set, the alignment test, the record and the overview.

No printer is installed on the test machine, so the print dialog is answered like a
user who prints to a file: the QPrinter it was handed is pointed at a PDF file
(Qt's PDF printer), which is read back with pypdf and compared page by page,
as pixels, with the PDF the app rendered.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.sessions import NoteCategory
from facilitator_app.pdf import SetItem, render_items, render_record_data
from facilitator_app.store import Store
from facilitator_app.ui import desktop, printing
from facilitator_app.ui.exchange_dialogs import OverviewDialog
from facilitator_app.ui.main_window import SESSIONS, MainWindow
from facilitator_app.ui.print_dialog import PrintDialog
from facilitator_app.ui.record_view import RecordView

from .helpers import answer_file_dialog, answer_message_box, plan_print_session

TIMEOUT_MS = 120_000
A4_PT = (595.3, 841.9)
PRINTERS = ["Kantoorprinter"]


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(desktop.NO_VIEWER_ENV, "1")


@pytest.fixture
def session_id(store: Store) -> str:
    return plan_print_session(store)


@pytest.fixture
def dialog(store: Store, session_id: str, qtbot: QtBot, dutch: QApplication) -> PrintDialog:
    shown = PrintDialog(store, session_id)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.direct_print.printers = lambda: PRINTERS
    return shown


class PrintToFile:
    """Answers the print dialog like a user choosing "print to file": the printer writes ``target``.

    It remembers how the app had set up the printer before the user touched it.
    """

    def __init__(self, target: Path, *, copies: int = 1, accept: bool = True) -> None:
        self.target = target
        self.copies = copies
        self.accept = accept
        self.seen: list[dict[str, Any]] = []

    def __call__(self, printer: QPrinter, pages: int, _parent: QWidget | None) -> bool:
        layout = printer.pageLayout()
        self.seen.append(
            {
                "paper": layout.pageSize().id(),
                "orientation": layout.orientation(),
                "full_page": printer.fullPage(),
                "copies": printer.copyCount(),
                "name": printer.docName(),
                "pages": pages,
            }
        )
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setCopyCount(self.copies)
        return self.accept


def only(dialog: PrintDialog, *, decks: bool = False, scenario_map: bool = False) -> None:
    for check in (dialog.form.script_check, dialog.form.worksheets_check, dialog.form.posters_check):
        check.setChecked(False)
    dialog.form.map_check.setChecked(scenario_map)
    if not decks:
        for check in dialog.form.deck_checks.values():
            check.setChecked(False)


def page_image(data: bytes, index: int, width: int = 210) -> QImage:
    """Page ``index`` of ``data`` as a small grey image on white, ``width`` pixels wide."""
    document, buffer = printing.load_document(data)
    try:
        size = document.pagePointSize(index)
        pixels = document.render(index, QSizeF(width, width * size.height() / size.width()).toSize())
    finally:
        document.close()
        buffer.close()
    image = QImage(pixels.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, pixels)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def difference(a: QImage, b: QImage, dx: int = 0, dy: int = 0) -> float:
    """Mean grey-level difference (0-255) between ``a`` and ``b`` moved by ``dx``, ``dy`` pixels."""
    assert a.size() == b.size()
    edge = 3
    total = 0
    width = a.width() - 2 * edge
    for row in range(edge, a.height() - edge):
        line_a = bytes(a.constScanLine(row))[edge : edge + width]
        line_b = bytes(b.constScanLine(row + dy))[edge + dx : edge + dx + width]
        total += sum(abs(x - y) for x, y in zip(line_a, line_b, strict=True))
    return total / (width * (a.height() - 2 * edge))


def assert_same_place(expected: bytes, printed: bytes, index: int, printed_index: int | None = None) -> None:
    """The printed page shows the rendered one at the same size and place (to 1 mm: 1 px here)."""
    a = page_image(expected, index)
    b = page_image(printed, index if printed_index is None else printed_index)
    here = difference(a, b)
    assert here < 6  # what rasterising and Qt's image compression leave
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        assert here < difference(a, b, dx, dy), (dx, dy)


def rendered(items: list[SetItem]) -> tuple[bytes, int]:
    """The PDF the dialog renders for ``items``, and its pages."""
    combined = render_items(items)
    return combined.data, combined.pages


def wait_idle(qtbot: QtBot, busy: Callable[[], bool]) -> None:
    qtbot.waitUntil(lambda: not busy(), timeout=TIMEOUT_MS)


# ------------------------------------------------------------------ the set


def test_print_set_goes_to_the_printer_at_true_size(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    only(dialog, decks=True, scenario_map=True)
    dialog.form.map_paper.setCurrentIndex(dialog.form.map_paper.findData("A3"))
    expected, pages = rendered(dialog.items())
    target = tmp_path / "printer" / "uit.pdf"
    target.parent.mkdir()
    answer = PrintToFile(target)
    dialog.direct_print.ask_printer = answer

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.busy()
    assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    wait_idle(qtbot, dialog.busy)

    # The app set the printer up from the first page, an A4 card sheet, before the user saw it.
    assert answer.seen == [
        {
            "paper": QPageSize.PageSizeId.A4,
            "orientation": QPageLayout.Orientation.Portrait,
            "full_page": True,
            "copies": 1,  # the set already holds the copies of each card
            "name": "Printset De Kempen 2026-03-12",
            "pages": pages,
        }
    ]
    assert target.exists(), dialog.status.text()
    printed = target.read_bytes()
    reader = PdfReader(io.BytesIO(printed))
    assert len(reader.pages) == pages
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4_PT, abs=1)
    # The card sheets come out exactly where they were drawn: same size, no shift.
    assert_same_place(expected, printed, 0)
    assert_same_place(expected, printed, 1)
    # The A3 map was reduced to fit the A4 paper, and the dialog says so.
    assert "A3" in dialog.status.text()
    assert str(target) in dialog.status.text() and str(pages) in dialog.status.text()
    assert [p.name for p in target.parent.iterdir()] == ["uit.pdf"]
    assert dialog.print_button.isEnabled() and not dialog.progress.isVisible()


def test_alignment_test_prints_duplex_and_the_app_makes_the_copies(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog.form.flip.setCurrentIndex(dialog.form.flip.findData("short"))
    assert dialog.flip_duplex() is QPrinter.DuplexMode.DuplexShortSide
    dialog.form.flip.setCurrentIndex(dialog.form.flip.findData("long"))
    assert dialog.flip_duplex() is QPrinter.DuplexMode.DuplexLongSide
    target = tmp_path / "uitlijntest.pdf"
    answer = PrintToFile(target, copies=2)
    dialog.direct_print.ask_printer = answer

    qtbot.mouseClick(dialog.form.alignment_print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.busy)

    assert answer.seen[0]["pages"] == 2 and answer.seen[0]["name"] == dialog.tr("Alignment test")
    # Qt's PDF printer cannot take a copy count, so the app sends both copies itself.
    printed = target.read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == 4
    expected, _pages = rendered(dialog._alignment_items())
    assert_same_place(expected, printed, 0, printed_index=2)
    assert_same_place(expected, printed, 1, printed_index=3)


def test_with_card_sheets_every_participant_starts_on_a_front(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    only(dialog)
    dialog.form.worksheets_check.setChecked(True)
    dialog.form.vision_check.setChecked(False)  # three pages per participant: an odd set
    # Cards in the set; the smaller deck, as the app rasterises every page for the printer.
    dialog.form.deck_checks["reflectiekaarten"].setChecked(True)
    one_sided = rendered(dialog.items())[1]
    expected, pages = rendered(dialog.items(duplex=True))
    assert pages > one_sided  # a blank back after each odd set
    target = tmp_path / "werkbladen.pdf"
    dialog.direct_print.ask_printer = PrintToFile(target)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.busy)
    printed = target.read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == pages
    assert_same_place(expected, printed, pages - 1)


def test_ctrl_p_asks_for_the_printer_and_closing_that_dialog_prints_nothing(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    only(dialog, decks=True)
    target = tmp_path / "niet.pdf"
    answer = PrintToFile(target, accept=False)
    dialog.direct_print.ask_printer = answer
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(answer.seen), timeout=TIMEOUT_MS)
    wait_idle(qtbot, dialog.busy)
    assert dialog.status.text() == dialog.tr("Not printed.")
    assert not target.exists()
    assert dialog.print_button.isEnabled()


def test_ctrl_p_opens_the_set_from_the_main_window_and_prints_inside_it(
    make_window: Callable[[Store], MainWindow], store: Store, session_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(store)
    window.show_page(SESSIONS)
    assert window.sessions.current_id() == session_id
    answer = PrintToFile(tmp_path / "niet.pdf", accept=False)
    pressed: list[bool] = []

    def press_ctrl_p_inside() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, press_ctrl_p_inside)
            return
        inside = found[0]
        inside.direct_print.printers = lambda: PRINTERS
        inside.direct_print.ask_printer = answer
        only(inside, decks=False)
        inside.form.posters_check.setChecked(True)
        inside.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is inside, timeout=2000)
        # The main window's Ctrl+P opened this dialog; inside it the same keys print.
        qtbot.keyClick(inside, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(answer.seen), timeout=TIMEOUT_MS)
        wait_idle(qtbot, inside.busy)
        pressed.append(True)
        inside.close_button.click()

    QTimer.singleShot(0, press_ctrl_p_inside)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert pressed == [True]
    assert answer.seen[0]["name"] == "Printset De Kempen 2026-03-12"


def test_cancel_while_preparing_sends_nothing_to_the_printer(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    only(dialog, decks=True)
    target = tmp_path / "afgebroken.pdf"
    answer = PrintToFile(target)
    dialog.direct_print.ask_printer = answer
    clicked: list[int] = []

    def cancel_once(done: int, _total: int) -> None:
        if not clicked:
            clicked.append(done)
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.direct_print.preparing.connect(cancel_once)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.busy)

    assert answer.seen and clicked == [0]
    assert dialog.status.text() == dialog.tr("Cancelled; nothing was sent to the printer.")
    assert not target.exists()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


# Qt itself warns when the printer cannot be opened; the user sees the app's own message.
@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", r"QPainter::begin\(\): Returned false"
)
def test_an_unreachable_printer_gives_a_calm_message(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    only(dialog, decks=True)
    dialog.direct_print.ask_printer = PrintToFile(tmp_path / "geen-map" / "uit.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.busy)
    box = dialog.direct_print.error_box
    assert box is not None and box.isVisible()
    assert "printer" in box.text()
    assert dialog.status.text() == dialog.tr("Nothing was printed.")
    box.close()


def test_without_a_printer_the_pdf_is_offered_instead(
    dialog: PrintDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    only(dialog, decks=True)
    asked: list[object] = []
    dialog.direct_print.printers = lambda: []
    dialog.direct_print.ask_printer = lambda *args: bool(asked.append(args))

    # First the user closes the message: nothing happens.
    seen: list[str] = []
    answer_message_box(qtbot, seen, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    no_printer = dialog.direct_print.tr(
        "No printer is installed on this computer. Save it as a PDF instead and print that "
        "on a computer with a printer, or install a printer first and try again."
    )
    assert seen == [no_printer]
    assert not dialog.busy() and asked == []

    # Then they take the offer and save the set as a PDF.
    target = tmp_path / "printset.pdf"
    answer_message_box(qtbot, seen, QMessageBox.StandardButton.Save)
    answer_file_dialog(target)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.busy)
    assert seen == [no_printer, no_printer]
    assert asked == []
    assert target.exists(), dialog.status.text()
    assert len(PdfReader(target).pages) == rendered(dialog.items())[1]


# ---------------------------------------------------------- record, overview


def test_the_record_prints_on_the_printer(
    store: Store, session_id: str, qtbot: QtBot, tmp_path: Path, dutch: QApplication
) -> None:
    store.sessions.start(session_id)
    store.sessions.add_note(session_id, 0, NoteCategory.STRENGTH, "We delen lessen", "Anna de Vries")
    target = tmp_path / "verslag-geprint.pdf"
    answer = PrintToFile(target)
    view = RecordView(store, session_id, ask_printer=answer)
    qtbot.addWidget(view)
    view.show()
    view.direct_print.printers = lambda: PRINTERS
    qtbot.mouseClick(view.anonymised, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(view.printer_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view.direct_print.busy)

    expected = render_record_data(view.data, anonymised=True)
    printed = target.read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == len(PdfReader(io.BytesIO(expected)).pages)
    assert_same_place(expected, printed, 0)
    assert answer.seen[0]["name"] == view.default_file_name().removesuffix(".pdf")
    assert str(target) in view.state.text()
    view.close()


def test_the_overview_prints_on_the_printer(
    store: Store, session_id: str, qtbot: QtBot, tmp_path: Path, dutch: QApplication
) -> None:
    target = tmp_path / "overzicht-geprint.pdf"
    answer = PrintToFile(target)
    dialog = OverviewDialog(store, ask_printer=answer)
    qtbot.addWidget(dialog)
    dialog.direct_print.printers = lambda: PRINTERS
    qtbot.mouseClick(dialog.printer_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog.direct_print.busy)
    assert answer.seen and target.exists()
    assert len(PdfReader(target).pages) == answer.seen[0]["pages"] >= 1
    assert str(target) in dialog.state.text()


# ------------------------------------------------------------------ geometry


A4 = QSizeF(*A4_PT)
A4_LANDSCAPE = QSizeF(A4_PT[1], A4_PT[0])
A3 = QSizeF(841.9, 1190.6)
A6 = QSizeF(297.6, 419.5)


def test_pages_print_at_true_size_unless_they_are_larger_than_the_paper() -> None:
    assert printing.placement(A4, A4) == printing.Placement(rotate=False, scale=1.0)
    assert printing.placement(A4_LANDSCAPE, A4) == printing.Placement(rotate=True, scale=1.0)
    a3_on_a4 = printing.placement(A3, A4)
    assert not a3_on_a4.rotate and a3_on_a4.scale == pytest.approx(0.707, abs=0.001)
    a3_landscape = printing.placement(QSizeF(A3.height(), A3.width()), A4)
    assert a3_landscape.rotate and a3_landscape.reduced
    assert printing.placement(A6, A4) == printing.Placement(rotate=False, scale=1.0)  # centred, not enlarged


def test_duplex_starts_every_copy_and_section_on_a_front() -> None:
    assert printing.page_order(3, 1, duplex=False) == [0, 1, 2]
    assert printing.page_order(3, 2, duplex=False) == [0, 1, 2, 0, 1, 2]
    assert printing.page_order(3, 2, duplex=True) == [0, 1, 2, None, 0, 1, 2]
    # Parts of 1 and 3 pages: the second starts on a new sheet.
    assert printing.page_order(4, 1, duplex=True, sections=[0, 1]) == [0, None, 1, 2, 3]
    assert printing.page_order(4, 1, duplex=False, sections=[0, 1]) == [0, 1, 2, 3]
