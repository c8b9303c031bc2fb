"""The screen is kept awake exactly while the user is on the belt (walkcoach/system/awake.py)."""

from __future__ import annotations

import pytest

from walkcoach.core.session_state import SessionState
from walkcoach.system.awake import AwakeGuard, NullInhibitor


class CountingInhibitor:
    """A real Inhibitor (the protocol's three members) that counts what it was asked."""

    def __init__(self) -> None:
        self.active = False
        self.holds = 0
        self.releases = 0

    def inhibit(self, reason: str) -> None:
        self.active = True
        self.holds += 1

    def release(self) -> None:
        self.active = False
        self.releases += 1


def test_held_through_countdown_and_running_released_otherwise():
    inhibitor = CountingInhibitor()
    guard = AwakeGuard(inhibitor)
    for state in (SessionState.COUNTDOWN, SessionState.RUNNING):
        guard.on_state(state)
        assert inhibitor.active
    assert inhibitor.holds == 1  # countdown to running keeps the same hold
    for state in (SessionState.PAUSED, SessionState.FINISHED, SessionState.STOPPED):
        guard.on_state(SessionState.RUNNING)
        guard.on_state(state)
        assert not inhibitor.active
    guard.on_state(SessionState.RUNNING)
    guard.shutdown()
    assert not inhibitor.active
    assert inhibitor.holds == inhibitor.releases == 4


def test_the_factory_runs_once_when_a_session_first_needs_it():
    made: list[CountingInhibitor] = []

    def factory() -> CountingInhibitor:
        made.append(CountingInhibitor())
        return made[-1]

    guard = AwakeGuard(factory=factory)
    guard.shutdown()  # nothing was held: nothing is made
    assert made == []
    guard.on_state(SessionState.RUNNING)
    guard.on_state(SessionState.PAUSED)
    guard.on_state(SessionState.RUNNING)
    assert len(made) == 1 and made[0].holds == 2


def test_a_guard_without_any_way_to_hold_the_screen_is_refused():
    with pytest.raises(TypeError):
        AwakeGuard()


def test_null_inhibitor_keeps_the_session_going_and_stays_symmetrical():
    guard = AwakeGuard(NullInhibitor("no D-Bus session bus"))
    guard.on_state(SessionState.RUNNING)
    assert guard.inhibitor.active
    guard.on_state(SessionState.IDLE)
    assert not guard.inhibitor.active
