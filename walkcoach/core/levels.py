"""How hard backward walking may be at each program level: the editor's warnings come from here.

The limits follow the protocols of the articles the built-in programs come from, so a program of
a level never asks for more than the articles prescribe to people at that level:

- beginner: "First steps backward" (the article on backward uphill walking and glute EMG):
  backward at 1.5-2.0 mph on a 3-5 % incline, so at most 2 mph (3.2 km/h) and 5 %.
- intermediate: the same article's progression (raise the incline up to 8 % once 5-8 minutes of
  continuous backward walking are reached) and the treadmill coach's hill-and-turn protocol
  (backward at 2.5 mph on the incline): at most 2.5 mph (4.0 km/h) and 8 %.
- advanced: the treadmill coach's incline-burn protocol (backward at 2-3 mph on a 15 % incline):
  at most 3 mph (4.8 km/h) and 15 %. No article asks for more; a program without a level is held
  to these limits too.

Safety (never rush to higher speeds or steeper grades) is why these are warnings in the editor:
they never stop a program from being saved or walked.
"""

from __future__ import annotations

from dataclasses import dataclass

from walkcoach.core.units import mph_to_kmh


@dataclass(frozen=True)
class BackwardLimits:
    level: str  # "beginner", "intermediate", "advanced"
    max_speed_kmh: float
    max_incline_pct: float


LEVEL_LIMITS: dict[str, BackwardLimits] = {
    "beginner": BackwardLimits("beginner", mph_to_kmh(2.0), 5.0),
    "intermediate": BackwardLimits("intermediate", mph_to_kmh(2.5), 8.0),
    "advanced": BackwardLimits("advanced", mph_to_kmh(3.0), 15.0),
}
# Speeds typed in km/h are rounded to 0.1 (3.2 for 2 mph): they must not count as too fast.
SPEED_TOLERANCE_KMH = 0.05


def backward_limits(level: str) -> BackwardLimits:
    """The limits for ``level``; a program without a (known) level gets the advanced ones."""
    return LEVEL_LIMITS.get(level, LEVEL_LIMITS["advanced"])
