"""Units: every conversion in one place, round trips exact, and old settings files keep their choice."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walkcoach.core.settings import load_settings
from walkcoach.core.units import (
    KM_PER_MILE,
    Units,
    distance_in,
    kg_to_lb,
    km_to_mi,
    kmh_to_mph,
    lb_to_kg,
    mi_to_km,
    mph_to_kmh,
    speed_in,
    weight_from,
    weight_in,
    weight_text,
)

FINITE = st.floats(min_value=0.0, max_value=1e6, allow_nan=False)


def test_known_values():
    assert KM_PER_MILE == 1.609344
    assert mph_to_kmh(2.5) == pytest.approx(4.02336)
    assert km_to_mi(1.609344) == pytest.approx(1.0)
    assert kg_to_lb(70) == pytest.approx(154.32, abs=0.01)
    assert lb_to_kg(154.3) == pytest.approx(69.99, abs=0.01)
    assert weight_text(70, "lb") == "154.3 lb" and weight_text(70, "kg") == "70 kg"


@given(FINITE)
def test_round_trips(value):
    assert mph_to_kmh(kmh_to_mph(value)) == pytest.approx(value)
    assert mi_to_km(km_to_mi(value)) == pytest.approx(value)
    assert lb_to_kg(kg_to_lb(value)) == pytest.approx(value)
    assert weight_in(weight_from(value, "lb"), "lb") == pytest.approx(value, abs=1e-9)


@given(FINITE)
def test_each_quantity_follows_its_own_unit(value):
    assert speed_in(value, "kmh") == value and distance_in(value, "km") == value
    assert weight_in(value, "kg") == value == weight_from(value, "kg")
    assert speed_in(value, "mph") == pytest.approx(kmh_to_mph(value))
    assert distance_in(value, "mi") == pytest.approx(km_to_mi(value))
    # A speed unit says nothing about weight: "mph" is not pounds.
    assert weight_in(value, "mph") == value


@pytest.mark.parametrize("old_units", ["kmh", "mph"])
def test_a_settings_file_from_before_keeps_its_one_choice_for_all_three(tmp_path, old_units):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "units": old_units, "weight_kg": 80}))
    settings, warnings = load_settings(path, environ={"LANG": "de_DE.UTF-8"})
    meant = Units.matching_speed(old_units)
    assert warnings == []
    assert (settings.units, settings.distance_unit, settings.weight_unit) == (
        meant.speed,
        meant.distance,
        meant.weight,
    )


def test_units_chosen_one_by_one_are_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"version": 1, "units": "mph", "distance_unit": "km", "weight_unit": "kg"})
    )
    settings, warnings = load_settings(path, environ={"LANG": "en_US.UTF-8"})
    assert warnings == []
    assert (settings.units, settings.distance_unit, settings.weight_unit) == ("mph", "km", "kg")


def test_a_bad_unit_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "distance_unit": "furlongs"}))
    settings, warnings = load_settings(path, environ={"LANG": "de_DE.UTF-8"})
    assert settings.distance_unit == "km"
    assert len(warnings) == 1 and "distance_unit" in warnings[0]
