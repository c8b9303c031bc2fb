"""The heart-rate columns the history writer stores, worked out from the samples it holds.

Each segment's time-weighted mean and maximum; the session's mean, maximum, seconds in each zone
and ``hr_source``. Pure functions of what they are given (samples, the segments' columns, zones):
no writer, no database; core/hr_figures.py does the sums. Segments lie end to end in active
time, so a segment's window starts where the ones before it add up to.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Any

from walkcoach.core.hr_figures import (
    HeartRateFigures,
    RunningHeartRate,
    figures_from_heart_rates,
    heart_rate_figures,
)
from walkcoach.core.hr_zones import HeartRateZones
from walkcoach.core.measured import BeltSample
from walkcoach.core.records import HR_SOURCES
from walkcoach.storage.sample_columns import SampleColumns
from walkcoach.storage.schema import HR_ZONE_COLUMNS

SegmentRows = Mapping[int, Mapping[str, Any]]  # position -> the segment's columns


def segment_start_s(segments: SegmentRows, position: int) -> float:
    """Active seconds at which the segment at ``position`` began: the segments lie end to end in
    active time (pauses are not active time), as the exports lay them."""
    return sum(float(columns["actual_s"]) for p, columns in segments.items() if p < position)


def samples_around(
    samples: SampleColumns, start_s: float, end_s: float, *, in_time_order: bool
) -> Sequence[BeltSample]:
    """The samples a window's figures are read from (those in it, the one before and the one
    after), found by bisection when the samples came in time order as they do from the link;
    else all of them. A checkpoint of a 2-hour session then reads its segment, not 7,200 rows."""
    if not in_time_order:
        return samples[:]
    first = max(0, bisect.bisect_left(samples.times_s, start_s) - 1)
    last = bisect.bisect_right(samples.times_s, end_s) + 1
    return samples[first:last]


def segment_hr_columns(
    samples: SampleColumns,
    segments: SegmentRows,
    position: int,
    *,
    has_heart_rate: bool,
    in_time_order: bool,
) -> dict[str, float | None]:
    """The heart-rate columns of the segment at ``position`` (NULL without a heart rate)."""
    figures = None
    if has_heart_rate:
        start_s = segment_start_s(segments, position)
        end_s = start_s + segments[position]["actual_s"]
        around = samples_around(samples, start_s, end_s, in_time_order=in_time_order)
        figures = heart_rate_figures(around, start_s, end_s)
    return {
        "hr_mean_bpm": None if figures is None else figures.mean_bpm,
        "hr_max_bpm": None if figures is None else figures.max_bpm,
    }


def session_hr_figures(
    samples: SampleColumns,
    end_s: float,
    *,
    has_heart_rate: bool,
    running: RunningHeartRate | None,
    zones: HeartRateZones | None,
) -> HeartRateFigures | None:
    """The session's figures up to ``end_s`` active seconds (or its latest sample, if later):
    from ``running`` when it was kept up as the samples came, else over all of them. None
    without a heart rate."""
    if not has_heart_rate:
        return None
    until_s = max(end_s, samples.latest_s())
    if running is not None:
        return running.figures(until_s)
    return figures_from_heart_rates(samples.heart_rates(), 0.0, until_s, zones)


def session_hr_columns(figures: HeartRateFigures | None, source: str | None) -> dict[str, Any]:
    """The session's heart-rate columns (all NULL for ``figures`` None: no heart rate); the
    ``source`` is stored only when a heart rate was recorded."""
    zones_s = None if figures is None else figures.zones_s
    return {
        "hr_mean_bpm": None if figures is None else figures.mean_bpm,
        "hr_max_bpm": None if figures is None else figures.max_bpm,
        **{
            name: None if zones_s is None else zones_s[index]
            for index, name in enumerate(HR_ZONE_COLUMNS)
        },
        "hr_source": source if figures is not None and figures.recorded else None,
    }


def hr_columns_kept_from_file(
    columns: Mapping[str, Any], zones: HeartRateZones | None
) -> dict[str, Any]:
    """Of a recovery file's session ``columns``, those that stand over the figures worked out
    again from its samples: without ``zones`` here, the zone seconds it holds (worked out with
    the user's zones while it was recorded); and the source it names."""
    kept: dict[str, Any] = {}
    if zones is None and all(columns.get(name) is not None for name in HR_ZONE_COLUMNS):
        kept.update({name: columns[name] for name in HR_ZONE_COLUMNS})
    if columns.get("hr_source") in HR_SOURCES:
        kept["hr_source"] = columns["hr_source"]
    return kept
