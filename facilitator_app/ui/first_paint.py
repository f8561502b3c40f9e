"""Run work once a window has been painted for the first time.

``QTimer.singleShot(0, …)`` after ``show()`` is not enough: the zero timer
fires in the first pass of the event loop, before the window's first paint
(the start-up backup ran that way before the window appeared). A paint event
on the window itself marks the frame; the work is queued behind it, so the
frame is on screen first. A window that is never painted (minimised at start,
no screen) gets its work after :data:`FALLBACK_MS` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1500


class Deferred:
    """The work waiting for a first paint; ``done`` once it has run (plain Python: outlives the window)."""

    def __init__(self, work: list[Callable[[], object]]) -> None:
        self.work = work
        self.done = False

    def run(self) -> None:
        if self.done:
            return
        self.done = True
        for step in self.work:
            step()


class _PaintWatcher(QObject):
    def __init__(self, window: QWidget, deferred: Deferred) -> None:
        super().__init__(window)
        self.deferred = deferred
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.deferred.run)  # behind this frame's flush
        return False


def after_first_paint(window: QWidget, *work: Callable[[], object]) -> Deferred:
    """Run ``work`` in order once ``window`` has painted its first frame (or after a fallback delay)."""
    deferred = Deferred(list(work))
    watcher = _PaintWatcher(window, deferred)
    QTimer.singleShot(FALLBACK_MS, watcher, deferred.run)
    return deferred
