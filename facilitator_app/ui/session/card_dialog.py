"""A card shown large (Ctrl+K), readable from across the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ...core.models import Card
from ..markup_html import card_html


class CardDialog(QDialog):
    """Not modal: the clock keeps running and notes can still be typed behind it."""

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.card = card
        self.setWindowTitle(card.title)
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.browser.setFont(font)
        self.browser.setHtml(card_html(card.title, card.body, card.subtitle, card.source))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.browser)
        # Ctrl+K again (or Esc) puts it away: the same key in and out.
        QShortcut(QKeySequence("Ctrl+K"), self, self.close, context=Qt.ShortcutContext.WindowShortcut)
        self.resize(760, 820)
