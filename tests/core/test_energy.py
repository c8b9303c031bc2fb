"""The energy estimate: ACSM walking equation, kcal, backward factor, rest and station."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walkcoach.core import energy
from walkcoach.core.energy import (
    BACKWARD_FACTOR,
    MIN_VALID_SPEED_KMH,
    SOURCES,
    distance_km,
    kcal_per_min,
    mets,
    segment_kcal,
    speed_in_equation_range,
    vo2_ml_kg_min,
)
from walkcoach.core.program import Segment

# Worked examples for a 70 kg walker (science.md section 2.2, computed from the ACSM equation).
WORKED = [
    # speed_kmh, incline_pct, vo2, mets, kcal_per_min
    (5.0, 0, 11.83, 3.38, 4.14),
    (5.0, 5, 19.33, 5.52, 6.77),
    (4.0, 10, 22.17, 6.33, 7.76),
    (3.0, 0, 8.50, 2.43, 2.97),
]


@pytest.mark.parametrize(("speed_kmh", "incline_pct", "vo2", "mets_value", "kcal"), WORKED)
def test_worked_examples(speed_kmh, incline_pct, vo2, mets_value, kcal):
    assert vo2_ml_kg_min(speed_kmh, incline_pct) == pytest.approx(vo2, abs=0.005)
    assert mets(speed_kmh, incline_pct) == pytest.approx(mets_value, abs=0.005)
    assert kcal_per_min(speed_kmh, incline_pct, 70) == pytest.approx(kcal, abs=0.005)


def test_equation_terms():
    # 6 km/h = 100 m/min: 3.5 resting + 10 horizontal + 1.8 * 100 * 0.12 = 21.6 vertical.
    assert vo2_ml_kg_min(6.0, 0) == pytest.approx(13.5)
    assert vo2_ml_kg_min(6.0, 12) == pytest.approx(35.1)
    assert vo2_ml_kg_min(0, 0) == pytest.approx(3.5)  # standing still costs the resting rate


def test_downhill_counts_as_level_walking():
    assert vo2_ml_kg_min(5.0, -5) == vo2_ml_kg_min(5.0, 0)
    assert kcal_per_min(4.0, -2.5, 80, "backward") == kcal_per_min(4.0, 0, 80, "backward")


def test_backward_is_the_forward_figure_times_the_labelled_factor():
    assert round(BACKWARD_FACTOR, 2) == 1.18
    forward = kcal_per_min(4.0, 5, 70, "forward")
    assert kcal_per_min(4.0, 5, 70, "backward") == pytest.approx(forward * 1.18)
    assert mets(4.0, 5, "backward") == pytest.approx(mets(4.0, 5) * 1.18)
    assert "estimate" in energy.BACKWARD_FACTOR_NOTE and "Hooper" in energy.BACKWARD_FACTOR_NOTE


def test_speed_range_of_the_equation_is_flagged_but_still_computed():
    assert MIN_VALID_SPEED_KMH == 3.0
    assert speed_in_equation_range(3.0)  # exactly 50 m/min
    assert speed_in_equation_range(6.5)
    assert not speed_in_equation_range(2.9)
    assert not speed_in_equation_range(2.4)  # 1.5 mph, the slow end of the beginner programs
    assert kcal_per_min(2.4, 4, 70, "backward") > 0


def test_kcal_scales_with_body_weight():
    assert kcal_per_min(5.0, 0, 140) == pytest.approx(2 * kcal_per_min(5.0, 0, 70))


def test_walking_segment_kcal():
    ten_minutes = Segment("forward", 600, speed_kmh=5.0, incline_pct=0)
    assert segment_kcal(ten_minutes, 70) == pytest.approx(41.42, abs=0.01)
    backward = Segment("backward", 120, speed_kmh=4.0, incline_pct=10)
    assert segment_kcal(backward, 70) == pytest.approx(22.1667 * 0.35 * 2 * 1.18, abs=0.01)


def test_rest_is_one_met_and_station_an_estimated_five():
    # 1 MET = 3.5 mL/kg/min -> 70 kg: 0.245 L/min -> 1.225 kcal/min.
    assert segment_kcal(Segment("rest", 600), 70) == pytest.approx(12.25)
    station = Segment("station", 120, label="20 lunges + 15 squats", until_confirmed=True)
    assert segment_kcal(station, 70) == pytest.approx(5 * 1.225 * 2)
    assert energy.STATION_METS == 5.0 and "estimate" in energy.STATION_METS_NOTE


def test_distance():
    assert distance_km(5.0, 3600) == pytest.approx(5.0)
    assert distance_km(4.0, 90) == pytest.approx(0.1)
    assert distance_km(0, 600) == 0.0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: kcal_per_min(5, 0, 70, "sideways"), "unknown direction 'sideways'"),
        (lambda: kcal_per_min(5, 0, 0), "body weight must be above 0"),
        (lambda: kcal_per_min(5, 0, -60), "body weight must be above 0"),
        (lambda: kcal_per_min(5, 0, 1000), "at most 400 kg"),
        (lambda: vo2_ml_kg_min(-1, 0), "speed cannot be negative"),
        (lambda: vo2_ml_kg_min(float("nan"), 0), "speed_kmh must be a number"),
        (lambda: vo2_ml_kg_min(5, float("inf")), "incline_pct must be a number"),
        (lambda: distance_km(5, -1), "duration cannot be negative"),
        (lambda: segment_kcal(Segment("rest", 60), float("nan")), "weight_kg must be a number"),
    ],
)
def test_bad_input_gets_a_clear_message(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_sources_name_the_equation_and_the_backward_factor():
    assert any("3.5 + 0.1" in citation for citation in SOURCES.values())
    assert "Hooper et al. 2004" in SOURCES
    assert all(isinstance(k, str) and len(v) > 40 for k, v in SOURCES.items())


@given(
    speed_kmh=st.floats(min_value=0.5, max_value=12),
    incline_pct=st.floats(min_value=-5, max_value=30),
    extra_kmh=st.floats(min_value=0.1, max_value=3),
    extra_pct=st.floats(min_value=0.1, max_value=5),
)
def test_more_speed_or_climb_never_costs_less(speed_kmh, incline_pct, extra_kmh, extra_pct):
    base = kcal_per_min(speed_kmh, incline_pct, 70)
    assert kcal_per_min(speed_kmh + extra_kmh, incline_pct, 70) > base
    assert kcal_per_min(speed_kmh, incline_pct + extra_pct, 70) >= base
    assert kcal_per_min(speed_kmh, incline_pct, 70, "backward") > base


def test_a_turn_is_two_mets_not_a_walk_outside_the_equation():
    # 2 METs at 70 kg: 2.45 kcal/min, so 15 s is about 0.61 kcal (not the ACSM walking figure).
    assert segment_kcal(Segment("turn", 15, 1.0), 70) == pytest.approx(2 * 1.225 / 4)
    assert energy.TURN_METS == 2.0
