"""The command line in this process: ``facilitator-app ARGS`` through :func:`facilitator_app.cli.main`.

A subprocess per command costs a Python start and all our imports (~0.5 s
each); the tests run commands here instead, with stdout and stderr captured.
Only tests whose point is a separate process (an entry point, the
environment, a crash, a live second writer, bytes as argv) start one.
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from facilitator_app import cli


@dataclass(frozen=True)
class CliResult:
    """What the command did, with the names of :class:`subprocess.CompletedProcess`."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*argv: str | os.PathLike[str]) -> CliResult:
    """Run ``facilitator-app *argv``; argparse's exits (``--help``, wrong arguments) become the return code."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main([str(arg) for arg in argv])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return CliResult(code, out.getvalue(), err.getvalue())


def run_db(db: Path, *argv: str | os.PathLike[str], check: bool = True) -> CliResult:
    """``facilitator-app --db DB *argv``; with ``check`` a failure shows its stderr."""
    result = run_cli("--db", db, *argv)
    if check:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    return result
