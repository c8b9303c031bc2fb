"""The cue volume's one check, apart from the cues: the window's stand-in player needs it before
the first frame, and the cue module (with the spoken texts it imports) is not needed until later."""

from __future__ import annotations

import math


def checked_volume(volume: float) -> float:
    """A volume for set_volume, held to 0..1; ValueError for NaN or infinity."""
    if not math.isfinite(volume):
        raise ValueError(f"volume must be a number from 0 to 1 (got {volume})")
    return min(1.0, max(0.0, float(volume)))
