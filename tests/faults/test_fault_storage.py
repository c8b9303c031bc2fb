"""Storage faults under the real app: a corrupt database, a read-only folder, a full disk.

Read-only and full are real: a private tmpfs remounted read-only (EROFS, which root cannot write
through either) and a tmpfs of a few hundred KiB filled up (ENOSPC). Skipped where mount fails.
"""

from __future__ import annotations

import os
import subprocess
import time

import pytest
from faultkit import app_env, integrity, read_log, run_walkcoach, sessions, walkcoach_command
from faultkit import write_program as write_program_file

SCALE = "30"


def _start(data, program, log_path, stderr):
    return subprocess.Popen(
        walkcoach_command(
            "--data-dir",
            str(data),
            "--program",
            str(program),
            "--start",
            "--time-scale",
            SCALE,
            "--quit-when-done",
            "--event-log",
            str(log_path),
        ),
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        env=app_env(),
    )


def _wait_for(log_path, event: str, process, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not any(e.get("event") == event for e in read_log(log_path)):
        assert process.poll() is None, f"the app exited early ({process.returncode})"
        assert time.monotonic() < deadline, f"no {event} within {timeout_s:.0f} s"
        time.sleep(0.01)


@pytest.mark.slow
def test_corrupt_database_is_moved_aside_and_the_user_told(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    garbage = b"this was a history database once\x00" * 300
    (data / "history.sqlite3").write_bytes(garbage)
    result = run_walkcoach("--data-dir", str(data), "--smoke-test", timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    moved = list(data.glob("history.sqlite3.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == garbage  # kept, byte for byte
    told = [line for line in result.stderr.splitlines() if "damaged" in line]
    assert told and str(moved[0]) in told[0] and "nothing was deleted" in told[0]
    assert integrity(data / "history.sqlite3") == "ok"  # a fresh, working history


@pytest.mark.slow
def test_read_only_folder_keeps_the_session_in_memory_and_saves_it_later(tmp_path, tmpfs_factory):
    disk = tmpfs_factory(4096)
    data = disk.path / "data"
    data.mkdir(mode=0o700)
    program = write_program_file(tmp_path / "ro.json", 30, 8, program_id="read-only")  # 4 min
    log_path = tmp_path / "events.jsonl"
    disk.remount("ro")
    with open(tmp_path / "stderr.txt", "w") as stderr:
        process = _start(data, program, log_path, stderr)
        try:
            _wait_for(log_path, "segment_started", process)
            time.sleep(2.0)  # a minute of session time with nowhere to save it
            assert not (data / "history.sqlite3").exists()
            disk.remount("rw")  # the folder is writable again (say, a USB disk remounted)
            assert process.wait(timeout=60) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    err = (tmp_path / "stderr.txt").read_text()
    assert "cannot be saved for now" in err, err[-2000:]
    stored = sessions(data / "history.sqlite3")
    assert len(stored) == 1 and stored[0]["status"] == "completed"
    assert [s["actual_s"] for s in stored[0]["segments"]] == [30.0] * 8
    assert integrity(data / "history.sqlite3") == "ok"


@pytest.mark.slow
def test_disk_full_while_saving_keeps_the_session_and_saves_when_space_returns(
    tmp_path, tmpfs_factory
):
    disk = tmpfs_factory(512)
    data = disk.path / "data"
    program = write_program_file(tmp_path / "full.json", 10, 40, program_id="disk-full")  # ~7 min
    log_path = tmp_path / "events.jsonl"
    filler = disk.path / "filler"
    with open(tmp_path / "stderr.txt", "w") as stderr:
        process = _start(data, program, log_path, stderr)
        try:
            _wait_for(log_path, "segment_started", process)
            fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
            try:  # take every last block
                while os.write(fd, b"\0" * 4096):
                    pass
            except OSError:
                pass
            finally:
                os.close(fd)
            assert disk.free_kb() == 0
            time.sleep(3.0)  # 90 s of session time, 9 segments, on a full disk
            filler.unlink()
            assert process.wait(timeout=60) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    err = (tmp_path / "stderr.txt").read_text()
    assert "history not saved yet" in err and "full" in err, err[-2000:]  # it was really full
    stored = sessions(data / "history.sqlite3")
    assert len(stored) == 1 and stored[0]["status"] == "completed"
    assert [s["position"] for s in stored[0]["segments"]] == list(range(40))
    assert integrity(data / "history.sqlite3") == "ok"
