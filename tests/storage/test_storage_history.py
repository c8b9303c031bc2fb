"""Reading history back: ranges, order, and query plans that use the indexes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from walkcoach.storage.db import open_database, open_readonly
from walkcoach.storage.history import (
    delete_session,
    from_db_time,
    get_session,
    list_sessions,
    session_query,
    to_db_time,
)


@pytest.fixture
def three_days(db_path, program, wall, record):
    ids = []
    for _ in range(3):
        ids.append(record(program))
        wall.advance(24 * 3600)
    return ids


def test_sessions_come_back_oldest_first_with_segments_in_order(db_path, three_days, program):
    conn = open_readonly(db_path)
    sessions = list_sessions(conn)
    assert [s.id for s in sessions] == three_days
    assert [s.started_at.day for s in sessions] == [14, 15, 16]
    for session in sessions:
        assert [s.position for s in session.segments] == list(range(11))  # 7 + 4 turns
        assert session.longest_backward_s == 90
    assert get_session(conn, three_days[1]) == sessions[1]
    assert get_session(conn, 999) is None
    conn.close()


def test_since_until_is_a_half_open_range_in_any_time_zone(db_path, three_days):
    conn = open_readonly(db_path)
    paris = timezone(timedelta(hours=1))
    since = datetime(2025, 3, 15, 8, 30, tzinfo=paris)  # = 07:30 UTC, the second session
    until = datetime(2025, 3, 16, 7, 30, tzinfo=UTC)  # the third starts exactly then: excluded
    assert [s.id for s in list_sessions(conn, since=since, until=until)] == [three_days[1]]
    assert [s.id for s in list_sessions(conn, since=since)] == three_days[1:]
    assert [s.id for s in list_sessions(conn, until=until)] == three_days[:2]
    with pytest.raises(ValueError, match="time zone"):
        list_sessions(conn, since=datetime(2025, 3, 15))
    conn.close()


def test_db_time_format_sorts_as_text_and_round_trips():
    moments = [
        datetime(2025, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5))),  # 04:30 UTC next day
        datetime(2025, 1, 2, 3, 0, tzinfo=UTC),
    ]
    texts = [to_db_time(m) for m in moments]
    assert texts == ["2025-01-02T04:30:00+00:00", "2025-01-02T03:00:00+00:00"]
    assert sorted(texts) == [texts[1], texts[0]]
    assert [from_db_time(t) for t in texts] == moments


def _plan(conn, sql, params) -> str:
    return " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_history_queries_use_indexes(db_path, three_days):
    conn, _ = open_database(db_path)
    since = datetime(2025, 3, 15, tzinfo=UTC)
    until = datetime(2025, 4, 1, tzinfo=UTC)
    sessions_sql, session_params, segments_sql, segment_params = session_query(since, until)
    assert "USING INDEX sessions_started_at (started_at>? AND started_at<?)" in _plan(
        conn, sessions_sql, session_params
    )
    plan = _plan(conn, segments_sql, segment_params)
    assert "SEARCH segments USING INDEX segments_session_position (session_id=?)" in plan
    assert "SEARCH sessions USING INDEX sessions_started_at" in plan
    assert "TEMP B-TREE" not in plan  # no sorting pass: the index gives the order

    # Everything: sessions come in index order; segments are read in one pass (no per-row
    # lookups), which is the cheapest way to read a whole table.
    sessions_sql, session_params, segments_sql, segment_params = session_query()
    assert "SCAN sessions USING INDEX sessions_started_at" in _plan(
        conn, sessions_sql, session_params
    )
    assert _plan(conn, segments_sql, segment_params) == "SCAN segments"

    one = _plan(conn, "SELECT * FROM segments WHERE session_id = ? ORDER BY position", (1,))
    assert "USING INDEX segments_session_position (session_id=?)" in one
    running = _plan(conn, "SELECT id FROM sessions WHERE status = ? ORDER BY id", ("running",))
    assert re.search(r"USING (COVERING )?INDEX sessions_running", running)
    conn.close()


def test_delete_session_removes_it_and_its_segments_only(db_path, three_days, program, wall):
    from walkcoach.storage.writer import SessionWriter

    first, second, third = three_days
    conn, _ = open_database(db_path)
    try:
        assert delete_session(conn, second) is True
        assert [s.id for s in list_sessions(conn)] == [first, third]
        assert get_session(conn, second) is None
        orphans = conn.execute(
            "SELECT COUNT(*) FROM segments WHERE session_id = ?", (second,)
        ).fetchone()[0]
        assert orphans == 0
        assert len(get_session(conn, first).segments) == len(program.planned_segments())
        assert delete_session(conn, second) is False  # already gone: nothing else is touched
        assert [s.id for s in list_sessions(conn)] == [first, third]

        writer = SessionWriter(db_path, wall)  # a session being recorded cannot be deleted
        live = writer.begin(program, 70.0)
        with pytest.raises(ValueError, match="being recorded"):
            delete_session(conn, live)
        assert get_session(conn, live) is not None
        assert not conn.in_transaction
        writer.close()
    finally:
        conn.close()
