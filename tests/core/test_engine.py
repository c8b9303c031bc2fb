"""Session engine: states, timetables, late ticks without drift, skip/back, stations, sleep gaps."""

from __future__ import annotations

import json
import random

import pytest

from walkcoach.core.clock import FakeClock, ScaledClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import (
    AwaitingConfirmation,
    Countdown,
    Finished,
    GetReady,
    Halfway,
    SegmentEnded,
    SegmentExtended,
    SegmentStarted,
    SessionState,
    StateChanged,
    TimeLeft,
    TurnAroundWarning,
)
from walkcoach.core.program import Program, RepeatBlock, Segment

FWD = {"kind": "forward", "speed_kmh": 4.0}
BWD = {"kind": "backward", "speed_kmh": 2.5}
REST = {"kind": "rest"}
# A second forward speed: for the tests of the engine's mechanics, where a change of direction
# would bring in a turn the test is not about.
SLOW = {"kind": "forward", "speed_kmh": 2.5}
TURN = {"kind": "turn", "speed_kmh": 1.0}


def seg(base: dict, duration_s: float, **extra) -> dict:
    return {**base, "duration_s": duration_s, **extra}


def _item(data: dict) -> Segment | RepeatBlock:
    if "repeat" in data:
        return RepeatBlock(data["repeat"], tuple(Segment(**part) for part in data["segments"]))
    return Segment(**data)


def program(*segments: dict, warmup=(), cooldown=()) -> Program:
    """A program built directly, not through a file's checks: these tests time the engine on
    segments of 1-2 s, shorter than a program file may hold (MIN_SEGMENT_S); the engine itself
    runs any length."""
    return Program(
        id="test-program",
        name="Test program",
        main=tuple(_item(part) for part in segments),
        warmup=tuple(Segment(**part) for part in warmup),
        cooldown=tuple(Segment(**part) for part in cooldown),
    )


def of(events, kind):
    return [e for e in events if isinstance(e, kind)]


NO_SLEEP = 1e9  # tests that jump the clock far mean a late tick, not a sleeping laptop


def running_engine(prog: Program, clock: FakeClock, **options) -> tuple[SessionEngine, list]:
    options.setdefault("sleep_gap_s", NO_SLEEP)
    engine = SessionEngine(prog, clock, **options)
    return engine, engine.start(skip_get_ready=True)


def run_to_end(engine: SessionEngine, clock: FakeClock, step_s: float = 0.5) -> list:
    events = []
    for _ in range(1_000_000):
        if engine.state is SessionState.FINISHED:
            return events
        clock.advance(step_s)
        events += engine.tick()
    raise AssertionError("session never finished")


# ---------------------------------------------------------------------------------------------
# Starting and the get-ready count


def test_get_ready_counts_down_each_second_then_starts_the_first_segment(fake_clock):
    engine = SessionEngine(program(seg(FWD, 30)), fake_clock)
    events = engine.start()
    assert events == [
        StateChanged(-5.0, -5.0, SessionState.IDLE, SessionState.COUNTDOWN, "user"),
        GetReady(-5.0, -5.0, 5),
    ]
    assert engine.state is SessionState.COUNTDOWN
    assert engine.snapshot().get_ready_left_s == 5.0
    for seconds_left in (4, 3, 2, 1):
        fake_clock.advance(1.0)
        assert engine.tick() == [GetReady(-seconds_left, -seconds_left, seconds_left)]
    fake_clock.advance(0.5)
    assert engine.tick() == []
    assert engine.snapshot().get_ready_left_s == pytest.approx(0.5)
    fake_clock.advance(0.5)
    assert engine.tick() == [
        StateChanged(0.0, 0.0, SessionState.COUNTDOWN, SessionState.RUNNING, "get_ready_done"),
        SegmentStarted(0.0, 0.0, 0, "forward", 30.0),
    ]
    assert engine.state is SessionState.RUNNING


def test_skip_get_ready_goes_straight_to_running(fake_clock):
    engine, events = running_engine(program(seg(FWD, 30)), fake_clock)
    assert events == [
        StateChanged(0.0, 0.0, SessionState.IDLE, SessionState.RUNNING, "user"),
        SegmentStarted(0.0, 0.0, 0, "forward", 30.0),
    ]
    assert engine.snapshot().segment_remaining_s == 30.0


def test_zero_get_ready_behaves_like_skipping_it(fake_clock):
    engine = SessionEngine(program(seg(FWD, 30)), fake_clock, get_ready_s=0)
    assert [e.name for e in engine.start()] == ["state_changed", "segment_started"]


def test_skip_during_get_ready_starts_the_session_at_once(fake_clock):
    engine = SessionEngine(program(seg(FWD, 30), seg(SLOW, 30)), fake_clock, sleep_gap_s=NO_SLEEP)
    engine.start()
    fake_clock.advance(2.25)
    events = engine.skip()
    assert of(events, GetReady) == [GetReady(-4.0, -2.75, 4), GetReady(-3.0, -2.75, 3)]
    assert events[-2:] == [
        StateChanged(0.0, 0.0, SessionState.COUNTDOWN, SessionState.RUNNING, "user"),
        SegmentStarted(0.0, 0.0, 0, "forward", 30.0),
    ]
    fake_clock.advance(30.0)
    started = of(engine.tick(), SegmentStarted)
    assert started == [SegmentStarted(30.0, 30.0, 1, "forward", 30.0)]


def test_pause_and_resume_during_get_ready(fake_clock):
    engine = SessionEngine(program(seg(FWD, 30)), fake_clock)
    engine.start()
    fake_clock.advance(1.5)
    engine.tick()
    assert [e.name for e in engine.pause()] == ["state_changed"]
    fake_clock.advance(100.0)
    assert engine.tick() == []
    assert engine.snapshot().get_ready_left_s == pytest.approx(3.5)
    assert engine.next_due_s() is None
    assert engine.resume() == [
        StateChanged(-3.5, -3.5, SessionState.PAUSED, SessionState.COUNTDOWN, "user")
    ]
    fake_clock.advance(3.5)
    assert [e.name for e in engine.tick()] == [
        "get_ready",
        "get_ready",
        "get_ready",
        "state_changed",
        "segment_started",
    ]


# ---------------------------------------------------------------------------------------------
# Actions that make no sense change nothing


def test_actions_that_make_no_sense_return_nothing_and_change_nothing(fake_clock):
    engine = SessionEngine(program(seg(FWD, 30)), fake_clock)
    before = engine.snapshot()
    for action in (
        engine.pause,
        engine.resume,
        engine.skip,
        engine.back,
        engine.stop,
        engine.confirm,
        engine.tick,
    ):
        assert action() == []
    assert engine.snapshot() == before
    assert engine.state is SessionState.IDLE

    engine.start(skip_get_ready=True)
    assert engine.start() == []
    assert engine.resume() == []
    assert engine.confirm() == []  # nothing awaits confirmation
    assert engine.back() == []  # at the very start: nothing to go back to
    assert engine.snapshot().index == 0

    engine.pause()
    assert engine.pause() == []
    assert engine.tick() == []


@pytest.mark.parametrize("ending", ["finish", "stop"])
def test_after_the_end_every_action_returns_nothing(fake_clock, ending):
    engine, _ = running_engine(program(seg(FWD, 10)), fake_clock)
    if ending == "finish":
        fake_clock.advance(10)
        engine.tick()
        assert engine.state is SessionState.FINISHED
    else:
        engine.stop()
        assert engine.state is SessionState.STOPPED
    before = engine.snapshot()
    fake_clock.advance(50)
    for action in (
        engine.start,
        engine.pause,
        engine.resume,
        engine.skip,
        engine.back,
        engine.stop,
        engine.confirm,
        engine.tick,
    ):
        assert action() == []
    assert engine.snapshot() == before
    assert engine.next_due_s() is None


@pytest.mark.parametrize(
    "options",
    [
        {"get_ready_s": -1},
        {"countdown_s": -1},
        {"countdown_s": 2.5},
        {"turn_warning_s": float("nan")},
        {"sleep_gap_s": 0},
        {"time_left_every_s": -30},
    ],
)
def test_bad_options_are_refused_with_a_clear_message(fake_clock, options):
    name = next(iter(options))
    with pytest.raises(ValueError, match=name):
        SessionEngine(program(seg(FWD, 30)), fake_clock, **options)


# ---------------------------------------------------------------------------------------------
# What each segment announces


def test_halfway_only_in_segments_of_a_minute_or_more(fake_clock):
    engine, events = running_engine(program(seg(FWD, 59), seg(FWD, 60), seg(FWD, 200)), fake_clock)
    events += run_to_end(engine, fake_clock)
    assert of(events, Halfway) == [Halfway(89.0, 89.0, 1), Halfway(219.0, 219.0, 2)]


def test_countdown_before_every_segment_that_has_a_successor(fake_clock):
    engine, events = running_engine(program(seg(FWD, 10), seg(REST, 2), seg(FWD, 10)), fake_clock)
    events += run_to_end(engine, fake_clock)
    assert [(e.planned_s, e.seconds_left, e.next_index) for e in of(events, Countdown)] == [
        (7.0, 3, 1),
        (8.0, 2, 1),
        (9.0, 1, 1),
        (10.0, 2, 2),
        (11.0, 1, 2),  # a 2 s rest only has room for 2-1
    ]


def test_no_countdown_when_turned_off(fake_clock):
    engine, events = running_engine(program(seg(FWD, 10), seg(FWD, 10)), fake_clock, countdown_s=0)
    events += run_to_end(engine, fake_clock)
    assert of(events, Countdown) == []


def test_turn_warning_counts_down_to_the_start_of_the_turn(fake_clock):
    prog = program(seg(FWD, 60), seg(TURN, 15), seg(BWD, 60), seg(TURN, 15), seg(FWD, 30))
    engine, events = running_engine(prog, fake_clock)
    events += run_to_end(engine, fake_clock)
    assert of(events, TurnAroundWarning) == [
        TurnAroundWarning(50.0, 50.0, 1, "forward", "backward", 10.0),
        TurnAroundWarning(125.0, 125.0, 3, "backward", "forward", 10.0),
    ]
    # Each warning is due exactly seconds_before ahead of its turn's start.
    starts = {e.index: e.planned_s for e in of(events, SegmentStarted)}
    assert all(
        starts[w.next_index] - w.planned_s == w.seconds_before
        for w in of(events, TurnAroundWarning)
    )


def test_a_rest_before_the_turn_does_not_make_the_warning_early(fake_clock):
    # Seen in use: with a 1:00 rest before the turn, "in ten seconds" came 70 s early.
    prog = program(seg(FWD, 60), seg(REST, 60), seg(TURN, 15), seg(BWD, 60))
    engine, events = running_engine(prog, fake_clock)
    events += run_to_end(engine, fake_clock)
    assert of(events, TurnAroundWarning) == [
        TurnAroundWarning(110.0, 110.0, 2, "forward", "backward", 10.0)
    ]


def test_the_coach_warns_before_the_turn_it_added_itself(fake_clock):
    prog = program(seg(FWD, 60), seg(BWD, 60), seg(BWD, 30), seg(FWD, 30))
    engine, events = running_engine(prog, fake_clock)
    assert [p.kind for p in engine.plan] == [
        "forward",
        "turn",
        "backward",
        "backward",
        "turn",
        "forward",
    ]
    events += run_to_end(engine, fake_clock)
    assert of(events, TurnAroundWarning) == [
        TurnAroundWarning(50.0, 50.0, 1, "forward", "backward", 10.0),
        TurnAroundWarning(155.0, 155.0, 4, "backward", "forward", 10.0),
    ]


def test_a_station_before_the_turn_warns_in_the_station_unless_it_waits_for_done(fake_clock):
    squats = {"kind": "station", "duration_s": 30, "label": "10 squats"}
    prog = program(seg(FWD, 60), seg(REST, 30), squats, seg(BWD, 60))
    engine, events = running_engine(prog, fake_clock, turn_warning_s=15)
    events += run_to_end(engine, fake_clock)
    assert of(events, TurnAroundWarning) == [
        TurnAroundWarning(105.0, 105.0, 3, "forward", "backward", 15.0)
    ]
    waits = {**squats, "until_confirmed": True}
    engine, events = running_engine(program(seg(FWD, 60), waits, seg(BWD, 60)), FakeClock())
    events += run_to_end_confirming(engine, engine._clock)
    assert of(events, TurnAroundWarning) == []  # no end to count down to: the turn says it


def test_turn_warning_is_clamped_to_the_start_of_a_short_segment(fake_clock):
    prog = program(seg(FWD, 60), seg(TURN, 15), seg(BWD, 6), seg(TURN, 15), seg(FWD, 60))
    engine, events = running_engine(prog, fake_clock)
    events += run_to_end(engine, fake_clock)
    warnings = of(events, TurnAroundWarning)
    assert warnings[1] == TurnAroundWarning(75.0, 75.0, 3, "backward", "forward", 6.0)
    # It follows the segment's own start, never precedes it.
    start = events.index(SegmentStarted(75.0, 75.0, 2, "backward", 6.0))
    assert events.index(warnings[1]) == start + 1


def test_no_turn_warning_without_a_change_of_direction(fake_clock):
    engine, events = running_engine(program(seg(BWD, 60), seg(REST, 30), seg(BWD, 60)), fake_clock)
    events += run_to_end(engine, fake_clock)
    assert of(events, TurnAroundWarning) == []


def test_time_left_counts_back_in_round_amounts_and_keeps_out_of_the_last_15_s(fake_clock):
    prog = program(seg(FWD, 300), seg(FWD, 60), seg(FWD, 120))
    engine, events = running_engine(prog, fake_clock, time_left_every_s=10)
    events += run_to_end(engine, fake_clock)
    by_segment = {
        i: [e.remaining_s for e in of(events, TimeLeft) if e.index == i] for i in range(3)
    }
    assert by_segment[0] == [290.0 - 10 * k for k in range(28) if 290 - 10 * k != 150]
    assert by_segment[1] == [50.0, 40.0, 20.0]  # 30 s is the halfway mark, 10 s is too late
    assert min(by_segment[2]) == 20.0

    clock = FakeClock()
    engine, events = running_engine(prog, clock, time_left_every_s=60)
    events += run_to_end(engine, clock)
    pairs = [(e.index, e.remaining_s, e.planned_s) for e in of(events, TimeLeft)]
    # 60 s segment: not longer than 2x60, so none; 120 s: none either (equal, not longer).
    assert pairs == [(0, 240.0, 60.0), (0, 180.0, 120.0), (0, 120.0, 180.0), (0, 60.0, 240.0)]


def test_events_of_a_segment_come_in_time_order_with_ties_in_a_fixed_order(fake_clock):
    # 3 s segment: the turn warning (clamped to the start) and the first countdown beep share
    # the start instant; the warning comes first.
    engine, events = running_engine(program(seg(FWD, 3), seg(BWD, 10)), fake_clock)
    assert [e.name for e in events] == [
        "state_changed",
        "segment_started",
        "turn_around_warning",
        "countdown",
    ]


# ---------------------------------------------------------------------------------------------
# Late ticks and drift


def test_one_late_tick_emits_everything_in_order_at_planned_times(fake_clock):
    prog = program(seg(FWD, 60), seg(SLOW, 90), seg(FWD, 30))
    engine, events = running_engine(prog, fake_clock, sleep_gap_s=10_000)
    fake_clock.advance(1000)
    events = engine.tick()
    planned = [e.planned_s for e in events]
    assert planned == sorted(planned)
    assert {e.actual_s for e in events} == {1000.0}  # all noticed by this one tick
    assert [e.planned_s for e in of(events, SegmentStarted)] == [60.0, 150.0]
    assert of(events, Finished) == [Finished(180.0, 1000.0, 180.0)]
    assert engine.snapshot().active_s == 180.0


def test_sixty_minute_program_ticked_at_random_intervals_has_no_drift():
    prog = program(
        seg(FWD, 300, incline_pct=2),
        {"repeat": 15, "segments": [seg(SLOW, 97), seg(REST, 11), seg(FWD, 92)]},
        seg(FWD, 300),
    )
    assert prog.total_s == 3600
    rng = random.Random(20240607)
    clock = FakeClock(start=123_456.789)
    engine, events = running_engine(prog, clock)
    while engine.state is not SessionState.FINISHED:
        clock.advance(rng.uniform(0.001, 4.9))
        events += engine.tick()
    plan = engine.plan
    started = of(events, SegmentStarted)
    assert [e.index for e in started] == list(range(len(plan)))
    assert [e.planned_s for e in started] == [p.start_s for p in plan]  # exact, no tolerance
    finished = of(events, Finished)[0]
    assert finished.total_active_s == 3600.0
    assert engine.snapshot().active_s == 3600.0
    lateness = [e.actual_s - e.planned_s for e in events]
    assert max(lateness) < 4.9 and min(lateness) > -1e-6
    assert all(e.actual_duration_s == e.planned_duration_s for e in of(events, SegmentEnded))


def test_a_timer_armed_at_next_due_hits_every_event_exactly(fake_clock):
    prog = program(seg(FWD, 70), seg(SLOW, 45), seg(REST, 20), seg(FWD, 10))
    engine = SessionEngine(prog, fake_clock, time_left_every_s=20, sleep_gap_s=1e6)
    events = engine.start()
    while (due := engine.next_due_s()) is not None:
        fake_clock.set(due)
        tick_events = engine.tick()
        assert tick_events, "a tick at next_due_s() must fire the event that was due"
        events += tick_events
    assert engine.state is SessionState.FINISHED
    assert len(events) > 30
    assert max(abs(e.actual_s - e.planned_s) for e in events) < 1e-6


def test_next_due_is_clock_time_and_skips_over_pauses(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(FWD, 60)), fake_clock)
    start = fake_clock.now()
    assert engine.next_due_s() == start + 30.0  # halfway
    fake_clock.advance(10)
    engine.pause()
    assert engine.next_due_s() is None
    fake_clock.advance(100)
    engine.resume()
    assert engine.next_due_s() == pytest.approx(start + 130.0)


# ---------------------------------------------------------------------------------------------
# Pause, skip, back, stop


def test_pause_freezes_the_session_and_resume_continues_where_it_was(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60)), fake_clock)
    fake_clock.advance(20)
    events = engine.pause()
    assert events == [StateChanged(20.0, 20.0, SessionState.RUNNING, SessionState.PAUSED, "user")]
    frozen = engine.snapshot()
    assert frozen.paused_reason == "user"
    fake_clock.advance(500)
    assert engine.snapshot() == frozen
    assert frozen.segment_remaining_s == 40.0 and frozen.session_elapsed_s == 20.0
    engine.resume()
    fake_clock.advance(40)
    events = engine.tick()
    assert SegmentStarted(60.0, 60.0, 1, "forward", 60.0) in events
    assert engine.snapshot().paused_reason == ""


def test_skip_ends_the_segment_now_and_starts_the_next(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60), seg(FWD, 30)), fake_clock)
    fake_clock.advance(12.5)
    events = engine.skip()
    assert events[:2] == [
        SegmentEnded(12.5, 12.5, 0, "forward", 60.0, 12.5, True),
        SegmentStarted(12.5, 12.5, 1, "forward", 60.0),
    ]
    snap = engine.snapshot()
    assert snap.index == 1 and snap.segment_remaining_s == 60.0
    assert snap.session_elapsed_s == 60.0  # position in the plan: the start of segment 1
    assert snap.active_s == 12.5 and snap.skipped_s == 47.5
    fake_clock.advance(60)
    assert SegmentStarted(72.5, 72.5, 2, "forward", 30.0) in engine.tick()


def test_skipping_the_last_segment_finishes(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60)), fake_clock)
    fake_clock.advance(5)
    assert [e.name for e in engine.skip()] == ["segment_ended", "finished", "state_changed"]
    assert engine.state is SessionState.FINISHED
    snap = engine.snapshot()
    assert snap.progress == 1.0 and snap.planned is None and snap.index == 1


def test_back_restarts_the_segment_after_three_seconds(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60)), fake_clock)
    fake_clock.advance(60)
    engine.tick()
    fake_clock.advance(3.5)
    events = engine.back()
    assert events == [
        SegmentEnded(63.5, 63.5, 1, "forward", 60.0, 3.5, True),
        SegmentStarted(63.5, 63.5, 1, "forward", 60.0),
    ]
    assert engine.snapshot().segment_remaining_s == 60.0
    assert engine.snapshot().skipped_s == 0.0  # it will be done again


def test_back_within_three_seconds_goes_to_the_previous_segment(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60)), fake_clock)
    fake_clock.advance(62)
    engine.tick()
    events = engine.back()
    assert [(e.name, e.index) for e in events] == [("segment_ended", 1), ("segment_started", 0)]
    snap = engine.snapshot()
    assert snap.index == 0 and snap.segment_remaining_s == 60.0
    assert snap.skipped_s == 58.0  # segment 1 will come again, but for now it is undone
    fake_clock.advance(60)
    assert of(engine.tick(), SegmentStarted)[0].index == 1
    assert engine.snapshot().skipped_s == 0.0


def test_stop_ends_the_current_segment_and_the_session(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60)), fake_clock)
    fake_clock.advance(25)
    engine.pause()
    fake_clock.advance(10)
    assert engine.stop() == [
        SegmentEnded(25.0, 25.0, 0, "forward", 60.0, 25.0, True),
        StateChanged(25.0, 25.0, SessionState.PAUSED, SessionState.STOPPED, "user"),
    ]
    snap = engine.snapshot()
    assert snap.state is SessionState.STOPPED and snap.session_elapsed_s == 25.0


def test_stop_during_get_ready_ends_no_segment(fake_clock):
    engine = SessionEngine(program(seg(FWD, 60)), fake_clock)
    engine.start()
    fake_clock.advance(2)
    assert [e.name for e in engine.stop()] == ["get_ready", "get_ready", "state_changed"]
    assert engine.snapshot().get_ready_left_s == 0.0


def test_skip_and_back_work_while_paused_and_stay_paused(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60), seg(FWD, 60)), fake_clock)
    fake_clock.advance(10)
    engine.pause()
    fake_clock.advance(30)
    assert [e.index for e in of(engine.skip(), SegmentStarted)] == [1]
    assert engine.state is SessionState.PAUSED
    assert engine.snapshot().segment_remaining_s == 60.0
    fake_clock.advance(30)
    assert engine.snapshot().segment_remaining_s == 60.0
    engine.resume()
    fake_clock.advance(60)
    assert of(engine.tick(), SegmentStarted)[0].planned_s == 70.0


# ---------------------------------------------------------------------------------------------
# Stations that wait for the user


def station_program() -> Program:
    station = {"kind": "station", "duration_s": 30, "label": "20 lunges", "until_confirmed": True}
    return program(seg(FWD, 60), station, seg(SLOW, 60))


def test_station_waits_for_confirmation_then_goes_on(fake_clock):
    engine, _ = running_engine(station_program(), fake_clock)
    fake_clock.advance(90)
    events = engine.tick()
    assert events[-1] == AwaitingConfirmation(90.0, 90.0, 1)
    assert of(events, Countdown)[-1].next_index == 1  # none before the open-ended station ends
    fake_clock.advance(25)
    assert engine.tick() == []
    snap = engine.snapshot()
    assert snap.awaiting_confirmation and snap.segment_remaining_s == 0.0 and snap.index == 1
    assert snap.session_elapsed_s + snap.session_remaining_s == snap.planned_total_s
    assert snap.session_elapsed_s == 90.0  # capped at the station's planned end
    assert engine.next_due_s() is None
    events = engine.confirm()
    assert events == [
        SegmentEnded(115.0, 115.0, 1, "station", 30.0, 55.0, False),
        SegmentStarted(115.0, 115.0, 2, "forward", 60.0),
    ]
    assert not engine.snapshot().awaiting_confirmation


def test_skip_at_an_awaiting_station_counts_as_done(fake_clock):
    engine, _ = running_engine(station_program(), fake_clock)
    fake_clock.advance(95)
    engine.tick()
    events = engine.skip()
    assert events[0] == SegmentEnded(95.0, 95.0, 1, "station", 30.0, 35.0, False)
    assert engine.snapshot().skipped_s == 0.0


def test_confirm_before_the_station_time_is_up_does_nothing(fake_clock):
    engine, _ = running_engine(station_program(), fake_clock)
    fake_clock.advance(70)
    engine.tick()
    assert engine.confirm() == []
    assert engine.snapshot().index == 1


# ---------------------------------------------------------------------------------------------
# The computer slept


def test_a_sleep_gap_pauses_at_the_last_tick_without_skipping_anything(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60)), fake_clock, sleep_gap_s=5)
    for _ in range(160):  # display refresh, four times a second
        fake_clock.advance(0.25)
        engine.tick()
    fake_clock.advance(600)  # lid closed for ten minutes
    events = engine.tick()
    assert events == [
        StateChanged(40.0, 40.0, SessionState.RUNNING, SessionState.PAUSED, "sleep_gap")
    ]
    snap = engine.snapshot()
    assert snap.paused_reason == "sleep_gap" and snap.index == 0
    assert snap.segment_remaining_s == 20.0
    engine.resume()
    events = []
    for _ in range(80):
        fake_clock.advance(0.25)
        events += engine.tick()
    assert SegmentEnded(60.0, 60.0, 0, "forward", 60.0, 60.0, False) in events
    assert SegmentStarted(60.0, 60.0, 1, "forward", 60.0) in events


def test_gaps_up_to_the_limit_are_just_late_ticks(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60)), fake_clock, sleep_gap_s=5)
    for _ in range(12):
        fake_clock.advance(5.0)
        engine.tick()
    assert engine.state is SessionState.FINISHED


def test_sleep_gap_is_in_real_seconds_under_a_scaled_clock():
    base = FakeClock()
    clock = ScaledClock(60, base=base)
    engine = SessionEngine(program(seg(FWD, 600)), clock)
    engine.start(skip_get_ready=True)
    for _ in range(20):  # four display refreshes a second = 15 session seconds apart
        base.advance(0.25)
        engine.tick()
    assert engine.state is SessionState.RUNNING
    assert engine.snapshot().active_s == pytest.approx(300)
    base.advance(30)  # half a minute of real sleep
    assert [e.name for e in engine.tick()] == ["state_changed"]
    assert engine.snapshot().paused_reason == "sleep_gap"


# ---------------------------------------------------------------------------------------------
# Snapshot


def test_snapshot_while_running(fake_clock):
    prog = program(seg(FWD, 60), seg(SLOW, 90), warmup=[seg(FWD, 30)])
    engine, _ = running_engine(prog, fake_clock)
    fake_clock.advance(50)
    engine.tick()
    snap = engine.snapshot()
    assert snap.state is SessionState.RUNNING
    assert (
        snap.index == 1 and snap.planned is engine.plan[1] and snap.next_planned is engine.plan[2]
    )
    assert snap.segment_elapsed_s == 20.0 and snap.segment_remaining_s == 40.0
    assert snap.session_elapsed_s == 50.0 and snap.session_remaining_s == 130.0
    assert snap.planned_total_s == 180.0 and snap.progress == pytest.approx(50 / 180)
    assert snap.get_ready_left_s == 0.0 and not snap.awaiting_confirmation


def test_snapshot_before_the_start_shows_the_first_segment(fake_clock):
    engine = SessionEngine(program(seg(FWD, 60), seg(SLOW, 90)), fake_clock)
    snap = engine.snapshot()
    assert snap.state is SessionState.IDLE and snap.planned is engine.plan[0]
    assert snap.segment_remaining_s == 60.0 and snap.session_remaining_s == 150.0


def test_remaining_time_comes_from_the_clock_not_from_ticks(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60)), fake_clock)
    fake_clock.advance(17.25)  # no tick at all
    assert engine.snapshot().segment_remaining_s == 42.75


def test_every_event_serialises_to_json(fake_clock):
    station = {"kind": "station", "duration_s": 30, "label": "20 lunges", "until_confirmed": True}
    prog = program(seg(FWD, 60), station, seg(SLOW, 60), seg(TURN, 15), seg(BWD, 60))
    engine, events = running_engine(prog, fake_clock, time_left_every_s=20)
    fake_clock.advance(4)
    events += engine.pause() + engine.resume()
    events += run_to_end_confirming(engine, fake_clock)
    names = {e.name for e in events}
    assert names >= {
        "state_changed",
        "segment_started",
        "segment_ended",
        "countdown",
        "turn_around_warning",
        "halfway",
        "time_left",
        "awaiting_confirmation",
        "finished",
    }
    for event in events:
        line = json.dumps(event.to_json())
        assert json.loads(line)["event"] == event.name


def run_to_end_confirming(engine: SessionEngine, clock: FakeClock) -> list:
    events = []
    while engine.state is not SessionState.FINISHED:
        clock.advance(1.0)
        events += engine.tick()
        if engine.awaiting_confirmation:
            events += engine.confirm()
    return events


# ---------------------------------------------------------------------------------------------
# +/- 30 s on the running segment


def test_plus_thirty_seconds_lengthens_the_segment_and_moves_the_rest(fake_clock):
    prog = program(seg(FWD, 120), seg(TURN, 15), seg(BWD, 60))
    engine, events = running_engine(prog, fake_clock)
    fake_clock.advance(70)
    events += engine.tick()
    assert [e.name for e in of(events, Halfway)] == ["halfway"]  # at 60 s
    extended = engine.extend_segment(30)
    assert extended == [SegmentExtended(70.0, 70.0, 0, 30.0, 150.0, 80.0)]
    snap = engine.snapshot()
    assert snap.segment_remaining_s == 80.0 and snap.planned_total_s == 225.0
    assert [p.start_s for p in engine.plan] == [0.0, 150.0, 165.0]
    events += extended + run_to_end(engine, fake_clock)
    # No second halfway; the turn warning and the 3-2-1 follow the new end.
    assert len([h for h in of(events, Halfway) if h.index == 0]) == 1
    assert of(events, TurnAroundWarning) == [
        TurnAroundWarning(140.0, 140.0, 1, "forward", "backward", 10.0)
    ]
    assert [c.planned_s for c in of(events, Countdown) if c.next_index == 1] == [
        147.0,
        148.0,
        149.0,
    ]
    ended = of(events, SegmentEnded)[0]
    assert (ended.planned_s, ended.actual_duration_s, ended.skipped) == (150.0, 150.0, False)
    assert of(events, Finished)[0].total_active_s == 225.0


def test_minus_thirty_seconds_shortens_but_never_below_five_seconds_left(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 120), seg(SLOW, 60)), fake_clock)
    fake_clock.advance(20)
    assert engine.extend_segment(-30)[-1] == SegmentExtended(20.0, 20.0, 0, -30.0, 90.0, 70.0)
    fake_clock.advance(60)  # 10 s left
    events = engine.extend_segment(-30)
    assert events[-1] == SegmentExtended(80.0, 80.0, 0, -5.0, 85.0, 5.0)
    fake_clock.advance(1)
    assert engine.extend_segment(-30) == []  # 4 s left: nothing to take
    fake_clock.advance(4)
    started = of(engine.tick(), SegmentStarted)
    assert started == [SegmentStarted(85.0, 85.0, 1, "forward", 60.0)]
    # The segment really lasted 85 s: that is what is recorded, not skipped.
    assert engine.snapshot().skipped_s == 0.0


def test_extend_does_nothing_in_the_get_ready_at_a_waiting_station_or_after_the_end(fake_clock):
    engine = SessionEngine(program(seg(FWD, 60)), fake_clock, sleep_gap_s=NO_SLEEP)
    assert engine.extend_segment(30) == []  # idle
    engine.start()
    fake_clock.advance(2)
    assert of(engine.extend_segment(30), SegmentExtended) == []  # get-ready count
    engine, _ = running_engine(station_program(), FakeClock())
    engine._clock.advance(95)
    engine.tick()
    assert engine.awaiting_confirmation and of(engine.extend_segment(30), SegmentExtended) == []
    for bad in (float("nan"), float("inf"), 0, True):
        assert of(engine.extend_segment(bad), SegmentExtended) == []
    engine.skip()
    engine.skip()
    assert engine.state is SessionState.FINISHED and engine.extend_segment(30) == []


def test_extend_while_paused_stays_paused(fake_clock):
    engine, _ = running_engine(program(seg(FWD, 60), seg(SLOW, 60)), fake_clock)
    fake_clock.advance(50)
    engine.pause()
    assert of(engine.extend_segment(30), SegmentExtended)[0].remaining_s == 40.0
    assert engine.state is SessionState.PAUSED and engine.snapshot().segment_remaining_s == 40.0
    engine.resume()
    fake_clock.advance(40)
    assert of(engine.tick(), SegmentStarted)[0].planned_s == 90.0


def test_get_ready_length_is_the_engine_option(fake_clock):
    engine = SessionEngine(program(seg(FWD, 60)), fake_clock, get_ready_s=12, sleep_gap_s=NO_SLEEP)
    events = engine.start()
    assert events[0].planned_s == -12.0
    fake_clock.advance(12)
    assert [e.seconds_left for e in of(events + engine.tick(), GetReady)] == list(range(12, 0, -1))
