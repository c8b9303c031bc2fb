"""FTMS Fitness Machine Control Point (0x2AD9): requests and their indicated responses.

Every request the app writes is answered by an indication ``80 <op> <result>``. Both sides are
here because the simulated treadmill decodes the requests the controller encodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from walkcoach.devices.codec_bytes import FtmsError, Reader, pack, scaled
from walkcoach.devices.ftms import PAUSE, STOP


class OpCode(IntEnum):
    REQUEST_CONTROL = 0x00
    RESET = 0x01
    SET_TARGET_SPEED = 0x02
    SET_TARGET_INCLINATION = 0x03
    START_OR_RESUME = 0x07
    STOP_OR_PAUSE = 0x08
    RESPONSE = 0x80


KNOWN_OP_CODES = frozenset(code.value for code in OpCode)  # the values this enum knows


class ResultCode(IntEnum):
    SUCCESS = 0x01
    NOT_SUPPORTED = 0x02
    INVALID_PARAMETER = 0x03
    FAILED = 0x04
    NOT_PERMITTED = 0x05


KNOWN_RESULT_CODES = frozenset(code.value for code in ResultCode)  # the values this enum knows


# Plain English names for logs and reports (the UI translates what it shows).
RESULT_NAMES = {
    ResultCode.SUCCESS: "success",
    ResultCode.NOT_SUPPORTED: "not supported",
    ResultCode.INVALID_PARAMETER: "invalid parameter",
    ResultCode.FAILED: "operation failed",
    ResultCode.NOT_PERMITTED: "control not permitted",
}

COMMAND_NAMES = {
    OpCode.REQUEST_CONTROL: "request_control",
    OpCode.RESET: "reset",
    OpCode.SET_TARGET_SPEED: "set_speed",
    OpCode.SET_TARGET_INCLINATION: "set_incline",
    OpCode.START_OR_RESUME: "start",
    OpCode.STOP_OR_PAUSE: "stop",  # "pause" when the parameter is 02, see ControlRequest.name
}

# What the codec accepts before any machine range is known: the field limits. The controller
# clamps to the machine's own ranges first.
MAX_SPEED_KMH = 0xFFFF / 100
MIN_INCLINE_PCT = -0x8000 / 10
MAX_INCLINE_PCT = 0x7FFF / 10


@dataclass(frozen=True)
class ControlRequest:
    op: int
    speed_kmh: float | None = None
    incline_pct: float | None = None
    pause: bool | None = None  # for STOP_OR_PAUSE: True pause, False stop

    @property
    def name(self) -> str:
        if self.op == OpCode.STOP_OR_PAUSE and self.pause:
            return "pause"
        if self.op in KNOWN_OP_CODES:
            return COMMAND_NAMES.get(OpCode(self.op), f"op_{self.op:02x}")
        return f"op_{self.op:02x}"

    @property
    def value(self) -> float | None:
        return self.speed_kmh if self.speed_kmh is not None else self.incline_pct


def request_control() -> ControlRequest:
    return ControlRequest(OpCode.REQUEST_CONTROL)


def reset() -> ControlRequest:
    return ControlRequest(OpCode.RESET)


def set_target_speed(speed_kmh: float) -> ControlRequest:
    if not 0 <= speed_kmh <= MAX_SPEED_KMH:
        raise FtmsError(f"target speed {speed_kmh} km/h is outside 0..{MAX_SPEED_KMH}")
    return ControlRequest(OpCode.SET_TARGET_SPEED, speed_kmh=speed_kmh)


def set_target_incline(incline_pct: float) -> ControlRequest:
    if not MIN_INCLINE_PCT <= incline_pct <= MAX_INCLINE_PCT:
        raise FtmsError(
            f"target inclination {incline_pct} % is outside {MIN_INCLINE_PCT}..{MAX_INCLINE_PCT}"
        )
    return ControlRequest(OpCode.SET_TARGET_INCLINATION, incline_pct=incline_pct)


def start_or_resume() -> ControlRequest:
    return ControlRequest(OpCode.START_OR_RESUME)


def stop() -> ControlRequest:
    return ControlRequest(OpCode.STOP_OR_PAUSE, pause=False)


def pause() -> ControlRequest:
    return ControlRequest(OpCode.STOP_OR_PAUSE, pause=True)


def encode_request(request: ControlRequest) -> bytes:
    op = pack("u8", request.op, "op code")
    if request.op == OpCode.SET_TARGET_SPEED:
        if request.speed_kmh is None:
            raise FtmsError("set target speed needs speed_kmh")
        return op + scaled(request.speed_kmh, 0.01, "u16", "target speed")
    if request.op == OpCode.SET_TARGET_INCLINATION:
        if request.incline_pct is None:
            raise FtmsError("set target inclination needs incline_pct")
        return op + scaled(request.incline_pct, 0.1, "s16", "target inclination")
    if request.op == OpCode.STOP_OR_PAUSE:
        return op + pack("u8", PAUSE if request.pause else STOP, "stop or pause")
    return op


def decode_request(data: bytes) -> ControlRequest:
    """The server side: what a client wrote. Unknown op codes decode (the server answers them
    "not supported"); a known op code without its parameter raises FtmsError."""
    r = Reader("control point request", data)
    op = r.read("u8", "op code")
    if op == OpCode.SET_TARGET_SPEED:
        return ControlRequest(op, speed_kmh=r.read("u16", "target speed") / 100)
    if op == OpCode.SET_TARGET_INCLINATION:
        return ControlRequest(op, incline_pct=r.read("s16", "target inclination") / 10)
    if op == OpCode.STOP_OR_PAUSE:
        return ControlRequest(op, pause=r.read("u8", "stop or pause") == PAUSE)
    return ControlRequest(op)


@dataclass(frozen=True)
class ControlResponse:
    request_op: int
    result: int

    @property
    def ok(self) -> bool:
        return self.result == ResultCode.SUCCESS

    @property
    def result_name(self) -> str:
        if self.result in KNOWN_RESULT_CODES:
            return RESULT_NAMES[ResultCode(self.result)]
        return f"result {self.result:#04x}"


def decode_response(data: bytes) -> ControlResponse:
    r = Reader("control point response", data)
    op = r.read("u8", "response code")
    if op != OpCode.RESPONSE:
        raise FtmsError(f"control point response: starts with {op:#04x}, not 0x80")
    request_op = r.read("u8", "request op code")
    result = r.read("u8", "result code")
    # Some machines append parameters (e.g. for "spin down"); they are trailing bytes here.
    return ControlResponse(request_op, result)


def encode_response(response: ControlResponse) -> bytes:
    return (
        pack("u8", OpCode.RESPONSE, "response code")
        + pack("u8", response.request_op, "request op code")
        + pack("u8", response.result, "result code")
    )
