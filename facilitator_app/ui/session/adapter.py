"""The Qt face of a :class:`~facilitator_app.core.session_runner.SessionRunner`.

The runner is plain Python and calls its observers after every change; this
object turns those calls into Qt signals, so widgets connect to what they
show and repaint when told. It decides nothing: every rule (time, schedule,
what finishing needs) is the runner's. Commands go to the runner through
:meth:`RunnerSignals.command`, which turns a refusal into the ``refused``
signal (the window says it) instead of an exception in a slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ...core.session_runner import Change, RunnerError, SessionRunner
from ...store import StoreError

T = TypeVar("T")


class RunnerSignals(QObject):
    """Signals for one runner: what changed, and what was refused."""

    clock_changed = Signal()  # started, paused, minutes, fix: repaint the time
    box_changed = Signal()  # another time box (maybe another part) is current
    notes_changed = Signal()
    draft_changed = Signal()
    outcome_changed = Signal()
    phase_changed = Signal()  # started, finished (locked), amended
    refused = Signal(object)  # RunnerErrorCode: a command that does not fit the phase
    failed = Signal(object)  # StoreError: the store could not do it

    _SIGNALS = (
        (Change.CLOCK, "clock_changed"),
        (Change.BOX, "box_changed"),
        (Change.NOTES, "notes_changed"),
        (Change.DRAFT, "draft_changed"),
        (Change.OUTCOME, "outcome_changed"),
        (Change.PHASE, "phase_changed"),
    )

    def __init__(self, runner: SessionRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._unsubscribe = runner.subscribe(self._changed)
        self.destroyed.connect(lambda _obj=None: self._unsubscribe())

    def _changed(self, change: Change) -> None:
        for flag, name in self._SIGNALS:
            if flag in change:
                getattr(self, name).emit()

    def command(self, action: Callable[[], T]) -> T | None:
        """Run ``action`` on the runner; a refusal or a store error is signalled, not raised."""
        try:
            return action()
        except RunnerError as error:
            self.refused.emit(error.code)
        except StoreError as error:
            self.failed.emit(error)
        return None
