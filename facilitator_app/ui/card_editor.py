"""Edit one card of an own deck: title, subtitle, body (light markup) and source line."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ..core.models import Card

EDIT_DELAY_MS = 600


class CardEditor(QWidget):
    edited = Signal(object)  # the Card with the user's changes, after a short pause

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: Card | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._pending = False
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("cardTitleEdit")
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setPlaceholderText(self.tr("For example: Reflection card A"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("cardBodyEdit")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(
            self.tr(
                "## Heading, - bullet, 1. numbered item, **bold**, *italic*. A blank line starts a paragraph."
            )
        )
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("(Source: author, year)"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("S&ubtitle:"), self.subtitle_edit)
        form.addRow(self.tr("&Text:"), self.body_edit)
        form.addRow(self.tr("&Source:"), self.source_edit)
        for line in (self.title_edit, self.subtitle_edit, self.source_edit):
            line.textEdited.connect(self._changed)
            line.editingFinished.connect(self.flush)
        self.body_edit.textChanged.connect(self._changed)
        self.body_edit.installEventFilter(self)

    def set_card(self, card: Card | None) -> None:
        self._timer.stop()
        self._pending = False
        self._card = card
        self.setEnabled(card is not None)
        values = (card.title, card.subtitle, card.body, card.source) if card else ("", "", "", "")
        for widget, value in zip(
            (self.title_edit, self.subtitle_edit, self.body_edit, self.source_edit), values, strict=True
        ):
            widget.blockSignals(True)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            widget.blockSignals(False)

    def _changed(self) -> None:
        if self._card is not None:
            self._pending = True
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending or self._card is None:
            return
        self._pending = False
        self._card = replace(
            self._card,
            title=self.title_edit.text().strip() or self._card.title,
            subtitle=self.subtitle_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            source=self.source_edit.text().strip(),
        )
        self.edited.emit(self._card)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
