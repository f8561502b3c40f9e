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

import contextlib
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from functools import partial
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
        runner: TaskRunner,
        on_success: Callable[[T], object],
        on_failure: Callable[[Exception], object] | None,
        on_progress: Callable[..., object] | None,
        on_cancelled: Callable[[], object] | None,
    ) -> None:
        self._runner = runner
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
        self._runner._post(self, closure)

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


class TaskRunner(QObject):
    """Runs tasks one after another on its own worker thread; owned by the widget that shows them.

    One worker: ReportLab and pdfium keep module-level state, and one render at a
    time is plenty. Close the owner with :meth:`stop` (tasks are asked to stop and
    awaited, so nothing is written after the owner is gone).
    """

    _posted = Signal(object, object)  # (handle, closure), emitted on the worker, received on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None
        self._keyed: dict[str, TaskHandle[Any]] = {}
        self._handles: list[TaskHandle[Any]] = []
        self._posted.connect(self._run_posted)

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
        handle: TaskHandle[T] = TaskHandle(self, on_success, on_failure, on_progress, on_cancelled)
        if key is not None:
            self._keyed[key] = handle
        self._handles = [*(h for h in self._handles if h.running()), handle]
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="facilitator-task")
        handle.future = self._executor.submit(handle._execute, task)
        return handle

    def discard(self, key: str) -> None:
        """Drop the last task run under ``key``, if any (see :meth:`TaskHandle.discard`)."""
        handle = self._keyed.pop(key, None)
        if handle is not None:
            handle.discard()

    def busy(self) -> bool:
        """A task is queued or running, or its outcome is still on its way."""
        return any(handle.running() for handle in self._handles)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is idle (tests, closing); outcomes still arrive through the event loop."""
        futures = [h.future for h in self._handles if h.future is not None]
        return not wait_for(futures, timeout).not_done  # a task's own error is delivered, never raised

    def stop(self) -> None:
        """Discard every task, wait for the one running to end; the owner is closing."""
        for handle in self._handles:
            handle.discard()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _post(self, handle: TaskHandle[Any], closure: Callable[[], object]) -> None:
        # The owner may be gone (its C++ side deleted) while the task ran: then nobody listens.
        with contextlib.suppress(RuntimeError):
            self._posted.emit(handle, closure)

    def _run_posted(self, handle: TaskHandle[Any], closure: Callable[[], object]) -> None:
        if not handle._discarded:
            closure()
