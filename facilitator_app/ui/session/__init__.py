"""Session mode: the facilitator's window while a session runs, and the projector screen.

The lead wires "Sessie starten" to :class:`SessionWindow`; the session window
opens the :class:`PresenterWindow` itself (F5).
"""

from __future__ import annotations

from .presenter import PresenterWindow
from .session_window import SessionWindow

__all__ = ["PresenterWindow", "SessionWindow"]
