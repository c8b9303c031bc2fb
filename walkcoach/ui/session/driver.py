"""Drives the pure session engine from Qt timers and turns what it reports into Qt signals.

Two timers: a precise single-shot timer armed for the exact clock time of the engine's next
scheduled event (so cues are on time), and a slower display refresh for the running digits (which
also notices a laptop that slept). The engine decides everything; this only asks it "what now?".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from walkcoach.core.clock import Clock
from walkcoach.core.events import Event
from walkcoach.core.session_state import SessionState

# States in which time flows and the display must keep moving.
LIVE_STATES = (SessionState.COUNTDOWN, SessionState.RUNNING)


class SessionDriver(QObject):
    """Owns the timers for one engine; every engine call goes through here so nothing is missed."""

    event_happened = Signal(object)  # one core.events.Event, in the engine's order
    snapshot_changed = Signal(object)  # core.engine.Snapshot after every batch and refresh

    def __init__(
        self,
        engine,
        clock: Clock,
        *,
        time_scale: float = 1.0,
        refresh_interval_ms: int = 250,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not time_scale > 0:
            raise ValueError(f"time scale must be greater than 0 (got {time_scale})")
        self.engine = engine
        self.clock = clock
        self.time_scale = float(time_scale)
        self.due_timer = QTimer(self)
        self.due_timer.setSingleShot(True)
        # The default coarse timer may fire 5 % early or late; cues must be within a few ms.
        self.due_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.due_timer.timeout.connect(self.tick)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(refresh_interval_ms)
        self.refresh_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.refresh_timer.timeout.connect(self.tick)
        self.armed_for_s: float | None = None  # clock time the due timer is armed for

    # -- engine calls -------------------------------------------------------------------------

    def start(self, skip_get_ready: bool = False) -> list[Event]:
        return self._dispatch(self.engine.start(skip_get_ready=skip_get_ready))

    def pause(self, reason: str = "user") -> list[Event]:
        return self._dispatch(self.engine.pause(reason))

    def release_turn(self) -> list[Event]:
        """A linked belt reached the turn speed: the turn's time starts."""
        return self._dispatch(self.engine.release_turn())

    def hold(self, reason: str) -> list[Event]:
        """Hold the current segment for ``reason`` (the heart rate settling, say)."""
        return self._dispatch(self.engine.hold(reason))

    def release_hold(self, reason: str) -> list[Event]:
        return self._dispatch(self.engine.release_hold(reason))

    def resume(self) -> list[Event]:
        return self._dispatch(self.engine.resume())

    def toggle_pause(self) -> list[Event]:
        if self.engine.state == SessionState.PAUSED:
            return self.resume()
        if self.engine.state in LIVE_STATES:
            return self.pause()
        return []

    def skip(self) -> list[Event]:
        return self._dispatch(self.engine.skip())

    def back(self) -> list[Event]:
        return self._dispatch(self.engine.back())

    def stop(self) -> list[Event]:
        return self._dispatch(self.engine.stop())

    def extend_segment(self, delta_s: float) -> list[Event]:
        return self._dispatch(self.engine.extend_segment(delta_s))

    def confirm(self) -> list[Event]:
        return self._dispatch(self.engine.confirm())

    def tick(self) -> list[Event]:
        """Ask the engine what happened up to now (called by both timers)."""
        return self._dispatch(self.engine.tick())

    def snapshot(self):
        return self.engine.snapshot()

    # -- internals ----------------------------------------------------------------------------

    def _dispatch(self, events: list[Event]) -> list[Event]:
        for event in events:
            self.event_happened.emit(event)
        self._rearm()
        self.snapshot_changed.emit(self.engine.snapshot())
        return events

    def real_delay_ms(self, due_s: float) -> int:
        """Real milliseconds from now until clock time ``due_s``, rounded up (never early)."""
        session_delay_s = max(0.0, due_s - self.clock.now())
        return math.ceil(session_delay_s / self.time_scale * 1000.0)

    def _rearm(self) -> None:
        state = self.engine.state
        due_s = self.engine.next_due_s() if state in LIVE_STATES else None
        if due_s is None:
            self.due_timer.stop()
            self.armed_for_s = None
        else:
            self.armed_for_s = due_s
            self.due_timer.start(self.real_delay_ms(due_s))
        if state in LIVE_STATES:
            if not self.refresh_timer.isActive():
                self.refresh_timer.start()
        else:
            # Paused, finished or stopped: nothing moves until the user acts.
            self.refresh_timer.stop()

    def shutdown(self) -> None:
        self.due_timer.stop()
        self.refresh_timer.stop()
