"""Feeds the storage writer from engine events, with a checkpoint at least every 5 s of real time.

With a treadmill linked, the link calls :meth:`SessionRecorder.add_sample` once a second of
session time; the recorder hands each sample to the writer and keeps those of the running
segment (and the one just before it, where its distance is counted from), so that each segment
end and checkpoint gives the writer the segment's measured figures (core.measured.summarise).
Without a treadmill no sample comes and everything is recorded from the plan, as ever.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from walkcoach.core.events import Event, SegmentEnded, SegmentStarted, StateChanged
from walkcoach.core.measured import BeltSample, MeasuredSegment, summarise
from walkcoach.core.program import PlannedSegment, Program
from walkcoach.core.records import STATUS_COMPLETED, STATUS_STOPPED
from walkcoach.core.session_state import SessionState

if TYPE_CHECKING:
    from walkcoach.core.engine import Snapshot

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
        snapshot: Callable[[], Snapshot | None],
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
        self._segment_start_s: float | None = None  # active seconds the running segment began
        self._samples: list[BeltSample] = []  # since it began, and the latest one before
        self.timer = QTimer(self)
        self.timer.setInterval(checkpoint_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.checkpoint)

    def add_sample(self, sample: BeltSample) -> None:
        """One report of the treadmill (the live link, about once a second of session time).
        Before the first segment and after the end there is no session to add it to."""
        if not self.begun or self.finished:
            return
        self.writer.add_sample(sample)
        self._samples.append(sample)

    def heart_rate_waited(self, waited_s: float) -> None:
        """The running segment was held ``waited_s`` for the heart rate to settle."""
        if self.begun and not self.finished:
            self.writer.heart_rate_waited(waited_s)

    def set_heart_rate_source(self, source: str | None) -> None:
        """Where the heart rate recorded comes from ("sensor" or "treadmill")."""
        if source is not None and source != self.writer.hr_source:
            self.writer.hr_source = source

    def measured(self, end_s: float) -> MeasuredSegment | None:
        """The running segment as the treadmill measured it up to ``end_s`` (None: no
        treadmill samples for it)."""
        if self._segment_start_s is None or not self._samples:
            return None
        return summarise(self._samples, self._segment_start_s, end_s)

    def _segment_started(self, start_s: float) -> None:
        self._segment_start_s = start_s
        # Keep the last sample from before: the new segment's distance is read from it.
        before = [s for s in self._samples if s.at_s < start_s]
        inside = [s for s in self._samples if s.at_s >= start_s]
        self._samples = before[-1:] + inside

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
        if isinstance(event, SegmentStarted):
            self._segment_started(event.actual_s)
        if isinstance(event, SegmentEnded) and 0 <= event.index < len(self.plan):
            measured = self.measured(event.actual_s)
            segment = self.plan[event.index].segment
            if measured is None:  # no treadmill: the call as it always was
                self.writer.segment_ended(
                    event.index, segment, event.actual_duration_s, event.skipped
                )
            else:
                self.writer.segment_ended(
                    event.index, segment, event.actual_duration_s, event.skipped, measured=measured
                )
            self._segment_start_s = None
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
        measured = self.measured(snap.active_s) if running else None
        args = (
            snap.active_s,
            snap.index if running else None,
            snap.planned.segment if running else None,
            snap.segment_elapsed_s,
        )
        if measured is None:
            self.writer.checkpoint(*args)
        else:
            self.writer.checkpoint(*args, measured=measured)
        self.checkpoints += 1
        self._report()

    def _report(self) -> None:
        error = getattr(self.writer, "storage_error", None)
        if error and error != self._last_error:
            log.warning("history not saved yet: %s", error)
            self.problem.emit(error)
        self._last_error = error
