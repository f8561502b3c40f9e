"""One session's record on screen: the decision, the notes by category and time box, timings, corrections.

"Save as PDF…" writes the same record as the PDF of ``pdf.render_record``
(optionally anonymised) to a file only the user can read; "Print…" sends that
PDF to a printer (see :mod:`.printing`).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.history import RecordData
from ..core.record import card_list
from ..core.sessions import NoteCategory, OutcomeItem, SessionStatus
from ..pdf import render_record_data
from ..store import Store, StoreError
from . import printing
from .dates import display_date
from .icons import icon
from .labels import amendment_text, category_name, field_label, step_label, value_text
from .session.follow_up import follow_up_summary
from .widgets import busy_cursor, label, refused_as_own_file, save_private_file, show_error

PathAsker = Callable[[Path], Path | None]


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.0f}"


def show_record(parent: QWidget, store: Store, session_id: str) -> RecordView | None:
    """Open the record of ``session_id`` beside ``parent`` (deleted on close); None when it cannot be read."""
    try:
        view = RecordView(store, session_id, parent)
    except StoreError as error:
        show_error(parent, QApplication.translate("RecordView", "Record"), error)
        return None
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view


class RecordView(QDialog):
    """The record of ``session_id``; ``ask_path`` picks the PDF file, ``ask_printer`` the printer
    (tests pass their own)."""

    def __init__(
        self,
        store: Store,
        session_id: str,
        parent: QWidget | None = None,
        *,
        ask_path: PathAsker | None = None,
        ask_printer: printing.PrinterAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordView")
        self.store = store
        self.session_id = session_id
        self.ask_path: PathAsker = ask_path or self._ask_path
        self.data: RecordData = store.archive.record_data(session_id)
        session = self.data.session
        self.setWindowTitle(
            self.tr("Record: %1 – %2")
            .replace("%1", self.data.school.name)
            .replace("%2", display_date(session.date))
        )
        self.browser = QTextBrowser()
        self.browser.setObjectName("recordText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.record_html())

        self.anonymised = QCheckBox(self.tr("&Anonymised (roles instead of names)"))
        self.anonymised.setObjectName("anonymisedCheck")
        self.print_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button.setObjectName("printRecordButton")
        self.print_button.setToolTip(self.tr("Save the record as a PDF"))
        self.print_button.clicked.connect(self.print_record)
        self.print_button.setAutoDefault(False)  # Enter must never open a file dialog by surprise
        self.printer_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.printer_button.setObjectName("printRecordOnPrinterButton")
        self.printer_button.setToolTip(self.tr("Print the record on a printer (Ctrl+P)"))
        self.printer_button.clicked.connect(self.print_on_printer)
        self.printer_button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_on_printer)
        self.state = label("", "muted", wrap=True)
        self.state.setObjectName("recordState")
        self.direct_print = printing.DirectPrinter(self)
        if ask_printer is not None:
            self.direct_print.ask_printer = ask_printer
        self.direct_print.status.connect(self.state.setText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.anonymised)
        row.addWidget(self.printer_button)
        row.addWidget(self.print_button)
        row.addWidget(self.state, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.resize(820, 760)

    # ------------------------------------------------------------------ html

    def record_html(self) -> str:
        data = self.data
        session, outcome = data.session, data.outcome
        names = {s.id: s.name for s in data.scenario_map.scenarios} if data.scenario_map else {}
        theme = session.script.title if session.script else session.title
        parts: list[str] = [
            f"<h2>{escape(data.school.name)} · {escape(theme)}</h2>",
            f"<p>{escape(display_date(session.date))} {escape(session.planned_start)} · {escape(session.title)}"
            + (
                " · " + escape(self.tr("facilitator")) + f": {escape(session.facilitator)}"
                if session.facilitator
                else ""
            )
            + "</p>",
        ]
        if session.status is not SessionStatus.FINISHED:
            parts.append("<p><i>" + escape(self.tr("This session is not finished yet.")) + "</i></p>")
        if session.participants:
            people = ", ".join(
                escape(f"{p.name} ({p.role})" if p.role else p.name) for p in session.participants
            )
            parts.append("<p><b>" + escape(self.tr("Participants")) + f":</b> {people}</p>")
        if data.follow_up is not None:  # the session opened with it
            asked = data.follow_up
            parts.append("<h3>" + escape(self.tr("Follow-up of the previous step")) + "</h3>")
            question = (
                self.tr("First step of %1: %2")
                .replace("%1", display_date(asked.previous_date))
                .replace("%2", asked.first_step)
            )
            parts.append(f"<p>{escape(question)}<br><b>{escape(follow_up_summary(asked))}</b></p>")

        parts.append("<h3>" + escape(self.tr("The decision")) + "</h3>")
        if outcome is None:
            parts.append("<p><i>" + escape(self.tr("No decision recorded.")) + "</i></p>")
        else:
            rows: list[tuple[str, str | tuple[OutcomeItem, ...]]] = [
                ("scenario_id", names.get(outcome.scenario_id, outcome.scenario_name)),
                ("rationale", outcome.rationale),
                ("first_step", outcome.first_step),
                ("first_step_owner", outcome.first_step_owner),
                ("first_step_due", outcome.first_step_due),
                ("development_points", outcome.development_points),
                ("strengths_used", outcome.strengths_used),
                ("insights_used", outcome.insights_used),
                ("support_needed", outcome.support_needed),
            ]
            table = ["<table cellspacing='0' cellpadding='4'>"]
            for field, value in rows:
                if isinstance(value, tuple):
                    shown = "<br>".join(escape(item.text) for item in value if isinstance(item, OutcomeItem))
                else:
                    shown = escape(str(value)).replace("\n", "<br>")
                if not shown:
                    continue
                table.append(
                    f"<tr><td valign='top'><b>{escape(field_label(field))}</b></td><td>{shown}</td></tr>"
                )
            cards = self._card_titles(outcome.inspiration_card_ids)
            if cards:
                table.append(
                    f"<tr><td><b>{escape(field_label('inspiration_card_ids'))}</b></td>"
                    f"<td>{escape(', '.join(cards))}</td></tr>"
                )
            table.append("</table>")
            parts.append("".join(table))
        if data.amendments:
            parts.append("<h3>" + escape(self.tr("Corrections after the session")) + "</h3><ul>")
            for amendment in data.amendments:
                line = amendment_text(
                    amendment, lambda field, value: value_text(field, value, names, dict(data.card_titles))
                )
                parts.append(f"<li>{escape(line)}</li>")
            parts.append("</ul>")
        if data.earlier:
            parts.append("<h3>" + escape(self.tr("Earlier positions")) + "</h3><ul>")
            for day, scenario_id in data.earlier:
                parts.append(f"<li>{day.isoformat()}: {escape(names.get(scenario_id, scenario_id))}</li>")
            parts.append("</ul>")

        parts.append(self._timings_html())
        parts.append(self._notes_html())
        return "".join(parts)

    def _card_titles(self, card_ids: tuple[str, ...]) -> list[str]:
        cards = card_list(card_ids, dict(self.data.card_titles))
        deleted = [self.tr("deleted cards: %1").replace("%1", str(cards.deleted))] if cards.deleted else []
        return [*cards.titles, *deleted]

    def _box_label(self, timebox_index: int | None) -> str:
        script = self.data.session.script
        entries = script.timeboxes() if script else []
        if timebox_index is None or not 0 <= timebox_index < len(entries):
            return self.tr("Whole session")
        part, box = entries[timebox_index]
        return f"{part.number}. {part.title} · {step_label(part, box)}"

    def _timings_html(self) -> str:
        if not self.data.runs:
            return ""
        rows = [
            "<h3>" + escape(self.tr("Time boxes: planned and actual")) + "</h3>",
            "<table cellspacing='0' cellpadding='3'>",
            "<tr><th align='left'>" + escape(self.tr("Time box")) + "</th>"
            "<th align='right'>" + escape(self.tr("planned (min)")) + "</th>"
            "<th align='right'>" + escape(self.tr("actual (min)")) + "</th></tr>",
        ]
        for run in self.data.runs:
            actual = (
                self.tr("skipped")
                if run.skipped
                else _minutes(run.spent_seconds if run.actual_start is not None else None)
            )
            rows.append(
                f"<tr><td>{escape(self._box_label(run.timebox_index))}</td>"
                f"<td align='right'>{run.planned_minutes}</td><td align='right'>{escape(actual)}</td></tr>"
            )
        rows.append("</table>")
        return "".join(rows)

    def _notes_html(self) -> str:
        notes = self.data.notes
        parts = ["<h3>" + escape(self.tr("Notes")) + "</h3>"]
        if not notes:
            parts.append("<p><i>" + escape(self.tr("No notes.")) + "</i></p>")
            return "".join(parts)
        for category in NoteCategory:
            mine = [n for n in notes if n.category is category]
            if not mine:
                continue
            parts.append(f"<h4>{escape(category_name(category))}</h4>")
            boxes: dict[int | None, list[str]] = {}
            for note in mine:
                who = f" <i>({escape(note.participant)})</i>" if note.participant else ""
                boxes.setdefault(note.timebox_index, []).append(f"<li>{escape(note.text)}{who}</li>")
            for index, items in boxes.items():
                parts.append(f"<p style='margin-bottom:0'><b>{escape(self._box_label(index))}</b></p>")
                parts.append("<ul style='margin-top:0'>" + "".join(items) + "</ul>")
        return "".join(parts)

    # ---------------------------------------------------------------- print

    def default_file_name(self) -> str:
        session = self.data.session
        suffix = self.tr(" (anonymised)") if self.anonymised.isChecked() else ""
        name = f"Verslag {self.data.school.name} {session.date}{suffix}.pdf"
        return "".join("_" if c in '/\\:*?"<>|' else c for c in name)

    def _ask_path(self, suggestion: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print record"), str(suggestion), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")

    def print_record(self) -> Path | None:
        """Ask for a file and write the record PDF there (0600); returns the file or None."""
        target = self.ask_path(Path.home() / self.default_file_name())
        if target is None or refused_as_own_file(self, self.tr("Print record"), target):
            return None
        try:
            saved = save_private_file(
                self,
                self.tr("Print record"),
                target,
                lambda: render_record_data(self.data, anonymised=self.anonymised.isChecked()),
            )
        except StoreError as error:
            show_error(self, self.tr("Print record"), error)
            return None
        if not saved:
            return None
        self.state.setText(self.tr("Saved: %1").replace("%1", str(target)))
        return target

    def print_on_printer(self) -> bool:
        """Send the record (anonymised if ticked) to a printer; False when nothing was started."""
        try:
            with busy_cursor():
                pdf = render_record_data(self.data, anonymised=self.anonymised.isChecked())
        except StoreError as error:
            show_error(self, self.tr("Print record"), error)
            return False
        name = self.default_file_name().removesuffix(".pdf")
        return self.direct_print.print_pdf(pdf, printing.PrintSettings(name), save_instead=self.print_record)

    def done(self, result: int) -> None:
        self.direct_print.stop()  # a print job still preparing pages is cancelled, never cut off
        super().done(result)
