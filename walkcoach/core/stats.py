"""History statistics: weekly minutes, backward progress, calendar days, streaks, muscle load, bests.

Pure functions over :class:`~walkcoach.core.records.SessionRecord` lists (oldest first, as
``storage.history.list_sessions`` returns them). Every function makes one pass over the sessions
and their segments, so ten years of daily sessions (about 40,000 segments) stay fast.

Dates are local calendar dates: ``tz=None`` means the computer's time zone, tests pass a fixed one.
Weeks are ISO weeks (Monday to Sunday).

Which sessions count toward a streak (:func:`counts_for_streak`): completed and stopped-early
sessions always count (stopping early is still a day walked); an *interrupted* session (the app
crashed or was killed) counts when it recorded at least :data:`STREAK_MIN_INTERRUPTED_S` of
walking, because the crash is not the walker's fault but a session that died in the first seconds
is not a day's walk either. A session still being recorded never counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from walkcoach.core.muscles import MuscleModel, load_model
from walkcoach.core.program import MAX_INCLINE_PCT, MIN_INCLINE_PCT, Segment
from walkcoach.core.records import (
    STATUS_COMPLETED,
    STATUS_INTERRUPTED,
    STATUS_STOPPED,
    SessionRecord,
)

STREAK_MIN_INTERRUPTED_S = 60.0
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
# Dates


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of ``moment`` in ``tz`` (None: the computer's local time zone)."""
    return moment.astimezone(tz).date()


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
    sessions: Iterable[SessionRecord],
    *,
    tz: tzinfo | None = None,
    fill_gaps: bool = True,
) -> list[WeekTotal]:
    """Forward and backward minutes per ISO week, oldest first.

    With ``fill_gaps`` every week between the first and the last appears, empty weeks as zeros,
    so a bar chart shows the breaks honestly.
    """
    totals: dict[date, list[float]] = {}
    for session in sessions:
        forward_s = backward_s = 0.0
        for segment in session.segments:
            if segment.kind == "forward":
                forward_s += segment.actual_s
            elif segment.kind == "backward":
                backward_s += segment.actual_s
        week = iso_week_start(local_date(session.started_at, tz))
        cell = totals.setdefault(week, [0.0, 0.0])
        cell[0] += forward_s
        cell[1] += backward_s
    if not totals:
        return []
    weeks = sorted(totals)
    if fill_gaps:
        first, last = weeks[0], weeks[-1]
        weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    return [
        WeekTotal(week, totals.get(week, (0.0, 0.0))[0] / 60.0, totals.get(week, (0.0, 0.0))[1] / 60.0)
        for week in weeks
    ]


# ---------------------------------------------------------------------------------------------
# Longest continuous backward walking per session (the progression measure)


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    session_id: int
    started_at: datetime
    longest_backward_s: float


def longest_backward_run_s(session: SessionRecord) -> float:
    """Consecutive backward segments count as one run (as ``Program.longest_backward_s``)."""
    return session.longest_backward_s


def backward_progress(sessions: Iterable[SessionRecord]) -> list[ProgressPoint]:
    """One point per session that had any backward walking, oldest first."""
    points = []
    for session in sessions:
        run_s = session.longest_backward_s
        if run_s > 0:
            points.append(ProgressPoint(session.id, session.started_at, run_s))
    return points


# ---------------------------------------------------------------------------------------------
# Calendar and streaks


def counts_for_streak(session: SessionRecord) -> bool:
    """See the module docstring: completed/stopped always, interrupted with >= 60 s walked."""
    if session.status in (STATUS_COMPLETED, STATUS_STOPPED):
        return True
    if session.status == STATUS_INTERRUPTED:
        return session.forward_s + session.backward_s >= STREAK_MIN_INTERRUPTED_S
    return False


def day_totals(
    sessions: Iterable[SessionRecord],
    *,
    end: date,
    days: int = CALENDAR_DAYS,
    tz: tzinfo | None = None,
) -> dict[date, float]:
    """Minutes of session time per local day for the ``days`` days ending with ``end`` (every
    day present, 0 when nothing was walked)."""
    start = end - timedelta(days=days - 1)
    totals = {start + timedelta(days=i): 0.0 for i in range(days)}
    for session in sessions:
        day = local_date(session.started_at, tz)
        if start <= day <= end:
            totals[day] += session.duration_s / 60.0
    return totals


def streak_days(sessions: Iterable[SessionRecord], tz: tzinfo | None = None) -> set[date]:
    return {local_date(s.started_at, tz) for s in sessions if counts_for_streak(s)}


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
    sessions: Iterable[SessionRecord], today: date, tz: tzinfo | None = None
) -> Streaks:
    return streaks_from_days(streak_days(sessions, tz), today)


# ---------------------------------------------------------------------------------------------
# Muscle load


class MuscleLoad:
    """Activation x minutes per muscle, with the activations cached per (kind, incline, speed).

    Programs repeat a handful of conditions, so 40,000 segments need only a few model lookups.
    """

    def __init__(self, model: MuscleModel | None = None) -> None:
        self.model = model or load_model()
        self._cache: dict[tuple[str, float, float], tuple[tuple[str, float], ...]] = {}

    def activations(self, kind: str, incline_pct: float, speed_kmh: float) -> tuple[tuple[str, float], ...]:
        """(muscle id, % MVC) pairs for one condition; rest gives nothing."""
        key = (kind, round(incline_pct, 1), round(speed_kmh, 1))
        found = self._cache.get(key)
        if found is not None:
            return found
        if kind in ("forward", "backward"):
            speed = key[2] if key[2] > 0 else None
            try:
                result = self.model.activations(kind, key[1], speed)
            except ValueError:
                # Recorded segments come from validated programs, so only a hand-edited
                # database gets here: take the nearest incline the program format allows.
                incline = min(MAX_INCLINE_PCT, max(MIN_INCLINE_PCT, key[1]))
                result = self.model.activations(kind, incline, speed)
        elif kind == "station":
            result = self.model.for_segment(Segment("station", 60.0, label="station"))
        else:
            result = []
        pairs = tuple((a.muscle.id, a.activation) for a in result if a.activation > 0)
        self._cache[key] = pairs
        return pairs

    def load(
        self,
        sessions: Iterable[SessionRecord],
        *,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> dict[str, float]:
        """``{muscle_id: sum of activation (% MVC) x minutes}`` over sessions started in
        [since, until); every muscle of the model is present (0 when unused)."""
        totals = {m.id: 0.0 for m in self.model.muscles}
        for session in sessions:
            if since is not None and session.started_at < since:
                continue
            if until is not None and session.started_at >= until:
                continue
            for segment in session.segments:
                if segment.actual_s <= 0 or segment.kind == "rest":
                    continue
                minutes = segment.actual_s / 60.0
                for muscle_id, activation in self.activations(
                    segment.kind, segment.incline_pct, segment.speed_kmh
                ):
                    totals[muscle_id] += activation * minutes
        return totals

    def session_average(self, session: SessionRecord) -> list[tuple[str, float, float]]:
        """(muscle id, average % MVC over the active minutes, load) for one session, hardest
        first: the summary's "muscles worked"."""
        load = self.load([session])
        active_min = sum(
            s.actual_s for s in session.segments if s.kind != "rest" and s.actual_s > 0
        ) / 60.0
        if active_min <= 0:
            return []
        rows = [(mid, value / active_min, value) for mid, value in load.items() if value > 0]
        return sorted(rows, key=lambda row: -row[2])


def relative_load(load: Mapping[str, float]) -> dict[str, float]:
    """Scale loads to 0-100 relative to the largest (for the body diagram's colour scale)."""
    peak = max(load.values(), default=0.0)
    if peak <= 0:
        return {k: 0.0 for k in load}
    return {k: 100.0 * v / peak for k, v in load.items()}


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


def _session_values(session: SessionRecord) -> dict[str, float]:
    steepest = fastest = 0.0
    for segment in session.segments:
        if segment.kind == "backward" and segment.actual_s >= HELD_MIN_S - _EPS:
            steepest = max(steepest, segment.incline_pct)
            fastest = max(fastest, segment.speed_kmh)
    return {
        "longest_backward_run_s": session.longest_backward_s,
        "most_backward_s": session.backward_s,
        "longest_session_s": session.duration_s,
        "steepest_backward_incline_pct": steepest,
        "fastest_backward_speed_kmh": fastest,
    }


def personal_bests(
    sessions: Sequence[SessionRecord], *, tz: tzinfo | None = None
) -> dict[str, Best]:
    """The bests over ``sessions``; keys of :data:`BEST_KEYS`, only those with a value above 0.

    A tie keeps the earlier session (the one that set the mark first). A backward speed or
    incline counts only from a backward segment walked for at least :data:`HELD_MIN_S`.
    """
    bests: dict[str, Best] = {}
    for session in sessions:
        for key, value in _session_values(session).items():
            if value <= 0:
                continue
            current = bests.get(key)
            if current is None or value > current.value + _EPS:
                bests[key] = Best(key, value, session.id, session.started_at)
    days = streak_days(sessions, tz)
    if days:
        longest = streaks_from_days(days, max(days))
        bests["longest_streak_days"] = Best(
            "longest_streak_days", float(longest.longest_days), day=longest.longest_end
        )
    return bests


def bests_reached(
    history: Sequence[SessionRecord], session: SessionRecord, *, tz: tzinfo | None = None
) -> list[BestReached]:
    """The personal bests ``session`` set compared with every session started before it.

    ``history`` may include ``session`` itself (it is ignored there). The streak counts as
    reached when the session made the longest streak longer.
    """
    before = [
        s
        for s in history
        if s.id != session.id
        and (s.started_at, s.id) < (session.started_at, session.id)
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
