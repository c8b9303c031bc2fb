"""The history database file: creation, WAL, migrations, newer versions, corruption quarantine."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime

import pytest

from walkcoach.storage import full_check
from walkcoach.storage import schema as schema_module
from walkcoach.storage.db import open_database, open_readonly
from walkcoach.storage.errors import CorruptDatabaseError, NewerDatabaseError, StorageError
from walkcoach.storage.history import get_session, list_sessions, session_samples
from walkcoach.storage.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version


def test_fresh_database_is_private_wal_and_current(db_path):
    conn, notices = open_database(db_path)
    assert notices == []
    assert schema_version(conn) == SCHEMA_VERSION == len(MIGRATIONS) >= 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()
    assert stat.S_IMODE(os.stat(db_path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_existing_folder_permissions_are_left_alone(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    conn, _ = open_database(folder / "history.sqlite3")
    conn.close()
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o755


def _insert_v1_session(conn: sqlite3.Connection, started_at: str, status: str) -> int:
    cursor = conn.execute(
        "INSERT INTO sessions (program_id, program_name, started_at, ended_at, status, active_s, "
        "weight_kg, units) VALUES ('first-steps', 'First steps', ?, ?, ?, 600, 80, 'mph')",
        (started_at, started_at.replace("07:", "08:"), status),
    )
    session_id = cursor.lastrowid
    for position, (kind, seconds) in enumerate([("forward", 240), ("backward", 120)]):
        conn.execute(
            "INSERT INTO segments (session_id, position, kind, direction, planned_s, actual_s, "
            "speed_kmh, incline_pct, kcal, distance_km, skipped) "
            "VALUES (?, ?, ?, ?, ?, ?, 3.2, 4, 12.5, 0.2, 0)",
            (session_id, position, kind, kind, seconds, seconds),
        )
    return session_id


def _make_database_at(path, version: int) -> None:
    """A database exactly as WalkCoach at schema ``version`` left it, with data in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    if version >= 1:
        _insert_v1_session(conn, "2024-01-02T07:00:00+00:00", "completed")
        _insert_v1_session(conn, "2024-01-03T07:00:00+00:00", "running")  # crashed
    if version >= 2:
        conn.execute("UPDATE sessions SET rpe = 7, pain = 1, notes = 'left knee' WHERE id = 1")
    if version >= 3:  # the v3 writer always stores the plan index and a checkpoint time
        conn.execute("UPDATE segments SET plan_index = position")
        conn.execute("UPDATE sessions SET last_checkpoint_at = COALESCE(ended_at, started_at)")
    conn.close()


@pytest.mark.parametrize("old_version", range(SCHEMA_VERSION))
def test_migrates_from_every_older_version_keeping_data(db_path, old_version):
    db_path.parent.mkdir()
    _make_database_at(db_path, old_version)
    conn, notices = open_database(db_path)
    assert notices == []
    assert schema_version(conn) == SCHEMA_VERSION
    sessions = list_sessions(conn, include_running=True)
    if old_version == 0:
        assert sessions == []
        return
    assert [s.id for s in sessions] == [1, 2]
    first = sessions[0]
    assert first.program_id == "first-steps" and first.units == "mph" and first.weight_kg == 80
    assert first.status == "completed" and sessions[1].status == "running"
    assert [(s.kind, s.actual_s, s.plan_index, s.partial) for s in first.segments] == [
        ("forward", 240, 0, False),
        ("backward", 120, 1, False),
    ]
    assert first.last_checkpoint_at == first.ended_at  # v3 backfills the checkpoint time
    # v6: no heart-rate figures for what was recorded before (NULL, not 0 bpm).
    assert (first.hr_mean_bpm, first.hr_max_bpm, first.hr_zones_s, first.hr_source) == (
        None,
        None,
        None,
        None,
    )
    assert [(s.hr_mean_bpm, s.hr_max_bpm) for s in first.segments] == [(None, None)] * 2
    if old_version >= 2:
        assert (first.rpe, first.pain, first.notes) == (7, True, "left knee")
    else:
        assert (first.rpe, first.pain, first.notes) == (None, False, "")
    # The migrated schema accepts what the current writer stores (upsert needs the unique index).
    conn.execute(
        "INSERT INTO segments (session_id, position, kind, planned_s, actual_s) "
        "VALUES (1, 1, 'rest', 30, 30) ON CONFLICT (session_id, position) DO UPDATE SET "
        "kind = excluded.kind"
    )
    assert get_session(conn, 1).segments[1].kind == "rest"
    conn.close()


def test_migrated_schema_equals_fresh_schema(tmp_path):
    old = tmp_path / "old.sqlite3"
    _make_database_at(old, 1)
    conn, _ = open_database(old)
    fresh, _ = open_database(tmp_path / "fresh.sqlite3")

    def shape(c):
        tables = {}
        for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            tables[name] = [r[1:] for r in c.execute(f"PRAGMA table_info({name})")]
        indexes = sorted(
            r for r in c.execute("SELECT name, tbl_name FROM sqlite_master WHERE type='index'")
        )
        return tables, indexes

    assert shape(conn) == shape(fresh)
    conn.close()
    fresh.close()


def test_failed_migration_leaves_database_at_old_version(db_path, monkeypatch):
    db_path.parent.mkdir()
    _make_database_at(db_path, SCHEMA_VERSION)

    def broken(conn):
        conn.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")
        conn.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(schema_module, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(schema_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StorageError, match="cannot open"):
        open_database(db_path)
    monkeypatch.undo()
    conn, _ = open_database(db_path)
    assert schema_version(conn) == SCHEMA_VERSION
    columns = [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
    assert "mood" not in columns  # the half-done migration was rolled back
    assert len(list_sessions(conn, include_running=True)) == 2
    conn.close()


def _newer_database(db_path, record):
    record(_tiny_program())
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()  # last connection: SQLite folds the WAL back in and removes it
    return db_path.read_bytes(), sorted(os.listdir(db_path.parent))


def _tiny_program():
    from walkcoach.core.program import Program, Segment

    return Program(id="tiny", name="Tiny", main=(Segment("backward", 10, 2.5),))


def test_newer_database_is_refused_and_left_byte_identical(db_path, record):
    before, files = _newer_database(db_path, record)
    with pytest.raises(NewerDatabaseError, match=r"newer WalkCoach .*untouched"):
        open_database(db_path)
    with pytest.raises(NewerDatabaseError):
        open_readonly(db_path)
    assert db_path.read_bytes() == before
    assert sorted(os.listdir(db_path.parent)) == files


def _corrupt_pages(db_path) -> None:
    """Overwrite the middle of a real database with junk, as a failing disk might."""
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(os.urandom(size - 4096 * 2))


@pytest.mark.parametrize("damage", ["not_a_database", "broken_pages"])
def test_corrupt_file_is_moved_aside_with_sidecars_and_a_fresh_one_started(
    db_path, record, program, damage
):
    if damage == "not_a_database":
        db_path.parent.mkdir(mode=0o700)
        db_path.write_bytes(b"these are my holiday notes, not a database\n" * 200)
        wal = db_path.with_name("history.sqlite3-wal")
        wal.write_bytes(b"old wal")
    else:
        for _ in range(3):  # real rows on several pages
            record(program)
        _corrupt_pages(db_path)
        wal = None
    damaged = db_path.read_bytes()

    conn, notices = open_database(db_path, now=datetime(2025, 5, 6, 7, 8, 9))
    moved = db_path.with_name("history.sqlite3.corrupt-20250506-070809")
    assert moved.read_bytes() == damaged  # nothing deleted, nothing changed
    assert len(notices) == 1 and str(moved) in notices[0] and "nothing was deleted" in notices[0]
    if wal is not None:
        assert moved.with_name(moved.name + "-wal").read_bytes() == b"old wal"
        assert not wal.exists() or wal.read_bytes() != b"old wal"  # the new file's own
    assert schema_version(conn) == SCHEMA_VERSION
    rescued = list_sessions(conn)
    if damage == "not_a_database":
        assert rescued == [] and "nothing in it could be read" in notices[0]
    else:  # what could still be read was rescued, and the user told how much
        assert len(rescued) <= 3
        assert f"{len(rescued)} session" in notices[0] or "nothing in it could" in notices[0]
    conn.close()


def test_second_quarantine_in_the_same_second_keeps_both(db_path):
    db_path.parent.mkdir()
    stamp = datetime(2025, 5, 6, 7, 8, 9)
    for text in (b"first junk" * 100, b"second junk" * 100):
        db_path.unlink(missing_ok=True)
        for side in ("-wal", "-shm"):
            db_path.with_name(db_path.name + side).unlink(missing_ok=True)
        db_path.write_bytes(text)
        conn, _ = open_database(db_path, now=stamp)
        conn.close()
    assert (
        db_path.with_name("history.sqlite3.corrupt-20250506-070809")
        .read_bytes()
        .startswith(b"first")
    )
    assert (
        db_path.with_name("history.sqlite3.corrupt-20250506-070809-2")
        .read_bytes()
        .startswith(b"second")
    )


def test_readonly_open_reports_corruption_without_moving_anything(db_path):
    db_path.parent.mkdir()
    db_path.write_bytes(b"\x00junk" * 500)
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_readonly(db_path)
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path, repair=False)
    assert os.listdir(db_path.parent) == ["history.sqlite3"]


def test_readonly_open_of_missing_file_creates_nothing(tmp_path):
    assert open_readonly(tmp_path / "nowhere" / "history.sqlite3") is None
    assert not (tmp_path / "nowhere").exists()


def test_readonly_connection_cannot_write(db_path, record, program):
    record(program)
    conn = open_readonly(db_path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM sessions")
    assert len(list_sessions(conn)) == 1
    conn.close()


def test_readonly_open_migrates_an_older_file_first(db_path):
    db_path.parent.mkdir()
    _make_database_at(db_path, 1)
    conn = open_readonly(db_path)
    assert schema_version(conn) == SCHEMA_VERSION
    assert len(list_sessions(conn)) == 1
    conn.close()


def test_unusable_folder_is_a_storage_error_not_a_quarantine(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StorageError, match="cannot create the history database"):
        open_database(blocker / "history.sqlite3")
    assert blocker.read_text().startswith("a file")


def test_v4_keeps_every_row_allows_turns_and_marks_skipped_through_sessions_short(db_path):
    """Schema 4 rebuilds both tables (SQLite cannot change a CHECK): every id, row and index
    stays; a session recorded "completed" although it was skipped through becomes "short"."""
    db_path.parent.mkdir()
    _make_database_at(db_path, 3)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    skipped_id = _insert_v1_session(conn, "2024-01-04T07:00:00+00:00", "completed")
    conn.execute(  # 240 s and 120 s planned, 5 s of each walked
        "UPDATE segments SET actual_s = 5, skipped = 1, plan_index = position WHERE session_id = ?",
        (skipped_id,),
    )
    stopped_id = _insert_v1_session(conn, "2024-01-05T07:00:00+00:00", "stopped")
    before = conn.execute("SELECT * FROM segments ORDER BY id").fetchall()
    conn.close()

    conn, _ = open_database(db_path)
    assert schema_version(conn) == SCHEMA_VERSION
    after = conn.execute("SELECT * FROM segments ORDER BY id").fetchall()
    assert [row[: len(before[0])] for row in after] == before  # later versions add columns
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    sessions = {s.id: s for s in list_sessions(conn, include_running=True)}
    assert sessions[1].status == "completed" and sessions[1].planned_s == 360
    assert sessions[skipped_id].status == "short" and sessions[skipped_id].planned_s == 360
    assert all(s.skipped for s in sessions[skipped_id].segments)
    assert sessions[stopped_id].status == "stopped" and sessions[stopped_id].planned_s is None
    assert sessions[2].status == "running"
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"sessions_started_at", "sessions_running", "segments_session_position"} <= indexes
    conn.execute(
        "INSERT INTO segments (session_id, position, kind, planned_s, actual_s) "
        "VALUES (1, 2, 'turn', 15, 15)"
    )
    assert get_session(conn, 1).segments[2].kind == "turn"
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO segments (session_id, position, kind, planned_s, actual_s) "
            "VALUES (1, 3, 'jog', 15, 15)"
        )
    conn.execute("DELETE FROM sessions WHERE id = 1")  # the cascade still works after the rebuild
    assert conn.execute("SELECT COUNT(*) FROM segments WHERE session_id = 1").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION))
def test_v6_from_every_older_version_adds_heart_rate_columns_with_their_checks(
    db_path, old_version
):
    db_path.parent.mkdir()
    _make_database_at(db_path, old_version)
    if old_version >= 5:  # a v5 file may hold heart rates in its samples: they stay as they are
        conn = sqlite3.connect(db_path)
        conn.execute("INSERT INTO samples (session_id, at_s, heart_rate_bpm) VALUES (1, 0, 120)")
        conn.commit()
        conn.close()
    conn, _ = open_database(db_path)
    assert schema_version(conn) == SCHEMA_VERSION >= 6
    session_columns = {r[1]: r[2] for r in conn.execute("PRAGMA table_info(sessions)")}
    segment_columns = {r[1]: r[2] for r in conn.execute("PRAGMA table_info(segments)")}
    assert {k: session_columns[k] for k in ("hr_mean_bpm", "hr_max_bpm", "hr_source")} == {
        "hr_mean_bpm": "REAL",
        "hr_max_bpm": "INTEGER",
        "hr_source": "TEXT",
    }
    assert all(session_columns[f"hr_zone{n}_s"] == "REAL" for n in range(1, 6))
    assert (segment_columns["hr_mean_bpm"], segment_columns["hr_max_bpm"]) == ("REAL", "INTEGER")
    row = conn.execute(
        "SELECT hr_mean_bpm, hr_max_bpm, hr_zone1_s, hr_zone5_s, hr_source FROM sessions"
    ).fetchall()
    assert row == [(None,) * 5] * 2
    if old_version >= 5:
        assert get_session(conn, 1).samples[0].heart_rate_bpm == 120
    conn.execute(
        "UPDATE sessions SET hr_mean_bpm = 131.5, hr_max_bpm = 150, hr_zone1_s = 10, "
        "hr_zone2_s = 20, hr_zone3_s = 30, hr_zone4_s = 0, hr_zone5_s = 0, hr_source = 'sensor' "
        "WHERE id = 1"
    )
    conn.execute("UPDATE segments SET hr_mean_bpm = 128.0, hr_max_bpm = 141 WHERE session_id = 1")
    session = get_session(conn, 1)
    assert (session.hr_mean_bpm, session.hr_max_bpm, session.hr_source) == (131.5, 150, "sensor")
    assert session.hr_zones_s == (10.0, 20.0, 30.0, 0.0, 0.0)
    assert {(s.hr_mean_bpm, s.hr_max_bpm) for s in session.segments} == {(128.0, 141)}
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE sessions SET hr_source = 'watch' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE sessions SET hr_zone3_s = -1 WHERE id = 1")
    conn.close()


def _filled_history(db_path) -> None:
    """Three sessions with 600 per-second samples each: the samples take many pages."""
    conn, _ = open_database(db_path)
    for number in range(3):
        session_id = conn.execute(
            "INSERT INTO sessions (program_id, started_at, status) VALUES (?, ?, 'completed')",
            ("p", f"2025-03-1{number}T07:30:00+00:00"),
        ).lastrowid
        conn.executemany(
            "INSERT INTO samples (session_id, at_s, speed_kmh, heart_rate_bpm) "
            "VALUES (?, ?, 4.5, 110)",
            [(session_id, float(at_s)) for at_s in range(600)],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _wreck_root_page(db_path, table: str) -> None:
    """Junk over the b-tree header of a table's root page, as a failing disk might write."""
    with sqlite3.connect(db_path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)
        ).fetchone()
    conn.close()
    with open(db_path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 12)


def test_damage_in_a_table_the_open_checks_is_found(db_path):
    _filled_history(db_path)
    _wreck_root_page(db_path, "sessions")
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path, repair=False)


def test_the_samples_are_left_out_of_the_check_at_open_and_damage_found_there_is_rescued(
    db_path,
):
    """The samples are nearly all of a long history (storage.db.UNCHECKED_AT_OPEN says why):
    the open does not read them; a reader that finds them damaged says so and asks the next
    open for a whole-file check, which moves the file aside and rescues the sessions."""
    _filled_history(db_path)
    _wreck_root_page(db_path, "samples")
    damaged = db_path.read_bytes()
    conn, notices = open_database(db_path, repair=False)
    assert notices == [] and len(list_sessions(conn)) == 3
    with pytest.raises(StorageError, match="samples cannot be read"):
        session_samples(conn, 1)
    conn.close()
    assert full_check.requested(db_path)

    conn, notices = open_database(db_path, now=datetime(2025, 5, 6, 7, 8, 9))
    moved = db_path.with_name("history.sqlite3.corrupt-20250506-070809")
    assert moved.read_bytes() == damaged and len(notices) == 1 and str(moved) in notices[0]
    assert len(list_sessions(conn)) == 3  # the sessions came through; their samples could not
    assert not full_check.requested(db_path)
    conn.close()
