"""The in-memory transport to a VirtualTreadmill: the controller's link in fake-clock tests
and for ``--treadmill virtual``. Its ``tick()`` advances the machine to the clock and hands
what the machine said to the listener after ``latency_s``, never from inside a controller call.
It can also misbehave on purpose: drop the link, refuse connections, fall silent.
"""

from __future__ import annotations

from collections.abc import Callable

from walkcoach.core.clock import Clock
from walkcoach.core.i18n import translate
from walkcoach.devices import uuids
from walkcoach.devices.transport import TransportListener
from walkcoach.devices.virtual import VirtualTreadmill


class VirtualTransport:
    def __init__(self, machine: VirtualTreadmill, clock: Clock, latency_s: float = 0.05) -> None:
        self.machine = machine
        self._clock = clock
        self.latency_s = latency_s
        self._listener: TransportListener | None = None
        self._linked = False
        self._due: list[tuple[float, Callable[[TransportListener], None]]] = []
        self.connect_attempts_s: list[float] = []
        self.refuse_connections = 0  # the next N connects fail
        self.drop_writes = False  # writes vanish: no indication ever comes

    # --- Transport ------------------------------------------------------------------------

    def connect(self, listener: TransportListener) -> None:
        self._listener = listener
        self.connect_attempts_s.append(self._clock.now())
        if self.refuse_connections > 0:
            self.refuse_connections -= 1
            self._later(
                lambda li: li.on_link_down(translate("Devices", "the treadmill did not answer"))
            )
            return
        self._linked = True
        self._later(lambda li: li.on_link_up())

    def disconnect(self) -> None:
        self._linked = False
        self._due.clear()

    def read(self, characteristic: int) -> None:
        payload = self.machine.read(characteristic)
        self._later(lambda li: li.on_read(characteristic, payload))

    def write_control_point(self, payload: bytes) -> None:
        if not self._linked:
            self._later(lambda li: li.on_write_failed("not connected"))
            return
        self.machine.advance(self._clock.now())
        if self.drop_writes:
            return
        self.machine.write_control_point(payload)
        self._forward_outbox()

    # --- driving it -------------------------------------------------------------------------

    def tick(self) -> None:
        """Advance the machine to now and deliver whatever is due, in order."""
        now = self._clock.now()
        self.machine.advance(now)
        self._forward_outbox()
        while self._due and self._due[0][0] <= now + 1e-9 and self._listener is not None:
            _, deliver = self._due.pop(0)
            deliver(self._listener)

    def drop_link(self, reason: str = "") -> None:
        reason = reason or translate("Devices", "the treadmill went out of range")
        self._linked = False
        self._due.clear()
        self._later(lambda li: li.on_link_down(reason))

    @property
    def linked(self) -> bool:
        return self._linked

    def _forward_outbox(self) -> None:
        outbox, self.machine.outbox = self.machine.outbox, []
        if not self._linked:
            return
        for characteristic, payload in outbox:
            if characteristic in uuids.TREADMILL_SUBSCRIPTIONS:
                self._later(_notification(characteristic, payload))

    def _later(self, deliver: Callable[[TransportListener], None]) -> None:
        self._due.append((self._clock.now() + self.latency_s, deliver))


def _notification(characteristic: int, payload: bytes) -> Callable[[TransportListener], None]:
    return lambda listener: listener.on_notification(characteristic, payload)
