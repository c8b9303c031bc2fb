"""Treadmill and heart-rate strap link latency, from the app's own event log, over a real
ATT/GATT stack.

    .venv/bin/python benchmarks/treadmill_latency.py [--minutes 2]

Runs three linked bumble virtual controllers (tests/devices/bumble_controllers.py: the app's,
the treadmill's, the strap's), the simulated FTMS treadmill and chest strap
(``python -m walkcoach.devices.simulator --heart-rate ...``) and the app with
``--hci ... --treadmill ADDRESS --heart-rate ADDRESS`` (one bumble host for both, as in use) on
an alternating program in real time (time scale 1), then reads the event log:

* segment change to control-point write: from each segment_started (clock_s) to the first
  treadmill_command written after it (actual_s), both on the session clock (real seconds at
  time scale 1). Goal: 50 ms.
* treadmill notification to the screen: each treadmill_data's queued_ms (how long the
  notification waited between the Bluetooth thread and the GUI thread, which updates the
  coach page in the same pass). Goal: 100 ms.
* strap notification to the screen: the same for each heart_rate record from the sensor (about
  once a second; the heart-rate panel is updated in the same pass). Goal: 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PYTHON, ROOT, verdict

WRITE_GOAL_MS = 50.0
SCREEN_GOAL_MS = 100.0
ADDRESS = "F0:57:A1:7E:AD:01"  # walkcoach.devices.simulator.DEFAULT_ADDRESS
HR_ADDRESS = "F0:57:A1:48:52:01"  # walkcoach.devices.simulator.DEFAULT_HR_ADDRESS
# bumble.apps.controllers takes exactly two transports; the strap needs a third controller.
CONTROLLERS = ROOT / "tests" / "devices" / "bumble_controllers.py"


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def _wait_listening(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


def _program(minutes: float) -> dict:
    segments, total_s, forward = [], 0.0, True
    while total_s < minutes * 60:
        segments.append(
            {
                "kind": "forward" if forward else "backward",
                "duration_s": 20,
                "speed_kmh": 3.5 if forward else 2.4,
            }
        )
        forward = not forward
        total_s += 20 + 15  # with the turn the coach adds
    return {
        "format": "walkcoach-program",
        "version": 1,
        "id": "latency-bench",
        "name": "Latency benchmark",
        "main": segments,
    }


def run(minutes: float, tmp: Path) -> list[dict]:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QT_SPEECH_ENGINE="mock", PYTHONPATH=str(ROOT)
    )
    app_port, sim_port, strap_port = _free_ports(3)
    started: list[subprocess.Popen] = []
    quiet = {"stderr": subprocess.DEVNULL, "env": env}
    try:
        started.append(
            subprocess.Popen(
                [
                    PYTHON,
                    str(CONTROLLERS),
                    f"tcp-server:_:{app_port}",
                    f"tcp-server:_:{sim_port}",
                    f"tcp-server:_:{strap_port}",
                ],
                stdout=subprocess.DEVNULL,
                **quiet,
            )
        )
        for port in (app_port, sim_port, strap_port):
            _wait_listening(port)
        simulator = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "walkcoach.devices.simulator",
                "--hci",
                f"tcp-client:127.0.0.1:{sim_port}",
                "--slow-down-s",
                "1",
                "--heart-rate",
                f"tcp-client:127.0.0.1:{strap_port}",
            ],
            stdout=subprocess.PIPE,
            text=True,
            **quiet,
        )
        started.append(simulator)
        lines: queue.Queue = queue.Queue()
        threading.Thread(
            target=lambda: [lines.put(x) for x in simulator.stdout], daemon=True
        ).start()
        ready = {lines.get(timeout=30).strip(), lines.get(timeout=30).strip()}
        if ready != {f"ready {ADDRESS}", f"ready-hr {HR_ADDRESS}"}:
            raise RuntimeError(f"the simulator did not start: {ready}")
        program = tmp / "program.json"
        program.write_text(json.dumps(_program(minutes)), encoding="utf-8")
        log = tmp / "events.jsonl"
        subprocess.run(
            [
                PYTHON,
                "-m",
                "walkcoach",
                "--data-dir",
                str(tmp / "data"),
                "--hci",
                f"tcp-client:127.0.0.1:{app_port}",
                "--treadmill",
                ADDRESS,
                "--heart-rate",
                HR_ADDRESS,
                "--program",
                str(program),
                "--start",
                "--quit-when-done",
                "--event-log",
                str(log),
            ],
            stdout=subprocess.DEVNULL,
            timeout=minutes * 60 * 3 + 120,
            check=True,
            **quiet,
        )
        return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def write_latencies_ms(records: list[dict]) -> list[float]:
    """Segment start to the first command written for it, in ms of session time."""
    latencies, waiting_since = [], None
    for record in records:
        if record["event"] == "segment_started":
            waiting_since = record["clock_s"]
        elif (
            record["event"] == "treadmill_command"
            and waiting_since is not None
            and record["planned_s"] >= waiting_since - 1e-3
        ):
            latencies.append((record["actual_s"] - waiting_since) * 1000)
            waiting_since = None
    return latencies


def summary(values: list[float]) -> str:
    if not values:
        return "no samples"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"median {statistics.median(values):6.1f} ms, 95th percentile {p95:6.1f} ms, "
        f"max {max(values):6.1f} ms ({len(values)} samples)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=2.0, help="session length (default 2)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="walkcoach-latency-") as folder:
        records = run(args.minutes, Path(folder))
    writes = write_latencies_ms(records)
    screen = [r["queued_ms"] for r in records if r["event"] == "treadmill_data"]
    # The strap's own notifications; the treadmill's heart rate (none here) comes with its data.
    strap = [
        r["queued_ms"]
        for r in records
        if r["event"] == "heart_rate" and r["source"] == "sensor" and "queued_ms" in r
    ]
    print(
        f"Treadmill and strap links over bumble virtual controllers, {args.minutes:g} min in "
        "real time:"
    )
    print(f"  segment change to control-point write: {summary(writes)}")
    p95_write = sorted(writes)[round(0.95 * (len(writes) - 1))] if writes else float("inf")
    print(
        f"    goal: under {WRITE_GOAL_MS:g} ms (95th percentile): {verdict(p95_write < WRITE_GOAL_MS)}"
    )
    print(f"  treadmill notification to the screen:  {summary(screen)}")
    p95_screen = sorted(screen)[round(0.95 * (len(screen) - 1))] if screen else float("inf")
    print(
        f"    goal: under {SCREEN_GOAL_MS:g} ms (95th percentile): {verdict(p95_screen < SCREEN_GOAL_MS)}"
    )
    print(f"  strap notification to the screen:      {summary(strap)}")
    p95_strap = sorted(strap)[round(0.95 * (len(strap) - 1))] if strap else float("inf")
    print(
        f"    goal: under {SCREEN_GOAL_MS:g} ms (95th percentile): {verdict(p95_strap < SCREEN_GOAL_MS)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
