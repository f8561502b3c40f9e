"""What every repository shares: the connection and error translation."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .errors import classify


def new_id() -> str:
    return str(uuid.uuid4())


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def loads_list(text: str) -> tuple[str, ...]:
    value = json.loads(text or "[]")
    return tuple(str(item) for item in value)


class Repository:
    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; environment errors become calm StoreErrors."""
        with self.translated(), self.db.atomic():
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
