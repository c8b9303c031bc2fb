"""History totals added up in SQL: per-session summaries, muscle-load conditions, recent records.

The history page needs totals, not 40,000 segment objects: one GROUP BY over the
``(session_id, position)`` index gives every session's totals, and only sessions where backward
segments follow one another (rare) are read segment by segment to find their longest stretch.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from walkcoach.core.records import STATUS_RUNNING, SessionRecord, distance_source
from walkcoach.core.stats import HELD_MIN_S, SessionSummary
from walkcoach.storage.history import from_db_time, list_sessions, session_clauses

_SESSIONS_SQL = (
    "SELECT id, program_id, program_name, started_at, status, active_s, rpe, pain, notes "
    "FROM sessions WHERE status != ? ORDER BY started_at, id"
)
# Served by the (session_id, position) index: rows arrive grouped, no sort needed. Bests use
# what the treadmill measured where it did (SegmentRecord.walked_speed_kmh / walked_incline_pct).
_TOTALS_SQL = f"""
SELECT session_id,
       SUM(CASE WHEN kind = 'forward' THEN actual_s ELSE 0 END),
       SUM(CASE WHEN kind = 'backward' THEN actual_s ELSE 0 END),
       SUM(actual_s),
       SUM(distance_km),
       SUM(kcal),
       MAX(CASE WHEN kind = 'backward' THEN actual_s ELSE 0 END),
       MAX(CASE WHEN kind = 'backward' AND actual_s >= {HELD_MIN_S:g}
                THEN COALESCE(measured_incline_pct, incline_pct) ELSE 0 END),
       MAX(CASE WHEN kind = 'backward' AND actual_s >= {HELD_MIN_S:g}
                THEN COALESCE(measured_speed_kmh, speed_kmh) ELSE 0 END),
       COUNT(*),
       SUM(actual_s > 0),
       SUM(actual_s > 0 AND measured_distance_km IS NOT NULL)
FROM segments GROUP BY session_id
"""
# Sessions where a backward segment follows another backward one, or a 0 s (skipped) segment
# that does not break the stretch: only there can the longest stretch exceed the longest segment.
_JOINED_RUNS_SQL = """
SELECT DISTINCT b.session_id FROM segments AS b
JOIN segments AS p ON p.session_id = b.session_id AND p.position = b.position - 1
WHERE b.kind = 'backward' AND (p.kind = 'backward' OR p.actual_s <= 0)
"""
_CONDITIONS_SQL = """
SELECT g.kind, ROUND(COALESCE(g.measured_incline_pct, g.incline_pct), 1),
       ROUND(COALESCE(g.measured_speed_kmh, g.speed_kmh), 1), SUM(g.actual_s)
FROM segments AS g{join}
WHERE g.kind NOT IN ('rest', 'turn') AND g.actual_s > 0{where}
GROUP BY 1, 2, 3
"""


def session_summaries(conn: sqlite3.Connection) -> list[SessionSummary]:
    """Every finished session (not the one being recorded), oldest first, with its totals."""
    in_transaction = conn.in_transaction
    if not in_transaction:
        conn.execute("BEGIN")  # one snapshot: a writer committing in between cannot tear it
    try:
        session_rows = conn.execute(_SESSIONS_SQL, (STATUS_RUNNING,)).fetchall()
        totals = {row[0]: row for row in conn.execute(_TOTALS_SQL)}
        joined = [row[0] for row in conn.execute(_JOINED_RUNS_SQL)]
        longest = _longest_runs(conn, joined) if joined else {}
    finally:
        if not in_transaction:
            conn.execute("COMMIT")
    out = []
    for sid, program_id, name, started, status, active_s, rpe, pain, notes in session_rows:
        t = totals.get(sid)
        if t is None:
            out.append(
                SessionSummary(
                    sid,
                    program_id,
                    name,
                    from_db_time(started),
                    status,
                    active_s,
                    rpe=rpe,
                    pain=bool(pain),
                    notes=notes or "",
                )
            )
            continue
        out.append(
            SessionSummary(
                id=sid,
                program_id=program_id,
                program_name=name,
                started_at=from_db_time(started),
                status=status,
                active_s=active_s,
                forward_s=t[1],
                backward_s=t[2],
                walked_s=t[3],
                distance_km=t[4],
                kcal=t[5],
                longest_backward_s=longest.get(sid, t[6]),
                steepest_backward_incline_pct=t[7],
                fastest_backward_speed_kmh=t[8],
                segment_count=t[9],
                distance_source=distance_source(t[10], t[11]),
                rpe=rpe,
                pain=bool(pain),
                notes=notes or "",
            )
        )
    return out


def _longest_runs(conn: sqlite3.Connection, session_ids: list[int]) -> dict[int, float]:
    """The longest consecutive backward stretch of a few sessions (as SessionRecord computes)."""
    result: dict[int, float] = {}
    for start in range(0, len(session_ids), 500):  # stay under SQLite's parameter limit
        chunk = session_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        run = 0.0
        current = None
        for sid, kind, actual_s in conn.execute(
            f"SELECT session_id, kind, actual_s FROM segments WHERE session_id IN ({marks}) "
            "ORDER BY session_id, position",
            chunk,
        ):
            if sid != current:
                current, run = sid, 0.0
                result.setdefault(sid, 0.0)
            if kind == "backward":
                run += actual_s
                result[sid] = max(result[sid], run)
            elif actual_s > 0:
                run = 0.0
    return result


def condition_totals(
    conn: sqlite3.Connection, since: datetime | None = None, until: datetime | None = None
) -> list[tuple[str, float, float, float]]:
    """Seconds walked per (kind, incline, speed), rests and turns left out, for sessions started in
    [since, until): what ``stats.MuscleLoad.load_conditions`` turns into muscle load."""
    clauses, params = session_clauses(since, until, include_running=False, table="s")
    if since is None and until is None:
        join = " JOIN sessions AS s ON s.id = g.session_id"
    else:
        # A period: the sessions come from the started_at index, their segments from the
        # (session_id, position) index; no full scan of the segments.
        join = " JOIN sessions AS s INDEXED BY sessions_started_at ON s.id = g.session_id"
    sql = _CONDITIONS_SQL.format(join=join, where="".join(f" AND {c}" for c in clauses))
    return [tuple(row) for row in conn.execute(sql, params)]


def sessions_for_progression(
    conn: sqlite3.Connection, now: datetime, days: int = 75
) -> list[SessionRecord]:
    """The full records the progression coach reads: the last ``days`` days, or when there are
    none, the latest older session (so a long break is seen as one)."""
    recent = list_sessions(conn, since=now - timedelta(days=days))
    if recent:
        return recent
    row = conn.execute(
        "SELECT started_at FROM sessions WHERE status != ? ORDER BY started_at DESC LIMIT 1",
        (STATUS_RUNNING,),
    ).fetchone()
    if row is None:
        return []
    started = from_db_time(row[0])
    return list_sessions(conn, since=started, until=started + timedelta(seconds=1))
