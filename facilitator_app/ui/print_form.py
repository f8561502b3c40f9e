"""The print dialog's options: what goes in the set and how the cards are laid out.

The form only collects choices; :meth:`PrintSetForm.set_options` turns them into
:class:`~facilitator_app.pdf.SetOptions`, and :func:`facilitator_app.pdf.set_items`
(the one assembly of a print set, shared with the command line) makes the items.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .. import pdf
from . import settings
from .icons import icon
from .widgets import content, label


class PrintSetForm(QWidget):
    """The two columns of choices for printing ``source``; the dialog connects the alignment buttons."""

    def __init__(self, source: pdf.SessionPrint, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.author = author
        used = {
            ref.deck_key for _, box in source.theme.timeboxes() for step in box.steps for ref in step.cards
        }
        count = len(source.participants)
        vision = source.school.vision.strip() if source.school is not None else ""

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
        self.vision_check = self._check("visionCheck", self.tr("School &vision as first page"), bool(vision))
        self.vision_check.setEnabled(bool(vision))
        if not vision:
            self.vision_check.setToolTip(self.tr("This school has no vision yet."))
        grid.addWidget(self.vision_check, 2, 0, 1, 3)
        row = 3
        self.deck_checks: dict[str, QCheckBox] = {}
        for deck in source.decks:
            check = content(  # names a deck by its (Dutch) title
                self._check(
                    f"deck_{deck.key}", self.tr("Cards: %1").replace("%1", deck.title), deck.key in used
                )
            )
            self.deck_checks[deck.key] = check
            grid.addWidget(check, row, 0, 1, 3)
            row += 1
        self.map_check = self._check("mapCheck", self.tr("Scenario &map"), source.scenario_map is not None)
        self.map_check.setEnabled(source.scenario_map is not None)
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
        # Part of the set (issue 15): the participants keep the roles in view while they talk.
        self.roles_check = self._check("rolesCheck", self.tr("&Role overview for the participants"), True)
        self.roles_check.setEnabled(bool(source.roles))
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
        self.alignment_print_button = QPushButton(icon("print"), self.tr("Print al&ignment test…"))
        self.alignment_print_button.setObjectName("alignmentPrintButton")
        self.alignment_print_button.setToolTip(
            self.tr("Print this page duplex first; read the back offset off it.")
        )
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

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(items, 1)
        columns.addWidget(cards, 1)
        self._update_enabled()
        self.restore_printer_settings()

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
            footer_date=self.source.day,
            copies=self.copies.value(),
            author=self.author,
        )

    def office_cards(self) -> bool:
        """Card sheets for the office printer are in the set: they are laid out for duplex."""
        return self.layout_choice.currentData() == "office" and any(
            check.isChecked() for check in self.deck_checks.values()
        )

    def set_options(self, *, duplex: bool = False) -> pdf.SetOptions:
        """The chosen set; ``duplex``: printed two-sided, so every participant's worksheets start on a front."""
        author = self.author
        return pdf.SetOptions(
            cards=self.card_options(),
            scenario_map=pdf.MapOptions(paper=self.map_paper.currentData(), author=author),
            worksheets=pdf.WorksheetOptions(
                include_vision=self.vision_check.isChecked() and self.vision_check.isEnabled(),
                blank_copies=self.blank_copies.value(),
                author=author,
                duplex=duplex,
            ),
            posters=pdf.PosterOptions(paper=self.poster_paper.currentData(), author=author),
            script=pdf.ScriptOptions(author=author),
            part3=pdf.Part3Options(blank=self.part3_mode.currentData() == "blank", author=author)
            if self.part3_check.isChecked()
            else None,
            decks=tuple(key for key, check in self.deck_checks.items() if check.isChecked()),
            include_script=self.script_check.isChecked(),
            include_worksheets=self.worksheets_check.isChecked(),
            blank_worksheets=self.worksheets_mode.currentData() == "blank",
            include_map=self.map_check.isChecked(),
            include_posters=self.posters_check.isChecked(),
            include_roles=self.roles_check.isChecked(),
        )

    # The duplex settings belong to the user's printer: keep them for the next set.
    _PRINTER_KEYS = ("layout_choice", "paper", "flip")

    def save_printer_settings(self) -> None:
        for name in self._PRINTER_KEYS:
            combo: QComboBox = getattr(self, name)
            settings.set_text_value(f"print/{name}", str(combo.currentData()))
        settings.set_text_value("print/offset", f"{self.offset_x.value()},{self.offset_y.value()}")

    def restore_printer_settings(self) -> None:
        for name in self._PRINTER_KEYS:
            combo: QComboBox = getattr(self, name)
            combo.setCurrentIndex(max(0, combo.findData(settings.text_value(f"print/{name}"))))
        x_text, _, y_text = settings.text_value("print/offset").partition(",")
        try:
            self.offset_x.setValue(float(x_text))
            self.offset_y.setValue(float(y_text))
        except ValueError:
            pass  # nothing saved yet, or unreadable: keep 0
