"""SessionDriver: the precise timer is armed for the engine's next due time, scaled to real time."""

from __future__ import annotations

import math

import pytest

from walkcoach.core.clock import FakeClock, ScaledClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import (
    Countdown,
    Finished,
    GetReady,
    SegmentStarted,
    SessionState,
    StateChanged,
)
from walkcoach.core.program import parse_program
from walkcoach.ui.session.driver import SessionDriver

PROGRAM = parse_program(
    {
        "format": "walkcoach-program",
        "version": 1,
        "id": "driver-test",
        "name": "Driver test",
        "warmup": [{"kind": "forward", "duration_s": 20, "speed_kmh": 4.0}],
        "main": [
            {
                "repeat": 2,
                "segments": [
                    {"kind": "backward", "duration_s": 15, "speed_kmh": 3.0, "incline_pct": 5},
                    {"kind": "forward", "duration_s": 12, "speed_kmh": 4.5},
                ],
            }
        ],
        "cooldown": [{"kind": "rest", "duration_s": 8}],
    }
)


@pytest.fixture
def driven(qtbot, fake_clock):
    engine = SessionEngine(PROGRAM, fake_clock, get_ready_s=5.0, countdown_s=3)
    driver = SessionDriver(engine, fake_clock)
    events: list = []
    snapshots: list = []
    driver.event_happened.connect(events.append)
    driver.snapshot_changed.connect(snapshots.append)
    yield engine, driver, events, snapshots
    driver.shutdown()


def fire_due(driver: SessionDriver, clock: FakeClock) -> None:
    """Move the fake clock to exactly when the driver's single-shot timer is armed, and fire it.

    On the way the display refresh ticks every 0.25 s as it does for real (a longer silent gap
    would look like a laptop that slept, and the engine would pause).
    """
    assert driver.due_timer.isActive()
    due_s = driver.armed_for_s
    while due_s - clock.now() > 0.25:
        clock.advance(0.25)
        driver.tick()  # what the refresh timer calls
    clock.set(due_s)
    driver.tick()  # what the due timer calls (the real timers are tested below)


def test_start_arms_the_precise_timer_for_the_first_get_ready_second(driven, fake_clock):
    engine, driver, events, snapshots = driven
    driver.start()
    assert [type(e) for e in events[:2]] == [StateChanged, GetReady]
    assert events[1].seconds_left == 5
    assert engine.next_due_s() == pytest.approx(fake_clock.now() + 1.0)
    assert driver.due_timer.isActive() and driver.due_timer.isSingleShot()
    assert driver.due_timer.interval() == 1000
    assert driver.refresh_timer.isActive()
    assert snapshots[-1].state == SessionState.COUNTDOWN


def test_firing_each_due_time_runs_the_whole_plan_with_no_lateness(driven, fake_clock):
    engine, driver, events, _ = driven
    driver.start()
    for _ in range(500):
        if engine.state == SessionState.FINISHED:
            break
        fire_due(driver, fake_clock)
    assert engine.state == SessionState.FINISHED
    started = [e.index for e in events if isinstance(e, SegmentStarted)]
    assert started == list(range(len(engine.plan)))
    # Fired exactly at the armed time: every event's actual time equals its planned time.
    assert all(math.isclose(e.actual_s, e.planned_s, abs_tol=1e-9) for e in events)
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].total_active_s == pytest.approx(PROGRAM.total_s)
    # Countdown 3-2-1 before each of the segments after the first.
    countdowns = [e for e in events if isinstance(e, Countdown)]
    assert len(countdowns) == 3 * (len(engine.plan) - 1)
    assert not driver.due_timer.isActive() and not driver.refresh_timer.isActive()


def test_refresh_tick_between_due_times_emits_snapshots_but_no_early_events(driven, fake_clock):
    engine, driver, events, snapshots = driven
    driver.start(skip_get_ready=True)
    count = len(events)
    fake_clock.advance(0.25)
    driver.tick()
    assert len(events) == count  # nothing was due yet
    assert snapshots[-1].segment_remaining_s == pytest.approx(20 - 0.25)
    # The due timer stays armed for the same instant.
    assert driver.armed_for_s == pytest.approx(engine.next_due_s())


def test_pause_stops_both_timers_and_resume_rearms(driven, fake_clock):
    engine, driver, events, snapshots = driven
    driver.start(skip_get_ready=True)
    fake_clock.advance(4.0)
    driver.toggle_pause()
    assert engine.state == SessionState.PAUSED
    assert not driver.due_timer.isActive() and not driver.refresh_timer.isActive()
    fake_clock.advance(600.0)  # ten minutes at the water bottle change nothing
    driver.toggle_pause()
    assert engine.state == SessionState.RUNNING
    assert driver.due_timer.isActive() and driver.refresh_timer.isActive()
    assert snapshots[-1].segment_remaining_s == pytest.approx(16.0)


def test_scaled_clock_converts_session_delay_to_real_milliseconds(qtbot):
    base = FakeClock()
    clock = ScaledClock(60.0, base=base)
    engine = SessionEngine(PROGRAM, clock, get_ready_s=0.0)
    driver = SessionDriver(engine, clock, time_scale=60.0)
    driver.start()
    # First segment: 20 s forward, then backward: the first cue due is the turn-around warning
    # 10 s before its end: 10 s / 60 = 166.7 ms, rounded up so the timer is never early.
    assert engine.next_due_s() == pytest.approx(10.0)
    assert driver.due_timer.interval() == 167
    base.advance(0.1)  # 6 session seconds later the delay shrinks accordingly
    assert driver.real_delay_ms(engine.next_due_s()) == math.ceil((10.0 - 6.0) / 60 * 1000)
    driver.shutdown()


def test_time_scale_must_be_positive(fake_clock):
    engine = SessionEngine(PROGRAM, fake_clock)
    with pytest.raises(ValueError, match="greater than 0"):
        SessionDriver(engine, fake_clock, time_scale=0)


def test_real_timers_drive_the_engine_on_a_scaled_monotonic_clock(qtbot):
    """The timers themselves (not tick() by hand): 5 s get-ready at 50x is 100 ms of real time."""
    clock = ScaledClock(50.0)
    engine = SessionEngine(PROGRAM, clock, get_ready_s=5.0)
    driver = SessionDriver(engine, clock, time_scale=50.0)
    events: list = []
    driver.event_happened.connect(events.append)
    driver.start()
    qtbot.waitUntil(lambda: any(isinstance(e, SegmentStarted) for e in events), timeout=5000)
    first = next(e for e in events if isinstance(e, SegmentStarted))
    assert [e.seconds_left for e in events if isinstance(e, GetReady)] == [5, 4, 3, 2, 1]
    # Lateness in session seconds; 0.5 s at 50x is 10 ms of real time.
    assert 0.0 <= first.actual_s - first.planned_s < 0.5
    driver.shutdown()
