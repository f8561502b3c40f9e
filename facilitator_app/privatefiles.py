"""Files only the user can read (0600 on POSIX): the database, backups and every export.

Notes and records name people at schools, so nothing the app writes may be
readable by other accounts on a shared machine. Shared by store, pdf and the
commands, hence a top-level module with no dependencies of its own.

It is also the one gate for output the user names (``-o``, a save dialog):
:func:`refuse_own_file` refuses a path that is the database, one of its
journals or copies, or a backup. Whoever opens a database registers what
belongs to it with :func:`protect` (``Store.open``, the command line).
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

PRIVATE_MODE = 0o600

#: Per registration: what the file at a path is to the app ("de database"), or None for other files.
OwnFileCheck = Callable[[Path], str | None]
_checks: dict[int, OwnFileCheck] = {}


class OwnFileError(OSError):
    """The chosen output is one of the app's own files; nothing was written."""

    def __init__(self, path: Path, what: str) -> None:
        message = (
            f"'{path}' is {what} van de app; daar wordt niets overheen geschreven. "
            "Kies een andere bestandsnaam of map."
        )
        super().__init__(errno.EEXIST, message, str(path))
        self.message = message

    def __str__(self) -> str:
        return self.message


def protect(check: OwnFileCheck) -> Callable[[], None]:
    """Refuse, from now on, output to every path ``check`` names; returns the call that stops it."""
    key = id(check)
    _checks[key] = check

    def stop() -> None:
        _checks.pop(key, None)

    return stop


def refuse_own_file(path: Path) -> None:
    """Raise :class:`OwnFileError` when writing ``path`` would overwrite one of the app's own files."""
    for check in list(_checks.values()):
        what = check(path)
        if what:
            raise OwnFileError(path, what)


def create_private(path: Path) -> None:
    """Create ``path`` (empty) readable and writable by its owner only, or tighten it if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_MODE))
    make_private(path)


def make_private(path: Path) -> None:
    if sys.platform != "win32":
        path.chmod(PRIVATE_MODE)


@contextmanager
def atomic_file(path: Path, temporary: Path | None = None, *, sync: bool = True) -> Iterator[Path]:
    """The one atomic write: yields an empty owner-only file beside ``path`` to fill.

    When the block ends normally the file is flushed to disk and renamed over
    ``path`` in one step; whatever fails (a full disk, an error, Ctrl+C) it is
    removed and ``path`` keeps what it held. ``temporary`` names it where the
    store must recognise it (a backup's ``.partial``); by default it is
    ``.<name>.part``. A leftover (or a link placed there) is never written through.
    ``sync=False`` skips the flush to disk for a file that is only a shortcut.
    """
    temporary = temporary or path.with_name(f".{path.name}.part")
    temporary.unlink(missing_ok=True)
    try:
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))
        yield temporary
        if sync:
            descriptor = os.open(temporary, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        make_private(temporary)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """:func:`atomic_file` opened for writing bytes."""
    with atomic_file(path) as temporary, temporary.open("wb") as handle:
        yield handle


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by the user only, atomically (:func:`atomic_file`).

    A full disk or a crash never leaves a half-written PDF under the real
    name. The app's own files are refused (:func:`refuse_own_file`).
    """
    refuse_own_file(path)
    with atomic_writer(path) as handle:
        handle.write(data)


def not_private(paths: list[Path]) -> list[Path]:
    """Those of ``paths`` that others could read (always [] on Windows)."""
    if sys.platform == "win32":
        return []
    return [p for p in paths if p.exists() and p.stat().st_mode & 0o077]
