"""`walkcoach history` and `walkcoach export`, run as a user would, on a real recorded history."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from garmin_fit_sdk import Decoder, Stream
from lxml import etree

from walkcoach.core.program import Program, RepeatBlock, Segment
from walkcoach.storage.schema import SCHEMA_VERSION
from walkcoach.storage.writer import SessionWriter

REPO = Path(__file__).resolve().parents[2]
XSD = REPO / "tests" / "data" / "TrainingCenterDatabasev2.xsd"

PROGRAM = Program(
    id="cli-test",
    name="CLI test",
    warmup=(Segment("forward", 120, 4.5, 1.0),),
    main=(RepeatBlock(2, (Segment("backward", 60, 2.5, 4.0), Segment("forward", 90, 4.0))),),
)


# The walks of the plan: the sessions below are recorded as if the turns the coach adds between
# directions were not there (their figures stay those of the program's own five segments).
WALKED = [p for p in PROGRAM.planned_segments() if not p.segment.is_turn]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "walkcoach", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("walkcoach: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


class Wall:
    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment


def record(db_path: Path, start: datetime, *, status: str = "completed", upto: int = 5) -> int:
    wall = Wall(start)
    writer = SessionWriter(db_path, wall)
    session_id = writer.begin(PROGRAM, 70.0, "kmh")
    active_s = 0.0
    for planned in WALKED[:upto]:
        wall.moment += timedelta(seconds=planned.duration_s)
        active_s += planned.duration_s
        writer.segment_ended(planned.index, planned.segment, planned.duration_s)
    if status != "running":
        writer.finish(status, active_s)
    writer.close()
    assert writer.storage_error is None
    return session_id


@pytest.fixture
def history(tmp_path) -> Path:
    """Three finished sessions and one left running by a crash two days ago."""
    data = tmp_path / "data"
    db_path = data / "history.sqlite3"
    record(db_path, datetime(2025, 6, 1, 7, 0, tzinfo=UTC))
    record(db_path, datetime(2025, 6, 2, 7, 0, tzinfo=UTC), status="stopped", upto=2)
    record(db_path, datetime(2025, 6, 3, 18, 0, tzinfo=UTC), status="running", upto=3)
    record(db_path, datetime(2025, 6, 4, 7, 0, tzinfo=UTC))
    return data


def test_history_json_lists_sessions_with_the_agreed_keys(history):
    result = run("history", "--json", data_dir=history)
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)
    assert [s["id"] for s in sessions] == [1, 2, 3, 4]
    assert [s["status"] for s in sessions] == ["completed", "stopped", "interrupted", "completed"]
    first = sessions[0]
    assert {
        "id",
        "started_at",
        "program_id",
        "status",
        "duration_s",
        "forward_s",
        "backward_s",
        "segments",
    } <= set(first)
    assert datetime.fromisoformat(first["started_at"]) == datetime(2025, 6, 1, 7, tzinfo=UTC)
    assert first["program_id"] == "cli-test"
    assert (first["duration_s"], first["forward_s"], first["backward_s"]) == (420, 300, 120)
    assert len(first["segments"]) == 5
    for segment in first["segments"]:
        assert {"kind", "planned_s", "actual_s", "speed_kmh", "incline_pct"} <= set(segment)
    expected = {
        "kind": "backward",
        "planned_s": 60.0,
        "actual_s": 60.0,
        "speed_kmh": 2.5,
        "incline_pct": 4.0,
    }
    assert first["segments"][1].items() >= expected.items()
    assert sessions[1]["duration_s"] == 180 and len(sessions[1]["segments"]) == 2


def test_history_table_for_people(history):
    result = run("history", data_dir=history)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["ID", "Started", "Program", "Status"]
    assert len(lines) == 1 + 4 + 1
    assert "interrupted" in lines[3] and "cli-test" in lines[1]
    assert lines[-1].startswith("4 sessions")


def test_history_table_uses_one_time_format_and_honest_statuses(history):
    db_path = history / "history.sqlite3"
    wall = Wall(datetime(2025, 6, 5, 7, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 70.0)
    for planned in WALKED:  # Start, then skip through every segment
        wall.moment += timedelta(seconds=2)
        writer.segment_ended(planned.index, planned.segment, 2.0, skipped=True)
    writer.finish("completed", 10.0)
    writer.close()
    lines = run("history", data_dir=history).stdout.splitlines()
    assert lines[0].split()[4:9] == ["Time", "Forward", "Backward", "Longest", "backward"]
    assert "ended early" in lines[2] and "too short" in lines[5] and "0:10" in lines[5]
    assert "7:00" in lines[1] and "5:00" in lines[1] and "2:00" in lines[1]  # m:ss, never "min"
    assert lines[-1] == "5 sessions, 6:04 walked backward in all."
    data = json.loads(run("history", "--json", data_dir=history).stdout)
    assert data[-1]["status"] == "short"
    assert data[-1]["planned_s"] == PROGRAM.planned_segments()[-1].end_s  # with the coach's turns


def test_history_delete_removes_one_session_and_says_which(history):
    result = run("history", "--delete", "2", data_dir=history)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Deleted session 2 (cli-test, ")
    ids = [s["id"] for s in json.loads(run("history", "--json", data_dir=history).stdout)]
    assert ids == [1, 3, 4]
    assert_user_error(run("history", "--delete", "2", data_dir=history), "no session with id 2")


def test_history_of_a_new_user_says_what_will_appear_and_creates_nothing(tmp_path):
    data = tmp_path / "fresh"
    result = run("history", data_dir=data)
    assert result.returncode == 0 and "No sessions recorded yet" in result.stdout
    assert json.loads(run("history", "--json", data_dir=data).stdout) == []
    assert not data.exists()


def test_history_works_while_the_app_records_a_session(history):
    import fcntl

    # A live window holds the instance lock (QLockFile keeps an flock on it while it lives).
    lock = open(history / "instance.lock", "w")  # noqa: SIM115 (held for the whole test)
    fcntl.flock(lock, fcntl.LOCK_EX)
    writer = SessionWriter(history / "history.sqlite3")  # the real clock: it is live
    writer.begin(PROGRAM, 70.0)
    writer.checkpoint(5, 0, PROGRAM.warmup[0], 5)
    try:
        result = run("history", "--json", data_dir=history)
        assert result.returncode == 0, result.stderr
        assert [s["id"] for s in json.loads(result.stdout)] == [1, 2, 3, 4]  # live one left out
        table = run("history", data_dir=history).stdout
        assert "1 session being recorded now" in table
        writer.segment_ended(0, PROGRAM.warmup[0], 120)  # the app keeps writing meanwhile
        assert writer.storage_error is None
    finally:
        writer.finish("completed", 120)
        writer.close()
        lock.close()
    assert len(json.loads(run("history", "--json", data_dir=history).stdout)) == 5


def test_export_each_format(history, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run(
        "export", "--session", "1", "--format", "tcx", "-o", str(out / "s1.tcx"), data_dir=history
    )
    assert result.returncode == 0, result.stderr
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.parse(str(out / "s1.tcx"))), schema.error_log

    result = run(
        "export", "--session", "3", "--format", "fit", "-o", str(out / "s3.fit"), data_dir=history
    )
    assert result.returncode == 0, result.stderr
    messages, errors = Decoder(Stream.from_file(str(out / "s3.fit"))).read()
    assert errors == [] and len(messages["lap_mesgs"]) == 3

    result = run(
        "export", "--all", "--format", "json", "-o", str(out / "all.json"), data_dir=history
    )
    assert result.returncode == 0 and "4 sessions" in result.stdout
    listed = json.loads(run("history", "--json", data_dir=history).stdout)
    assert json.loads((out / "all.json").read_text()) == listed

    result = run("export", "--all", "--format", "csv", "-o", "-", data_dir=history)
    assert result.returncode == 0
    assert result.stdout.startswith("session_id,") and len(result.stdout.splitlines()) == 1 + 15

    result = run("export", "--all", "--format", "fit", "-o", str(out / "fits"), data_dir=history)
    assert result.returncode == 0, result.stderr
    assert len(list((out / "fits").glob("walkcoach-*.fit"))) == 4


def test_export_errors_are_one_line(history, tmp_path):
    assert_user_error(
        run(
            "export",
            "--session",
            "42",
            "--format",
            "csv",
            "-o",
            str(tmp_path / "x.csv"),
            data_dir=history,
        ),
        "no session with id 42",
    )
    assert_user_error(
        run(
            "export",
            "--session",
            "1",
            "--format",
            "json",
            "-o",
            str(tmp_path / "missing" / "x.json"),
            data_dir=history,
        ),
        "does not exist",
    )
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    assert_user_error(
        run("export", "--all", "--format", "tcx", "-o", str(blocker), data_dir=history),
        "needs a folder",
    )
    assert_user_error(
        run("export", "--all", "--format", "fit", "-o", "-", data_dir=history),
        "give a file",
    )
    assert_user_error(
        run(
            "export",
            "--all",
            "--format",
            "csv",
            "-o",
            str(tmp_path / "x.csv"),
            data_dir=tmp_path / "empty",
        ),
        "no recorded sessions",
    )
    assert not (tmp_path / "x.csv").exists()


def test_newer_database_is_refused_and_not_modified(history):
    db_path = history / "history.sqlite3"
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    files = sorted(os.listdir(history))
    assert_user_error(run("history", "--json", data_dir=history), "newer WalkCoach")
    assert_user_error(
        run("export", "--all", "--format", "csv", "-o", "-", data_dir=history), "newer WalkCoach"
    )
    assert db_path.read_bytes() == before and sorted(os.listdir(history)) == files


def test_corrupt_database_is_reported_not_moved_by_read_only_commands(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.sqlite3").write_bytes(b"not a database at all" * 50)
    assert_user_error(run("history", data_dir=data), "damaged", "start WalkCoach")
    assert os.listdir(data) == ["history.sqlite3"]


def test_history_reads_a_database_in_a_read_only_folder(history):
    """E.g. a backup on read-only media. As root (who ignores permissions) it runs as nobody."""
    folder = Path(tempfile.mkdtemp(prefix="walkcoach-ro-cli-"))
    data = folder / "data"
    shutil.copytree(history, data)
    command = [sys.executable, "-m", "walkcoach", "history", "--json", "--data-dir", str(data)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to drop root")
        os.chmod(folder, 0o755)
        for path in (data, *data.iterdir()):
            os.chown(path, 65534, 65534)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        _skip_unless_nobody_can_run_walkcoach()
    os.chmod(data / "history.sqlite3", 0o400)
    os.chmod(data, 0o500)
    try:
        result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=60)
        assert result.returncode == 0, result.stderr
        assert [s["id"] for s in json.loads(result.stdout)] == [1, 2, 3, 4]
        assert os.listdir(data) == ["history.sqlite3"]  # no -wal/-shm left in the folder
    finally:
        os.chmod(data, 0o700)
        shutil.rmtree(folder)


def test_history_json_and_fit_export_of_a_session_walked_on_a_belt(tmp_path):
    """`history --json` says per session and segment where the distance comes from; `export
    --all --format fit` carries the belt's samples as records."""
    from walkcoach.core.measured import BeltSample, summarise

    data = tmp_path / "data"
    db_path = data / "history.sqlite3"
    record(db_path, datetime(2025, 6, 1, 7, 0, tzinfo=UTC))  # no treadmill
    wall = Wall(datetime(2025, 6, 2, 7, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, wall)
    writer.begin(PROGRAM, 70.0, "kmh")
    at_s = 0.0
    for planned in PROGRAM.planned_segments():
        start_s, samples = at_s, []
        while at_s < planned.end_s:
            samples.append(BeltSample(at_s, 3.6, 1.5, 700.0 + at_s))
            writer.add_sample(samples[-1])
            at_s += 1.0
        wall.moment += timedelta(seconds=planned.duration_s)
        writer.segment_ended(
            planned.index,
            planned.segment,
            planned.duration_s,
            measured=summarise(samples, start_s, at_s),
        )
    writer.finish("completed", at_s)
    writer.close()

    result = run("history", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    plain, belt = json.loads(result.stdout)
    assert plain["distance_source"] == "planned"
    assert {s["distance_source"] for s in plain["segments"]} == {"planned"}
    assert plain["segments"][0]["measured_distance_km"] is None
    assert belt["distance_source"] == "measured"
    assert belt["distance_km"] == pytest.approx(at_s / 1000, abs=1e-3)  # 1 m/s, not the plan
    first = belt["segments"][0]
    assert first["distance_source"] == "measured" and first["measured_speed_kmh"] == 3.6
    assert (
        first["measured_incline_pct"] == 1.5
        and first["planned_distance_km"] != first["distance_km"]
    )

    out = tmp_path / "fit"
    result = run("export", "--all", "--format", "fit", "-o", str(out), data_dir=data)
    assert result.returncode == 0, result.stderr
    files = sorted(out.iterdir())
    decoded = []
    for path in files:
        messages, errors = Decoder(Stream.from_byte_array(bytearray(path.read_bytes()))).read()
        assert errors == []
        decoded.append(messages["record_mesgs"])
    assert len(decoded[1]) == int(at_s)  # one record per belt sample
    assert len(decoded[0]) < len(decoded[1])  # the plain session: a record every few seconds


def test_history_json_and_exports_carry_the_heart_rate(tmp_path):
    """`history --json` gives each session's heart-rate figures (null for one without) and each
    segment's; `export --format json` adds the samples; FIT laps read back with theirs."""
    from walkcoach.core.hr_zones import zones_for
    from walkcoach.core.measured import BeltSample

    data = tmp_path / "data"
    db_path = data / "history.sqlite3"
    record(db_path, datetime(2025, 6, 1, 7, 0, tzinfo=UTC))  # no heart rate
    wall = Wall(datetime(2025, 6, 2, 7, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, wall, zones=zones_for(max_hr_bpm=200), hr_source="sensor")
    writer.begin(PROGRAM, 70.0, "kmh")
    at_s = 0.0
    for planned in WALKED[:2]:  # forward 120 s at 110 bpm, backward 60 s at 130 bpm
        bpm = 130 if planned.segment.kind == "backward" else 110
        for _ in range(int(planned.duration_s)):
            writer.add_sample(BeltSample(at_s, None, None, None, bpm))
            at_s += 1.0
        wall.moment += timedelta(seconds=planned.duration_s)
        writer.segment_ended(planned.index, planned.segment, planned.duration_s)
    writer.finish("stopped", at_s)
    writer.close()

    result = run("history", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    plain, with_hr = json.loads(result.stdout)
    assert (plain["hr_mean_bpm"], plain["hr_max_bpm"], plain["hr_zones_s"]) == (None,) * 3
    assert plain["hr_source"] is None and plain["segments"][0]["hr_max_bpm"] is None
    assert with_hr["hr_mean_bpm"] == pytest.approx((110 * 120 + 130 * 60) / 180, abs=0.1)
    assert with_hr["hr_max_bpm"] == 130 and with_hr["hr_source"] == "sensor"
    assert with_hr["hr_zones_s"] == [120.0, 60.0, 0.0, 0.0, 0.0]
    assert [(s["hr_mean_bpm"], s["hr_max_bpm"]) for s in with_hr["segments"]] == [
        (110.0, 110),
        (130.0, 130),
    ]
    assert "samples" not in with_hr  # the history lists figures, not 3,600 rows an hour

    out = tmp_path / "out"
    out.mkdir()
    result = run("export", "--all", "--format", "json", "-o", str(out / "all.json"), data_dir=data)
    assert result.returncode == 0, result.stderr
    exported = json.loads((out / "all.json").read_text())
    assert "samples" not in exported[0]  # no treadmill, no strap: nothing a second
    assert [s["heart_rate_bpm"] for s in exported[1]["samples"]][118:122] == [110, 110, 130, 130]
    assert {k: v for k, v in exported[1].items() if k != "samples"} == with_hr
    result = run(
        "export", "--session", "2", "--format", "fit", "-o", str(out / "hr.fit"), data_dir=data
    )
    assert result.returncode == 0, result.stderr
    messages, errors = Decoder(
        Stream.from_byte_array(bytearray((out / "hr.fit").read_bytes()))
    ).read()
    assert errors == []
    assert [lap["max_heart_rate"] for lap in messages["lap_mesgs"]] == [110, 130]
    assert messages["session_mesgs"][0]["avg_heart_rate"] == 117


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
