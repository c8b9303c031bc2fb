"""Across processes: bumble's two linked virtual controllers in one process, the simulated
treadmill (python -m walkcoach.devices.simulator) in a second, and the controller here in the
test, each on its own HCI transport over TCP. Bounded time-outs; every process is killed."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("bumble")

from walkcoach.core.clock import ScaledClock
from walkcoach.devices.bumble_transport import bumble_transport
from walkcoach.devices.controller import SegmentTarget, TreadmillController
from walkcoach.devices.events import (
    FaultReason,
    LinkState,
    Reading,
    SessionMustPause,
    TurnNow,
    TurnWaiting,
)
from walkcoach.devices.loop_thread import LoopRunner
from walkcoach.devices.simulator import DEFAULT_ADDRESS

pytestmark = pytest.mark.slow
TIME_SCALE = 4.0
REPO = Path(__file__).resolve().parents[2]


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _wait_listening(port: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


def _stop(process: subprocess.Popen) -> None:
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


@pytest.fixture
def processes(tmp_path):
    started: list[subprocess.Popen] = []
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def start(*args: str, stdin=subprocess.DEVNULL, **kwargs) -> subprocess.Popen:
        # The child keeps its own copy of the log's descriptor.
        with open(tmp_path / f"process-{len(started)}.log", "w") as log:
            process = subprocess.Popen(
                [sys.executable, *args], env=env, stdin=stdin, stderr=log, text=True, **kwargs
            )
        started.append(process)
        return process

    yield start
    for process in reversed(started):
        _stop(process)


def test_whole_link_across_processes_against_a_slow_refusing_simulator(processes, tmp_path):
    app_port, sim_port = _free_ports(2)
    processes(
        "-m", "bumble.apps.controllers", f"tcp-server:_:{app_port}", f"tcp-server:_:{sim_port}"
    )
    _wait_listening(app_port, 20)
    _wait_listening(sim_port, 20)
    report = tmp_path / "report.json"
    simulator = processes(
        "-m",
        "walkcoach.devices.simulator",
        "--hci",
        f"tcp-client:127.0.0.1:{sim_port}",
        "--slow-down-s",
        "1",
        "--accel-kmh-per-s",
        "2",
        "--decel-kmh-per-s",
        "1",
        "--time-scale",
        str(TIME_SCALE),
        "--report",
        str(report),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in simulator.stdout], daemon=True).start()
    assert lines.get(timeout=30).strip() == f"ready {DEFAULT_ADDRESS}"

    events: list = []

    async def session() -> None:
        loop = asyncio.get_running_loop()
        clock = ScaledClock(TIME_SCALE)
        transport = bumble_transport(
            DEFAULT_ADDRESS,
            LoopRunner(loop),
            loop.call_soon_threadsafe,
            hci=f"tcp-client:127.0.0.1:{app_port}",
        )
        controller = TreadmillController(transport, clock, events.append)

        async def until(done, timeout_s: float = 20) -> None:
            deadline = loop.time() + timeout_s
            while not done():
                assert loop.time() < deadline, events[-8:]
                controller.tick()
                await asyncio.sleep(0.02)

        controller.connect()
        await until(lambda: controller.link_state is LinkState.READY)
        controller.start_segment(SegmentTarget(3.0, 1.0))
        await until(lambda: any(e.data.speed_kmh == 3.0 for e in events if isinstance(e, Reading)))
        controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
        await until(lambda: any(isinstance(e, TurnNow) for e in events))
        controller.start_segment(SegmentTarget(2.0))
        await until(lambda: any(e.data.speed_kmh == 2.0 for e in events if isinstance(e, Reading)))
        simulator.stdin.write("safety-key\n")  # someone pulls the key on the machine
        simulator.stdin.flush()
        assert lines.get(timeout=10).strip() == "ok safety-key"
        await until(lambda: any(isinstance(e, SessionMustPause) for e in events))
        fault = next(e for e in events if isinstance(e, SessionMustPause))
        assert fault.reason is FaultReason.SAFETY_KEY
        controller.close()
        await until(lambda: controller.link_state is LinkState.CLOSED)
        await transport.backend.disconnect()

    asyncio.run(asyncio.wait_for(session(), 90))
    _stop(simulator)
    data = json.loads(report.read_text())

    commands = [(c["command"], c["value"], c["result"]) for c in data["commands"]]
    assert commands == [
        ("request_control", None, 1),
        ("start", None, 1),
        ("set_speed", 3.0, 1),
        ("set_incline", 1.0, 1),
        ("set_speed", 1.0, 1),
        ("set_incline", 0.0, 1),
        ("set_speed", 2.0, 1),
        ("set_incline", 0.0, 1),
        ("stop", None, 1),
    ]
    assert data["state"] == "stopped"
    turn_now = next(e for e in events if isinstance(e, TurnNow))
    assert (
        turn_now.measured_kmh <= 1.0 and turn_now.waited_s >= 2.0
    )  # 1 s hold, then 2 s at 1 km/h/s
    assert any(isinstance(e, TurnWaiting) for e in events)
    # the distance the app saw reported matches what the machine integrated (within a report)
    last_reported_m = [e.data.distance_m for e in events if isinstance(e, Reading)][-1]
    assert 0 < last_reported_m <= data["distance_m"] <= last_reported_m + 3
