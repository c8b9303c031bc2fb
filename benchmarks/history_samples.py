"""Per-second treadmill and heart-rate samples for benchmarks/generate_history.py.

A session recorded with a treadmill and a strap linked holds one sample a second: the belt's
speed (the set speed with the small wobble a real belt has), the incline, the machine's running
distance and a heart rate that climbs toward each segment's effort and settles back in rests.
The segment and session heart-rate figures are worked out from those samples by the same core
function the session writer uses, so the history page reads what a real recording would give.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

from walkcoach.core.hr_figures import HeartRateFigures, figures_from_heart_rates
from walkcoach.core.hr_zones import HeartRateZones, zones_for

ZONES: HeartRateZones = zones_for(max_hr_bpm=170)
RESTING_BPM = 72.0
HEART_RATE_TAU_S = 35.0  # how fast the heart rate follows a change of effort


@dataclass(frozen=True)
class WalkedSegment:
    kind: str
    actual_s: float
    speed_kmh: float
    incline_pct: float


@dataclass
class SessionSamples:
    rows: list[tuple[float, float, float, float, int]]  # at_s, speed, incline, distance_m, bpm
    segment_figures: list[HeartRateFigures]
    session_figures: HeartRateFigures
    measured: list[tuple[float, float, float]]  # per segment: distance_km, speed_kmh, incline


def _effort_bpm(segment: WalkedSegment, fitness: float) -> float:
    """The heart rate a segment settles at: backward walking costs more at a lower speed."""
    if segment.kind == "rest":
        return RESTING_BPM + 18
    per_kmh = 11.0 if segment.kind == "backward" else 6.5
    return (RESTING_BPM + 20 + per_kmh * segment.speed_kmh + 3.0 * segment.incline_pct) * fitness


def session_samples(
    segments: Sequence[WalkedSegment], rng: random.Random, fitness: float
) -> SessionSamples:
    rows: list[tuple[float, float, float, float, int]] = []
    bounds: list[tuple[float, float]] = []
    measured: list[tuple[float, float, float]] = []
    bpm = RESTING_BPM + rng.uniform(-4, 6)
    distance_m = rng.uniform(0, 5000)  # a machine's running total starts anywhere
    start_s = 0.0
    for segment in segments:
        target = _effort_bpm(segment, fitness)
        first = len(rows)
        seconds = int(segment.actual_s)
        for second in range(seconds):
            speed_kmh = max(0.0, segment.speed_kmh + rng.gauss(0.0, 0.04))
            distance_m += speed_kmh / 3.6
            bpm += (target - bpm) * (1 - math.exp(-1 / HEART_RATE_TAU_S)) + rng.gauss(0.0, 0.6)
            rows.append(
                (
                    start_s + second,
                    round(speed_kmh, 2),
                    segment.incline_pct,
                    round(distance_m, 1),
                    round(bpm),
                )
            )
        part = rows[first:]
        walked_m = sum(r[1] for r in part) / 3.6
        mean_kmh = sum(r[1] for r in part) / len(part) if part else segment.speed_kmh
        measured.append((walked_m / 1000, mean_kmh, segment.incline_pct))
        bounds.append((start_s, start_s + segment.actual_s))
        start_s += segment.actual_s
    segment_figures = []
    for begin_s, end_s in bounds:
        # The segment's own seconds and the one before it: all the function needs to see.
        lo = max(0, int(begin_s) - 1)
        window = ((r[0], r[4]) for r in rows[lo : int(end_s) + 1])
        segment_figures.append(figures_from_heart_rates(window, begin_s, end_s))
    session_figures = figures_from_heart_rates(((r[0], r[4]) for r in rows), 0.0, start_s, ZONES)
    return SessionSamples(rows, segment_figures, session_figures, measured)
