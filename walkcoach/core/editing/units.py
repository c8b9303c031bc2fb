"""Field conversions the editor's form needs: durations typed as text, speeds in the user's units."""

from __future__ import annotations

import re

from walkcoach.core.i18n import decimal_point, decimal_text, translate
from walkcoach.core.units import KM_PER_MILE

_DURATION_RE = re.compile(r"^\s*(?:(\d+):)?(\d+):(\d{1,2})\s*$")


def parse_duration_text(text: str) -> float:
    """``"2:30"`` -> 150, ``"1:02:05"`` -> 3725, ``"5"`` (minutes) -> 300, ``"45s"`` -> 45."""
    stripped = text.strip().lower()
    if not stripped:
        raise ValueError(translate("ProgramEditor", "enter a time as minutes:seconds, e.g. 2:30"))
    if stripped.endswith("s") and stripped[:-1].strip().isdigit():
        return float(int(stripped[:-1]))
    if stripped.isdigit():
        return float(int(stripped) * 60)
    match = _DURATION_RE.match(stripped)
    if match is None:
        message = translate(
            "ProgramEditor", "'{text}' is not a time; write minutes:seconds, e.g. 2:30"
        )
        raise ValueError(message.format(text=text.strip()))
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    if seconds >= 60:
        message = translate("ProgramEditor", "seconds must be 0-59 (got {got})")
        raise ValueError(message.format(got=seconds))
    if hours and minutes >= 60:
        message = translate("ProgramEditor", "minutes must be 0-59 after the hours (got {got})")
        raise ValueError(message.format(got=minutes))
    return float(hours * 3600 + minutes * 60 + seconds)


def speed_to_units(speed_kmh: float, units: str) -> float:
    return speed_kmh / KM_PER_MILE if units == "mph" else speed_kmh


def speed_from_units(speed: float, units: str) -> float:
    """Speed typed in the user's units -> km/h as stored (3 decimals: 2.5 mph -> 4.023)."""
    speed_kmh = speed * KM_PER_MILE if units == "mph" else speed
    return round(speed_kmh, 3)


def speed_unit_label(units: str) -> str:
    return "mph" if units == "mph" else "km/h"


def message_in_units(message: str, field_name: str | None, units: str) -> str:
    """Problem text about a speed, with its figures in the user's units (figures written with
    the loaded locale's decimal point, as the messages are made)."""
    if field_name != "speed_kmh" or units != "mph":
        return message
    point = decimal_point()
    number_re = re.compile(r"-?\d+(?:" + re.escape(point) + r"\d+)?")

    def convert(match: re.Match[str]) -> str:
        value = float(match.group().replace(point, "."))
        return decimal_text(value / KM_PER_MILE).removesuffix(point + "0")

    return number_re.sub(convert, message).replace("km/h", "mph")
