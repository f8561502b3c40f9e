"""Edit one card of an own deck: title, subtitle, body (light markup), back text and source line.

Every keystroke is announced at once (``typing``, for the live preview) and,
after a short pause, as ``edited`` (to save). The body editor understands
Ctrl+B, Ctrl+I and Ctrl+Shift+L, which insert the card markup of
:mod:`facilitator_app.core.markup`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Card

EDIT_DELAY_MS = 600
BOLD_KEYS = QKeySequence("Ctrl+B")
ITALIC_KEYS = QKeySequence("Ctrl+I")
BULLET_KEYS = QKeySequence("Ctrl+Shift+L")


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class CardEditor(QWidget):
    edited = Signal(object)  # the Card with the user's changes, after a short pause
    typing = Signal(object)  # the Card as it is right now, on every change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self._card: Card | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._pending = False
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("cardTitleEdit")
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setObjectName("cardSubtitleEdit")
        self.subtitle_edit.setPlaceholderText(self.tr("For example: Reflection card A"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("cardBodyEdit")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(
            self.tr(
                "## Heading, - bullet, 1. numbered item, **bold**, *italic*. A blank line starts a paragraph."
            )
        )
        self.back_edit = QPlainTextEdit()
        self.back_edit.setObjectName("cardBackEdit")
        self.back_edit.setTabChangesFocus(True)
        self.back_edit.setPlaceholderText(self.tr("Optional: a short text on the back of the card"))
        self.back_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("cardSourceEdit")
        self.source_edit.setPlaceholderText(self.tr("(Source: author, year)"))
        for widget, name in (
            (self.title_edit, self.tr("Card title")),
            (self.subtitle_edit, self.tr("Card subtitle")),
            (self.body_edit, self.tr("Card text")),
            (self.back_edit, self.tr("Text on the back")),
            (self.source_edit, self.tr("Source line")),
        ):
            widget.setAccessibleName(name)

        self.bold_button = self._format_button(
            "boldButton", self.tr("B"), self.tr("Bold (Ctrl+B)"), self.make_bold
        )
        self.bold_button.setStyleSheet("font-weight: 700;")
        self.italic_button = self._format_button(
            "italicButton", self.tr("I"), self.tr("Italic (Ctrl+I)"), self.make_italic
        )
        self.italic_button.setStyleSheet("font-style: italic;")
        self.bullet_button = self._format_button(
            "bulletButton", self.tr("• List"), self.tr("Bulleted list (Ctrl+Shift+L)"), self.toggle_bullets
        )
        self.heading_button = self._format_button(
            "headingButton",
            self.tr("Heading"),
            self.tr("Heading: a line starting with ##"),
            self.toggle_heading,
        )
        format_row = QHBoxLayout()
        format_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.bold_button, self.italic_button, self.bullet_button, self.heading_button):
            format_row.addWidget(button)
        format_row.addStretch(1)
        body_box = QWidget()
        body_layout = QVBoxLayout(body_box)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(4)
        body_layout.addLayout(format_row)
        body_layout.addWidget(self.body_edit, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("S&ubtitle:"), self.subtitle_edit)
        form.addRow(self.tr("&Text:"), body_box)
        form.addRow(self.tr("&Back:"), self.back_edit)
        form.addRow(self.tr("&Source:"), self.source_edit)
        for line in (self.title_edit, self.subtitle_edit, self.source_edit):
            line.textEdited.connect(self._changed)
            line.editingFinished.connect(self.flush)
        for text in (self.body_edit, self.back_edit):
            text.textChanged.connect(self._changed)
            text.installEventFilter(self)
        self.setTabOrder(self.title_edit, self.subtitle_edit)
        self.setTabOrder(self.subtitle_edit, self.body_edit)
        self.setTabOrder(self.body_edit, self.back_edit)
        self.setTabOrder(self.back_edit, self.source_edit)

    def _format_button(self, name: str, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the text
        button.clicked.connect(slot)
        return button

    def set_card(self, card: Card | None) -> None:
        self._timer.stop()
        self._pending = False
        self._card = card
        self.setEnabled(card is not None)
        values = (
            (card.title, card.subtitle, card.body, card.back, card.source) if card else ("", "", "", "", "")
        )
        widgets = (self.title_edit, self.subtitle_edit, self.body_edit, self.back_edit, self.source_edit)
        for widget, value in zip(widgets, values, strict=True):
            widget.blockSignals(True)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            widget.blockSignals(False)

    def current(self) -> Card | None:
        """The card with what is typed right now (saved or not)."""
        if self._card is None:
            return None
        return replace(
            self._card,
            title=self.title_edit.text().strip() or self._card.title,
            subtitle=self.subtitle_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            back=self.back_edit.toPlainText().strip(),
            source=self.source_edit.text().strip(),
        )

    def _changed(self) -> None:
        card = self.current()
        if card is not None:
            self._pending = True
            self._timer.start()
            self.typing.emit(card)

    def flush(self) -> None:
        self._timer.stop()
        card = self.current()
        if not self._pending or card is None:
            return
        self._pending = False
        self._card = card
        self.edited.emit(card)

    # --- formatting ---------------------------------------------------------

    def _wrap(self, marker: str) -> None:
        """Put ``marker`` around the selection, or a pair with the cursor in between."""
        cursor = self.body_edit.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        if selected:
            cursor.insertText(f"{marker}{selected}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
        cursor.endEditBlock()
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def make_bold(self) -> None:
        self._wrap("**")

    def make_italic(self) -> None:
        self._wrap("*")

    def _toggle_prefix(self, prefix: str) -> None:
        """Add ``prefix`` to every selected line, or take it off when all have it."""
        cursor = self.body_edit.textCursor()
        document = self.body_edit.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        remove = all(block.text().startswith(prefix) for block in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            edit = QTextCursor(block)
            if remove:
                edit.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix)
                )
                edit.removeSelectedText()
            else:
                edit.insertText(prefix)
        cursor.endEditBlock()
        self.body_edit.setFocus()

    def toggle_bullets(self) -> None:
        self._toggle_prefix("- ")

    def toggle_heading(self) -> None:
        self._toggle_prefix("## ")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body_edit and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            pressed = _sequence(event)
            actions = (
                (BOLD_KEYS, self.make_bold),
                (ITALIC_KEYS, self.make_italic),
                (BULLET_KEYS, self.toggle_bullets),
            )
            action = next((act for keys, act in actions if keys == pressed), None)
            if action is not None:
                # Claim the keys here, so window-wide shortcuts on the same keys do not fire.
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        if watched in (self.body_edit, self.back_edit) and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
