"""Read a file the user chose without trusting it: regular files only, never more than a cap.

A pipe named ``visie.txt`` would block an ordinary ``open`` for ever, and
``/dev/zero`` behind a link reports a size of 0 and never ends; so the file
is opened without blocking, its kind is checked on the open descriptor (no
race with a rename), and at most one byte past the cap is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotARegularFileError(OSError):
    """A folder, pipe, socket or device where a document was expected."""


class TooBigError(OSError):
    """More than the cap, whatever the file system said about its size."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``limit`` of them.

    Raises :class:`NotARegularFileError`, :class:`TooBigError` or another
    :class:`OSError`; callers turn them into their own Dutch message.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFileError(str(path))
        if info.st_size > limit:
            raise TooBigError(str(path))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooBigError(str(path))
    return data
