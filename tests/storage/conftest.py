"""Fixtures for storage tests: a settable wall clock, a small program and a recorded session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from walkcoach import paths
from walkcoach.core.program import Program, RepeatBlock, Segment
from walkcoach.storage.writer import SessionWriter


class WallClock:
    """A wall clock tests move by hand (the writer's ``clock_wall``)."""

    def __init__(self, start: datetime = datetime(2025, 3, 14, 7, 30, tzinfo=UTC)) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
def wall() -> WallClock:
    return WallClock()


@pytest.fixture
def program() -> Program:
    """Intervals with a turn at each change of direction, as the built-in programs have:
    forward 2:00, then twice (turn, backward 1:30, turn, forward 1:00), a station, a rest;
    8:30 of walking, rest and station plus four 15 s turns: 9:30 in all."""
    return Program(
        id="test-intervals",
        name="Test intervals",
        warmup=(Segment("forward", 120, 4.5, 1.0),),
        main=(
            RepeatBlock(
                2,
                (
                    Segment("turn", 15, 1.0, 5.0, label="Turn to face the back"),
                    Segment("backward", 90, 2.5, 5.0),
                    Segment("turn", 15, 1.0, 1.0, label="Turn to face forward"),
                    Segment("forward", 60, 4.0, 1.0),
                ),
            ),
            Segment("station", 60, 0.0, 0.0, label="10 lunges", until_confirmed=True),
        ),
        cooldown=(Segment("rest", 30, 1.0, 0.0),),
    )


@pytest.fixture
def db_path(data_dir):
    return paths.database_path()


@pytest.fixture
def record(db_path, wall):
    """``record(program, ...)``: a session walked through a real SessionWriter; returns its id."""

    def _record(program: Program, **options) -> int:
        return record_session(db_path, program, wall, **options)

    return _record


def record_session(
    db_path,
    program: Program,
    wall: WallClock,
    *,
    weight_kg: float | None = 70.0,
    status: str = "completed",
    upto: int | None = None,
) -> int:
    """Walk ``program`` through a writer as the coach window would; return the session id."""
    writer = SessionWriter(db_path, wall)
    session_id = writer.begin(program, weight_kg, "kmh")
    active_s = 0.0
    plan = program.planned_segments()[:upto]
    for planned in plan:
        elapsed = 0.0
        while elapsed + 5 < planned.duration_s:
            elapsed += 5
            wall.advance(5)
            writer.checkpoint(active_s + elapsed, planned.index, planned.segment, elapsed)
        wall.advance(planned.duration_s - elapsed)
        active_s += planned.duration_s
        writer.segment_ended(planned.index, planned.segment, planned.duration_s)
    writer.finish(status, active_s)
    writer.close()
    assert writer.storage_error is None
    assert session_id is not None
    return session_id
