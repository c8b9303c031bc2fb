"""The live heart rate in the window: the heart-rate monitor on the GUI thread, ticked by a
timer, as ui/devices/link.py does for the treadmill (the same queue, for the same reason: no Qt
object is touched from the Bluetooth thread).

``sensor`` is "virtual", a sensor's address, or "" for none: then only a linked treadmill's own
heart rate (Treadmill Data bit 8) is shown, which the session controller hands over with
``on_treadmill_data``. With bumble (``hci``) the sensor shares the treadmill link's Bluetooth
thread and host (an HCI transport opens once): ``alongside``.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from walkcoach.core.clock import Clock
from walkcoach.devices.ftms import TreadmillData
from walkcoach.devices.hr_events import HeartRateEvent, HeartRateSource
from walkcoach.devices.hr_monitor import HeartRateMonitor, MonitorSettings
from walkcoach.devices.links import Link, make_heart_rate_link
from walkcoach.devices.virtual_hr import Effort, VirtualHeartRateSensor
from walkcoach.ui.devices.link import TICK_MS

log = logging.getLogger(__name__)


class HeartRateLink(QObject):
    """One heart-rate source from ``start()`` to ``close()``; ``heart_rate_event`` carries what
    the monitor reports (devices.hr_events), in the GUI thread."""

    heart_rate_event = Signal(object)
    ticked = Signal()  # after each tick: what runs on the heart rate's time (the coach)

    def __init__(
        self,
        sensor: str,
        clock: Clock,
        *,
        hci: str = "",
        alongside: Link | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sensor = sensor.strip()
        self.hci = hci
        self.alongside = alongside
        # (when it was handed over, by time.monotonic(), the callback)
        self._inbox: queue.SimpleQueue[tuple[float, Callable[[], None]]] = queue.SimpleQueue()
        self._reported: list[HeartRateEvent] = []
        self._waits_ms: list[float] = []  # for each reported event: its callback's queue wait
        # While heart_rate_event is emitted: how long the notification that caused it waited
        # between the Bluetooth thread and the GUI thread, in ms (0 for the virtual strap and a
        # treadmill's own heart rate; see the event log), as TreadmillLink.event_wait_ms.
        self.event_wait_ms = 0.0
        self._link: Link | None = None
        if self.sensor:
            self._link = make_heart_rate_link(
                self.sensor, clock, self._deliver, hci=hci or None, alongside=alongside
            )
        time_scale = float(getattr(clock, "time_scale", 1.0))
        self.monitor = HeartRateMonitor(
            self._link.transport if self._link is not None else None,
            clock,
            self._reported.append,
            MonitorSettings().for_time_scale(time_scale),
        )
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._closed = False

    @property
    def link(self) -> Link | None:
        """The device layer's link to the sensor (None: only a treadmill's heart rate)."""
        return self._link

    @property
    def has_sensor(self) -> bool:
        return self._link is not None

    @property
    def virtual_sensor(self) -> VirtualHeartRateSensor | None:
        """The simulated strap of ``--heart-rate virtual`` (None for a real one)."""
        return self._link.sensor if self._link is not None else None

    def shares(self, link: Link | None) -> bool:
        """Whether this link runs on ``link``'s Bluetooth thread (it must close first)."""
        return (
            link is not None
            and self._link is not None
            and self.alongside is link
            and self._link.thread is not None
            and self._link.thread is link.thread
        )

    @property
    def current_bpm(self) -> int | None:
        return self.monitor.current_bpm

    @property
    def source(self) -> HeartRateSource | None:
        return self.monitor.source

    def set_effort(self, effort: Effort) -> None:
        """What the walker does now, for the virtual strap (a real one measures it)."""
        sensor = self.virtual_sensor
        if sensor is not None:
            sensor.set_effort(effort)

    def start(self) -> None:
        self.monitor.connect()
        self._timer.start()
        self._emit_reported()

    def on_treadmill_data(self, at_s: float, data: TreadmillData) -> None:
        self.monitor.on_treadmill_data(at_s, data)
        self._emit_reported()

    def tick(self) -> None:
        for _ in range(self._inbox.qsize()):  # only what is queued now
            handed_s, callback = self._inbox.get_nowait()
            wait_ms = (time.monotonic() - handed_s) * 1000
            callback()
            self._waits_ms += [wait_ms] * (len(self._reported) - len(self._waits_ms))
        if self._link is not None:
            self._link.tick()
        self.monitor.tick()
        self._emit_reported()
        self.ticked.emit()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self.monitor.close()
        self._emit_reported()
        if self._link is not None:
            # Its own Bluetooth thread stops here; a shared one goes with the treadmill link.
            self._link.close()

    def _deliver(self, callback: Callable[[], None]) -> None:
        """Any thread: a transport callback, run by the next tick in the GUI thread."""
        self._inbox.put((time.monotonic(), callback))

    def _emit_reported(self) -> None:
        while self._reported:
            event = self._reported.pop(0)
            self.event_wait_ms = self._waits_ms.pop(0) if self._waits_ms else 0.0
            self.heart_rate_event.emit(event)
        self._waits_ms.clear()
        self.event_wait_ms = 0.0
