"""What the treadmill reported: one sample a second, and a segment's measured figures from them.

The live link hands the session recorder one :class:`BeltSample` a second of session time while
a treadmill is linked; :func:`summarise` turns the samples of one segment into its
:class:`MeasuredSegment` (distance walked on the belt, time-weighted mean speed and incline).

How the samples are read:

* A sample's values hold from its time until the next sample, for at most :data:`MAX_HOLD_S`
  (the link reports a fault after 5 s without data): a longer gap is time about which nothing is
  known, left out of the means.
* Distance comes from the machine's own running total (``distance_m``), which may start at any
  value (a machine that counted before the session) and may fall back to 0 when the machine was
  stopped and started again. A fall is read as a reset: the new value is what was walked since
  (a total never runs backward on a real belt). Where two samples in a row do not both carry a
  total, the held speed times the held time stands in for it, so a machine that reports only its
  speed still gives a distance.
* No step between two samples counts more than a belt can run in the time between them
  (:data:`TOP_BELT_KMH`, plus :data:`SLACK_M` for rounding): a garbled total, or a "reset"
  that is really a total from somewhere else, never adds kilometres.
* Values that are not finite numbers count as not reported; negative speeds and distances as 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_HOLD_S = 5.0  # the same 5 s after which the link calls the data lost
TOP_BELT_KMH = 25.0  # faster than any treadmill sold for walking or running at home
SLACK_M = 5.0  # totals come in whole metres, and a sample's time is a little late or early


@dataclass(frozen=True, slots=True)
class BeltSample:
    """One report of the treadmill, at ``at_s`` seconds of active session time (the engine's
    Snapshot.active_s, the events' actual_s: pauses excluded, 0 at the first segment's start)."""

    at_s: float
    speed_kmh: float | None
    incline_pct: float | None
    distance_m: float | None  # the machine's running total as it reports it (see the docstring)
    heart_rate_bpm: int | None = None

    @property
    def from_belt(self) -> bool:
        """Whether the treadmill said anything in it (a heart-rate sensor alone records
        samples with only ``heart_rate_bpm``: they tell nothing about the belt)."""
        return not (self.speed_kmh is None and self.incline_pct is None and self.distance_m is None)

    def cleaned(self) -> BeltSample:
        """The sample with every value a finite number in range, or None (what is stored)."""
        hr = self.heart_rate_bpm
        heart_rate = int(hr) if _number(hr) is not None and 0 < int(hr) < 256 else None  # type: ignore[arg-type]
        return BeltSample(
            at_s=max(0.0, _number(self.at_s) or 0.0),
            speed_kmh=_non_negative(self.speed_kmh),
            incline_pct=_number(self.incline_pct),
            distance_m=_non_negative(self.distance_m),
            heart_rate_bpm=heart_rate,
        )


@dataclass(frozen=True, slots=True)
class MeasuredSegment:
    """A segment as the treadmill measured it. A mean is None when the machine never reported
    that value during the segment."""

    distance_m: float
    mean_speed_kmh: float | None
    mean_incline_pct: float | None
    sample_count: int


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _non_negative(value: object) -> float | None:
    number = _number(value)
    return None if number is None else max(0.0, number)


def _sorted_clean(samples: Iterable[BeltSample]) -> list[BeltSample]:
    return sorted((s.cleaned() for s in samples), key=lambda s: s.at_s)


def _step_m(before: BeltSample, after: BeltSample) -> float:
    """Metres walked from one sample to the next (never negative)."""
    if before.distance_m is not None and after.distance_m is not None:
        if after.distance_m >= before.distance_m:
            step_m = after.distance_m - before.distance_m
        else:
            step_m = after.distance_m  # a reset to 0: what it counts now was walked since
        top_m = TOP_BELT_KMH / 3.6 * max(0.0, after.at_s - before.at_s) + SLACK_M
        return min(step_m, top_m)
    return _held_speed_m(before, after.at_s - before.at_s)


def _held_speed_m(sample: BeltSample, seconds: float) -> float:
    held_s = min(max(0.0, seconds), MAX_HOLD_S)
    return (sample.speed_kmh or 0.0) / 3.6 * held_s


def cumulative_distances_m(samples: Sequence[BeltSample]) -> list[float]:
    """For samples in time order: metres walked from the first sample to each (0 for the first),
    resets and missing totals handled as :func:`summarise` does. Exports use it per record."""
    ordered = [s.cleaned() for s in samples]
    out: list[float] = []
    total = 0.0
    for index, sample in enumerate(ordered):
        if index:
            total += _step_m(ordered[index - 1], sample)
        out.append(total)
    return out


def summarise(
    samples: Iterable[BeltSample], start_s: float, end_s: float
) -> MeasuredSegment | None:
    """The measured figures of the segment that ran from ``start_s`` to ``end_s`` (active
    seconds), or None when no sample tells anything about it.

    The distance is the machine's distance at ``end_s`` less its distance at ``start_s``, each
    read between the two samples around it (in proportion to the time), or beyond the first or
    last sample from its speed held for at most :data:`MAX_HOLD_S`. So the distances of
    segments one after the other add up to the whole, nothing counted twice. ``samples`` may
    (and should) hold the latest sample from before the segment: what the distance at its start
    is read from, and whose values hold into it.
    """
    if not (math.isfinite(start_s) and math.isfinite(end_s)):
        return None
    end_s = max(end_s, start_s)
    ordered = [s for s in _sorted_clean(samples) if s.from_belt]
    before = [s for s in ordered if s.at_s < start_s]
    inside = [s for s in ordered if start_s <= s.at_s <= end_s]
    after = [s for s in ordered if s.at_s > end_s]
    anchor = before[-1] if before else None
    if not inside and (anchor is None or start_s - anchor.at_s > MAX_HOLD_S):
        return None
    chain = ([anchor] if anchor is not None else []) + inside + after[:1]
    totals = cumulative_distances_m(chain)
    distance_m = _distance_at(chain, totals, end_s) - _distance_at(chain, totals, start_s)
    held = chain[:-1] if after else chain  # a sample after the end holds nothing inside it
    return MeasuredSegment(
        distance_m=max(0.0, distance_m),
        mean_speed_kmh=_time_mean(held, start_s, end_s, "speed_kmh"),
        mean_incline_pct=_time_mean(held, start_s, end_s, "incline_pct"),
        sample_count=len(inside),
    )


def _distance_at(chain: Sequence[BeltSample], totals: Sequence[float], at_s: float) -> float:
    """The running distance (as ``totals`` counts it) at ``at_s``."""
    first, last = chain[0], chain[-1]
    if at_s <= first.at_s:
        return totals[0] - _held_speed_m(first, first.at_s - at_s)
    if at_s >= last.at_s:
        return totals[-1] + _held_speed_m(last, at_s - last.at_s)
    for index in range(1, len(chain)):
        if chain[index].at_s >= at_s:
            a, b = chain[index - 1], chain[index]
            span = b.at_s - a.at_s
            fraction = (at_s - a.at_s) / span if span > 0 else 1.0
            return totals[index - 1] + (totals[index] - totals[index - 1]) * fraction
    return totals[-1]  # not reached: at_s < last.at_s


def _time_mean(
    chain: Sequence[BeltSample], start_s: float, end_s: float, name: str
) -> float | None:
    """Time-weighted mean of one value over [start_s, end_s], each sample held to the next (at
    most MAX_HOLD_S); the plain mean when no time is covered (a 0 s segment)."""
    weighted = covered = 0.0
    values: list[float] = []
    for index, sample in enumerate(chain):
        value = getattr(sample, name)
        if value is None:
            continue
        values.append(value)
        following = chain[index + 1].at_s if index + 1 < len(chain) else end_s
        begin = max(sample.at_s, start_s)
        finish = min(following, sample.at_s + MAX_HOLD_S, end_s)
        if finish > begin:
            weighted += value * (finish - begin)
            covered += finish - begin
    if covered > 0:
        return weighted / covered
    return sum(values) / len(values) if values else None


def planned_offsets_s(actual_s: float, every_s: float) -> list[float]:
    """Seconds into a segment at which an export describes it when the belt reported nothing:
    its start, every ``every_s`` seconds, and its end (FIT records, TCX trackpoints)."""
    offsets = [0.0]
    t = every_s
    while t < actual_s:
        offsets.append(t)
        t += every_s
    if actual_s > 0:
        offsets.append(actual_s)
    return offsets
