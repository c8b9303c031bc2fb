"""History statistics on hand-made histories: weeks, progress, calendar, streaks, load, bests."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from walkcoach.core import stats
from walkcoach.core.muscles import load_model
from walkcoach.core.records import SegmentRecord, SessionRecord

UTC2 = timezone(timedelta(hours=2))


def seg(
    kind: str, actual_s: float, speed_kmh: float = 3.0, incline_pct: float = 0.0, position: int = 0
):
    return SegmentRecord(position, kind, actual_s, actual_s, speed_kmh, incline_pct)


def session(
    session_id: int,
    started_at: datetime,
    segments: list[SegmentRecord],
    status: str = "completed",
    **extra,
) -> SessionRecord:
    segments = [
        SegmentRecord(i, s.kind, s.planned_s, s.actual_s, s.speed_kmh, s.incline_pct)
        for i, s in enumerate(segments)
    ]
    return SessionRecord(
        id=session_id,
        program_id="test",
        program_name="Test",
        started_at=started_at,
        status=status,
        active_s=sum(s.actual_s for s in segments),
        segments=tuple(segments),
        **extra,
    )


def at(day: int, hour: int = 10, month: int = 3, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


# -- weekly minutes ----------------------------------------------------------------------------


def test_weekly_minutes_split_by_iso_week_and_direction_with_gaps_filled():
    # 2025-03-03 is a Monday; the 10th starts the next ISO week; the 17th-23rd week is empty.
    history = [
        session(1, at(3), [seg("forward", 600), seg("backward", 120), seg("rest", 30)]),
        session(2, at(9), [seg("backward", 180), seg("station", 60)]),
        session(3, at(10), [seg("forward", 300)]),
        session(4, at(24), [seg("backward", 60)]),
    ]
    weeks = stats.weekly_minutes(history, tz=UTC)
    assert [w.week_start for w in weeks] == [
        date(2025, 3, 3),
        date(2025, 3, 10),
        date(2025, 3, 17),
        date(2025, 3, 24),
    ]
    assert [(w.forward_min, w.backward_min) for w in weeks] == [
        (10.0, 5.0),
        (5.0, 0.0),
        (0.0, 0.0),
        (0.0, 1.0),
    ]
    assert weeks[0].iso_week == (2025, 10)
    assert weeks[1].total_min == 5.0
    assert len(stats.weekly_minutes(history, tz=UTC, fill_gaps=False)) == 3


def test_weekly_minutes_use_local_time_for_the_week_boundary():
    # Sunday 23:30 UTC is already Monday 01:30 two hours east: a different ISO week.
    late_sunday = datetime(2025, 3, 9, 23, 30, tzinfo=UTC)
    history = [session(1, late_sunday, [seg("backward", 60)])]
    assert stats.weekly_minutes(history, tz=UTC)[0].week_start == date(2025, 3, 3)
    assert stats.weekly_minutes(history, tz=UTC2)[0].week_start == date(2025, 3, 10)


def test_weekly_minutes_of_nothing_is_empty():
    assert stats.weekly_minutes([], tz=UTC) == []


# -- longest continuous backward ----------------------------------------------------------------


def test_consecutive_backward_segments_are_one_run_and_a_rest_breaks_it():
    s = session(
        1,
        at(3),
        [
            seg("backward", 60),
            seg("backward", 90),  # same stretch: 150 s
            seg("rest", 15),
            seg("backward", 120),
            seg("forward", 0),  # skipped, 0 s: does not break the stretch
            seg("backward", 40),  # 160 s
        ],
    )
    assert stats.longest_backward_run_s(s) == 160
    points = stats.backward_progress([s, session(2, at(4), [seg("forward", 600)])])
    assert [(p.session_id, p.longest_backward_s) for p in points] == [(1, 160)]


# -- calendar and streaks -----------------------------------------------------------------------


def test_day_totals_cover_365_days_ending_today_in_minutes():
    history = [
        session(1, at(1), [seg("forward", 600)]),
        session(2, at(1, hour=18), [seg("backward", 300)]),
        session(3, at(1, year=2023), [seg("backward", 300)]),  # outside the 12 months
    ]
    totals = stats.day_totals(history, end=date(2025, 3, 5), tz=UTC)
    assert len(totals) == 365
    assert min(totals) == date(2024, 3, 6)
    assert max(totals) == date(2025, 3, 5)
    assert totals[date(2025, 3, 1)] == 15.0
    assert sum(totals.values()) == 15.0


def test_streaks_current_and_longest():
    days = [1, 2, 3, 4, 10, 11, 14, 15]  # longest 4 (1-4); current 2 (14-15)
    history = [session(i, at(d), [seg("forward", 300)]) for i, d in enumerate(days)]
    found = stats.streaks(history, today=date(2025, 3, 15), tz=UTC)
    assert (found.current_days, found.longest_days) == (2, 4)
    assert (found.longest_start, found.longest_end) == (date(2025, 3, 1), date(2025, 3, 4))
    # Not walked yet today: yesterday's streak is still alive; two days without: it is over.
    assert stats.streaks(history, today=date(2025, 3, 16), tz=UTC).current_days == 2
    assert stats.streaks(history, today=date(2025, 3, 17), tz=UTC).current_days == 0


def test_streak_counts_only_sessions_that_were_walked():
    """Completed always; stopped, interrupted or too short only with 5 min walked."""
    history = [
        session(1, at(1), [seg("forward", 300)], status="stopped"),  # 5 min, then stop: counts
        session(2, at(2), [seg("backward", 400)], status="interrupted"),  # crash after a walk
        session(3, at(3), [seg("backward", 90)], status="interrupted"),  # died early: no
        session(4, at(4), [seg("forward", 600)], status="running"),
        session(5, at(5), [seg("forward", 30)], status="stopped"),  # 30 s and stop: no
        session(6, at(6), [seg("rest", 1200)], status="stopped"),  # resting is not walking
    ]
    assert stats.streak_days(history, tz=UTC) == {date(2025, 3, 1), date(2025, 3, 2)}
    assert stats.streaks(history, today=date(2025, 3, 2), tz=UTC).current_days == 2
    assert stats.streaks(history, today=date(2025, 3, 4), tz=UTC).current_days == 0
    assert stats.streaks([], today=date(2025, 3, 4)) == stats.Streaks(0, 0)


def test_skipping_through_a_program_does_not_extend_the_streak():
    # Start, then "skip" 13 times: 53 s spent in 13 segments of a 20:30 program; the writer
    # records it as "short" (under 80 % walked), and a short session is not a day walked.
    walked = [seg("forward" if i % 2 else "backward", 53 / 13) for i in range(13)]
    skipped = session(2, at(2), walked, status="short")
    history = [session(1, at(1), [seg("forward", 1230)]), skipped]
    assert stats.streak_days(history, tz=UTC) == {date(2025, 3, 1)}
    assert stats.streaks(history, today=date(2025, 3, 2), tz=UTC).current_days == 1
    # A short session with a real walk in it (12 of 20 minutes, the rest skipped) does count.
    half = session(3, at(3), [seg("forward", 720)], status="short")
    assert date(2025, 3, 3) in stats.streak_days([*history, half], tz=UTC)


# -- muscle load --------------------------------------------------------------------------------


def test_muscle_load_is_activation_times_minutes_per_segment():
    model = load_model()
    history = [
        session(
            1,
            at(3),
            [
                seg("backward", 600, speed_kmh=3.2, incline_pct=5),
                seg("forward", 300, speed_kmh=4.0, incline_pct=0),
                seg("rest", 60),
            ],
        )
    ]
    load = stats.MuscleLoad(model).load(history)
    back = {a.muscle.id: a.activation for a in model.activations("backward", 5, 3.2)}
    fwd = {a.muscle.id: a.activation for a in model.activations("forward", 0, 4.0)}
    assert set(load) == {m.id for m in model.muscles}
    for muscle_id in load:
        assert load[muscle_id] == pytest.approx(back[muscle_id] * 10 + fwd[muscle_id] * 5)


def test_muscle_load_filters_by_period_and_scales_relative_to_the_biggest():
    loader = stats.MuscleLoad()
    history = [
        session(1, at(1), [seg("backward", 600, incline_pct=5)]),
        session(2, at(20), [seg("backward", 60, incline_pct=5)]),
    ]
    recent = loader.load(history, since=at(10))
    everything = loader.load(history)
    assert recent["gluteus_maximus"] == pytest.approx(everything["gluteus_maximus"] / 11)
    scaled = stats.relative_load(everything)
    assert max(scaled.values()) == pytest.approx(100.0)
    assert min(scaled.values()) >= 0
    assert stats.relative_load({"a": 0.0}) == {"a": 0.0}


def test_muscle_load_of_40000_segments_is_fast_thanks_to_the_cache():
    conditions = [
        ("backward", 3.0, 2.4),
        ("forward", 0.0, 3.5),
        ("backward", 5.0, 3.2),
        ("rest", 0, 1),
    ]
    history = []
    for i in range(3650):
        kind, incline, speed = conditions[i % 4]
        segs = [seg(kind, 120, speed, incline) for _ in range(11)]
        history.append(session(i, at(1) + timedelta(days=i), segs))
    loader = stats.MuscleLoad()
    started = time.perf_counter()
    load = loader.load(history)
    elapsed_s = time.perf_counter() - started
    assert len(loader._cache) <= 4
    assert load["gluteus_maximus"] > 0
    assert elapsed_s < 1.0  # about 0.1 s here; without the cache it is tens of seconds


def test_session_average_lists_hardest_muscles_with_their_mean_activation():
    loader = stats.MuscleLoad()
    s = session(
        1, at(3), [seg("backward", 600, 3.2, 5), seg("backward", 600, 3.2, 5), seg("rest", 60)]
    )
    rows = loader.session_average(s)
    figures = {a.muscle.id: a.activation for a in loader.model.activations("backward", 5, 3.2)}
    top_id, mean, load = rows[0]
    assert top_id == max(figures, key=figures.get)
    assert mean == pytest.approx(figures[top_id])  # the rest minute is not averaged in
    assert load == pytest.approx(figures[top_id] * 20)
    assert loader.session_average(session(2, at(3), [seg("rest", 60)])) == []


# -- personal bests -----------------------------------------------------------------------------


def make_best_history() -> list[SessionRecord]:
    return [
        session(1, at(1), [seg("backward", 120, 2.4, 3), seg("forward", 600)]),
        session(
            2, at(2), [seg("backward", 150, 3.0, 5), seg("rest", 15), seg("backward", 150, 3.0, 5)]
        ),
        # A steep fast stretch held only 30 s: neither speed nor incline counts.
        session(3, at(3), [seg("backward", 30, 5.0, 15), seg("forward", 1800)]),
        session(5, at(10), [seg("backward", 90, 3.2, 8)]),
    ]


def test_personal_bests_pick_the_first_session_to_set_each_mark():
    bests = stats.personal_bests(make_best_history(), tz=UTC)
    values = {k: (b.value, b.session_id) for k, b in bests.items()}
    assert values == {
        "longest_backward_run_s": (150, 2),
        "most_backward_s": (300, 2),
        "longest_session_s": (1830, 3),
        "steepest_backward_incline_pct": (8, 5),
        "fastest_backward_speed_kmh": (3.2, 5),
        "longest_streak_days": (3, None),
    }
    assert bests["longest_streak_days"].day == date(2025, 3, 3)
    assert stats.personal_bests([]) == {}


def test_bests_reached_by_a_session_compared_with_what_came_before():
    history = make_best_history()
    reached = {r.best.key: r.previous for r in stats.bests_reached(history, history[3], tz=UTC)}
    assert reached == {"steepest_backward_incline_pct": 5, "fastest_backward_speed_kmh": 3.0}
    second = {r.best.key: r.previous for r in stats.bests_reached(history, history[1], tz=UTC)}
    assert second == {
        "longest_backward_run_s": 120,
        "most_backward_s": 120,
        "steepest_backward_incline_pct": 3,
        "fastest_backward_speed_kmh": 2.4,
        "longest_streak_days": 1,
    }
    # The very first session sets every mark it has (the one-day "streak" is not cheered).
    first = {r.best.key: r.previous for r in stats.bests_reached(history, history[0], tz=UTC)}
    assert set(first) == {
        "longest_backward_run_s",
        "most_backward_s",
        "longest_session_s",
        "steepest_backward_incline_pct",
        "fastest_backward_speed_kmh",
    }
    assert all(previous is None for previous in first.values())


def test_equalling_a_best_is_not_a_new_best():
    history = [
        session(1, at(1), [seg("backward", 120, 3.0, 5)]),
        session(2, at(5), [seg("backward", 120, 3.0, 5)]),
    ]
    assert stats.bests_reached(history, history[1], tz=UTC) == []


def test_precomputed_local_dates_give_the_same_results_and_must_match():
    history = make_best_history()
    days = stats.local_dates(history, UTC)
    assert days == [date(2025, 3, d) for d in (1, 2, 3, 10)]
    assert stats.weekly_minutes(history, tz=UTC, days=days) == stats.weekly_minutes(history, tz=UTC)
    assert stats.personal_bests(history, days=days) == stats.personal_bests(history, tz=UTC)
    with pytest.raises(ValueError, match="one date per session"):
        stats.streaks(history, date(2025, 3, 10), days=days[:2])


def test_summaries_of_records_carry_the_held_backward_bests():
    s = stats.summarize(make_best_history()[2])  # 30 s steep and fast: not held long enough
    assert (s.steepest_backward_incline_pct, s.fastest_backward_speed_kmh) == (0.0, 0.0)
    s = stats.summarize(make_best_history()[1])
    assert (s.longest_backward_s, s.backward_s, s.segment_count) == (150, 300, 3)
    assert s.duration_s == 315
