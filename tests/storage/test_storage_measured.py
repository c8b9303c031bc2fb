"""What the treadmill measured, in the history: per-second samples, per-segment measured figures,
schema 5, and nothing lost through a storage outage (the recovery file carries the samples)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from walkcoach.core import energy
from walkcoach.core.measured import BeltSample, summarise
from walkcoach.core.program import Program, Segment
from walkcoach.storage.db import open_database, open_readonly
from walkcoach.storage.history import delete_session, get_session, list_sessions
from walkcoach.storage.recovery import FORMAT_ID, find_recovery_files
from walkcoach.storage.recovery_import import import_recovery_files
from walkcoach.storage.schema import SCHEMA_VERSION, migrate
from walkcoach.storage.summaries import session_summaries
from walkcoach.storage.writer import SessionWriter

FORWARD = Segment("forward", 60, 4.0, 1.0)
BACKWARD = Segment("backward", 60, 2.5, 5.0)
PROGRAM = Program("belt", "Belt", (FORWARD, BACKWARD))


def _walk_on_belt(writer, wall, *, belt_speeds=(3.6, 1.8), start_total_m=500.0):
    """Two 60 s segments on a belt running at ``belt_speeds`` (not the planned 4.0 and 2.5),
    one sample a second, the machine's total starting at ``start_total_m``; checkpoints every
    5 s as the recorder makes them."""
    samples: list[BeltSample] = []
    total = start_total_m
    for index, (segment, speed) in enumerate(zip((FORWARD, BACKWARD), belt_speeds, strict=True)):
        start_s = index * 60.0
        for second in range(60):
            at_s = start_s + second
            if second:
                total += speed / 3.6
            sample = BeltSample(at_s, speed, 2.0 + index, total)
            samples.append(sample)
            writer.add_sample(sample)
            if second % 5 == 4:
                wall.advance(5)
                measured = summarise(samples, start_s, at_s)
                writer.checkpoint(at_s, index, segment, second, measured=measured)
        total += speed / 3.6
        writer.segment_ended(
            index, segment, 60.0, measured=summarise(samples, start_s, start_s + 60)
        )
    writer.finish("completed", 120.0)
    return samples


def _stored(db_path, session_id):
    conn = open_readonly(db_path)
    try:
        return get_session(conn, session_id)
    finally:
        conn.close()


def test_measured_figures_replace_the_planned_distance_and_kcal(db_path, wall):
    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 80.0)
    samples = _walk_on_belt(writer, wall)
    session = _stored(db_path, writer.session_id)
    writer.close()
    forward, backward = session.segments
    assert forward.measured_distance_km == pytest.approx(0.060)  # 1 m/s for 60 s
    assert forward.distance_km == pytest.approx(0.060)  # not the planned 4.0 km/h x 60 s
    assert forward.planned_distance_km == pytest.approx(4.0 * 60 / 3600)
    assert forward.measured_speed_kmh == pytest.approx(3.6)
    assert backward.measured_incline_pct == pytest.approx(3.0)
    assert (forward.speed_kmh, backward.speed_kmh) == (4.0, 2.5)  # the targets stay
    walked_back = Segment("backward", 60, 1.8, 3.0)
    assert backward.kcal == pytest.approx(energy.segment_kcal(walked_back, 80.0))
    assert session.distance_source == "measured" and forward.distance_source == "measured"
    assert len(session.samples) == 120 and session.samples == tuple(samples)
    shown = session.to_json()
    assert shown["distance_source"] == "measured" and shown["distance_km"] == pytest.approx(0.09)
    assert shown["segments"][1]["measured_speed_kmh"] == pytest.approx(1.8)
    assert not any(s.partial for s in session.segments)


def test_a_session_without_treadmill_is_recorded_as_before(db_path, wall):
    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 80.0)
    writer.segment_ended(0, FORWARD, 60)
    writer.segment_ended(1, BACKWARD, 60)
    writer.finish("completed", 120)
    session = _stored(db_path, writer.session_id)
    writer.close()
    assert session.samples == ()
    assert [s.measured_distance_km for s in session.segments] == [None, None]
    assert session.distance_km == pytest.approx((4.0 + 2.5) * 60 / 3600)
    assert session.to_json()["distance_source"] == "planned"
    assert session.to_json()["segments"][0]["measured_distance_km"] is None


def test_samples_are_buffered_until_a_checkpoint(db_path, wall):
    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 80.0)
    conn = open_readonly(db_path)
    count = lambda: conn.execute("SELECT COUNT(*) FROM samples").fetchone()[0]  # noqa: E731
    for second in range(4):
        writer.add_sample(BeltSample(second, 3.0, 1.0, second * 0.8))
    assert count() == 0 and writer.pending
    writer.checkpoint(4.0, 0, FORWARD, 4.0)
    assert count() == 4 and not writer.pending
    writer.add_sample(BeltSample(4, 3.0, 1.0, 3.2))
    writer.checkpoint(5.0, 0, FORWARD, 5.0)
    assert count() == 5  # only the new one was written; none twice
    conn.close()
    writer.close()


def test_summaries_and_bests_use_the_measured_figures(db_path, wall):
    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 80.0)
    _walk_on_belt(writer, wall, belt_speeds=(3.6, 3.24))
    writer.close()
    conn = open_readonly(db_path)
    (summary,) = session_summaries(conn)
    (record,) = list_sessions(conn)
    conn.close()
    assert summary.distance_km == pytest.approx(0.060 + 0.054)
    assert summary.distance_source == "measured"
    # The belt ran the backward segment at 3.24 km/h, not the 2.5 planned: that is the best.
    assert summary.fastest_backward_speed_kmh == pytest.approx(3.24)
    assert summary.steepest_backward_incline_pct == pytest.approx(3.0)
    from walkcoach.core.stats import summarize

    assert summarize(record) == summary


def test_a_storage_outage_keeps_the_samples_in_the_recovery_file(db_path, wall):
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # unwritable: a newer file
    conn.close()
    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 80.0)
    samples = _walk_on_belt(writer, wall)
    assert writer.storage_error and writer.pending
    payload = json.loads(writer.recovery_file.read_text())
    assert payload["format"] == FORMAT_ID and payload["version"] == 2
    assert len(payload["sessions"][0]["samples"]) == 120
    writer.close()

    db_path.unlink()  # storage works again (the stand-in for "newer" held nothing)
    notices: list[str] = []
    assert import_recovery_files(db_path, notices) == 1
    conn = open_readonly(db_path)
    (session,) = list_sessions(conn, with_samples=True)
    conn.close()
    assert session.samples == tuple(samples)
    assert session.segments[0].measured_distance_km == pytest.approx(0.060)
    assert find_recovery_files(db_path) == []


def test_a_recovery_file_of_the_first_format_without_samples_is_still_read(db_path):
    db_path.parent.mkdir()
    folder = db_path.parent / "recovery"
    folder.mkdir()
    segment = {
        "plan_index": 0,
        "kind": "forward",
        "direction": "forward",
        "planned_s": 60.0,
        "actual_s": 60.0,
        "speed_kmh": 4.0,
        "incline_pct": 1.0,
        "kcal": 5.0,
        "distance_km": 0.0667,
        "skipped": 0,
        "partial": 0,
    }
    columns = {
        "program_id": "old",
        "program_name": "Old",
        "started_at": "2025-01-02T07:00:00+00:00",
        "ended_at": "2025-01-02T07:01:00+00:00",
        "status": "completed",
        "active_s": 60.0,
        "weight_kg": 70.0,
        "units": "kmh",
        "rpe": None,
        "pain": 0,
        "notes": "",
        "last_checkpoint_at": "2025-01-02T07:01:00+00:00",
        "planned_s": 60.0,
    }
    (folder / "unsaved-20250102-070100-1.json").write_text(
        json.dumps(
            {
                "format": FORMAT_ID,
                "version": 1,
                "database": str(db_path),
                "sessions": [{"columns": columns, "segments": {"0": segment}, "session_id": None}],
                "annotations": {},
            }
        )
    )
    notices: list[str] = []
    assert import_recovery_files(db_path, notices) == 1, notices
    conn = open_readonly(db_path)
    (session,) = list_sessions(conn, with_samples=True)
    conn.close()
    assert session.samples == () and session.distance_source == "planned"
    assert session.segments[0].distance_km == pytest.approx(0.0667)


def test_deleting_a_session_deletes_its_samples(db_path, wall):
    writer = SessionWriter(db_path, wall)
    for _ in range(2):
        writer.begin(PROGRAM, 80.0)
        _walk_on_belt(writer, wall)
    writer.close()
    conn, _ = open_database(db_path)
    first, second = (s.id for s in list_sessions(conn))
    assert delete_session(conn, first)
    assert (
        conn.execute("SELECT COUNT(*) FROM samples WHERE session_id = ?", (first,)).fetchone()[0]
        == 0
    )
    conn.execute("DELETE FROM sessions WHERE id = ?", (second,))  # the cascade, as for segments
    assert conn.execute("SELECT COUNT(*) FROM samples").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("old_version", range(1, 5))
def test_v5_from_every_older_version_adds_samples_and_unmeasured_segments(tmp_path, old_version):
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=old_version)
    conn.execute(
        "INSERT INTO sessions (program_id, started_at, status, active_s) "
        "VALUES ('p', '2024-01-02T07:00:00+00:00', 'completed', 60)"
    )
    conn.execute(
        "INSERT INTO segments (session_id, position, kind, planned_s, actual_s, speed_kmh, "
        "distance_km) VALUES (1, 0, 'forward', 60, 60, 4.0, 0.0667)"
    )
    conn.close()
    conn, _ = open_database(path)
    session = get_session(conn, 1)
    assert session.segments[0].measured_distance_km is None
    assert session.distance_source == "planned" and session.distance_km == pytest.approx(0.0667)
    conn.execute("INSERT INTO samples (session_id, at_s, speed_kmh) VALUES (1, 0.0, 3.0)")
    with pytest.raises(sqlite3.IntegrityError):  # one sample per session and second
        conn.execute("INSERT INTO samples (session_id, at_s, speed_kmh) VALUES (1, 0.0, 3.1)")
    with pytest.raises(sqlite3.IntegrityError):  # never a sample of no session
        conn.execute("INSERT INTO samples (session_id, at_s) VALUES (99, 1.0)")
    assert get_session(conn, 1).samples == (BeltSample(0.0, 3.0, None, None, None),)
    conn.close()


def test_the_rescue_of_a_damaged_file_copies_the_samples_too(db_path, wall, tmp_path):
    """The row-by-row rescue copies every table of the schema, the samples included."""
    from walkcoach.storage import rescue

    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 80.0)
    samples = _walk_on_belt(writer, wall)
    writer.close()
    target = tmp_path / "rescued.sqlite3"
    result = rescue._by_rows(db_path, target)
    assert result.sessions == 1 and result.rows_skipped == 0
    conn, _ = open_database(target)
    (session,) = list_sessions(conn, with_samples=True)
    conn.close()
    assert session.samples == tuple(samples)
    assert session.segments[1].measured_speed_kmh == pytest.approx(1.8)
