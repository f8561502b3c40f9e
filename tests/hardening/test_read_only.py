"""A database that cannot be written is read, and the app and the command line say why.

Real read-only places, not a simulation: a read-only bind mount in a private
mount namespace (``unshare``) for a read-only file system, and a normal user
(``setpriv``, as root may write anywhere) for a read-only folder or file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_app.core.models import Catalogue
from facilitator_app.store import Store

from .conftest import fill

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534
# The real app, its window up, reports what the window says and quits.
LOOK_AT_THE_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from facilitator_app import app

def look():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    print("TITLE", window.windowTitle())
    print("BANNER", window.findChild(QLabel, "readOnlyBanner").text())
    QApplication.instance().quit()

app.prepare_application()
QTimer.singleShot(1500, look)
sys.exit(app.run_gui(Path(sys.argv[1])))
"""

needs_root = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root, to act as a normal user with setpriv",
)


def read_only_mount(folder: Path) -> list[str]:
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, "sh", str(folder)]


def can_mount_read_only() -> bool:
    if shutil.which("unshare") is None:
        return False
    with tempfile.TemporaryDirectory() as folder:
        return subprocess.run([*read_only_mount(Path(folder)), "true"], capture_output=True).returncode == 0


AS_NOBODY = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def run(prefix: list[str], *argv: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return subprocess.run(
        [*prefix, sys.executable, *argv], capture_output=True, text=True, env=env, cwd="/", timeout=90
    )


def cli(prefix: list[str], db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(prefix, "-m", "facilitator_app", "--db", str(db_path), *args)


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture
def shared_folder(catalogue: Catalogue) -> Iterator[Path]:
    """A folder any user can reach (pytest's own tmp folders are root's alone), with a filled database."""
    folder = Path(tempfile.mkdtemp(prefix="facilitator-ro-"))
    folder.chmod(0o755)
    with Store.open(folder / "facilitator.sqlite3", catalogue) as store:
        fill(store)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def assert_reads_but_does_not_write(prefix: list[str], db_path: Path, reason: str) -> None:
    before = fingerprint(db_path.parent)
    listed = cli(prefix, db_path, "sessions", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Eerste sessie" in listed.stdout
    assert reason in listed.stderr and "Lezen kan, wijzigen niet" in listed.stderr
    added = cli(prefix, db_path, "schools", "add", "Nieuwe school")
    assert added.returncode == 1
    assert "kan niet worden beschreven" in added.stderr and "Traceback" not in added.stderr
    assert fingerprint(db_path.parent) == before  # not a byte written, no journal left beside it


@pytest.mark.fault
@pytest.mark.skipif(not can_mount_read_only(), reason="needs unshare and mount in a user namespace")
def test_read_only_file_system_reads_and_says_why_editing_is_off(shared_folder: Path) -> None:
    db_path = shared_folder / "facilitator.sqlite3"
    mount = read_only_mount(shared_folder)
    assert_reads_but_does_not_write(mount, db_path, "alleen gelezen kan worden")
    before = fingerprint(shared_folder)
    window = run(mount, "-c", LOOK_AT_THE_WINDOW, str(db_path))
    assert window.returncode == 0, window.stderr
    title, banner = window.stdout.split("BANNER")
    assert "alleen lezen" in title.lower()
    assert "De database staat op een schijf die alleen gelezen kan worden" in banner
    assert "Lezen kan, wijzigen niet" in banner
    assert fingerprint(shared_folder) == before


@pytest.mark.fault
@needs_root
def test_read_only_folder_reads_and_says_why_editing_is_off(shared_folder: Path) -> None:
    db_path = shared_folder / "facilitator.sqlite3"
    os.chown(db_path, NOBODY, NOBODY)  # the user's file, in a folder that is not theirs to write
    assert_reads_but_does_not_write(AS_NOBODY, db_path, "In de map van de database mag je niet schrijven")


@pytest.mark.fault
@needs_root
def test_read_only_file_reads_and_says_why_editing_is_off(shared_folder: Path) -> None:
    db_path = shared_folder / "facilitator.sqlite3"
    for path in (shared_folder, db_path):
        os.chown(path, NOBODY, NOBODY)
    db_path.chmod(0o400)
    listed = cli(AS_NOBODY, db_path, "sessions", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Het databasebestand is alleen-lezen" in listed.stderr
    added = cli(AS_NOBODY, db_path, "schools", "add", "Nieuwe school")
    assert added.returncode == 1 and "kan niet worden beschreven" in added.stderr
    assert "Traceback" not in added.stderr
