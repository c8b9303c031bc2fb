"""One Bluetooth scan at a time for the device dialog, on the device layer's own loop thread.

The scan runs on a LoopThread (never the GUI thread: bleak on Windows refuses a Qt main thread,
and a scan takes seconds). What it finds goes into a plain queue; a QTimer in the GUI thread
empties it and emits this object's signals from there. Nothing on the loop thread touches, or
even holds, a Qt object: a signal emitted from that thread on an object the dialog deleted, or
a Qt object released there, crashed the app before (see ui/audio/helper_process.py).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from walkcoach.core.clock import Clock, MonotonicClock
from walkcoach.devices.scan import FoundDevice
from walkcoach.devices.scanning import Problem, ScanError, run_scan

# A scanner: (duration_s, hci or None, on_found) -> the devices found; raises ScanError. The
# device layer's run_scan by default; tests give a fake one or a bumble virtual controller.
Scanner = Callable[[float, str | None, Callable[[FoundDevice], None]], Awaitable[list[FoundDevice]]]
POLL_MS = 100  # the found devices and the seconds left, ten times a second: plenty to read
STOP_WAIT_S = 2.0  # closing the dialog waits this long at most for a cancelled scan to end


async def default_scanner(
    duration_s: float, hci: str | None, on_found: Callable[[FoundDevice], None]
) -> list[FoundDevice]:
    return await run_scan(duration_s, hci=hci, on_found=on_found)


async def _scan(
    scanner: Scanner, duration_s: float, hci: str | None, out: queue.SimpleQueue, number: int
) -> None:
    """On the loop thread: only the queue and plain values, never a Qt object."""
    try:
        found = await scanner(duration_s, hci, lambda device: out.put((number, "found", device)))
    except ScanError as error:
        out.put((number, "failed", error))
    except asyncio.CancelledError:
        raise
    except Exception as error:
        out.put((number, "failed", ScanError(Problem.FAILED, " ".join(str(error).split()))))
    else:
        out.put((number, "done", found))


class ScanJob(QObject):
    found = Signal(object)  # a FoundDevice, as soon as it is seen
    finished = Signal(object)  # the list of FoundDevice, strongest first
    failed = Signal(object)  # a ScanError
    seconds_left = Signal(int)

    def __init__(
        self, scanner: Scanner | None = None, clock: Clock | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self._scanner = scanner or default_scanner
        self._clock = clock or MonotonicClock()
        self._thread: Any = None  # a LoopThread, made at the first scan
        self._future: concurrent.futures.Future | None = None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._number = 0  # the scan whose answers count; older ones' are dropped
        self._ends_at = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._drain)

    @property
    def running(self) -> bool:
        return self._poll.isActive()

    def start(self, duration_s: float, hci: str | None) -> None:
        from walkcoach.devices.loop_thread import LoopThread

        self.cancel()
        if self._thread is None:
            self._thread = LoopThread("walkcoach-scan")
            # Should the dialog go without closing (its window deleted under it), the idle
            # thread still ends when this object is collected.
            weakref.finalize(self, self._thread.stop, STOP_WAIT_S)
        self._number += 1
        self._ends_at = self._clock.now() + duration_s
        coro = _scan(self._scanner, duration_s, hci, self._queue, self._number)
        self._future = self._thread.submit(coro)
        self._poll.start()
        self.seconds_left.emit(round(duration_s))

    def cancel(self) -> None:
        """Stops a running scan; nothing more is emitted for it."""
        self._number += 1
        if self._future is not None:
            self._future.cancel()
            self._future = None
        self._poll.stop()

    def shutdown(self) -> None:
        """Cancels the scan and ends the loop thread (the dialog is closing)."""
        self.cancel()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop(STOP_WAIT_S)

    def _drain(self) -> None:
        """GUI thread: what the scan queued since the last poll, then the seconds left."""
        for _ in range(self._queue.qsize()):
            number, what, value = self._queue.get_nowait()
            if number != self._number:
                continue  # a cancelled scan's last words
            if what == "found":
                self.found.emit(value)
                continue
            self._future = None
            self._poll.stop()
            (self.finished if what == "done" else self.failed).emit(value)
            return
        self.seconds_left.emit(max(0, round(self._ends_at - self._clock.now())))
