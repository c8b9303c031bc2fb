"""Clocks: the engine never reads the time itself; it is handed one of these.

All clocks return seconds as floats from an arbitrary origin and never go backwards.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Monotonic session-clock seconds."""
        ...


# Linux's CLOCK_MONOTONIC (time.monotonic) stops while the machine is suspended, so a session
# would simply carry on after a resume as if no time had passed. CLOCK_BOOTTIME keeps counting
# through a suspend (the engine then sees the gap and pauses) and, like CLOCK_MONOTONIC, is
# never set by the user or NTP. Elsewhere time.monotonic is the best there is.
_SESSION_CLOCK_ID = getattr(time, "CLOCK_BOOTTIME", None)


class MonotonicClock:
    """The real clock: monotonic, unaffected by wall-clock changes, counting suspended time
    where the system offers that (Linux CLOCK_BOOTTIME)."""

    def now(self) -> float:
        if _SESSION_CLOCK_ID is not None:
            return time.clock_gettime(_SESSION_CLOCK_ID)
        return time.monotonic()


class ScaledClock:
    """Runs ``time_scale`` times faster than the real monotonic clock (for demos and tests).

    ``now()`` is scaled seconds since the clock was made, so timers that wait a session-time
    interval must wait ``interval / time_scale`` real seconds.
    """

    def __init__(self, time_scale: float = 1.0, base: Clock | None = None) -> None:
        if not time_scale > 0:
            raise ValueError(f"time scale must be greater than 0 (got {time_scale})")
        self.time_scale = float(time_scale)
        self._base = base or MonotonicClock()
        self._origin = self._base.now()

    def now(self) -> float:
        return (self._base.now() - self._origin) * self.time_scale

    def real_seconds(self, session_seconds: float) -> float:
        """How many real seconds pass while this clock advances ``session_seconds``."""
        return session_seconds / self.time_scale


class FakeClock:
    """A clock tests move by hand: no sleeping, fully deterministic."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now += seconds
        return self._now

    def set(self, value: float) -> None:
        if value < self._now:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now = float(value)
