"""The heart-rate coach joined to a real engine on a fake clock: the settle-before-backward hold
holds the turn into each backward bout (and only those), ends by the level, the longest wait,
a lost heart rate or the user, is cancelled by a skip, and the ceiling is said once."""

from __future__ import annotations

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import Event, SessionState, StateChanged
from walkcoach.core.hr_coach import (
    CeilingCrossed,
    HeartRateCoachEvent,
    HeartRateCoachSettings,
    HoldEnded,
    HoldStarted,
    HoldWaiting,
)
from walkcoach.core.hr_session import HeartRateSessionCoach
from walkcoach.core.program import Program, Segment

STEP_S = 0.5


class Session:
    def __init__(self, settings: HeartRateCoachSettings) -> None:
        self.clock = FakeClock()
        program = Program(
            id="settle",
            name="Settle",
            main=(
                Segment("forward", 60, 4.0),
                Segment("backward", 60, 2.4),
                Segment("forward", 60, 4.0),
                Segment("backward", 60, 2.4),
            ),
        )
        self.engine = SessionEngine(program, self.clock, get_ready_s=0, turn_warning_s=10)
        self.events: list[Event] = []
        self.coach_events: list[HeartRateCoachEvent] = []
        self.hr = HeartRateSessionCoach(
            self.clock, lambda: self.engine.plan, self, self.coach_events.append, settings
        )
        self.bpm: int | None = 100

    # SessionHolds
    def hold(self, reason: str) -> None:
        self._dispatch(self.engine.hold(reason))

    def release_hold(self, reason: str) -> None:
        self._dispatch(self.engine.release_hold(reason))

    def _dispatch(self, events: list[Event]) -> None:
        for event in events:
            self.events.append(event)
            self.hr.on_session_event(event)

    def start(self) -> None:
        self._dispatch(self.engine.start())

    def run(self, seconds: float) -> None:
        for _ in range(round(seconds / STEP_S)):
            self.clock.advance(STEP_S)
            self.hr.on_heart_rate(self.bpm)
            self._dispatch(self.engine.tick())
            self.hr.tick()

    def run_until(self, done, limit_s: float = 600.0) -> None:
        waited_s = 0.0
        while not done() and waited_s < limit_s:
            self.run(STEP_S)
            waited_s += STEP_S
        assert done(), f"not done after {limit_s} s"

    def in_turn_into_backward(self) -> bool:
        snap = self.engine.snapshot()
        plan = self.engine.plan
        return (
            snap.planned is not None
            and snap.planned.segment.is_turn
            and snap.index + 1 < len(plan)
            and plan[snap.index + 1].direction == "backward"
        )


def _settle(**kw) -> HeartRateCoachSettings:
    return HeartRateCoachSettings(settle_before_backward=True, settle_bpm=110, **kw)


def test_the_turn_into_backward_waits_until_the_heart_rate_is_under_the_level():
    session = Session(_settle(settle_max_wait_s=120))
    session.bpm = 130
    session.start()
    session.run_until(session.in_turn_into_backward)
    snap = session.engine.snapshot()
    assert snap.state is SessionState.PAUSED and snap.paused_reason == "heart_rate"
    started = [e for e in session.coach_events if isinstance(e, HoldStarted)]
    assert len(started) == 1 and started[0].settle_bpm == 110
    turn_left_s = snap.segment_remaining_s
    session.run(30)
    assert session.engine.snapshot().segment_remaining_s == turn_left_s  # the turn waits
    waiting = [e for e in session.coach_events if isinstance(e, HoldWaiting)]
    assert waiting and waiting[-1].left_s < 120 - 25  # time left shown, counting down
    session.bpm = 105
    session.run(1)
    ended = [e for e in session.coach_events if isinstance(e, HoldEnded)]
    assert [e.reason for e in ended] == ["settled"] and 29 <= ended[0].waited_s <= 31.5
    assert session.engine.snapshot().state is SessionState.RUNNING


def test_the_longest_wait_ends_the_hold_and_every_backward_bout_gets_one():
    session = Session(_settle(settle_max_wait_s=20))
    session.bpm = 150
    session.start()
    session.run_until(lambda: session.engine.snapshot().state is SessionState.FINISHED, 900)
    ended = [e for e in session.coach_events if isinstance(e, HoldEnded)]
    assert [e.reason for e in ended] == ["max_wait", "max_wait"]
    assert all(19.5 <= e.waited_s <= 20.5 for e in ended)
    # Only the turns into backward bouts were held, never the ones back to forward.
    held = [e for e in session.events if isinstance(e, StateChanged) and e.reason == "heart_rate"]
    assert len(held) == 4  # two holds, each paused and resumed


@pytest.mark.parametrize("bpm", [100, None])
def test_a_heart_rate_under_the_level_or_unknown_never_holds(bpm):
    session = Session(_settle())
    session.bpm = bpm
    session.start()
    session.run_until(lambda: session.engine.snapshot().state is SessionState.FINISHED, 900)
    assert not [e for e in session.coach_events if isinstance(e, HoldStarted)]
    assert not [
        e for e in session.events if isinstance(e, StateChanged) and e.reason == "heart_rate"
    ]


def test_a_lost_heart_rate_ends_the_wait_and_the_user_can_go_on():
    session = Session(_settle(settle_max_wait_s=300))
    session.bpm = 140
    session.start()
    session.run_until(session.in_turn_into_backward)
    session.run(5)
    session.bpm = None  # the strap lost contact: nothing to wait for
    session.run(1)
    last = session.coach_events[-1]
    assert isinstance(last, HoldEnded) and last.reason == "no_heart_rate" and last.bpm is None
    assert session.engine.snapshot().state is SessionState.RUNNING
    session.bpm = 140
    session.run_until(lambda: session.engine.index >= 4)
    session.run_until(session.in_turn_into_backward)
    assert session.engine.snapshot().paused_reason == "heart_rate"
    assert session.hr.go_on()
    assert session.coach_events[-1].reason == "user"
    assert session.engine.snapshot().state is SessionState.RUNNING
    assert not session.hr.go_on()  # nothing waits any more


def test_skipping_the_held_turn_cancels_the_wait():
    session = Session(_settle())
    session.bpm = 140
    session.start()
    session.run_until(session.in_turn_into_backward)
    turn = session.engine.index
    session._dispatch(session.engine.skip())
    assert session.engine.index == turn + 1
    assert session.coach_events[-1].reason == "cancelled" and not session.hr.holding
    snap = session.engine.snapshot()
    assert snap.paused_reason == "user"  # skipped while held: a pause the user ends with Space
    session._dispatch(session.engine.resume())
    assert session.engine.snapshot().state is SessionState.RUNNING


def test_the_ceiling_is_said_once_while_above_it():
    session = Session(HeartRateCoachSettings(ceiling_bpm=150))
    session.bpm = 155
    session.start()
    session.run(60)
    crossed = [e for e in session.coach_events if isinstance(e, CeilingCrossed)]
    assert len(crossed) == 1 and crossed[0].bpm == 155
    assert "slow down" in crossed[0].message
    assert session.engine.snapshot().state is SessionState.RUNNING  # said, never paused
