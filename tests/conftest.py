"""Shared fixtures. Every test runs against its own temporary data directory,
so no test ever touches a real user's database."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to open a real display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store

TESTS_DIR = Path(__file__).parent
UI_DIR = TESTS_DIR / "ui"
# The files that take longest (10-45 s each, mostly waiting on PyInstaller, a killed app, an X server or
# rasterised pages) run first, so no worker starts one of them when the others are nearly done.
LONGEST_FIRST = (
    "test_packaging.py",
    "ui/test_crash_recovery.py",
    "pdf/test_contrast.py",
    "ui/test_direct_print.py",
    "ui/test_presenter_placement.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/ui needs Qt: mark it so `-m "not gui"` runs the fast set."""
    for item in items:
        if UI_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
    rank = {str(TESTS_DIR / name): place for place, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(str(item.fspath), len(rank)))  # stable: the rest keep their order


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After pytest-qt has closed a test's widgets: delete them now, not at some later event loop.

    ``deleteLater`` outside a running event loop waits for one, so without this every window a
    test made stayed alive for the rest of its worker, and each later style sheet or language
    switch restyled hundreds of dead widgets (a test taking 0.9 s instead of 0.01 s).
    """
    result = yield
    qt_core = sys.modules.get("PySide6.QtCore")  # no Qt import for tests that never used it
    if qt_core is not None and qt_core.QCoreApplication.instance() is not None:
        qt_core.QCoreApplication.sendPostedEvents(None, qt_core.QEvent.Type.DeferredDelete.value)
    return result


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.setenv("FACILITATOR_APP_DB", str(home / "default.sqlite3"))
    return home


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(resources.cards_dir())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "facilitator.sqlite3"


@pytest.fixture(scope="session")
def new_database(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> Path:
    """A new database file, migrated and with the built-in content, made once per test run."""
    path = tmp_path_factory.mktemp("new-database") / "facilitator.sqlite3"
    Store.open(path, catalogue).close()
    return path


@pytest.fixture
def store(db_path: Path, catalogue: Catalogue, new_database: Path) -> Iterator[Store]:
    """The test's own store, as a new database: a copy of one made once (making one takes ~0.1 s)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(new_database, db_path)
    opened = Store.open(db_path, catalogue)
    yield opened
    opened.close()
