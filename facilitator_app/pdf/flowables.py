"""Small flowables for paper forms: tick boxes and writing lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from facilitator_app.pdf.styles import MUTED, RULE


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick, centred in its cell."""

    def __init__(self, side: float = 4.2 * mm) -> None:
        super().__init__()
        self.side = side
        self._width = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.side

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.8)
        self.canv.rect((self._width - self.side) / 2, 0, self.side, self.side, stroke=1, fill=0)


class WritingLines(Flowable):  # type: ignore[misc]
    """``count`` ruled lines to write on, ``spacing`` apart."""

    def __init__(self, count: int, spacing: float = 8.5 * mm) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.count * self.spacing

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        for index in range(self.count):
            y = index * self.spacing + 0.5
            self.canv.line(0, y, self._width, y)
