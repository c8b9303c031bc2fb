"""A window's heart-rate figures: time-weighted mean, maximum, zone seconds; gaps over 5 s and
samples without a heart rate left out; properties under hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walkcoach.core.hr_figures import NO_HEART_RATE, heart_rate_figures
from walkcoach.core.hr_zones import zones_for
from walkcoach.core.measured import BeltSample

ZONES = zones_for(max_hr_bpm=200)  # zone bounds 100, 120, 140, 160, 180


def _hr(at_s: float, bpm: int | None) -> BeltSample:
    return BeltSample(at_s, None, None, None, bpm)


def test_mean_is_weighted_by_the_time_each_value_held():
    # 100 bpm for 1 s, then 130 bpm for 3 s (the samples at 2 and 3 s say 130 too).
    samples = [_hr(0, 100), _hr(1, 130), _hr(2, 130), _hr(3, 130)]
    figures = heart_rate_figures(samples, 0, 4, ZONES)
    assert figures.mean_bpm == pytest.approx((100 + 3 * 130) / 4)
    assert figures.max_bpm == 130
    assert figures.zones_s == pytest.approx((1.0, 3.0, 0.0, 0.0, 0.0))  # 130: zone 2
    assert figures.recorded


def test_a_gap_over_five_seconds_counts_only_five():
    # The strap was lost for 60 s after the first sample: its 150 holds 5 s, not 60.
    figures = heart_rate_figures([_hr(0, 150), _hr(60, 100)], 0, 65, ZONES)
    assert figures.mean_bpm == pytest.approx((150 * 5 + 100 * 5) / 10)
    assert figures.zones_s == pytest.approx((5.0, 0.0, 5.0, 0.0, 0.0))


def test_samples_without_a_heart_rate_hold_nothing():
    samples = [_hr(0, None), _hr(1, 120), _hr(2, None), _hr(3, None)]
    figures = heart_rate_figures(samples, 0, 4, ZONES)
    assert figures.mean_bpm == pytest.approx(120) and figures.max_bpm == 120
    assert sum(figures.zones_s) == pytest.approx(1.0)


def test_no_heart_rate_at_all_is_none_throughout_even_with_zones():
    belt_only = [BeltSample(float(t), 3.0, 1.0, 10.0 * t) for t in range(10)]
    assert heart_rate_figures(belt_only, 0, 10, ZONES) == NO_HEART_RATE
    assert heart_rate_figures([], 0, 10, ZONES) == NO_HEART_RATE
    assert not NO_HEART_RATE.recorded


def test_without_zones_there_are_no_zone_seconds():
    figures = heart_rate_figures([_hr(0, 110), _hr(1, 120)], 0, 2)
    assert figures.zones_s is None and figures.max_bpm == 120


def test_a_segment_window_takes_the_value_held_in_from_before_it():
    samples = [_hr(8, 90), _hr(10.5, 140), _hr(11.5, 150), _hr(30, 60)]
    figures = heart_rate_figures(samples, 10, 12)  # the later samples are outside
    assert figures.mean_bpm == pytest.approx((90 * 0.5 + 140 * 1 + 150 * 0.5) / 2)
    assert figures.max_bpm == 150


def test_a_zero_second_window_gets_the_plain_figures_of_its_samples():
    figures = heart_rate_figures([_hr(5, 100), _hr(5, 120)], 5, 5)
    assert figures.mean_bpm == pytest.approx(110) and figures.max_bpm == 120


def test_garbage_values_and_windows_are_no_heart_rate():
    assert heart_rate_figures([_hr(0, 0), _hr(1, 400)], 0, 2) == NO_HEART_RATE
    assert heart_rate_figures([_hr(0, 100)], float("nan"), 2) == NO_HEART_RATE


_samples = st.lists(
    st.builds(
        _hr,
        st.floats(0, 600, allow_nan=False),
        st.one_of(st.none(), st.integers(30, 230)),
    ),
    max_size=60,
    unique_by=lambda s: s.at_s,  # one sample per time, as the samples table keeps them
)


@settings(max_examples=200, deadline=None)
@given(_samples, st.floats(0, 300), st.floats(0, 400))
def test_properties_mean_within_values_and_zone_time_within_span(samples, start_s, length_s):
    end_s = start_s + length_s
    figures = heart_rate_figures(samples, start_s, end_s, ZONES)
    values = [s.heart_rate_bpm for s in samples if s.heart_rate_bpm is not None]
    if figures.max_bpm is None:
        assert figures == NO_HEART_RATE
        return
    assert figures.max_bpm in values
    assert min(values) - 1e-9 <= figures.mean_bpm <= figures.max_bpm + 1e-9
    assert len(figures.zones_s) == 5 and all(s >= 0 for s in figures.zones_s)
    assert sum(figures.zones_s) <= length_s + 1e-6


@settings(max_examples=200, deadline=None)
@given(_samples, st.floats(0, 100))
def test_properties_samples_without_heart_rate_add_nothing(samples, late_s):
    """A "--" sample (no contact) after every hold has run out changes no figure; a list of
    nothing but "--" has no figures at all."""
    last_s = max((s.at_s for s in samples), default=0.0)
    extra = _hr(last_s + 5.0 + late_s, None)
    end_s = last_s + 200
    assert heart_rate_figures([*samples, extra], 0, end_s, ZONES) == heart_rate_figures(
        samples, 0, end_s, ZONES
    )
    blank = [_hr(s.at_s, None) for s in samples]
    assert heart_rate_figures(blank, 0, end_s, ZONES) == NO_HEART_RATE


@settings(max_examples=100, deadline=None)
@given(_samples, st.floats(0, 700))
def test_properties_order_of_the_samples_does_not_matter(samples, end_s):
    forward = heart_rate_figures(samples, 0, end_s, ZONES)
    backward = heart_rate_figures(list(reversed(samples)), 0, end_s, ZONES)
    assert forward.max_bpm == backward.max_bpm
    if forward.mean_bpm is not None:
        assert backward.mean_bpm == pytest.approx(forward.mean_bpm)
