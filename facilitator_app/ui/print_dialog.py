"""The print set of one session as a single PDF, rendered off the GUI thread, saved or printed.

The dialog gathers everything from the store first (its SQLite connection
belongs to the GUI thread): a :class:`~facilitator_app.pdf.SessionPrint` of
plain core objects. :class:`~.print_form.PrintSetForm` collects the choices;
:func:`facilitator_app.pdf.set_items` (the one assembly of a set, shared with
the command line) turns them into items; a task of the dialog's
:class:`~.tasks.TaskRunner` renders them with the pure-Python ``pdf`` layer and
writes the file with :func:`~facilitator_app.privatefiles.write_private_bytes`
(0600: worksheets carry participants' names). Progress is reported per item;
Cancel takes effect between items, and nothing is written unless every item
rendered.

"Print…" renders the same PDF without writing it, then asks for a printer and
hands it to :mod:`.printing`, which prints it from a task as well.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import pdf
from ..core.sessions import Session
from ..privatefiles import write_private_bytes  # what store.privacy re-exports
from ..store import Store, StoreError
from . import printing, settings
from .dates import display_date
from .desktop import open_in_viewer
from .icons import icon
from .print_form import PrintSetForm
from .print_messages import failure_text, item_label, notes
from .tasks import TaskCancelled, TaskContext, TaskHandle, TaskRunner
from .widgets import label, refused_as_own_file

# ------------------------------------------------------------- the task


@dataclass(frozen=True)
class RenderedSet:
    """What :func:`render_to` made: written to ``target``, or (no target) the bytes to print."""

    target: Path | None
    pages: int
    data: bytes  # empty when written
    starts: tuple[int, ...]  # the first page of every item
    unfit: tuple[pdf.UnfitCard, ...]  # the cards left out: they do not fit the chosen size
    others: dict[str, Path | None]  # paper -> where its own file went (None: not written)


class NothingFitsError(Exception):
    """Not one card of the chosen decks fits, and nothing else was chosen."""

    def __init__(self, unfit: Sequence[pdf.UnfitCard]) -> None:
        super().__init__()
        self.unfit = tuple(unfit)


def render_to(items: Sequence[pdf.SetItem], target: Path | None, context: TaskContext) -> RenderedSet:
    """Render ``items`` (a task: no Qt, no store) and write them to ``target``; None: keep the bytes."""
    try:
        combined = pdf.render_items(items, context.progress, context.cancelled)
    except pdf.SetCancelledError:
        raise TaskCancelled from None
    unfit = tuple(card for item in items for card in item.unfit())
    if combined.pages == 0 and unfit:
        raise NothingFitsError(unfit)
    if target is None:
        others = dict.fromkeys(combined.others)
        return RenderedSet(None, combined.pages, combined.data, combined.starts, unfit, others)
    write_private_bytes(target, combined.data)
    written: dict[str, Path | None] = {}
    for paper, content in combined.others.items():
        path = target.with_name(f"{target.stem}-{paper}{target.suffix}")
        write_private_bytes(path, content)
        written[paper] = path
    return RenderedSet(target, combined.pages, b"", combined.starts, unfit, written)


# ------------------------------------------------------------- the dialog


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def print_source(store: Store, session: Session) -> pdf.SessionPrint:
    """Everything the set of ``session`` is printed from, read from the store now (GUI thread)."""
    script = session.script
    if script is None and session.theme_id:
        script = store.themes.get(session.theme_id)
    if script is None:
        raise StoreError(
            QCoreApplication.translate(
                "PrintDialog", "This session has no script to print. Edit the plan and choose a theme."
            )
        )
    maps = store.scenario_maps.all()
    hours, minutes = (int(part) for part in session.planned_start.split(":"))
    return pdf.SessionPrint(
        theme=script,
        decks=store.decks.all(),
        scenario_map=maps[0] if maps else None,
        roles=store.roles.all(),
        school=store.schools.get(session.school_id),
        participants=tuple(session.participants),
        day=dt.date.fromisoformat(session.date),
        start=dt.time(hours, minutes),
    )


class PrintDialog(QDialog):
    """Choose what to print for session ``session_id``; save it as one PDF or print it.

    ``direct_print.ask_printer`` and ``direct_print.printers`` stand in for the
    print dialog and the installed printers in tests.
    """

    def __init__(self, store: Store, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.store = store
        self.session: Session = store.sessions.get(session_id)
        self.source = print_source(store, self.session)
        school = self.source.school
        assert school is not None  # every session belongs to a school
        self.school = school
        self.opener: Callable[[Path], object] = open_in_viewer
        self.last_path: Path | None = None
        self.job: TaskHandle[RenderedSet] | None = None
        self.unfit: list[pdf.UnfitCard] = []
        self.others: dict[str, Path | None] = {}
        self.error_box: QMessageBox | None = None
        self.tasks = TaskRunner(self)
        # While a set is rendered for the printer: how to print it, and the way out without a printer.
        self.print_request: tuple[printing.PrintSettings, Callable[[], None]] | None = None
        self.direct_print = printing.DirectPrinter(self, progress_dialog=False)
        self.direct_print.preparing.connect(self._print_preparing)
        self.direct_print.sending.connect(self._print_sending)
        self.direct_print.finished.connect(self._printed)
        self.direct_print.failed.connect(self._print_failed)
        self.direct_print.cancelled.connect(self._print_cancelled)
        self.setWindowTitle(
            self.tr("Print set: %1, %2")
            .replace("%1", self.school.name)
            .replace("%2", display_date(self.session.date))
        )
        self._build()
        self._set_busy(False)

    def _build(self) -> None:
        self.form = PrintSetForm(self.source, self.session.facilitator or "Procesbegeleider")
        self.form.alignment_button.clicked.connect(self.save_alignment_test)
        self.form.alignment_print_button.clicked.connect(self.print_alignment_test)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = label("", wrap=True, selectable=True)
        self.status.setObjectName("status")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelRender")
        self.cancel_button.clicked.connect(self.cancel_render)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.print_button = QPushButton(icon("print"), self.tr("P&rint…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(self.tr("Print the set on a printer (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_set)
        # The main window's Ctrl+P opened this dialog; here it prints (another window, no clash).
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_set)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_set)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.setObjectName("openButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_last)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)

        count = len(self.session.participants)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "%1 at %2, %n participant(s). Print at 100 % (actual size), not “fit to page”.", "", count
                )
                .replace("%1", self.school.name)
                .replace("%2", f"{display_date(self.session.date)} {self.session.planned_start}"),
                "muted",
                wrap=True,
            )
        )
        layout.addWidget(self.form, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # ---------------------------------------------------------------- what to render

    def items(self, *, duplex: bool = False) -> list[pdf.SetItem]:
        """The chosen items in the order the facilitator needs them (``duplex``: for two-sided printing)."""
        return pdf.set_items(self.source, self.form.set_options(duplex=duplex))

    def _alignment_items(self) -> list[pdf.SetItem]:
        return pdf.alignment_items(self.form.card_options())

    # ---------------------------------------------------------------- saving

    def ask_path(self, suggested: str) -> Path | None:
        folder = settings.text_value(settings.PRINT_FOLDER_KEY) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Save as PDF"), folder)
        dialog.setObjectName("savePdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(suggested)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            path = Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()
        settings.set_text_value(settings.PRINT_FOLDER_KEY, str(path.parent))
        return path

    def save_set(self) -> None:
        items = self.items()
        if not items:
            self.status.setText(self.tr("Choose at least one thing to print."))
            return
        name = f"printset-{_slug(self.school.name)}-{self.session.date}.pdf"
        path = self.ask_path(name)
        if path is not None and not refused_as_own_file(self, self.tr("Save as PDF"), path):
            self.start_render(items, path)

    def save_alignment_test(self) -> None:
        path = self.ask_path("uitlijntest.pdf")
        if path is not None and not refused_as_own_file(self, self.tr("Save as PDF"), path):
            self.start_render(self._alignment_items(), path)

    # ---------------------------------------------------------------- printing

    def flip_duplex(self) -> QPrinter.DuplexMode:
        """Duplex along the dialog's flip edge: the mirrored card backs are laid out for it."""
        if self.form.flip.currentData() == "short":
            return QPrinter.DuplexMode.DuplexShortSide
        return QPrinter.DuplexMode.DuplexLongSide

    def print_set(self) -> None:
        if self.busy():
            return
        # Without card sheets the printer's own duplex setting is the user's to keep.
        duplex = self.flip_duplex() if self.form.office_cards() else None
        items = self.items(duplex=duplex is not None)
        if not items:
            self.status.setText(self.tr("Choose at least one thing to print."))
            return
        name = f"Printset {self.school.name} {self.session.date}"
        self._print_items(items, printing.PrintSettings(name, duplex), self.save_set)

    def print_alignment_test(self) -> None:
        if self.busy():
            return
        request = printing.PrintSettings(self.tr("Alignment test"), self.flip_duplex())
        self._print_items(self._alignment_items(), request, self.save_alignment_test)

    def _print_items(
        self,
        items: Sequence[pdf.SetItem],
        print_settings: printing.PrintSettings,
        save_instead: Callable[[], None],
    ) -> None:
        """Render ``items`` for the printer; :meth:`_rendered` then asks for the printer."""
        if not self.direct_print.printers():
            if self.direct_print.explain_no_printer():
                save_instead()
            return
        self.print_request = (print_settings, save_instead)
        self.start_render(items, None)

    def _rendered(self, rendered: RenderedSet) -> None:
        self._done(rendered)
        request, self.print_request = self.print_request, None
        if not self.isVisible():
            return  # closed while the set was rendering: no print dialog out of nowhere
        assert request is not None
        print_settings, save_instead = request
        if self.direct_print.print_pdf(rendered.data, print_settings, save_instead, rendered.starts):
            self.progress.setRange(0, 0)
            self.status.setText(self._with_notes(self.tr("Preparing the pages for the printer…")))
            self._set_busy(True)
        elif not self.busy():  # not saving the PDF instead
            self.status.setText(self.tr("Not printed."))

    def _print_preparing(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Preparing page %1 of %2 for the printer…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )

    def _print_sending(self, done: int, total: int) -> None:
        # The printer has the first pages now: they cannot be called back.
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Sending page %1 of %2 to the printer…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )

    def _printed(self, text: str) -> None:
        self._set_busy(False)
        self.status.setText(self._with_notes(text))
        self.form.save_printer_settings()

    def _print_failed(self, _message: str) -> None:
        self._set_busy(False)  # the printer module shows the message
        self.status.setText(self.tr("Nothing was printed."))

    def _print_cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled; nothing was sent to the printer."))

    # ---------------------------------------------------------------- rendering

    def start_render(self, items: Sequence[pdf.SetItem], path: Path | None) -> None:
        """Start rendering ``items`` into ``path`` (None: for the printer) on the task runner; returns at once."""
        if self.job is not None:
            return
        items = list(items)
        self.progress.setRange(0, len(items))
        self.progress.setValue(0)
        self.status.setText(self.tr("Preparing…"))
        if path is not None:
            self.open_button.setEnabled(False)
        self._set_busy(True)
        self.job = self.tasks.run(
            lambda context: render_to(items, path, context),
            on_success=self._rendered if path is None else self._finished,
            on_failure=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def busy(self) -> bool:
        return self.job is not None or self.direct_print.busy()

    def cancel_render(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling after the current item…"))
        elif self.direct_print.busy():
            self.direct_print.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling after the current page…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for widget in (
            self.save_button,
            self.form.alignment_button,
            self.print_button,
            self.form.alignment_print_button,
        ):
            widget.setEnabled(not busy)

    def _progress(self, done: int, item: pdf.SetItem | None) -> None:
        self.progress.setValue(done)
        if item is not None:
            self.status.setText(
                self.tr("Making %1 (%2 of %3)…")
                .replace("%1", item_label(item))
                .replace("%2", str(done + 1))
                .replace("%3", str(self.progress.maximum()))
            )
        else:
            self.status.setText(self.tr("Saving…"))

    def _done(self, rendered: RenderedSet | None = None, unfit: Sequence[pdf.UnfitCard] = ()) -> None:
        self.unfit = list(rendered.unfit if rendered is not None else unfit)
        self.others = dict(rendered.others) if rendered is not None else {}
        self.job = None
        self._set_busy(False)

    def _with_notes(self, text: str) -> str:
        """``text`` and what the facilitator must know about the set: cards left out, other paper."""
        extra = notes(self.unfit, self.others)
        return text + ("\n" + extra if extra else "")

    def _finished(self, rendered: RenderedSet) -> None:
        self._done(rendered)
        self.last_path = rendered.target
        self.status.setText(
            self._with_notes(
                self.tr("Saved %1 (%2 pages). Print at 100 % (actual size), not “fit to page”.")
                .replace("%1", str(rendered.target))
                .replace("%2", str(rendered.pages))
            )
        )
        self.open_button.setEnabled(True)
        self.open_button.setFocus()
        self.form.save_printer_settings()

    def _cancelled(self) -> None:
        self._done()
        printing_set, self.print_request = self.print_request is not None, None
        if printing_set:
            self.status.setText(self.tr("Cancelled; nothing was sent to the printer."))
        else:
            self.status.setText(self.tr("Cancelled; nothing was saved."))

    def _failed(self, error: Exception) -> None:
        unfit = error.unfit if isinstance(error, NothingFitsError) else ()
        self._done(unfit=unfit)
        printing_set, self.print_request = self.print_request is not None, None
        if printing_set:
            self.status.setText(self.tr("Nothing was printed."))
            title = self.tr("Not printed")
        else:
            self.status.setText(self.tr("Nothing was saved."))
            title = self.tr("PDF not saved")
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, title, failure_text(error, unfit), parent=self)
        self.error_box.setObjectName("printError")
        self.error_box.open()

    def open_last(self) -> None:
        if self.last_path is not None:
            self.opener(self.last_path)

    # ---------------------------------------------------------------- closing

    def _stop(self) -> None:
        # The item being rendered finishes first; nothing is written after a cancel.
        self.tasks.stop()
        self.job = None
        self.direct_print.stop()

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)
