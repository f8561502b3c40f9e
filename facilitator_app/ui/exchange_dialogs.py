"""Moving the archive between computers, and the partnership overview.

Export writes one school (or everything) to a single file through
``store.exchange``. Import first shows what the file would change — new
records, records already here, and conflicts (same record, other content) —
lets the user choose per conflict or for all, and only then applies it, in
one transaction. A broken or hostile file is refused with a calm message and
nothing changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import PRODUCT_NAME
from ..core.history import OverviewRow
from ..store import Store, StoreError
from ..store.backup import make_backup
from ..store.exchange import ImportPlan, ImportReport, Resolution, apply_import, export_archive, plan_import
from . import labels
from .dates import display_date
from .widgets import label, refused_as_own_file, save_private_file, show_error

if TYPE_CHECKING:
    from . import printing  # loaded with the overview: it pulls in QtPrintSupport and QtPdf

PathAsker = Callable[[Path], Path | None]


def _safe_name(name: str) -> str:
    return "".join("_" if c in '/\\:*?"<>|' else c for c in name).strip() or "archief"


def ask_save_path(parent: QWidget, title: str, suggestion: Path, filters: str, suffix: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), filters)
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(suffix)


def export_archive_dialog(
    parent: QWidget,
    store: Store,
    school_ids: Sequence[str] | None,
    name: str = "",
    *,
    ask_path: PathAsker | None = None,
) -> Path | None:
    """Ask for a file and export the schools there (all when ``school_ids`` is None)."""
    stem = _safe_name(name or QCoreApplication.translate("ExchangeDialogs", "Archive"))
    suggestion = Path.home() / f"{stem} {dt.date.today().isoformat()}.fapp"
    asker = ask_path or (
        lambda s: ask_save_path(
            parent,
            QCoreApplication.translate("ExchangeDialogs", "Export"),
            s,
            QCoreApplication.translate("ExchangeDialogs", "%1 archives (*.fapp);;Zip files (*.zip)").replace(
                "%1", PRODUCT_NAME
            ),
            ".fapp",
        )
    )
    target = asker(suggestion)
    if target is None:
        return None
    from ..pdf import render_record_data

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = export_archive(store, target, school_ids, record_renderer=render_record_data)
    except StoreError as error:
        QApplication.restoreOverrideCursor()
        show_error(parent, QCoreApplication.translate("ExchangeDialogs", "Export"), error)
        return None
    QApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ExchangeDialogs", "Export"),
        QCoreApplication.translate("ExchangeDialogs", "Saved to %1: %2. Only you can read the file.")
        .replace("%1", str(report.path))
        .replace("%2", _saved_counts(report.counts, report.records))
        + "".join(
            "\n\n"
            + QCoreApplication.translate("ExchangeDialogs", "Left out, stored damaged: %1").replace(
                "%1", skipped
            )
            for skipped in report.skipped
        ),
    )
    return report.path


class ImportDialog(QDialog):
    """The plan of an import: counts, conflicts with a choice each; Apply merges."""

    KINDS = ("school", "session", "participant", "note", "outcome", "amendment", "timebox_run", "follow_up")

    def __init__(self, store: Store, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import: %1").replace("%1", plan.source.name))
        self.store = store
        self.plan = plan
        self.report: ImportReport | None = None
        kind_names = {
            "school": self.tr("Schools"),
            "session": self.tr("Sessions"),
            "participant": self.tr("Participants"),
            "note": self.tr("Notes"),
            "outcome": self.tr("Decisions"),
            "amendment": self.tr("Corrections"),
            "timebox_run": self.tr("Timings"),
            "follow_up": self.tr("Follow-ups"),
        }
        self.summary = label(
            self.tr("%1 new, %2 already here, %3 in conflict.")
            .replace("%1", str(len(plan.new)))
            .replace("%2", str(len(plan.same)))
            .replace("%3", str(len(plan.conflicts))),
            "sectionTitle",
            wrap=True,
        )
        self.summary.setObjectName("importSummary")
        counts = plan.counts()
        self.counts = QTableWidget(len(self.KINDS), 3)
        self.counts.setObjectName("importCounts")
        self.counts.setHorizontalHeaderLabels([self.tr("new"), self.tr("already here"), self.tr("conflicts")])
        self.counts.setVerticalHeaderLabels([kind_names[k] for k in self.KINDS])
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, kind in enumerate(self.KINDS):
            for column, key in enumerate(("new", "same", "conflicts")):
                cell = QTableWidgetItem(str(counts.get(kind, {}).get(key, 0)))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, cell)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.setMaximumHeight(
            self.counts.verticalHeader().length() + self.counts.horizontalHeader().height() + 6
        )

        self.renamed = label(
            "\n".join(
                self.tr("“%1” is called “%2” here: a school with that name exists.")
                .replace("%1", old)
                .replace("%2", new)
                for old, new in plan.renamed
            ),
            "muted",
            wrap=True,
        )
        self.renamed.setVisible(bool(plan.renamed))

        self.conflicts = QTreeWidget()
        self.conflicts.setObjectName("importConflicts")
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setRootIsDecorated(False)
        self.conflicts.setHeaderLabels([self.tr("Record"), self.tr("Differs in"), self.tr("Choice")])
        self.conflicts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.choices: dict[str, QComboBox] = {}
        for conflict in plan.conflicts:
            item = QTreeWidgetItem([conflict.label, ", ".join(conflict.fields), ""])
            item.setToolTip(0, self._difference(conflict.fields, conflict.mine, conflict.theirs))
            self.conflicts.addTopLevelItem(item)
            combo = QComboBox()
            combo.setObjectName(f"choice_{conflict.id}")
            combo.addItem(self.tr("Choose…"), "")
            combo.addItem(self.tr("Keep mine"), "keep_mine")
            combo.addItem(self.tr("Take theirs"), "take_theirs")
            combo.currentIndexChanged.connect(lambda _i: self._update_apply())
            self.conflicts.setItemWidget(item, 2, combo)
            self.choices[conflict.id] = combo
        self.keep_all = QPushButton(self.tr("&Keep mine for all"))
        self.keep_all.setObjectName("keepAllButton")
        self.keep_all.clicked.connect(lambda: self.choose_all("keep_mine"))
        self.take_all = QPushButton(self.tr("&Take theirs for all"))
        self.take_all.setObjectName("takeAllButton")
        self.take_all.clicked.connect(lambda: self.choose_all("take_theirs"))
        all_row = QHBoxLayout()
        all_row.addWidget(
            label(self.tr("Same record here and in the file, with other content:"), wrap=True), 1
        )
        all_row.addWidget(self.keep_all)
        all_row.addWidget(self.take_all)
        self.conflicts_box = QWidget()
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addLayout(all_row)
        conflicts_layout.addWidget(self.conflicts, 1)
        self.conflicts_box.setVisible(bool(plan.conflicts))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyImportButton")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.hint = label("", "muted", wrap=True)
        self.hint.setObjectName("importHint")

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.renamed)
        layout.addWidget(self.conflicts_box, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update_apply()
        self.resize(760, 560 if plan.conflicts else 420)

    @staticmethod
    def _difference(fields: tuple[str, ...], mine: dict[str, object], theirs: dict[str, object]) -> str:
        lines = []
        for field in fields[:6]:
            lines.append(f"{field}: {str(mine.get(field, ''))[:80]} ⇄ {str(theirs.get(field, ''))[:80]}")
        return "\n".join(lines)

    def choose_all(self, choice: Resolution) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(combo.findData(choice))

    def chosen(self) -> dict[str, Resolution]:
        result: dict[str, Resolution] = {}
        for conflict_id, combo in self.choices.items():
            value = combo.currentData()
            if value == "keep_mine":
                result[conflict_id] = "keep_mine"
            elif value == "take_theirs":
                result[conflict_id] = "take_theirs"
        return result

    def _update_apply(self) -> None:
        open_count = len(self.choices) - len(self.chosen())
        self.apply_button.setEnabled(open_count == 0 and bool(self.plan.new or self.plan.conflicts))
        if open_count:
            self.hint.setText(self.tr("Choose for every conflict (%1 left).").replace("%1", str(open_count)))
        elif not (self.plan.new or self.plan.conflicts):
            self.hint.setText(self.tr("Everything in this file is already here; there is nothing to import."))
        else:
            self.hint.setText(self.tr("Nothing changes until you press Apply. A backup is made first."))

    def apply(self) -> None:
        # The import is one transaction; a failed backup does not put data at risk.
        with contextlib.suppress(StoreError):
            make_backup(self.store, "voor-import")
        try:
            self.report = apply_import(self.store, self.plan, self.chosen())
        except StoreError as error:
            show_error(self, self.tr("Import"), error)
            return
        self.accept()


def import_archive_dialog(
    parent: QWidget,
    store: Store,
    *,
    path: Path | None = None,
    run: Callable[[ImportDialog], int] | None = None,
) -> ImportReport | None:
    """Pick a file, show its plan, apply what the user chooses. ``run`` replaces exec() in tests."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ExchangeDialogs", "Import"),
            str(Path.home()),
            QCoreApplication.translate(
                "ExchangeDialogs", "%1 archives (*.fapp *.zip);;All files (*)"
            ).replace("%1", PRODUCT_NAME),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        plan = plan_import(store, path)
    except StoreError as error:
        show_error(parent, QCoreApplication.translate("ExchangeDialogs", "Import"), error)
        return None
    dialog = ImportDialog(store, plan, parent)
    (run or (lambda d: d.exec()))(dialog)
    report = dialog.report
    dialog.deleteLater()
    return report


class OverviewDialog(QDialog):
    """Schools × themes with the scenario and how it changed; saved as a PDF or printed."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        ask_path: PathAsker | None = None,
        ask_printer: printing.PrinterAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewDialog")
        self.setWindowTitle(self.tr("Partnership overview"))
        self.store = store
        self.ask_path: PathAsker = ask_path or (
            lambda s: ask_save_path(self, self.tr("Print overview"), s, self.tr("PDF files (*.pdf)"), ".pdf")
        )
        self.rows: list[OverviewRow] = store.archive.overview()
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setObjectName("overviewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("School"),
                self.tr("Theme"),
                self.tr("First position"),
                self.tr("Latest position"),
                self.tr("Change"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(self.rows):
            first, latest = entry.first, entry.latest
            values = [
                entry.school_name,
                entry.theme_title,
                f"{first.position_label} ({display_date(first.date)})" if first else "—",
                f"{latest.position_label} ({display_date(latest.date)})"
                if latest and len(entry.entries) > 1
                else "",
                entry.trend,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.state = label("", "muted", wrap=True)
        self.print_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button.setObjectName("printOverviewButton")
        self.print_button.clicked.connect(self.print_overview)
        from . import printing
        from .icons import icon

        self.printer_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.printer_button.setObjectName("printOverviewOnPrinterButton")
        self.printer_button.setAutoDefault(False)  # Enter must not start printing by surprise
        self.printer_button.clicked.connect(self.print_on_printer)

        self.direct_print = printing.DirectPrinter(self)
        if ask_printer is not None:
            self.direct_print.ask_printer = ask_printer
        self.direct_print.status.connect(self.state.setText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.state, 1)
        row_layout.addWidget(self.printer_button)
        row_layout.addWidget(self.print_button)
        row_layout.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr("For every school: the scenario per theme, first and latest, and how it changed."),
                "muted",
                wrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row_layout)
        self.resize(900, 520)

    def _overview_pdf(self) -> bytes:
        from ..pdf import render_overview

        maps = self.store.scenario_maps.all()
        names = [s.name for s in maps[0].scenarios] if maps else None
        # The default overview leaves the example school out: the PDF says so.
        left_out = [s.name for s in self.store.schools.all() if s.is_example and not s.archived]
        return render_overview(self.rows, day=dt.date.today(), scenario_names=names, left_out=left_out)

    def print_on_printer(self) -> bool:
        from . import printing

        name = f"Overzicht partnerschap {dt.date.today().isoformat()}"
        settings = printing.PrintSettings(name)
        return self.direct_print.print_pdf(self._overview_pdf(), settings, save_instead=self.print_overview)

    def done(self, result: int) -> None:
        self.direct_print.stop()
        super().done(result)

    def print_overview(self) -> Path | None:
        target = self.ask_path(Path.home() / f"Overzicht partnerschap {dt.date.today().isoformat()}.pdf")
        if target is None or refused_as_own_file(self, self.tr("Print overview"), target):
            return None
        if not save_private_file(self, self.tr("Print overview"), target, self._overview_pdf):
            return None
        self.state.setText(self.tr("Saved: %1").replace("%1", str(target)))
        return target


def _saved_counts(counts: dict[str, int], records: int) -> str:
    """``"2 scholen, 1 sessie, …"``: each count with its own Dutch singular or plural."""
    return _Counts().text(counts, records)


class _Counts(QObject):
    # Plural forms go through self.tr: lupdate marks an entry as numerus only there.
    def text(self, counts: dict[str, int], records: int) -> str:
        return ", ".join(
            (
                *labels.counts(counts.get("schools", 0), counts.get("sessions", 0), counts.get("notes", 0)),
                self.tr("%n record(s) as PDF", "", records),
            )
        )
