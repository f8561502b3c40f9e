"""What every repository shares: the connection and error translation.

This module and :mod:`.errors` are the bottom of the store: repositories import them, never each other.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from .errors import classify


def like_pattern(text: str, *, prefix: bool = False) -> str:
    """``%text%`` (or ``text%``) for ``LIKE ? ESCAPE '\\'``: a typed ``%`` or ``_`` matches only itself."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%" if prefix else f"%{escaped}%"


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One write transaction that takes the write lock first (``BEGIN IMMEDIATE``).

    A plain ``BEGIN`` starts as a reader; when another process commits before
    this one's first write, SQLite cannot upgrade the stale snapshot and fails
    at once with SQLITE_BUSY, without waiting for the busy timeout. Taking the
    lock up front makes a second writer wait its turn instead. Nested, it is a
    savepoint inside the outer transaction (as ``db.atomic()``).
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()  # a no-op when the error already ended the transaction
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise


def now_iso() -> str:
    """The time stamp every stored row carries (UTC, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return str(uuid.uuid4())


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def loads_list(text: str) -> tuple[str, ...]:
    value = json.loads(text or "[]")
    return tuple(str(item) for item in value)


class Connected(Protocol):
    """An open database and its file: what backups and settings need, met by the Store and by any repository.

    Typing against this instead of the Store keeps the modules below the Store from importing it.
    """

    @property
    def db(self) -> Database: ...

    @property
    def path(self) -> Path | None: ...


class OwnFilesGuard(Connected, Protocol):
    def protect_own_files(self) -> None:
        """Refuse output over the database's own files again (after the backup folder changed)."""


class Repository:
    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; environment errors become calm StoreErrors."""
        with self.translated(), write_transaction(self.db):
            yield self.db

    @contextmanager
    def translated(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            known = classify(error, self.path)
            if known is None:
                raise
            raise known from error

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with self.translated():
            return list(self.db.query(sql, params))

    def row(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None
