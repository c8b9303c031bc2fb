"""Feeds the storage writer from engine events, with a checkpoint at least every 5 s of real time."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from walkcoach.core.events import Event, SegmentEnded, SegmentStarted, SessionState, StateChanged
from walkcoach.core.program import PlannedSegment, Program
from walkcoach.core.records import STATUS_COMPLETED, STATUS_STOPPED

log = logging.getLogger(__name__)

CHECKPOINT_MS = 4000  # under the 5 s promise even when the timer fires a little late


class SessionRecorder(QObject):
    """One per session. Starts recording at the first segment, so an aborted get-ready leaves
    no empty session behind."""

    problem = Signal(str)  # a storage problem to show the user (the session itself goes on)

    def __init__(
        self,
        writer,
        program: Program,
        plan: tuple[PlannedSegment, ...],
        snapshot: Callable[[], object],
        *,
        weight_kg: float | None,
        units: str,
        checkpoint_ms: int = CHECKPOINT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.program = program
        self.plan = plan
        self._snapshot = snapshot
        self.weight_kg = weight_kg
        self.units = units
        self.begun = False
        self.finished = False
        self.checkpoints = 0
        self._last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(checkpoint_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.checkpoint)

    def on_event(self, event: Event, snap) -> None:
        if self.finished:
            return
        if isinstance(event, SegmentStarted) and not self.begun:
            planned_s = self.plan[-1].end_s if self.plan else None  # with the coach's own turns
            self.writer.begin(self.program, self.weight_kg, self.units, planned_s=planned_s)
            self.begun = True
            self.timer.start()
        if not self.begun:
            return
        if isinstance(event, SegmentEnded) and 0 <= event.index < len(self.plan):
            self.writer.segment_ended(
                event.index, self.plan[event.index].segment, event.actual_duration_s, event.skipped
            )
        elif isinstance(event, StateChanged):
            if event.new == SessionState.PAUSED:
                self.checkpoint()  # the user may walk away now; save where they are
                self.timer.stop()
            elif event.new == SessionState.RUNNING:
                self.timer.start()
            elif event.new in (SessionState.FINISHED, SessionState.STOPPED):
                # The writer turns "completed" into "short" when most of it was skipped.
                status = STATUS_COMPLETED if event.new == SessionState.FINISHED else STATUS_STOPPED
                self.writer.finish(status, max(0.0, event.actual_s))
                self.finished = True
                self.timer.stop()
        self._report()

    def checkpoint(self) -> None:
        if not self.begun or self.finished:
            return
        snap = self._snapshot()
        if snap is None:
            return
        running = snap.state in (SessionState.RUNNING, SessionState.PAUSED) and snap.planned
        self.writer.checkpoint(
            snap.active_s,
            snap.index if running else None,
            snap.planned.segment if running else None,
            snap.segment_elapsed_s,
        )
        self.checkpoints += 1
        self._report()

    def _report(self) -> None:
        error = getattr(self.writer, "storage_error", None)
        if error and error != self._last_error:
            log.warning("history not saved yet: %s", error)
            self.problem.emit(error)
        self._last_error = error
