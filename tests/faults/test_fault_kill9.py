"""kill -9 of the running GUI at 10 random moments, each followed by a restart.

The real app (``python -m walkcoach --program <file> --start --time-scale 30``, offscreen) in one
data folder; each run is killed with SIGKILL (no clean-up of any kind) at a random moment of its
session, and the next run is the restart: its start-up recovery must find the killed session.
At the end the database passes PRAGMA integrity_check and holds every killed session as
"interrupted", at most 5 s (session time) short of the time it had run.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time

import pytest
from faultkit import (
    app_env,
    integrity,
    read_log,
    run_walkcoach,
    sessions,
    walkcoach_command,
    write_program,
)

TIME_SCALE = 30.0
KILLS = 10
MAX_SHORT_S = 5.0
POLL_S = 0.005


def _wait_for_first_segment(process: subprocess.Popen, log_path, timeout_s: float = 60.0):
    """Poll the event log until segment 0 has started; return (last time not yet seen, seen)."""
    deadline = time.monotonic() + timeout_s
    not_yet = time.monotonic()
    while time.monotonic() < deadline:
        if any(e.get("event") == "segment_started" for e in read_log(log_path)):
            return not_yet, time.monotonic()
        if process.poll() is not None:
            raise AssertionError(f"the app exited early ({process.returncode})")
        not_yet = time.monotonic()
        time.sleep(POLL_S)
    raise AssertionError("the session did not start within a minute")


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_at_most_5_seconds_each(tmp_path):
    rng = random.Random(1709)
    data = tmp_path / "data"
    # 40 segments of 30 s: 20 minutes of session time, 40 s of real time at 30x.
    program = write_program(tmp_path / "kill.json", 30, 40, program_id="kill-test")
    # (at least, at most) session seconds walked. At least: from when the first segment's log
    # line was seen. At most: from when the process was spawned; the last poll before that line
    # is no bound, as a loaded machine can write the line well after the segment began.
    walked: list[tuple[float, float]] = []
    stderr_paths = []
    for run in range(KILLS):
        log_path = tmp_path / f"events-{run}.jsonl"
        stderr_path = tmp_path / f"stderr-{run}.txt"
        stderr_paths.append(stderr_path)
        with open(stderr_path, "w") as stderr:
            spawned = time.monotonic()
            process = subprocess.Popen(
                walkcoach_command(
                    "--data-dir",
                    str(data),
                    "--program",
                    str(program),
                    "--start",
                    "--time-scale",
                    str(TIME_SCALE),
                    "--event-log",
                    str(log_path),
                ),
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=app_env(),
            )
            try:
                _not_yet, seen = _wait_for_first_segment(process, log_path)
                # A random moment: anywhere from a few seconds to 3 minutes into the session,
                # mid-segment or right at a change.
                time.sleep(rng.uniform(0.1, 6.0))
                before_kill = time.monotonic()
                process.send_signal(signal.SIGKILL)
                after_kill = time.monotonic()
                assert process.wait(timeout=30) == -signal.SIGKILL
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        walked.append(((before_kill - seen) * TIME_SCALE, (after_kill - spawned) * TIME_SCALE))

    # The last restart: the start-up recovery (then the window closes at once).
    result = run_walkcoach("--data-dir", str(data), "--smoke-test", timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    stderr_paths.append(None)
    for run in range(1, KILLS):  # every restart told the user about the session before it
        assert "1 session from last time ended unexpectedly" in stderr_paths[run].read_text()
    assert "1 session from last time ended unexpectedly" in result.stderr

    db_path = data / "history.sqlite3"
    assert integrity(db_path) == "ok"
    stored = sessions(db_path)
    assert len(stored) == KILLS
    for session, (at_least_s, at_most_s) in zip(stored, walked, strict=True):
        assert session["status"] == "interrupted"
        assert session["ended_at"] is not None
        short_s = at_least_s - session["active_s"]
        assert session["active_s"] <= at_most_s + 0.5, (session["active_s"], at_most_s)
        assert short_s <= MAX_SHORT_S, (
            f"session {session['id']} kept {session['active_s']:.1f} s of "
            f"{at_least_s:.1f}-{at_most_s:.1f} s walked"
        )
        # The segments agree with the session: finished ones whole, the running one partial.
        segments = session["segments"]
        assert [s["position"] for s in segments] == list(range(len(segments)))
        assert all(
            s["actual_s"] == pytest.approx(30.0, abs=1.0) for s in segments if not s["partial"]
        )
        assert sum(s["actual_s"] for s in segments) <= session["active_s"] + 0.5
