"""The treadmill's samples into a segment's measured figures: distance (resets, gaps, no totals),
time-weighted means, nothing negative, and segments that add up to the whole."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walkcoach.core.measured import (
    MAX_HOLD_S,
    BeltSample,
    MeasuredSegment,
    cumulative_distances_m,
    summarise,
)


def belt(at_s, speed=3.6, incline=2.0, distance=None, hr=None):
    return BeltSample(
        at_s=at_s, speed_kmh=speed, incline_pct=incline, distance_m=distance, heart_rate_bpm=hr
    )


def test_distance_from_the_running_total_that_starts_anywhere():
    # 1 m/s for 10 s; the machine had counted 1234 m before the session.
    samples = [belt(t, distance=1234 + t) for t in range(0, 11)]
    m = summarise(samples, 0, 10)
    assert m == MeasuredSegment(10.0, pytest.approx(3.6), pytest.approx(2.0), 11)


def test_a_reset_to_zero_counts_what_was_walked_since():
    # 5 m, the machine stopped and started again from 0, then 4 m more.
    totals = [100, 101, 102, 103, 104, 105, 0, 1, 2, 3, 4]
    samples = [belt(t, distance=d) for t, d in enumerate(totals)]
    m = summarise(samples, 0, 10)
    assert m.distance_m == pytest.approx(9.0)
    assert cumulative_distances_m(samples) == [0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9]


def test_without_totals_the_speed_is_integrated():
    samples = [belt(t, speed=7.2) for t in range(0, 61)]  # 2 m/s, no distance reported
    m = summarise(samples, 0, 60)
    assert m.distance_m == pytest.approx(120.0)
    assert m.mean_speed_kmh == pytest.approx(7.2)


def test_means_are_weighted_by_time_and_a_long_gap_is_left_out():
    # 3.0 km/h for 10 s, then nothing for 50 s (the link was lost), then 6.0 km/h for 10 s.
    samples = [belt(t, speed=3.0, incline=0.0) for t in range(0, 10)]
    samples += [belt(t, speed=6.0, incline=4.0) for t in range(60, 71)]
    m = summarise(samples, 0, 70)
    # 3.0 for 9 s + held 5 s of the gap, 6.0 for 10 s: never the 45 unknown seconds.
    assert m.mean_speed_kmh == pytest.approx((3.0 * 14 + 6.0 * 10) / 24)
    assert m.mean_incline_pct == pytest.approx(4.0 * 10 / 24)


def test_values_the_machine_never_reported_stay_unknown():
    samples = [BeltSample(t, 4.0, None, None) for t in range(5)]
    m = summarise(samples, 0, 4)
    assert m.mean_incline_pct is None and m.mean_speed_kmh == pytest.approx(4.0)


def test_no_samples_or_none_near_the_segment_gives_none():
    assert summarise([], 0, 10) is None
    assert summarise([belt(0, distance=0)], 20, 30) is None  # long before it
    assert summarise([belt(40, distance=0)], 20, 30) is None  # only after it


def test_the_sample_before_the_start_counts_the_distance_from_the_start():
    # 1 m/s; the segment starts at 10.5 s, between two samples: half a metre of it is before.
    samples = [belt(t, distance=t) for t in range(0, 21)]
    m = summarise([s for s in samples if s.at_s >= 10], 10.5, 20)
    assert m.distance_m == pytest.approx(9.5)
    assert m.sample_count == 10


def test_adjacent_segments_add_up_to_the_whole():
    samples = [belt(t * 1.0, speed=3.6, distance=t * 1.0) for t in range(0, 31)]
    whole = summarise(samples, 0, 30).distance_m
    parts = sum(summarise(samples, a, b).distance_m for a, b in ((0, 7.5), (7.5, 19.2), (19.2, 30)))
    assert parts == pytest.approx(whole)


def test_garbage_values_are_not_reported_values():
    samples = [BeltSample(0, math.nan, math.inf, -5.0), BeltSample(1, -2.0, 1.0, 3.0)]
    m = summarise(samples, 0, 1)
    assert m.distance_m == pytest.approx(3.0)
    assert m.mean_speed_kmh == 0.0 and m.mean_incline_pct == pytest.approx(1.0)
    assert BeltSample(1, 2, 3, 4, heart_rate_bpm=900).cleaned().heart_rate_bpm is None


maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731
numbers = st.floats(allow_nan=True, allow_infinity=True, width=32)
sample_st = st.builds(
    BeltSample,
    at_s=st.floats(-10, 4000, allow_nan=False),
    speed_kmh=maybe(numbers),
    incline_pct=maybe(numbers),
    distance_m=maybe(numbers),
    heart_rate_bpm=maybe(st.integers(-5, 400)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(sample_st, max_size=40), st.floats(-10, 4000), st.floats(0, 600))
def test_never_negative_never_raises(samples, start_s, length_s):
    m = summarise(samples, start_s, start_s + length_s)
    if m is None:
        return
    assert m.distance_m >= 0 and math.isfinite(m.distance_m)
    assert m.sample_count >= 0
    for mean in (m.mean_speed_kmh, m.mean_incline_pct):
        assert mean is None or math.isfinite(mean)
    if m.mean_speed_kmh is not None:
        assert m.mean_speed_kmh >= 0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0, 20), st.floats(0, 5)), min_size=2, max_size=60),
    st.lists(st.floats(0, 1), min_size=1, max_size=4),
)
def test_with_resets_segments_add_up_and_match_the_increments(steps, cuts):
    """Per-second samples whose total grows by what was walked and sometimes resets to 0: the
    segments' distances sum to the total walked between the first and last sample."""
    samples, total, walked = [], 0.0, 0.0
    for t, (speed, step_m) in enumerate(steps):
        if t and t % 17 == 0:
            total = step_m  # reset: the machine counts from 0 again
        elif t:
            total += step_m
        if t:
            walked += step_m
        samples.append(BeltSample(float(t), speed, 0.0, total))
    end = float(len(steps) - 1)
    bounds = sorted({0.0, end, *(c * end for c in cuts)})
    parts = [summarise(samples, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    assert sum(p.distance_m for p in parts if p) == pytest.approx(walked, abs=1e-6)
    assert cumulative_distances_m(samples)[-1] == pytest.approx(walked)


def test_hold_limit_is_the_links_data_timeout():
    assert MAX_HOLD_S == 5.0


def test_a_garbled_total_never_adds_more_than_a_belt_can_run():
    # 1 m/s; at 5 s the total jumps to 9 km (a garbled frame), then goes on from there.
    totals = [0, 1, 2, 3, 4, 9004, 9005, 9006]
    samples = [belt(t, distance=d) for t, d in enumerate(totals)]
    m = summarise(samples, 0, 7)
    assert m.distance_m <= 6 + 25 / 3.6 + 5  # the six real metres and one bounded step
    # A "reset" to a large number (another machine's total) is bounded the same way.
    falls = [belt(0, distance=5000), belt(1, distance=3000), belt(2, distance=3001)]
    assert summarise(falls, 0, 2).distance_m <= 25 / 3.6 + 5 + 1


def test_heart_rate_only_samples_say_nothing_about_the_belt():
    from walkcoach.core.measured import BeltSample, summarise

    heart_only = [BeltSample(float(t), None, None, None, 120) for t in range(0, 60)]
    assert summarise(heart_only, 0.0, 60.0) is None
    belt = [BeltSample(0.0, 3.6, 1.0, 0.0), BeltSample(60.0, 3.6, 1.0, 60.0)]
    mixed = summarise(belt + heart_only[1:59], 0.0, 60.0)
    assert mixed is not None and mixed == summarise(belt, 0.0, 60.0)
