"""Persistence: SQLite through sqlite-utils. No Qt here."""

from .errors import StoreError
from .store import Store

__all__ = ["Store", "StoreError"]
