"""What the heart-rate monitor tells the app: frozen event records and their texts for people
(kept here, in one place, marked under "Devices"; ``message`` is in the loaded language)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate
from walkcoach.devices.events import LinkState

# Where a heart rate comes from: a sensor of its own (a strap or a watch, real or virtual), or
# the treadmill's Treadmill Data (bit 8: its hand grips, or a strap paired with the machine).
HeartRateSource = Literal["sensor", "treadmill"]

SOURCE_LABELS: dict[HeartRateSource, str] = {
    "sensor": QT_TRANSLATE_NOOP("Devices", "Heart-rate sensor"),
    "treadmill": QT_TRANSLATE_NOOP("Devices", "Treadmill's heart rate"),
}
CONTACT_LOST_TEXT = QT_TRANSLATE_NOOP(
    "Devices", "The heart-rate sensor has lost contact with the skin."
)
CONTACT_BACK_TEXT = QT_TRANSLATE_NOOP("Devices", "The heart-rate sensor has contact again.")
#: "--" is what the screen shows in place of a heart rate.
SIGNAL_LOST_TEXT = QT_TRANSLATE_NOOP("Devices", "No heart rate at the moment: it shows as --.")
SIGNAL_BACK_TEXT = QT_TRANSLATE_NOOP("Devices", "The heart rate is back.")


@dataclass(frozen=True)
class HeartRate:
    """One heart rate as received. ``bpm`` None: the sensor sent no usable value (no contact,
    or 0): shown as "--", never as 0. ``rr_s``: the RR intervals in this notification."""

    at_s: float
    bpm: int | None
    contact: bool | None
    rr_s: tuple[float, ...] = ()
    energy_kj: int | None = None
    source: HeartRateSource = "sensor"


@dataclass(frozen=True)
class ContactLost:
    at_s: float

    @property
    def message(self) -> str:
        return translate("Devices", CONTACT_LOST_TEXT)


@dataclass(frozen=True)
class ContactBack:
    at_s: float

    @property
    def message(self) -> str:
        return translate("Devices", CONTACT_BACK_TEXT)


@dataclass(frozen=True)
class SignalLost:
    """The current heart rate became None: no contact, a 0, a lost link, or nothing usable
    from any source for the stale time."""

    at_s: float

    @property
    def message(self) -> str:
        return translate("Devices", SIGNAL_LOST_TEXT)


@dataclass(frozen=True)
class SignalBack:
    at_s: float
    source: HeartRateSource

    @property
    def message(self) -> str:
        return translate("Devices", SIGNAL_BACK_TEXT)


@dataclass(frozen=True)
class SensorLinkChanged:
    """The heart-rate sensor's link (the treadmill's has its own LinkChanged)."""

    state: LinkState
    reason: str = ""


HeartRateEvent = HeartRate | ContactLost | ContactBack | SignalLost | SignalBack | SensorLinkChanged
