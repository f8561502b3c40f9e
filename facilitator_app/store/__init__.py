"""Persistence: SQLite through sqlite-utils. No Qt here.

:class:`Store` (with sqlite-utils, click, dateutil and pluggy) and
:class:`StoreError` (with the core's Dutch texts) are imported on first use,
so ``from facilitator_app.store import files`` stays light: the desktop app
paints its window before it opens the store (``benchmarks/bench_startup.py``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import StoreError
    from .store import Store

__all__ = ["Store", "StoreError"]

_MODULES = {"Store": ".store", "StoreError": ".errors"}


def __getattr__(name: str) -> object:
    if name in _MODULES:
        return getattr(importlib.import_module(_MODULES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
