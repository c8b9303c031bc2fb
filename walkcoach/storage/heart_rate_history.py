"""Heart rate in the history, worked out from the per-second samples: one session's curve with its
segments, weekly time in zones, and backward against forward segments at the same speed.

Qt-free (the history page draws what these return). Everything is computed from the ``samples``
and ``segments`` tables as they are, so it works on every database with samples (schema v5 on).

How the samples are read, as :class:`walkcoach.core.hr_zones.ZoneTimer` reads them: a sample's
heart rate holds until the next sample, for at most :data:`MAX_HOLD_S` (a longer gap, a pause or
a lost strap, counts only that long); the last sample of a session counts one second. A sample
without a heart rate counts as none. Sample times are active session seconds, the sum of the
``actual_s`` of the segments walked before, so a segment's samples are those from its start up to
its end in that sum.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from walkcoach.core.hr_figures import heart_rate_figures
from walkcoach.core.hr_zones import HeartRateZones
from walkcoach.core.records import STATUS_RUNNING, SegmentRecord, SessionRecord
from walkcoach.storage.history import from_db_time, to_db_time
from walkcoach.storage.sample_reads import reading_samples

MAX_HOLD_S = 5.0  # as ZoneTimer's max_gap_s and core.measured.MAX_HOLD_S
SPEED_STEP_KMH = 0.5  # segments are paired at speeds rounded to this step
# The heart rate takes tens of seconds to follow a change of effort: the first part of a segment
# still shows the one before (a backward bout starts with the forward walk's heart rate).
SETTLE_S = 30.0
MIN_SETTLED_S = 30.0  # a segment counts in the comparison with at least this much heart rate after
WEEKS_OF_ZONES = 12
COMPARISON_DAYS = 365  # backward against forward over the last year: recent fitness, bounded work


@dataclass(frozen=True)
class Band:
    """One segment on the session's time line, in active session seconds."""

    kind: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class SessionHeartRate:
    """One session's heart rate over its active time, with its segments as bands behind it."""

    at_s: tuple[float, ...]
    bpm: tuple[int | None, ...]  # None: no heart rate in that sample (no contact, link lost)
    bands: tuple[Band, ...]
    mean_bpm: float
    max_bpm: int


@dataclass(frozen=True)
class WeekZones:
    """Seconds in each zone (1..5) in the ISO week starting on ``week_start`` (a Monday)."""

    week_start: date
    seconds_by_zone: dict[int, float]

    @property
    def total_s(self) -> float:
        return sum(self.seconds_by_zone.values())


@dataclass(frozen=True)
class SpeedPair:
    """Backward and forward segments at one speed: the mean of their mean heart rates."""

    speed_kmh: float
    backward_bpm: float
    backward_n: int
    forward_bpm: float
    forward_n: int

    @property
    def difference_bpm(self) -> float:
        return self.backward_bpm - self.forward_bpm


def segment_bands(segments: Sequence[SegmentRecord]) -> tuple[Band, ...]:
    """Each segment's span of active time, in walk order (skipped ones are 0 s long and left out)."""
    bands: list[Band] = []
    start_s = 0.0
    for segment in segments:
        end_s = start_s + max(0.0, segment.actual_s)
        if end_s > start_s:
            bands.append(Band(segment.kind, start_s, end_s))
        start_s = end_s
    return tuple(bands)


def session_heart_rate(session: SessionRecord) -> SessionHeartRate | None:
    """The session's heart-rate curve (its samples must be read, as get_session does), or None
    when no sample carries a heart rate."""
    samples = sorted(session.samples, key=lambda s: s.at_s)
    rates = [s.heart_rate_bpm for s in samples if s.heart_rate_bpm is not None]
    if not rates:
        return None
    # The figures the writer stored; worked out the same way for a session from before them.
    mean = session.hr_mean_bpm
    if mean is None:
        mean = heart_rate_figures(samples, 0.0, samples[-1].at_s + 1.0).mean_bpm
    if mean is None:
        mean = sum(rates) / len(rates)
    return SessionHeartRate(
        at_s=tuple(s.at_s for s in samples),
        bpm=tuple(s.heart_rate_bpm for s in samples),
        bands=segment_bands(session.segments),
        mean_bpm=mean,
        max_bpm=max(rates),
    )


# Seconds held at each heart rate per session: LEAD gives the next sample's time (none for the
# last: one second). Served by the (session_id, at_s) index, session by session.
_HELD_SQL = f"""
SELECT s.started_at, h.bpm, SUM(h.held_s) FROM (
    SELECT session_id, heart_rate_bpm AS bpm,
           MIN(COALESCE(LEAD(at_s) OVER (PARTITION BY session_id ORDER BY at_s) - at_s, 1.0),
               {MAX_HOLD_S:g}) AS held_s
    FROM samples
    WHERE session_id IN (SELECT id FROM sessions WHERE started_at >= ? AND status != ?)
) AS h JOIN sessions AS s ON s.id = h.session_id
WHERE h.bpm IS NOT NULL
GROUP BY h.session_id, h.bpm
"""


def _midnight(day: date, tz: tzinfo | None) -> datetime:
    if tz is None:
        return datetime.combine(day, time()).astimezone()  # local midnight
    return datetime.combine(day, time(), tzinfo=tz)


def weekly_time_in_zones(
    conn: sqlite3.Connection,
    zones: HeartRateZones,
    today: date,
    tz: tzinfo | None = None,
    weeks: int = WEEKS_OF_ZONES,
) -> list[WeekZones]:
    """Time in each zone for the ``weeks`` ISO weeks up to the one holding ``today`` (in ``tz``,
    None: local time), oldest first, weeks without heart rate as zeros; [] when none of them has
    any heart rate. Time below zone 1 is left out (it is in no zone)."""
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=weeks - 1)
    totals: dict[date, dict[int, float]] = {
        first_monday + timedelta(weeks=i): {z.number: 0.0 for z in zones.zones}
        for i in range(weeks)
    }
    since = _midnight(first_monday, tz)
    found = False
    with reading_samples(conn):
        held = conn.execute(_HELD_SQL, (to_db_time(since), STATUS_RUNNING)).fetchall()
    for started_at, bpm, held_s in held:
        day = from_db_time(started_at).astimezone(tz).date()
        week = totals.get(day - timedelta(days=day.weekday()))
        number = zones.zone_of(bpm)
        if week is None or number is None:
            continue
        week[number] += held_s
        found = True
    if not found:
        return []
    return [WeekZones(monday, seconds) for monday, seconds in sorted(totals.items())]


# Each forward and backward segment's mean heart rate after its first SETTLE_S seconds. The
# running sum over all segments (turns and rests too) gives each segment's start in active time.
_SEGMENT_MEANS_SQL = """
WITH seg AS (
    SELECT session_id, kind, actual_s, COALESCE(measured_speed_kmh, speed_kmh) AS speed_kmh,
           SUM(actual_s) OVER (PARTITION BY session_id ORDER BY position
                               ROWS UNBOUNDED PRECEDING) - actual_s AS start_s
    FROM segments
    WHERE session_id IN (SELECT id FROM sessions WHERE started_at >= ? AND status != ?)
)
SELECT seg.kind, seg.speed_kmh, AVG(p.heart_rate_bpm), COUNT(p.heart_rate_bpm)
FROM seg JOIN samples AS p
  ON p.session_id = seg.session_id AND p.at_s >= seg.start_s + ? AND p.at_s < seg.start_s + seg.actual_s
WHERE seg.kind IN ('forward', 'backward') AND seg.actual_s > ? AND p.heart_rate_bpm IS NOT NULL
GROUP BY seg.session_id, seg.start_s
"""


def rounded_speed_kmh(speed_kmh: float) -> float:
    """The speed on the comparison's 0.5 km/h steps (2.74 -> 2.5, 2.75 -> 3.0)."""
    return int(speed_kmh / SPEED_STEP_KMH + 0.5) * SPEED_STEP_KMH


def backward_vs_forward(conn: sqlite3.Connection, since: datetime | None = None) -> list[SpeedPair]:
    """Backward and forward segments paired by their speed (measured where the treadmill said,
    else planned) rounded to 0.5 km/h: per speed walked both ways, the mean of the segments'
    mean heart rates on each side, slowest first. A segment counts with at least
    :data:`MIN_SETTLED_S` seconds of heart rate after its first :data:`SETTLE_S` (about one
    sample a second). ``since``: sessions started from then on (None: all)."""
    since_text = to_db_time(since) if since is not None else ""
    with reading_samples(conn):
        rows = conn.execute(
            _SEGMENT_MEANS_SQL, (since_text, STATUS_RUNNING, SETTLE_S, SETTLE_S + MIN_SETTLED_S)
        ).fetchall()
    means: dict[tuple[str, float], list[float]] = defaultdict(list)
    for kind, speed_kmh, mean_bpm, count in rows:
        if count >= MIN_SETTLED_S and speed_kmh > 0:
            means[(kind, rounded_speed_kmh(speed_kmh))].append(mean_bpm)
    pairs = []
    for speed in sorted({speed for _kind, speed in means}):
        backward, forward = means.get(("backward", speed)), means.get(("forward", speed))
        if backward and forward:
            pairs.append(
                SpeedPair(
                    speed,
                    sum(backward) / len(backward),
                    len(backward),
                    sum(forward) / len(forward),
                    len(forward),
                )
            )
    return pairs


def has_heart_rate(conn: sqlite3.Connection, since: datetime | None = None) -> bool:
    """Whether a session started from ``since`` on (None: any) recorded a heart rate at all."""
    with reading_samples(conn):
        row = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM samples WHERE heart_rate_bpm IS NOT NULL AND session_id "
            "IN (SELECT id FROM sessions WHERE started_at >= ? AND status != ?))",
            (to_db_time(since) if since is not None else "", STATUS_RUNNING),
        ).fetchone()
    return bool(row[0])
