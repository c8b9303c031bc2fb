"""The engine's holds on a fake clock: the belt and the heart rate each hold a segment until
their own release; the segment's time starts only when neither is left; the user's pause and
resume never let a hold go."""

from __future__ import annotations

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import SessionState, StateChanged
from walkcoach.core.program import Program, Segment


def _engine(clock: FakeClock, *, hold_turns: bool = False) -> SessionEngine:
    program = Program(
        id="holds",
        name="Holds",
        main=(Segment("forward", 60, 3.5), Segment("backward", 60, 2.4)),
    )
    engine = SessionEngine(program, clock, get_ready_s=0, turn_warning_s=10)
    engine.hold_turns = hold_turns
    engine.start()
    return engine


def _to_turn(engine: SessionEngine, clock: FakeClock) -> list:
    events = []
    while not engine.plan[engine.index].segment.is_turn:
        clock.advance(1.0)
        events += engine.tick()
    return events


def _reasons(events) -> list[tuple[str, str, str]]:
    return [(e.old.value, e.new.value, e.reason) for e in events if isinstance(e, StateChanged)]


def test_a_heart_rate_hold_stops_the_turns_time_until_released():
    clock = FakeClock()
    engine = _engine(clock)
    _to_turn(engine, clock)
    turn_left_s = engine.snapshot().segment_remaining_s
    assert _reasons(engine.hold("heart_rate")) == [("running", "paused", "heart_rate")]
    clock.advance(90.0)
    engine.tick()
    snap = engine.snapshot()
    assert snap.state is SessionState.PAUSED and snap.paused_reason == "heart_rate"
    assert snap.segment_remaining_s == pytest.approx(turn_left_s)
    assert engine.holds() == ("heart_rate",)
    assert _reasons(engine.release_hold("heart_rate")) == [("paused", "running", "heart_rate")]
    assert engine.holds() == ()


def test_the_belt_and_the_heart_rate_both_hold_and_the_turn_waits_for_the_last():
    clock = FakeClock()
    engine = _engine(clock, hold_turns=True)
    events = _to_turn(engine, clock)
    assert ("running", "paused", "belt") in _reasons(events)
    assert engine.hold("heart_rate") == []  # paused already: the belt stays the reason shown
    assert engine.holds() == ("belt", "heart_rate")
    # The belt is slow now: still held, for the heart rate.
    assert _reasons(engine.release_turn()) == [("paused", "paused", "heart_rate")]
    clock.advance(30.0)
    engine.tick()
    assert engine.snapshot().paused_reason == "heart_rate"
    assert _reasons(engine.release_hold("heart_rate")) == [("paused", "running", "heart_rate")]


def test_released_in_the_other_order_the_belt_resumes_it():
    clock = FakeClock()
    engine = _engine(clock, hold_turns=True)
    _to_turn(engine, clock)
    engine.hold("heart_rate")
    assert engine.release_hold("heart_rate") == []  # the belt is still the reason
    assert _reasons(engine.release_turn()) == [("paused", "running", "belt")]


def test_the_users_resume_goes_back_to_the_hold_not_past_it():
    clock = FakeClock()
    engine = _engine(clock)
    _to_turn(engine, clock)
    engine.hold("heart_rate")
    assert engine.resume() == []  # a hold is not the user's to resume
    assert _reasons(engine.pause("user")) == [("paused", "paused", "user")]
    assert _reasons(engine.resume()) == [("paused", "paused", "heart_rate")]
    assert _reasons(engine.release_hold("heart_rate")) == [("paused", "running", "heart_rate")]


def test_released_while_the_user_pauses_the_resume_goes_on():
    clock = FakeClock()
    engine = _engine(clock)
    _to_turn(engine, clock)
    engine.hold("heart_rate")
    engine.pause("user")
    assert engine.release_hold("heart_rate") == []  # the user's pause stands
    assert _reasons(engine.resume()) == [("paused", "running", "user")]


def test_skipping_a_held_segment_leaves_its_hold_behind():
    clock = FakeClock()
    engine = _engine(clock)
    _to_turn(engine, clock)
    turn_index = engine.index
    engine.hold("heart_rate")
    engine.skip()
    assert engine.index == turn_index + 1 and engine.holds() == ()
    assert engine.snapshot().state is SessionState.PAUSED  # skip while paused stays paused
    assert _reasons(engine.resume()) == [("paused", "running", "user")]


def test_holds_are_refused_outside_a_segment_and_unknown_ones_raise():
    clock = FakeClock()
    engine = SessionEngine(
        Program(id="h", name="H", main=(Segment("forward", 60, 3.5),)), clock, get_ready_s=5
    )
    assert engine.hold("heart_rate") == []  # not started
    engine.start()
    assert engine.hold("heart_rate") == []  # the get-ready count: no segment yet
    with pytest.raises(ValueError, match="unknown hold"):
        engine.hold("user")
    assert engine.release_hold("heart_rate") == []
