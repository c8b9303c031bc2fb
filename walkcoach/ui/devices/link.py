"""The live treadmill link in the window: the controller on the GUI thread, ticked by a timer.

The Bluetooth transports (bleak, bumble) run their asyncio loop on a thread of their own and
hand each callback to ``_deliver``, which only puts it in a queue: the GUI thread's timer runs
them. No Qt object is touched from that thread (see ui/audio/helper_process.py for why). What the
controller reports is collected while it runs and emitted after it returns, so a handler that
calls back into the controller (a fault that pauses the session, say) never re-enters it.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer, Signal

from walkcoach.core.clock import Clock
from walkcoach.devices.controller import ControllerSettings, TreadmillController
from walkcoach.devices.events import DeviceEvent, LinkState
from walkcoach.devices.links import Link, make_link
from walkcoach.devices.virtual import VirtualTreadmillConfig

log = logging.getLogger(__name__)

# Real milliseconds between controller ticks: its waits are a second or more, and Treadmill
# Data comes once a second; 50 ms keeps a notification's way to the screen well under 100 ms.
TICK_MS = 50
CLOSE_WAIT_MS = 3000  # at quit: how long the belt's stop may take to be answered


class TreadmillLink(QObject):
    """One treadmill, from ``start()`` to ``close()``; ``device_event`` carries everything the
    controller reports (devices.events), in the GUI thread."""

    device_event = Signal(object)
    ticked = Signal()  # after each tick: what runs on the link's time (the resume countdown)

    def __init__(
        self,
        treadmill: str,
        clock: Clock,
        *,
        hci: str = "",
        turn_speed_kmh: float = 1.0,
        virtual_config: VirtualTreadmillConfig | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.treadmill = treadmill
        # (when it was handed over, by time.monotonic(), the callback)
        self._inbox: queue.SimpleQueue[tuple[float, Callable[[], None]]] = queue.SimpleQueue()
        self._reported: list[DeviceEvent] = []
        self._waits_ms: list[float] = []  # for each reported event: its callback's queue wait
        # While device_event is emitted: how long what caused it waited between the Bluetooth
        # thread and the GUI thread, in ms (0 for the virtual treadmill; see the event log).
        self.event_wait_ms = 0.0
        self._link = make_link(
            treadmill, clock, self._deliver, hci=hci or None, virtual_config=virtual_config
        )
        self.controller = TreadmillController(
            self._link.transport,
            clock,
            self._reported.append,
            ControllerSettings(turn_speed_kmh=turn_speed_kmh).for_time_scale(
                float(getattr(clock, "time_scale", 1.0))
            ),
        )
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._closed = False

    @property
    def link(self) -> Link:
        """The device layer's link (its transport, Bluetooth thread and host), which a
        heart-rate link beside it may share (ui/devices/hr_link.py)."""
        return self._link

    @property
    def machine(self):
        """The virtual treadmill, for ``--treadmill virtual`` (None for a real one)."""
        return self._link.machine

    @property
    def state(self) -> LinkState:
        return self.controller.link_state

    def start(self) -> None:
        self.controller.connect()
        self._timer.start()
        self._emit_reported()

    def call(self, action: Callable[[TreadmillController], object]) -> None:
        """Run ``action(controller)`` and then emit what it reported."""
        action(self.controller)
        self._emit_reported()

    def tick(self) -> None:
        # Only what is queued now: a chatty device must not hold the GUI thread.
        for _ in range(self._inbox.qsize()):
            handed_s, callback = self._inbox.get_nowait()
            wait_ms = (time.monotonic() - handed_s) * 1000
            callback()
            self._waits_ms += [wait_ms] * (len(self._reported) - len(self._waits_ms))
        self._link.tick()
        self.controller.tick()
        self._emit_reported()
        self.ticked.emit()

    def close(self, timeout_ms: int = CLOSE_WAIT_MS) -> None:
        """Stop the belt (waiting up to ``timeout_ms`` for it to be answered) and disconnect."""
        if self._closed:
            return
        self._closed = True
        self.controller.close(stop_belt=True)
        self._emit_reported()
        waited = QElapsedTimer()
        waited.start()
        loop = QEventLoop()
        while self.controller.link_state is not LinkState.CLOSED and waited.elapsed() < timeout_ms:
            self.tick()
            loop.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, TICK_MS)
            time.sleep(0.01)  # the app is quitting: nothing else to do but wait for the answer
        if self.controller.link_state is not LinkState.CLOSED:
            log.warning("the treadmill did not answer the stop in time; disconnecting")
        self._timer.stop()
        self._link.close()

    def _deliver(self, callback: Callable[[], None]) -> None:
        """Any thread: a transport callback, run by the next tick in the GUI thread."""
        self._inbox.put((time.monotonic(), callback))

    def _emit_reported(self) -> None:
        while self._reported:
            event = self._reported.pop(0)
            self.event_wait_ms = self._waits_ms.pop(0) if self._waits_ms else 0.0
            self.device_event.emit(event)
        self._waits_ms.clear()
        self.event_wait_ms = 0.0
