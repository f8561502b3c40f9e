"""docs/screenshots.py (make screenshots) still drives the app: it broke unseen when a session-window method moved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_screenshot_script_walks_every_screen(tmp_path: Path) -> None:
    # --only keeps one picture, but the script still walks every screen and dialog to get there.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "screenshots.py"), str(tmp_path), "--only", "session-part3"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "session-part3.png").stat().st_size > 10_000
