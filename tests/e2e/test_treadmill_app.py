"""The whole app with a linked treadmill, as a user's command line runs it: the virtual treadmill,
and a simulated FTMS treadmill in another process over bumble's virtual controllers (a real
ATT/GATT stack). Unattended, sped up, checked from the app's own event log."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from belt_log import check_belt_log, read_log

from walkcoach.core.library import find_program
from walkcoach.core.program import load_program_file

REPO = Path(__file__).resolve().parents[2]
RETRO = {
    "format": "walkcoach-program",
    "version": 1,
    "id": "belt-e2e",
    "name": "Belt e2e",
    "main": [
        {"kind": "forward", "duration_s": 60, "speed_kmh": 3.5, "incline_pct": 2},
        {"kind": "backward", "duration_s": 60, "speed_kmh": 2.4, "incline_pct": 3},
        {"kind": "forward", "duration_s": 30, "speed_kmh": 3.0},
    ],
}


def _env() -> dict[str, str]:
    return dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QT_SPEECH_ENGINE="mock", PYTHONPATH=str(REPO)
    )


def run_walkcoach(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "walkcoach", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(),
    )


@pytest.mark.slow
def test_first_steps_with_the_virtual_treadmill_follows_the_belt_and_slows_for_every_turn(tmp_path):
    log = tmp_path / "events.jsonl"
    result = run_walkcoach(
        "--data-dir",
        str(tmp_path / "data"),
        "--treadmill",
        "virtual",
        "--program",
        "first-steps",
        "--start",
        "--time-scale",
        "60",
        "--quit-when-done",
        "--event-log",
        str(log),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    records = read_log(log)
    facts = check_belt_log(records, find_program("first-steps").planned_segments())
    assert facts["turns"] >= 4
    links = [r["state"] for r in records if r["event"] == "treadmill_link"]
    assert links[:3] == ["connecting", "setting_up", "ready"] and links[-1] == "closed"


def _free_ports(count: int) -> list[int]:
    import socket

    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _wait_listening(port: int, timeout_s: float) -> None:
    import socket
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


@pytest.fixture
def processes(tmp_path):
    started: list[subprocess.Popen] = []

    def start(*args: str, **kwargs) -> subprocess.Popen:
        with open(tmp_path / f"process-{len(started)}.log", "w") as errors:
            process = subprocess.Popen(
                [sys.executable, *args], env=_env(), stderr=errors, text=True, **kwargs
            )
        started.append(process)
        return process

    yield start
    for process in reversed(started):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


@pytest.mark.slow
def test_whole_app_over_bumble_against_a_slow_refusing_simulator(processes, tmp_path):
    pytest.importorskip("bumble")
    from walkcoach.devices.simulator import DEFAULT_ADDRESS

    scale = "8"
    app_port, sim_port = _free_ports(2)
    processes(
        "-m", "bumble.apps.controllers", f"tcp-server:_:{app_port}", f"tcp-server:_:{sim_port}"
    )
    _wait_listening(app_port, 20)
    _wait_listening(sim_port, 20)
    report = tmp_path / "report.json"
    # Refuses commands before Request Control (its default) and needs a second to slow down.
    simulator = processes(
        "-m",
        "walkcoach.devices.simulator",
        "--hci",
        f"tcp-client:127.0.0.1:{sim_port}",
        "--slow-down-s",
        "1",
        "--time-scale",
        scale,
        "--report",
        str(report),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in simulator.stdout], daemon=True).start()
    assert lines.get(timeout=30).strip() == f"ready {DEFAULT_ADDRESS}"
    program = tmp_path / "retro.json"
    program.write_text(json.dumps(RETRO), encoding="utf-8")
    log = tmp_path / "events.jsonl"
    result = run_walkcoach(
        "--data-dir",
        str(tmp_path / "data"),
        "--hci",
        f"tcp-client:127.0.0.1:{app_port}",
        "--treadmill",
        DEFAULT_ADDRESS,
        "--program",
        str(program),
        "--start",
        "--time-scale",
        scale,
        "--quit-when-done",
        "--event-log",
        str(log),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    simulator.terminate()
    simulator.wait(20)
    records = read_log(log)
    facts = check_belt_log(records, load_program_file(program).planned_segments())
    assert facts["turns"] == 2
    machine = json.loads(report.read_text())
    assert machine["state"] == "stopped"
    refused = [c for c in machine["commands"] if c["result"] != 1]
    assert all(c["command"] != "request_control" for c in refused)
    # The belt's distance as the app saw it reported, against what the machine integrated.
    assert 0 < facts["last_distance_m"] <= machine["distance_m"] <= facts["last_distance_m"] + 5
    # What the history holds is what the belt did: measured, and the machine's own distance
    # (less what it ran before the first step and after the last, while slowing to a stop).
    history = run_walkcoach("--data-dir", str(tmp_path / "data"), "history", "--json")
    session = json.loads(history.stdout)[0]
    assert session["distance_source"] == "measured", session
    walked_m = session["distance_km"] * 1000
    assert machine["distance_m"] - 15 <= walked_m <= machine["distance_m"] + 1, (
        walked_m,
        machine["distance_m"],
    )
    walks = [seg for seg in session["segments"] if seg["kind"] in ("forward", "backward")]
    assert walks and all(seg["distance_source"] == "measured" for seg in walks), walks


def _wait_for(predicate, timeout_s: float, what: str):
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"not within {timeout_s} s: {what}")


def _log_records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.endswith("}")]


@pytest.mark.slow
# Stopped or paused on the machine behave as the safety key does (the machine stops the belt
# itself); those are covered on the fake clock (tests/devices/test_belt_coach.py).
@pytest.mark.parametrize("fault", ["safety-key", "take-control", "silence", "disconnect"])
def test_a_fault_on_the_machine_pauses_the_app_with_the_belt_stopped_and_loses_nothing(
    processes, tmp_path, fault
):
    pytest.importorskip("bumble")
    from walkcoach.devices.simulator import DEFAULT_ADDRESS

    scale = "4"
    app_port, sim_port = _free_ports(2)
    processes(
        "-m", "bumble.apps.controllers", f"tcp-server:_:{app_port}", f"tcp-server:_:{sim_port}"
    )
    _wait_listening(app_port, 20)
    _wait_listening(sim_port, 20)
    simulator = processes(
        "-m",
        "walkcoach.devices.simulator",
        "--hci",
        f"tcp-client:127.0.0.1:{sim_port}",
        "--time-scale",
        scale,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in simulator.stdout], daemon=True).start()
    assert lines.get(timeout=30).strip() == f"ready {DEFAULT_ADDRESS}"

    def machine(command: str) -> str:
        simulator.stdin.write(command + "\n")
        simulator.stdin.flush()
        return lines.get(timeout=10).strip()

    program = tmp_path / "retro.json"
    program.write_text(json.dumps(RETRO), encoding="utf-8")
    log = tmp_path / "events.jsonl"
    data = tmp_path / "data"
    app = processes(
        "-m",
        "walkcoach",
        "--data-dir",
        str(data),
        "--hci",
        f"tcp-client:127.0.0.1:{app_port}",
        "--treadmill",
        DEFAULT_ADDRESS,
        "--program",
        str(program),
        "--start",
        "--time-scale",
        scale,
        "--event-log",
        str(log),
    )
    _wait_for(
        lambda: any(
            r["event"] == "treadmill_data" and r["speed_kmh"] >= 3.4 for r in _log_records(log)
        ),
        60,
        "the belt at speed",
    )
    assert machine(fault).startswith("ok")
    paused = _wait_for(
        lambda: [
            r
            for r in _log_records(log)
            if r["event"] == "state_changed" and r["new"] == "paused" and r["reason"] == "treadmill"
        ],
        30,
        "the session paused for the treadmill",
    )
    if fault != "disconnect":
        # Stopped by the machine itself, or paused by the app as soon as the fault was seen.
        _wait_for(
            lambda: json.loads(machine("status").removeprefix("ok status "))["speed_kmh"] == 0,
            30,
            "the belt stopped",
        )
    else:
        # Link lost: it comes back by itself, and the belt is paused as soon as it is reachable.
        _wait_for(
            lambda: [
                r
                for r in _log_records(log)
                if r["event"] == "treadmill_link" and r["state"] == "ready"
            ][1:],
            60,
            "linked again",
        )
        _wait_for(
            lambda: json.loads(machine("status").removeprefix("ok status "))["speed_kmh"] == 0,
            30,
            "the belt stopped once reachable",
        )
    # Nobody touches anything: the app does not restart the belt or go on by itself.
    import time

    time.sleep(12 / float(scale))
    status = json.loads(machine("status").removeprefix("ok status "))
    assert status["speed_kmh"] == 0, status
    records = _log_records(log)
    assert not [
        r
        for r in records
        if r["event"] == "state_changed"
        and r["new"] == "running"
        and r["clock_s"] > paused[0]["clock_s"]
    ]
    app.terminate()  # a logout: the session is stopped and recorded, the link closed
    assert app.wait(30) == 0
    history = run_walkcoach("--data-dir", str(data), "history", "--json")
    sessions = json.loads(history.stdout)
    assert len(sessions) == 1 and sessions[0]["status"] == "stopped", sessions
    assert sessions[0]["duration_s"] >= paused[0]["actual_s"] - 1
