"""Session mode: the facilitator's window while a session runs, and the projector screen.

The lead wires "Sessie starten" to :class:`SessionWindow`; the session window
opens the :class:`PresenterWindow` itself (F5). Both are imported on first
use (``from facilitator_app.ui.session import SessionWindow`` still works), so
the main window's start does not load session mode.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .presenter import PresenterWindow
    from .session_window import SessionWindow

__all__ = ["PresenterWindow", "SessionWindow"]

_MODULES = {"PresenterWindow": ".presenter", "SessionWindow": ".session_window"}


def __getattr__(name: str) -> object:
    if name in _MODULES:
        return getattr(importlib.import_module(_MODULES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
