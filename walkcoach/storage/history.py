"""Reading recorded sessions: rows of the history database in, SessionRecord/SegmentRecord out.

Two queries per call whatever the number of sessions (sessions by ``started_at``, then their
segments by ``session_id``), both served by indexes, so ten years of daily sessions load quickly.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, overload

from walkcoach.core.measured import BeltSample
from walkcoach.core.records import STATUS_RUNNING, SegmentRecord, SessionRecord
from walkcoach.storage.sample_reads import reading_samples
from walkcoach.storage.schema import HR_ZONE_COLUMNS

_SESSION_COLUMNS = (
    "id, program_id, program_name, started_at, ended_at, status, active_s, weight_kg, units, "
    "rpe, pain, notes, last_checkpoint_at, planned_s, hr_mean_bpm, hr_max_bpm, "
    f"{', '.join(HR_ZONE_COLUMNS)}, hr_source"
)
_by_position = attrgetter("position")
_SEGMENT_COLUMNS = (
    "session_id, position, kind, planned_s, actual_s, speed_kmh, incline_pct, kcal, distance_km, "
    "skipped, partial, plan_index, measured_distance_km, measured_speed_kmh, measured_incline_pct, "
    "hr_mean_bpm, hr_max_bpm, hr_wait_s"
)
_SAMPLE_COLUMNS = "session_id, at_s, speed_kmh, incline_pct, distance_m, heart_rate_bpm"


def to_db_time(moment: datetime) -> str:
    """UTC ISO 8601 with offset, to the second: one format, so text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("a recorded time must carry its time zone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@overload
def from_db_time(text: str) -> datetime: ...
@overload
def from_db_time(text: None) -> None: ...
def from_db_time(text: str | None) -> datetime | None:
    """A stored time (ISO 8601 text) as an aware datetime; a NULL column stays None."""
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def session_clauses(
    since: datetime | None, until: datetime | None, include_running: bool, table: str = ""
) -> tuple[list[str], list[object]]:
    """The conditions (and their parameters) for sessions started in [since, until), the one
    still running left out unless asked for; ``table`` is the sessions table's alias, if any."""
    prefix = f"{table}." if table else ""
    clauses: list[str] = []
    params: list[object] = []
    if since is not None:
        clauses.append(f"{prefix}started_at >= ?")
        params.append(to_db_time(since))
    if until is not None:
        clauses.append(f"{prefix}started_at < ?")
        params.append(to_db_time(until))
    if not include_running:
        clauses.append(f"{prefix}status != ?")
        params.append(STATUS_RUNNING)
    return clauses, params


def _session_filter(
    since: datetime | None, until: datetime | None, include_running: bool
) -> tuple[str, list[object]]:
    clauses, params = session_clauses(since, until, include_running)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def session_query(
    since: datetime | None = None, until: datetime | None = None, include_running: bool = False
) -> tuple[str, list[object], str, list[object]]:
    """The two statements list_sessions runs, with their parameters (for EXPLAIN QUERY PLAN)."""
    where, params = _session_filter(since, until, include_running)
    sessions_sql = f"SELECT {_SESSION_COLUMNS} FROM sessions{where} ORDER BY started_at, id"
    if since is None and until is None:
        # Everything: a plain scan in rowid order is twice as fast as walking the
        # (session_id, position) index (no lookup per row); the caller groups the rows, puts
        # each session's in position order and drops those of sessions it left out.
        return sessions_sql, params, f"SELECT {_SEGMENT_COLUMNS} FROM segments", []
    segments_sql = (
        f"SELECT {_SEGMENT_COLUMNS} FROM segments WHERE session_id IN "
        f"(SELECT id FROM sessions{where}) ORDER BY session_id, position"
    )
    return sessions_sql, params, segments_sql, params


def list_sessions(
    conn: sqlite3.Connection,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    include_running: bool = False,
    with_samples: bool = False,
) -> list[SessionRecord]:
    """Sessions started in [since, until), oldest first, each with its segments in walk order.

    A session still being recorded is left out unless ``include_running``. The treadmill's
    per-second samples are read only ``with_samples`` (the FIT and TCX exports want them; the
    history page does not, and they are 3,600 rows an hour).
    """
    sessions_sql, session_params, segments_sql, segment_params = session_query(
        since, until, include_running
    )
    # One read transaction, so a writer committing in between cannot tear the two queries apart.
    in_transaction = conn.in_transaction
    if not in_transaction:
        conn.execute("BEGIN")
    try:
        session_rows = conn.execute(sessions_sql, session_params).fetchall()
        segments_by_session: dict[int, list[SegmentRecord]] = defaultdict(list)
        samples_by_session: dict[int, list[BeltSample]] = defaultdict(list)
        if session_rows:
            for row in conn.execute(segments_sql, segment_params):
                segments_by_session[row[0]].append(_segment(row))
            if with_samples:  # by the (session_id, at_s) index, session by session
                for row in session_rows:
                    samples_by_session[row[0]] = session_samples(conn, row[0])
    finally:
        if not in_transaction:
            conn.execute("COMMIT")
    for segments in segments_by_session.values():
        segments.sort(key=_by_position)  # already in order nearly always: linear time
    return [
        _session(row, segments_by_session.get(row[0], []), samples_by_session.get(row[0], []))
        for row in session_rows
    ]


def get_session(conn: sqlite3.Connection, session_id: int) -> SessionRecord | None:
    """One session (whatever its status) with its segments, or None if there is no such id."""
    row = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        return None
    segments = [
        _segment(r)
        for r in conn.execute(
            f"SELECT {_SEGMENT_COLUMNS} FROM segments WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
    ]
    return _session(row, segments, session_samples(conn, session_id))


def session_samples(conn: sqlite3.Connection, session_id: int) -> list[BeltSample]:
    """The treadmill's samples of one session in time order (none without a treadmill).

    StorageError when they are damaged; the next open of the file then checks all of it and
    rescues it (the open's own check leaves the samples out: storage.db.UNCHECKED_AT_OPEN)."""
    with reading_samples(conn):
        return [
            _sample(r)
            for r in conn.execute(
                f"SELECT {_SAMPLE_COLUMNS} FROM samples WHERE session_id = ? ORDER BY at_s",
                (session_id,),
            )
        ]


def running_sessions(conn: sqlite3.Connection) -> list[SessionRecord]:
    """Sessions with no finish recorded: being recorded now, or left behind by a crash."""
    ids = [r[0] for r in conn.execute("SELECT id FROM sessions WHERE status = 'running'")]
    return [s for s in (get_session(conn, i) for i in ids) if s is not None]


def delete_session(conn: sqlite3.Connection, session_id: int) -> bool:
    """Delete one finished session and its segments; False when there is no such session.

    A session still being recorded is refused (ValueError): the app would only store it again.
    ``conn`` must be writable (``storage.db.open_database``).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT status FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is not None and row[0] == STATUS_RUNNING:
            raise ValueError(
                f"session {session_id} is being recorded; it can be deleted once it ends"
            )
        # Segments first, by hand: correct even on a connection opened without foreign keys.
        conn.execute("DELETE FROM segments WHERE session_id = ?", (session_id,))
        with reading_samples(conn):
            conn.execute("DELETE FROM samples WHERE session_id = ?", (session_id,))
        deleted = conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return deleted > 0


def _segment(row: tuple[Any, ...]) -> SegmentRecord:
    # Positional, in field order: this runs ~40,000 times for ten years of history.
    return SegmentRecord(
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        row[9] == 1,
        row[10] == 1,
        row[11],
        row[12],
        row[13],
        row[14],
        row[15],
        row[16],
        row[17],
    )


def _sample(row: tuple[Any, ...]) -> BeltSample:
    return BeltSample(row[1], row[2], row[3], row[4], row[5])


def _session(
    row: tuple[Any, ...], segments: list[SegmentRecord], samples: Sequence[BeltSample] = ()
) -> SessionRecord:
    return SessionRecord(
        id=row[0],
        program_id=row[1],
        program_name=row[2],
        started_at=from_db_time(row[3]),
        ended_at=from_db_time(row[4]),
        status=row[5],
        active_s=row[6],
        weight_kg=row[7],
        units=row[8],
        rpe=row[9],
        pain=bool(row[10]),
        notes=row[11] or "",
        last_checkpoint_at=from_db_time(row[12]),
        planned_s=row[13],
        segments=tuple(segments),
        samples=tuple(samples),
        hr_mean_bpm=row[14],
        hr_max_bpm=row[15],
        hr_zones_s=_zones(row[16:21]),
        hr_source=row[21],
    )


def _zones(values: tuple[Any, ...]) -> tuple[float, ...] | None:
    """The five zone columns as one figure: all known or (no zones, no heart rate) none."""
    if any(v is None for v in values):
        return None
    return tuple(float(v) for v in values)
