"""The heart-rate columns the writer stores, from the functions that work them out (no writer,
no database): segment windows end to end, the samples around a window, the session's figures
kept up as samples come or over all of them, and what a recovery file's columns keep."""

from __future__ import annotations

from walkcoach.core.hr_figures import RunningHeartRate, heart_rate_figures
from walkcoach.core.hr_zones import zones_for
from walkcoach.core.measured import BeltSample
from walkcoach.storage.heart_rate_columns import (
    hr_columns_kept_from_file,
    samples_around,
    segment_hr_columns,
    segment_start_s,
    session_hr_columns,
    session_hr_figures,
)
from walkcoach.storage.sample_columns import SampleColumns
from walkcoach.storage.schema import HR_ZONE_COLUMNS

ZONES = zones_for(max_hr_bpm=200)  # zone bounds 100, 120, 140, 160, 180
SEGMENTS = {0: {"actual_s": 60.0}, 1: {"actual_s": 30.0}, 2: {"actual_s": 45.0}}


def _samples(bpm_at) -> SampleColumns:
    """One sample a second over the three segments (135 s), heart rate ``bpm_at(at_s)``."""
    return SampleColumns(BeltSample(float(s), 4.0, 1.0, s * 1.1, bpm_at(s)) for s in range(135))


def _by_segment(at_s: int) -> int:
    return 110 if at_s < 60 else 150 if at_s < 90 else 130


def test_segments_start_where_the_ones_before_them_add_up_to_in_any_order():
    shuffled = {2: SEGMENTS[2], 0: SEGMENTS[0], 1: SEGMENTS[1]}
    assert [segment_start_s(shuffled, p) for p in (0, 1, 2)] == [0.0, 60.0, 90.0]


def test_samples_around_a_window_are_its_own_and_one_either_side_when_in_time_order():
    samples = _samples(_by_segment)
    around = samples_around(samples, 60.0, 90.0, in_time_order=True)
    assert [s.at_s for s in around] == [float(s) for s in range(59, 92)]
    # Out of time order no bisection is possible: all of them.
    assert len(samples_around(samples, 60.0, 90.0, in_time_order=False)) == len(samples)
    # The few around the window give the same figures as all of them.
    assert heart_rate_figures(around, 60.0, 90.0) == heart_rate_figures(samples[:], 60.0, 90.0)


def test_each_segment_gets_the_heart_rate_of_its_own_window():
    samples = _samples(_by_segment)
    columns = [
        segment_hr_columns(samples, SEGMENTS, p, has_heart_rate=True, in_time_order=True)
        for p in (0, 1, 2)
    ]
    assert [(c["hr_mean_bpm"], c["hr_max_bpm"]) for c in columns] == [
        (110.0, 110),
        (150.0, 150),
        (130.0, 130),
    ]
    without = segment_hr_columns(samples, SEGMENTS, 1, has_heart_rate=False, in_time_order=True)
    assert without == {"hr_mean_bpm": None, "hr_max_bpm": None}


def test_the_sessions_figures_kept_up_as_samples_came_match_those_over_all_of_them():
    samples = _samples(_by_segment)
    running = RunningHeartRate(ZONES)
    for sample in samples:
        running.add(sample.at_s, sample.heart_rate_bpm)
    kept_up = session_hr_figures(samples, 135.0, has_heart_rate=True, running=running, zones=ZONES)
    over_all = session_hr_figures(samples, 135.0, has_heart_rate=True, running=None, zones=ZONES)
    assert kept_up == over_all
    assert over_all is not None and over_all.max_bpm == 150
    assert over_all.zones_s is not None and sum(over_all.zones_s) == 135.0
    assert (
        session_hr_figures(samples, 135.0, has_heart_rate=False, running=None, zones=ZONES) is None
    )


def test_the_session_columns_name_every_zone_and_the_source_only_with_a_heart_rate():
    samples = _samples(_by_segment)
    figures = session_hr_figures(samples, 135.0, has_heart_rate=True, running=None, zones=ZONES)
    assert figures is not None and figures.zones_s is not None
    columns = session_hr_columns(figures, "sensor")
    assert [columns[name] for name in HR_ZONE_COLUMNS] == list(figures.zones_s)
    assert (columns["hr_max_bpm"], columns["hr_source"]) == (150, "sensor")
    silent = session_hr_figures(
        _samples(lambda _s: None), 135.0, has_heart_rate=True, running=None, zones=ZONES
    )
    assert silent is not None and not silent.recorded
    assert set(session_hr_columns(silent, "sensor").values()) == {None}
    assert set(session_hr_columns(None, None).values()) == {None}


def test_a_recovery_files_zone_seconds_stand_only_without_zones_here_and_its_source_if_known():
    file_columns = {name: 10.0 * (i + 1) for i, name in enumerate(HR_ZONE_COLUMNS)}
    file_columns["hr_source"] = "treadmill"
    assert hr_columns_kept_from_file(file_columns, None) == file_columns
    assert hr_columns_kept_from_file(file_columns, ZONES) == {"hr_source": "treadmill"}
    partial = {**file_columns, HR_ZONE_COLUMNS[0]: None, "hr_source": "a watch"}
    assert hr_columns_kept_from_file(partial, None) == {}
