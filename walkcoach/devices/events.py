"""What the treadmill controller tells the app: frozen event records and their plain-English
texts (kept here, in one place, so the UI can translate them)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Literal

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


FAULT_MESSAGES = {
    FaultReason.SAFETY_KEY: "The safety key was pulled: the session is paused.",
    FaultReason.STOPPED_ON_MACHINE: "The treadmill was stopped on the machine: the session is paused.",
    FaultReason.PAUSED_ON_MACHINE: "The treadmill was paused on the machine: the session is paused.",
    FaultReason.CONTROL_LOST: "Another app took control of the treadmill: the session is paused.",
    FaultReason.LINK_LOST: "The treadmill link was lost: the session is paused.",
    FaultReason.NO_DATA: "The treadmill sent nothing for a while: the session is paused.",
    FaultReason.TURN_NOT_SLOWED: "The belt did not slow down for the turn: the session is paused.",
    FaultReason.TURN_SPEED_REFUSED: "The treadmill refused the turn speed: the session is paused.",
}

Quantity = Literal["speed", "incline"]


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
        return f"The treadmill refused {self.command.replace('_', ' ')}: {self.result}."


@dataclass(frozen=True)
class TargetClamped:
    """A segment's target outside the machine's range; ``applied`` None: cannot be set."""

    quantity: Quantity
    requested: float
    applied: float | None

    @property
    def message(self) -> str:
        unit = "km/h" if self.quantity == "speed" else "%"
        if self.applied is None:
            return f"This treadmill cannot set its {self.quantity}; {self.requested:g} {unit} was skipped."
        return f"The treadmill's {self.quantity} is limited: {self.applied:g} {unit} instead of {self.requested:g} {unit}."


@dataclass(frozen=True)
class UserOverride:
    """The user changed the target on the machine; the coach follows until the next segment."""

    quantity: Quantity
    value: float

    @property
    def message(self) -> str:
        unit = "km/h" if self.quantity == "speed" else "%"
        return f"You set {self.value:g} {unit}."


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
        return "Wait: the belt is still slowing down for the turn."


@dataclass(frozen=True)
class TurnNow:
    measured_kmh: float
    waited_s: float


@dataclass(frozen=True)
class SessionMustPause:
    reason: FaultReason

    @property
    def message(self) -> str:
        return FAULT_MESSAGES[self.reason]


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
