"""A database that cannot be written (read-only file, folder or file system): read it, say why.

A USB stick with its lock switched on, a network share mounted read-only, a
file copied from a CD keep their notes readable: the store opens them with
SQLite's ``mode=ro``, or with ``immutable=1`` when even the ``-shm`` file
SQLite needs for a WAL database cannot be created beside it. Every write then
fails with SQLITE_READONLY, which :func:`.errors.classify` turns into a calm
message; the app and the command line show :func:`why_read_only`'s reason.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

_AND_SO = "Lezen kan, wijzigen niet."


def why_read_only(path: Path) -> str | None:
    """Why the existing database at ``path`` cannot be written, in Dutch; None when it can."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return (
                f"De database staat op een schijf die alleen gelezen kan worden ({folder}). {_AND_SO} "
                "Kopieer de database naar een map waarin je mag schrijven en open die kopie (--db) om te bewerken."
            )
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    if not os.access(path, os.W_OK):
        return (
            f"Het databasebestand is alleen-lezen ({path}). {_AND_SO} "
            "Geef jezelf schrijfrechten op het bestand (Eigenschappen) om te bewerken."
        )
    if not os.access(folder, os.W_OK):
        return (
            f"In de map van de database mag je niet schrijven ({folder}). {_AND_SO} "
            "Geef jezelf schrijfrechten op de map, of kopieer de database naar een andere map (--db)."
        )
    return None


def connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """``mode=ro``; ``immutable=1`` when SQLite cannot even create the ``-shm`` it needs to read."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    # Nothing can write the file while it is read-only for us too, so reading it as unchanging is safe.
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout)
