"""The print set of one session as a single PDF, rendered off the GUI thread, saved or printed.

The dialog gathers everything from the store first (SQLite connections belong
to the GUI thread) and hands the worker closures over plain core objects; the
worker calls only the pure-Python ``pdf`` layer and writes the file with
:func:`~facilitator_app.privatefiles.write_private_bytes` (0600: worksheets
carry participants' names). Progress is reported per item; Cancel takes effect
between items, and nothing is written unless every item rendered.

"Print…" renders the same PDF without writing it, then asks for a printer and
hands it to :mod:`.printing`, which prints it from a worker as well.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import pdf
from ..core.models import Deck
from ..core.sessions import Session
from ..privatefiles import write_private_bytes  # what store.privacy re-exports
from ..store import Store, StoreError
from . import printing, settings
from .dates import display_date
from .desktop import open_in_viewer
from .icons import icon
from .tasks import TaskCancelled, TaskContext, TaskHandle, TaskRunner
from .widgets import label, refused_as_own_file

# ------------------------------------------------------------- the worker


@dataclass(frozen=True)
class PrintItem:
    """One part of the set: a label for the progress bar and how to render it."""

    label: str
    render: Callable[[], bytes]
    # The cards this item leaves out because they do not fit the chosen size.
    unfit: Callable[[], Sequence[pdf.UnfitCard]] = lambda: ()


class RenderCancelledError(TaskCancelled):
    pass


def render_items(
    items: Sequence[PrintItem],
    progress: Callable[[int, str], None] = lambda _i, _label: None,
    cancelled: Callable[[], bool] = lambda: False,
    starts: list[int] | None = None,
    others: dict[str, bytes] | None = None,
) -> tuple[bytes, int]:
    """Render ``items`` in order into one PDF; returns its bytes and page count.

    Plain Python (no Qt), so it runs on a worker thread. Raises
    :class:`RenderCancelledError` when ``cancelled()`` turns true between items.
    Every item starts on an odd page (a padding page between, for duplex).
    ``starts``, when given, receives the first page (0-based) of every item.
    Pages of another paper size than the first item's (A3 posters) are not in
    the PDF: ``others`` receives them, one PDF per paper ("A3": …).
    An item that renders to nothing is left out.
    """
    sections: list[bytes] = []
    for index, item in enumerate(items):
        if cancelled():
            raise RenderCancelledError
        progress(index, item.label)
        sections.append(item.render())
    if cancelled():
        raise RenderCancelledError
    progress(len(items), "")
    files = pdf.combine(sections)
    if not files:
        return b"", 0
    main, rest = files[0], files[1:]
    if starts is not None:
        starts.extend(main.starts)
    if others is not None:
        others.update({part.paper: part.to_bytes() for part in rest})
    return main.to_bytes(), main.pages


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


def render_to(items: Sequence[PrintItem], target: Path | None, context: TaskContext) -> RenderedSet:
    """Render ``items`` (a task: no Qt, no store) and write them to ``target``; None: keep the bytes."""
    starts: list[int] = []
    others: dict[str, bytes] = {}
    data, pages = render_items(items, context.progress, context.cancelled, starts, others)
    unfit = tuple(card for item in items for card in item.unfit())
    if pages == 0 and unfit:
        raise NothingFitsError(unfit)
    if target is None:
        return RenderedSet(None, pages, data, tuple(starts), unfit, dict.fromkeys(others))
    write_private_bytes(target, data)
    written: dict[str, Path | None] = {}
    for paper, content in others.items():
        path = target.with_name(f"{target.stem}-{paper}{target.suffix}")
        write_private_bytes(path, content)
        written[paper] = path
    return RenderedSet(target, pages, b"", tuple(starts), unfit, written)


def _cards_that_fit(deck: Deck, options: pdf.CardOptions) -> bytes:
    """The deck's sheets, or nothing when not one card fits (the dialog names them afterwards)."""
    try:
        return pdf.render_cards(deck, options)
    except pdf.CardOverflowError:
        return b""


# ------------------------------------------------------------- the dialog


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


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
        script = self.session.script
        if script is None and self.session.theme_id:
            script = store.themes.get(self.session.theme_id)
        if script is None:
            raise StoreError(
                self.tr("This session has no script to print. Edit the plan and choose a theme.")
            )
        self.script = script
        self.school = store.schools.get(self.session.school_id)
        self.decks: list[Deck] = store.decks.all()
        maps = store.scenario_maps.all()
        self.scenario_map = maps[0] if maps else None
        self.roles = store.roles.all()
        self.day = dt.date.fromisoformat(self.session.date)
        hours, minutes = (int(part) for part in self.session.planned_start.split(":"))
        self.start = dt.time(hours, minutes)
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
        self._restore_printer_settings()
        self._set_busy(False)

    # ------------------------------------------------------------------ build

    def _build(self) -> None:
        used = {
            ref.deck_key for _, box in self.script.timeboxes() for step in box.steps for ref in step.cards
        }
        count = len(self.session.participants)

        items = QGroupBox(self.tr("What to print"))
        grid = QGridLayout(items)
        self.script_check = self._check("scriptCheck", self.tr("Facilitator scrip&t with clock times"), True)
        grid.addWidget(self.script_check, 0, 0, 1, 2)
        self.worksheets_check = self._check("worksheetsCheck", self.tr("&Worksheets"), True)
        self.worksheets_mode = QComboBox()
        self.worksheets_mode.setObjectName("worksheetsMode")
        self.worksheets_mode.setAccessibleName(self.tr("Worksheets"))
        self.worksheets_mode.addItem(
            self.tr("one per participant (%1)").replace("%1", str(count)), "participants"
        )
        self.worksheets_mode.addItem(self.tr("blank"), "blank")
        self.worksheets_mode.setCurrentIndex(0 if count else 1)
        self.blank_copies = QSpinBox()
        self.blank_copies.setObjectName("blankCopies")
        self.blank_copies.setAccessibleName(self.tr("Number of blank worksheets"))
        self.blank_copies.setRange(1, 60)
        self.blank_copies.setValue(max(count, 6))
        self.blank_copies.setSuffix(self.tr(" copies"))
        self.worksheets_mode.currentIndexChanged.connect(self._update_enabled)
        self.worksheets_check.toggled.connect(self._update_enabled)
        grid.addWidget(self.worksheets_check, 1, 0)
        grid.addWidget(self.worksheets_mode, 1, 1)
        grid.addWidget(self.blank_copies, 1, 2)
        self.vision_check = self._check(
            "visionCheck", self.tr("School &vision as first page"), bool(self.school.vision.strip())
        )
        self.vision_check.setEnabled(bool(self.school.vision.strip()))
        if not self.school.vision.strip():
            self.vision_check.setToolTip(self.tr("This school has no vision yet."))
        grid.addWidget(self.vision_check, 2, 0, 1, 3)
        row = 3
        self.deck_checks: dict[str, QCheckBox] = {}
        for deck in self.decks:
            check = self._check(
                f"deck_{deck.key}", self.tr("Cards: %1").replace("%1", deck.title), deck.key in used
            )
            self.deck_checks[deck.key] = check
            grid.addWidget(check, row, 0, 1, 3)
            row += 1
        self.map_check = self._check("mapCheck", self.tr("Scenario &map"), self.scenario_map is not None)
        self.map_check.setEnabled(self.scenario_map is not None)
        self.map_paper = self._combo(
            "mapPaper", self.tr("Paper for the scenario map"), [("A3", "A3"), ("A4", "A4")]
        )
        grid.addWidget(self.map_check, row, 0)
        grid.addWidget(self.map_paper, row, 1)
        row += 1
        self.posters_check = self._check("postersCheck", self.tr("&Posters for the group's findings"), True)
        self.poster_paper = self._combo(
            "posterPaper",
            self.tr("Paper for the posters"),
            [("A3", "A3"), (self.tr("2 × A4, to glue"), "A4-tiled")],
        )
        grid.addWidget(self.posters_check, row, 0)
        grid.addWidget(self.poster_paper, row, 1)
        row += 1
        self.part3_check = self._check("part3Check", self.tr("Part &3 form: scenario and first step"), True)
        self.part3_mode = self._combo(
            "part3Mode",
            self.tr("Part 3 form"),
            [(self.tr("filled in: school, date, participants"), "filled"), (self.tr("blank"), "blank")],
        )
        self.part3_check.toggled.connect(self._update_enabled)
        grid.addWidget(self.part3_check, row, 0)
        grid.addWidget(self.part3_mode, row, 1)
        row += 1
        self.roles_check = self._check("rolesCheck", self.tr("&Role overview for the participants"), False)
        self.roles_check.setEnabled(bool(self.roles))
        grid.addWidget(self.roles_check, row, 0)
        grid.setColumnStretch(3, 1)

        cards = QGroupBox(self.tr("Cards"))
        form = QFormLayout(cards)
        self.card_size = self._combo(
            "cardSize",
            self.tr("Card size"),
            [
                (self.tr("As the deck says"), ""),
                ("A7", "A7"),
                ("A6", "A6"),
                ("A5", "A5"),
                (self.tr("Custom"), "custom"),
            ],
        )
        self.custom_width = self._mm("customWidth", self.tr("Card width"), 40, 297, 90)
        self.custom_height = self._mm("customHeight", self.tr("Card height"), 40, 420, 130)
        custom = QHBoxLayout()
        custom.addWidget(self.custom_width)
        custom.addWidget(label("×"))
        custom.addWidget(self.custom_height)
        self.card_size.currentIndexChanged.connect(self._update_enabled)
        self.orientation = self._combo(
            "orientation",
            self.tr("Orientation"),
            [(self.tr("Portrait"), "portrait"), (self.tr("Landscape"), "landscape")],
        )
        self.layout_choice = self._combo(
            "layout",
            self.tr("Layout"),
            [
                (self.tr("Office printer: several per sheet, duplex"), "office"),
                (self.tr("Print shop: one per page, 3 mm bleed"), "shop"),
            ],
        )
        self.layout_choice.currentIndexChanged.connect(self._update_enabled)
        self.paper = self._combo("paper", self.tr("Paper"), [("A4", "A4"), ("A3", "A3")])
        self.flip = self._combo(
            "flip",
            self.tr("Duplex flip"),
            [(self.tr("Long edge"), "long"), (self.tr("Short edge"), "short")],
        )
        self.offset_x = self._mm("offsetX", self.tr("Back offset, horizontal"), -20, 20, 0, step=0.5)
        self.offset_y = self._mm("offsetY", self.tr("Back offset, vertical"), -20, 20, 0, step=0.5)
        offset = QHBoxLayout()
        offset.addWidget(self.offset_x)
        offset.addWidget(self.offset_y)
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setAccessibleName(self.tr("Copies of each card"))
        self.copies.setRange(1, 20)
        self.crop_marks = self._check("cropMarks", self.tr("Crop marks"), True)
        self.alignment_button = QPushButton(self.tr("&Alignment test as PDF…"))
        self.alignment_button.setObjectName("alignmentButton")
        self.alignment_button.setToolTip(self.tr("Save the alignment test page as a PDF"))
        self.alignment_button.clicked.connect(self.save_alignment_test)
        self.alignment_print_button = QPushButton(icon("print"), self.tr("Print al&ignment test…"))
        self.alignment_print_button.setObjectName("alignmentPrintButton")
        self.alignment_print_button.setToolTip(
            self.tr("Print this page duplex first; read the back offset off it.")
        )
        self.alignment_print_button.clicked.connect(self.print_alignment_test)
        alignment = QHBoxLayout()
        alignment.addWidget(self.alignment_print_button)
        alignment.addWidget(self.alignment_button)
        alignment.addStretch(1)
        form.addRow(self.tr("Si&ze:"), self.card_size)
        custom_label = label(self.tr("C&ustom size:"))
        custom_label.setBuddy(self.custom_width)
        form.addRow(custom_label, custom)
        form.addRow(self.tr("Orie&ntation:"), self.orientation)
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        form.addRow(self.tr("Pap&er:"), self.paper)
        form.addRow(self.tr("&Flip:"), self.flip)
        offset_label = label(self.tr("&Back offset x / y:"))
        offset_label.setBuddy(self.offset_x)
        form.addRow(offset_label, offset)
        form.addRow(self.tr("&Copies:"), self.copies)
        form.addRow("", self.crop_marks)
        form.addRow("", alignment)

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

        columns = QHBoxLayout()
        columns.addWidget(items, 1)
        columns.addWidget(cards, 1)
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
        layout.addLayout(columns, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._update_enabled()

    def _check(self, name: str, text: str, checked: bool) -> QCheckBox:
        check = QCheckBox(text)
        check.setObjectName(name)
        check.setChecked(checked)
        return check

    def _combo(self, name: str, accessible: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def _mm(
        self, name: str, accessible: str, low: float, high: float, value: float, step: float = 1.0
    ) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setRange(low, high)
        box.setDecimals(1)
        box.setSingleStep(step)
        box.setValue(value)
        box.setSuffix(" mm")
        return box

    def _update_enabled(self) -> None:
        sheets = self.worksheets_check.isChecked()
        self.worksheets_mode.setEnabled(sheets)
        self.part3_mode.setEnabled(self.part3_check.isChecked())
        self.blank_copies.setEnabled(sheets and self.worksheets_mode.currentData() == "blank")
        custom = self.card_size.currentData() == "custom"
        self.custom_width.setEnabled(custom)
        self.custom_height.setEnabled(custom)
        office = self.layout_choice.currentData() == "office"
        for widget in (self.paper, self.flip, self.offset_x, self.offset_y, self.crop_marks):
            widget.setEnabled(office)

    # ---------------------------------------------------------------- options

    def card_options(self) -> pdf.CardOptions:
        size_choice = str(self.card_size.currentData() or "")
        size: str | tuple[float, float] | None
        if size_choice == "custom":
            size = (self.custom_width.value(), self.custom_height.value())
        else:
            size = size_choice or None
        return pdf.CardOptions(
            size=size,
            orientation=self.orientation.currentData(),
            layout=self.layout_choice.currentData(),
            paper=self.paper.currentData(),
            flip=self.flip.currentData(),
            back_offset_mm=(self.offset_x.value(), self.offset_y.value()),
            crop_marks=self.crop_marks.isChecked(),
            footer_date=self.day,
            copies=self.copies.value(),
            author=self._author(),
        )

    def _author(self) -> str:
        return self.session.facilitator or "Procesbegeleider"

    def items(self, *, duplex: bool = False) -> list[PrintItem]:
        """What the worker renders, in the order the facilitator needs it.

        ``duplex``: it will be printed two-sided, so every participant's worksheets start on a front.
        """
        theme, school, day, start, author = self.script, self.school, self.day, self.start, self._author()
        lookup = pdf.card_lookup(self.decks)
        result: list[PrintItem] = []
        if self.script_check.isChecked():
            options = pdf.ScriptOptions(author=author)
            result.append(
                PrintItem(
                    self.tr("facilitator script"),
                    lambda: pdf.render_script(theme, start, school, day, lookup, options),
                )
            )
        if self.worksheets_check.isChecked():
            blank = self.worksheets_mode.currentData() == "blank"
            people = () if blank else tuple(self.session.participants)
            roles = tuple(self.roles)
            sheet_options = pdf.WorksheetOptions(
                include_vision=self.vision_check.isChecked() and self.vision_check.isEnabled(),
                blank_copies=self.blank_copies.value(),
                author=author,
                duplex=duplex,
                start=start,
            )
            result.append(
                PrintItem(
                    self.tr("worksheets"),
                    lambda: pdf.render_worksheets(theme, lookup, roles, school, people, day, sheet_options),
                )
            )
        card_options = self.card_options()
        for deck in self.decks:
            if self.deck_checks[deck.key].isChecked():
                result.append(
                    PrintItem(
                        self.tr("cards: %1").replace("%1", deck.title),
                        lambda deck=deck: _cards_that_fit(deck, card_options),  # type: ignore[misc]
                        lambda deck=deck: pdf.unfit_cards(deck, card_options),  # type: ignore[misc]
                    )
                )
        scenario_map = self.scenario_map
        if scenario_map is not None and self.map_check.isChecked():
            map_options = pdf.MapOptions(paper=self.map_paper.currentData(), footer_date=day, author=author)
            result.append(
                PrintItem(self.tr("scenario map"), lambda: pdf.render_scenario_map(scenario_map, map_options))
            )
        if self.posters_check.isChecked():
            poster_options = pdf.PosterOptions(paper=self.poster_paper.currentData(), author=author)
            result.append(
                PrintItem(
                    self.tr("posters"), lambda: pdf.render_posters(theme.title, school, day, poster_options)
                )
            )
        if self.part3_check.isChecked():
            part3 = pdf.Part3Options(blank=self.part3_mode.currentData() == "blank", author=author)
            people = tuple(self.session.participants)
            result.append(
                PrintItem(
                    self.tr("part 3 form"),
                    lambda: pdf.render_part3_form(theme.title, scenario_map, school, day, people, part3),
                )
            )
        if self.roles_check.isChecked() and self.roles:
            roles_list = tuple(self.roles)
            result.append(
                PrintItem(
                    self.tr("role overview"),
                    lambda: pdf.render_role_glossary(roles_list, school, day, author),
                )
            )
        return result

    # ---------------------------------------------------------------- actions

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

    def _alignment_items(self) -> list[PrintItem]:
        options = self.card_options()
        return [PrintItem(self.tr("alignment test"), lambda: pdf.render_alignment_test(None, options))]

    def save_alignment_test(self) -> None:
        path = self.ask_path("uitlijntest.pdf")
        if path is not None and not refused_as_own_file(self, self.tr("Save as PDF"), path):
            self.start_render(self._alignment_items(), path)

    # ---------------------------------------------------------------- printing

    def flip_duplex(self) -> QPrinter.DuplexMode:
        """Duplex along the dialog's flip edge: the mirrored card backs are laid out for it."""
        if self.flip.currentData() == "short":
            return QPrinter.DuplexMode.DuplexShortSide
        return QPrinter.DuplexMode.DuplexLongSide

    def print_set(self) -> None:
        if self.busy():
            return
        office_cards = self.layout_choice.currentData() == "office" and any(
            check.isChecked() for check in self.deck_checks.values()
        )
        # Without card sheets the printer's own duplex setting is the user's to keep.
        duplex = self.flip_duplex() if office_cards else None
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
        items: Sequence[PrintItem],
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
            self.status.setText(
                self.tr("Preparing the pages for the printer…")
                + ("\n" + self.notes() if self.notes() else "")
            )
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
        self.status.setText(text + ("\n" + self.notes() if self.notes() else ""))
        self._save_printer_settings()

    def _print_failed(self, _message: str) -> None:
        self._set_busy(False)  # the printer module shows the message
        self.status.setText(self.tr("Nothing was printed."))

    def _print_cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled; nothing was sent to the printer."))

    # ---------------------------------------------------------------- rendering

    def start_render(self, items: Sequence[PrintItem], path: Path | None) -> None:
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
            self.alignment_button,
            self.print_button,
            self.alignment_print_button,
        ):
            widget.setEnabled(not busy)

    def _progress(self, done: int, item_label: str) -> None:
        self.progress.setValue(done)
        if item_label:
            self.status.setText(
                self.tr("Making %1 (%2 of %3)…")
                .replace("%1", item_label)
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

    def notes(self) -> str:
        """What the facilitator must know about the set just made: cards left out, other paper."""
        lines = [self.unfit_text()] if self.unfit else []
        for paper, path in self.others.items():
            if path is not None:
                lines.append(
                    self.tr("The %1 sheets are in a file of their own, %2: print it on %1.")
                    .replace("%1", paper)
                    .replace("%2", str(path))
                )
            else:
                lines.append(
                    self.tr(
                        "The %1 sheets were not printed (a printer cannot change paper within a job): "
                        "save the set as PDF and print that file on %1, or choose A4 for them."
                    ).replace("%1", paper)
                )
        return "\n".join(lines)

    def unfit_text(self) -> str:
        """The cards the last set left out, each with the size it needs; empty when none."""
        if not self.unfit:
            return ""
        names = "; ".join(
            self.tr("‘%1’ from ‘%2’ (fits %3)")
            .replace("%1", card.card_title)
            .replace("%2", card.deck_title)
            .replace("%3", card.needed)
            if card.needed
            else self.tr("‘%1’ from ‘%2’ (too long even for A5: shorten it)")
            .replace("%1", card.card_title)
            .replace("%2", card.deck_title)
            for card in self.unfit
        )
        text = (
            self.tr("Left out, their text does not fit %1 (not even at 9 pt over 3 cards): %2.")
            .replace("%1", self.unfit[0].size_label)
            .replace("%2", names)
        )
        size = pdf.smallest_sufficient(self.unfit)
        if size:
            text += " " + self.tr("Choose card size %1 to include them.").replace("%1", size)
        return text

    def _finished(self, rendered: RenderedSet) -> None:
        self._done(rendered)
        self.last_path = rendered.target
        self.status.setText(
            self.tr("Saved %1 (%2 pages). Print at 100 % (actual size), not “fit to page”.")
            .replace("%1", str(rendered.target))
            .replace("%2", str(rendered.pages))
            + ("\n" + self.notes() if self.notes() else "")
        )
        self.open_button.setEnabled(True)
        self.open_button.setFocus()
        self._save_printer_settings()

    # The duplex settings belong to the user's printer: keep them for the next set.
    _PRINTER_KEYS = ("layout_choice", "paper", "flip")

    def _save_printer_settings(self) -> None:
        for name in self._PRINTER_KEYS:
            combo: QComboBox = getattr(self, name)
            settings.set_text_value(f"print/{name}", str(combo.currentData()))
        settings.set_text_value("print/offset", f"{self.offset_x.value()},{self.offset_y.value()}")

    def _restore_printer_settings(self) -> None:
        for name in self._PRINTER_KEYS:
            combo: QComboBox = getattr(self, name)
            combo.setCurrentIndex(max(0, combo.findData(settings.text_value(f"print/{name}"))))
        x_text, _, y_text = settings.text_value("print/offset").partition(",")
        try:
            self.offset_x.setValue(float(x_text))
            self.offset_y.setValue(float(y_text))
        except ValueError:
            pass  # nothing saved yet, or unreadable: keep 0

    def _cancelled(self) -> None:
        self._done()
        printing_set, self.print_request = self.print_request is not None, None
        if printing_set:
            self.status.setText(self.tr("Cancelled; nothing was sent to the printer."))
        else:
            self.status.setText(self.tr("Cancelled; nothing was saved."))

    def _failed(self, error: Exception) -> None:
        self._done(unfit=error.unfit if isinstance(error, NothingFitsError) else ())
        printing_set, self.print_request = self.print_request is not None, None
        if isinstance(error, NothingFitsError):
            text = self.unfit_text()
        elif isinstance(error, (pdf.CardOverflowError, pdf.MapOverflowError)):
            text = self.tr("%1\n\nChoose a larger card size (for example A5) or shorten that text.").replace(
                "%1", str(error)
            )
        elif isinstance(error, OSError):
            detail = errno.errorcode.get(error.errno or 0, "")
            reasons = {
                "ENOSPC": self.tr("The disk is full."),
                "EACCES": self.tr("You may not write in that folder."),
                "EPERM": self.tr("You may not write in that folder."),
                "EROFS": self.tr("That folder is read-only."),
                "ENOENT": self.tr("That folder does not exist."),
                "ENOTDIR": self.tr("That folder does not exist."),
            }
            text = (
                self.tr("The PDF could not be saved.")
                + " "
                + reasons.get(detail, "")
                + "\n\n"
                + self.tr("Choose another folder, or make room on the disk, and save again.")
            )
        else:
            text = self.tr("The PDF could not be made: %1").replace("%1", f"{type(error).__name__}: {error}")
        if printing_set:
            self.status.setText(self.tr("Nothing was printed."))
            title = self.tr("Not printed")
        else:
            self.status.setText(self.tr("Nothing was saved."))
            title = self.tr("PDF not saved")
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
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
