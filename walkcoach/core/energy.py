"""Energy estimate: the ACSM walking equation, kcal per minute and per segment, backward factor.

ACSM walking equation (VO2 in mL/kg/min, speed S in m/min, grade G as a fraction)::

    VO2 = 3.5 + 0.1 * S + 1.8 * S * G          kcal/min = VO2 * weight_kg / 1000 * 5

* Downhill: the ACSM walking equation has no negative vertical term, so grades below 0 % count as
  level (G = 0); the estimate never drops below level walking at the same speed.
* Below 50 m/min (3.0 km/h) the equation is outside its validated range. The figure is still
  computed; ``speed_in_equation_range()`` lets the UI label it.
* Backward walking: the forward figure times ``BACKWARD_FACTOR`` (1.18), an estimate based on
  Hooper et al. 2004, who found heart rate and VO2 17-20 % higher backward at 5-10 % grade. No
  ratio was found for level backward walking; the same factor is assumed.
* Rest: 1 MET (3.5 mL/kg/min). Station (lunges and squats): an estimated 5 METs.
"""

from __future__ import annotations

import math

from walkcoach.core.i18n import QT_TRANSLATE_NOOP
from walkcoach.core.program import Segment

BACKWARD_FACTOR = 1.18  # estimate: Hooper 2004, +17-20 % at 5-10 % grade; assumed on the level too
# Notes on how the figures are estimated: marked for the screens that show them (core_text).
BACKWARD_FACTOR_NOTE = QT_TRANSLATE_NOOP(
    "Energy",
    "Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were "
    "17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).",
)
MIN_VALID_SPEED_KMH = 3.0  # 50 m/min, the equation's lower limit
ML_O2_PER_MET = 3.5  # mL/kg/min at rest
KCAL_PER_LITRE_O2 = 5.0
REST_METS = 1.0
STATION_METS = 5.0  # estimate for body-weight lunges and squats at a steady pace
# A turn is a slow shuffle round on a belt at about 1 km/h, below the range of the ACSM walking
# equation: counted at 2 METs, the usual figure for very slow walking (an estimate).
TURN_METS = 2.0
STATION_METS_NOTE = QT_TRANSLATE_NOOP(
    "Energy", "Station (lunges and squats) energy is an estimate of about 5 METs."
)
DIRECTIONS = ("forward", "backward")
MAX_WEIGHT_KG = 400.0

SOURCES: dict[str, str] = {
    "ACSM walking equation": (
        "American College of Sports Medicine walking equation, VO2 = 3.5 + 0.1 x speed (m/min) + "
        "1.8 x speed x grade; as given in Bushman BA, Metabolic calculations in action, Parts 1 "
        "and 2, ACSM's Health & Fitness Journal 2020; 24(3) and 24(4). Meant for speeds of 50 "
        "m/min (3.0 km/h) and above."
    ),
    "Compendium unit conversions": (
        "Compendium of Physical Activities, unit conversions: 1 MET = 3.5 mL/kg/min; 1 litre of "
        "oxygen is about 5 kcal."
    ),
    "Hooper et al. 2004": (
        "Hooper TL, Dunn DM, Props JE, Bruce BA, Sawyer SF, Daniel JA. The effects of graded "
        "forward and backward walking on heart rate and oxygen consumption. J Orthop Sports Phys "
        "Ther 2004; 34(2):65-71. Basis of the backward factor (an estimate)."
    ),
    "ACSM validation study": (
        "The oxygen required for horizontal and grade walking on a motor-driven treadmill: the "
        "ACSM figures matched the group mean at 6-18 % grade but ran low at 0 and 3 %, so level "
        "walking estimates are likely on the low side."
    ),
}


def _check_number(value: float, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a number (got {value!r})")
    return float(value)


def _check_speed(speed_kmh: float) -> float:
    speed_kmh = _check_number(speed_kmh, "speed_kmh")
    if speed_kmh < 0:
        raise ValueError(f"speed cannot be negative (got {speed_kmh:g} km/h)")
    return speed_kmh


def _check_weight(weight_kg: float) -> float:
    weight_kg = _check_number(weight_kg, "weight_kg")
    if not 0 < weight_kg <= MAX_WEIGHT_KG:
        raise ValueError(
            f"body weight must be above 0 and at most {MAX_WEIGHT_KG:g} kg (got {weight_kg:g})"
        )
    return weight_kg


def kmh_to_m_per_min(speed_kmh: float) -> float:
    return speed_kmh * 1000.0 / 60.0


def vo2_ml_kg_min(speed_kmh: float, incline_pct: float) -> float:
    """Oxygen cost of forward walking (mL/kg/min) by the ACSM equation; downhill counts as level."""
    speed_m_min = kmh_to_m_per_min(_check_speed(speed_kmh))
    grade = max(0.0, _check_number(incline_pct, "incline_pct")) / 100.0
    return ML_O2_PER_MET + 0.1 * speed_m_min + 1.8 * speed_m_min * grade


def mets(speed_kmh: float, incline_pct: float, direction: str = "forward") -> float:
    """Walking intensity in METs (1 MET = 3.5 mL/kg/min), backward factor included."""
    return vo2_ml_kg_min(speed_kmh, incline_pct) * direction_factor(direction) / ML_O2_PER_MET


def direction_factor(direction: str) -> float:
    """1.0 forward, BACKWARD_FACTOR backward (an estimate)."""
    if direction == "forward":
        return 1.0
    if direction == "backward":
        return BACKWARD_FACTOR
    raise ValueError(f"unknown direction {direction!r} (use forward or backward)")


def kcal_per_min(
    speed_kmh: float, incline_pct: float, weight_kg: float, direction: str = "forward"
) -> float:
    """Estimated energy use while walking, kcal per minute."""
    factor = direction_factor(direction)
    weight_kg = _check_weight(weight_kg)
    return vo2_ml_kg_min(speed_kmh, incline_pct) * factor * weight_kg / 1000.0 * KCAL_PER_LITRE_O2


def _kcal_per_min_at_mets(mets_value: float, weight_kg: float) -> float:
    return mets_value * ML_O2_PER_MET * _check_weight(weight_kg) / 1000.0 * KCAL_PER_LITRE_O2


def segment_kcal(segment: Segment, weight_kg: float) -> float:
    """Estimated kcal for a whole segment: walking by ACSM, rest at 1 MET, turn at 2, station
    at ~5 METs."""
    minutes = segment.duration_s / 60.0
    if segment.kind == "rest":
        return _kcal_per_min_at_mets(REST_METS, weight_kg) * minutes
    if segment.kind == "turn":
        return _kcal_per_min_at_mets(TURN_METS, weight_kg) * minutes
    if segment.kind == "station":
        return _kcal_per_min_at_mets(STATION_METS, weight_kg) * minutes
    rate = kcal_per_min(segment.speed_kmh, segment.incline_pct, weight_kg, segment.kind)
    return rate * minutes


def distance_km(speed_kmh: float, duration_s: float) -> float:
    """Belt distance covered at a steady speed."""
    duration_s = _check_number(duration_s, "duration_s")
    if duration_s < 0:
        raise ValueError(f"duration cannot be negative (got {duration_s:g} s)")
    return _check_speed(speed_kmh) * duration_s / 3600.0


def speed_in_equation_range(speed_kmh: float) -> bool:
    """False below 50 m/min (3.0 km/h), where the ACSM equation was not meant to be used."""
    return _check_speed(speed_kmh) >= MIN_VALID_SPEED_KMH
