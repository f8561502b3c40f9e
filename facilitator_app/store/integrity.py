"""Is the database file sound? Checked at start-up when it may have changed, and at least daily.

At start-up :func:`verify` runs ``PRAGMA quick_check`` on the file before
anything writes to it. A damaged file raises :class:`DatabaseCorruptError`
and is left exactly as it was (never migrated, never replaced by an empty
database); the UI then offers the newest good backup (``ui/recovery.py``).

The check is skipped when the file is as this app left it: the private
sidecar ``<database>.check`` holds a *fingerprint* of the file (inode, size,
modification and change time in nanoseconds, all from ``stat``) taken at the
last clean close, and the time of the last passed check. When the next start
finds the same fingerprint and no leftover ``-wal`` (a crash or another open
window leaves one), no other program has written to the file and the check
is skipped -- unless the last passed check is older than
:data:`MAX_SKIP_AGE_SECONDS` (a day), so damage no program made (bit rot)
is still found within a day. Closing runs no check (it cost a second at a
thousand schools on every command); a backup is checked before it counts
(:func:`.backup.make_backup`), and that check counts for the database too.
``facilitator-app backups check`` runs the full ``integrity_check`` on demand.

The database file is never opened outside SQLite (see :func:`fingerprint`).
"""

from __future__ import annotations

import contextlib
import enum
import json
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ..core.problems import ErrorCode
from ..privatefiles import atomic_file
from . import files
from .errors import DatabaseCorruptError

SIDECAR_SUFFIX = files.CHECK_SUFFIX
# Check anyway when the last passed check is older than this.
MAX_SKIP_AGE_SECONDS = 24 * 3600


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


def _recorded(db_path: Path) -> tuple[Fingerprint, float] | None:
    """The sidecar's fingerprint and the time of the last passed check."""
    try:
        stored = json.loads(sidecar_path(db_path).read_text(encoding="utf-8"))
        checked_at = float(stored.pop("checked_at"))
        return Fingerprint(**stored), checked_at
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def unchanged_since_last_check(db_path: Path) -> bool:
    """True when the file is as this app left it, has no WAL, and passed a check within a day."""
    wal = wal_path(db_path)
    if wal.exists() and wal.stat().st_size > 0:
        return False
    recorded = _recorded(db_path)
    if recorded is None:
        return False
    remembered, checked_at = recorded
    if not 0 <= time.time() - checked_at < MAX_SKIP_AGE_SECONDS:
        return False  # damage no program made (bit rot) is caught within a day
    return fingerprint(db_path) == remembered


def remember(db_path: Path, checked_at: float | None = None) -> None:
    """Record the file's current fingerprint and when it last passed a check (now by default)."""
    current = fingerprint(db_path)
    target = sidecar_path(db_path)
    if current is None:
        forget(db_path)
        return
    record = {**asdict(current), "checked_at": checked_at or time.time()}
    try:
        # Not synced to disk: a sidecar lost in a crash only costs the next start a check.
        with atomic_file(target, target.with_name(target.name + ".tmp"), sync=False) as temporary:
            temporary.write_text(json.dumps(record), encoding="utf-8")
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
    return DatabaseCorruptError(code=ErrorCode.DATABASE_CORRUPT, path=str(path))


def verify(conn: sqlite3.Connection, path: Path, *, force: bool = False) -> CheckResult:
    """The start-up check; raises :class:`DatabaseCorruptError` and writes nothing when damaged."""
    if not force and unchanged_since_last_check(path):
        return CheckResult.SKIPPED
    if problems(conn):
        forget(path)
        raise corrupt_error(path)
    remember(path)
    return CheckResult.PASSED


def check_now(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The full ``integrity_check``, on demand; remembered as the last passed check when sound."""
    found = problems(conn, full=True)
    if found:
        forget(path)
    else:
        remember(path)
    return found


def after_close(db_path: Path | None) -> None:
    """At a clean close: the file as this app left it, good as of its last passed check.

    Closing checkpoints the WAL and changes the file, hence after, not before.
    Our own writes do not make the file suspect; another program's would
    change the fingerprint. With another connection still open the WAL stays,
    and the next start checks.
    """
    if db_path is None:
        return
    recorded = _recorded(db_path)
    if recorded is None or not db_path.exists():
        forget(db_path)
        return
    remember(db_path, recorded[1])


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
