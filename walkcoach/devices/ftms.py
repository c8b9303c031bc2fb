"""FTMS codec for what a treadmill reports: Treadmill Data (0x2ACD), Fitness Machine Status
(0x2ADA), Supported Speed Range (0x2AD4), Supported Inclination Range (0x2AD5) and Fitness
Machine Feature (0x2ACC). The control point is in ftms_control.

Decoders are tolerant the way real machines need: unknown flag bits and trailing bytes are
ignored (FitShow treadmills put a step count behind flag bit 13), and anything too short raises
FtmsError, never another exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from walkcoach.devices.codec_bytes import FtmsError, Reader, pack, scaled

__all__ = [
    "FtmsError",
    "TreadmillData",
    "decode_treadmill_data",
    "encode_treadmill_data",
    "StatusCode",
    "MachineStatus",
    "decode_machine_status",
    "encode_machine_status",
    "SpeedRange",
    "InclineRange",
    "decode_speed_range",
    "encode_speed_range",
    "decode_incline_range",
    "encode_incline_range",
    "MachineFeatures",
    "decode_features",
    "encode_features",
]


# --- Treadmill Data 0x2ACD ---------------------------------------------------------------

# Flag bits. Bit 0 is inverted: clear means the instantaneous speed IS present.
MORE_DATA = 1 << 0
AVERAGE_SPEED = 1 << 1
TOTAL_DISTANCE = 1 << 2
INCLINATION = 1 << 3
ELEVATION_GAIN = 1 << 4
INSTANTANEOUS_PACE = 1 << 5
AVERAGE_PACE = 1 << 6
EXPENDED_ENERGY = 1 << 7
HEART_RATE = 1 << 8
METABOLIC_EQUIVALENT = 1 << 9
ELAPSED_TIME = 1 << 10
REMAINING_TIME = 1 << 11
FORCE_AND_POWER = 1 << 12
KNOWN_FLAGS = (1 << 13) - 1

# The specification's "data not available" values.
_S16_NOT_AVAILABLE = 0x7FFF
_U16_NOT_AVAILABLE = 0xFFFF
_U8_NOT_AVAILABLE = 0xFF


@dataclass(frozen=True)
class TreadmillData:
    """One Treadmill Data notification; None where the machine did not send the field."""

    speed_kmh: float | None = None
    average_speed_kmh: float | None = None
    distance_m: int | None = None
    incline_pct: float | None = None
    ramp_angle_deg: float | None = None
    elevation_gain_m: float | None = None
    elevation_loss_m: float | None = None
    pace_km_per_min: float | None = None
    average_pace_km_per_min: float | None = None
    energy_kcal: int | None = None
    energy_kcal_per_h: int | None = None
    energy_kcal_per_min: int | None = None
    heart_rate_bpm: int | None = None
    metabolic_equivalent: float | None = None
    elapsed_s: int | None = None
    remaining_s: int | None = None
    force_n: int | None = None
    power_w: int | None = None
    # Flag bits this codec does not know (13-15), kept so a log can show them.
    unknown_flags: int = 0


def _or_none(raw: int, not_available: int) -> int | None:
    return None if raw == not_available else raw


def decode_treadmill_data(data: bytes) -> TreadmillData:
    r = Reader("treadmill data", data)
    flags = r.read("u16", "flags")
    values: dict[str, float | int | None] = {}
    if not flags & MORE_DATA:
        values["speed_kmh"] = r.read("u16", "speed") / 100
    if flags & AVERAGE_SPEED:
        values["average_speed_kmh"] = r.read("u16", "average speed") / 100
    if flags & TOTAL_DISTANCE:
        values["distance_m"] = r.read("u24", "total distance")
    if flags & INCLINATION:
        incline = _or_none(r.read("s16", "inclination"), _S16_NOT_AVAILABLE)
        ramp = _or_none(r.read("s16", "ramp angle"), _S16_NOT_AVAILABLE)
        values["incline_pct"] = None if incline is None else incline / 10
        values["ramp_angle_deg"] = None if ramp is None else ramp / 10
    if flags & ELEVATION_GAIN:
        values["elevation_gain_m"] = r.read("u16", "positive elevation gain") / 10
        values["elevation_loss_m"] = r.read("u16", "negative elevation gain") / 10
    if flags & INSTANTANEOUS_PACE:
        values["pace_km_per_min"] = r.read("u8", "instantaneous pace") / 10
    if flags & AVERAGE_PACE:
        values["average_pace_km_per_min"] = r.read("u8", "average pace") / 10
    if flags & EXPENDED_ENERGY:
        values["energy_kcal"] = _or_none(r.read("u16", "total energy"), _U16_NOT_AVAILABLE)
        values["energy_kcal_per_h"] = _or_none(r.read("u16", "energy per hour"), _U16_NOT_AVAILABLE)
        values["energy_kcal_per_min"] = _or_none(
            r.read("u8", "energy per minute"), _U8_NOT_AVAILABLE
        )
    if flags & HEART_RATE:
        values["heart_rate_bpm"] = r.read("u8", "heart rate")
    if flags & METABOLIC_EQUIVALENT:
        values["metabolic_equivalent"] = r.read("u8", "metabolic equivalent") / 10
    if flags & ELAPSED_TIME:
        values["elapsed_s"] = r.read("u16", "elapsed time")
    if flags & REMAINING_TIME:
        values["remaining_s"] = r.read("u16", "remaining time")
    if flags & FORCE_AND_POWER:
        values["force_n"] = r.read("s16", "force on belt")
        values["power_w"] = r.read("s16", "power output")
    # Unknown bits come after every known field, so whatever they carry is trailing bytes.
    return TreadmillData(unknown_flags=flags & ~KNOWN_FLAGS, **values)  # type: ignore[arg-type]


def encode_treadmill_data(d: TreadmillData) -> bytes:
    """The notification a treadmill would send for ``d`` (used by the simulated treadmill).

    Fields that travel in pairs (inclination and ramp angle, the elevation gains, the three
    energy figures, force and power) are sent when either one is set; a missing partner is sent
    as the specification's "not available" value where it has one, else 0.
    """
    flags = 0
    body = b""
    if d.speed_kmh is not None:
        body += scaled(d.speed_kmh, 0.01, "u16", "speed_kmh")
    else:
        flags |= MORE_DATA
    if d.average_speed_kmh is not None:
        flags |= AVERAGE_SPEED
        body += scaled(d.average_speed_kmh, 0.01, "u16", "average_speed_kmh")
    if d.distance_m is not None:
        flags |= TOTAL_DISTANCE
        body += pack("u24", d.distance_m, "distance_m")
    if d.incline_pct is not None or d.ramp_angle_deg is not None:
        flags |= INCLINATION
        body += _scaled_or(d.incline_pct, 0.1, "s16", "incline_pct", _S16_NOT_AVAILABLE)
        body += _scaled_or(d.ramp_angle_deg, 0.1, "s16", "ramp_angle_deg", _S16_NOT_AVAILABLE)
    if d.elevation_gain_m is not None or d.elevation_loss_m is not None:
        flags |= ELEVATION_GAIN
        body += scaled(d.elevation_gain_m or 0.0, 0.1, "u16", "elevation_gain_m")
        body += scaled(d.elevation_loss_m or 0.0, 0.1, "u16", "elevation_loss_m")
    if d.pace_km_per_min is not None:
        flags |= INSTANTANEOUS_PACE
        body += scaled(d.pace_km_per_min, 0.1, "u8", "pace_km_per_min")
    if d.average_pace_km_per_min is not None:
        flags |= AVERAGE_PACE
        body += scaled(d.average_pace_km_per_min, 0.1, "u8", "average_pace_km_per_min")
    if (d.energy_kcal, d.energy_kcal_per_h, d.energy_kcal_per_min) != (None, None, None):
        flags |= EXPENDED_ENERGY
        body += pack("u16", _default(d.energy_kcal, _U16_NOT_AVAILABLE), "energy_kcal")
        body += pack("u16", _default(d.energy_kcal_per_h, _U16_NOT_AVAILABLE), "energy_kcal_per_h")
        body += pack(
            "u8", _default(d.energy_kcal_per_min, _U8_NOT_AVAILABLE), "energy_kcal_per_min"
        )
    if d.heart_rate_bpm is not None:
        flags |= HEART_RATE
        body += pack("u8", d.heart_rate_bpm, "heart_rate_bpm")
    if d.metabolic_equivalent is not None:
        flags |= METABOLIC_EQUIVALENT
        body += scaled(d.metabolic_equivalent, 0.1, "u8", "metabolic_equivalent")
    if d.elapsed_s is not None:
        flags |= ELAPSED_TIME
        body += pack("u16", d.elapsed_s, "elapsed_s")
    if d.remaining_s is not None:
        flags |= REMAINING_TIME
        body += pack("u16", d.remaining_s, "remaining_s")
    if d.force_n is not None or d.power_w is not None:
        flags |= FORCE_AND_POWER
        body += pack("s16", d.force_n or 0, "force_n")
        body += pack("s16", d.power_w or 0, "power_w")
    return pack("u16", flags, "flags") + body


def _default(value: int | None, fallback: int) -> int:
    return fallback if value is None else value


def _scaled_or(
    value: float | None, resolution: float, kind: str, name: str, not_available: int
) -> bytes:
    if value is None:
        return pack(kind, not_available, name)
    return scaled(value, resolution, kind, name)


# --- Fitness Machine Status 0x2ADA -------------------------------------------------------


class StatusCode(IntEnum):
    RESET = 0x01
    STOPPED_OR_PAUSED_BY_USER = 0x02
    STOPPED_BY_SAFETY_KEY = 0x03
    STARTED_OR_RESUMED_BY_USER = 0x04
    TARGET_SPEED_CHANGED = 0x05
    TARGET_INCLINE_CHANGED = 0x06
    CONTROL_PERMISSION_LOST = 0xFF


KNOWN_STATUS_CODES = frozenset(code.value for code in StatusCode)  # the values this enum knows


STOP = 0x01
PAUSE = 0x02


@dataclass(frozen=True)
class MachineStatus:
    """One status notification. ``code`` is a StatusCode or, for codes this app does not act
    on (resistance, power, ...), the raw number with its parameter bytes in ``raw_parameter``."""

    code: int
    paused: bool | None = None  # for STOPPED_OR_PAUSED_BY_USER: True paused, False stopped
    target_speed_kmh: float | None = None
    target_incline_pct: float | None = None
    raw_parameter: bytes = field(default=b"")

    @property
    def known(self) -> bool:
        return self.code in KNOWN_STATUS_CODES


def decode_machine_status(data: bytes) -> MachineStatus:
    r = Reader("machine status", data)
    code = r.read("u8", "op code")
    if code == StatusCode.STOPPED_OR_PAUSED_BY_USER:
        kind = r.read("u8", "stop or pause parameter")
        # Only 02 means pause; a machine sending anything else has stopped the belt anyway.
        return MachineStatus(code, paused=kind == PAUSE)
    if code == StatusCode.TARGET_SPEED_CHANGED:
        return MachineStatus(code, target_speed_kmh=r.read("u16", "new target speed") / 100)
    if code == StatusCode.TARGET_INCLINE_CHANGED:
        return MachineStatus(code, target_incline_pct=r.read("s16", "new target inclination") / 10)
    if code in KNOWN_STATUS_CODES:
        return MachineStatus(code)
    return MachineStatus(code, raw_parameter=r.data[r.offset :])


def encode_machine_status(status: MachineStatus) -> bytes:
    out = pack("u8", status.code, "status code")
    if status.code == StatusCode.STOPPED_OR_PAUSED_BY_USER:
        return out + pack("u8", PAUSE if status.paused else STOP, "stop or pause")
    if status.code == StatusCode.TARGET_SPEED_CHANGED:
        if status.target_speed_kmh is None:
            raise FtmsError("a target speed status needs target_speed_kmh")
        return out + scaled(status.target_speed_kmh, 0.01, "u16", "target_speed_kmh")
    if status.code == StatusCode.TARGET_INCLINE_CHANGED:
        if status.target_incline_pct is None:
            raise FtmsError("a target inclination status needs target_incline_pct")
        return out + scaled(status.target_incline_pct, 0.1, "s16", "target_incline_pct")
    return out + status.raw_parameter


# --- Supported ranges 0x2AD4 / 0x2AD5 ----------------------------------------------------


@dataclass(frozen=True)
class SpeedRange:
    min_kmh: float
    max_kmh: float
    step_kmh: float

    def clamp(self, speed_kmh: float) -> float:
        return _clamp_to_steps(speed_kmh, self.min_kmh, self.max_kmh, self.step_kmh, 2)

    def at_most(self, speed_kmh: float) -> float | None:
        """The fastest settable speed not above ``speed_kmh`` (a turn speed must never round
        up), or None when the machine cannot go that slow."""
        if speed_kmh < self.min_kmh - 1e-9:
            return None
        speed = self.clamp(speed_kmh)
        if speed > speed_kmh + 1e-9 and self.step_kmh > 0:
            speed = round(speed - self.step_kmh, 2)
        return speed


@dataclass(frozen=True)
class InclineRange:
    min_pct: float
    max_pct: float
    step_pct: float

    def clamp(self, incline_pct: float) -> float:
        return _clamp_to_steps(incline_pct, self.min_pct, self.max_pct, self.step_pct, 1)


def _clamp_to_steps(value: float, low: float, high: float, step: float, digits: int) -> float:
    """Into [low, high], on the machine's step grid counted from ``low`` (a machine with a
    0.5 % step refuses 1.2 %). Rounded to the field's resolution so 3.0000000004 is 3.0."""
    inside = min(max(value, low), high)
    if step > 0:
        inside = low + round((inside - low) / step) * step
        if inside > high:  # the top of a range need not sit on the grid
            inside -= step
    return round(inside, digits)


def _check_range(name: str, low: float, high: float) -> None:
    if low > high:
        raise FtmsError(f"{name}: minimum {low} is above maximum {high}")


def decode_speed_range(data: bytes) -> SpeedRange:
    r = Reader("supported speed range", data)
    low = r.read("u16", "minimum speed") / 100
    high = r.read("u16", "maximum speed") / 100
    step = r.read("u16", "speed increment") / 100
    _check_range("supported speed range", low, high)
    return SpeedRange(low, high, step)


def encode_speed_range(rng: SpeedRange) -> bytes:
    return (
        scaled(rng.min_kmh, 0.01, "u16", "min_kmh")
        + scaled(rng.max_kmh, 0.01, "u16", "max_kmh")
        + scaled(rng.step_kmh, 0.01, "u16", "step_kmh")
    )


def decode_incline_range(data: bytes) -> InclineRange:
    r = Reader("supported inclination range", data)
    low = r.read("s16", "minimum inclination") / 10
    high = r.read("s16", "maximum inclination") / 10
    step = r.read("u16", "inclination increment") / 10
    _check_range("supported inclination range", low, high)
    return InclineRange(low, high, step)


def encode_incline_range(rng: InclineRange) -> bytes:
    return (
        scaled(rng.min_pct, 0.1, "s16", "min_pct")
        + scaled(rng.max_pct, 0.1, "s16", "max_pct")
        + scaled(rng.step_pct, 0.1, "u16", "step_pct")
    )


# --- Fitness Machine Feature 0x2ACC ------------------------------------------------------
# UNVERIFIED: the two u32 fields and the bit numbers below are from memory of the FTMS
# specification, not checked against a copy of it. The controller never depends on them: it
# reads the ranges and tries the commands, and treats a refusal as the answer.

FEATURE_INCLINATION = 1 << 3
TARGET_SPEED = 1 << 0
TARGET_INCLINATION = 1 << 1


@dataclass(frozen=True)
class MachineFeatures:
    machine_bits: int
    target_setting_bits: int

    @property
    def reports_incline(self) -> bool:
        return bool(self.machine_bits & FEATURE_INCLINATION)

    @property
    def sets_speed(self) -> bool:
        return bool(self.target_setting_bits & TARGET_SPEED)

    @property
    def sets_incline(self) -> bool:
        return bool(self.target_setting_bits & TARGET_INCLINATION)


def decode_features(data: bytes) -> MachineFeatures:
    r = Reader("fitness machine feature", data)
    return MachineFeatures(r.read("u32", "machine features"), r.read("u32", "target settings"))


def encode_features(features: MachineFeatures) -> bytes:
    return pack("u32", features.machine_bits, "machine features") + pack(
        "u32", features.target_setting_bits, "target settings"
    )
