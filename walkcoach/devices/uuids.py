"""Bluetooth SIG UUIDs of the services and characteristics WalkCoach uses, and device kinds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

DeviceKind = Literal["treadmill", "heart_rate"]

_BASE_SUFFIX = "-0000-1000-8000-00805f9b34fb"


def full_uuid(short: int) -> str:
    """The 128-bit string form (lower case, as bleak prints it) of a 16-bit SIG UUID."""
    if not 0 <= short <= 0xFFFF:
        raise ValueError(f"a 16-bit UUID must be 0..0xFFFF (got {short:#x})")
    return f"0000{short:04x}{_BASE_SUFFIX}"


def short_uuid(uuid: str) -> int | None:
    """The 16-bit SIG number inside a UUID string ("2acd", "0x2ACD" or the 128-bit form), or
    None when it is not a SIG base UUID."""
    text = uuid.strip().lower()
    if text.startswith("0x"):
        text = text[2:]
    try:
        if len(text) == 4:
            return int(text, 16)
        if len(text) == 36 and text.endswith(_BASE_SUFFIX) and text.startswith("0000"):
            return int(text[4:8], 16)
    except ValueError:
        return None
    return None


FITNESS_MACHINE_SERVICE = 0x1826
HEART_RATE_SERVICE = 0x180D

FITNESS_MACHINE_FEATURE = 0x2ACC
TREADMILL_DATA = 0x2ACD
SUPPORTED_SPEED_RANGE = 0x2AD4
SUPPORTED_INCLINATION_RANGE = 0x2AD5
FITNESS_MACHINE_CONTROL_POINT = 0x2AD9
FITNESS_MACHINE_STATUS = 0x2ADA
HEART_RATE_MEASUREMENT = 0x2A37
BODY_SENSOR_LOCATION = 0x2A38

# The characteristics a treadmill transport subscribes to (notify, except the control point,
# which indicates its responses).
TREADMILL_SUBSCRIPTIONS = (TREADMILL_DATA, FITNESS_MACHINE_STATUS, FITNESS_MACHINE_CONTROL_POINT)
# The characteristics the controller reads once after connecting.
TREADMILL_READS = (SUPPORTED_SPEED_RANGE, SUPPORTED_INCLINATION_RANGE, FITNESS_MACHINE_FEATURE)
HEART_RATE_SUBSCRIPTIONS = (HEART_RATE_MEASUREMENT,)

# Per device kind: the service a GATT transport looks for, what it subscribes to (all before
# on_link_up), which of those it cannot do without, and what may be read once linked.
SERVICE: dict[DeviceKind, int] = {
    "treadmill": FITNESS_MACHINE_SERVICE,
    "heart_rate": HEART_RATE_SERVICE,
}
SUBSCRIPTIONS: dict[DeviceKind, tuple[int, ...]] = {
    "treadmill": TREADMILL_SUBSCRIPTIONS,
    "heart_rate": HEART_RATE_SUBSCRIPTIONS,
}
REQUIRED: dict[DeviceKind, tuple[int, ...]] = {
    # Machine Status is optional (some machines lack it; their faults then show as stopped
    # belts and silence).
    "treadmill": (TREADMILL_DATA, FITNESS_MACHINE_CONTROL_POINT),
    "heart_rate": (HEART_RATE_MEASUREMENT,),
}
READS: dict[DeviceKind, tuple[int, ...]] = {
    "treadmill": TREADMILL_READS,
    "heart_rate": (BODY_SENSOR_LOCATION,),
}
KIND_NAMES: dict[DeviceKind, str] = {
    "treadmill": "controllable FTMS treadmill",
    "heart_rate": "heart-rate sensor",
}


def device_kind(service_uuids: Iterable[str]) -> DeviceKind | None:
    """What a scanned device is, from the service UUIDs it advertises (a treadmill wins over a
    heart-rate sensor: some treadmills relay a chest strap's heart rate)."""
    shorts = {short_uuid(u) for u in service_uuids}
    if FITNESS_MACHINE_SERVICE in shorts:
        return "treadmill"
    if HEART_RATE_SERVICE in shorts:
        return "heart_rate"
    return None
