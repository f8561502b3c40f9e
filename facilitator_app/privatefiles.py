"""Files only the user can read (0600 on POSIX): the database, backups and every export.

Notes and records name people at schools, so nothing the app writes may be
readable by other accounts on a shared machine. Shared by store, pdf and the
commands, hence a top-level module with no dependencies of its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PRIVATE_MODE = 0o600


def create_private(path: Path) -> None:
    """Create ``path`` (empty) readable and writable by its owner only, or tighten it if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_MODE))
    make_private(path)


def make_private(path: Path) -> None:
    if sys.platform != "win32":
        path.chmod(PRIVATE_MODE)


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by the user only, atomically.

    The bytes go to a hidden temporary file beside the target first, so a full
    disk or a crash never leaves a half-written PDF under the real name.
    """
    temporary = path.with_name(f".{path.name}.part")
    try:
        descriptor = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_MODE)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        make_private(temporary)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def not_private(paths: list[Path]) -> list[Path]:
    """Those of ``paths`` that others could read (always [] on Windows)."""
    if sys.platform == "win32":
        return []
    return [p for p in paths if p.exists() and p.stat().st_mode & 0o077]
