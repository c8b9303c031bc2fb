"""What the treadmill controller tells the app: frozen event records and their texts for people
(kept here, in one place, marked for lupdate under "Devices": ``message`` is in the loaded
language, ``spoken`` in the language the cues are spoken in)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Literal

from walkcoach.core.i18n import QT_TRANSLATE_NOOP, decimal_point, translate, translate_spoken
from walkcoach.devices.ftms import InclineRange, MachineStatus, SpeedRange, TreadmillData


class LinkState(Enum):
    IDLE = "idle"  # nothing asked yet
    CONNECTING = "connecting"
    SETTING_UP = "setting_up"  # link up: reading ranges, requesting control
    READY = "ready"
    WAITING_TO_RECONNECT = "waiting_to_reconnect"
    CLOSED = "closed"


class FaultReason(Enum):
    SAFETY_KEY = "safety_key"
    STOPPED_ON_MACHINE = "stopped_on_machine"
    PAUSED_ON_MACHINE = "paused_on_machine"
    CONTROL_LOST = "control_lost"
    LINK_LOST = "link_lost"
    NO_DATA = "no_data"
    TURN_NOT_SLOWED = "turn_not_slowed"
    TURN_SPEED_REFUSED = "turn_speed_refused"


# Shown and spoken when the session pauses for the treadmill (translated: SessionMustPause).
FAULT_MESSAGES = {
    FaultReason.SAFETY_KEY: QT_TRANSLATE_NOOP(
        "Devices", "The safety key was pulled: the session is paused."
    ),
    FaultReason.STOPPED_ON_MACHINE: QT_TRANSLATE_NOOP(
        "Devices", "The treadmill was stopped on the machine: the session is paused."
    ),
    FaultReason.PAUSED_ON_MACHINE: QT_TRANSLATE_NOOP(
        "Devices", "The treadmill was paused on the machine: the session is paused."
    ),
    FaultReason.CONTROL_LOST: QT_TRANSLATE_NOOP(
        "Devices", "Another app took control of the treadmill: the session is paused."
    ),
    FaultReason.LINK_LOST: QT_TRANSLATE_NOOP(
        "Devices", "The treadmill link was lost: the session is paused."
    ),
    FaultReason.NO_DATA: QT_TRANSLATE_NOOP(
        "Devices", "The treadmill sent nothing for a while: the session is paused."
    ),
    FaultReason.TURN_NOT_SLOWED: QT_TRANSLATE_NOOP(
        "Devices", "The belt did not slow down for the turn: the session is paused."
    ),
    FaultReason.TURN_SPEED_REFUSED: QT_TRANSLATE_NOOP(
        "Devices", "The treadmill refused the turn speed: the session is paused."
    ),
}

Quantity = Literal["speed", "incline"]


def _figure(value: float) -> str:
    """``2.5`` as the loaded language writes it ("2,5" in German)."""
    return f"{value:g}".replace(".", decimal_point())


@dataclass(frozen=True)
class LinkChanged:
    state: LinkState
    reason: str = ""


@dataclass(frozen=True)
class RangesRead:
    speed: SpeedRange | None
    incline: InclineRange | None


@dataclass(frozen=True)
class Reading:
    """One Treadmill Data notification as received (the app logs at most one a second)."""

    at_s: float
    data: TreadmillData


@dataclass(frozen=True)
class StatusReported:
    at_s: float
    status: MachineStatus


@dataclass(frozen=True)
class CommandDone:
    """One control point exchange: ``planned_s`` when the app asked for it (the segment
    change), ``written_s`` when it went out, ``answered_s`` when the indication came back."""

    command: str
    value: float | None
    result: str
    planned_s: float
    written_s: float
    answered_s: float


@dataclass(frozen=True)
class CommandRefused:
    command: str
    value: float | None
    result: str

    @property
    def message(self) -> str:
        #: {command} and {result} are the protocol's words ("set target speed", "not supported").
        text = translate("Devices", "The treadmill refused {command}: {result}.")
        return text.format(command=self.command.replace("_", " "), result=self.result)


@dataclass(frozen=True)
class TargetClamped:
    """A segment's target outside the machine's range; ``applied`` None: cannot be set."""

    quantity: Quantity
    requested: float
    applied: float | None

    @property
    def message(self) -> str:
        speed = self.quantity == "speed"
        if self.applied is None:
            if speed:
                text = translate(
                    "Devices", "This treadmill cannot set its speed; {requested} km/h was skipped."
                )
            else:
                text = translate(
                    "Devices", "This treadmill cannot set its incline; {requested} % was skipped."
                )
            return text.format(requested=_figure(self.requested))
        if speed:
            text = translate(
                "Devices",
                "The treadmill's speed is limited: {applied} km/h instead of {requested} km/h.",
            )
        else:
            text = translate(
                "Devices",
                "The treadmill's incline is limited: {applied} % instead of {requested} %.",
            )
        return text.format(applied=_figure(self.applied), requested=_figure(self.requested))


@dataclass(frozen=True)
class UserOverride:
    """The user changed the target on the machine; the coach follows until the next segment."""

    quantity: Quantity
    value: float

    @property
    def message(self) -> str:
        if self.quantity == "speed":
            #: The user changed the belt's speed on the machine itself.
            return translate("Devices", "You set {value} km/h.").format(value=_figure(self.value))
        #: The user changed the belt's incline on the machine itself.
        return translate("Devices", "You set {value} %.").format(value=_figure(self.value))


@dataclass(frozen=True)
class TurnSlowing:
    """A turn began: the belt was told to go to ``turn_speed_kmh`` (0 when the machine cannot
    go that slow and is paused for the turn instead)."""

    turn_speed_kmh: float
    measured_kmh: float | None


@dataclass(frozen=True)
class TurnWaiting:
    """The belt is slow to slow down: the turn waits for it."""

    turn_speed_kmh: float
    measured_kmh: float | None
    waited_s: float

    @property
    def message(self) -> str:
        return translate("Devices", "Wait: the belt is still slowing down for the turn.")


@dataclass(frozen=True)
class TurnNow:
    measured_kmh: float
    waited_s: float


@dataclass(frozen=True)
class SessionMustPause:
    reason: FaultReason

    @property
    def message(self) -> str:
        return translate("Devices", FAULT_MESSAGES[self.reason])

    @property
    def spoken(self) -> str:
        """The message as it is said (in the cues' language)."""
        return translate_spoken("Devices", FAULT_MESSAGES[self.reason])


DeviceEvent = (
    LinkChanged
    | RangesRead
    | Reading
    | StatusReported
    | CommandDone
    | CommandRefused
    | TargetClamped
    | UserOverride
    | TurnSlowing
    | TurnWaiting
    | TurnNow
    | SessionMustPause
)
