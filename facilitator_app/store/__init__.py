"""Persistence: SQLite through sqlite-utils. No Qt here.

:class:`Store` (with sqlite-utils, click, dateutil and pluggy) is imported on
first use, so ``from facilitator_app.store import files`` or ``StoreError``
stays light: the desktop app paints its window before it opens the store
(``benchmarks/bench_startup.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import StoreError

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Store", "StoreError"]


def __getattr__(name: str) -> object:
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
