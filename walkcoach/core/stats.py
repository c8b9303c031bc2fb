"""History statistics: weekly minutes, backward progress, calendar days, streaks, muscle load, bests.

Pure functions over sessions, oldest first: either full
:class:`~walkcoach.core.records.SessionRecord` objects or the lighter :class:`SessionSummary`
rows that ``storage.summaries`` aggregates in SQL (the history page uses those, so ten years of
daily sessions, about 40,000 segments, never have to be loaded one segment at a time). Every
function makes one pass.

Dates are local calendar dates: ``tz=None`` means the computer's time zone, tests pass a fixed one.
Weeks are ISO weeks (Monday to Sunday).

Which sessions count toward a streak (:func:`counts_for_streak`): only sessions that were
walked. A *completed* session always counts (it walked at least 80 % of its plan, see
``core.records.final_status``). Any other finished session -- stopped early, interrupted by a
crash, or "too short" because most of it was skipped -- counts when it holds at least
:data:`STREAK_MIN_WALKED_S` (5 minutes) of forward and backward walking: stopping early after a
real walk is still a day walked, but pressing skip through a program is not. A session still
being recorded never counts.

Past 400 lines: small functions over the same session summaries (weekly minutes, streaks,
bests); muscle load already has a module of its own, and bests are the next to split off.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol

# Re-exported: muscle load is one of the history statistics, kept in its own module for size.
from walkcoach.core.muscle_load import MuscleLoad as MuscleLoad
from walkcoach.core.muscle_load import relative_load as relative_load
from walkcoach.core.records import (
    STATUS_COMPLETED,
    STATUS_INTERRUPTED,
    STATUS_SHORT,
    STATUS_STOPPED,
    SessionRecord,
)

STREAK_MIN_WALKED_S = 5 * 60.0
HELD_MIN_S = 60.0  # a backward speed or incline counts as a best only when held this long
CALENDAR_DAYS = 365  # the calendar heatmap covers 12 months
_EPS = 1e-6

BEST_KEYS = (
    "longest_backward_run_s",
    "most_backward_s",
    "longest_session_s",
    "steepest_backward_incline_pct",
    "fastest_backward_speed_kmh",
    "longest_streak_days",
)


# ---------------------------------------------------------------------------------------------
# Sessions


class SessionLike(Protocol):
    """What the statistics read from a session: SessionRecord and SessionSummary both fit."""

    @property
    def id(self) -> int: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def status(self) -> str: ...
    @property
    def duration_s(self) -> float: ...
    @property
    def forward_s(self) -> float: ...
    @property
    def backward_s(self) -> float: ...
    @property
    def longest_backward_s(self) -> float: ...


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One session's totals without its segments (the history page's row)."""

    id: int
    program_id: str
    program_name: str
    started_at: datetime
    status: str
    active_s: float
    forward_s: float = 0.0
    backward_s: float = 0.0
    walked_s: float = 0.0  # all segments' actual time (rests and stations included)
    distance_km: float = 0.0
    kcal: float = 0.0
    longest_backward_s: float = 0.0
    steepest_backward_incline_pct: float = 0.0  # of backward segments held >= HELD_MIN_S
    fastest_backward_speed_kmh: float = 0.0  # idem
    segment_count: int = 0
    distance_source: str = "planned"  # records.distance_source: measured, planned or mixed
    rpe: int | None = None
    pain: bool = False
    notes: str = ""

    @property
    def duration_s(self) -> float:
        """Active time; never less than the time of the recorded segments (as SessionRecord)."""
        return max(self.active_s, self.walked_s)


def summarize(session: SessionRecord) -> SessionSummary:
    """The summary of a full record (what storage.summaries computes in SQL)."""
    steepest = fastest = 0.0
    for segment in session.segments:
        if segment.kind == "backward" and segment.actual_s >= HELD_MIN_S - _EPS:
            # What the belt did where it was measured, else the plan's targets.
            steepest = max(steepest, segment.walked_incline_pct)
            fastest = max(fastest, segment.walked_speed_kmh)
    return SessionSummary(
        id=session.id,
        program_id=session.program_id,
        program_name=session.program_name,
        started_at=session.started_at,
        status=session.status,
        active_s=session.active_s,
        forward_s=session.forward_s,
        backward_s=session.backward_s,
        walked_s=sum(s.actual_s for s in session.segments),
        distance_km=session.distance_km,
        kcal=session.kcal,
        longest_backward_s=session.longest_backward_s,
        steepest_backward_incline_pct=steepest,
        fastest_backward_speed_kmh=fastest,
        segment_count=len(session.segments),
        distance_source=session.distance_source,
        rpe=session.rpe,
        pain=session.pain,
        notes=session.notes,
    )


def _as_summary(session: SessionLike) -> SessionSummary:
    return session if isinstance(session, SessionSummary) else summarize(session)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Dates


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of ``moment`` in ``tz`` (None: the computer's local time zone)."""
    return moment.astimezone(tz).date()


def local_dates(sessions: Iterable[SessionLike], tz: tzinfo | None = None) -> list[date]:
    """Each session's local start date, once: the functions below take this list as ``days``
    so ten years of sessions are not converted to local time four times over."""
    return [s.started_at.astimezone(tz).date() for s in sessions]


def _dates(
    sessions: Sequence[SessionLike], tz: tzinfo | None, days: Sequence[date] | None
) -> Sequence[date]:
    if days is None:
        return local_dates(sessions, tz)
    if len(days) != len(sessions):
        raise ValueError("days must hold one date per session")
    return days


def iso_week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


# ---------------------------------------------------------------------------------------------
# Weekly minutes


@dataclass(frozen=True, slots=True)
class WeekTotal:
    """Minutes walked each way in one ISO week (``week_start`` is its Monday)."""

    week_start: date
    forward_min: float
    backward_min: float

    @property
    def total_min(self) -> float:
        return self.forward_min + self.backward_min

    @property
    def iso_week(self) -> tuple[int, int]:
        year, week, _ = self.week_start.isocalendar()
        return year, week


def weekly_minutes(
    sessions: Sequence[SessionLike],
    *,
    tz: tzinfo | None = None,
    fill_gaps: bool = True,
    days: Sequence[date] | None = None,
) -> list[WeekTotal]:
    """Forward and backward minutes per ISO week, oldest first.

    With ``fill_gaps`` every week between the first and the last appears, empty weeks as zeros,
    so a bar chart shows the breaks honestly.
    """
    totals: dict[date, list[float]] = {}
    for session, day in zip(sessions, _dates(sessions, tz, days), strict=True):
        week = day - timedelta(days=day.weekday())
        cell = totals.setdefault(week, [0.0, 0.0])
        cell[0] += session.forward_s
        cell[1] += session.backward_s
    if not totals:
        return []
    weeks = sorted(totals)
    if fill_gaps:
        first, last = weeks[0], weeks[-1]
        weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    return [
        WeekTotal(
            week, totals.get(week, (0.0, 0.0))[0] / 60.0, totals.get(week, (0.0, 0.0))[1] / 60.0
        )
        for week in weeks
    ]


# ---------------------------------------------------------------------------------------------
# Longest continuous backward walking per session (the progression measure)


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    session_id: int
    started_at: datetime
    longest_backward_s: float


def longest_backward_run_s(session: SessionLike) -> float:
    """Consecutive backward segments count as one run (as ``Program.longest_backward_s``)."""
    return session.longest_backward_s


def backward_progress(sessions: Iterable[SessionLike]) -> list[ProgressPoint]:
    """One point per session that had any backward walking, oldest first."""
    points = []
    for session in sessions:
        run_s = session.longest_backward_s
        if run_s > 0:
            points.append(ProgressPoint(session.id, session.started_at, run_s))
    return points


# ---------------------------------------------------------------------------------------------
# Calendar and streaks


def counts_for_streak(session: SessionLike) -> bool:
    """See the module docstring: completed always; stopped, interrupted or too short with at
    least 5 minutes walked forward and backward."""
    if session.status == STATUS_COMPLETED:
        return True
    if session.status in (STATUS_STOPPED, STATUS_INTERRUPTED, STATUS_SHORT):
        return session.forward_s + session.backward_s >= STREAK_MIN_WALKED_S - _EPS
    return False


def day_totals(
    sessions: Sequence[SessionLike],
    *,
    end: date,
    span_days: int = CALENDAR_DAYS,
    tz: tzinfo | None = None,
    days: Sequence[date] | None = None,
) -> dict[date, float]:
    """Minutes of session time per local day for the ``span_days`` days ending with ``end``
    (every day present, 0 when nothing was walked)."""
    start = end - timedelta(days=span_days - 1)
    totals = {start + timedelta(days=i): 0.0 for i in range(span_days)}
    for session, day in zip(sessions, _dates(sessions, tz, days), strict=True):
        if start <= day <= end:
            totals[day] += session.duration_s / 60.0
    return totals


def streak_days(
    sessions: Sequence[SessionLike],
    tz: tzinfo | None = None,
    days: Sequence[date] | None = None,
) -> set[date]:
    return {
        day
        for s, day in zip(sessions, _dates(sessions, tz, days), strict=True)
        if counts_for_streak(s)
    }


@dataclass(frozen=True, slots=True)
class Streaks:
    """``current_days``: the run of walking days ending today, or yesterday (today is not over
    yet, so not walking *so far* today does not break it). ``longest_*``: the longest run ever."""

    current_days: int
    longest_days: int
    longest_start: date | None = None
    longest_end: date | None = None


def streaks_from_days(days: Iterable[date], today: date) -> Streaks:
    ordered = sorted(set(days))
    longest = 0
    longest_start = longest_end = None
    run = 0
    run_start: date | None = None
    previous: date | None = None
    for day in ordered:
        if previous is not None and day - previous == timedelta(days=1):
            run += 1
        else:
            run, run_start = 1, day
        if run > longest:
            longest, longest_start, longest_end = run, run_start, day
        previous = day
    walked = set(ordered)
    anchor = today if today in walked else today - timedelta(days=1)
    current = 0
    while anchor in walked:
        current += 1
        anchor -= timedelta(days=1)
    return Streaks(current, longest, longest_start, longest_end)


def streaks(
    sessions: Sequence[SessionLike],
    today: date,
    tz: tzinfo | None = None,
    days: Sequence[date] | None = None,
) -> Streaks:
    return streaks_from_days(streak_days(sessions, tz, days), today)


# ---------------------------------------------------------------------------------------------
# Personal bests


@dataclass(frozen=True, slots=True)
class Best:
    """One personal best: ``value`` in the unit its key names; the session that set it (the
    first to reach it), or for the streak the last day of the streak."""

    key: str
    value: float
    session_id: int | None = None
    started_at: datetime | None = None
    day: date | None = None


@dataclass(frozen=True, slots=True)
class BestReached:
    best: Best
    previous: float | None  # the best before this session; None: the first of its kind


def _session_values(session: SessionSummary) -> dict[str, float]:
    return {
        "longest_backward_run_s": session.longest_backward_s,
        "most_backward_s": session.backward_s,
        "longest_session_s": session.duration_s,
        "steepest_backward_incline_pct": session.steepest_backward_incline_pct,
        "fastest_backward_speed_kmh": session.fastest_backward_speed_kmh,
    }


def personal_bests(
    sessions: Sequence[SessionLike],
    *,
    tz: tzinfo | None = None,
    days: Sequence[date] | None = None,
) -> dict[str, Best]:
    """The bests over ``sessions``; keys of :data:`BEST_KEYS`, only those with a value above 0.

    A tie keeps the earlier session (the one that set the mark first). A backward speed or
    incline counts only from a backward segment walked for at least :data:`HELD_MIN_S`.
    """
    bests: dict[str, Best] = {}
    for session in sessions:
        for key, value in _session_values(_as_summary(session)).items():
            if value <= 0:
                continue
            current = bests.get(key)
            if current is None or value > current.value + _EPS:
                bests[key] = Best(key, value, session.id, session.started_at)
    walked = streak_days(sessions, tz, days)
    if walked:
        longest = streaks_from_days(walked, max(walked))
        bests["longest_streak_days"] = Best(
            "longest_streak_days", float(longest.longest_days), day=longest.longest_end
        )
    return bests


def bests_reached(
    history: Sequence[SessionLike], session: SessionLike, *, tz: tzinfo | None = None
) -> list[BestReached]:
    """The personal bests ``session`` set compared with every session started before it.

    ``history`` may include ``session`` itself (it is ignored there). The streak counts as
    reached when the session made the longest streak longer.
    """
    before = [
        s
        for s in history
        if s.id != session.id and (s.started_at, s.id) < (session.started_at, session.id)
    ]
    old = personal_bests(before, tz=tz)
    new = personal_bests([*before, session], tz=tz)
    reached = []
    for key in BEST_KEYS:
        best = new.get(key)
        if best is None:
            continue
        previous = old.get(key)
        if previous is not None and best.value <= previous.value + _EPS:
            continue
        if key == "longest_streak_days":
            if best.value < 2:  # a single day is not yet a streak worth a cheer
                continue
        elif best.session_id != session.id:
            continue
        reached.append(BestReached(best, previous.value if previous else None))
    return reached


# ---------------------------------------------------------------------------------------------
# The last time


def previous_walk(history: Sequence[SessionLike], session: SessionLike) -> SessionLike | None:
    """The latest session before ``session`` of the same program that was walked (counts for
    the streak: see the module docstring), or None when this is the first time.

    ``history`` may include ``session`` itself; sessions are matched by ``program_id``.
    """
    program_id = getattr(session, "program_id", None)
    found = None
    for other in history:
        if other.id == session.id or getattr(other, "program_id", None) != program_id:
            continue
        if (other.started_at, other.id) >= (session.started_at, session.id):
            continue
        if not counts_for_streak(other):
            continue
        if found is None or (other.started_at, other.id) > (found.started_at, found.id):
            found = other
    return found
