"""SQL session summaries and muscle-load conditions agree with the full records; queries use indexes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from walkcoach.core import stats
from walkcoach.core.program import parse_program
from walkcoach.storage.db import open_database
from walkcoach.storage.history import list_sessions
from walkcoach.storage.summaries import (
    _CONDITIONS_SQL,
    _JOINED_RUNS_SQL,
    _TOTALS_SQL,
    condition_totals,
    session_summaries,
    sessions_for_progression,
)
from walkcoach.storage.writer import SessionWriter

START = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


def prog(main):
    return parse_program({"format": "walkcoach-program", "version": 1, "name": "S", "main": main})


# (kind, seconds walked, speed, incline) per segment; a turn wherever the direction changes, as in
# real programs (without one the coach would add its own, and the plan would not match the shape).
SHAPES = [
    # Backward stretches split by a rest: longest = one segment.
    [
        ("forward", 300, 4.0, 0),
        ("turn", 15, 1.0, 5),
        ("backward", 120, 3.0, 5),
        ("rest", 15, 1.0, 0),
        ("backward", 90, 3.0, 5),
    ],
    # Consecutive backward segments: one stretch of 150 s (longer than either segment).
    [
        ("backward", 60, 2.4, 3),
        ("backward", 90, 3.2, 8),
        ("turn", 15, 1.0, 0),
        ("forward", 120, 4.0, 0),
    ],
    # A skipped 0 s forward (and the turns either side of it, skipped too) between backward
    # segments does not break the stretch.
    [
        ("backward", 45, 3.0, 4),
        ("turn", 0, 1.0, 0),
        ("forward", 0, 4.0, 0),
        ("turn", 0, 1.0, 4),
        ("backward", 50, 3.0, 4),
    ],
    # Only stations and rest.
    [("station", 60, 0.0, 0), ("rest", 30, 0.0, 0)],
]
PLANNED_TURN_S = 15  # a skipped turn still had its 15 s planned


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "history.sqlite3"
    now = {"t": START}
    writer = SessionWriter(path, clock_wall=lambda: now["t"])
    for day, shape in enumerate(SHAPES * 3):
        now["t"] = START + timedelta(days=day)
        main = [
            {
                "kind": k,
                "duration_s": PLANNED_TURN_S if k == "turn" else max(d, 5),
                "speed_kmh": s,
                "incline_pct": i,
                **({"label": "Lunges"} if k == "station" else {}),
            }
            for k, d, s, i in shape
        ]
        program = prog(main)
        writer.begin(program, 70.0)
        for index, (planned, (_k, walked_s, _s, _i)) in enumerate(
            zip(program.planned_segments(), shape, strict=True)
        ):
            writer.segment_ended(index, planned.segment, walked_s, skipped=walked_s == 0)
        writer.finish("completed" if day % 5 else "stopped", sum(d for _k, d, _s, _i in shape))
    # One session left running (the app is recording it): never in the summaries.
    writer.begin(prog([{"kind": "backward", "duration_s": 600, "speed_kmh": 3.0}]), 70.0)
    writer.checkpoint(
        30.0, 0, prog([{"kind": "backward", "duration_s": 600, "speed_kmh": 3.0}]).main[0], 30.0
    )
    conn, _ = open_database(path)
    yield conn
    conn.close()
    writer.close()


def test_summaries_equal_the_summaries_of_the_full_records(db):
    from_sql = session_summaries(db)
    full = list_sessions(db)
    assert len(from_sql) == len(SHAPES) * 3
    assert from_sql == [stats.summarize(s) for s in full]
    longest = [s.longest_backward_s for s in from_sql[: len(SHAPES)]]
    assert longest == [120, 150, 95, 0]


def test_condition_totals_give_the_same_muscle_load_as_the_records(db):
    loader = stats.MuscleLoad()
    full = list_sessions(db)
    assert loader.load_conditions(condition_totals(db)) == pytest.approx(loader.load(full))
    since = START + timedelta(days=6)
    assert loader.load_conditions(condition_totals(db, since)) == pytest.approx(
        loader.load(full, since=since)
    )
    until = START + timedelta(days=2)
    assert loader.load_conditions(condition_totals(db, None, until)) == pytest.approx(
        loader.load(full, until=until)
    )
    assert all(kind not in ("rest", "turn") for kind, *_ in condition_totals(db))


def test_progression_records_are_the_recent_ones_or_the_last_one(db):
    last = START + timedelta(days=len(SHAPES) * 3 - 1)
    recent = sessions_for_progression(db, last + timedelta(days=1), days=3)
    assert [s.started_at.date() for s in recent] == [
        (last - timedelta(days=d)).date() for d in (2, 1, 0)
    ]
    long_after = sessions_for_progression(db, last + timedelta(days=400))
    assert len(long_after) == 1 and long_after[0].started_at == last


def plan(conn, sql, params=()):
    return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_queries_use_indexes(db):
    assert "USING INDEX segments_session_position" in plan(db, _TOTALS_SQL)
    assert "USING INDEX segments_session_position" in plan(db, _JOINED_RUNS_SQL)
    period = _CONDITIONS_SQL.format(
        join=" JOIN sessions AS s INDEXED BY sessions_started_at ON s.id = g.session_id",
        where=" AND s.status != ? AND s.started_at >= ?",
    )
    text = plan(db, period, ("running", "2025-03-05"))
    assert "SEARCH s USING INDEX sessions_started_at" in text
    assert "SEARCH g USING INDEX segments_session_position (session_id=?)" in text
