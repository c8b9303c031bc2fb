"""The history database's schema: the ordered migrations from an empty file to the latest version.

``PRAGMA user_version`` holds the schema version; :data:`MIGRATIONS` lists the functions that take
a database from version ``i`` to ``i + 1``, each run in its own transaction by :func:`migrate`.
A file written by a newer WalkCoach is refused (:class:`NewerDatabaseError`) and never touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from walkcoach.core.i18n import translate
from walkcoach.storage.errors import NewerDatabaseError

# ---------------------------------------------------------------------------------------------
# Never edit a released migration: add a new one at the end.


def _v1_initial(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE sessions (
            id           INTEGER PRIMARY KEY,
            program_id   TEXT    NOT NULL,
            program_name TEXT    NOT NULL DEFAULT '',
            started_at   TEXT    NOT NULL,  -- ISO 8601, UTC, with offset: sorts as text
            ended_at     TEXT,
            status       TEXT    NOT NULL
                         CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
            active_s     REAL    NOT NULL DEFAULT 0 CHECK (active_s >= 0),
            weight_kg    REAL,
            units        TEXT    NOT NULL DEFAULT 'kmh'
        )"""
    )
    conn.execute("CREATE INDEX sessions_started_at ON sessions (started_at)")
    conn.execute(
        """
        CREATE TABLE segments (
            id          INTEGER PRIMARY KEY,
            session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            kind        TEXT    NOT NULL CHECK (kind IN ('forward', 'backward', 'rest', 'station')),
            direction   TEXT    CHECK (direction IN ('forward', 'backward')),
            planned_s   REAL    NOT NULL,
            actual_s    REAL    NOT NULL CHECK (actual_s >= 0),
            speed_kmh   REAL    NOT NULL DEFAULT 0,
            incline_pct REAL    NOT NULL DEFAULT 0,
            kcal        REAL    NOT NULL DEFAULT 0,
            distance_km REAL    NOT NULL DEFAULT 0,
            skipped     INTEGER NOT NULL DEFAULT 0
        )"""
    )
    conn.execute("CREATE INDEX segments_session ON segments (session_id, position)")


def _v2_session_feedback(conn: sqlite3.Connection) -> None:
    """How the session felt: RPE 1-10, a pain flag and free notes."""
    conn.execute(
        "ALTER TABLE sessions ADD COLUMN rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10)"
    )
    conn.execute("ALTER TABLE sessions ADD COLUMN pain INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''")


def _v3_checkpoints(conn: sqlite3.Connection) -> None:
    """Crash safety: the running segment is upserted as a partial row at each checkpoint."""
    conn.execute("ALTER TABLE sessions ADD COLUMN last_checkpoint_at TEXT")
    conn.execute("UPDATE sessions SET last_checkpoint_at = COALESCE(ended_at, started_at)")
    conn.execute("ALTER TABLE segments ADD COLUMN partial INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE segments ADD COLUMN plan_index INTEGER")
    conn.execute("UPDATE segments SET plan_index = position")
    # The upsert of the partial row needs (session_id, position) unique.
    conn.execute("DROP INDEX segments_session")
    conn.execute("CREATE UNIQUE INDEX segments_session_position ON segments (session_id, position)")
    # Start-up recovery looks for sessions left running: a tiny partial index.
    conn.execute("CREATE INDEX sessions_running ON sessions (status) WHERE status = 'running'")


_V4_SESSIONS = """
CREATE TABLE {name} (
    id                 INTEGER PRIMARY KEY,
    program_id         TEXT    NOT NULL,
    program_name       TEXT    NOT NULL DEFAULT '',
    started_at         TEXT    NOT NULL,  -- ISO 8601, UTC, with offset: sorts as text
    ended_at           TEXT,
    status             TEXT    NOT NULL CHECK (status IN
                       ('running', 'completed', 'stopped', 'interrupted', 'short')),
    active_s           REAL    NOT NULL DEFAULT 0 CHECK (active_s >= 0),
    weight_kg          REAL,
    units              TEXT    NOT NULL DEFAULT 'kmh',
    rpe                INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),
    pain               INTEGER NOT NULL DEFAULT 0,
    notes              TEXT    NOT NULL DEFAULT '',
    last_checkpoint_at TEXT,
    planned_s          REAL    CHECK (planned_s IS NULL OR planned_s >= 0)
)"""
_V4_SEGMENTS = """
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL
                CHECK (kind IN ('forward', 'backward', 'rest', 'station', 'turn')),
    direction   TEXT    CHECK (direction IN ('forward', 'backward')),
    planned_s   REAL    NOT NULL,
    actual_s    REAL    NOT NULL CHECK (actual_s >= 0),
    speed_kmh   REAL    NOT NULL DEFAULT 0,
    incline_pct REAL    NOT NULL DEFAULT 0,
    kcal        REAL    NOT NULL DEFAULT 0,
    distance_km REAL    NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    partial     INTEGER NOT NULL DEFAULT 0,
    plan_index  INTEGER
)"""
_V3_SESSION_COLUMNS = (
    "id, program_id, program_name, started_at, ended_at, status, active_s, weight_kg, units, "
    "rpe, pain, notes, last_checkpoint_at"
)
_V3_SEGMENT_COLUMNS = (
    "id, session_id, position, kind, direction, planned_s, actual_s, speed_kmh, incline_pct, "
    "kcal, distance_km, skipped, partial, plan_index"
)


def _v4_turns_and_honest_status(conn: sqlite3.Connection) -> None:
    """Turn segments, the plan's time per session, and the "short" status (too little walked).

    SQLite cannot change a CHECK, so both tables are rebuilt with every row, id and index kept.
    Dropping ``sessions`` while ``segments`` refers to it would cascade-delete every segment
    (foreign keys are on and cannot be switched off inside the migration's transaction), so the
    segments wait in a constraint-free copy while ``sessions`` is rebuilt.

    Sessions recorded as completed before this version had every planned segment recorded, so
    their planned time is known (each plan index once) and the 80 % rule of
    :func:`walkcoach.core.records.final_status` is applied to them too: a session skipped
    through is "short" in the old history as well. Stopped and interrupted ones never recorded
    the segments they did not reach: their planned time stays unknown (NULL).
    """
    conn.execute(f"CREATE TABLE _segments_v3 AS SELECT {_V3_SEGMENT_COLUMNS} FROM segments")
    conn.execute("DROP TABLE segments")  # its index goes with it
    conn.execute(_V4_SESSIONS.format(name="_sessions_v4"))
    conn.execute(
        f"INSERT INTO _sessions_v4 ({_V3_SESSION_COLUMNS}) "
        f"SELECT {_V3_SESSION_COLUMNS} FROM sessions"
    )
    conn.execute("DROP TABLE sessions")  # nothing refers to it now: no cascade
    conn.execute("ALTER TABLE _sessions_v4 RENAME TO sessions")
    conn.execute("CREATE INDEX sessions_started_at ON sessions (started_at)")
    conn.execute("CREATE INDEX sessions_running ON sessions (status) WHERE status = 'running'")
    conn.execute(_V4_SEGMENTS)
    conn.execute(
        f"INSERT INTO segments ({_V3_SEGMENT_COLUMNS}) SELECT {_V3_SEGMENT_COLUMNS} "
        "FROM _segments_v3 ORDER BY id"
    )
    conn.execute("DROP TABLE _segments_v3")
    conn.execute("CREATE UNIQUE INDEX segments_session_position ON segments (session_id, position)")
    conn.execute(
        """
        UPDATE sessions SET planned_s = (
            SELECT SUM(p) FROM (
                SELECT MAX(planned_s) AS p FROM segments
                WHERE segments.session_id = sessions.id
                GROUP BY COALESCE(plan_index, position)
            )
        )
        WHERE status = 'completed'
        """
    )
    conn.execute(
        """
        UPDATE sessions SET status = 'short'
        WHERE status = 'completed' AND planned_s > 0 AND
              (SELECT COALESCE(SUM(actual_s), 0) FROM segments
               WHERE segments.session_id = sessions.id) < 0.8 * planned_s - 1e-6  -- records.final_status
        """
    )


def _v5_measured(conn: sqlite3.Connection) -> None:
    """What the treadmill reported: one row a second per session, and each segment's measured
    distance, mean speed and mean incline (NULL: not measured, the planned figures stand).

    ``distance_m`` is the machine's running total exactly as it reported it (it may start
    anywhere and reset; core.measured reads it). A session's samples go with it when it is
    deleted (the cascade, and history.delete_session by hand).
    """
    conn.execute("ALTER TABLE segments ADD COLUMN measured_distance_km REAL")
    conn.execute("ALTER TABLE segments ADD COLUMN measured_speed_kmh REAL")
    conn.execute("ALTER TABLE segments ADD COLUMN measured_incline_pct REAL")
    conn.execute(
        """
        CREATE TABLE samples (
            id             INTEGER PRIMARY KEY,
            session_id     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            at_s           REAL    NOT NULL CHECK (at_s >= 0),  -- active session seconds
            speed_kmh      REAL,
            incline_pct    REAL,
            distance_m     REAL,
            heart_rate_bpm INTEGER
        )"""
    )
    # One sample per session and time: the writer's upsert stores a sample again harmlessly.
    conn.execute("CREATE UNIQUE INDEX samples_session_at ON samples (session_id, at_s)")


def _v6_heart_rate(conn: sqlite3.Connection) -> None:
    """Heart-rate figures: per segment and per session the time-weighted mean and the maximum,
    per session the seconds in each of the five zones and where the heart rate came from; per
    segment the time it waited for the heart rate to settle.

    Worked out by the writer from the samples (core.hr_figures) as each segment and the session
    end. NULL: no heart rate was recorded (and the zone seconds also when no zones were set);
    sessions from before this version stay NULL (their samples are still there to read).
    """
    for table in ("segments", "sessions"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN hr_mean_bpm REAL")
        conn.execute(f"ALTER TABLE {table} ADD COLUMN hr_max_bpm INTEGER")
    for number in range(1, 6):  # spelt out here: a released migration must never change
        name = f"hr_zone{number}_s"
        conn.execute(
            f"ALTER TABLE sessions ADD COLUMN {name} REAL CHECK ({name} IS NULL OR {name} >= 0)"
        )
    conn.execute(
        "ALTER TABLE sessions ADD COLUMN hr_source TEXT "
        "CHECK (hr_source IS NULL OR hr_source IN ('sensor', 'treadmill'))"
    )
    # How long the segment was held for the heart rate to settle before a backward bout
    # (core/hr_session.py), in seconds; NULL: it was not held.
    conn.execute(
        "ALTER TABLE segments ADD COLUMN hr_wait_s REAL CHECK (hr_wait_s IS NULL OR hr_wait_s >= 0)"
    )


# The zone columns of schema 6, for the modules that read and write them.
HR_ZONE_COLUMNS = tuple(f"hr_zone{number}_s" for number in range(1, 6))
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_initial,
    _v2_session_feedback,
    _v3_checkpoints,
    _v4_turns_and_honest_status,
    _v5_measured,
    _v6_heart_rate,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Bring the database up to ``target`` (default: the latest), one version per transaction;
    return the versions made. A failed step is rolled back whole and raised."""
    if target is None:
        target = len(MIGRATIONS)
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise NewerDatabaseError(newer_message(current))
    done: list[int] = []
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(version)
    return done


def newer_message(version: int) -> str:
    message = translate(
        "Storage",
        "the history database was written by a newer WalkCoach (schema version {version}; "
        "this one knows up to {known}); update WalkCoach to use it. The file was left untouched.",
    )
    return message.format(version=version, known=SCHEMA_VERSION)
