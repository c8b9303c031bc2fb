"""Small text helpers for the Qt-free parts (CLI, core messages): times walked and plurals.

One time format everywhere: ``m:ss`` under an hour, ``h:mm:ss`` from an hour on. Times that were
*measured* (walked, recorded) round to the nearest second, so 1230.04 s is "20:30";
:func:`walkcoach.core.program.format_duration` rounds up instead, which is right for a countdown
(it shows "0:01" until the last second is over) and the same for the whole seconds of a plan.
The UI makes its plurals with Qt's ``tr(..., n)``; this is the core's plain-English equivalent.
"""

from __future__ import annotations


def format_elapsed(seconds: float) -> str:
    """``1230.04`` -> ``"20:30"``, ``59.5`` -> ``"1:00"``, ``3725`` -> ``"1:02:05"``."""
    total = max(0, int(float(seconds) + 0.5))  # half up, never banker's rounding: 0.5 s -> 0:01
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """``plural(1, "day")`` -> ``"1 day"``, ``plural(2, "day")`` -> ``"2 days"``;
    ``many`` for the irregular ones (``plural(3, "session is", "sessions are")``)."""
    word = one if count == 1 else (many if many is not None else one + "s")
    return f"{count} {word}"
