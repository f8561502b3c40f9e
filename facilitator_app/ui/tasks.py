"""The one way the app does slow work off the GUI thread (modelled on Anki's ``aqt/taskman.py``).

``runner.run(task, on_success=…)`` calls ``task(context)`` on the runner's
worker thread and delivers what happens to it on the GUI thread, in order:
``on_progress(*values)`` for every :meth:`TaskContext.progress`, then exactly
one of ``on_success(result)``, ``on_cancelled()`` (the task raised
:class:`TaskCancelled`, see :meth:`TaskContext.check`) or ``on_failure(error)``
(any other exception, as the exception itself). A task that is *discarded*
(:meth:`TaskHandle.discard`, or a newer task run under the same ``key``)
delivers nothing more: a result that is no longer wanted never reaches the
screen, and a discarded task still waiting in the queue does not run at all.

The task runs on another thread, so it must not touch a widget, nor the
:class:`~facilitator_app.store.Store`: its SQLite connection belongs to the GUI
thread (sqlite3 refuses it from another). Gather what the task needs first, as
plain data (frozen core objects, bytes, paths), and hand that over.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from functools import cache, partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


class TaskCancelled(Exception):  # noqa: N818 - the name says what happened, as asyncio's CancelledError
    """Raised inside a task to stop it: the owner gets ``on_cancelled``."""


class TaskContext:
    """What a running task may use: report progress, see whether it should stop."""

    def __init__(self, handle: TaskHandle[Any]) -> None:
        self._handle = handle

    def progress(self, *values: object) -> None:
        """Pass ``values`` to the owner's ``on_progress`` on the GUI thread."""
        self._handle._deliver(partial(self._handle._on_progress, *values))

    def cancelled(self) -> bool:
        return self._handle._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`TaskCancelled` when the owner asked to stop; call it between steps."""
        if self.cancelled():
            raise TaskCancelled


class TaskHandle(Generic[T]):
    """One task handed to the runner: ask it to stop, or drop whatever it still delivers."""

    def __init__(
        self,
        on_success: Callable[[T], object],
        on_failure: Callable[[Exception], object] | None,
        on_progress: Callable[..., object] | None,
        on_cancelled: Callable[[], object] | None,
    ) -> None:
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress_callback = on_progress
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self._discarded = False  # read and written on the GUI thread only
        self._finished = False
        self.future: Future[None] | None = None  # done when the task has run (or was dropped)

    def cancel(self) -> None:
        """Ask the task to stop at its next :meth:`TaskContext.check`; its outcome is still delivered."""
        self._cancel.set()

    def discard(self) -> None:
        """Stop it if it checks, and deliver nothing more from it (not even its end)."""
        self._cancel.set()
        self._discarded = True
        self._finished = True

    def running(self) -> bool:
        """True until its outcome was delivered (or it was discarded)."""
        return not self._finished

    def _on_progress(self, *values: object) -> None:
        if self._on_progress_callback is not None:
            self._on_progress_callback(*values)

    def _deliver(self, closure: Callable[[], object]) -> None:
        """From the worker: run ``closure`` on the GUI thread, unless discarded by then."""
        _bridge().posted.emit(self, closure)

    def _execute(self, task: Callable[[TaskContext], T]) -> None:
        """On the worker thread."""
        if self._cancel.is_set() and self._discarded:
            return  # dropped while it waited: no work for nothing
        try:
            result = task(TaskContext(self))
        except TaskCancelled:
            self._deliver(self._cancelled)
        except Exception as error:  # delivered as an error, never lost on the worker thread
            self._deliver(partial(self._failed, error))  # bound now: ``error`` is unset after the block
        else:
            self._deliver(partial(self._succeeded, result))

    def _succeeded(self, result: T) -> None:
        self._finished = True
        self._on_success(result)

    def _cancelled(self) -> None:
        self._finished = True
        if self._on_cancelled is not None:
            self._on_cancelled()

    def _failed(self, error: Exception) -> None:
        self._finished = True
        if self._on_failure is not None:
            self._on_failure(error)
        else:  # nobody handles it: the app's exception hook reports it, as any other bug
            sys.excepthook(type(error), error, error.__traceback__)


class _Bridge(QObject):
    """Carries outcomes from the worker threads to the GUI thread; one for the app, never deleted.

    Not the runner itself: its owner may be deleted while a task runs, and a signal
    emitted on another thread cannot tell safely whether its object still exists (a
    test saw it crash). This object lives until the process ends; whether an outcome
    is still wanted is decided on the GUI thread, where owners are deleted.
    """

    posted = Signal(object, object)  # (handle, closure), emitted on a worker, received on the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run)

    def _run(self, handle: TaskHandle[Any], closure: Callable[[], object]) -> None:
        if not handle._discarded:
            closure()


@cache
def _bridge() -> _Bridge:
    return _Bridge()  # first asked for by a TaskRunner, so made on the GUI thread


class _Work:
    """A runner's tasks and thread, apart from the QObject, so they can be let go when it is deleted."""

    def __init__(self) -> None:
        self.executor: ThreadPoolExecutor | None = None
        self.handles: list[TaskHandle[Any]] = []

    def stop(self, *, wait: bool) -> None:
        for handle in self.handles:
            handle.discard()
        if self.executor is not None:
            self.executor.shutdown(wait=wait, cancel_futures=True)
            self.executor = None


class TaskRunner(QObject):
    """Runs tasks one after another on its own worker thread; owned by the widget that shows them.

    One worker: ReportLab and pdfium keep module-level state, and one render at a
    time is plenty. Close the owner with :meth:`stop` (tasks are asked to stop and
    awaited, so nothing is written after the owner is gone).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        _bridge()
        self._keyed: dict[str, TaskHandle[Any]] = {}
        self._work = work = _Work()
        # Deleted without stop(): deliver nothing and do not block the GUI. A lambda, not a bound
        # method: PySide holds a bound method's object weakly, and nothing else may hold ``work``.
        self.destroyed.connect(lambda _destroyed=None: work.stop(wait=False))

    def run(
        self,
        task: Callable[[TaskContext], T],
        *,
        on_success: Callable[[T], object],
        on_failure: Callable[[Exception], object] | None = None,
        on_progress: Callable[..., object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
        key: str | None = None,
    ) -> TaskHandle[T]:
        """Queue ``task``; returns at once. With ``key``, the last task of that key is discarded."""
        if key is not None:
            previous = self._keyed.get(key)
            if previous is not None:
                previous.discard()
        handle: TaskHandle[T] = TaskHandle(on_success, on_failure, on_progress, on_cancelled)
        if key is not None:
            self._keyed[key] = handle
        work = self._work
        work.handles[:] = [*(h for h in work.handles if h.running()), handle]
        if work.executor is None:
            work.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="facilitator-task")
        handle.future = work.executor.submit(handle._execute, task)
        return handle

    def discard(self, key: str) -> None:
        """Drop the last task run under ``key``, if any (see :meth:`TaskHandle.discard`)."""
        handle = self._keyed.pop(key, None)
        if handle is not None:
            handle.discard()

    def busy(self) -> bool:
        """A task is queued or running, or its outcome is still on its way."""
        return any(handle.running() for handle in self._work.handles)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is idle (tests, closing); outcomes still arrive through the event loop."""
        futures = [h.future for h in self._work.handles if h.future is not None]
        return not wait_for(futures, timeout).not_done  # a task's own error is delivered, never raised

    def stop(self) -> None:
        """Discard every task, wait for the one running to end; the owner is closing."""
        self._work.stop(wait=True)
