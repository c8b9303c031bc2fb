"""The treadmill controller: drives an FTMS belt through a Transport, on an injected clock.

It is one piece (past the usual ~400 lines) because its rules share one state: the link, the
command queue and the session's drive state decide together what may be sent when.

Threading: every method, and every TransportListener callback, runs on one thread (the
transports deliver onto it). Nothing here sleeps: ``tick()`` is called often (every 100 ms
of session time is plenty) and all waits and time-outs are read from the clock, so a fake
clock drives tests and a scaled clock drives sped-up demos.

Two state machines:

* link: IDLE -> CONNECTING -> SETTING_UP (read ranges, request control) -> READY; on a loss
  WAITING_TO_RECONNECT -> CONNECTING ... with backoff; CLOSED after ``close()``.
* drive: IDLE -> DRIVING (a walking segment) / TURN_SLOWING (turn speed set, waiting for the
  belt to report it) -> TURNING ("turn now" said) -> next segment; PAUSED (the app paused),
  FAULTED (the session must pause: a fault), STOPPED.

Rules: start/resume (07) is never sent to a running belt; a speed the user sets on the machine
is followed until the next segment; at a turn the next direction's speed waits for the next
segment; a fault pauses the belt where the link allows and never restarts it; a refused
command is retried once after requesting control, then reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum

from walkcoach.core.clock import Clock
from walkcoach.core.i18n import translate
from walkcoach.devices import ftms_control as cp
from walkcoach.devices import uuids
from walkcoach.devices.events import (
    CommandDone,
    CommandRefused,
    DeviceEvent,
    FaultReason,
    LinkChanged,
    LinkState,
    Quantity,
    RangesRead,
    Reading,
    SessionMustPause,
    StatusReported,
    TargetClamped,
    TurnNow,
    TurnSlowing,
    TurnWaiting,
    UserOverride,
)
from walkcoach.devices.ftms import (
    FtmsError,
    InclineRange,
    MachineFeatures,
    SpeedRange,
    StatusCode,
    decode_features,
    decode_incline_range,
    decode_machine_status,
    decode_speed_range,
    decode_treadmill_data,
)
from walkcoach.devices.transport import Transport

MAX_TURN_SPEED_KMH = 1.5
# A reported speed within this of the target counts as reaching it (the field is 0.01 km/h).
SPEED_TOLERANCE_KMH = 0.005


class DriveState(Enum):
    IDLE = "idle"
    DRIVING = "driving"
    TURN_SLOWING = "turn_slowing"
    TURNING = "turning"
    PAUSED = "paused"
    FAULTED = "faulted"
    STOPPED = "stopped"


ACTIVE = (DriveState.DRIVING, DriveState.TURN_SLOWING, DriveState.TURNING)


@dataclass(frozen=True)
class ControllerSettings:
    turn_speed_kmh: float = 1.0
    data_timeout_s: float = 5.0
    response_timeout_s: float = 3.0
    connect_timeout_s: float = 15.0
    turn_wait_report_s: float = 1.0  # a slower slow-down is reported ("wait")
    turn_timeout_s: float = 20.0  # a belt that never slows is a fault
    reconnect_backoff_s: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)

    def __post_init__(self) -> None:
        if not 0 < self.turn_speed_kmh <= MAX_TURN_SPEED_KMH:
            raise ValueError(
                f"the turn speed must be above 0 and at most {MAX_TURN_SPEED_KMH} km/h "
                f"(got {self.turn_speed_kmh})"
            )
        if not self.reconnect_backoff_s or min(self.reconnect_backoff_s) <= 0:
            raise ValueError("the reconnect backoff needs at least one positive delay")

    def for_time_scale(self, time_scale: float) -> ControllerSettings:
        """These settings for a session clock running ``time_scale`` times faster than real
        time (--time-scale). The waits stay in session time, as a sped-up session should
        behave like a real one, but none gets shorter than a real radio needs
        (REAL_TIME_FLOORS_S): a real treadmill, or a simulator in real time, still sends its
        data once a real second and answers in tens of real milliseconds."""
        if time_scale <= 1:
            return self
        floors = REAL_TIME_FLOORS_S

        def at_least(session_s: float, name: str) -> float:
            return max(session_s, floors[name] * time_scale)

        return replace(
            self,
            data_timeout_s=at_least(self.data_timeout_s, "data_timeout_s"),
            response_timeout_s=at_least(self.response_timeout_s, "response_timeout_s"),
            connect_timeout_s=at_least(self.connect_timeout_s, "connect_timeout_s"),
            turn_timeout_s=at_least(self.turn_timeout_s, "turn_timeout_s"),
            turn_wait_report_s=at_least(self.turn_wait_report_s, "turn_wait_report_s"),
            reconnect_backoff_s=tuple(
                at_least(delay_s, "reconnect_backoff_s") for delay_s in self.reconnect_backoff_s
            ),
        )


# The least each wait may be in real seconds, whatever the time scale: one missed Treadmill
# Data notification plus jitter, a slow BLE round trip, a slow connection, a belt's slow-down.
REAL_TIME_FLOORS_S = {
    "data_timeout_s": 2.5,
    "response_timeout_s": 1.0,
    "connect_timeout_s": 10.0,
    "turn_timeout_s": 15.0,
    "turn_wait_report_s": 0.5,
    "reconnect_backoff_s": 0.5,
}


@dataclass(frozen=True)
class SegmentTarget:
    """What one segment asks of the belt. For a turn, ``speed_kmh`` is the turn segment's own
    speed; the controller never goes above its turn-speed setting."""

    speed_kmh: float
    incline_pct: float = 0.0
    is_turn: bool = False


@dataclass
class _Command:
    request: cp.ControlRequest
    planned_s: float
    retried: bool = False
    # A turn cannot go on without this one: a final refusal is a fault, not a message.
    for_turn: bool = False
    written_s: float = 0.0


@dataclass
class _Machine:
    """What the controller knows of the machine."""

    speed_range: SpeedRange | None = None
    incline_range: InclineRange | None = None
    features: MachineFeatures | None = None
    state: str = "unknown"  # running | paused | stopped | unknown, from its answers and status
    speed_kmh: float | None = None
    previous_speed_kmh: float | None = None
    readings: int = 0
    last_data_s: float = 0.0
    recent_speed_targets: list[float] = field(default_factory=list)
    recent_incline_targets: list[float] = field(default_factory=list)
    incline_unavailable_reported: bool = False

    def belt_running(self) -> bool:
        """Running unless known otherwise. A belt reported moving and not slowing down is
        running whatever the last status said (the user may have started it on the machine
        without a status); one still slowing down after a pause is not."""
        if self.state in ("running", "unknown"):
            return self.state == "running" or bool(self.speed_kmh)
        if self.speed_kmh and self.speed_kmh > 0:
            return self.previous_speed_kmh is None or self.speed_kmh >= self.previous_speed_kmh
        return False


class TreadmillController:
    def __init__(
        self,
        transport: Transport,
        clock: Clock,
        on_event: Callable[[DeviceEvent], None],
        settings: ControllerSettings | None = None,
    ) -> None:
        self._transport = transport
        self._clock = clock
        self._emit = on_event
        self.settings = settings or ControllerSettings()
        self.link_state = LinkState.IDLE
        self.drive_state = DriveState.IDLE
        self._machine = _Machine()
        self._queue: list[_Command] = []
        self._in_flight: _Command | None = None
        self._pending_reads: set[int] = set()
        self._connect_deadline_s = 0.0
        self._reconnect_due_s = 0.0
        self._reconnect_attempt = 0
        self._segment: SegmentTarget | None = None
        self._overridden: set[str] = set()
        self._turn_speed_kmh = 0.0
        self._turn_started_s = 0.0
        self._turn_readings_at_start = 0
        self._turn_wait_reported = False
        self._closing = False

    # --- what the app calls -------------------------------------------------------------

    def connect(self) -> None:
        if self.link_state in (LinkState.IDLE, LinkState.WAITING_TO_RECONNECT, LinkState.CLOSED):
            self._closing = False
            self._open_link()

    def start_segment(self, target: SegmentTarget) -> None:
        """A new segment began: set its targets (a turn: slow the belt and wait for it)."""
        self._segment = target
        self._overridden.clear()
        self._drop_queued(cp.OpCode.SET_TARGET_SPEED, cp.OpCode.SET_TARGET_INCLINATION)
        if target.is_turn:
            self._begin_turn(target)
            return
        self._set_drive(DriveState.DRIVING)
        if not self._machine.belt_running():
            self._enqueue(cp.start_or_resume())
        self._enqueue_speed(target.speed_kmh)
        self._enqueue_incline(target.incline_pct)
        self._pump()

    def pause(self) -> None:
        """The app paused: pause the belt (its distance and time are kept on the machine)."""
        self._set_drive(DriveState.PAUSED)
        self._halt_belt(cp.pause())

    def resume(self) -> bool:
        """Resume the current segment after a pause or a fault: its targets are set again
        (a turn starts its wait again). False when the belt cannot be driven now (see
        ``sees_the_belt``)."""
        if not self.sees_the_belt or self._segment is None:
            return False
        self.start_segment(self._segment)
        return True

    def stop(self) -> None:
        """Stop (or the program's end): stop the belt."""
        self._set_drive(DriveState.STOPPED)
        self._halt_belt(cp.stop())

    def close(self, stop_belt: bool = True) -> None:
        """Quit: stop the belt when asked and the link allows, then disconnect."""
        if self.link_state is LinkState.CLOSED:
            return
        self._closing = True
        if stop_belt and self.link_state is LinkState.READY:
            self.stop()
            return  # disconnects once the stop is answered (or times out)
        self._finish_close()

    @property
    def sees_the_belt(self) -> bool:
        """The link is ready and the treadmill's data is coming. Only then may the belt be
        driven: with its data silent, what the controller knows of it (its speed, whether it
        runs) is as old as the last report, and the watchdog would pause it again at once."""
        return (
            self.link_state is LinkState.READY
            and self._clock.now() - self._machine.last_data_s < self.settings.data_timeout_s
        )

    @property
    def segment(self) -> SegmentTarget | None:
        return self._segment

    @property
    def measured_speed_kmh(self) -> float | None:
        return self._machine.speed_kmh

    @property
    def speed_range(self) -> SpeedRange | None:
        return self._machine.speed_range

    @property
    def incline_range(self) -> InclineRange | None:
        return self._machine.incline_range

    def tick(self) -> None:
        now = self._clock.now()
        if self.link_state is LinkState.CONNECTING and now >= self._connect_deadline_s:
            self._transport.disconnect()
            self._link_lost(translate("Devices", "connecting took too long"))
        elif self.link_state is LinkState.WAITING_TO_RECONNECT and now >= self._reconnect_due_s:
            self._open_link()
        if self._in_flight is not None and (
            now - self._in_flight.written_s >= self.settings.response_timeout_s
        ):
            self._answered(self._in_flight, "no answer", final=True)
        if (
            self.link_state in (LinkState.SETTING_UP, LinkState.READY)
            and now - self._machine.last_data_s >= self.settings.data_timeout_s
        ):
            self._fault(FaultReason.NO_DATA)
        if self.drive_state is DriveState.TURN_SLOWING:
            self._check_turn_wait(now)

    # --- transport callbacks ------------------------------------------------------------

    def on_link_up(self) -> None:
        if self.link_state is not LinkState.CONNECTING:
            return
        self._reconnect_attempt = 0
        self._machine.last_data_s = self._clock.now()
        self._set_link(LinkState.SETTING_UP)
        self._pending_reads = set(uuids.TREADMILL_READS)
        for characteristic in uuids.TREADMILL_READS:
            self._transport.read(characteristic)
        # Control first; after a fault or a pause the belt is made safe again at once.
        self._queue.insert(0, _Command(cp.request_control(), self._clock.now()))
        if self.drive_state in (DriveState.PAUSED, DriveState.FAULTED):
            self._halt_belt(cp.pause())

    def on_link_down(self, reason: str) -> None:
        if self.link_state in (LinkState.CLOSED, LinkState.IDLE, LinkState.WAITING_TO_RECONNECT):
            return
        self._link_lost(reason)

    def on_read(self, characteristic: int, payload: bytes | None) -> None:
        if characteristic not in self._pending_reads:
            return
        self._pending_reads.discard(characteristic)
        try:
            if payload is not None and characteristic == uuids.SUPPORTED_SPEED_RANGE:
                self._machine.speed_range = decode_speed_range(payload)
            elif payload is not None and characteristic == uuids.SUPPORTED_INCLINATION_RANGE:
                self._machine.incline_range = decode_incline_range(payload)
            elif payload is not None and characteristic == uuids.FITNESS_MACHINE_FEATURE:
                self._machine.features = decode_features(payload)
        except FtmsError:
            pass  # a garbled range is treated as no range: the machine itself refuses
        if not self._pending_reads and self.link_state is LinkState.SETTING_UP:
            self._emit(RangesRead(self._machine.speed_range, self._machine.incline_range))
            self._set_link(LinkState.READY)
            self._pump()

    def on_notification(self, characteristic: int, payload: bytes) -> None:
        try:
            if characteristic == uuids.TREADMILL_DATA:
                self._on_data(payload)
            elif characteristic == uuids.FITNESS_MACHINE_STATUS:
                self._on_status(payload)
            elif characteristic == uuids.FITNESS_MACHINE_CONTROL_POINT:
                self._on_response(payload)
        except FtmsError:
            return  # one garbled packet is dropped; missing data is caught by the watchdog

    def on_write_failed(self, reason: str) -> None:
        if self._in_flight is not None:
            self._answered(self._in_flight, f"write failed: {reason}", final=True)

    # --- incoming ------------------------------------------------------------------------

    def _on_data(self, payload: bytes) -> None:
        data = decode_treadmill_data(payload)
        now = self._clock.now()
        m = self._machine
        m.last_data_s = now
        if data.speed_kmh is not None:
            m.previous_speed_kmh, m.speed_kmh = m.speed_kmh, data.speed_kmh
            m.readings += 1
            if m.state == "unknown" and data.speed_kmh > 0:
                m.state = "running"
        self._emit(Reading(now, data))
        if self.drive_state is DriveState.TURN_SLOWING:
            self._check_turn_reached(now)
        self._pump()

    def _on_status(self, payload: bytes) -> None:
        status = decode_machine_status(payload)
        self._emit(StatusReported(self._clock.now(), status))
        code = status.code
        if code == StatusCode.STOPPED_BY_SAFETY_KEY:
            self._machine.state = "stopped"
            self._fault(FaultReason.SAFETY_KEY, halt=False)
        elif code == StatusCode.STOPPED_OR_PAUSED_BY_USER:
            self._machine.state = "paused" if status.paused else "stopped"
            reason = (
                FaultReason.PAUSED_ON_MACHINE if status.paused else FaultReason.STOPPED_ON_MACHINE
            )
            self._fault(reason, halt=False)
        elif code == StatusCode.STARTED_OR_RESUMED_BY_USER:
            self._machine.state = "running"
        elif code in (StatusCode.CONTROL_PERMISSION_LOST, StatusCode.RESET):
            if code == StatusCode.RESET:
                self._machine.state = "stopped"
            if self.drive_state in ACTIVE:
                # Take control back only to make the belt safe; the fault holds the session.
                self._queue.insert(0, _Command(cp.request_control(), self._clock.now()))
                self._fault(FaultReason.CONTROL_LOST)
        elif code == StatusCode.TARGET_SPEED_CHANGED and status.target_speed_kmh is not None:
            self._maybe_user_override("speed", status.target_speed_kmh)
        elif code == StatusCode.TARGET_INCLINE_CHANGED and status.target_incline_pct is not None:
            self._maybe_user_override("incline", status.target_incline_pct)

    def _maybe_user_override(self, quantity: Quantity, value: float) -> None:
        m = self._machine
        ours = m.recent_speed_targets if quantity == "speed" else m.recent_incline_targets
        if any(abs(value - sent) < 0.011 for sent in ours):
            return  # the machine echoing a target this controller set
        if self.drive_state not in ACTIVE:
            return
        self._overridden.add(quantity)
        # No fighting back: a target of ours still waiting to go out is dropped (not a turn
        # speed: no change of direction on a fast belt, whoever asked for the speed).
        op = cp.OpCode.SET_TARGET_SPEED if quantity == "speed" else cp.OpCode.SET_TARGET_INCLINATION
        self._queue = [c for c in self._queue if c.request.op != op or c.for_turn]
        self._emit(UserOverride(quantity, value))

    def _on_response(self, payload: bytes) -> None:
        response = cp.decode_response(payload)
        command = self._in_flight
        if command is None or response.request_op != command.request.op:
            return  # a late answer to a command already given up on
        if response.ok:
            self._apply_success(command.request)
            self._answered(command, response.result_name, final=True)
            return
        retryable = response.result in (
            cp.ResultCode.NOT_PERMITTED,
            cp.ResultCode.INVALID_PARAMETER,
        )
        if retryable and not command.retried and command.request.op != cp.OpCode.REQUEST_CONTROL:
            now = self._clock.now()
            self._queue[0:0] = [
                _Command(cp.request_control(), now),
                replace(command, retried=True, planned_s=now),
            ]
            self._answered(command, response.result_name, final=False)
            return
        self._answered(command, response.result_name, final=True)

    def _apply_success(self, request: cp.ControlRequest) -> None:
        if request.op == cp.OpCode.START_OR_RESUME:
            self._machine.state = "running"
        elif request.op == cp.OpCode.STOP_OR_PAUSE:
            self._machine.state = "paused" if request.pause else "stopped"

    # --- outgoing ------------------------------------------------------------------------

    def _enqueue(self, request: cp.ControlRequest, for_turn: bool = False) -> None:
        self._queue.append(_Command(request, self._clock.now(), for_turn=for_turn))

    def _drop_queued(self, *ops: int) -> None:
        self._queue = [c for c in self._queue if c.request.op not in ops]

    def _enqueue_speed(self, speed_kmh: float, for_turn: bool = False) -> None:
        if "speed" not in self._overridden:
            self._enqueue(cp.set_target_speed(speed_kmh), for_turn=for_turn)

    def _enqueue_incline(self, incline_pct: float) -> None:
        self._enqueue(cp.set_target_incline(incline_pct))

    def _fit_to_machine(self, command: _Command) -> _Command | None:
        """A target clamped to the machine's ranges, at the moment it goes out (a segment may
        begin before the ranges are read); None when it cannot be set at all."""
        request, m = command.request, self._machine
        if request.op == cp.OpCode.SET_TARGET_SPEED and request.speed_kmh is not None:
            wanted = request.speed_kmh
            if m.speed_range is None:
                return command
            if command.for_turn:
                turn_kmh = m.speed_range.at_most(wanted)
                if turn_kmh is None:  # slower than the machine goes: pause it for the turn
                    self._turn_speed_kmh = 0.0
                    return replace(command, request=cp.pause())
                self._turn_speed_kmh = turn_kmh
                return replace(command, request=cp.set_target_speed(turn_kmh))
            applied = m.speed_range.clamp(wanted)
            if abs(applied - wanted) > max(m.speed_range.step_kmh, 0.01) / 2 + 1e-9:
                self._emit(TargetClamped("speed", wanted, applied))
            return replace(command, request=cp.set_target_speed(applied))
        if request.op == cp.OpCode.SET_TARGET_INCLINATION and request.incline_pct is not None:
            wanted = request.incline_pct
            if m.incline_range is None:
                if abs(wanted) > 1e-9 and not m.incline_unavailable_reported:
                    m.incline_unavailable_reported = True
                    self._emit(TargetClamped("incline", wanted, None))
                return None
            applied = m.incline_range.clamp(wanted)
            if abs(applied - wanted) > max(m.incline_range.step_pct, 0.1) / 2 + 1e-9:
                self._emit(TargetClamped("incline", wanted, applied))
            return replace(command, request=cp.set_target_incline(applied))
        return command

    def _halt_belt(self, request: cp.ControlRequest) -> None:
        """Pause or stop the belt; nothing else queued goes out before it."""
        self._queue = [c for c in self._queue if c.request.op == cp.OpCode.REQUEST_CONTROL]
        self._enqueue(request)
        self._pump()

    def _pump(self) -> None:
        """Write the next queued command when the link is ready and none is in flight."""
        if self._in_flight is not None or not self._queue:
            return
        if self.link_state is not LinkState.READY:
            return
        fitted = self._fit_to_machine(self._queue.pop(0))
        if fitted is None:
            self._pump()
            return
        command, request, m = fitted, fitted.request, self._machine
        if request.op == cp.OpCode.START_OR_RESUME:
            if m.state == "unknown" and m.readings == 0:
                # Whether the belt runs is not known before its first report: wait for it.
                self._queue.insert(0, command)
                return
            if m.belt_running():
                self._pump()  # never start a running belt: it pauses some machines
                return
        if request.op == cp.OpCode.SET_TARGET_SPEED and request.speed_kmh is not None:
            m.recent_speed_targets = (m.recent_speed_targets + [request.speed_kmh])[-3:]
        if request.op == cp.OpCode.SET_TARGET_INCLINATION and request.incline_pct is not None:
            m.recent_incline_targets = (m.recent_incline_targets + [request.incline_pct])[-3:]
        command.written_s = self._clock.now()
        self._in_flight = command
        self._transport.write_control_point(cp.encode_request(request))

    def _answered(self, command: _Command, result: str, final: bool) -> None:
        self._in_flight = None
        request = command.request
        self._emit(
            CommandDone(
                request.name,
                request.value,
                result,
                command.planned_s,
                command.written_s,
                self._clock.now(),
            )
        )
        if final and result != "success":
            self._emit(CommandRefused(request.name, request.value, result))
            if command.for_turn and self.drive_state is DriveState.TURN_SLOWING:
                self._fault(FaultReason.TURN_SPEED_REFUSED)
        if self._closing and request.op == cp.OpCode.STOP_OR_PAUSE:
            self._finish_close()
            return
        self._pump()

    # --- the safe turn -------------------------------------------------------------------

    def _begin_turn(self, target: SegmentTarget) -> None:
        wanted = min(target.speed_kmh, self.settings.turn_speed_kmh)
        if wanted <= 0:
            wanted = self.settings.turn_speed_kmh
        rng = self._machine.speed_range
        turn_kmh: float | None = wanted if rng is None else rng.at_most(wanted)
        self._set_drive(DriveState.TURN_SLOWING)
        now = self._clock.now()
        self._turn_started_s = now
        self._turn_readings_at_start = self._machine.readings
        self._turn_wait_reported = False
        if turn_kmh is None:
            # The machine cannot go as slow as the turn speed: pause the belt for the turn.
            self._turn_speed_kmh = 0.0
            self._halt_belt(cp.pause())
        else:
            self._turn_speed_kmh = turn_kmh
            self._enqueue_speed(turn_kmh, for_turn=True)
            self._enqueue_incline(target.incline_pct)
            self._pump()
        self._emit(TurnSlowing(self._turn_speed_kmh, self._machine.speed_kmh))

    def _check_turn_reached(self, now: float) -> None:
        m = self._machine
        # Only a reading made after the turn began counts: an older one may predate a speed-up.
        if m.readings <= self._turn_readings_at_start or m.speed_kmh is None:
            return
        if m.speed_kmh <= self._turn_speed_kmh + SPEED_TOLERANCE_KMH:
            self._set_drive(DriveState.TURNING)
            self._emit(TurnNow(m.speed_kmh, now - self._turn_started_s))

    def _check_turn_wait(self, now: float) -> None:
        waited_s = now - self._turn_started_s
        if waited_s >= self.settings.turn_timeout_s:
            self._fault(FaultReason.TURN_NOT_SLOWED)
        elif waited_s >= self.settings.turn_wait_report_s and not self._turn_wait_reported:
            self._turn_wait_reported = True
            self._emit(TurnWaiting(self._turn_speed_kmh, self._machine.speed_kmh, waited_s))

    # --- faults and the link -------------------------------------------------------------

    def _fault(self, reason: FaultReason, halt: bool = True) -> None:
        """The session must pause. ``halt``: also pause the belt (not needed when the machine
        stopped it itself). Outside an active segment there is no session to pause."""
        if self.drive_state not in ACTIVE:
            return
        self._set_drive(DriveState.FAULTED)
        if halt:
            self._halt_belt(cp.pause())
        else:
            self._queue = [c for c in self._queue if c.request.op == cp.OpCode.REQUEST_CONTROL]
        self._emit(SessionMustPause(reason))

    def _open_link(self) -> None:
        self._connect_deadline_s = self._clock.now() + self.settings.connect_timeout_s
        self._set_link(LinkState.CONNECTING)
        self._transport.connect(self)

    def _link_lost(self, reason: str) -> None:
        self._in_flight = None
        self._queue.clear()
        self._pending_reads.clear()
        self._machine = _Machine(
            speed_range=self._machine.speed_range, incline_range=self._machine.incline_range
        )
        self._fault(FaultReason.LINK_LOST, halt=False)
        if self._closing:
            self._set_link(LinkState.CLOSED, reason)
            return
        backoff = self.settings.reconnect_backoff_s
        delay_s = backoff[min(self._reconnect_attempt, len(backoff) - 1)]
        self._reconnect_attempt += 1
        self._reconnect_due_s = self._clock.now() + delay_s
        self._set_link(LinkState.WAITING_TO_RECONNECT, reason)

    def _finish_close(self) -> None:
        self._queue.clear()
        self._in_flight = None
        self._transport.disconnect()
        self._set_link(LinkState.CLOSED)

    def _set_link(self, state: LinkState, reason: str = "") -> None:
        if state is not self.link_state:
            self.link_state = state
            self._emit(LinkChanged(state, reason))

    def _set_drive(self, state: DriveState) -> None:
        self.drive_state = state
