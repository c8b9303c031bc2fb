"""The clock jumping: a wall-clock change does not disturb a session; a suspend pauses it.

Through the real session controller (engine, Qt driver, cue player, history writer on a real
SQLite file) with the session clock injected, as the app wires it.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from walkcoach.core.clock import FakeClock, MonotonicClock
from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.events import SegmentEnded, SegmentStarted, SessionState
from walkcoach.core.program import parse_program
from walkcoach.core.settings import Settings
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import list_sessions
from walkcoach.storage.writer import SessionWriter
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui.session.recorder import SessionRecorder
from walkcoach.ui.session.session import SessionController

PROGRAM = parse_program(
    {
        "format": "walkcoach-program",
        "version": 1,
        "id": "clock-fault",
        "name": "Clock fault",
        "main": [
            {"kind": "forward", "duration_s": 60, "speed_kmh": 4.5},
            {"kind": "forward", "duration_s": 60, "speed_kmh": 3.0, "incline_pct": 5},
            {"kind": "forward", "duration_s": 60, "speed_kmh": 4.5},
        ],
    }
)


class JumpingWallClock:
    """The computer's date and time, which the user (or NTP) may set back or forward at will."""

    def __init__(self) -> None:
        self.now = datetime(2025, 6, 1, 7, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def coach(qtbot, tmp_path):
    clock = FakeClock()
    wall = JumpingWallClock()
    writer = SessionWriter(tmp_path / "history.sqlite3", wall)
    controller = SessionController(
        clock,
        RecordingCuePlayer(),
        Settings(units="kmh"),
        AwakeGuard(NullInhibitor("tests")),
        recorder_factory=lambda program, plan: SessionRecorder(
            writer, program, plan, controller.snapshot, weight_kg=70.0, units="kmh"
        ),
    )
    events: list = []
    controller.event_happened.connect(events.append)
    yield controller, clock, wall, writer, events
    controller.shutdown()
    writer.close()


def refresh(controller: SessionController, clock: FakeClock, seconds: float) -> None:
    """The window's 4 Hz refresh for ``seconds`` of session time (the driver's refresh tick)."""
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        controller.driver.tick()


def stored_session(writer: SessionWriter):
    conn = open_readonly(writer.db_path)
    try:
        return list_sessions(conn)[0]
    finally:
        conn.close()


def test_wall_clock_set_back_and_forward_does_not_disturb_the_session(coach):
    controller, clock, wall, writer, events = coach
    controller.start(PROGRAM, skip_get_ready=True)
    refresh(controller, clock, 30)
    wall.now -= timedelta(hours=3)  # the user fixes the time zone mid-session
    refresh(controller, clock, 60)
    wall.now += timedelta(days=1, minutes=7)  # NTP catches up after a long time offline
    refresh(controller, clock, 91)
    assert controller.state is SessionState.FINISHED
    starts = [e for e in events if isinstance(e, SegmentStarted)]
    assert [(e.index, e.planned_s) for e in starts] == [(0, 0.0), (1, 60.0), (2, 120.0)]
    assert not any(e.skipped for e in events if isinstance(e, SegmentEnded))
    session = stored_session(writer)
    # Durations come from the monotonic session clock, never from wall-clock differences.
    assert session.status == "completed" and session.active_s == 180.0
    assert [s.actual_s for s in session.segments] == [60.0, 60.0, 60.0]


def test_a_suspend_gap_pauses_the_session_instead_of_skipping_segments(coach):
    controller, clock, wall, writer, events = coach
    controller.start(PROGRAM, skip_get_ready=True)
    refresh(controller, clock, 40)
    clock.advance(45 * 60)  # lid closed for 45 minutes: the refresh timer did not run
    wall.now += timedelta(minutes=45)
    controller.driver.tick()
    snap = controller.snapshot()
    assert snap.state is SessionState.PAUSED and snap.paused_reason == "sleep_gap"
    assert snap.index == 0 and snap.segment_remaining_s == pytest.approx(20.0)
    assert not [e for e in events if isinstance(e, SegmentEnded)]  # nothing raced past
    assert not controller.driver.refresh_timer.isActive()  # paused: nothing moves
    # The pause was saved: the history shows where the user was when the lid closed.
    assert writer.storage_error is None and not writer.pending
    controller.toggle_pause()  # the user is back and presses Space
    refresh(controller, clock, 141)
    assert controller.state is SessionState.FINISHED
    ended = [e for e in events if isinstance(e, SegmentEnded)]
    assert [(e.index, e.actual_duration_s, e.skipped) for e in ended] == [
        (0, 60.0, False),
        (1, 60.0, False),
        (2, 60.0, False),
    ]
    session = stored_session(writer)
    assert session.active_s == 180.0  # the 45 minutes asleep are not counted as walking


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="CLOCK_BOOTTIME is Linux's")
def test_the_session_clock_counts_suspended_time(monkeypatch):
    """Linux's CLOCK_MONOTONIC stops while the machine is suspended, so a session on it would
    carry on after a resume as if nothing happened; the session clock must be CLOCK_BOOTTIME,
    which counts the suspend (and is never set by the user or NTP either)."""
    real = time.clock_gettime
    suspended_s = 3600.0  # as on a laptop that slept an hour since boot

    def clock_gettime(clock_id: int) -> float:
        return real(clock_id) + (suspended_s if clock_id == time.CLOCK_BOOTTIME else 0.0)

    monkeypatch.setattr(time, "clock_gettime", clock_gettime)
    clock = MonotonicClock()
    assert clock.now() - time.monotonic() == pytest.approx(suspended_s, abs=1.0)
    first = clock.now()
    assert clock.now() >= first
