"""Is the database file sound? Checked at every start, cheaply when nothing changed.

At start-up :func:`verify` runs ``PRAGMA quick_check`` on the file before
anything writes to it. A damaged file raises :class:`DatabaseCorruptError`
and is left exactly as it was (never migrated, never replaced by an empty
database); the UI then offers the newest good backup (``ui/recovery.py``).

The fast path: after a passed check, a *fingerprint* of the file (inode,
size, modification and change time in nanoseconds, all from ``stat``) is kept in a
private sidecar file ``<database>.check``. When the next start finds the same
fingerprint and no leftover ``-wal`` file (a crash leaves one), no program
has written to the file since the passed check and the check is skipped --
for at most a week (:data:`MAX_SKIP_AGE_SECONDS`): damage no program made
(bit rot on an old disk) is still found within a week. The file itself is
never opened outside SQLite (see :func:`fingerprint`). The
store records the fingerprint at a clean close, after one more quick check
(``Store.close`` and :func:`after_close`), so the cost falls when the window is already
gone rather than when the user waits for it.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import files
from .errors import DatabaseCorruptError

SIDECAR_SUFFIX = files.CHECK_SUFFIX
# Check anyway when the last passed check is older than this.
MAX_SKIP_AGE_SECONDS = 7 * 24 * 3600


class CheckResult(enum.Enum):
    SKIPPED = "skipped"  # unchanged since the last passed check
    PASSED = "passed"


@dataclass(frozen=True)
class Fingerprint:
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int


def sidecar_path(db_path: Path) -> Path:
    return files.check_file(db_path)


def wal_path(db_path: Path) -> Path:
    return files.sqlite_side(db_path, "-wal")


def fingerprint(db_path: Path) -> Fingerprint | None:
    """Identity, size and times of the file from ``stat``; None when it cannot be seen.

    Never ``open()`` the database (or its ``-wal``/``-shm``) outside SQLite:
    on POSIX, closing any descriptor of a file drops every lock the process
    holds on it, so another process's SQLite would think it is the last user
    and delete the WAL this process still writes to (SQLite's "How To Corrupt
    An SQLite Database File", 2.2). ``stat`` opens nothing. The change time
    cannot be set back by any program, so a write that restores the mtime is
    still seen.
    """
    try:
        stat = db_path.stat()
    except OSError:
        return None
    return Fingerprint(stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def unchanged_since_last_check(db_path: Path) -> bool:
    """True when the file matches the fingerprint of its last passed check and has no WAL."""
    wal = wal_path(db_path)
    if wal.exists() and wal.stat().st_size > 0:
        return False
    try:
        stored = json.loads(sidecar_path(db_path).read_text(encoding="utf-8"))
        checked_at = float(stored.pop("checked_at"))
        remembered = Fingerprint(**stored)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return False
    if not 0 <= time.time() - checked_at < MAX_SKIP_AGE_SECONDS:
        return False  # damage that keeps size and mtime (bit rot) is caught within a week
    return fingerprint(db_path) == remembered


def remember(db_path: Path) -> None:
    """Record the file's current fingerprint as known good (call only after a passed check)."""
    current = fingerprint(db_path)
    target = sidecar_path(db_path)
    if current is None:
        forget(db_path)
        return
    temporary = target.with_name(target.name + ".tmp")
    try:
        descriptor = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({**asdict(current), "checked_at": time.time()}, handle)
        temporary.replace(target)
    except OSError:
        # Only an optimisation: without it the next start simply checks again.
        forget(db_path)


def forget(db_path: Path) -> None:
    sidecar = sidecar_path(db_path)
    for path in (sidecar, sidecar.with_name(sidecar.name + ".tmp")):
        with contextlib.suppress(OSError):
            path.unlink()


def problems(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """What ``quick_check`` (or ``integrity_check`` with ``full``) reports; [] when sound.

    A file so damaged that the check itself cannot run counts as a problem too.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def corrupt_error(path: Path) -> DatabaseCorruptError:
    return DatabaseCorruptError(
        f"Het databasebestand is beschadigd ({path}). Er is niets overschreven. "
        "Zet de nieuwste goede reservekopie terug of start met een andere database (--db)."
    )


def verify(conn: sqlite3.Connection, path: Path, *, force: bool = False) -> CheckResult:
    """The start-up check; raises :class:`DatabaseCorruptError` and writes nothing when damaged."""
    if not force and unchanged_since_last_check(path):
        return CheckResult.SKIPPED
    if problems(conn):
        forget(path)
        raise corrupt_error(path)
    return CheckResult.PASSED


def after_close(db_path: Path | None, sound: bool) -> None:
    """At a clean close: remember the file as good when the check just before closing passed.

    Closing checkpoints the WAL and changes the file, hence after, not before.
    With another connection still open the WAL stays, and the next start checks.
    """
    if db_path is None:
        return
    if sound and db_path.exists():
        remember(db_path)
    else:
        forget(db_path)


def file_is_sound(path: Path, *, full: bool = False) -> bool:
    """Check a closed file (a backup) read-only, without creating any journal next to it."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return not problems(conn, full=full)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
