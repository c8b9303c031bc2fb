"""The heart-rate coach joined to a session, Qt-free and on the session's clock: what the
window's session controller does with the heart rate, in one place that tests can drive with a
real engine and a fake clock (as devices/belt_coach.py does for the belt).

* Where a backward bout is next (the turn leading into it starts), and the option "start each
  backward bout only when my heart rate has settled" is on, the turn is held (engine hold
  "heart_rate") until the coach's hold ends: the heart rate under the level, the longest wait
  over, no heart rate, or the user going on (Space). A skip, a step back, Stop or the end cancel
  it. With a treadmill the belt's own hold runs beside it; the turn's time starts when both are
  over (engine.release_hold).
* The ceiling is checked on every tick; crossing it is said once (hr_coach's hysteresis).

Every coach event goes to ``notify`` (the screen, the voice, the event log record the hold).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from walkcoach.core.clock import Clock
from walkcoach.core.events import SegmentStarted, StateChanged
from walkcoach.core.hr_coach import (
    HeartRateCoach,
    HeartRateCoachEvent,
    HeartRateCoachSettings,
    HoldEnded,
    leads_into_backward,
)
from walkcoach.core.program import PlannedSegment
from walkcoach.core.session_state import SessionState

HOLD = "heart_rate"


class SessionHolds(Protocol):
    """What this may do to the session: hold its segment and let it go."""

    def hold(self, reason: str) -> None: ...

    def release_hold(self, reason: str) -> None: ...


class HeartRateSessionCoach:
    def __init__(
        self,
        clock: Clock,
        plan: Callable[[], Sequence[PlannedSegment]],
        session: SessionHolds,
        notify: Callable[[HeartRateCoachEvent], None],
        settings: HeartRateCoachSettings | None = None,
    ) -> None:
        self._plan = plan
        self._session = session
        self._notify = notify
        self.coach = HeartRateCoach(clock, self._on_coach_event, settings)
        self.bpm: int | None = None  # the latest heart rate (None: "--")

    @property
    def settings(self) -> HeartRateCoachSettings:
        return self.coach.settings

    @settings.setter
    def settings(self, settings: HeartRateCoachSettings) -> None:
        """New settings from Preferences; a hold under way keeps waiting by the new ones."""
        self.coach.settings = settings

    @property
    def holding(self) -> bool:
        return self.coach.holding

    def on_heart_rate(self, bpm: int | None) -> None:
        self.bpm = bpm

    def tick(self) -> None:
        self.coach.tick(self.bpm)

    def go_on(self) -> bool:
        """The user goes on without waiting; False when nothing was waiting."""
        if not self.coach.holding:
            return False
        self.coach.end_hold_now(self.bpm)
        return True

    def on_session_event(self, event: object) -> None:
        if isinstance(event, SegmentStarted):
            if self.coach.holding and self.coach.hold_index != event.index:
                self.coach.cancel_hold()  # skipped or gone back past the wait
            if leads_into_backward(self._plan(), event.index) and self.coach.begin_hold(
                event.index, self.bpm
            ):
                self._session.hold(HOLD)
        elif isinstance(event, StateChanged) and event.new in (
            SessionState.STOPPED,
            SessionState.FINISHED,
        ):
            self.coach.cancel_hold()

    def _on_coach_event(self, event: HeartRateCoachEvent) -> None:
        if isinstance(event, HoldEnded):
            self._session.release_hold(HOLD)
        self._notify(event)
