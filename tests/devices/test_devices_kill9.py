"""kill -9 of the app while a treadmill is linked, over a real ATT/GATT stack: bumble's virtual
controllers (tests/devices/bumble_controllers.py) in one process, the simulated treadmill
(python -m walkcoach.devices.simulator) in a second, and the whole app in a third, killed
with SIGKILL mid-session and started again.

What the machine saw is the truth asserted: a host killed with SIGKILL says nothing on the
air, and its controller outlives it (a USB dongle keeps its links, and so does the virtual
one), so the treadmill keeps its link and its belt running, with no app behind it, until the
next start resets the controller and the link times out on the machine's side. The simulator
models a treadmill that keeps running when its link goes (the worst case, see its docstring).
So the next start must recover the session (as tests/faults/test_fault_kill9.py checks for
storage), link again, and never start or speed up the belt it finds running; quitting it
stops the belt. Ports are free ones picked by the system and every file is under tmp_path, so
two pytest-xdist workers never meet. Bounded waits; every process is killed at the end.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("bumble")

from test_devices_cross_process import _free_ports, _stop, _wait_listening

from walkcoach.devices.simulator import DEFAULT_ADDRESS

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
CONTROLLERS = str(Path(__file__).with_name("bumble_controllers.py"))
TIME_SCALE = "8"
WALK_KMH = 3.5
PROGRAM = {
    "format": "walkcoach-program",
    "version": 1,
    "id": "kill-linked",
    "name": "Kill linked",
    "main": [{"kind": "forward", "duration_s": 600, "speed_kmh": WALK_KMH}],
}


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_SPEECH_ENGINE="mock",
        # No sound server: this test is about the belt and the history, not the cues.
        PULSE_SERVER="unix:/nonexistent/walkcoach-no-sound-server",
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONPATH=str(REPO),
    )


def _records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.endswith("}")]


def _wait_for(predicate, timeout_s: float, what: str):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout_s} s: {what}")


def _sessions(db_path: Path) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM sessions ORDER BY id")]
    finally:
        conn.close()


def test_kill_9_while_linked_the_belt_runs_on_and_the_next_start_recovers_and_never_restarts_it(
    tmp_path,
):
    env = _env(tmp_path)
    started: list[subprocess.Popen] = []

    def spawn(*args: str, name: str, **kwargs) -> subprocess.Popen:
        with open(tmp_path / f"{name}.stderr", "w") as errors:
            process = subprocess.Popen(
                [sys.executable, *args], env=env, stderr=errors, text=True, **kwargs
            )
        started.append(process)
        return process

    try:
        app_port, sim_port = _free_ports(2)
        spawn(CONTROLLERS, f"tcp-server:_:{app_port}", f"tcp-server:_:{sim_port}", name="hci")
        _wait_listening(app_port, 20)
        _wait_listening(sim_port, 20)
        report = tmp_path / "report.json"
        simulator = spawn(
            "-m",
            "walkcoach.devices.simulator",
            "--hci",
            f"tcp-client:127.0.0.1:{sim_port}",
            "--accel-kmh-per-s",
            "2",
            "--time-scale",
            TIME_SCALE,
            "--report",
            str(report),
            name="simulator",
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        lines: queue.Queue = queue.Queue()
        threading.Thread(
            target=lambda: [lines.put(x) for x in simulator.stdout], daemon=True
        ).start()
        assert lines.get(timeout=30).strip() == f"ready {DEFAULT_ADDRESS}"

        def machine_status() -> dict:
            simulator.stdin.write("status\n")
            simulator.stdin.flush()
            return json.loads(lines.get(timeout=10).strip().removeprefix("ok status "))

        program = tmp_path / "program.json"
        program.write_text(json.dumps(PROGRAM), encoding="utf-8")
        data = tmp_path / "data"
        data.mkdir()
        # No get-ready count: the belt is driven from the first second (this test is long).
        settings = {"version": 1, "first_run_done": True, "safety_check_seen": True}
        (data / "settings.json").write_text(json.dumps({**settings, "get_ready_s": 0}))

        def app(log: Path, *extra: str, name: str) -> subprocess.Popen:
            return spawn(
                "-m",
                "walkcoach",
                "--data-dir",
                str(data),
                "--hci",
                f"tcp-client:127.0.0.1:{app_port}",
                "--treadmill",
                DEFAULT_ADDRESS,
                "--time-scale",
                TIME_SCALE,
                "--event-log",
                str(log),
                *extra,
                name=name,
                stdout=subprocess.DEVNULL,
            )

        # 1. A session under way with the belt at its speed; then SIGKILL, no clean-up at all.
        first_log = tmp_path / "first.jsonl"
        first = app(first_log, "--program", str(program), "--start", name="first")
        _wait_for(
            lambda: [
                r
                for r in _records(first_log)
                if r["event"] == "treadmill_data" and r["speed_kmh"] == WALK_KMH
            ],
            40,
            "the belt at the segment's speed",
        )
        time.sleep(0.5)
        first.send_signal(signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
        # The machine never heard of it: still linked, the belt still running at its speed.
        time.sleep(0.5)
        after_kill = machine_status()
        assert after_kill["links"] == 1, after_kill
        assert after_kill["state"] == "running" and after_kill["speed_kmh"] == WALK_KMH

        # 2. The next start: no program, no --start, the same treadmill.
        second_log = tmp_path / "second.jsonl"
        second = app(second_log, name="second")
        _wait_for(
            lambda: [
                r
                for r in _records(second_log)
                if r["event"] == "treadmill_link" and r["state"] == "ready"
            ],
            40,
            "the next start linked again",
        )
        time.sleep(8 / float(TIME_SCALE))  # 8 s of session time, nobody touching anything
        linked_again = machine_status()
        # Still running as the killed session left it: not stopped, not started, not sped up.
        assert linked_again["state"] == "running" and linked_again["speed_kmh"] == WALK_KMH
        second.send_signal(signal.SIGTERM)  # the user quits: quitting stops the belt
        assert second.wait(30) == 0
        _wait_for(lambda: machine_status()["state"] == "stopped", 10, "the belt stopped")
        _stop(simulator)
        machine = json.loads(report.read_text())
    finally:
        for process in reversed(started):
            _stop(process)

    # The next start told the user, and the history holds the killed session, interrupted.
    assert "1 session from last time ended unexpectedly" in (tmp_path / "second.stderr").read_text()
    stored = _sessions(data / "history.sqlite3")
    assert [s["status"] for s in stored] == ["interrupted"], stored
    assert stored[0]["active_s"] > 0 and stored[0]["ended_at"] is not None

    # What the machine saw, in order: the killed app's link stayed up until the next start
    # reset its controller (the machine's side timed out), then the next start's link, ended
    # by its quit.
    links = [(e["event"], e.get("reason")) for e in machine["links"]]
    assert links == [
        ("connected", None),
        ("disconnected", "CONNECTION_TIMEOUT_ERROR"),
        ("connected", None),
        ("disconnected", "REMOTE_USER_TERMINATED_CONNECTION_ERROR"),
    ], links
    commands = [(c["command"], c["value"]) for c in machine["commands"]]
    assert commands == [
        ("request_control", None),  # the first start
        ("start", None),
        ("set_speed", WALK_KMH),
        ("set_incline", 0.0),
        ("request_control", None),  # the next start: control, and nothing else...
        ("stop", None),  # ...until its quit stopped the belt
    ], commands
    assert all(c["result"] == 1 for c in machine["commands"])
    stale_end_s = machine["links"][1]["at_s"]
    relinked_s = machine["links"][2]["at_s"]
    stop_s = machine["commands"][-1]["at_s"]
    assert machine["commands"][3]["at_s"] < stale_end_s < relinked_s < stop_s
    # The belt from the killed session's last command to the quit's stop: running at the
    # speed that session set, the whole time, with nobody in control for part of it.
    unattended = [t for t in machine["trace"] if machine["commands"][3]["at_s"] + 2 < t[0] < stop_s]
    assert unattended and all(t[1] == WALK_KMH for t in unattended), unattended[:5]
    assert machine["max_speed_kmh"] == WALK_KMH
    # The next start's own log: linked, asked for control, and sent nothing else before quitting.
    sent = [r["command"] for r in _records(second_log) if r["event"] == "treadmill_command"]
    assert sent == ["request_control", "stop"], sent
