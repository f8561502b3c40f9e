"""The projector screen: what the group sees, and nothing of the facilitator's.

It shows the step text in large type, the work form, a calm Time-Timer disk
and, if the facilitator wants, the stored notes by category during
collective time boxes. It never shows controls, the session bar, the note
being typed (drafts live only in the session window's field) or anyone's
name. B blanks it, as a slide show would.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import ClockStatus
from ...core.models import Mode
from ...core.schedule import CalmKind, Countdown
from ...core.sessions import NoteCategory
from ..dates import display_date
from ..labels import category_name, mode_label
from ..markup_html import step_html
from .adapter import RunnerSignals
from .countdown import TimerDisk
from .notes_panel import CATEGORY_COLOURS
from .part3_board import ITEM_FIELD_BY_CATEGORY, Part3Board
from .placement import place_presenter
from .scenario_picker import ScenarioPicker

# A dark, warm-grey room screen: no glare in a dimmed room, and the red of the
# disk and the category colours stay vivid on a washed-out beamer.
BACKGROUND = QColor("#1F232B")
INK = QColor("#F4F1EA")
MUTED = QColor("#A9B0BC")
FACE = QColor("#2A2F39")
NOTES_PER_CATEGORY = 6
# Type sizes of the part-3 board on the wall: never smaller than a back row can read.
MIN_BOARD_PX = 18
MAX_BOARD_PX = 40


def _sized(html: str, size: int, style: str = "") -> str:
    return f"<div style='font-size:{size}px;{style}'>{html}</div>"


def _fits(html: str, font: QFont, width: int, height: int, size: int, style: str = "") -> bool:
    """Whether ``html`` (sized in ``em``) at ``size`` pixels fits the box as a QLabel lays it out."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    # As a QLabel wraps: at word boundaries only (the document's default breaks long words).
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(_sized(html, size, style))
    doc.setTextWidth(width)
    # A word longer than the line makes the document wider than asked: too big too.
    return doc.size().height() <= height and doc.idealWidth() <= width


def _fitting_size(
    html: str, font: QFont, width: int, height: int, low: int, high: int, style: str = ""
) -> int:
    """The largest pixel size in ``low..high`` at which ``html`` fits the box (``low`` if none does)."""
    best = low
    while low <= high:
        size = (low + high) // 2
        if _fits(html, font, width, height, size, style):
            best, low = size, size + 1
        else:
            high = size - 1
    return best


class PresenterBoard(QWidget):
    """Part 3 for the room: the notes as strengths, development points and insights beside the map.

    Read-only and large. It shows stored notes only (what is typed on the
    facilitator's board stays there until it is stored) and follows the
    scenario chosen on the board the moment it is clicked. The map is the
    board's own :class:`ScenarioPicker`, in its projector form.
    """

    def __init__(self, session: RunnerSignals, board: Part3Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterBoard")
        self.runner = session.runner
        last = self.runner.script.parts[-1] if self.runner.script.parts else None
        self.title = QLabel(
            self.tr("Part %1 · %2").replace("%1", str(last.number)).replace("%2", last.title) if last else ""
        )
        self.title.setObjectName("presenterBoardTitle")
        self.time_label = QLabel()
        self.time_label.setObjectName("presenterBoardTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.time_label)

        self.columns: dict[NoteCategory, QLabel] = {}
        sheets = QHBoxLayout()
        sheets.setSpacing(12)
        for category in ITEM_FIELD_BY_CATEGORY:
            column = QLabel()
            column.setObjectName(f"presenterBoard_{category.value}")
            column.setTextFormat(Qt.TextFormat.RichText)
            column.setWordWrap(True)
            column.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            # Ignored: the columns share the room there is; _fit picks the type size.
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            colour = CATEGORY_COLOURS[category].name()
            column.setStyleSheet(
                f"QLabel {{ border-top: 6px solid {colour}; background: {FACE.name()}; border-radius: 8px;"
                f" padding: 12px 14px; color: {INK.name()}; }}"
            )
            self.columns[category] = column
            sheets.addWidget(column, 1)

        self.map = ScenarioPicker(projector=True)
        self.map.setObjectName("presenterMap")
        self.map.set_map(board.scenario_map)
        self.map.description.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.map.description.setStyleSheet(f"color: {MUTED.name()};")
        previous = board.previous_position()
        if previous is not None:
            self.map.mark_previous(
                previous[1], self.tr("last time (%1)").replace("%1", display_date(previous[0]))
            )
        self.map.set_current(board.picker.current())
        board.picker.current_changed.connect(self.set_scenario)
        self.map_holder = QWidget()
        self.map_holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        map_column = QVBoxLayout(self.map_holder)
        map_column.setContentsMargins(0, 0, 0, 0)
        map_column.addWidget(self.map)
        map_column.addStretch(1)

        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(sheets, 5)
        row.addWidget(self.map_holder, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(header)
        layout.addLayout(row, 1)
        self._texts: dict[NoteCategory, list[str]] = {}
        session.notes_changed.connect(self.refresh_notes)
        self.refresh_notes()

    def selected_scenario(self) -> str:
        return self.map.current()

    def set_scenario(self, scenario_id: str) -> None:
        self.map.set_current(scenario_id)
        self.map.update()

    def refresh_notes(self) -> None:
        notes = self.runner.notes()
        for category in self.columns:
            self._texts[category] = [n.text for n in notes if n.category is category]
        self.fit()

    def _sheet_html(self, category: NoteCategory, shown: int | None = None) -> str:
        texts = self._texts.get(category, [])
        kept = texts if shown is None else texts[:shown]
        items = "".join(f"<li style='margin-bottom:0.35em'>{escape(text)}</li>" for text in kept)
        body = f"<ul style='margin-left:-1.1em'>{items}</ul>" if items else ""
        if len(kept) < len(texts):
            more = self.tr("+ %1 more").replace("%1", str(len(texts) - len(kept)))
            body += f"<div style='color:{MUTED.name()}'>{escape(more)}</div>"
        colour = CATEGORY_COLOURS[category].lighter(160).name()
        return (
            f"<div style='color:{colour}; font-weight:700; margin-bottom:0.3em'>"
            f"{escape(category_name(category))}</div>{body}"
        )

    def fit(self) -> None:
        """One type size for all three sheets: the largest at which the fullest sheet still fits."""
        boxes = {}
        for category, column in self.columns.items():
            # contentsRect is inside the style sheet's padding already.
            boxes[category] = (
                max(column.contentsRect().width() - 4, 120),
                max(column.contentsRect().height() - 4, 120),
            )
        size = min(
            (
                _fitting_size(self._sheet_html(c), self.columns[c].font(), w, h, MIN_BOARD_PX, MAX_BOARD_PX)
                for c, (w, h) in boxes.items()
            ),
            default=24,
        )
        for category, column in self.columns.items():
            width, height = boxes[category]
            html = self._sheet_html(category)
            shown = len(self._texts.get(category, []))
            # Even the smallest type is too big: the first notes, and how many more there are.
            while shown > 0 and not _fits(html, column.font(), width, height, size):
                shown -= 1
                html = self._sheet_html(category, shown)
            column.setText(f"<div style='font-size:{size}px; line-height:125%'>{html}</div>")
        heading = max(22, size * 5 // 4)
        self.title.setStyleSheet(f"color: {MUTED.name()}; font-size: {heading}px; font-weight: 700;")
        self.time_label.setStyleSheet(f"color: {INK.name()}; font-size: {heading}px; font-weight: 700;")
        # The map's type follows the room it has; the longest name must fit one line.
        map_font = QFont(self.map.font())
        map_font.setPixelSize(max(18, min(34, self.height() // 24, self.map_holder.width() // 17)))
        for button in self.map.buttons.values():
            button.setFont(map_font)
            button.setMinimumHeight(QFontMetrics(map_font).height() * 2 + 16)
        small = QFont(map_font)
        small.setPixelSize(max(16, map_font.pixelSize() * 4 // 5))
        for text in (self.map.axis, self.map.description):
            text.setFont(small)
        # A style sheet, not setFont: the title's role in the app style sheet sets its size.
        self.map.title.setStyleSheet(f"font-size: {map_font.pixelSize()}px; font-weight: 700;")

    def visible_text(self) -> str:
        doc = QTextDocument()
        texts = [self.title.text(), self.time_label.text()]
        for column in self.columns.values():
            doc.setHtml(column.text())
            texts.append(doc.toPlainText())
        texts += [self.map.title.text(), self.map.axis.text(), self.map.description.text()]
        texts += [button.text() for button in self.map.buttons.values()]
        return "\n".join(texts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit)


def calm_text(countdown: Countdown) -> str:
    """The runner's whole-minute phrase for the room, in words (never ticking seconds)."""
    translate = QCoreApplication.translate
    calm = countdown.calm
    texts = {
        CalmKind.PAUSED: translate("PresenterWindow", "Paused"),
        CalmKind.FINISHED: translate("PresenterWindow", "Thank you!"),
        CalmKind.TIME_UP: translate("PresenterWindow", "Time is up"),
        CalmKind.LAST_MINUTE: translate("PresenterWindow", "Last minute"),
    }
    if calm.kind in texts:
        return texts[calm.kind]
    if countdown.status is ClockStatus.NOT_STARTED:
        return translate("PresenterWindow", "%1 min").replace("%1", str(calm.minutes))
    return translate("PresenterWindow", "%1 min left").replace("%1", str(calm.minutes))


class PresenterWindow(QMainWindow):
    """The group's screen; full screen on a second display when there is one (see :mod:`.placement`)."""

    TICK_MS = 250

    def __init__(self, session: RunnerSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Session — presenter screen"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, INK)
        palette.setColor(QPalette.ColorRole.Base, QColor("#2A2F39"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.show_notes = False
        self.show_board = False
        self.board_view: PresenterBoard | None = None
        self._steps_html = ""
        self._mode_colour = "#5A6272"

        self.part_label = QLabel()
        self.part_label.setObjectName("presenterPart")
        self.mode_label = QLabel()
        self.mode_label.setObjectName("presenterMode")
        self.steps = QLabel()
        self.steps.setObjectName("presenterSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Ignored: the layout gives the text all room there is, and _fit_text
        # picks the type size, instead of the text's size driving the layout.
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.disk = TimerDisk()
        self.disk.set_colours(FACE, INK)
        self.time_label = QLabel()
        self.time_label.setObjectName("presenterTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        text_column = QVBoxLayout()
        text_column.setSpacing(14)
        text_column.addWidget(self.part_label)
        text_column.addWidget(self.mode_label, 0, Qt.AlignmentFlag.AlignLeft)
        text_column.addSpacing(10)
        text_column.addWidget(self.steps, 1)
        timer_column = QVBoxLayout()
        timer_column.addStretch(1)
        timer_column.addWidget(self.disk, 4)
        timer_column.addWidget(self.time_label)
        timer_column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(48)
        top.addLayout(text_column, 3)
        top.addLayout(timer_column, 2)

        self.notes_area = QWidget()
        self.notes_area.setObjectName("presenterNotes")
        self.note_columns: dict[NoteCategory, QLabel] = {}
        notes_row = QHBoxLayout(self.notes_area)
        notes_row.setContentsMargins(0, 0, 0, 0)
        notes_row.setSpacing(14)
        for category in NoteCategory:
            column = QLabel()
            column.setObjectName(f"presenterNotes_{category.value}")
            column.setTextFormat(Qt.TextFormat.RichText)
            column.setWordWrap(True)
            column.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            colour = CATEGORY_COLOURS[category].name()
            column.setStyleSheet(
                f"QLabel {{ border-top: 5px solid {colour}; background: #2A2F39; border-radius: 6px;"
                f" padding: 8px 10px; color: {INK.name()}; }}"
            )
            self.note_columns[category] = column
            notes_row.addWidget(column, 1)
        self.notes_area.hide()

        content = QWidget()
        content.setObjectName("presenterContent")
        # Explicit colours: the app style sheet would otherwise give light-theme ink.
        content.setStyleSheet(
            f"#presenterContent {{ background: {BACKGROUND.name()}; }}"
            f"#presenterContent QLabel {{ color: {INK.name()}; background: transparent; }}"
        )
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 48, 64, 40)
        layout.setSpacing(24)
        layout.addLayout(top, 1)
        layout.addWidget(self.notes_area)

        blank = QFrame()
        blank.setObjectName("presenterBlank")
        blank.setStyleSheet("#presenterBlank { background: black; }")
        self.content = content
        self.blank = blank
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(blank)
        self.setCentralWidget(self.stack)

        QShortcut(QKeySequence("B"), self, self.toggle_blackout)
        QShortcut(QKeySequence("Ctrl+B"), self, self.toggle_blackout)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._leave_full_screen)

        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.refresh_time)
        self.timer.start()
        session.box_changed.connect(self.refresh)
        session.clock_changed.connect(self.refresh_time)
        session.phase_changed.connect(self.refresh_time)
        session.notes_changed.connect(self._refresh_notes)
        self.resize(1280, 720)
        # Beside the console on a single display the strip may be narrow; the type
        # is fitted to whatever room there is, so the layout must not insist on more.
        self.setMinimumSize(200, 150)
        self.refresh()

    # ------------------------------------------------------------- showing

    def show_on_presentation_screen(self, console: QWidget) -> None:
        """Full screen on another display when there is one, else a window beside ``console``."""
        place_presenter(self, console)

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def is_blacked_out(self) -> bool:
        return self.stack.currentWidget() is self.blank

    def toggle_blackout(self) -> None:
        self.stack.setCurrentWidget(self._page() if self.is_blacked_out() else self.blank)

    def _page(self) -> QWidget:
        """What the room sees when the screen is not blanked."""
        if self.show_board and self.board_view is not None:
            holder = self.board_view.parentWidget()
            assert holder is not None
            return holder
        return self.content

    def set_show_notes(self, show: bool) -> None:
        self.show_notes = show
        self._refresh_notes()

    def attach_board(self, board: Part3Board) -> None:
        """Give the screen the part-3 board to show when :meth:`set_show_board` asks for it."""
        if self.board_view is not None:
            return
        page = QWidget()
        page.setObjectName("presenterBoardPage")
        page.setStyleSheet(
            f"#presenterBoardPage {{ background: {BACKGROUND.name()}; }}"
            f"#presenterBoardPage QLabel {{ color: {INK.name()}; background: transparent; }}"
        )
        self.board_view = PresenterBoard(self.session, board)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.board_view)
        self.stack.addWidget(page)
        self.refresh_time()

    def set_show_board(self, show: bool) -> None:
        """The part-3 board instead of the step text (a blanked screen stays blank)."""
        self.show_board = show and self.board_view is not None
        if not self.is_blacked_out():
            self.stack.setCurrentWidget(self._page())
        if self.show_board and self.board_view is not None:
            self.board_view.refresh_notes()

    def visible_text(self) -> str:
        """Everything the room can read right now (tests check no draft leaks here)."""
        if self.is_blacked_out():
            return ""
        if self.show_board and self.board_view is not None:
            return self.board_view.visible_text()
        doc = QTextDocument()
        parts = [self.part_label.text(), self.mode_label.text(), self.steps.text(), self.time_label.text()]
        if self.notes_area.isVisible():
            parts += [label.text() for label in self.note_columns.values()]
        texts = []
        for part in parts:
            doc.setHtml(part)
            texts.append(doc.toPlainText())
        return "\n".join(texts)

    # ------------------------------------------------------------ updating

    def refresh(self) -> None:
        info = self.runner.current()
        self.part_label.setText(
            self.tr("Part %1 · %2").replace("%1", str(info.part.number)).replace("%2", info.part.title)
        )
        self.mode_label.setText(mode_label(info.box.mode))
        colour = "#5C8DF6" if info.box.mode is Mode.COLLECTIVE else "#5A6272"
        self._mode_colour = colour
        blocks = []
        step_heading = self.tr("Step %1")
        for step in info.box.steps:
            heading, paragraphs = step_html(step_heading, step.number, step.text)
            head = (
                f"<div style='color:{MUTED.name()}; font-size:70%; font-weight:700'>{heading}</div>"
                if heading
                else ""
            )
            body = "".join(f"<p style='margin:0 0 0.35em 0'>{p}</p>" for p in paragraphs)
            blocks.append(f"<div style='margin-bottom:0.7em'>{head}{body}</div>")
        self._steps_html = "".join(blocks)
        self._fit_text()
        self._refresh_notes()
        self.refresh_time()

    def refresh_time(self) -> None:
        countdown = self.runner.countdown()
        self.disk.set_time(max(countdown.remaining_seconds, 0.0), countdown.box_seconds, countdown.status)
        self.time_label.setText(calm_text(countdown))
        if self.board_view is not None:
            self.board_view.time_label.setText(self.time_label.text())

    def _refresh_notes(self) -> None:
        collective = self.runner.current().box.mode is Mode.COLLECTIVE
        show = self.show_notes and collective
        self.notes_area.setVisible(show)
        if not show:
            return
        notes = self.runner.notes()
        for category, column in self.note_columns.items():
            mine = [n for n in notes if n.category is category][-NOTES_PER_CATEGORY:]
            items = "".join(f"<li style='margin-bottom:4px'>{escape(n.text)}</li>" for n in mine)
            colour = CATEGORY_COLOURS[category].lighter(160).name()
            column.setText(
                f"<div style='color:{colour}; font-weight:700'>{escape(category_name(category))}</div>"
                f"<ul style='margin-left:-18px'>{items}</ul>"
            )
        self._fit_text()

    def _fit_text(self) -> None:
        """The largest type at which all steps fit beside the disk (projectors need big type)."""
        width = max(self.steps.width(), 300)
        # A little air at the bottom: QLabel lays out rich text a few pixels taller than the document.
        height = max(self.steps.height(), 200) * 94 // 100
        # Measured exactly as shown, line height included, or the last line falls off the screen.
        spacing = " line-height:130%"
        best = _fitting_size(self._steps_html, self.steps.font(), width, height, 18, 64, spacing)
        self.steps.setText(_sized(self._steps_html, best, spacing))
        self.part_label.setStyleSheet(
            f"color: {MUTED.name()}; font-size: {max(16, best * 2 // 3)}px; font-weight: 700;"
        )
        self.time_label.setStyleSheet(f"color: {INK.name()}; font-size: {max(18, best)}px; font-weight: 700;")
        self.mode_label.setStyleSheet(
            f"QLabel {{ background: {self._mode_colour}; color: white; border-radius: 12px;"
            f" padding: 4px 18px; font-weight: 700; font-size: {max(14, best * 3 // 5)}px; }}"
        )
        for column in self.note_columns.values():
            font = column.font()
            font.setPixelSize(max(14, best // 2))
            column.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Refit once the layout has given the text its new size.
        QTimer.singleShot(0, self, self._fit_text)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
