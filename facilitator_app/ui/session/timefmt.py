"""Turning clock seconds into what the screens show; plain Python, no Qt."""

from __future__ import annotations

import math


def countdown_text(remaining_seconds: float) -> str:
    """``mm:ss`` while time is left, a signed ``+mm:ss`` once the box overruns.

    Remaining time is rounded *up*, so the display reads 00:01 until the very
    end and never shows 00:00 while time is still left; overrun is rounded
    down, so it reads +00:00 at the moment of zero and +00:01 one second later.
    """
    if remaining_seconds > 0:
        total = math.ceil(remaining_seconds - 1e-6)
        sign = ""
    else:
        total = math.floor(-remaining_seconds + 1e-6)
        sign = "+"
    minutes, seconds = divmod(total, 60)
    return f"{sign}{minutes:02d}:{seconds:02d}"


def signed_minutes(seconds: float) -> str:
    """A schedule offset as ``+4:10`` (late) or ``−1:30`` (early); ``0:00`` on time."""
    total = round(seconds)
    sign = "+" if total > 0 else "−" if total < 0 else ""
    minutes, secs = divmod(abs(total), 60)
    return f"{sign}{minutes}:{secs:02d}"
