"""SessionWriter: live recording, checkpoints, recovery, and keeping data through storage errors."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from walkcoach.core import energy
from walkcoach.core.program import Program, RepeatBlock, Segment
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import get_session, list_sessions, running_sessions
from walkcoach.storage.schema import SCHEMA_VERSION
from walkcoach.storage.summaries import session_summaries
from walkcoach.storage.writer import SessionWriter, recover_interrupted


def _stored(db_path, session_id):
    conn = open_readonly(db_path)
    try:
        return get_session(conn, session_id)
    finally:
        conn.close()


def test_recorded_session_round_trips_with_energy_and_distance(db_path, program, record):
    session_id = record(program, weight_kg=82.0)
    session = _stored(db_path, session_id)
    plan = program.planned_segments()
    assert session.status == "completed"
    assert session.program_id == "test-intervals" and session.program_name == "Test intervals"
    assert session.weight_kg == 82.0 and session.units == "kmh"
    assert session.started_at.isoformat() == "2025-03-14T07:30:00+00:00"
    assert (session.ended_at - session.started_at).total_seconds() == program.total_s
    assert session.duration_s == program.total_s == 570
    # The four turns are time of their own, neither forward nor backward walking.
    assert session.backward_s == 180 and session.forward_s == 240
    assert session.seconds_of("turn") == 60
    assert [s.kind for s in session.segments] == [p.kind for p in plan]
    assert [s.plan_index for s in session.segments] == list(range(len(plan)))
    assert not any(s.partial or s.skipped for s in session.segments)
    turn, backward = session.segments[1:3]
    assert turn.kind == "turn" and turn.direction is None and turn.speed_kmh == 1.0
    assert backward.direction == "backward" and backward.incline_pct == 5.0
    assert backward.distance_km == pytest.approx(2.5 * 90 / 3600)
    assert backward.kcal == pytest.approx(energy.segment_kcal(plan[2].segment, 82.0))
    assert session.segments[-1].direction is None  # rest


def test_the_coachs_own_turns_are_recorded_as_turns_not_as_walking(db_path, record):
    """A program going straight from one direction to the other: the session walked holds the
    turns the coach put in, each its own row of kind "turn", and none of them counts as forward
    or backward time, in the records or in the SQL totals of the history page."""
    no_turns = Program(
        "no-turns",
        "No turns",
        (Segment("forward", 60, 4.0), Segment("backward", 60, 2.5), Segment("forward", 60, 4.0)),
    )
    session = _stored(db_path, record(no_turns))
    assert [s.kind for s in session.segments] == ["forward", "turn", "backward", "turn", "forward"]
    assert [s.plan_index for s in session.segments] == list(range(5))
    assert session.forward_s == 120 and session.backward_s == 60
    assert session.seconds_of("turn") == 2 * 15
    assert session.duration_s == session.planned_s == no_turns.total_s == 210
    conn = open_readonly(db_path)
    try:
        (summary,) = session_summaries(conn)
    finally:
        conn.close()
    assert (summary.forward_s, summary.backward_s, summary.duration_s) == (120, 60, 210)


def test_checkpoint_upserts_one_partial_row_then_segment_end_finalises_it(db_path, program, wall):
    plan = program.planned_segments()
    writer = SessionWriter(db_path, wall)
    session_id = writer.begin(program, 70.0, "kmh")
    for elapsed in (5, 10, 15):
        wall.advance(5)
        writer.checkpoint(elapsed, 0, plan[0].segment, elapsed)
    running = _stored(db_path, session_id)
    assert running.status == "running" and running.active_s == 15
    assert [(s.actual_s, s.partial) for s in running.segments] == [(15, True)]
    assert running.last_checkpoint_at == wall()
    assert running.segments[0].distance_km == pytest.approx(4.5 * 15 / 3600)

    writer.segment_ended(0, plan[0].segment, 120.0)
    writer.checkpoint(125, 1, plan[1].segment, 5)
    stored = _stored(db_path, session_id).segments
    assert [(s.position, s.actual_s, s.partial) for s in stored] == [(0, 120, False), (1, 5, True)]
    writer.segment_ended(1, plan[1].segment, 30.0, skipped=True)
    writer.finish("stopped", 150)
    session = _stored(db_path, session_id)
    assert session.status == "stopped" and session.active_s == 150
    assert [(s.actual_s, s.skipped, s.partial) for s in session.segments] == [
        (120, False, False),
        (30, True, False),
    ]
    writer.close()


def test_going_back_records_the_segment_again_in_walk_order(db_path, program, wall):
    plan = program.planned_segments()
    writer = SessionWriter(db_path, wall)
    session_id = writer.begin(program, 70.0)
    writer.segment_ended(0, plan[0].segment, 120)
    writer.segment_ended(1, plan[1].segment, 20, skipped=True)
    writer.segment_ended(1, plan[1].segment, 90)  # the user went back and walked it
    writer.finish("completed", 230)
    segments = _stored(db_path, session_id).segments
    assert [(s.position, s.plan_index, s.actual_s) for s in segments] == [
        (0, 0, 120),
        (1, 1, 20),
        (2, 1, 90),
    ]


def test_annotate_saves_rpe_pain_and_notes(db_path, program, wall, record):
    first = record(program)
    writer = SessionWriter(db_path, wall)
    second = writer.begin(program, 70.0)
    writer.finish("completed", 0)
    writer.annotate(None, rpe=8, pain=True, notes="right calf tight")
    writer.annotate(first, rpe=4, notes="easy")
    with pytest.raises(ValueError, match="1 to 10"):
        writer.annotate(first, rpe=11)
    assert (_stored(db_path, second).rpe, _stored(db_path, second).pain) == (8, True)
    assert _stored(db_path, second).notes == "right calf tight"
    assert (_stored(db_path, first).rpe, _stored(db_path, first).notes) == (4, "easy")


def test_begin_without_finish_keeps_the_unfinished_session_as_stopped(db_path, program, wall):
    plan = program.planned_segments()
    writer = SessionWriter(db_path, wall)
    first = writer.begin(program, 70.0)
    writer.segment_ended(0, plan[0].segment, 120)
    second = writer.begin(program, 70.0)
    assert second != first
    assert _stored(db_path, first).status == "stopped"
    assert _stored(db_path, first).duration_s == 120


def test_recover_marks_sessions_left_running_as_interrupted(db_path, program, wall, record):
    finished = record(program)
    plan = program.planned_segments()
    writer = SessionWriter(db_path, wall)
    crashed = writer.begin(program, 70.0)
    writer.segment_ended(0, plan[0].segment, 120)
    wall.advance(40)
    writer.checkpoint(160, 1, plan[1].segment, 40)
    checkpoint_at = wall()
    writer._conn.close()  # the process dies: no finish, no close
    del writer

    notices: list[str] = []
    assert recover_interrupted(db_path, notices) == [crashed]
    assert notices == []
    session = _stored(db_path, crashed)
    assert session.status == "interrupted" and session.ended_at == checkpoint_at
    assert session.active_s == 160
    assert [(s.actual_s, s.partial) for s in session.segments] == [(120, False), (40, True)]
    assert _stored(db_path, finished).status == "completed"
    assert recover_interrupted(db_path) == []  # nothing left to recover


def test_running_session_is_hidden_from_the_history_list_until_finished(db_path, program, wall):
    writer = SessionWriter(db_path, wall)
    session_id = writer.begin(program, 70.0)
    conn = open_readonly(db_path)
    assert list_sessions(conn) == []
    assert [s.id for s in list_sessions(conn, include_running=True)] == [session_id]
    assert [s.id for s in running_sessions(conn)] == [session_id]
    writer.finish("completed", 0)
    assert [s.id for s in list_sessions(conn)] == [session_id]
    conn.close()


def test_missing_weight_records_the_walk_without_kcal(db_path, program, wall):
    writer = SessionWriter(db_path, wall)
    session_id = writer.begin(program, None)
    writer.segment_ended(0, program.planned_segments()[0].segment, 120)
    writer.finish("stopped", 120)
    segment = _stored(db_path, session_id).segments[0]
    assert segment.kcal == 0 and segment.distance_km == pytest.approx(0.15)


# ---------------------------------------------------------------------------------------------
# Storage errors: nothing raised into the UI, nothing lost


def _walk(writer: SessionWriter, plan, wall) -> float:
    """Walk the planned segments with a checkpoint 5 s into each; return the active time."""
    active_s = 0.0
    for planned in plan:
        wall.advance(5)
        writer.checkpoint(active_s + 5, planned.index, planned.segment, 5)
        wall.advance(planned.duration_s - 5)
        active_s += planned.duration_s
        writer.segment_ended(planned.index, planned.segment, planned.duration_s)
    return active_s


def test_data_folder_unavailable_keeps_session_in_memory_then_flushes(tmp_path, program, wall):
    folder = tmp_path / "usb-stick"
    folder.write_text("the folder is not there: a file blocks its path")  # like an unmounted disk
    db_path = folder / "history.sqlite3"
    writer = SessionWriter(db_path, wall)
    assert writer.begin(program, 70.0) is None
    assert "cannot save" in writer.storage_error and "kept in memory" in writer.storage_error
    plan = program.planned_segments()
    active_s = _walk(writer, plan[:3], wall)
    assert writer.pending and writer.session_id is None

    folder.unlink()  # storage is back
    active_s += _walk(writer, plan[3:], wall)
    assert writer.storage_error is None and not writer.pending
    writer.finish("completed", active_s)
    session = _stored(db_path, writer.session_id)
    assert session.status == "completed"
    assert session.started_at.isoformat() == "2025-03-14T07:30:00+00:00"  # the real start
    assert [s.actual_s for s in session.segments] == [p.duration_s for p in plan]
    assert session.active_s == active_s


_READ_ONLY_CHILD = textwrap.dedent(
    """
    import json, sys
    from walkcoach.core.program import Program, Segment
    from walkcoach.storage.writer import SessionWriter

    segments = (Segment("forward", 120, 4.0), Segment("backward", 90, 2.5, 4.0))
    writer = SessionWriter(sys.argv[1])
    writer.begin(Program("ro", "Read-only test", segments), 70.0)
    writer.segment_ended(0, segments[0], 120)
    report = lambda: print(json.dumps([writer.storage_error, writer.pending]), flush=True)
    report()
    sys.stdin.readline()  # the parent makes the folder writable again
    writer.segment_ended(1, segments[1], 90)
    writer.finish("completed", 210)
    report()
    """
)


def test_read_only_folder_keeps_session_in_memory_then_flushes(tmp_path):
    """A real read-only folder. Root ignores permissions, so as root the recording process runs
    as the unprivileged user "nobody" (in a folder it owns but may not write)."""
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="walkcoach-ro-"))  # outside pytest's root-only tmp
    script = folder / "child.py"
    script.write_text(_READ_ONLY_CHILD)
    data = folder / "data"
    data.mkdir()
    command = [sys.executable, str(script), str(data / "history.sqlite3")]
    if as_root:
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to drop root")
        os.chmod(folder, 0o755)
        os.chown(data, 65534, 65534)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        _skip_unless_nobody_can_run_walkcoach()
    os.chmod(data, 0o500)
    child = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=folder
    )
    try:
        error, pending = json.loads(child.stdout.readline())
        assert pending and "kept in memory" in error
        assert not (data / "history.sqlite3").exists()
        os.chmod(data, 0o700)
        child.stdin.write("go\n")
        child.stdin.flush()
        error, pending = json.loads(child.stdout.readline())
        assert error is None and not pending
        assert child.wait(timeout=30) == 0
        conn = open_readonly(data / "history.sqlite3")
        session = list_sessions(conn)[0]
        conn.close()
        assert session.status == "completed"
        assert [(s.kind, s.actual_s) for s in session.segments] == [
            ("forward", 120),
            ("backward", 90),
        ]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
        child.stdout.close()
        os.chmod(data, 0o700)
        shutil.rmtree(folder)


def test_disk_full_keeps_data_in_memory_then_flushes_when_space_returns(db_path, wall):
    disk = {"full": True}

    def limit(conn: sqlite3.Connection) -> None:
        if disk["full"]:  # no page may be added: SQLite answers SQLITE_FULL, as on a full disk
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")

    # 40 rounds of forward, turn, backward, turn: 160 segments, 100 minutes.
    walk_and_turn = (
        Segment("forward", 60, 3.0, 2.0),
        Segment("turn", 15, 1.0, 2.0),
        Segment("backward", 60, 3.0, 2.0),
        Segment("turn", 15, 1.0, 2.0),
    )
    long_program = Program("long", "A long one", (RepeatBlock(40, walk_and_turn),))
    writer = SessionWriter(db_path, wall, connection_hook=limit)
    writer.begin(long_program, 70.0)
    errors = []
    for planned in long_program.planned_segments():
        writer.segment_ended(planned.index, planned.segment, planned.duration_s)
        errors.append(writer.storage_error)
    assert errors[0] is None  # a few rows fit in the pages the file already has
    assert errors[-1] and "full" in errors[-1].lower()
    assert writer.pending

    disk["full"] = False
    writer.finish("completed", long_program.total_s)
    assert writer.storage_error is None and not writer.pending
    session = _stored(db_path, writer.session_id)
    assert len(session.segments) == 160 and session.duration_s == long_program.total_s == 6000
    assert [s.position for s in session.segments] == list(range(160))


def test_newer_database_makes_writer_keep_data_and_leaves_file_alone(db_path, program, wall):
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    writer = SessionWriter(db_path, wall)
    writer.begin(program, 70.0)
    _walk(writer, program.planned_segments()[:1], wall)
    assert "newer WalkCoach" in writer.storage_error and writer.pending
    assert db_path.read_bytes() == before


# ---------------------------------------------------------------------------------------------
# kill -9 of a real recording process

_CHILD = textwrap.dedent(
    """
    import sys, time
    from walkcoach.core.program import Program, Segment
    from walkcoach.storage.writer import SessionWriter

    CHECKPOINT_EVERY_S = 1.0
    segments = tuple(Segment("backward" if i % 2 else "forward", 1.5, 3.0) for i in range(40))
    program = Program("kill-test", "Kill test", segments)
    writer = SessionWriter(sys.argv[1])
    writer.begin(program, 70.0, "kmh")
    t0 = time.monotonic()
    print(t0, flush=True)
    next_checkpoint = t0 + CHECKPOINT_EVERY_S
    for index, segment in enumerate(segments):
        seg_start = time.monotonic()
        while time.monotonic() - seg_start < segment.duration_s:
            time.sleep(0.05)
            now = time.monotonic()
            if now >= next_checkpoint:
                writer.checkpoint(now - t0, index, segment, now - seg_start)
                next_checkpoint = now + CHECKPOINT_EVERY_S
        writer.segment_ended(index, segment, time.monotonic() - seg_start)
    writer.finish("completed", time.monotonic() - t0)
    """
)


def test_kill_9_mid_session_loses_at_most_5_seconds(db_path, tmp_path):
    db_path.parent.mkdir(mode=0o700)
    script = tmp_path / "child.py"
    script.write_text(_CHILD)
    child = subprocess.Popen(
        [sys.executable, str(script), str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        t0 = float(child.stdout.readline())
        time.sleep(max(0.0, t0 + 4.2 - time.monotonic()))  # mid-segment, between checkpoints
        child.kill()  # SIGKILL: no finally blocks, no atexit, no flush
        killed_at = time.monotonic()
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
    assert child.returncode == -9
    walked_s = killed_at - t0

    assert recover_interrupted(db_path) == [1]
    session = _stored(db_path, 1)
    assert session.status == "interrupted"
    assert walked_s - 5 <= session.active_s <= walked_s
    assert walked_s - 5 <= session.duration_s <= walked_s
    ended = [s for s in session.segments if not s.partial]
    assert len(ended) >= 2 and all(s.actual_s >= 1.5 for s in ended)
    assert [s.position for s in session.segments] == list(range(len(session.segments)))


def _skip_through(writer: SessionWriter, plan, wall, walked_s: list[float]) -> float:
    """Walk each planned segment for ``walked_s[i]`` seconds, then skip the rest of it."""
    active_s = 0.0
    for planned, seconds in zip(plan, walked_s, strict=True):
        wall.advance(seconds)
        active_s += seconds
        writer.segment_ended(planned.index, planned.segment, seconds, seconds < planned.duration_s)
    return active_s


def test_skipping_every_segment_is_recorded_short_not_completed(db_path, program, wall):
    """Start, then "skip" through the whole plan: the engine reaches its end, but the record
    says "short" with every segment marked skipped, and the planned time is kept beside it."""
    writer = SessionWriter(db_path, wall)
    plan = program.planned_segments()
    writer.begin(program, 70.0)
    active_s = _skip_through(writer, plan, wall, [4.0] * len(plan))
    writer.finish("completed", active_s)
    session = _stored(db_path, writer.session_id)
    assert session.status == "short"
    assert session.planned_s == program.total_s
    assert all(s.skipped for s in session.segments)
    assert [s.actual_s for s in session.segments] == [4.0] * len(plan)


def test_completed_needs_80_percent_of_the_planned_time_walked(db_path, program, wall):
    plan = program.planned_segments()
    total_s = plan[-1].end_s

    def walked_fraction(fraction: float) -> str:
        writer = SessionWriter(db_path, wall)
        writer.begin(program, 70.0)
        # The first segment is cut short; the others are walked in full.
        first_s = max(0.0, plan[0].duration_s - (1 - fraction) * total_s)
        seconds = [first_s, *(p.duration_s for p in plan[1:])]
        writer.finish("completed", _skip_through(writer, plan, wall, seconds))
        writer.close()
        return _stored(db_path, writer.session_id).status

    assert total_s * 0.2 <= plan[0].duration_s  # the test can take 20 % off the first segment
    assert walked_fraction(0.8) == "completed"
    assert walked_fraction(0.79) == "short"
    assert walked_fraction(1.0) == "completed"


def test_planned_time_given_by_the_coach_is_what_completion_is_measured_against(
    db_path, program, wall
):
    writer = SessionWriter(db_path, wall)
    plan = program.planned_segments()
    writer.begin(program, 70.0, planned_s=10 * program.total_s)  # e.g. a plan with added turns
    active_s = _skip_through(writer, plan, wall, [p.duration_s for p in plan])
    writer.finish("completed", active_s)
    assert _stored(db_path, writer.session_id).status == "short"


def test_a_stopped_session_stays_stopped_whatever_was_walked(db_path, program, wall):
    writer = SessionWriter(db_path, wall)
    plan = program.planned_segments()
    writer.begin(program, 70.0)
    writer.finish("stopped", _skip_through(writer, plan[:1], wall, [1.0]))
    assert _stored(db_path, writer.session_id).status == "stopped"


def test_turn_segments_are_stored_with_their_own_kind(db_path, wall):
    turn = Segment("turn", 15, 1.0, 2.0, label="Turn")  # the kind core.program gains for turns
    walk = Segment("backward", 60, 2.0, 2.0)
    program = Program("with-turn", "With a turn", (Segment("forward", 60, 4.0), walk))
    writer = SessionWriter(db_path, wall)
    writer.begin(program, 70.0)
    writer.segment_ended(0, program.planned_segments()[0].segment, 60)
    writer.segment_ended(1, turn, 15)
    writer.segment_ended(2, walk, 60)
    writer.finish("completed", 135)
    assert writer.storage_error is None
    session = _stored(db_path, writer.session_id)
    assert [s.kind for s in session.segments] == ["forward", "turn", "backward"]
    assert session.segments[1].direction is None


def _skip_unless_nobody_can_run_walkcoach() -> None:
    """A checkout in a folder other users cannot read (CI as root in a private folder) cannot
    be run as "nobody": the test needs a second user, so it says why it cannot run."""
    probe = subprocess.run(
        [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-c",
            "import walkcoach.storage.writer",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode != 0:
        pytest.skip("the user 'nobody' cannot read this checkout (a private folder)")
