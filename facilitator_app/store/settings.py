"""The ``settings`` table: a few key/value choices stored in the database itself (the backup folder)."""

from __future__ import annotations

from datetime import UTC, datetime

from .base import Connected, Repository


def get_setting(store: Connected, key: str) -> str | None:
    row = Repository(store.db, store.path).row("SELECT value FROM settings WHERE key = ?", (key,))
    return None if row is None else str(row["value"])


def set_setting(store: Connected, key: str, value: str | None) -> None:
    with Repository(store.db, store.path).atomic() as db:
        if value is None:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            db.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [key, value, datetime.now(UTC).isoformat(timespec="seconds")],
            )


def all_settings(store: Connected) -> dict[str, str]:
    """The settings table as a dict (what :func:`files.files_written_for` needs)."""
    rows = Repository(store.db, store.path).rows("SELECT key, value FROM settings")
    return {str(row["key"]): str(row["value"]) for row in rows}
