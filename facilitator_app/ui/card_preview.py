"""The live card preview: the card as it will print, rendered by the PDF layer off the GUI thread.

Each request gets a generation number; a worker renders plain core objects
(frozen dataclasses, safe to hand to another thread) and reports back through
a queued signal. Results of an older generation are dropped, so typing fast
never shows a stale card, and a job still waiting when a newer one arrives
does no work at all. The print layer (ReportLab) is imported by the first job,
in the worker, so neither the app's start nor the GUI thread waits for it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from ..core.models import Card, Deck
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


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (queued, because it is emitted from the worker)."""

    done = Signal(int, object)


class _Latest:
    """The newest generation asked for; read by workers to skip outdated jobs."""

    def __init__(self) -> None:
        self.value = 0


class _RenderJob(QRunnable):
    def __init__(self, generation: int, latest: _Latest, deck: Deck, card: Card, relay: _Relay) -> None:
        super().__init__()
        self.generation, self.latest, self.deck, self.card, self.relay = generation, latest, deck, card, relay

    def run(self) -> None:
        if self.generation != self.latest.value:
            return  # a newer edit is already queued
        result: CardPreview | Exception
        try:
            result = render_card_preview(self.deck, self.card)
        except Exception as error:  # shown in the preview, never raised into Qt's thread pool
            result = error
        with contextlib.suppress(RuntimeError):  # the pane was closed while this job ran
            self.relay.done.emit(self.generation, (self.card.key, result))


class _CheckJob(QRunnable):
    def __init__(self, generation: int, latest: _Latest, deck: Deck, relay: _Relay) -> None:
        super().__init__()
        self.generation, self.latest, self.deck, self.relay = generation, latest, deck, relay

    def run(self) -> None:
        if self.generation != self.latest.value:
            return
        result: frozenset[str] | Exception
        try:
            result = overflowing_cards(self.deck)
        except Exception as error:
            result = error
        with contextlib.suppress(RuntimeError):  # the pane was closed while this job ran
            self.relay.done.emit(self.generation, result)


class CardPreviewPane(QWidget):
    """Front and back of one card, with a banner when its text does not fit at 9 pt."""

    rendered = Signal(int)  # the generation now shown
    card_fit = Signal(str, bool)  # card key, fits
    deck_checked = Signal(object)  # frozenset of the keys of cards that do not fit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPreview")
        # One worker: ReportLab keeps module-level caches, and one render at a time is plenty.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._latest = _Latest()
        self._latest_check = _Latest()
        self._relay = _Relay()
        self._relay.done.connect(self._render_done)
        self._check_relay = _Relay()
        self._check_relay.done.connect(self._check_done)
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
        self._latest.value = self.generation
        if deck is None or card is None:
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
        self._latest_check.value += 1
        if deck is None:
            self.deck_checked.emit(frozenset())
            return
        self.pool.start(_CheckJob(self._latest_check.value, self._latest_check, deck, self._check_relay))

    def _start(self) -> None:
        if self._pending is None:
            return
        deck, card = self._pending
        self._pending = None
        self.pool.start(_RenderJob(self.generation, self._latest, deck, card, self._relay))

    # --- results ------------------------------------------------------------

    def _render_done(self, generation: int, payload: object) -> None:
        if generation != self.generation:
            return  # an older edit finished after a newer one was asked for
        assert isinstance(payload, tuple)
        key, result = payload
        if isinstance(result, Exception):
            self.status.setText(
                self.tr("The preview could not be made: %1").replace(
                    "%1", str(result) or type(result).__name__
                )
            )
            self.shown_generation = generation
            self.rendered.emit(generation)
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

    def _check_done(self, generation: int, result: object) -> None:
        if generation != self._latest_check.value or isinstance(result, Exception):
            return
        self.deck_checked.emit(result)

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

    def wait_idle(self, msecs: int = 10000) -> bool:
        """Wait for the worker (tests, shutdown); results still arrive through the event loop."""
        return self.pool.waitForDone(msecs)
