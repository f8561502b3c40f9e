"""The live card preview: the card as it will print, rendered by the PDF layer off the GUI thread.

Each request gets a generation number; the pane's :class:`~.tasks.TaskRunner`
renders plain core objects (frozen dataclasses, safe to hand to another
thread) and delivers the result on the GUI thread. Every request replaces the
one before (a task ``key``): an older result is dropped, so typing fast never
shows a stale card, and a job still waiting when a newer one arrives does no
work at all. The print layer (ReportLab) is imported by the first job, in the
worker, so neither the app's start nor the GUI thread waits for it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from ..core.models import Card, Deck
from .tasks import TaskContext, TaskRunner
from .widgets import label

if TYPE_CHECKING:
    from ..pdf.preview import CardPreview

PREVIEW_DELAY_MS = 300


def render_card_preview(deck: Deck, card: Card, footer_date: dt.date | None = None) -> CardPreview:
    """:func:`facilitator_app.pdf.preview.render_card_preview`, imported on first use."""
    from ..pdf.preview import render_card_preview as render

    return render(deck, card, footer_date)


def overflowing_cards(deck: Deck) -> frozenset[str]:
    """:func:`facilitator_app.pdf.preview.overflowing_cards`, imported on first use."""
    from ..pdf.preview import overflowing_cards as check

    return check(deck)


class CardPreviewPane(QWidget):
    """Front and back of one card, with a banner when its text does not fit at 9 pt."""

    rendered = Signal(int)  # the generation now shown
    card_fit = Signal(str, bool)  # card key, fits
    deck_checked = Signal(object)  # frozenset of the keys of cards that do not fit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPreview")
        self.tasks = TaskRunner(self)
        self._pending: tuple[Deck, Card] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start)
        self.generation = 0
        self.shown_generation = 0
        self.result: CardPreview | None = None
        self._buffer: QBuffer | None = None

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("cardPdfView")
        self.view.setAccessibleName(self.tr("Print preview of the card"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.banner = QFrame()
        self.banner.setObjectName("overflowBanner")
        self.banner.setProperty("role", "card")
        icon_label = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon_label.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.banner_text = label(
            self.tr(
                "This text does not fit, not even at 9 pt over three cards. The preview shows the part that "
                "fits; shorten the text or choose a larger card size."
            ),
            wrap=True,
        )
        self.banner_text.setObjectName("overflowText")
        self.banner_text.setStyleSheet("font-weight: 700;")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.hide()

        self.status = label("", "muted", wrap=True)
        self.status.setObjectName("previewStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("As printed (front and back)"), "muted"))
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    # --- requests -----------------------------------------------------------

    def show_card(self, deck: Deck | None, card: Card | None, *, now: bool = False) -> int:
        """Schedule a preview of ``card``; returns its generation. None clears the preview."""
        self.generation += 1
        if deck is None or card is None:
            self.tasks.discard("render")
            self._timer.stop()
            self._pending = None
            self._clear()
            self.shown_generation = self.generation
            return self.generation
        self._pending = (deck, card)
        self.status.setText(self.tr("Updating the preview…"))
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()
        return self.generation

    def check_deck(self, deck: Deck | None) -> None:
        """Find, in the background, every card of ``deck`` that does not fit; emits ``deck_checked``."""
        if deck is None:
            self.tasks.discard("check")
            self.deck_checked.emit(frozenset())
            return
        self.tasks.run(
            lambda _context: overflowing_cards(deck),
            on_success=self.deck_checked.emit,
            on_failure=lambda _error: None,  # the render of the card shows what went wrong
            key="check",
        )

    def _start(self) -> None:
        if self._pending is None:
            return
        deck, card = self._pending
        self._pending = None
        generation = self.generation

        def render(_context: TaskContext) -> CardPreview:
            return render_card_preview(deck, card)

        self.tasks.run(
            render,
            on_success=lambda result: self._render_done(generation, card.key, result),
            on_failure=lambda error: self._render_failed(generation, error),
            key="render",
        )

    # --- results ------------------------------------------------------------

    def _render_failed(self, generation: int, error: Exception) -> None:
        if generation != self.generation:
            return  # cleared since (a render is replaced by the next, a clear is not a render)
        self.status.setText(
            self.tr("The preview could not be made: %1").replace("%1", str(error) or type(error).__name__)
        )
        self.shown_generation = generation
        self.rendered.emit(generation)

    def _render_done(self, generation: int, key: str, result: CardPreview) -> None:
        if generation != self.generation:
            return
        self.result = result
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # the document reads from it as long as it is shown
        self.banner.setVisible(not result.fits)
        self.status.setText("")
        self.shown_generation = generation
        self.card_fit.emit(key, result.fits)
        self.rendered.emit(generation)

    def _clear(self) -> None:
        self.document.close()
        self.result = None
        self.banner.hide()
        self.status.setText("")

    def flush(self) -> None:
        """Start a scheduled render now (used before the page hides)."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()

    def idle(self) -> bool:
        """Nothing scheduled, rendering or on its way back (tests wait for this, never for a time)."""
        return not self._timer.isActive() and not self.tasks.busy()
