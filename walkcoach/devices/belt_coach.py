"""Keeps a linked belt in step with the session, and the session in step with the belt.

The treadmill controller knows FTMS and the belt; the session engine knows the program. This
is the one place where the two meet, Qt-free and on the session's clock, so every safety rule
has a fake-clock test:

* each segment's start sets its targets on the belt; a turn slows the belt and the engine holds
  the turn's time (paused, reason "belt") until the treadmill *reports* the turn speed; then
  "turn now" is said and the turn's time starts. Skip is refused while a turn waits for the belt
  (it would start the next direction on a fast belt);
* the app's pause pauses the belt; Stop and the program's end stop it (``stop_belt_at_end``);
  quitting always stops it;
* a fault (safety key, stopped or paused on the machine, control or link lost, no data) pauses
  the session at once and says why; the belt is never restarted by the coach on its own: the
  user resumes (Space), which counts down (``resume_countdown_s``) and then sets the segment's
  targets again; a resume is refused with a reason while the link cannot drive the belt (it is
  down, or up with the treadmill's data silent).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from walkcoach.core.clock import Clock
from walkcoach.core.events import SegmentStarted, StateChanged
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate, translate_spoken
from walkcoach.core.program import PlannedSegment
from walkcoach.core.session_state import SessionState
from walkcoach.devices.controller import DriveState, SegmentTarget, TreadmillController
from walkcoach.devices.events import (
    CommandRefused,
    DeviceEvent,
    LinkState,
    SessionMustPause,
    TargetClamped,
    TurnNow,
    TurnWaiting,
    UserOverride,
)

RESUME_COUNTDOWN_S = 3
# Shown, and the first three also said, about the belt (marked; translated where they are used).
NOT_LINKED = QT_TRANSLATE_NOOP(
    "Devices", "The treadmill is not connected: the session goes on when it is back."
)
NO_DATA = QT_TRANSLATE_NOOP(
    "Devices", "The treadmill is sending no data: the session goes on when it does."
)
SKIP_DURING_TURN = QT_TRANSLATE_NOOP(
    "Devices", "Wait for the belt to slow down: the turn comes first."
)
#: Spoken while a turn waits for the belt to slow down.
TURN_WAIT_SPOKEN = QT_TRANSLATE_NOOP("Devices", "Wait. The belt is still slowing down.")
#: Shown while the session counts down to going on after a pause; {seconds} is 3, 2, 1.
RESUMING_IN = QT_TRANSLATE_NOOP("Devices", "Resuming in {seconds}.")


class SessionActions(Protocol):
    """What the coach may do to the session (the app's session controller)."""

    def pause_for(self, reason: str) -> None: ...

    def resume(self) -> None: ...

    def release_turn(self) -> None: ...

    def current_index(self) -> int | None: ...


@dataclass(frozen=True)
class BeltNotice:
    """Something to show (and, when ``spoken`` is not empty, say) about the belt.

    ``kind``: "fault" (the session paused), "turn_wait", "turn_now", "countdown" (seconds left
    in ``value``), "info" (clamped targets, the user's own speed, refused commands) and
    "refused" (an action the coach would not do, with why)."""

    kind: str
    text: str
    spoken: str = ""
    value: float | None = None


class BeltCoach:
    def __init__(
        self,
        controller: TreadmillController,
        clock: Clock,
        plan: Callable[[], Sequence[PlannedSegment]],
        session: SessionActions,
        notify: Callable[[BeltNotice], None],
        *,
        stop_belt_at_end: bool = True,
        resume_countdown_s: int = RESUME_COUNTDOWN_S,
    ) -> None:
        self.controller = controller
        self._clock = clock
        self._plan = plan
        self._session = session
        self._notify = notify
        self.stop_belt_at_end = stop_belt_at_end
        self.resume_countdown_s = max(0, int(resume_countdown_s))
        self._resume_at_s: float | None = None  # a resume counting down
        self._last_count = 0

    @property
    def turn_speed_kmh(self) -> float:
        return self.controller.settings.turn_speed_kmh

    @property
    def counting_down(self) -> bool:
        return self._resume_at_s is not None

    # --- the user's actions ------------------------------------------------------------------

    def why_not_skip(self) -> str:
        """ "" when skipping is safe now, else why not (a turn still waiting for the belt)."""
        if self.controller.drive_state is DriveState.TURN_SLOWING:
            return translate("Devices", SKIP_DURING_TURN)
        return ""

    def request_resume(self) -> str:
        """Space on a paused session: "" and a countdown starts, or why it cannot go on.
        Space again during the countdown cancels it."""
        if self._resume_at_s is not None:
            self._resume_at_s = None
            self._notify(BeltNotice("countdown", "", value=0))
            return ""
        why = self._why_not_drive()
        if why:
            return translate("Devices", why)
        if self.resume_countdown_s == 0:
            self._session.resume()
            return ""
        self._resume_at_s = self._clock.now() + self.resume_countdown_s
        self._last_count = 0
        self._count_down()
        return ""

    def tick(self) -> None:
        """Call often (with the controller's tick): runs the resume countdown."""
        if self._resume_at_s is None:
            return
        why = self._why_not_drive()
        if why:
            self._resume_at_s = None
            shown = translate("Devices", why)
            self._notify(BeltNotice("refused", shown, translate_spoken("Devices", why)))
            return
        if self._clock.now() >= self._resume_at_s:
            self._resume_at_s = None
            self._notify(BeltNotice("countdown", "", value=0))
            self._session.resume()
            return
        self._count_down()

    def _why_not_drive(self) -> str:
        """ "" when the belt can be driven now, else why not (the marked English text): the
        link is down, or up with the treadmill's data silent (a belt the app cannot see is
        never started)."""
        if self.controller.link_state is not LinkState.READY:
            return NOT_LINKED
        if not self.controller.sees_the_belt:
            return NO_DATA
        return ""

    def shutdown(self) -> None:
        """The app quits: the belt stops whatever the settings say."""
        self._resume_at_s = None
        self.controller.close(stop_belt=True)

    # --- the session's events ----------------------------------------------------------------

    def on_session_event(self, event: object) -> None:
        if isinstance(event, SegmentStarted):
            plan = self._plan()
            if 0 <= event.index < len(plan):
                self.controller.start_segment(self.target_for(plan[event.index]))
        elif isinstance(event, StateChanged):
            self._on_state(event)

    def target_for(self, planned: PlannedSegment) -> SegmentTarget:
        segment = planned.segment
        if segment.is_turn:
            return SegmentTarget(segment.speed_kmh, segment.incline_pct, is_turn=True)
        return SegmentTarget(segment.speed_kmh, segment.incline_pct)

    def _on_state(self, event: StateChanged) -> None:
        if event.new is SessionState.PAUSED and event.reason in ("user", "sleep_gap"):
            self._resume_at_s = None
            self.controller.pause()
        elif event.old is SessionState.PAUSED and event.new is SessionState.RUNNING:
            if event.reason != "belt":  # the turn released: the belt is where it should be
                self.controller.resume()
        elif event.old is SessionState.PAUSED and event.reason == "belt":
            # Resumed into a turn that still waits for the belt: slow it (again) and wait.
            self.controller.resume()
        elif event.new in (SessionState.STOPPED, SessionState.FINISHED):
            self._resume_at_s = None
            if self.stop_belt_at_end:
                self.controller.stop()

    # --- the treadmill's events --------------------------------------------------------------

    def on_device_event(self, event: DeviceEvent) -> None:
        if isinstance(event, TurnNow):
            self._session.release_turn()
        elif isinstance(event, TurnWaiting):
            spoken = translate_spoken("Devices", TURN_WAIT_SPOKEN)
            self._notify(BeltNotice("turn_wait", event.message, spoken))
        elif isinstance(event, SessionMustPause):
            self._resume_at_s = None
            self._session.pause_for("treadmill")
            self._notify(BeltNotice("fault", event.message, event.spoken))
        elif isinstance(event, UserOverride | TargetClamped | CommandRefused):
            self._notify(BeltNotice("info", event.message))

    def _count_down(self) -> None:
        assert self._resume_at_s is not None
        left = max(1, math.ceil(self._resume_at_s - self._clock.now() - 1e-9))
        if left != self._last_count:
            self._last_count = left
            text = translate("Devices", RESUMING_IN).format(seconds=left)
            self._notify(BeltNotice("countdown", text, value=left))
