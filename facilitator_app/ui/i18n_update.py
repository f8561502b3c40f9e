"""Regenerate the Dutch translation files: ``python -m facilitator_app.ui.i18n_update``.

Runs pyside6-lupdate over app.py and the ui package (new strings become
unfinished entries in the .ts), then pyside6-lrelease to compile the .qm.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .. import resources
from .i18n import TS_NAME

_PACKAGE = Path(__file__).resolve().parent.parent


def sources() -> list[Path]:
    return [_PACKAGE / "app.py", *sorted((_PACKAGE / "ui").rglob("*.py"))]


def tool(name: str) -> str:
    # The tools sit next to the interpreter in a virtualenv.
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def update(ts_file: Path | None = None, qm_file: Path | None = None) -> None:
    ts = ts_file or resources.translations_dir() / f"{TS_NAME}.ts"
    qm = qm_file or ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts), "-no-obsolete", "-locations", "none"],
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    update()
