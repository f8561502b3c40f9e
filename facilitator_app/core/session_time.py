"""The time a running session counts on: a monotonic clock that keeps counting through a suspend.

``time.monotonic`` (CLOCK_MONOTONIC on Linux, mach_absolute_time on macOS)
stands still while the laptop sleeps: a lid closed during the break used to
stop the countdown, and the group came back to a box that had "waited" for
them. :class:`SessionTime` fixes that in two layers:

* where the OS offers it (Linux), the base clock is ``CLOCK_BOOTTIME``, which
  is monotonic *and* counts suspended time, and ignores changes of the wall
  clock;
* on every platform the base clock is reconciled with the wall clock: when
  the wall clock moved on by more than :data:`SUSPEND_TOLERANCE` seconds
  further than the base clock since the last reading, the difference is a
  sleep the base clock missed, and it is added. On CLOCK_BOOTTIME this never
  triggers (both moved alike); elsewhere it catches the suspend. A wall clock
  set *back* is ignored; a wall clock set forward mid-session by more than
  the tolerance is read as a sleep, a rare and harmless error (the box shows
  less time left, as after a real break).

Plain Python, injectable: tests pass fake ``monotonic`` and ``wall`` callables
and "suspend" by moving only the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

__all__ = ["SUSPEND_TOLERANCE", "SessionTime", "system_monotonic"]

# More than this between the wall clock and the base clock since the last
# reading is a suspend; less is scheduling jitter or NTP slewing.
SUSPEND_TOLERANCE = 2.0


def system_monotonic() -> Callable[[], float]:
    """CLOCK_BOOTTIME where the OS has it (counts suspend), else ``time.monotonic``."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:  # an old kernel or a sandbox without it
            return time.monotonic
        return lambda: time.clock_gettime(boottime)
    return time.monotonic


class SessionTime:
    """``monotonic()`` for the session clock, ``wall()`` and ``now()`` for clock times on screen."""

    def __init__(
        self,
        monotonic: Callable[[], float] | None = None,
        wall: Callable[[], float] = time.time,
        *,
        tolerance: float = SUSPEND_TOLERANCE,
    ) -> None:
        self._base = monotonic if monotonic is not None else system_monotonic()
        self._wall = wall
        self._tolerance = tolerance
        self._offset = 0.0  # suspended time the base clock missed, added so far
        self._last: tuple[float, float] | None = None

    def monotonic(self) -> float:
        base, wall = self._base(), self._wall()
        if self._last is not None:
            missed = (wall - self._last[1]) - (base - self._last[0])
            if missed > self._tolerance:
                self._offset += missed
        self._last = (base, wall)
        return base + self._offset

    def wall(self) -> float:
        """Seconds since the epoch (only for bridging a restart and for clock times)."""
        return self._wall()

    def now(self) -> datetime:
        """The local time of day, for "ends at 14:30"; never used to measure a duration."""
        return datetime.fromtimestamp(self._wall())
