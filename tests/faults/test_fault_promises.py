"""Issue 12, items 8-13: one clear line for bad input, crashed sessions seen, private files,
printable text, and the small holes (duplicate keys, empty --data-dir, reserved ids...)."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest
from faultkit import app_env, read_log, run_walkcoach, walkcoach_command, write_program

from walkcoach.core.library import builtin_programs
from walkcoach.core.program import ProgramError, loads_program

MIN_SEGMENT_S = 5  # the promise: no segment shorter (core.program.MIN_SEGMENT_S)
LONG_PART = "a" * 300  # past NAME_MAX (255): ENAMETOOLONG


def _one_line_error(result, *needles: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-1500:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("walkcoach: error:"), result.stderr[-1500:]
    for needle in needles:
        assert needle in lines[0], lines[0]


def _program(**fields) -> dict:
    data = {
        "format": "walkcoach-program",
        "version": 1,
        "id": "p",
        "name": "P",
        "main": [{"kind": "forward", "duration_s": 60, "speed_kmh": 4}],
    }
    data.update(fields)
    return data


# -- 8. import-program of a file that is too large once indented --------------------------------


def test_import_of_a_program_that_grows_when_indented_is_saved_readable(tmp_path):
    # 2,000 segments of 7 s with long labels (one direction: no turns to add past 4 hours): just under 1 MB as given (no indentation), over
    # 1 MB as the indented file the import used to write.
    segments = [
        {
            "kind": "forward",
            "duration_s": 7,
            "speed_kmh": 3 + i % 2,
            "label": f"{i:04d} " + "x" * 400,
        }
        for i in range(2000)
    ]
    source = tmp_path / "big.json"
    source.write_text(json.dumps(_program(id="big", main=segments), separators=(",", ":")))
    assert 900_000 < source.stat().st_size < 1_000_000
    data = tmp_path / "data"
    result = run_walkcoach("--data-dir", str(data), "import-program", str(source))
    assert result.returncode == 0, result.stderr
    saved = data / "programs" / "big.json"
    assert result.stdout.strip().endswith(str(saved)) and "None" not in result.stdout
    assert run_walkcoach("--data-dir", str(data), "show", "big").returncode == 0
    again = run_walkcoach("--data-dir", str(data), "import-program", str(source))
    _one_line_error(again, "already exists", "--force")


# -- 9. one line instead of a traceback ---------------------------------------------------------


@pytest.mark.parametrize("scale", ["nan", "inf", "1e309", "-1", "0"])
def test_time_scales_that_cannot_run_are_refused(tmp_path, scale):
    result = run_walkcoach("--data-dir", str(tmp_path), "--time-scale", scale, "--smoke-test")
    _one_line_error(result, "--time-scale")


@pytest.mark.parametrize("session", ["9223372036854775808", "1" + "0" * 400, "0"])
def test_session_ids_sqlite_cannot_hold_are_refused(tmp_path, session):
    result = run_walkcoach(
        "--data-dir", str(tmp_path), "export", "--session", session, "--format", "csv", "-o", "-"
    )
    _one_line_error(result, "--session")


@pytest.mark.parametrize(
    "args",
    [
        ("show", f"/tmp/{LONG_PART}.json"),
        ("show", LONG_PART),
        ("--data-dir", f"/tmp/{LONG_PART}/data", "history"),
        ("--data-dir", f"/tmp/{LONG_PART}/data", "programs"),
        ("export", "--all", "--format", "csv", "-o", f"/tmp/{LONG_PART}.csv"),
    ],
    ids=["show-path", "show-id", "history", "programs", "export"],
)
def test_names_too_long_for_the_system_give_one_line(tmp_path, args):
    if args[0] != "--data-dir":
        args = ("--data-dir", str(tmp_path), *args)
    result = run_walkcoach(*args)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    assert result.returncode in (0, 2) and len(result.stderr.strip().splitlines()) <= 1


def test_a_closed_pipe_is_no_traceback(tmp_path):
    shell = subprocess.run(
        f"{sys.executable} -m walkcoach --data-dir {tmp_path} show first-steps | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env=app_env(),
        timeout=60,
    )
    assert shell.stdout.strip() and "Traceback" not in shell.stderr, shell.stderr
    assert "BrokenPipe" not in shell.stderr


@pytest.mark.slow
def test_an_event_log_on_a_full_disk_is_reported_once_and_the_session_goes_on(tmp_path):
    data = tmp_path / "data"
    program = write_program(tmp_path / "p.json", 10, 4, program_id="logged")
    result = run_walkcoach(
        "--data-dir",
        str(data),
        "--program",
        str(program),
        "--start",
        "--time-scale",
        "40",
        "--quit-when-done",
        "--event-log",
        "/dev/full",
        timeout=90,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert result.stderr.count("cannot write the event log") == 1
    history = run_walkcoach("--data-dir", str(data), "history", "--json")
    assert [s["status"] for s in json.loads(history.stdout)] == ["completed"]


# -- 10. a crashed session is seen by the CLI at once ------------------------------------------


# Serial: under two pytest-xdist workers the app's single-instance socket did not appear in the
# TMPDIR given here (twice out of two runs; the cause is not found yet), so it runs on its own.
@pytest.mark.serial
@pytest.mark.slow
def test_after_kill_9_the_cli_lists_and_exports_the_session_and_removes_the_socket(tmp_path):
    data = tmp_path / "data"
    temp = tmp_path / "tmp"
    temp.mkdir(mode=0o700)
    program = write_program(tmp_path / "p.json", 30, 20, program_id="killed")
    log_path = tmp_path / "events.jsonl"
    env = app_env(TMPDIR=str(temp))
    process = subprocess.Popen(
        walkcoach_command(
            "--data-dir",
            str(data),
            "--program",
            str(program),
            "--start",
            "--time-scale",
            "20",
            "--event-log",
            str(log_path),
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(e.get("event") == "segment_ended" for e in read_log(log_path)):
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        # The single-instance socket is made once the window is up: wait for it (a loaded
        # machine, e.g. two test workers, can take longer than any fixed pause).
        sockets: list = []
        while not sockets:
            assert process.poll() is None and time.monotonic() < deadline, (
                f"no socket in {sorted(p.name for p in temp.iterdir())}, exit {process.poll()}"
            )
            time.sleep(0.05)
            sockets = [p for p in temp.iterdir() if stat.S_ISSOCK(os.lstat(p).st_mode)]
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert len(sockets) == 1 and sockets[0].exists()  # left behind by the kill
    # Seconds later, long before any "a minute without a checkpoint" rule would say so.
    result = run_walkcoach("--data-dir", str(data), "history", "--json", TMPDIR=str(temp))
    listed = json.loads(result.stdout)
    assert [(s["program_id"], s["status"]) for s in listed] == [("killed", "interrupted")]
    exported = run_walkcoach(
        "--data-dir", str(data), "export", "--all", "--format", "json", "-o", "-", TMPDIR=str(temp)
    )
    assert len(json.loads(exported.stdout)) == 1
    assert not sockets[0].exists()  # no window runs: its socket was removed


# -- 11. the user's files are the user's alone -------------------------------------------------


@pytest.mark.slow
def test_under_umask_000_everything_made_is_private(tmp_path):
    data = tmp_path / "new" / "parents" / "data"
    old_umask = os.umask(0)
    try:
        result = run_walkcoach("--data-dir", str(data), "--smoke-test")
    finally:
        os.umask(old_umask)
    assert result.returncode == 0, result.stderr[-2000:]
    for folder in (tmp_path / "new", tmp_path / "new" / "parents", data):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for path in data.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


@pytest.mark.slow
def test_a_loose_existing_data_folder_is_tightened_and_the_user_told(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    os.chmod(data, 0o777)
    result = run_walkcoach("--data-dir", str(data), "--smoke-test")
    assert result.returncode == 0, result.stderr[-2000:]
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert "yours alone" in result.stderr


# -- 12. printable text only --------------------------------------------------------------------


NASTY = "Evil\x1b[2J\x1b]0;pwned\x07 \u202etxt.exe\x00end"


def _raw_controls(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 32 and c not in "\n") or c in "\x7f\u202e\u2066\x00"]


def test_names_with_escapes_are_shown_escaped(tmp_path):
    source = tmp_path / "nasty.json"
    source.write_text(json.dumps(_program(id="nasty", name=NASTY, description=NASTY)))
    data = tmp_path / "data"
    for args in (
        ("show", str(source)),
        ("import-program", str(source)),
        ("programs",),
        ("show", "nasty"),
    ):
        result = run_walkcoach("--data-dir", str(data), *args)
        assert result.returncode == 0, result.stderr
        assert _raw_controls(result.stdout) == [], (args, result.stdout[:300])
        assert "\\x1b" in result.stdout  # shown, not obeyed
    as_json = run_walkcoach("--data-dir", str(data), "show", "nasty", "--json")
    assert json.loads(as_json.stdout)["name"] == NASTY  # machine output keeps the real text


def test_error_messages_never_echo_raw_escapes(tmp_path):
    name = tmp_path / "\x1b[31mred\u202e.json"
    result = run_walkcoach("--data-dir", str(tmp_path), "show", str(name))
    _one_line_error(result, "no such file", "\\x1b[31m")
    assert _raw_controls(result.stderr.rstrip("\n")) == []


# -- 13. the small holes ------------------------------------------------------------------------


def test_duplicate_keys_in_a_program_are_refused():
    text = json.dumps(_program())[:-1] + ', "name": "Other"}'
    with pytest.raises(ProgramError, match="'name' appears twice"):
        loads_program(text)
    segment_twice = '{"kind": "forward", "duration_s": 60, "duration_s": 6000, "speed_kmh": 4}'
    text = json.dumps(_program(main=[])).replace('"main": []', f'"main": [{segment_twice}]')
    with pytest.raises(ProgramError, match="'duration_s' appears twice"):
        loads_program(text)


def test_an_empty_data_dir_is_refused(tmp_path):
    result = run_walkcoach("--data-dir", "", "history")
    _one_line_error(result, "--data-dir")


def test_history_of_a_data_folder_that_is_a_file_or_missing_says_so(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x")
    _one_line_error(run_walkcoach("--data-dir", str(afile), "history"), "is a file")
    missing = run_walkcoach("--data-dir", str(tmp_path / "missing"), "history")
    assert missing.returncode == 0 and "does not exist" in missing.stdout


@pytest.mark.parametrize("program_id", ["nul", "con", "aux", "prn", "com1", "lpt9"])
def test_ids_windows_reserves_are_refused(program_id):
    with pytest.raises(ProgramError, match="device name on Windows"):
        loads_program(json.dumps(_program(id=program_id)))


@pytest.mark.parametrize("duration", [0.01, 1, 4.9])
def test_segments_shorter_than_the_minimum_are_refused(duration):
    main = [{"kind": "forward", "duration_s": duration, "speed_kmh": 4}]
    with pytest.raises(ProgramError, match=f"at least {MIN_SEGMENT_S} seconds"):
        loads_program(json.dumps(_program(main=main)))


def test_no_built_in_program_has_a_segment_under_the_minimum():
    for program in builtin_programs():
        for planned in program.planned_segments():
            assert planned.duration_s >= MIN_SEGMENT_S, (program.id, planned.index)
