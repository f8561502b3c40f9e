"""Direct printing of our PDFs on the system printer, off the GUI thread.

QtPdf (pdfium) rasterises each page; the images are painted on a
``QPrinter``. Qt supports painting on a QPrinter from a worker thread ("Painting
in Threads" in Qt's thread-support notes), so :class:`DirectPrinter` runs
:func:`print_pdf` as a task of its :class:`~.tasks.TaskRunner`; the GUI thread
shows the QPrintDialog before the task starts and leaves the printer alone
until it ends.

The job runs in two phases. *Preparing* renders every page into a compressed
image in memory and can be cancelled between pages: nothing has reached the
printer yet. *Sending* paints those images on the printer; it cannot be
cancelled, because on Linux (CUPS) and for PDF output ``QPrinter.abort()`` does
nothing, and ending the painter early would still print the pages sent so far.

Card sheets must come out at true size: a page the size of the paper (either
way round) is printed at 100 % in full-page mode, the sheet's own margins and
crop marks in place. A larger page is reduced to fit, keeping its aspect ratio,
and counted so the dialog can say so; a smaller one is centred, never enlarged.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from .. import PRODUCT_NAME
from .tasks import TaskCancelled, TaskContext, TaskHandle, TaskRunner

# Pages are rasterised at the printer's resolution, but no finer than this: an A4
# page at 300 dpi is 35 MB as an image, at 1200 dpi (Qt's PDF printer) 560 MB.
MAX_RENDER_DPI = 300
# Two pages whose sides differ less than this (in points, ~0.7 mm) are the same size.
SAME_SIZE_TOLERANCE_PT = 2.0


# ------------------------------------------------------------- the printer


@dataclass(frozen=True)
class PrintSettings:
    """What the app knows before the print dialog opens; the user may change all of it there."""

    document_name: str
    duplex: QPrinter.DuplexMode | None = None  # None: the printer's own default
    copies: int = 1


# Shows the print dialog for a prepared printer and ``pages`` pages; True when the user prints.
# Tests pass their own that points the printer at a PDF file.
PrinterAsker = Callable[[QPrinter, int, QWidget | None], bool]
PrinterLister = Callable[[], Sequence[str]]


def installed_printers() -> list[str]:
    return QPrinterInfo.availablePrinterNames()


def ask_printer(printer: QPrinter, pages: int, parent: QWidget | None) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("systemPrintDialog")
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)  # that is "Save as PDF"
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def load_document(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``data``; keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError(
            QCoreApplication.translate("Printing", "The pages could not be read (%1).").replace(
                "%1", document.error().name
            )
        )
    return document, buffer


def page_sizes(data: bytes) -> list[QSizeF]:
    """The size of every page of ``data`` in points."""
    document, _buffer = load_document(data)
    try:
        return [document.pagePointSize(index) for index in range(document.pageCount())]
    finally:
        document.close()


def prepare_printer(first_page: QSizeF, settings: PrintSettings) -> QPrinter:
    """The default printer, set up for a document whose first page is ``first_page`` (points)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    width, height = first_page.width(), first_page.height()
    portrait = QSizeF(min(width, height), max(width, height))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    # Full page: the painter's origin is the corner of the sheet, so the PDF's own
    # margins place everything where it was drawn.
    printer.setFullPage(True)
    printer.setDocName(settings.document_name)
    printer.setCreator(PRODUCT_NAME)
    printer.setCopyCount(max(1, settings.copies))
    if settings.duplex is not None:
        printer.setDuplex(settings.duplex)
    return printer


@dataclass(frozen=True)
class Placement:
    rotate: bool  # turn the page a quarter to fit the paper
    scale: float  # 1.0 is true size

    @property
    def reduced(self) -> bool:
        return self.scale < 1.0


def _same(a: QSizeF, b: QSizeF) -> bool:
    tolerance = SAME_SIZE_TOLERANCE_PT
    return abs(a.width() - b.width()) <= tolerance and abs(a.height() - b.height()) <= tolerance


def placement(page: QSizeF, paper: QSizeF) -> Placement:
    """How a ``page`` goes on ``paper`` (both in points): true size if it fits, else reduced."""
    turned = QSizeF(page.height(), page.width())
    if _same(page, paper):
        return Placement(rotate=False, scale=1.0)
    if _same(turned, paper):
        return Placement(rotate=True, scale=1.0)

    def fit(size: QSizeF) -> float:
        return min(1.0, paper.width() / size.width(), paper.height() / size.height())

    straight, rotated = fit(page), fit(turned)
    # Turn only when that prints it larger; a page that fits either way stays upright.
    if rotated > straight + 1e-6:
        return Placement(rotate=True, scale=rotated)
    return Placement(rotate=False, scale=straight)


def page_order(pages: int, copies: int, duplex: bool, sections: Sequence[int] = ()) -> list[int | None]:
    """The pages to send, in order; None is a blank page.

    ``copies`` are the ones the app makes itself, collated. With ``duplex`` every
    copy, and every section (the first page of each part of a print set), starts
    on the front of a sheet: a blank back goes before it when needed.
    """
    starts = set(sections)
    order: list[int | None] = []
    for _copy in range(copies):
        for page in range(pages):
            if duplex and len(order) % 2 and (page == 0 or page in starts):
                order.append(None)
            order.append(page)
    return order


# ------------------------------------------------------------- the worker


class PrintError(Exception):
    """Printing failed; the message is calm text for the user."""


class PrintCancelledError(TaskCancelled):
    pass


@dataclass(frozen=True)
class _Spooled:
    """One rendered page, zlib-compressed (an RGB32 image of a page compresses ~40×)."""

    pixels: bytes
    width: int
    height: int
    bytes_per_line: int
    width_pt: float  # the size it is printed at, before any quarter turn
    height_pt: float
    placement: Placement

    def image(self) -> QImage:
        raw = zlib.decompress(self.pixels)
        # copy(): the image must own its pixels, not borrow them from ``raw``.
        return QImage(raw, self.width, self.height, self.bytes_per_line, QImage.Format.Format_RGB32).copy()


@dataclass(frozen=True)
class PrintResult:
    pages: int  # pages sent, copies the app made itself included
    reduced: int  # pages of the document printed smaller than true size


def print_pdf(
    data: bytes,
    printer: QPrinter,
    sections: Sequence[int] = (),
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    sending: Callable[[int, int], None] = lambda _done, _total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> PrintResult:
    """Print ``data`` on ``printer``; for a worker thread.

    ``sections`` are the first pages (0-based) of the parts of a set, each of
    which starts on a fresh sheet in duplex. ``progress(done, total)`` reports
    pages prepared, ``sending(done, total)`` pages painted. Raises
    :class:`PrintCancelledError` when ``cancelled()`` turns true while preparing
    (nothing has been sent then) and :class:`PrintError` when the printer cannot
    be opened. Uses the page range the user chose in the print dialog.
    """
    document, buffer = load_document(data)
    try:
        count = document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        indexes = list(range(count))
        if first > 0 and last >= first:  # the user chose a range in the print dialog
            indexes = list(range(first - 1, min(last, count)))
            sections = [start - (first - 1) for start in sections if first - 1 <= start < last]
        paper = printer.pageLayout().fullRect(QPageLayout.Unit.Point).size()
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        spooled: list[_Spooled] = []
        for done, index in enumerate(indexes):
            if cancelled():
                raise PrintCancelledError
            progress(done, len(indexes))
            spooled.append(_spool(document, index, paper, dpi))
        if cancelled():
            raise PrintCancelledError
        progress(len(indexes), len(indexes))
    finally:
        document.close()
        buffer.close()

    duplex = printer.duplex() is not QPrinter.DuplexMode.DuplexNone
    # Printers that take a copy count (CUPS, Windows, macOS) make the copies; else we send them.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    order = page_order(len(spooled), copies, duplex, sections)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "Printing",
                "The printer could not be opened. Check that it is switched on and connected, "
                "or choose another printer, and print again.",
            )
        )
    try:
        paper_px = printer.paperRect(QPrinter.Unit.DevicePixel)
        px_per_pt = printer.resolution() / 72
        for done, entry in enumerate(order):
            sending(done, len(order))
            if done and not printer.newPage():
                raise PrintError(
                    QCoreApplication.translate("Printing", "The printer stopped after %1 pages.").replace(
                        "%1", str(done)
                    )
                )
            if entry is not None:
                _paint(painter, spooled[entry], paper_px, px_per_pt)
        sending(len(order), len(order))
    finally:
        painter.end()
    return PrintResult(pages=len(order), reduced=sum(page.placement.reduced for page in spooled))


def _spool(document: QPdfDocument, index: int, paper: QSizeF, dpi: int) -> _Spooled:
    page = document.pagePointSize(index)
    where = placement(page, paper)
    size = QSize(
        max(1, round(page.width() * where.scale * dpi / 72)),
        max(1, round(page.height() * where.scale * dpi / 72)),
    )
    # pdfium leaves the paper transparent; print on white, without an alpha channel.
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(index, size))
    painter.end()
    return _Spooled(
        pixels=zlib.compress(bytes(image.constBits()), 1),
        width=size.width(),
        height=size.height(),
        bytes_per_line=image.bytesPerLine(),
        width_pt=page.width() * where.scale,
        height_pt=page.height() * where.scale,
        placement=where,
    )


def _paint(painter: QPainter, page: _Spooled, paper_px: QRectF, px_per_pt: float) -> None:
    image = page.image()
    width, height = page.width_pt * px_per_pt, page.height_pt * px_per_pt
    painter.save()
    painter.translate(paper_px.center())  # centred: a true-size page then covers the sheet exactly
    if page.placement.rotate:
        painter.rotate(90)
    painter.drawImage(QRectF(-width / 2, -height / 2, width, height), image)
    painter.restore()


# ------------------------------------------------------------- for dialogs


class DirectPrinter(QObject):
    """Prints PDF bytes for a dialog: no-printer message, print dialog, then the job.

    ``ask_printer`` and ``printers`` are attributes so tests can stand in for the
    user and the system. With ``progress_dialog`` a QProgressDialog shows the
    progress; without, the owner shows the signals its own way.
    """

    preparing = Signal(int, int)
    sending = Signal(int, int)
    finished = Signal(str)  # what to tell the user
    failed = Signal(str)
    cancelled = Signal()
    status = Signal(str)  # one line for a status label, however the job ended

    def __init__(self, parent: QWidget, *, progress_dialog: bool = True) -> None:
        super().__init__(parent)
        self.widget = parent
        self.ask_printer: PrinterAsker = ask_printer
        self.printers: PrinterLister = installed_printers
        self.use_progress_dialog = progress_dialog
        self.progress: QProgressDialog | None = None
        self.job: TaskHandle[PrintResult] | None = None
        self.printer: QPrinter | None = None  # the one being printed on
        self.error_box: QMessageBox | None = None
        self.tasks = TaskRunner(self)

    def busy(self) -> bool:
        return self.job is not None

    def explain_no_printer(self) -> bool:
        """Say that there is no printer; True when the user chooses to save a PDF instead."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("No printer"),
            self.tr(
                "No printer is installed on this computer. Save it as a PDF instead and print that "
                "on a computer with a printer, or install a printer first and try again."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self.widget,
        )
        box.setObjectName("noPrinterBox")
        save = box.button(QMessageBox.StandardButton.Save)
        save.setText(self.tr("Save as PDF…"))
        save.setObjectName("noPrinterSave")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        try:
            return box.exec() == QMessageBox.StandardButton.Save
        finally:
            box.deleteLater()

    def print_pdf(
        self,
        data: bytes,
        settings: PrintSettings,
        save_instead: Callable[[], object] | None = None,
        sections: Sequence[int] = (),
    ) -> bool:
        """Ask for a printer and start printing ``data``; False when nothing was started.

        Without a printer the user may choose ``save_instead`` (the dialog's own
        "Save as PDF"). Returns at once; the outcome arrives as a signal.
        """
        if self.job is not None:
            return False
        if not self.printers():
            if self.explain_no_printer() and save_instead is not None:
                save_instead()
            return False
        try:
            sizes = page_sizes(data)
        except PrintError as error:
            self._show_error(str(error))
            return False
        printer = prepare_printer(sizes[0], settings)
        if not self.ask_printer(printer, len(sizes), self.widget):
            return False
        self.start(data, printer, sections)
        return True

    def start(self, data: bytes, printer: QPrinter, sections: Sequence[int] = ()) -> None:
        sections = tuple(sections)

        def send(context: TaskContext) -> PrintResult:
            return print_pdf(
                data,
                printer,
                sections,
                lambda done, total: context.progress(self._preparing, done, total),
                lambda done, total: context.progress(self._sending, done, total),
                context.cancelled,
            )

        self.printer = printer
        if self.use_progress_dialog:
            self.progress = QProgressDialog(
                self.tr("Preparing the pages for the printer…"), self.tr("Cancel"), 0, 0, self.widget
            )
            self.progress.setObjectName("printProgress")
            self.progress.setWindowTitle(self.tr("Printing"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setAutoReset(False)
            self.progress.setAutoClose(False)
            self.progress.setMinimumDuration(0)
            self.progress.canceled.connect(self.cancel)
            self.progress.show()
        self.job = self.tasks.run(
            send,
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=lambda report, done, total: report(done, total),
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def stop(self) -> None:
        """Stop and wait for the worker (the owner is closing): nothing more is reported."""
        self.cancel()
        self.tasks.stop()
        self.job = None

    # ------------------------------------------------------------ from the job

    def _preparing(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
        self.preparing.emit(done, total)

    def _sending(self, done: int, total: int) -> None:
        if self.progress is not None:
            if done == 0:
                self.progress.setCancelButtonText("")  # nothing can be called back from here on
                self.progress.setLabelText(self.tr("Sending to the printer…"))
            self.progress.setMaximum(total)
            self.progress.setValue(done)
        self.sending.emit(done, total)

    def _done(self) -> QPrinter | None:
        printer, self.printer = self.printer, None
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        return printer

    def _finished(self, result: PrintResult) -> None:
        pages, reduced = result.pages, result.reduced
        printer = self._done()
        where = ""
        if printer is not None:
            where = printer.printerName() or printer.outputFileName()
        if pages == 1:
            text = self.tr("Sent 1 page to %1.").replace("%1", where)
        else:
            text = self.tr("Sent %1 pages to %2.").replace("%1", str(pages)).replace("%2", where)
        if reduced == 1:
            text += " " + self.tr(
                "1 page was larger than the paper and was printed smaller; choose larger paper "
                "(for example A3) in the print dialog to print it at full size."
            )
        elif reduced:
            text += " " + self.tr(
                "%1 pages were larger than the paper and were printed smaller; choose larger paper "
                "(for example A3) in the print dialog to print them at full size."
            ).replace("%1", str(reduced))
        self.finished.emit(text)
        self.status.emit(text)

    def _cancelled(self) -> None:
        self._done()
        self.cancelled.emit()
        self.status.emit(self.tr("Cancelled; nothing was sent to the printer."))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, PrintError):
            message = str(error)
        else:  # a bug: say what it was rather than nothing
            message = QCoreApplication.translate("Printing", "Printing failed: %1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
        self._done()
        self._show_error(message)
        self.failed.emit(message)
        self.status.emit(self.tr("Nothing was printed."))

    def _show_error(self, message: str) -> None:
        self.error_box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Not printed"), message, parent=self.widget
        )
        self.error_box.setObjectName("printFailed")
        self.error_box.open()
