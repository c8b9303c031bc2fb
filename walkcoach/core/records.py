"""Recorded sessions and segments as plain dataclasses, shared by storage, exports and the UI.

When a session counts as completed (:func:`final_status`): it ran to the end of its plan *and*
at least :data:`COMPLETED_MIN_FRACTION` (80 %) of its planned time was actually spent in its
segments. The part of a segment that was skipped counts as not walked (the seconds before the
skip count), so pressing "skip" through a whole program ends "too short", never "completed".
Pauses are not walking either: the engine leaves them out of the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from walkcoach.core.measured import BeltSample

STATUS_RUNNING = (
    "running"  # being recorded (or the app died; see storage.writer.recover_interrupted)
)
STATUS_COMPLETED = "completed"
STATUS_STOPPED = "stopped"  # the user ended it early
STATUS_INTERRUPTED = "interrupted"  # the app was killed or crashed; kept up to the last checkpoint
STATUS_SHORT = "short"  # ran to the end, but under 80 % of the planned time was walked (skipped)
FINAL_STATUSES = (STATUS_COMPLETED, STATUS_STOPPED, STATUS_INTERRUPTED, STATUS_SHORT)
STATUSES = (STATUS_RUNNING, *FINAL_STATUSES)


COMPLETED_MIN_FRACTION = 0.8
_EPS_S = 1e-6

# Where a distance comes from: what the treadmill measured, or the plan's speed x time.
SOURCE_MEASURED = "measured"
SOURCE_PLANNED = "planned"
SOURCE_MIXED = "mixed"  # a session measured for some of its segments only (the link was lost)

# Where a heart rate comes from: a strap or watch linked as a sensor, or the treadmill's own
# (Treadmill Data), used when no sensor is linked.
HR_SOURCE_SENSOR = "sensor"
HR_SOURCE_TREADMILL = "treadmill"
HR_SOURCES = (HR_SOURCE_SENSOR, HR_SOURCE_TREADMILL)


def distance_source(walked_segments: int, measured_segments: int) -> str:
    """A session's distance source from how many of its walked segments (time > 0) were
    measured: all of them "measured", none "planned", some "mixed"."""
    if measured_segments <= 0:
        return SOURCE_PLANNED
    return SOURCE_MEASURED if measured_segments >= walked_segments else SOURCE_MIXED


def final_status(reached_end: bool, walked_s: float, planned_s: float | None) -> str:
    """How a session that ended normally is recorded (see the module docstring).

    ``reached_end`` False: the user stopped it (``stopped``). ``planned_s`` None or 0 (not known,
    e.g. a record from before WalkCoach stored it): the end of the plan is taken as completed.
    """
    if not reached_end:
        return STATUS_STOPPED
    if planned_s and walked_s < COMPLETED_MIN_FRACTION * planned_s - _EPS_S:
        return STATUS_SHORT
    return STATUS_COMPLETED


@dataclass(slots=True)
class SegmentRecord:
    """One segment as it was walked. ``position`` is the order walked (0-based) in the session;
    ``plan_index`` is its index in the program's plan (they differ after "back").

    Treat as read-only. Not frozen on purpose: ten years of history hold ~40,000 of these and a
    frozen dataclass is about three times slower to build, which the history page would feel.
    """

    position: int
    kind: str  # forward | backward | rest | station | turn
    planned_s: float
    actual_s: float
    speed_kmh: float = 0.0
    incline_pct: float = 0.0
    kcal: float = 0.0
    distance_km: float = 0.0
    skipped: bool = False
    partial: bool = False  # checkpointed while running but never ended (the app stopped first)
    plan_index: int | None = None
    # What the treadmill measured (None: no treadmill linked). When measured, distance_km and
    # kcal above were worked out from these; speed_kmh and incline_pct stay the plan's targets.
    measured_distance_km: float | None = None
    measured_speed_kmh: float | None = None
    measured_incline_pct: float | None = None
    # Heart rate during the segment (None: none recorded): time-weighted mean, maximum.
    hr_mean_bpm: float | None = None
    hr_max_bpm: int | None = None
    # Seconds it was held for the heart rate to settle before a backward bout (None: not held).
    hr_wait_s: float | None = None

    @property
    def direction(self) -> str | None:
        return self.kind if self.kind in ("forward", "backward") else None

    @property
    def measured(self) -> bool:
        return self.measured_distance_km is not None

    @property
    def distance_source(self) -> str:
        return SOURCE_MEASURED if self.measured else SOURCE_PLANNED

    @property
    def planned_distance_km(self) -> float:
        """The plan's speed over the time walked (what distance_km holds when not measured)."""
        return max(0.0, self.speed_kmh) * max(0.0, self.actual_s) / 3600.0

    @property
    def walked_speed_kmh(self) -> float:
        """The measured mean speed where there is one, else the plan's (personal bests)."""
        return self.speed_kmh if self.measured_speed_kmh is None else self.measured_speed_kmh

    @property
    def walked_incline_pct(self) -> float:
        return self.incline_pct if self.measured_incline_pct is None else self.measured_incline_pct

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "plan_index": self.plan_index,
            "kind": self.kind,
            "direction": self.direction,
            "planned_s": _round(self.planned_s),
            "actual_s": _round(self.actual_s),
            "speed_kmh": _round(self.speed_kmh),
            "incline_pct": _round(self.incline_pct),
            "kcal": _round(self.kcal),
            "distance_km": round(self.distance_km, 4),
            "distance_source": self.distance_source,
            "planned_distance_km": round(self.planned_distance_km, 4),
            "measured_distance_km": _maybe(self.measured_distance_km, 4),
            "measured_speed_kmh": _maybe(self.measured_speed_kmh, 2),
            "measured_incline_pct": _maybe(self.measured_incline_pct, 2),
            "hr_mean_bpm": _maybe(self.hr_mean_bpm, 1),
            "hr_max_bpm": self.hr_max_bpm,
            "hr_wait_s": _maybe(self.hr_wait_s, 1),
            "skipped": self.skipped,
            "partial": self.partial,
        }


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One recorded session. Times are timezone-aware (UTC)."""

    id: int
    program_id: str
    program_name: str
    started_at: datetime
    status: str
    active_s: float  # session time walked, pauses excluded
    segments: tuple[SegmentRecord, ...] = ()
    ended_at: datetime | None = None
    weight_kg: float | None = None
    units: str = "kmh"
    rpe: int | None = None  # rate of perceived exertion, 1-10
    pain: bool = False
    notes: str = ""
    last_checkpoint_at: datetime | None = None
    planned_s: float | None = None  # the plan's whole time; None in records older than schema 4
    # The treadmill's reports, in time order: loaded for one session (get_session) or on request
    # (list_sessions with_samples), empty otherwise and for sessions with no treadmill.
    samples: tuple[BeltSample, ...] = ()
    # Heart rate over the session (None: none recorded, or a record older than schema 6).
    hr_mean_bpm: float | None = None
    hr_max_bpm: int | None = None
    hr_zones_s: tuple[float, ...] | None = None  # seconds in zones 1..5; None: no zones known
    hr_source: str | None = None  # HR_SOURCE_SENSOR or HR_SOURCE_TREADMILL

    @property
    def duration_s(self) -> float:
        """Active time; never less than the time of the recorded segments."""
        return max(self.active_s, sum(s.actual_s for s in self.segments))

    def seconds_of(self, kind: str) -> float:
        return sum(s.actual_s for s in self.segments if s.kind == kind)

    @property
    def forward_s(self) -> float:
        return self.seconds_of("forward")

    @property
    def backward_s(self) -> float:
        return self.seconds_of("backward")

    @property
    def distance_km(self) -> float:
        return sum(s.distance_km for s in self.segments)

    @property
    def kcal(self) -> float:
        return sum(s.kcal for s in self.segments)

    @property
    def distance_source(self) -> str:
        walked = [s for s in self.segments if s.actual_s > 0]
        return distance_source(len(walked), sum(1 for s in walked if s.measured))

    @property
    def longest_backward_s(self) -> float:
        """Longest stretch of consecutive backward walking (the progression measure)."""
        longest = run = 0.0
        for segment in self.segments:
            if segment.kind == "backward":
                run += segment.actual_s
                longest = max(longest, run)
            elif segment.actual_s > 0:  # a skipped 0 s segment does not break the stretch
                run = 0.0
        return longest

    def segment_start_times(self) -> list[datetime]:
        """When each segment began, counting active time from ``started_at`` (pauses are not
        recorded per segment, so exports lay the segments end to end)."""
        starts: list[datetime] = []
        offset_s = 0.0
        for segment in self.segments:
            starts.append(self.started_at + timedelta(seconds=offset_s))
            offset_s += segment.actual_s
        return starts

    def to_json(self) -> dict[str, Any]:
        """The shape of ``walkcoach history --json`` and of the JSON export."""
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "program_id": self.program_id,
            "program_name": self.program_name,
            "status": self.status,
            "planned_s": None if self.planned_s is None else _round(self.planned_s),
            "duration_s": _round(self.duration_s),
            "forward_s": _round(self.forward_s),
            "backward_s": _round(self.backward_s),
            "longest_backward_s": _round(self.longest_backward_s),
            "distance_km": round(self.distance_km, 4),
            "distance_source": self.distance_source,
            "kcal": _round(self.kcal),
            "weight_kg": self.weight_kg,
            "units": self.units,
            "rpe": self.rpe,
            "pain": self.pain,
            "notes": self.notes,
            "hr_mean_bpm": _maybe(self.hr_mean_bpm, 1),
            "hr_max_bpm": self.hr_max_bpm,
            "hr_zones_s": None if self.hr_zones_s is None else [_round(s) for s in self.hr_zones_s],
            "hr_source": self.hr_source,
            "segments": [s.to_json() for s in self.segments],
        }


def _round(value: float) -> float:
    return round(float(value), 2)


def _maybe(value: float | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)
