"""Heart rate in the history from the per-second samples: a session's curve and bands, weekly time
in zones, and backward against forward at the same speed (on real SQLite files, no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

import pytest

from walkcoach.core.hr_zones import time_in_zones, zones_for
from walkcoach.core.measured import BeltSample
from walkcoach.core.program import Program, Segment
from walkcoach.storage.db import open_readonly
from walkcoach.storage.heart_rate_history import (
    SETTLE_S,
    backward_vs_forward,
    has_heart_rate,
    rounded_speed_kmh,
    segment_bands,
    session_heart_rate,
    weekly_time_in_zones,
)
from walkcoach.storage.history import get_session
from walkcoach.storage.writer import SessionWriter

ZONES = zones_for(max_hr_bpm=200)  # bounds 100, 120, 140, 160, 180

Pulse = Callable[[str, float], int | None]  # (segment kind, seconds into it) -> bpm


def steady(forward: int = 110, backward: int = 130, turn: int = 115) -> Pulse:
    rates = {"forward": forward, "backward": backward, "turn": turn}
    return lambda kind, _into_s: rates.get(kind, 100)


def walk(
    writer: SessionWriter,
    wall,
    started_at: datetime,
    segments: Sequence[Segment],
    pulse: Pulse | None,
    *,
    belt_kmh: dict[str, float] | None = None,
) -> int:
    """A session of ``segments`` walked in full, one sample a second with ``pulse``'s heart rate
    (None: a treadmill without a strap)."""
    wall.moment = started_at
    program = Program("hr-test", "HR test", tuple(segments))
    session_id = writer.begin(program, 70.0, "kmh")
    at_s = 0.0
    for planned in program.planned_segments():
        segment = planned.segment
        speed = (belt_kmh or {}).get(segment.kind, segment.speed_kmh)
        for second in range(int(segment.duration_s)):
            bpm = pulse(segment.kind, second) if pulse else None
            writer.add_sample(BeltSample(at_s + second, speed, 1.0, None, bpm))
        at_s += segment.duration_s
        wall.advance(segment.duration_s)
        writer.segment_ended(planned.index, segment, segment.duration_s)
    writer.finish("completed", at_s)
    assert writer.storage_error is None and session_id is not None
    return session_id


INTERVALS = (
    Segment("forward", 120, 4.0, 1.0),
    Segment("turn", 15, 1.0, 1.0),
    Segment("backward", 90, 3.0, 1.0),
    Segment("turn", 15, 1.0, 1.0),
    Segment("forward", 90, 3.0, 1.0),
)


@pytest.fixture
def writer(db_path, wall):
    w = SessionWriter(db_path, wall)
    yield w
    w.close()


def read(db_path):
    return open_readonly(db_path)


# -- one session -----------------------------------------------------------------------------------


def test_a_sessions_curve_has_every_sample_and_its_segments_as_bands(db_path, wall, writer):
    session_id = walk(writer, wall, datetime(2025, 3, 10, 8, tzinfo=UTC), INTERVALS, steady())
    conn = read(db_path)
    try:
        session = get_session(conn, session_id)
    finally:
        conn.close()
    assert session is not None
    curve = session_heart_rate(session)
    assert curve is not None
    assert len(curve.at_s) == 330 and curve.at_s[0] == 0 and curve.at_s[-1] == 329
    assert curve.bpm[0] == 110 and curve.bpm[130] == 115 and curve.bpm[200] == 130
    assert [(b.kind, b.start_s, b.end_s) for b in curve.bands] == [
        ("forward", 0, 120),
        ("turn", 120, 135),
        ("backward", 135, 225),
        ("turn", 225, 240),
        ("forward", 240, 330),
    ]
    assert curve.max_bpm == 130
    expected_mean = (210 * 110 + 30 * 115 + 90 * 130) / 330
    assert curve.mean_bpm == pytest.approx(expected_mean)


def test_a_session_without_heart_rate_has_no_curve(db_path, wall, writer):
    session_id = walk(writer, wall, datetime(2025, 3, 10, 8, tzinfo=UTC), INTERVALS, None)
    conn = read(db_path)
    try:
        session = get_session(conn, session_id)
        assert session is not None and len(session.samples) == 330  # a treadmill, no strap
        assert session_heart_rate(session) is None
        assert not has_heart_rate(conn)
    finally:
        conn.close()


def test_lost_contact_is_a_gap_not_zero(db_path, wall, writer):
    def pulse(kind: str, into_s: float) -> int | None:
        return None if kind == "backward" and 10 <= into_s < 40 else 120

    session_id = walk(writer, wall, datetime(2025, 3, 10, 8, tzinfo=UTC), INTERVALS, pulse)
    conn = read(db_path)
    try:
        session = get_session(conn, session_id)
    finally:
        conn.close()
    assert session is not None
    curve = session_heart_rate(session)
    assert curve is not None
    assert curve.bpm.count(None) == 30
    assert curve.mean_bpm == pytest.approx(120.0)  # the gap is not averaged in as 0
    assert 0 not in curve.bpm


def test_skipped_segments_take_no_time_on_the_line():
    from walkcoach.core.records import SegmentRecord

    bands = segment_bands(
        [
            SegmentRecord(0, "forward", 60, 60),
            SegmentRecord(1, "turn", 15, 0, skipped=True),
            SegmentRecord(2, "backward", 60, 45),
        ]
    )
    assert [(b.kind, b.start_s, b.end_s) for b in bands] == [
        ("forward", 0, 60),
        ("backward", 60, 105),
    ]


# -- weekly time in zones --------------------------------------------------------------------------


def test_weekly_time_in_zones_matches_the_zone_timer_and_fills_empty_weeks(db_path, wall, writer):
    pulse = steady(forward=110, backward=145, turn=125)  # zones 1, 3 and 2
    first = walk(writer, wall, datetime(2025, 3, 4, 8, tzinfo=UTC), INTERVALS, pulse)
    walk(writer, wall, datetime(2025, 3, 18, 8, tzinfo=UTC), INTERVALS, pulse)
    walk(writer, wall, datetime(2025, 3, 19, 8, tzinfo=UTC), INTERVALS, pulse)
    walk(writer, wall, datetime(2025, 3, 19, 18, tzinfo=UTC), INTERVALS, None)  # no strap
    conn = read(db_path)
    try:
        weeks = weekly_time_in_zones(conn, ZONES, today=date(2025, 3, 19), tz=UTC, weeks=4)
        session = get_session(conn, first)
    finally:
        conn.close()
    assert [w.week_start for w in weeks] == [
        date(2025, 2, 24),
        date(2025, 3, 3),
        date(2025, 3, 10),
        date(2025, 3, 17),
    ]
    assert session is not None
    one = time_in_zones([(s.at_s, s.heart_rate_bpm) for s in session.samples], ZONES)
    assert one == {1: 210, 2: 30, 3: 90, 4: 0, 5: 0}
    assert weeks[0].total_s == 0 and weeks[2].total_s == 0  # weeks without heart rate: zeros
    assert weeks[1].seconds_by_zone == pytest.approx(one)
    assert weeks[3].seconds_by_zone == pytest.approx({z: 2 * s for z, s in one.items()})


def test_weekly_zones_follow_the_local_week_and_are_empty_without_heart_rate(db_path, wall, writer):
    from zoneinfo import ZoneInfo

    walk(writer, wall, datetime(2025, 3, 16, 23, 30, tzinfo=UTC), INTERVALS, steady())
    conn = read(db_path)
    try:
        berlin = weekly_time_in_zones(
            conn, ZONES, today=date(2025, 3, 19), tz=ZoneInfo("Europe/Berlin"), weeks=2
        )
        utc = weekly_time_in_zones(conn, ZONES, today=date(2025, 3, 19), tz=UTC, weeks=2)
        nothing = weekly_time_in_zones(conn, ZONES, today=date(2025, 6, 1), tz=UTC, weeks=4)
    finally:
        conn.close()
    # Sunday 23:30 in UTC is Monday 00:30 in Berlin: the next week there.
    assert utc[0].total_s == 330 and utc[1].total_s == 0
    assert berlin[0].total_s == 0 and berlin[1].total_s == 330
    assert nothing == []  # the session is older than the weeks asked for


def test_a_gap_counts_at_most_five_seconds_in_the_zones(db_path, wall):
    writer = SessionWriter(db_path, wall)
    wall.moment = datetime(2025, 3, 18, 8, tzinfo=UTC)
    program = Program("gap", "Gap", (Segment("forward", 100, 4.0, 1.0),))
    writer.begin(program, 70.0, "kmh")
    writer.add_sample(BeltSample(0.0, 4.0, 1.0, None, 150))
    writer.add_sample(BeltSample(60.0, 4.0, 1.0, None, 150))  # a minute without samples between
    wall.advance(100)
    writer.segment_ended(0, program.main[0], 100)
    writer.finish("completed", 100)
    writer.close()
    conn = read(db_path)
    try:
        (week,) = weekly_time_in_zones(conn, ZONES, today=date(2025, 3, 19), tz=UTC, weeks=1)
    finally:
        conn.close()
    assert week.seconds_by_zone[3] == 5 + 1  # the gap, capped; the last sample's one second


# -- backward against forward ----------------------------------------------------------------------


def test_backward_and_forward_pair_at_the_same_rounded_speed(db_path, wall, writer):
    """The first SETTLE_S seconds of each segment are left out: they show the one before."""

    def pulse(kind: str, into_s: float) -> int:
        if into_s < SETTLE_S:
            return 90  # still the previous segment's heart rate
        return {"forward": 112, "backward": 128}.get(kind, 100)

    segments = (
        Segment("forward", 120, 3.0, 1.0),
        Segment("turn", 15, 1.0, 1.0),
        Segment("backward", 90, 3.1, 1.0),  # 3.0 on the 0.5 km/h steps
        Segment("turn", 15, 1.0, 1.0),
        Segment("forward", 90, 4.0, 1.0),  # no backward at 4.0: not paired
        Segment("backward", 50, 3.0, 1.0),  # too short to count once settled
    )
    walk(writer, wall, datetime(2025, 3, 11, 8, tzinfo=UTC), segments, pulse)
    walk(writer, wall, datetime(2025, 3, 12, 8, tzinfo=UTC), segments, pulse)
    conn = read(db_path)
    try:
        pairs = backward_vs_forward(conn)
        assert backward_vs_forward(conn, since=datetime(2025, 3, 13, tzinfo=UTC)) == []
        assert has_heart_rate(conn)
    finally:
        conn.close()
    assert len(pairs) == 1
    pair = pairs[0]
    assert pair.speed_kmh == 3.0
    assert pair.backward_bpm == pytest.approx(128) and pair.backward_n == 2
    assert pair.forward_bpm == pytest.approx(112) and pair.forward_n == 2
    assert pair.difference_bpm == pytest.approx(16)


def test_the_measured_speed_pairs_before_the_planned_one(db_path, wall, writer):
    """The belt's measured speed is what was walked; the segments store it from the samples."""
    from walkcoach.core.measured import summarise

    wall.moment = datetime(2025, 3, 11, 8, tzinfo=UTC)
    segments = (Segment("forward", 120, 4.0, 1.0), Segment("backward", 120, 2.5, 1.0))
    program = Program("m", "Measured", segments)
    writer.begin(program, 70.0, "kmh")
    at_s = 0.0
    for planned in program.planned_segments():  # a turn is put in between
        duration_s = planned.segment.duration_s
        bpm = {"forward": 100, "backward": 120}.get(planned.segment.kind, 110)
        samples = [BeltSample(at_s + s, 3.5, 1.0, None, bpm) for s in range(int(duration_s))]
        for sample in samples:
            writer.add_sample(sample)
        writer.segment_ended(
            planned.index,
            planned.segment,
            duration_s,
            measured=summarise(samples, at_s, at_s + duration_s),
        )
        at_s += duration_s
    writer.finish("completed", at_s)
    conn = read(db_path)
    try:
        pairs = backward_vs_forward(conn)
    finally:
        conn.close()
    assert [(p.speed_kmh, p.forward_bpm, p.backward_bpm) for p in pairs] == [(3.5, 100, 120)]


@pytest.mark.parametrize(
    ("speed", "step"), [(2.74, 2.5), (2.75, 3.0), (3.0, 3.0), (3.24, 3.0), (0.2, 0.0)]
)
def test_speeds_round_to_half_kilometre_steps(speed, step):
    assert rounded_speed_kmh(speed) == step


def test_a_running_session_is_left_out(db_path, wall):
    writer = SessionWriter(db_path, wall)
    wall.moment = datetime(2025, 3, 18, 8, tzinfo=UTC)
    program = Program("r", "Running", (Segment("forward", 100, 4.0, 1.0),))
    writer.begin(program, 70.0, "kmh")
    for second in range(60):
        writer.add_sample(BeltSample(float(second), 4.0, 1.0, None, 150))
    wall.advance(60)
    writer.checkpoint(59.0, 0, program.main[0], 59.0)
    conn = read(db_path)
    try:
        assert weekly_time_in_zones(conn, ZONES, today=date(2025, 3, 19), tz=UTC) == []
        assert not has_heart_rate(conn)
    finally:
        conn.close()
    writer.close()
