"""A virtual heart-rate sensor for trying the app without a strap (``--heart-rate virtual``),
and the in-memory transport that carries it, on any clock (deterministic on a fake one).

The model, a sketch and not a physiological claim: the effort of walking is its oxygen cost
by the ACSM walking equation (VO2 = 3.5 + 0.1 x speed in m/min + 1.8 x speed x grade, in
ml/kg/min), times ``backward_cost_factor`` for backward walking (it costs more than forward
walking at the same speed; the source articles say the heart rate is higher at the same
perceived effort). That cost as a fraction of the oxygen reserve up to ``vo2max`` is taken as
the same fraction of the heart-rate reserve (ACSM's %VO2R ~ %HRR): the target heart rate lies
between ``resting_bpm`` and ``max_bpm``. The heart rate follows the target with a first-order
lag (time constant ``rise_tau_s`` going up, ``fall_tau_s`` coming down), so a change of
segment shows after tens of seconds. A notification (bpm, contact, one RR interval) goes out
every ``interval_s``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from walkcoach.core.clock import Clock
from walkcoach.core.i18n import translate
from walkcoach.devices import uuids
from walkcoach.devices.heart_rate import HeartRateMeasurement, encode_heart_rate
from walkcoach.devices.transport import TransportListener

REST_VO2 = 3.5  # ml/kg/min, one MET


@dataclass(frozen=True)
class Effort:
    """What the walker does now. Speed 0 (a rest, a pause): resting effort."""

    speed_kmh: float = 0.0
    incline_pct: float = 0.0
    backward: bool = False

    @classmethod
    def for_segment(cls, direction: str | None, speed_kmh: float, incline_pct: float) -> Effort:
        """From a segment's direction ("forward", "backward" or None) and targets."""
        return cls(max(0.0, speed_kmh), incline_pct, direction == "backward")


@dataclass(frozen=True)
class VirtualHeartRateConfig:
    resting_bpm: float = 62.0
    max_bpm: float = 180.0
    vo2max: float = 35.0  # ml/kg/min: an untrained adult
    backward_cost_factor: float = 1.4
    rise_tau_s: float = 30.0
    fall_tau_s: float = 45.0
    interval_s: float = 1.0
    contact_supported: bool = True

    def __post_init__(self) -> None:
        if not 0 < self.resting_bpm < self.max_bpm:
            raise ValueError(
                f"the resting heart rate must be above 0 and below the maximum "
                f"(got {self.resting_bpm} and {self.max_bpm})"
            )
        if self.vo2max <= REST_VO2:
            raise ValueError(f"VO2max must be above {REST_VO2} ml/kg/min (got {self.vo2max})")
        if min(self.rise_tau_s, self.fall_tau_s, self.interval_s) <= 0:
            raise ValueError("the time constants and the interval must be positive")

    def target_bpm(self, effort: Effort) -> float:
        speed_m_min = effort.speed_kmh * 1000 / 60
        # Downhill walking is not counted as easier than level walking.
        grade = max(0.0, effort.incline_pct) / 100
        cost = 0.1 * speed_m_min + 1.8 * speed_m_min * grade
        if effort.backward:
            cost *= self.backward_cost_factor
        fraction = min(1.0, cost / (self.vo2max - REST_VO2))
        return self.resting_bpm + fraction * (self.max_bpm - self.resting_bpm)


class VirtualHeartRateSensor:
    """The sensor itself; whoever carries it (VirtualHeartRateTransport, the simulator's
    bumble server) calls ``advance(now)`` and drains ``outbox`` (0x2A37 payloads)."""

    def __init__(self, start_s: float, config: VirtualHeartRateConfig | None = None) -> None:
        self.config = config or VirtualHeartRateConfig()
        self.now_s = start_s
        self.bpm = self.config.resting_bpm
        self.effort = Effort()
        self.contact = True  # on the skin
        self.sending = True  # False: silent (a flat battery, out of range without a drop)
        self.outbox: list[bytes] = []
        self._next_s = start_s + self.config.interval_s

    def set_effort(self, effort: Effort) -> None:
        self.effort = effort

    def advance(self, now_s: float) -> None:
        while self.now_s < now_s - 1e-12:
            step_s = min(now_s, self._next_s) - self.now_s
            self._follow(step_s)
            self.now_s += step_s
            if self.now_s >= self._next_s - 1e-9:
                self._next_s += self.config.interval_s
                if self.sending:
                    self.outbox.append(encode_heart_rate(self.measurement()))

    def _follow(self, step_s: float) -> None:
        target = self.config.target_bpm(self.effort)
        tau_s = self.config.rise_tau_s if target > self.bpm else self.config.fall_tau_s
        # The exact solution of the first-order lag, so the step size does not matter.
        self.bpm += (target - self.bpm) * (1 - math.exp(-step_s / tau_s))

    def measurement(self) -> HeartRateMeasurement:
        """What the sensor says now: off the skin a real strap still sends, without contact
        and with no beat to time (a 0 bpm, which the monitor shows as "--")."""
        contact = self.contact if self.config.contact_supported else None
        if not self.contact:
            return HeartRateMeasurement(0, contact)
        bpm = round(self.bpm)
        return HeartRateMeasurement(bpm, contact, rr_intervals_s=(60 / bpm,))


class VirtualHeartRateTransport:
    """The in-memory Transport to a VirtualHeartRateSensor, as VirtualTransport is to the
    virtual treadmill: ``tick()`` advances the sensor and delivers after ``latency_s``; it can
    drop the link and refuse connections for fault tests."""

    def __init__(
        self, sensor: VirtualHeartRateSensor, clock: Clock, latency_s: float = 0.05
    ) -> None:
        self.sensor = sensor
        self._clock = clock
        self.latency_s = latency_s
        self._listener: TransportListener | None = None
        self._linked = False
        self._due: list[tuple[float, Callable[[TransportListener], None]]] = []
        self.connect_attempts_s: list[float] = []
        self.refuse_connections = 0

    def connect(self, listener: TransportListener) -> None:
        self._listener = listener
        self.connect_attempts_s.append(self._clock.now())
        if self.refuse_connections > 0:
            self.refuse_connections -= 1
            self._later(
                lambda li: li.on_link_down(
                    translate("Devices", "the heart-rate sensor did not answer")
                )
            )
            return
        self._linked = True
        self._later(lambda li: li.on_link_up())

    def disconnect(self) -> None:
        self._linked = False
        self._due.clear()

    def read(self, characteristic: int) -> None:
        self._later(lambda li: li.on_read(characteristic, None))

    def write_control_point(self, payload: bytes) -> None:
        self._later(lambda li: li.on_write_failed("a heart-rate sensor has no control point"))

    def tick(self) -> None:
        now = self._clock.now()
        self.sensor.advance(now)
        outbox, self.sensor.outbox = self.sensor.outbox, []
        if self._linked:
            for payload in outbox:
                self._later(_measurement(payload))
        while self._due and self._due[0][0] <= now + 1e-9 and self._listener is not None:
            _, deliver = self._due.pop(0)
            deliver(self._listener)

    def drop_link(self, reason: str = "") -> None:
        reason = reason or translate("Devices", "the heart-rate sensor went out of range")
        self._linked = False
        self._due.clear()
        self._later(lambda li: li.on_link_down(reason))

    @property
    def linked(self) -> bool:
        return self._linked

    def _later(self, deliver: Callable[[TransportListener], None]) -> None:
        self._due.append((self._clock.now() + self.latency_s, deliver))


def _measurement(payload: bytes) -> Callable[[TransportListener], None]:
    return lambda listener: listener.on_notification(uuids.HEART_RATE_MEASUREMENT, payload)
