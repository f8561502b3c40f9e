"""The task runner: work on a worker thread, everything it says delivered on the GUI thread."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from facilitator_app.store import Store, StoreError
from facilitator_app.ui.tasks import TaskContext, TaskRunner

TIMEOUT_MS = 10_000


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.stop()


def test_progress_then_result_arrive_in_order_on_the_gui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    seen: list[tuple[str, object, bool]] = []
    worker: list[threading.Thread] = []

    def task(context: TaskContext) -> int:
        worker.append(threading.current_thread())
        for step in range(3):
            context.progress(step, f"stap {step}")
        return 42

    def note(kind: str, value: object) -> None:
        seen.append((kind, value, threading.current_thread() is threading.main_thread()))

    handle = runner.run(
        task,
        on_success=lambda result: note("done", result),
        on_progress=lambda step, text: note("progress", (step, text)),
    )
    assert handle.running() and runner.busy()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)
    assert worker and worker[0] is not threading.main_thread()
    assert seen == [
        ("progress", (0, "stap 0"), True),
        ("progress", (1, "stap 1"), True),
        ("progress", (2, "stap 2"), True),
        ("done", 42, True),
    ]


def test_an_error_arrives_as_the_exception_itself(runner: TaskRunner, qtbot: QtBot) -> None:
    failures: list[Exception] = []

    def task(_context: TaskContext) -> None:
        raise ValueError("kapot")

    runner.run(task, on_success=lambda _r: pytest.fail("no result"), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=TIMEOUT_MS)
    assert isinstance(failures[0], ValueError) and str(failures[0]) == "kapot"


def test_the_store_refuses_a_worker_thread_and_that_arrives_as_an_error(
    runner: TaskRunner, store: Store, qtbot: QtBot
) -> None:
    """Why tasks get plain data: the store's SQLite connection belongs to the GUI thread."""
    failures: list[Exception] = []
    runner.run(lambda _context: store.schools.all(), on_success=lambda _r: None, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=TIMEOUT_MS)
    assert isinstance(failures[0], (sqlite3.ProgrammingError, StoreError))
    assert store.schools.all() is not None  # and the GUI thread's connection is fine


def test_cancel_is_seen_by_the_task_and_reported(runner: TaskRunner, qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def task(context: TaskContext) -> None:
        started.set()
        while True:
            context.check()
            threading.Event().wait(0.005)

    handle = runner.run(
        task, on_success=lambda _r: outcome.append("done"), on_cancelled=lambda: outcome.append("cancelled")
    )
    assert started.wait(TIMEOUT_MS / 1000)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT_MS)
    assert outcome == ["cancelled"] and not handle.running()


def test_a_newer_task_of_the_same_key_drops_the_older_one(runner: TaskRunner, qtbot: QtBot) -> None:
    release = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def blocking(_context: TaskContext) -> str:
        ran.append("first")
        release.wait(TIMEOUT_MS / 1000)
        return "first"

    def quick(name: str) -> Callable[[TaskContext], str]:
        def task(_context: TaskContext) -> str:
            ran.append(name)
            return name

        return task

    runner.run(blocking, on_success=delivered.append, key="preview")
    qtbot.waitUntil(lambda: ran == ["first"], timeout=TIMEOUT_MS)
    runner.run(quick("second"), on_success=delivered.append, key="preview")
    runner.run(quick("third"), on_success=delivered.append, key="preview")
    release.set()
    qtbot.waitUntil(lambda: delivered == ["third"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)
    # The running one finished but was not shown; the one that waited never ran.
    assert ran == ["first", "third"] and delivered == ["third"]


def test_stop_waits_and_nothing_arrives_afterwards(runner: TaskRunner, qtbot: QtBot) -> None:
    started = threading.Event()
    finished = threading.Event()
    delivered: list[object] = []

    def task(context: TaskContext) -> str:
        started.set()
        threading.Event().wait(0.2)
        finished.set()
        context.check()
        return "te laat"

    runner.run(task, on_success=delivered.append, on_cancelled=lambda: delivered.append("cancelled"))
    assert started.wait(TIMEOUT_MS / 1000)
    runner.stop()
    assert finished.is_set()  # stop() returned only after the task ended
    QCoreApplication.processEvents()  # what the task posted before it ended is handled now: dropped
    assert delivered == []


def test_an_owner_deleted_while_its_task_runs_gets_nothing_and_does_not_wait(qtbot: QtBot) -> None:
    """A page or dialog deleted mid-render: its task ends on its own, nothing reaches the dead widget."""
    release = threading.Event()
    delivered: list[object] = []
    owner = QWidget()
    runner = TaskRunner(owner)
    handle = runner.run(lambda _context: release.wait(TIMEOUT_MS / 1000), on_success=delivered.append)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # returns while the task runs
    assert not Shiboken.isValid(runner) and not release.is_set()
    release.set()
    assert handle.future is not None
    handle.future.result(TIMEOUT_MS / 1000)
    QCoreApplication.processEvents()
    assert delivered == []


def test_owners_deleted_as_their_tasks_end_never_crash(qtbot: QtBot) -> None:
    """The race the suite once hit (a worker's signal on a runner being deleted): run it many times."""
    delivered: list[object] = []
    futures = []
    for _ in range(300):
        owner = QWidget()
        handle = TaskRunner(owner).run(lambda _context: None, on_success=delivered.append)
        futures.append(handle.future)
        owner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    for future in futures:
        assert future is not None
        future.result(TIMEOUT_MS / 1000)
    QCoreApplication.processEvents()
    assert delivered == []
