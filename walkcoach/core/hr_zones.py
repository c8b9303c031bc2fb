"""Heart-rate zones: five zones from a maximum heart rate (entered, or estimated from age),
optionally on the heart-rate reserve (Karvonen) when a resting heart rate is given, and the
time spent in each zone from per-second samples. Qt-free; plain parameters in, plain data out.

Zone bounds are 50, 60, 70, 80 and 90 % of the maximum, or with a resting heart rate
resting + that % x (maximum - resting). Zone 5 has no top: above the maximum is still zone 5;
below zone 1 is "below the zones" (``zone_of`` gives None).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from walkcoach.core.hr_limits import (
    AGE_RANGE_YEARS,
    MAX_HR_RANGE_BPM,
    RESTING_HR_RANGE_BPM,
)
from walkcoach.core.i18n import QT_TRANSLATE_NOOP

ZONE_PERCENTS = (50, 60, 70, 80, 90)
# Marked for lupdate; the UI shows them with core_text(CONTEXT_ZONES, name) (core/i18n.py).
ZONE_NAMES = (
    QT_TRANSLATE_NOOP("HeartRateZones", "Very light"),
    QT_TRANSLATE_NOOP("HeartRateZones", "Light"),
    QT_TRANSLATE_NOOP("HeartRateZones", "Moderate"),
    QT_TRANSLATE_NOOP("HeartRateZones", "Hard"),
    QT_TRANSLATE_NOOP("HeartRateZones", "Maximum"),
)
BELOW_ZONES_NAME = QT_TRANSLATE_NOOP("HeartRateZones", "Below the zones")


# The notes under the zones in Preferences; the UI shows them with core_text(CONTEXT_ZONES, note).
ESTIMATE_NOTE = QT_TRANSLATE_NOOP(
    "HeartRateZones",
    "Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: "
    "a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.",
)
RESERVE_NOTE = QT_TRANSLATE_NOOP(
    "HeartRateZones",
    "Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).",
)
MAXIMUM_NOTE = QT_TRANSLATE_NOOP(
    "HeartRateZones", "Zones as a percentage of your maximum heart rate."
)


class ZoneError(ValueError):
    """A maximum, age or resting heart rate that cannot make zones; the message says why."""


def estimate_max_hr(age_years: float) -> int:
    """Tanaka, Monahan and Seals (2001): 208 - 0.7 x age. An estimate, not a measurement."""
    low, high = AGE_RANGE_YEARS
    if not low <= age_years <= high:
        raise ZoneError(f"the age must be between {low} and {high} years (got {age_years:g})")
    return round(208 - 0.7 * age_years)


@dataclass(frozen=True)
class Zone:
    number: int  # 1..5
    name: str
    low_bpm: int  # inclusive
    high_bpm: int | None  # exclusive; None for zone 5
    low_pct: int
    high_pct: int  # of the maximum or of the reserve (100 for zone 5)


@dataclass(frozen=True)
class HeartRateZones:
    max_bpm: int
    resting_bpm: int | None
    max_estimated: bool  # the maximum came from the age formula
    zones: tuple[Zone, ...]

    def zone_of(self, bpm: float | None) -> int | None:
        """The zone number (1..5) of ``bpm``; None for no heart rate or below zone 1."""
        if bpm is None:
            return None
        number = None
        for zone in self.zones:
            if bpm >= zone.low_bpm:
                number = zone.number
        return number

    def zone(self, number: int) -> Zone:
        if not 1 <= number <= len(self.zones):
            raise ZoneError(f"zones are numbered 1 to {len(self.zones)} (got {number})")
        return self.zones[number - 1]

    def name_of(self, bpm: float | None) -> str:
        number = self.zone_of(bpm)
        return BELOW_ZONES_NAME if number is None else self.zone(number).name

    @property
    def top_of_zone_4_bpm(self) -> int:
        """The default heart-rate ceiling: where zone 5 begins."""
        return self.zone(5).low_bpm

    @property
    def notes(self) -> tuple[str, ...]:
        """Plain-English lines saying how the zones were made (for Preferences)."""
        notes = [RESERVE_NOTE if self.resting_bpm is not None else MAXIMUM_NOTE]
        if self.max_estimated:
            notes.append(ESTIMATE_NOTE)
        return tuple(notes)


def zones_for(
    max_hr_bpm: int | None = None,
    age_years: float | None = None,
    resting_hr_bpm: int | None = None,
) -> HeartRateZones:
    """Zones from the maximum heart rate, or (when it is None or 0) from the age; with a resting
    heart rate (None or 0: none) on the heart-rate reserve."""
    estimated = not max_hr_bpm
    if estimated:
        if age_years is None or age_years == 0:
            raise ZoneError("heart-rate zones need a maximum heart rate or an age")
        max_hr_bpm = estimate_max_hr(age_years)
    assert max_hr_bpm is not None
    low, high = MAX_HR_RANGE_BPM
    if not low <= max_hr_bpm <= high:
        raise ZoneError(
            f"the maximum heart rate must be between {low} and {high} bpm (got {max_hr_bpm})"
        )
    resting = resting_hr_bpm or None
    if resting is not None:
        r_low, r_high = RESTING_HR_RANGE_BPM
        if not r_low <= resting <= r_high:
            raise ZoneError(
                f"the resting heart rate must be between {r_low} and {r_high} bpm (got {resting})"
            )
        if resting >= max_hr_bpm * ZONE_PERCENTS[0] / 100:
            raise ZoneError(
                f"the resting heart rate ({resting} bpm) must be well below the maximum "
                f"({max_hr_bpm} bpm)"
            )
    base = resting or 0
    bounds = [round(base + pct / 100 * (max_hr_bpm - base)) for pct in ZONE_PERCENTS]
    zones = tuple(
        Zone(
            number=i + 1,
            name=ZONE_NAMES[i],
            low_bpm=bounds[i],
            high_bpm=bounds[i + 1] if i + 1 < len(bounds) else None,
            low_pct=ZONE_PERCENTS[i],
            high_pct=ZONE_PERCENTS[i + 1] if i + 1 < len(ZONE_PERCENTS) else 100,
        )
        for i in range(len(ZONE_PERCENTS))
    )
    return HeartRateZones(max_hr_bpm, resting, estimated, zones)


class ZoneTimer:
    """Time in each zone from samples (at_s, bpm or None), as they come. Each sample counts
    the time up to the next one, at most ``max_gap_s`` (a gap longer than that, a pause or a
    lost sensor, counts only ``max_gap_s``); a None sample counts as no heart rate."""

    def __init__(self, zones: HeartRateZones, max_gap_s: float = 5.0) -> None:
        if max_gap_s <= 0:
            raise ZoneError(f"the longest gap must be positive (got {max_gap_s})")
        self.zones = zones
        self.max_gap_s = max_gap_s
        self.seconds: dict[int, float] = {z.number: 0.0 for z in zones.zones}
        self.below_s = 0.0  # a heart rate under zone 1
        self.unknown_s = 0.0  # no heart rate ("--")
        self._last: tuple[float, float | None] | None = None

    def add(self, at_s: float, bpm: float | None) -> None:
        if self._last is not None:
            last_s, last_bpm = self._last
            if at_s < last_s:
                raise ZoneError(f"samples must come in time order ({at_s:g} s after {last_s:g} s)")
            self._count(last_bpm, min(at_s - last_s, self.max_gap_s))
        self._last = (at_s, bpm)

    def finish(self, end_s: float | None = None) -> dict[int, float]:
        """Count the last sample (up to ``end_s``, or one second when None) and return the
        seconds per zone number."""
        if self._last is not None:
            last_s, last_bpm = self._last
            span = 1.0 if end_s is None else max(0.0, end_s - last_s)
            self._count(last_bpm, min(span, self.max_gap_s))
            self._last = None
        return dict(self.seconds)

    def _count(self, bpm: float | None, seconds: float) -> None:
        if bpm is None:
            self.unknown_s += seconds
            return
        number = self.zones.zone_of(bpm)
        if number is None:
            self.below_s += seconds
        else:
            self.seconds[number] += seconds


def time_in_zones(
    samples: Iterable[tuple[float, float | None]],
    zones: HeartRateZones,
    max_gap_s: float = 5.0,
    end_s: float | None = None,
) -> dict[int, float]:
    """Seconds per zone (1..5) of samples (at_s, bpm) in time order, e.g. the per-second
    samples of a session or of one segment."""
    timer = ZoneTimer(zones, max_gap_s)
    for at_s, bpm in samples:
        timer.add(at_s, bpm)
    return timer.finish(end_s)
