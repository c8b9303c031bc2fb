"""The history database: connect (WAL), schema version and ordered migrations, corruption quarantine.

One SQLite file (``history.sqlite3`` in the data folder). ``PRAGMA user_version`` holds the schema
version; :data:`MIGRATIONS` lists the functions that take a database from version ``i`` to
``i + 1``, each run in its own transaction. A file written by a newer WalkCoach is refused and never
touched; a file that is not a database, or fails ``PRAGMA integrity_check``, is renamed to
``history.sqlite3.corrupt-YYYYmmdd-HHMMSS`` (its ``-wal``/``-shm`` files alongside, renamed the same
way so SQLite still pairs them), kept there byte for byte, and what can be read of it is rescued
into a fresh database (see rescue.py): nothing is deleted.

Every error that opening and checking raise is sorted by :func:`is_damage`: damage (any SQLite
error but those below, a UnicodeDecodeError from a garbled check message) goes to the rescue;
a busy or locked database, a full disk, a read-only or missing folder, a permission refused, a
path that is not a regular file say nothing about the file and never move it.

One module past 400 lines: schema, migrations, opening and the error classification are one
piece, because each open decides between them (the rescue itself lives in rescue.py).

Connections are opened in autocommit mode (``isolation_level=None``); writers use explicit
``BEGIN IMMEDIATE`` / ``COMMIT`` so a transaction is exactly what the code says.

Past 400 lines: connecting, migrations and damage handling share one connection life cycle;
the migrations are to move into a module of their own in issue 13's reshape.

Past 400 lines and two jobs: connecting with the schema migrations (v1 to v5), and telling
damage from trouble around the file; issue 13's reshape moves the migrations to a module of
their own.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from walkcoach.core.files import make_private_folder

BUSY_TIMEOUT_MS = 5000
# SQLite errors about the surroundings, not the file: never a reason to move a database aside.
_NOT_DAMAGE_ERRORS = (
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_CANTOPEN",
    "SQLITE_PERM",
    "SQLITE_IOERR",
    "SQLITE_NOMEM",
    "SQLITE_INTERRUPT",
    "SQLITE_AUTH",
)
_NOT_DAMAGE_TEXTS = (
    "locked",
    "readonly",
    "read-only",
    "unable to open",
    "disk i/o",
    "disk is full",
)


class StorageError(Exception):
    """The history database cannot be used; the message says why, in one line."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer WalkCoach (its schema version is unknown here)."""


class CorruptDatabaseError(StorageError):
    """The file is damaged and could not be repaired in this mode (read-only)."""


class _Damaged(sqlite3.DatabaseError):
    """Damage found by our own checks (header, integrity_check) rather than by SQLite."""


# ---------------------------------------------------------------------------------------------
# Schema and migrations. Never edit a released migration: add a new one at the end.


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


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_initial,
    _v2_session_feedback,
    _v3_checkpoints,
    _v4_turns_and_honest_status,
    _v5_measured,
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
        raise NewerDatabaseError(_newer_message(current))
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


def _newer_message(version: int) -> str:
    return (
        f"the history database was written by a newer WalkCoach (schema version {version}; "
        f"this one knows up to {SCHEMA_VERSION}); update WalkCoach to use it. "
        "The file was left untouched."
    )


# ---------------------------------------------------------------------------------------------
# Opening


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    conn.execute("PRAGMA foreign_keys = ON")


def is_damage(exc: BaseException) -> bool:
    """The one classification of database errors: True when ``exc`` says the file is damaged.

    Opening and checking a file can fail in many ways (a random byte flipped in a page gives
    UnicodeDecodeError from integrity_check's message, "malformed schema", "no such table"...);
    all of them are damage, except what only says the file cannot be reached right now.
    """
    if isinstance(exc, _Damaged | UnicodeDecodeError):
        return True
    if isinstance(exc, StorageError | OSError) or not isinstance(exc, sqlite3.Error):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(_NOT_DAMAGE_ERRORS):
        return False
    if not name:  # Pythons without error names: SQLite's fixed messages
        text = str(exc).lower()
        return not any(part in text for part in _NOT_DAMAGE_TEXTS)
    return True


_is_corruption = is_damage  # the older name, kept for callers


def _connect_readonly(path: Path) -> sqlite3.Connection:
    path = Path(path).resolve()
    uri = path.as_uri() + "?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        # A WAL database needs a -shm file even to be read; in a folder we cannot write, and
        # with no -wal file, nobody can be writing to it either, so reading it as immutable
        # is safe (and the only way to read it at all).
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    _configure(conn)
    return conn


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _peek_version(path: Path) -> int:
    """The schema version, read without writing a byte or leaving a file behind.

    Straight from the file header (user_version is bytes 60-63, big-endian), because even a
    read-only SQLite connection to a WAL database creates -wal/-shm files. Only when a WAL with
    content exists (its newest header may differ) is SQLite asked, read-only.
    """
    header = _read_header(path)
    if not header:
        return 0  # an empty file is an empty database
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise _Damaged("file is not a database")
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        conn = _connect_readonly(path)
        try:
            return schema_version(conn)
        finally:
            conn.close()
    return int.from_bytes(header[60:64], "big", signed=True)


def _read_header(path: Path) -> bytes:
    """The first 100 bytes; StorageError for anything but a regular file (a FIFO would make
    SQLite and open() wait for ever, a folder or a device is no database either)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe or a device)"
            raise StorageError(f"the history database {path} is {what}")
        return os.pread(fd, 100, 0) if hasattr(os, "pread") else os.read(fd, 100)
    finally:
        os.close(fd)


def _ensure_folder(folder: Path) -> None:
    make_private_folder(folder)  # 0700 whatever the umask, parents too


def _create_empty_file(path: Path) -> None:
    # SQLite would create it with the umask's permissions (often world-readable); an empty file
    # is a valid empty database, and SQLite gives its -wal/-shm files the same mode.
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (and its -wal/-shm) aside; return the new path of the main file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():  # two quarantines in one second: never overwrite the first
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    for suffix in ("-wal", "-shm"):  # sidecars first: a main file without its WAL loses data
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def _integrity_problem(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if len(rows) == 1 and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


def open_database(
    path: str | os.PathLike[str],
    *,
    repair: bool = True,
    check_integrity: bool = True,
    now: datetime | None = None,
) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating if needed) the history database for reading and writing.

    Returns the connection (autocommit mode, WAL, foreign keys on) and notices for the user
    (e.g. where a damaged file was moved). Raises :class:`NewerDatabaseError` for a newer schema
    (the file is not modified), :class:`CorruptDatabaseError` for a damaged file when
    ``repair`` is False, and :class:`StorageError` when the folder or file cannot be used.
    """
    path = Path(path)
    notices: list[str] = []
    try:
        _ensure_folder(path.parent)
        if not path.exists():
            _create_empty_file(path)
    except OSError as exc:
        raise StorageError(
            f"cannot create the history database {path}: {exc.strerror or exc}"
        ) from exc

    try:
        conn = _open_checked(path, check_integrity)
    except StorageError:
        raise  # a newer schema, a path that is no file: the file is left as it is
    except OSError as exc:
        raise StorageError(
            f"cannot open the history database {path}: {exc.strerror or exc}"
        ) from exc
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        reason = _reason(exc)
        if not is_damage(exc):
            raise StorageError(f"cannot open the history database {path}: {reason}") from exc
        if not repair:
            raise CorruptDatabaseError(
                f"the history database {path} is damaged ({reason}); start WalkCoach to keep it "
                "aside and rescue what can be read"
            ) from exc
        from walkcoach.storage.rescue import rescue

        try:
            moved, rescued = rescue(path, now)
            conn = _open_checked(path, check_integrity=False)
        except (OSError, sqlite3.Error, StorageError, ValueError) as exc2:
            raise StorageError(
                f"the history database {path} is damaged and could not be moved aside: "
                f"{_reason(exc2)}"
            ) from exc2
        notices.append(rescued.notice(reason, moved))
    return conn, notices


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "its integrity check returned garbled text"
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return " ".join(str(exc).split())[:200]


def _open_checked(path: Path, check_integrity: bool) -> sqlite3.Connection:
    version = _peek_version(path)  # before any write: a newer file must stay byte-identical
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(_newer_message(version))
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        _configure(conn)
        if check_integrity and version > 0:
            problem = _integrity_problem(conn)
            if problem:
                raise _Damaged(f"integrity check failed: {problem}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError(f"cannot switch the history database to WAL mode (got {mode})")
        # In WAL mode NORMAL survives an application crash or kill -9; only a power cut may lose
        # the last commits, and it keeps checkpoints cheap.
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            migrate(conn)
        except sqlite3.Error as exc:
            # The file passed its check: a failed upgrade is no damage, and it was rolled back.
            raise StorageError(
                f"cannot open the history database {path}: upgrading it failed ({_reason(exc)})"
            ) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def open_readonly(path: str | os.PathLike[str]) -> sqlite3.Connection | None:
    """Open for reading only (the CLI, while the app may be recording). None if there is no file.

    An older schema is migrated first through a normal open (safe beside a running app thanks to
    WAL and the busy timeout); a newer one raises :class:`NewerDatabaseError`, a damaged one
    :class:`CorruptDatabaseError`; neither is modified.
    """
    path = Path(path)
    if not path.exists():
        return None
    try:
        version = _peek_version(path)
    except OSError as exc:
        raise StorageError(
            f"cannot read the history database {path}: {exc.strerror or exc}"
        ) from exc
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        if is_damage(exc):
            raise CorruptDatabaseError(
                f"the history database {path} is damaged ({_reason(exc)}); start WalkCoach to "
                "keep it aside and rescue what can be read"
            ) from exc
        raise StorageError(f"cannot read the history database {path}: {_reason(exc)}") from exc
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(_newer_message(version))
    if version < SCHEMA_VERSION:
        conn, _ = open_database(path, repair=False)
        conn.close()
    try:
        return _connect_readonly(path)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read the history database {path}: {exc}") from exc
