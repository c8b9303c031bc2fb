"""Units: speed, distance and body weight, each a setting of its own, and every conversion
between them in this one place.

Internally WalkCoach keeps km/h, km and kg; only what is shown, spoken, typed or exported for a
person changes with these settings. Speed and distance are separate because a runner may set a
treadmill in km/h and still think of a walk in miles (or the other way round), and weight is
separate because "mph" never meant pounds to everyone (a British user walks in mph and weighs in
kg or stone).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NamedTuple

KM_PER_MILE = 1.609344  # the international mile, exactly
LB_PER_KG = 2.2046226218  # the international avoirdupois pound is 0.45359237 kg

SPEED_UNITS = ("kmh", "mph")
DISTANCE_UNITS = ("km", "mi")
WEIGHT_UNITS = ("kg", "lb")

# Territories whose treadmills (and people) use miles and pounds: USA, Liberia, Myanmar.
IMPERIAL_TERRITORIES = ("US", "LR", "MM")


def kmh_to_mph(speed_kmh: float) -> float:
    return speed_kmh / KM_PER_MILE


def mph_to_kmh(speed_mph: float) -> float:
    return speed_mph * KM_PER_MILE


def km_to_mi(distance_km: float) -> float:
    return distance_km / KM_PER_MILE


def mi_to_km(distance_mi: float) -> float:
    return distance_mi * KM_PER_MILE


def kg_to_lb(weight_kg: float) -> float:
    return weight_kg * LB_PER_KG


def lb_to_kg(weight_lb: float) -> float:
    return weight_lb / LB_PER_KG


def speed_in(speed_kmh: float, unit: str) -> float:
    """A speed in ``unit`` ("kmh" or "mph")."""
    return kmh_to_mph(speed_kmh) if unit == "mph" else speed_kmh


def distance_in(distance_km: float, unit: str) -> float:
    """A distance in ``unit`` ("km" or "mi")."""
    return km_to_mi(distance_km) if unit == "mi" else distance_km


def weight_in(weight_kg: float, unit: str) -> float:
    """A body weight in ``unit`` ("kg" or "lb"), never rounded here."""
    return kg_to_lb(weight_kg) if unit == "lb" else weight_kg


def weight_from(weight: float, unit: str) -> float:
    """Kilograms from a weight typed in ``unit``. Not rounded: a weight typed in pounds and
    stored as kilograms converts back to exactly what was typed (rounding to 0.01 kg turned a
    typed 154.3 lb into 69.99 kg)."""
    return lb_to_kg(weight) if unit == "lb" else float(weight)


def weight_text(weight_kg: float, unit: str) -> str:
    """ "70 kg" or "154.3 lb": the weight as the user sees it, to a tenth, no trailing zero."""
    return f"{round(weight_in(weight_kg, unit), 1):g} {'lb' if unit == 'lb' else 'kg'}"


# A NamedTuple, not a dataclass: imported before the first frame (docs/performance.md,
# "a frozen dataclass costs 4.7 M instructions to create on Python 3.11").
class Units(NamedTuple):
    """One choice for each quantity."""

    speed: str = "kmh"
    distance: str = "km"
    weight: str = "kg"

    @classmethod
    def imperial(cls) -> Units:
        return cls("mph", "mi", "lb")

    @classmethod
    def matching_speed(cls, speed_unit: str) -> Units:
        """The choice a settings file that had one "units" value (km/h or mph, before the three
        were separate) meant: its speed unit, with the distance and weight that went with it."""
        return cls.imperial() if speed_unit == "mph" else cls()


def units_for_locale(environ: Mapping[str, str] | None = None) -> Units:
    """The default units from the POSIX locale variables (LC_ALL > LC_MEASUREMENT > LANG): the
    one source of WalkCoach's unit defaults.

    Pure: looks only at the mapping given (os.environ when None), never calls setlocale.
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MEASUREMENT", "LANG"):
        value = env.get(name, "")
        if value:
            break
    else:
        return Units()
    # "en_US.UTF-8@euro" -> "en_US"; "C" and "POSIX" have no territory.
    language_territory = value.split(".", 1)[0].split("@", 1)[0]
    _, _, territory = language_territory.partition("_")
    return Units.imperial() if territory.upper() in IMPERIAL_TERRITORIES else Units()
