"""Python's cyclic garbage collector, run only in the GUI thread, on a timer.

The collector normally runs in whichever thread happens to allocate. The app has other Python
threads (the sound and speech helpers' readers, the device layer's event loop), and a pass in
one of them deletes Qt objects that live in the GUI thread under that thread's feet: the test
suite crashed in ~QObject that way, in the event loop, while a helper's reader was running. So
automatic collection is off, and a timer in the GUI thread collects whatever generation has
reached Python's own threshold (the same rule the interpreter applies, just checked here).

Once the start-up is done, :meth:`MainThreadCollector.freeze_start_up` moves everything it made
(modules, widgets, the body diagram, the programs: some 70,000 objects) into the permanent
generation, which no collection walks. A full collection then walks only what the running app
made since: about 0.2 ms instead of 23 ms on a quiet machine, and the 100 ms and more it took
on a busy one, where the three-hour soak saw the GUI thread held for ~160 ms at a time and two
cues late (benchmarks/soak.py). What is frozen is never freed, which is right for start-up
objects: they live as long as the app.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# A second is often enough: between two checks the app allocates little (a few timer ticks).
CHECK_INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    """While it runs, automatic collection is off and ``check`` (GUI thread) does it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def freeze_start_up(self) -> None:
        """Collect once, then freeze what survived: it lives as long as the app."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Automatic collection back on (the app is ending: no thread outlives it)."""
        self._timer.stop()
        gc.enable()

    def check(self) -> int:
        """Collects the oldest generation whose count is past its threshold; -1 when none is.

        gc.get_count() gives the allocations since the last young pass, then the passes of each
        generation since the next older one's: a generation is due when its count and every
        younger one's are past their thresholds.
        """
        due = -1
        for generation, (count, threshold) in enumerate(
            zip(gc.get_count(), self._thresholds, strict=True)
        ):
            if threshold <= 0 or count <= threshold:
                break
            due = generation
        if due >= 0:
            gc.collect(due)
        return due
