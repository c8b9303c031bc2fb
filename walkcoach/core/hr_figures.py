"""A segment's or a session's heart-rate figures from the per-second samples: the time-weighted
mean, the maximum, and (with zones) the seconds in each of the five zones. Qt-free.

The samples are read as :mod:`walkcoach.core.measured` reads the belt's: a value holds from its
sample until the next one, for at most :data:`~walkcoach.core.measured.MAX_HOLD_S` (a longer gap,
a lost strap or a pause, is time about which nothing is known and is left out). A sample without
a heart rate ("--", no contact) holds nothing. The maximum is taken over the very values the mean
is made of, so the mean always lies between their least and greatest. The latest sample from
before ``start_s`` holds into the window like the others (the segment after it began with that
heart rate).

The zone seconds are :func:`walkcoach.core.hr_zones.time_in_zones` over the samples in the window
(the same 5 s cap; the sample from before the window is not counted there), so they never add up
to more than the window's length.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from walkcoach.core.hr_zones import HeartRateZones, ZoneTimer, time_in_zones
from walkcoach.core.measured import MAX_HOLD_S, BeltSample

ZONE_COUNT = 5


@dataclass(frozen=True, slots=True)
class HeartRateFigures:
    """None throughout when no sample in the window carried a heart rate."""

    mean_bpm: float | None
    max_bpm: int | None
    # Seconds in zones 1..5; None without zones, or without a heart rate to put in them.
    zones_s: tuple[float, ...] | None = None

    @property
    def recorded(self) -> bool:
        return self.max_bpm is not None


NO_HEART_RATE = HeartRateFigures(None, None, None)


def _at(pair: tuple[float, int | None]) -> float:
    return pair[0]


def _time(value: object) -> float:
    """A sample's time as BeltSample.cleaned() reads it (not a number: 0; never below 0)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return max(0.0, float(value)) if math.isfinite(value) else 0.0


def _bpm(value: object) -> int | None:
    """A heart rate as BeltSample.cleaned() keeps it: a whole 1..255 bpm, else none."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    bpm = int(value)
    return bpm if 0 < bpm < 256 else None


def heart_rate_figures(
    samples: Iterable[BeltSample],
    start_s: float,
    end_s: float,
    zones: HeartRateZones | None = None,
) -> HeartRateFigures:
    """The figures of the window [``start_s``, ``end_s``] (active session seconds).

    ``samples`` may be in any order and hold samples outside the window (they are left out, but
    for the latest one before ``start_s``). A window no time of which is covered (0 s long, or
    its samples too far apart) gets the plain mean and maximum of its samples' values.
    """
    # Only the time and the heart rate matter here: read just those (a session's figures are
    # worked out once a minute, over thousands of samples).
    pairs = ((_time(s.at_s), _bpm(s.heart_rate_bpm)) for s in samples)
    return figures_from_heart_rates(pairs, start_s, end_s, zones)


def figures_from_heart_rates(
    heart_rates: Iterable[tuple[float, int | None]],
    start_s: float,
    end_s: float,
    zones: HeartRateZones | None = None,
) -> HeartRateFigures:
    """:func:`heart_rate_figures` of (at_s, heart rate or None) pairs, each already as a cleaned
    sample holds it (a finite at_s of at least 0, a whole 1..255 bpm or None), in any order."""
    if not (math.isfinite(start_s) and math.isfinite(end_s)):
        return NO_HEART_RATE
    end_s = max(end_s, start_s)
    ordered = sorted(heart_rates, key=_at)
    before = [p for p in ordered if p[0] < start_s]
    inside = [p for p in ordered if start_s <= p[0] <= end_s]
    chain = before[-1:] + inside
    timeline = chain + [p for p in ordered if p[0] > end_s][:1]  # where the last one stops
    weighted = covered = 0.0
    held: list[int] = []  # the values that hold for some of the window
    for index, (at_s, bpm) in enumerate(chain):
        if bpm is None:
            continue
        next_s = timeline[index + 1][0] if index + 1 < len(timeline) else end_s
        begin = max(at_s, start_s)
        finish = min(next_s, at_s + MAX_HOLD_S, end_s)
        if finish > begin:
            weighted += bpm * (finish - begin)
            covered += finish - begin
            held.append(bpm)
    if covered > 0:
        mean_bpm = weighted / covered
    else:  # nothing held for any time: what the window's own samples said
        held = [bpm for _, bpm in inside if bpm is not None]
        if not held:
            return NO_HEART_RATE
        mean_bpm = sum(held) / len(held)
    zones_s = None
    if zones is not None:
        seconds = time_in_zones(inside, zones, MAX_HOLD_S, end_s)
        zones_s = tuple(seconds.get(number, 0.0) for number in range(1, ZONE_COUNT + 1))
    return HeartRateFigures(mean_bpm, max(held), zones_s)


class RunningHeartRate:
    """The figures of the window [0, ``end_s``] over samples fed in time order, each look in
    constant time: what the writer asks for a session once a minute and at every segment end
    (over every sample, :func:`heart_rate_figures` took 12-18 ms at three hours, on the UI
    thread, at the moment a segment's cues fire). Equal to ``heart_rate_figures(samples, 0.0,
    end_s, zones)`` for samples in time order, ``end_s`` at or after the last of them."""

    def __init__(self, zones: HeartRateZones | None = None) -> None:
        self._zones = zones
        self._timer = None if zones is None else ZoneTimer(zones, MAX_HOLD_S)
        self._weighted = 0.0
        self._covered_s = 0.0
        self._held_max: int | None = None  # over the values that held for some time
        self._count = 0  # every heart rate seen, for a window no time of which is covered
        self._total_bpm = 0
        self._seen_max: int | None = None
        self._last: tuple[float, int | None] | None = None

    @property
    def latest_s(self) -> float:
        return 0.0 if self._last is None else self._last[0]

    def add(self, at_s: float, bpm: int | None) -> None:
        """A cleaned sample's time and heart rate; raises ValueError when it is earlier than
        the one before (the caller then works the figures out over all samples)."""
        if self._last is not None:
            if at_s < self._last[0]:
                raise ValueError(
                    f"samples must come in time order ({at_s:g} s after {self._last[0]:g} s)"
                )
            self._hold(self._last, at_s)
        self._last = (at_s, bpm)
        if bpm is not None:
            self._count += 1
            self._total_bpm += bpm
            self._seen_max = bpm if self._seen_max is None else max(self._seen_max, bpm)
        if self._timer is not None:
            self._timer.add(at_s, bpm)

    def _hold(self, sample: tuple[float, int | None], until_s: float) -> None:
        at_s, bpm = sample
        held_s = min(until_s, at_s + MAX_HOLD_S) - at_s
        if bpm is None or held_s <= 0:
            return
        self._weighted += bpm * held_s
        self._covered_s += held_s
        self._held_max = bpm if self._held_max is None else max(self._held_max, bpm)

    def figures(self, end_s: float) -> HeartRateFigures:
        """The window [0, ``end_s``] (``end_s`` before the latest sample counts as that one's time)."""
        if self._last is None or not math.isfinite(end_s):
            return NO_HEART_RATE
        end_s = max(end_s, self._last[0])
        weighted, covered_s, held_max = self._weighted, self._covered_s, self._held_max
        at_s, bpm = self._last
        held_s = min(end_s, at_s + MAX_HOLD_S) - at_s
        if bpm is not None and held_s > 0:  # the latest one holds until the window ends
            weighted += bpm * held_s
            covered_s += held_s
            held_max = bpm if held_max is None else max(held_max, bpm)
        if covered_s > 0 and held_max is not None:
            mean_bpm, max_bpm = weighted / covered_s, held_max
        elif self._count and self._seen_max is not None:
            mean_bpm, max_bpm = self._total_bpm / self._count, self._seen_max
        else:
            return NO_HEART_RATE
        return HeartRateFigures(mean_bpm, max_bpm, self._zones_s(end_s))

    def _zones_s(self, end_s: float) -> tuple[float, ...] | None:
        timer = self._timer
        if timer is None or self._last is None:
            return None
        seconds = dict(timer.seconds)
        at_s, bpm = self._last  # the timer counts the latest sample only at its finish
        number = None if bpm is None else timer.zones.zone_of(bpm)
        if number is not None:
            seconds[number] += min(max(0.0, end_s - at_s), MAX_HOLD_S)
        return tuple(seconds.get(n, 0.0) for n in range(1, ZONE_COUNT + 1))
