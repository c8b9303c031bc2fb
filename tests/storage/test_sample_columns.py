"""The writer's typed sample columns give back exactly the cleaned samples they were given."""

from __future__ import annotations

import math
import tracemalloc

from hypothesis import given
from hypothesis import strategies as st

from walkcoach.core.hr_figures import (
    NO_HEART_RATE,
    RunningHeartRate,
    figures_from_heart_rates,
    heart_rate_figures,
)
from walkcoach.core.hr_zones import zones_for
from walkcoach.core.measured import BeltSample
from walkcoach.storage.sample_columns import SampleColumns

values = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True, width=64))
samples = st.builds(
    BeltSample,
    at_s=st.one_of(st.floats(min_value=-10, max_value=1e6), st.just(math.nan)),
    speed_kmh=values,
    incline_pct=values,
    distance_m=values,
    heart_rate_bpm=st.one_of(st.none(), st.integers(min_value=-5, max_value=400)),
)


@given(st.lists(samples, max_size=30))
def test_columns_hold_the_cleaned_samples(given_samples):
    columns = SampleColumns(given_samples)
    cleaned = [s.cleaned() for s in given_samples]
    assert len(columns) == len(cleaned)
    assert list(columns) == cleaned
    assert columns[:] == cleaned
    assert columns[2:5] == cleaned[2:5]
    if cleaned:
        assert columns[-1] == cleaned[-1]
        assert columns.latest_s() == max(s.at_s for s in cleaned)
    rows = [[s.at_s, s.speed_kmh, s.incline_pct, s.distance_m, s.heart_rate_bpm] for s in cleaned]
    assert list(columns.rows()) == rows
    assert list(columns.rows(3)) == rows[3:]
    assert columns.any_heart_rate() == any(s.heart_rate_bpm is not None for s in cleaned)
    assert columns.in_time_order() == all(
        a.at_s <= b.at_s for a, b in zip(cleaned, cleaned[1:], strict=False)
    )


@given(st.lists(samples, max_size=30), st.floats(0, 100), st.floats(0, 200))
def test_heart_rate_figures_read_from_columns_equal_those_from_objects(given_samples, a, b):
    columns = SampleColumns(given_samples)
    start_s, end_s = min(a, b), max(a, b)
    from_objects = heart_rate_figures(list(columns), start_s, end_s)
    from_columns = figures_from_heart_rates(columns.heart_rates(), start_s, end_s)
    assert from_columns == from_objects


def test_an_out_of_range_index_is_an_index_error():
    columns = SampleColumns([BeltSample(1.0, 4.0, None, None)])
    assert columns[0].incline_pct is None and not math.isnan(columns[0].at_s)
    for index in (1, -2):
        try:
            columns[index]
        except IndexError:
            continue
        raise AssertionError(f"index {index} gave a sample")


def test_three_hours_of_samples_take_under_half_a_mebibyte():
    """As objects they took 1.6 MiB (the soak's growth); the columns hold them in 33 B each."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        columns = SampleColumns()
        for i in range(3 * 3600):
            columns.append(BeltSample(i * 1.0, 4.0 + i * 1e-4, 3.0, i * 1.1, 100 + i % 50))
        used = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(columns) == 10_800
    assert used < 0.5 * 2**20, f"{used / 2**20:.2f} MiB"


@given(
    st.lists(samples, max_size=40),
    st.floats(0, 50),
    st.sampled_from([None, 150, 190]),
)
def test_running_figures_equal_those_over_every_sample(given_samples, extra_s, max_hr):
    """The writer's once-a-minute session figures, kept as samples come, are exactly those
    worked out over every sample (zones included)."""
    zones = None if max_hr is None else zones_for(max_hr, None, None)
    ordered = sorted((s.cleaned() for s in given_samples), key=lambda s: s.at_s)
    running = RunningHeartRate(zones)
    for sample in ordered:
        running.add(sample.at_s, sample.heart_rate_bpm)
    end_s = (ordered[-1].at_s if ordered else 0.0) + extra_s
    expected = heart_rate_figures(ordered, 0.0, end_s, zones) if ordered else NO_HEART_RATE
    assert running.figures(end_s) == expected
    assert running.figures(end_s) == expected  # looking changes nothing


def test_running_figures_refuse_a_sample_from_the_past():
    running = RunningHeartRate()
    running.add(10.0, 120)
    try:
        running.add(9.0, 121)
    except ValueError:
        return
    raise AssertionError("an earlier sample was taken")
