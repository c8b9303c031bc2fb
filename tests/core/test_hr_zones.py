"""Heart-rate zones: bounds from a maximum, from age (Tanaka), on the reserve (Karvonen),
zone_of at the bounds, clear errors, and time in zones from samples."""

from __future__ import annotations

import pytest

from walkcoach.core.hr_zones import (
    ESTIMATE_NOTE,
    RESERVE_NOTE,
    ZONE_NAMES,
    ZoneError,
    ZoneTimer,
    estimate_max_hr,
    time_in_zones,
    zones_for,
)


def test_five_zones_as_percent_of_an_entered_maximum():
    z = zones_for(max_hr_bpm=200)
    assert [(x.low_bpm, x.high_bpm) for x in z.zones] == [
        (100, 120),
        (120, 140),
        (140, 160),
        (160, 180),
        (180, None),
    ]
    assert [x.name for x in z.zones] == list(ZONE_NAMES) and not z.max_estimated
    assert z.top_of_zone_4_bpm == 180


def test_zone_of_at_and_around_the_bounds():
    z = zones_for(max_hr_bpm=200)
    assert [z.zone_of(b) for b in (None, 99, 100, 119, 120, 179, 180, 230)] == [
        None,
        None,
        1,
        1,
        2,
        4,
        5,
        5,
    ]
    assert z.name_of(99) == "Below the zones" and z.name_of(150) == "Moderate"


def test_maximum_estimated_from_age_with_tanakas_formula_and_said_so():
    assert estimate_max_hr(40) == 180  # 208 - 28
    assert estimate_max_hr(25) == 190  # 208 - 17.5 = 190.5, rounded half to even
    z = zones_for(age_years=40)
    assert z.max_bpm == 180 and z.max_estimated and ESTIMATE_NOTE in z.notes
    assert "208 - 0.7 x age" in ESTIMATE_NOTE and "estimate" in ESTIMATE_NOTE
    assert zones_for(max_hr_bpm=175, age_years=40).max_bpm == 175  # entered wins


def test_karvonen_zones_on_the_heart_rate_reserve():
    z = zones_for(max_hr_bpm=180, resting_hr_bpm=60)  # reserve 120
    assert [x.low_bpm for x in z.zones] == [120, 132, 144, 156, 168]
    assert RESERVE_NOTE in z.notes


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "maximum heart rate or an age"),
        ({"age_years": 5}, "age must be between 10 and 100"),
        ({"max_hr_bpm": 260}, "maximum heart rate must be between 100 and 230"),
        ({"max_hr_bpm": 180, "resting_hr_bpm": 20}, "resting heart rate must be between"),
        ({"max_hr_bpm": 150, "resting_hr_bpm": 100}, "well below the maximum"),
    ],
)
def test_impossible_inputs_are_clear_errors(kwargs, match):
    with pytest.raises(ZoneError, match=match):
        zones_for(**kwargs)


def test_time_in_zones_from_per_second_samples_with_gaps_and_unknowns():
    z = zones_for(max_hr_bpm=200)
    samples = [(0.0, 110), (1.0, 110), (2.0, 125), (3.0, None), (4.0, 185), (30.0, 90)]
    seconds = time_in_zones(samples, z, end_s=31.0)
    # the 26 s gap after 185 counts only 5 s (a pause or a lost sensor is not time in zone 5)
    assert seconds == {1: 2.0, 2: 1.0, 3: 0.0, 4: 0.0, 5: 5.0}
    timer = ZoneTimer(z)
    for at_s, bpm in samples:
        timer.add(at_s, bpm)
    timer.finish(31.0)
    assert timer.unknown_s == 1.0 and timer.below_s == 1.0


def test_samples_out_of_order_are_refused():
    timer = ZoneTimer(zones_for(max_hr_bpm=200))
    timer.add(5.0, 120)
    with pytest.raises(ZoneError, match="time order"):
        timer.add(4.0, 120)
