"""Every key of session mode in one table, and the F1 overlay that lists them.

The session window builds its actions from :data:`SHORTCUTS`, and the help
overlay prints the same table, so the list can never fall behind the keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionShortcuts", text)


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action's key in SessionWindow.actions
    keys: tuple[str, ...]  # portable QKeySequence strings; the first is shown first
    # English source text, marked with QT_TRANSLATE_NOOP so lupdate finds it (its stub
    # is typed as returning object), translated when shown.
    description: object


# The note field keeps the focus during a session, so every command has a key
# that a text field does not swallow (Ctrl/Alt/F-keys). Single letters (M, B)
# and the bare + and − are extras for when the focus is elsewhere.
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "start_pause",
        ("Ctrl+Space", "Space"),
        QT_TRANSLATE_NOOP("SessionShortcuts", "Start / pause / resume (Space: when the note field is empty)"),
    ),
    Shortcut("next", ("Ctrl+Right",), QT_TRANSLATE_NOOP("SessionShortcuts", "Next time box")),
    Shortcut("previous", ("Ctrl+Left",), QT_TRANSLATE_NOOP("SessionShortcuts", "Previous time box")),
    Shortcut("more", ("Ctrl+=", "Ctrl++", "+"), QT_TRANSLATE_NOOP("SessionShortcuts", "One minute more")),
    Shortcut("less", ("Ctrl+-", "-"), QT_TRANSLATE_NOOP("SessionShortcuts", "One minute less")),
    Shortcut(
        "jump",
        ("Ctrl+1", "Ctrl+9"),
        QT_TRANSLATE_NOOP("SessionShortcuts", "Jump to time box 1…9 (or click it in the session bar)"),
    ),
    Shortcut(
        "skip_optional", ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("SessionShortcuts", "Skip the optional part")
    ),
    Shortcut(
        "card", ("Ctrl+K",), QT_TRANSLATE_NOOP("SessionShortcuts", "Show the card of this time box large")
    ),
    Shortcut("presenter", ("F5",), QT_TRANSLATE_NOOP("SessionShortcuts", "Presenter screen on / off")),
    Shortcut(
        "blackout", ("Ctrl+B", "B"), QT_TRANSLATE_NOOP("SessionShortcuts", "Blank the presenter screen")
    ),
    Shortcut(
        "presenter_notes",
        ("F6",),
        QT_TRANSLATE_NOOP("SessionShortcuts", "Show the notes on the presenter screen (collective boxes)"),
    ),
    Shortcut(
        "presenter_board",
        ("F8",),
        QT_TRANSLATE_NOOP("SessionShortcuts", "Part 3 board on the presenter screen (on / off)"),
    ),
    Shortcut("mute", ("Ctrl+M", "M"), QT_TRANSLATE_NOOP("SessionShortcuts", "Sound at zero on / off")),
    Shortcut(
        "category",
        ("Alt+S", "Alt+O", "Alt+I", "Alt+V", "Alt+X"),
        QT_TRANSLATE_NOOP(
            "SessionShortcuts", "Category of the note: strength, development point, insight, question, other"
        ),
    ),
    Shortcut("store", ("Enter",), QT_TRANSLATE_NOOP("SessionShortcuts", "Store the note")),
    Shortcut(
        "edit",
        ("F2",),
        QT_TRANSLATE_NOOP("SessionShortcuts", "Edit the selected note (double-click works too)"),
    ),
    Shortcut("delete", ("Del",), QT_TRANSLATE_NOOP("SessionShortcuts", "Delete the selected note")),
    Shortcut("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("SessionShortcuts", "Undo the last change to the notes")),
    Shortcut("focus_notes", ("Ctrl+L",), QT_TRANSLATE_NOOP("SessionShortcuts", "Back to the note field")),
    Shortcut(
        "board",
        ("F7",),
        QT_TRANSLATE_NOOP(
            "SessionShortcuts", "Part 3 board: the decision beside the scenario map (on / off)"
        ),
    ),
    Shortcut(
        "finish",
        ("Ctrl+Shift+Return",),
        QT_TRANSLATE_NOOP("SessionShortcuts", "Finish the session (on the board)"),
    ),
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("SessionShortcuts", "This overview")),
)


def shown_keys(shortcut: Shortcut) -> str:
    """The keys as the user reads them (native names: "Ctrl", "Alt", "Space")."""
    if shortcut.name == "jump":
        return "Ctrl+1 … Ctrl+9"
    if shortcut.name == "category":
        return " ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcut.keys
        )
    return "  /  ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) if k != "Enter" else "Enter"
        for k in shortcut.keys
    )


class HelpOverlay(QWidget):
    """A dimmed sheet over the session window listing every shortcut; F1 or Esc closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        sheet = QWidget(self)
        sheet.setObjectName("helpSheet")
        sheet.setStyleSheet(
            "#helpSheet { background: palette(base); border-radius: 14px; }"
            "#helpSheet QLabel { background: transparent; }"
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(7)
        for row, shortcut in enumerate(SHORTCUTS):
            keys = QLabel(shown_keys(shortcut))
            keys.setObjectName("helpKeys")
            keys.setStyleSheet("font-weight: 700; font-family: monospace;")
            text = QLabel(_tr(str(shortcut.description)))
            grid.addWidget(keys, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(text, row, 1)
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setStyleSheet("font-size: 17pt; font-weight: 700;")
        hint = QLabel(self.tr("Press F1 or Esc to close."))
        hint.setProperty("role", "muted")
        layout = QVBoxLayout(sheet)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(hint)
        self._sheet = sheet
        parent.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        self._fit()
        self.show()
        self.raise_()
        self.setFocus()

    def _fit(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self._sheet.adjustSize()
        size = self._sheet.sizeHint()
        self._sheet.setGeometry(
            (self.width() - size.width()) // 2,
            (self.height() - size.height()) // 2,
            size.width(),
            size.height(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.hide()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
