"""Across processes: bumble's linked virtual controllers in one process, the simulator with a
simulated chest strap (--heart-rate: bumble's Heart Rate profile on its own controller) in a
second, and here the treadmill controller and the heart-rate monitor sharing one bumble host
on one HCI transport, as the app does. Checks the heart rate follows the belt, contact loss,
silence and the strap's link loss with reconnection while the treadmill link stays up.
Bounded time-outs; every process is killed."""

from __future__ import annotations

import asyncio
import json
import queue
import subprocess
import threading
from pathlib import Path

import pytest

pytest.importorskip("bumble")

from test_devices_cross_process import (
    _free_ports,
    _stop,
    _wait_listening,
    processes,  # noqa: F401  (the fixture)
)

from walkcoach.core.clock import ScaledClock
from walkcoach.devices.bumble_transport import SharedHost, bumble_transport
from walkcoach.devices.controller import SegmentTarget, TreadmillController
from walkcoach.devices.events import LinkState
from walkcoach.devices.hr_events import (
    ContactBack,
    ContactLost,
    HeartRate,
    SensorLinkChanged,
    SignalLost,
)
from walkcoach.devices.hr_monitor import HeartRateMonitor, MonitorSettings
from walkcoach.devices.loop_thread import LoopRunner
from walkcoach.devices.simulator import DEFAULT_ADDRESS, DEFAULT_HR_ADDRESS

pytestmark = pytest.mark.slow
TIME_SCALE = 4.0
# bumble.apps.controllers takes exactly two transports (its own check, despite its usage
# line); the strap needs a third controller on the same link, so the same few lines here.
CONTROLLERS = str(Path(__file__).with_name("bumble_controllers.py"))


def test_a_simulated_strap_over_bumble_bpm_contact_silence_and_link_loss(processes, tmp_path):  # noqa: F811
    app_port, sim_port, strap_port = _free_ports(3)
    processes(
        CONTROLLERS,
        f"tcp-server:_:{app_port}",
        f"tcp-server:_:{sim_port}",
        f"tcp-server:_:{strap_port}",
    )
    for port in (app_port, sim_port, strap_port):
        _wait_listening(port, 20)
    report = tmp_path / "report.json"
    simulator = processes(
        "-m",
        "walkcoach.devices.simulator",
        "--hci",
        f"tcp-client:127.0.0.1:{sim_port}",
        "--heart-rate",
        f"tcp-client:127.0.0.1:{strap_port}",
        "--accel-kmh-per-s",
        "5",
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
    assert lines.get(timeout=30).strip() == f"ready-hr {DEFAULT_HR_ADDRESS}"

    def say(command: str) -> None:
        simulator.stdin.write(command + "\n")
        simulator.stdin.flush()
        assert lines.get(timeout=10).strip() == f"ok {command}"

    events: list = []
    seen: dict[str, object] = {}

    async def session() -> None:
        loop = asyncio.get_running_loop()
        clock = ScaledClock(TIME_SCALE)
        host = SharedHost(f"tcp-client:127.0.0.1:{app_port}")
        runner, deliver = LoopRunner(loop), loop.call_soon_threadsafe
        belt = bumble_transport(DEFAULT_ADDRESS, runner, deliver, host=host)
        controller = TreadmillController(belt, clock, lambda _event: None)
        transport = bumble_transport(
            DEFAULT_HR_ADDRESS, runner, deliver, kind="heart_rate", host=host
        )
        monitor = HeartRateMonitor(
            transport,
            clock,
            events.append,
            MonitorSettings(reconnect_backoff_s=(1.0,)).for_time_scale(TIME_SCALE),
        )

        async def until(done, timeout_s: float = 30) -> None:
            deadline = loop.time() + timeout_s
            while not done():
                assert loop.time() < deadline, events[-8:]
                monitor.tick()
                controller.tick()
                await asyncio.sleep(0.02)

        controller.connect()
        await until(lambda: controller.link_state is LinkState.READY)
        monitor.connect()
        await until(lambda: monitor.current_bpm is not None)
        seen["resting"] = monitor.current_bpm
        beat = next(e for e in events if isinstance(e, HeartRate))
        seen["rr"] = beat.rr_s
        # The belt goes to 5 km/h up 10 %: the strap's heart rate climbs after it.
        controller.start_segment(SegmentTarget(5.0, 10.0))
        await until(lambda: (monitor.current_bpm or 0) > 100, 40)
        say("hr-contact-off")
        await until(lambda: any(isinstance(e, ContactLost) for e in events))
        seen["off_contact_bpm"] = monitor.current_bpm
        say("hr-contact-on")
        await until(lambda: any(isinstance(e, ContactBack) for e in events))
        await until(lambda: monitor.current_bpm is not None)
        say("hr-silence")
        silenced_at = len(events)
        await until(lambda: any(isinstance(e, SignalLost) for e in events[silenced_at:]))
        seen["silent_link"] = monitor.link_state
        say("hr-talk")
        await until(lambda: monitor.current_bpm is not None)
        say("hr-disconnect")
        await until(lambda: monitor.link_state is LinkState.WAITING_TO_RECONNECT)
        seen["lost_link_bpm"] = monitor.current_bpm
        await until(lambda: monitor.link_state is LinkState.READY and monitor.current_bpm, 40)
        seen["belt_link"] = controller.link_state
        monitor.close()  # the disconnects run on the loop: let them finish, then make sure
        controller.close()
        await until(lambda: controller.link_state is LinkState.CLOSED)
        await asyncio.sleep(1.0)
        await transport.backend.disconnect()
        await belt.backend.disconnect()

    asyncio.run(asyncio.wait_for(session(), 180))
    _stop(simulator)
    data = json.loads(report.read_text())

    assert 58 <= seen["resting"] <= 70
    assert len(seen["rr"]) == 1 and 0.8 < seen["rr"][0] < 1.1
    assert seen["off_contact_bpm"] is None and seen["lost_link_bpm"] is None
    assert seen["silent_link"] is LinkState.READY  # silence is "--", not a lost link
    assert seen["belt_link"] is LinkState.READY  # the strap's loss left the treadmill alone
    assert data["state"] == "stopped" and data["max_speed_kmh"] == 5.0
    off = [e for e in events if isinstance(e, HeartRate) and e.contact is False]
    assert off and all(e.bpm is None for e in off)  # never 0 bpm on screen or in the record
    downs = [e for e in events if isinstance(e, SensorLinkChanged)]
    assert [d.state for d in downs].count(LinkState.READY) == 2
    trace_bpm = [row[1] for row in data["heart_rate_trace"]]
    assert trace_bpm and max(trace_bpm) > 100
