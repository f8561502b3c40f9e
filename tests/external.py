"""Programs outside Python that some tests need (pdffonts, pdftoppm, pdftotext, qpdf, Xvfb, openbox).

On a developer's machine a missing one skips the test; in CI (``CI`` set,
as ``.ci/run`` does) it fails it, so a check that never ran cannot pass as
green. ``.ci/run`` installs every program named here.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def require(*programs: str) -> None:
    """Skip (locally) or fail (in CI) the calling test when one of ``programs`` is not on the PATH."""
    missing = [program for program in programs if shutil.which(program) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (.ci/run installs it)"
    if os.environ.get("CI"):
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)


def run_on_x_server(
    command: list[str], folder: Path, *, screen: str, wm: bool, env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` on a fresh Xvfb of ``screen`` (``-screen 0 WxHxD``), with openbox placing windows if ``wm``."""
    require("xvfb-run", *(["openbox"] if wm else []))
    inner = shlex.join(command)
    if wm:  # the command starts once openbox manages the screen (--startup runs when it is up)
        ready = folder / "openbox-ready"
        inner = (
            f"(openbox --startup {shlex.quote(f'touch {shlex.quote(str(ready))}')} >/dev/null 2>&1 &); "
            f"while [ ! -e {shlex.quote(str(ready))} ]; do sleep 0.05; done; {inner}"
        )
    with _one_x_server_at_a_time():
        return subprocess.run(
            ["xvfb-run", "-a", "-s", screen, "sh", "-c", inner],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=cwd,
        )


def driver_result(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """What a driver child process (``tests/ui/*_driver.py``) saw: its last JSON line; it must have ended well."""
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads([row for row in done.stdout.splitlines() if row.startswith("{")][-1])
    return result


def run_driver_on_x_server(
    module: str, folder: Path, *, wm: bool, screen: str = "-screen 0 1366x768x24"
) -> dict[str, Any]:
    """``python -m module folder`` as a real X11 client (see :func:`run_on_x_server`); what it saw."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", module, str(folder)]
    return driver_result(run_on_x_server(command, folder, screen=screen, wm=wm, env=env, cwd=ROOT))


@contextmanager
def _one_x_server_at_a_time() -> Iterator[None]:
    """``xvfb-run -a`` takes the first free display number: two started at once by parallel workers
    (``make test`` runs pytest-xdist) can take the same one, and one fails. The workers take turns."""
    import fcntl  # POSIX, as Xvfb is

    with (Path(tempfile.gettempdir()) / "facilitator-app-tests-xvfb.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
