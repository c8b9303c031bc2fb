"""A virtual FTMS treadmill: an in-memory machine that behaves like a real one.

Its belt speeds up and slows down at a limited rate (0.5 km/h per second by default) and can
wait before it starts slowing (a belt that "needs a second to slow down"); it integrates the
distance walked, refuses commands before Request Control (05) like most machines, answers every
control point write with an indication, sends status notifications and a Treadmill Data
notification every second. It knows no transport: whoever carries it (the in-memory
VirtualTransport, the bumble FTMS server) feeds it writes and drains ``outbox``.
Time comes from ``advance(now)``, so it runs on whatever clock it is handed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from walkcoach.devices import ftms_control as cp
from walkcoach.devices import uuids
from walkcoach.devices.ftms import (
    FtmsError,
    InclineRange,
    MachineFeatures,
    MachineStatus,
    SpeedRange,
    StatusCode,
    TreadmillData,
    encode_features,
    encode_incline_range,
    encode_machine_status,
    encode_speed_range,
    encode_treadmill_data,
)

# Integration step: small enough that speed changes and distance are exact to a few cm.
_STEP_S = 0.05
# Machine features the simulator claims (bits as in ftms.py, unverified there too):
# total distance (2), inclination (3), elapsed time (12); targets: speed (0), incline (1).
_FEATURES = MachineFeatures(machine_bits=(1 << 2) | (1 << 3) | (1 << 12), target_setting_bits=0b11)


@dataclass(frozen=True)
class VirtualTreadmillConfig:
    speed_range: SpeedRange = SpeedRange(0.5, 12.0, 0.1)
    incline_range: InclineRange = InclineRange(0.0, 15.0, 0.5)
    accel_kmh_per_s: float = 0.5
    decel_kmh_per_s: float = 0.5
    # How long the belt keeps its speed after a lower target before it begins to slow.
    slow_down_delay_s: float = 0.0
    incline_pct_per_s: float = 0.5
    refuse_before_control: bool = True
    # False: a machine that keeps refusing control (another app holds it).
    grants_control: bool = True
    # False: a machine without the range characteristics (it still refuses what it cannot do).
    publishes_ranges: bool = True
    # The walking-pad quirk (qdomyos-zwift #5100): a start sent to a running belt pauses it.
    start_pauses_running_belt: bool = True
    start_speed_kmh: float = 1.0  # where a start with no target begins
    data_interval_s: float = 1.0

    def __post_init__(self) -> None:
        if self.accel_kmh_per_s <= 0 or self.decel_kmh_per_s <= 0:
            raise ValueError("the belt's acceleration and deceleration must be positive")
        if self.data_interval_s <= 0:
            raise ValueError("the data interval must be positive")
        if self.slow_down_delay_s < 0:
            raise ValueError("the slow-down delay cannot be negative")


@dataclass(frozen=True)
class ReceivedCommand:
    """A control point write as the machine saw it (what the tests check)."""

    at_s: float
    request: cp.ControlRequest | None
    result: int
    belt_speed_kmh: float
    belt_state: str


@dataclass
class VirtualTreadmill:
    start_s: float
    config: VirtualTreadmillConfig = field(default_factory=VirtualTreadmillConfig)

    def __post_init__(self) -> None:
        self.now_s = self.start_s
        self.state = "stopped"  # stopped | running | paused
        self.controlled = False
        self.safety_key_in = True
        self.target_speed_kmh = 0.0
        self.speed_kmh = 0.0
        self.target_incline_pct = 0.0
        self.incline_pct = 0.0
        self.distance_m = 0.0
        self.elapsed_s = 0.0
        self.sending_data = True
        self.outbox: list[tuple[int, bytes]] = []
        self.received: list[ReceivedCommand] = []
        self.max_speed_seen_kmh = 0.0
        # A heart rate the machine sends in its Treadmill Data (bit 8: hand grips, or a strap
        # paired with it); None: it sends none, 0: hands off the grips.
        self.hand_grip_bpm: int | None = None
        self._slow_from_s = self.start_s
        self._next_data_s = self.start_s + self.config.data_interval_s

    # --- time ---------------------------------------------------------------------------

    def advance(self, now_s: float) -> None:
        while self.now_s < now_s - 1e-12:
            step_s = min(_STEP_S, now_s - self.now_s, max(self._next_data_s - self.now_s, 1e-9))
            self._integrate(step_s)
            self.now_s += step_s
            if self.now_s >= self._next_data_s - 1e-9:
                self._next_data_s += self.config.data_interval_s
                if self.sending_data:
                    self.outbox.append((uuids.TREADMILL_DATA, encode_treadmill_data(self.data())))

    def _integrate(self, step_s: float) -> None:
        c = self.config
        goal = self.target_speed_kmh if self.state == "running" else 0.0
        before = self.speed_kmh
        if goal > before:
            self.speed_kmh = min(goal, before + c.accel_kmh_per_s * step_s)
        elif goal < before and self.now_s >= self._slow_from_s:
            self.speed_kmh = max(goal, before - c.decel_kmh_per_s * step_s)
        self.distance_m += (before + self.speed_kmh) / 2 / 3.6 * step_s
        if self.state == "running":
            self.elapsed_s += step_s
        self.max_speed_seen_kmh = max(self.max_speed_seen_kmh, self.speed_kmh)
        incline_goal = self.target_incline_pct if self.state != "stopped" else self.incline_pct
        delta = c.incline_pct_per_s * step_s
        self.incline_pct = min(
            max(incline_goal, self.incline_pct - delta), self.incline_pct + delta
        )

    def _speed_goal_lowered(self) -> None:
        self._slow_from_s = self.now_s + self.config.slow_down_delay_s

    # --- what the machine says ------------------------------------------------------------

    def data(self) -> TreadmillData:
        return TreadmillData(
            speed_kmh=round(self.speed_kmh, 2),
            distance_m=int(self.distance_m),
            incline_pct=round(self.incline_pct, 1),
            ramp_angle_deg=None,
            elapsed_s=min(int(self.elapsed_s), 0xFFFF),
            heart_rate_bpm=self.hand_grip_bpm,
        )

    def read(self, characteristic: int) -> bytes | None:
        if not self.config.publishes_ranges:
            return None
        if characteristic == uuids.SUPPORTED_SPEED_RANGE:
            return encode_speed_range(self.config.speed_range)
        if characteristic == uuids.SUPPORTED_INCLINATION_RANGE:
            return encode_incline_range(self.config.incline_range)
        if characteristic == uuids.FITNESS_MACHINE_FEATURE:
            return encode_features(_FEATURES)
        return None

    def _status(self, status: MachineStatus) -> None:
        self.outbox.append((uuids.FITNESS_MACHINE_STATUS, encode_machine_status(status)))

    # --- the control point ----------------------------------------------------------------

    def write_control_point(self, payload: bytes) -> None:
        """Handle one write; the indication (and any status) lands in ``outbox``."""
        request: cp.ControlRequest | None
        speed_before_kmh, state_before = round(self.speed_kmh, 2), self.state
        try:
            request = cp.decode_request(payload)
            result = self._handle(request)
            op = request.op
        except FtmsError:
            request, result = None, cp.ResultCode.INVALID_PARAMETER
            op = payload[0] if payload else 0
        self.received.append(
            ReceivedCommand(self.now_s, request, result, speed_before_kmh, state_before)
        )
        self.outbox.append(
            (
                uuids.FITNESS_MACHINE_CONTROL_POINT,
                cp.encode_response(cp.ControlResponse(op, result)),
            )
        )

    def _handle(self, request: cp.ControlRequest) -> int:
        ok = cp.ResultCode.SUCCESS
        if request.op == cp.OpCode.REQUEST_CONTROL:
            if not self.config.grants_control:
                return cp.ResultCode.NOT_PERMITTED
            self.controlled = True
            return ok
        if request.op not in cp.KNOWN_OP_CODES or request.op == cp.OpCode.RESPONSE:
            return cp.ResultCode.NOT_SUPPORTED
        if self.config.refuse_before_control and not self.controlled:
            return cp.ResultCode.NOT_PERMITTED
        if request.op == cp.OpCode.RESET:
            self.state, self.controlled = "stopped", False
            self.target_speed_kmh = 0.0
            self._speed_goal_lowered()
            return ok
        if request.op == cp.OpCode.SET_TARGET_SPEED:
            return self._set_speed(request.speed_kmh or 0.0)
        if request.op == cp.OpCode.SET_TARGET_INCLINATION:
            return self._set_incline(request.incline_pct or 0.0)
        if request.op == cp.OpCode.START_OR_RESUME:
            if not self.safety_key_in:
                return cp.ResultCode.FAILED
            if self.state == "running" and self.config.start_pauses_running_belt:
                self._to_state("paused")
                return ok
            self._start()
            return ok
        # STOP_OR_PAUSE
        self._to_state("paused" if request.pause else "stopped")
        return ok

    def _set_speed(self, speed_kmh: float) -> int:
        rng = self.config.speed_range
        if not rng.min_kmh - 1e-9 <= speed_kmh <= rng.max_kmh + 1e-9:
            return cp.ResultCode.INVALID_PARAMETER
        if speed_kmh < self.target_speed_kmh:
            self._speed_goal_lowered()
        self.target_speed_kmh = speed_kmh
        # Real machines tell every client about a new target, whoever set it.
        self._status(MachineStatus(StatusCode.TARGET_SPEED_CHANGED, target_speed_kmh=speed_kmh))
        return cp.ResultCode.SUCCESS

    def _set_incline(self, incline_pct: float) -> int:
        rng = self.config.incline_range
        if not rng.min_pct - 1e-9 <= incline_pct <= rng.max_pct + 1e-9:
            return cp.ResultCode.INVALID_PARAMETER
        self.target_incline_pct = incline_pct
        self._status(
            MachineStatus(StatusCode.TARGET_INCLINE_CHANGED, target_incline_pct=incline_pct)
        )
        return cp.ResultCode.SUCCESS

    def _start(self) -> None:
        if self.target_speed_kmh <= 0:
            self.target_speed_kmh = max(
                self.config.start_speed_kmh, self.config.speed_range.min_kmh
            )
        self.state = "running"

    def _to_state(self, state: str) -> None:
        self.state = state
        self._speed_goal_lowered()
        if state == "stopped":
            self.target_speed_kmh = 0.0

    # --- a person at the machine (fault injection for tests and demos) ---------------------

    def press_speed(self, speed_kmh: float) -> None:
        self._set_speed(speed_kmh)

    def press_incline(self, incline_pct: float) -> None:
        self._set_incline(incline_pct)

    def press_start(self) -> None:
        if self.safety_key_in:
            self._start()
            self._status(MachineStatus(StatusCode.STARTED_OR_RESUMED_BY_USER))

    def press_pause(self) -> None:
        self._to_state("paused")
        self._status(MachineStatus(StatusCode.STOPPED_OR_PAUSED_BY_USER, paused=True))

    def press_stop(self) -> None:
        self._to_state("stopped")
        self._status(MachineStatus(StatusCode.STOPPED_OR_PAUSED_BY_USER, paused=False))

    def pull_safety_key(self) -> None:
        self.safety_key_in = False
        self._to_state("stopped")
        self.speed_kmh = 0.0  # an emergency stop: the motor brakes at once
        self._status(MachineStatus(StatusCode.STOPPED_BY_SAFETY_KEY))

    def insert_safety_key(self) -> None:
        self.safety_key_in = True

    def take_control_away(self) -> None:
        """Another app took control (the machine says "control permission lost")."""
        self.controlled = False
        self._status(MachineStatus(StatusCode.CONTROL_PERMISSION_LOST))
