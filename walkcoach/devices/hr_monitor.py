"""The heart-rate monitor: a sensor (0x2A37 notifications) through a Transport, on an injected
clock, with the treadmill's own heart rate (Treadmill Data bit 8) as a fallback.

Threading and time as in the treadmill controller: every method and every TransportListener
callback runs on one thread; nothing sleeps; ``tick()`` (often, with the controller's) reads
every time-out from the clock.

Link: IDLE -> CONNECTING -> READY; a loss (or a connection that takes too long) goes to
WAITING_TO_RECONNECT and tries again after a backoff; CLOSED after ``close()``. A heart-rate
link never pauses the session: losing it only makes the heart rate unknown.

"--" rule: ``current_bpm`` is None (never 0) when the sensor says it has no contact, when it
sends 0, and when nothing usable came for ``stale_after_s``. While no sensor is linked, a
treadmill that sends a heart rate is used instead, labelled as the treadmill's (``source``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from walkcoach.core.clock import Clock
from walkcoach.core.i18n import translate
from walkcoach.devices import uuids
from walkcoach.devices.events import LinkState
from walkcoach.devices.ftms import TreadmillData
from walkcoach.devices.heart_rate import FtmsError, decode_heart_rate
from walkcoach.devices.hr_events import (
    ContactBack,
    ContactLost,
    HeartRate,
    HeartRateEvent,
    HeartRateSource,
    SensorLinkChanged,
    SignalBack,
    SignalLost,
)
from walkcoach.devices.transport import Transport


@dataclass(frozen=True)
class MonitorSettings:
    stale_after_s: float = 5.0
    connect_timeout_s: float = 15.0
    reconnect_backoff_s: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)

    def __post_init__(self) -> None:
        if self.stale_after_s <= 0:
            raise ValueError(f"the stale time must be positive (got {self.stale_after_s})")
        if not self.reconnect_backoff_s or min(self.reconnect_backoff_s) <= 0:
            raise ValueError("the reconnect backoff needs at least one positive delay")

    def for_time_scale(self, time_scale: float) -> MonitorSettings:
        """As ControllerSettings.for_time_scale: waits stay in session time but none gets
        shorter than a real sensor needs (one notification a real second, a real connect)."""
        if time_scale <= 1:
            return self
        return replace(
            self,
            stale_after_s=max(self.stale_after_s, 2.5 * time_scale),
            connect_timeout_s=max(self.connect_timeout_s, 10.0 * time_scale),
            reconnect_backoff_s=tuple(max(d, 0.5 * time_scale) for d in self.reconnect_backoff_s),
        )


@dataclass
class _Latest:
    bpm: int | None = None  # None: no usable value in the last notification
    at_s: float = float("-inf")


class HeartRateMonitor:
    def __init__(
        self,
        transport: Transport | None,
        clock: Clock,
        on_event: Callable[[HeartRateEvent], None],
        settings: MonitorSettings | None = None,
    ) -> None:
        """``transport`` None: no sensor, only the treadmill's heart rate (if it sends one)."""
        self._transport = transport
        self._clock = clock
        self._emit = on_event
        self.settings = settings or MonitorSettings()
        self.link_state = LinkState.IDLE
        self._sensor = _Latest()
        self._treadmill = _Latest()
        self._contact: bool | None = None
        self._connect_deadline_s = 0.0
        self._reconnect_due_s = 0.0
        self._reconnect_attempt = 0
        self._had_signal = False  # for SignalLost / SignalBack

    # --- what the app calls -------------------------------------------------------------

    def connect(self) -> None:
        if self._transport is None:
            return
        if self.link_state in (LinkState.IDLE, LinkState.WAITING_TO_RECONNECT, LinkState.CLOSED):
            self._open_link()

    def close(self) -> None:
        if self.link_state is LinkState.CLOSED:
            return
        if self._transport is None:
            self.link_state = LinkState.CLOSED  # no sensor: no sensor link to report
            return
        self._transport.disconnect()
        self._set_link(LinkState.CLOSED)

    @property
    def has_sensor(self) -> bool:
        return self._transport is not None

    @property
    def source(self) -> HeartRateSource | None:
        """Where ``current_bpm`` comes from now; None when there is no heart rate."""
        now = self._clock.now()
        if self._sensor_in_charge():
            return "sensor" if self._fresh(self._sensor, now) else None
        return "treadmill" if self._fresh(self._treadmill, now) else None

    @property
    def current_bpm(self) -> int | None:
        """The heart rate to show and record now, or None ("--")."""
        source = self.source
        if source is None:
            return None
        return self._sensor.bpm if source == "sensor" else self._treadmill.bpm

    @property
    def contact(self) -> bool | None:
        """The sensor's last contact flag (None: it cannot tell, or nothing received)."""
        return self._contact

    def tick(self) -> None:
        now = self._clock.now()
        if self.link_state is LinkState.CONNECTING and now >= self._connect_deadline_s:
            if self._transport is not None:
                self._transport.disconnect()
            self._link_lost(translate("Devices", "connecting took too long"))
        elif self.link_state is LinkState.WAITING_TO_RECONNECT and now >= self._reconnect_due_s:
            self._open_link()
        self._check_signal(now)

    # --- the treadmill's heart rate (feed it every Treadmill Data reading) ----------------

    def on_treadmill_data(self, at_s: float, data: TreadmillData) -> None:
        """A Treadmill Data notification (the controller's Reading event). Without bit 8 it
        says nothing about the heart rate; a 0 (hand grips let go) is no heart rate."""
        if data.heart_rate_bpm is None:
            return
        self._treadmill = _Latest(data.heart_rate_bpm or None, at_s)
        if not self._sensor_in_charge():
            self._emit(HeartRate(at_s, self._treadmill.bpm, None, source="treadmill"))
        self._check_signal(self._clock.now())

    # --- transport callbacks ------------------------------------------------------------

    def on_link_up(self) -> None:
        if self.link_state is not LinkState.CONNECTING:
            return
        self._reconnect_attempt = 0
        self._set_link(LinkState.READY)

    def on_link_down(self, reason: str) -> None:
        if self.link_state in (LinkState.CLOSED, LinkState.IDLE, LinkState.WAITING_TO_RECONNECT):
            return
        self._link_lost(reason)

    def on_notification(self, characteristic: int, payload: bytes) -> None:
        if characteristic != uuids.HEART_RATE_MEASUREMENT or self.link_state is not LinkState.READY:
            return
        try:
            m = decode_heart_rate(payload)
        except FtmsError:
            return  # one garbled packet is dropped; silence is caught by the stale rule
        now = self._clock.now()
        # No contact, or a 0 (some straps send it off the body): no heart rate, never 0 bpm.
        bpm = m.heart_rate_bpm if m.contact is not False and m.heart_rate_bpm > 0 else None
        self._sensor = _Latest(bpm, now)
        if m.contact is False and self._contact is not False:
            self._emit(ContactLost(now))
        elif m.contact is True and self._contact is False:
            self._emit(ContactBack(now))
        self._contact = m.contact
        self._emit(HeartRate(now, bpm, m.contact, m.rr_intervals_s, m.energy_kj))
        self._check_signal(now)

    def on_read(self, characteristic: int, payload: bytes | None) -> None:
        pass  # the monitor reads nothing; the protocol requires the callback

    def on_write_failed(self, reason: str) -> None:
        pass  # the monitor writes nothing

    # --- inside ---------------------------------------------------------------------------

    def _sensor_in_charge(self) -> bool:
        """A linked sensor is the heart rate, even when it has no contact: the treadmill's
        stands in only while no sensor is linked."""
        return self._transport is not None and self.link_state is LinkState.READY

    def _fresh(self, latest: _Latest, now: float) -> bool:
        return latest.bpm is not None and now - latest.at_s < self.settings.stale_after_s

    def _check_signal(self, now: float) -> None:
        source = self.source
        if source is not None and not self._had_signal:
            self._had_signal = True
            self._emit(SignalBack(now, source))
        elif source is None and self._had_signal:
            self._had_signal = False
            self._emit(SignalLost(now))

    def _open_link(self) -> None:
        assert self._transport is not None
        self._connect_deadline_s = self._clock.now() + self.settings.connect_timeout_s
        self._set_link(LinkState.CONNECTING)
        self._transport.connect(self)

    def _link_lost(self, reason: str) -> None:
        self._sensor = _Latest()
        self._contact = None
        backoff = self.settings.reconnect_backoff_s
        delay_s = backoff[min(self._reconnect_attempt, len(backoff) - 1)]
        self._reconnect_attempt += 1
        self._reconnect_due_s = self._clock.now() + delay_s
        self._set_link(LinkState.WAITING_TO_RECONNECT, reason)
        self._check_signal(self._clock.now())

    def _set_link(self, state: LinkState, reason: str = "") -> None:
        if state is not self.link_state:
            self.link_state = state
            self._emit(SensorLinkChanged(state, reason))
