"""SessionRecorder with a treadmill: samples once a second of session time, through the real
session controller (engine, Qt driver) and writer on a real SQLite file, on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.measured import BeltSample
from walkcoach.core.program import parse_program
from walkcoach.core.session_state import SessionState
from walkcoach.core.settings import Settings
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import get_session, list_sessions
from walkcoach.storage.writer import SessionWriter
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui.session.recorder import SessionRecorder
from walkcoach.ui.session.session import SessionController

PROGRAM = parse_program(
    {
        "format": "walkcoach-program",
        "version": 1,
        "id": "belt-test",
        "name": "Belt test",
        "main": [
            {"kind": "forward", "duration_s": 30, "speed_kmh": 4.0, "incline_pct": 1},
            {"kind": "forward", "duration_s": 20, "speed_kmh": 3.0, "incline_pct": 4},
        ],
    }
)


@pytest.fixture
def coach(qtbot, tmp_path):
    clock = FakeClock()
    writer = SessionWriter(
        tmp_path / "history.sqlite3", lambda: datetime(2025, 6, 1, 7, tzinfo=UTC)
    )
    made: list[SessionRecorder] = []

    def factory(program, plan):
        made.append(
            SessionRecorder(writer, program, plan, controller.snapshot, weight_kg=70.0, units="kmh")
        )
        return made[-1]

    controller = SessionController(
        clock,
        RecordingCuePlayer(),
        Settings(units="kmh"),
        AwakeGuard(NullInhibitor("tests")),
        recorder_factory=factory,
    )
    yield controller, clock, writer, made
    controller.shutdown()
    writer.close()


def _walk(controller, clock, recorder, *, belt_kmh, total_m=800.0, with_samples=True):
    """The 4 Hz refresh to the end; the link's one sample a second (its speed: ``belt_kmh``
    of the planned segment index, its running total from ``total_m``)."""
    last_whole = -1
    while controller.state is not SessionState.FINISHED:
        clock.advance(0.25)
        controller.driver.tick()
        snap = controller.snapshot()
        if snap is None or not with_samples:
            continue
        whole = int(snap.active_s)
        if whole > last_whole and snap.state is SessionState.RUNNING:
            speed = belt_kmh[snap.index]
            if last_whole >= 0:
                total_m += speed / 3.6 * (whole - last_whole)
            last_whole = whole
            recorder.add_sample(BeltSample(snap.active_s, speed, 2.0, total_m))


def _stored(writer):
    conn = open_readonly(writer.db_path)
    try:
        (summary,) = list_sessions(conn)
        return get_session(conn, summary.id)
    finally:
        conn.close()


def test_each_segment_gets_what_the_belt_did(coach):
    controller, clock, writer, made = coach
    controller.start(PROGRAM, skip_get_ready=True)
    _walk(controller, clock, made[0], belt_kmh=(3.6, 1.8))
    session = _stored(writer)
    first, second = session.segments
    # 1 m/s for 30 s, then 0.5 m/s for 20 s: within a sample's worth of the belt.
    assert first.measured_distance_km * 1000 == pytest.approx(30.0, abs=1.0)
    assert second.measured_distance_km * 1000 == pytest.approx(10.0, abs=0.6)
    assert first.measured_speed_kmh == pytest.approx(3.6, abs=0.1)
    assert second.measured_speed_kmh == pytest.approx(1.8, abs=0.1)
    assert first.measured_incline_pct == pytest.approx(2.0)
    assert session.distance_source == "measured"
    assert session.distance_km == pytest.approx(0.040, abs=0.0015)
    assert 48 <= len(session.samples) <= 51  # one a second of session time, all of them stored
    assert [s.at_s for s in session.samples] == sorted(s.at_s for s in session.samples)


def test_a_checkpoint_stores_the_running_segment_as_measured_so_far(coach):
    controller, clock, writer, made = coach
    controller.start(PROGRAM, skip_get_ready=True)
    recorder = made[0]
    for second in range(12):
        clock.advance(1.0)
        controller.driver.tick()
        recorder.add_sample(BeltSample(controller.snapshot().active_s, 3.6, 1.0, 100.0 + second))
    recorder.checkpoint()
    conn = open_readonly(writer.db_path)
    try:
        row = conn.execute(
            "SELECT partial, measured_distance_km, measured_speed_kmh FROM segments"
        ).fetchone()
        samples = conn.execute("SELECT COUNT(*) FROM samples").fetchone()[0]
    finally:
        conn.close()
    assert row[0] == 1 and row[1] * 1000 == pytest.approx(12.0, abs=1.0)
    assert row[2] == pytest.approx(3.6) and samples == 12
    controller.stop()


def test_without_a_treadmill_nothing_changes(coach):
    controller, clock, writer, made = coach
    controller.start(PROGRAM, skip_get_ready=True)
    _walk(controller, clock, made[0], belt_kmh=(0, 0), with_samples=False)
    session = _stored(writer)
    assert session.samples == () and session.distance_source == "planned"
    assert [s.measured_distance_km for s in session.segments] == [None, None]
    assert session.distance_km == pytest.approx((4.0 * 30 + 3.0 * 20) / 3600)


def test_samples_before_the_first_segment_are_not_recorded(coach):
    controller, clock, writer, made = coach
    controller.start(PROGRAM)  # with the get-ready count: recording starts at the first segment
    recorder = made[0]
    recorder.add_sample(BeltSample(0.0, 1.0, 0.0, 0.0))
    assert not recorder.begun and recorder.measured(5.0) is None
    controller.stop()
