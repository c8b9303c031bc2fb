"""The link dropped and back three times in one session, and the strap's contact lost and found,
with the window, over a real ATT/GATT stack: bumble's virtual controllers (tests/devices/bumble_controllers.py) and the simulated
treadmill (python -m walkcoach.devices.simulator) in two processes, and here the window, its
session, the real treadmill link on bumble and the history file, in real time sped up 8x, with
Space pressed as a user would after each drop.

What the simulator saw is the truth checked: its belt runs on while the link is down (it models
a treadmill that keeps going when its client goes), is paused by the app as soon as the link is
back, and is started again only after Space; the history holds one session, with all the time
walked and nothing recorded while it was paused. While the strap (bumble's Heart Rate profile on
a third controller) says "no contact", the samples carry no heart rate, never a made-up one. Free ports from the system and tmp_path only,
so two pytest-xdist workers never meet. Bounded waits; every process is stopped at the end.
The same on a fake clock: test_treadmill_faults_window.py.
"""

from __future__ import annotations

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

from PySide6.QtCore import Qt
from window_harness import LinkedCoach

from walkcoach.core.clock import ScaledClock
from walkcoach.core.events import SessionState
from walkcoach.core.program import Program, Segment
from walkcoach.core.settings import Settings
from walkcoach.devices.events import LinkState
from walkcoach.devices.simulator import DEFAULT_ADDRESS, DEFAULT_HR_ADDRESS
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import get_session
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui.devices.link import TreadmillLink
from walkcoach.ui.session.recorder import SessionRecorder

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[3]
CONTROLLERS = str(REPO / "tests" / "devices" / "bumble_controllers.py")
TIME_SCALE = 8.0
WALK_KMH = 3.0
LONG_WALK = Program(id="long-walk", name="Long walk", main=(Segment("forward", 900, WALK_KMH),))


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
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


class Machine:
    """The simulator process, spoken to on its standard input as a person at the machine."""

    def __init__(self, process: subprocess.Popen, strap: bool) -> None:
        self.process = process
        self._lines: queue.Queue = queue.Queue()
        threading.Thread(
            target=lambda: [self._lines.put(x) for x in process.stdout], daemon=True
        ).start()
        assert self._lines.get(timeout=30).strip() == f"ready {DEFAULT_ADDRESS}"
        if strap:
            assert self._lines.get(timeout=30).strip() == f"ready-hr {DEFAULT_HR_ADDRESS}"

    def say(self, command: str) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._lines.get(timeout=10).strip()

    def status(self) -> dict:
        return json.loads(self.say("status").removeprefix("ok status "))


@pytest.fixture
def bumble_machine(tmp_path):
    """``start(strap=False)``: the controllers and the simulator (with a chest strap on a third
    controller when asked), then (the app's HCI transport, the Machine, the report's path)."""
    started: list[subprocess.Popen] = []
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def spawn(*args: str, **kwargs) -> subprocess.Popen:
        with open(tmp_path / f"process-{len(started)}.log", "w") as errors:
            process = subprocess.Popen(
                [sys.executable, *args], env=env, stderr=errors, text=True, **kwargs
            )
        started.append(process)
        return process

    def start(strap: bool = False) -> tuple[str, Machine, Path]:
        ports = _free_ports(3 if strap else 2)
        spawn(CONTROLLERS, *(f"tcp-server:_:{port}" for port in ports))
        for port in ports:
            _wait_listening(port, 20)
        report = tmp_path / "report.json"
        strap_args = ["--heart-rate", f"tcp-client:127.0.0.1:{ports[2]}"] if strap else []
        simulator = spawn(
            "-m",
            "walkcoach.devices.simulator",
            "--hci",
            f"tcp-client:127.0.0.1:{ports[1]}",
            *strap_args,
            "--accel-kmh-per-s",
            "3",
            "--decel-kmh-per-s",
            "3",
            "--time-scale",
            str(TIME_SCALE),
            "--report",
            str(report),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        return f"tcp-client:127.0.0.1:{ports[0]}", Machine(simulator, strap), report

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


class OverBumble(LinkedCoach):
    def __init__(self, qtbot, data_dir, hci: str) -> None:
        settings = Settings(units="kmh", safety_check_seen=True, get_ready_s=0)
        self.db_path = data_dir / "history.sqlite3"
        self.writer = SessionWriter(self.db_path)
        clock = ScaledClock(TIME_SCALE)
        super().__init__(
            qtbot,
            clock,
            data_dir,
            settings,
            recorder_factory=self.make_recorder,
            time_scale=TIME_SCALE,
        )
        self.link = TreadmillLink(DEFAULT_ADDRESS, clock, hci=hci, parent=self.controller)
        self.window.ensure_link_view()
        self.controller.use_link(self.link)
        self.page.picker.set_programs([LONG_WALK])

    def make_recorder(self, program, plan):
        return SessionRecorder(
            self.writer,
            program,
            plan,
            self.controller.snapshot,
            weight_kg=70.0,
            units="kmh",
            parent=self.controller,
        )

    def stored(self):
        conn = open_readonly(self.db_path)
        try:
            return get_session(conn, self.writer.session_id)
        finally:
            conn.close()


def _until(qtbot, done, timeout_s: float, what: str) -> None:
    try:
        qtbot.waitUntil(done, timeout=int(timeout_s * 1000))
    except AssertionError:
        raise AssertionError(f"not within {timeout_s} s: {what}") from None


def test_three_drops_over_bumble_pause_each_time_space_goes_on_and_one_session_is_kept(
    qtbot, data_dir, bumble_machine
):
    hci, machine, report = bumble_machine()
    coach = OverBumble(qtbot, data_dir, hci)
    try:
        _until(qtbot, lambda: coach.link.state is LinkState.READY, 20, "linked")
        coach.window.request_start(skip_dialogs=True)
        _until(qtbot, lambda: machine.status()["speed_kmh"] == WALK_KMH, 20, "walking")
        paused_active_s = []
        for drop in range(3):
            assert machine.say("disconnect") == "ok disconnect"
            _until(
                qtbot,
                lambda: coach.controller.snapshot().paused_reason == "treadmill",
                10,
                f"drop {drop + 1}: the session paused",
            )
            assert "link was lost" in coach.page.paused_text
            paused_active_s.append(coach.controller.snapshot().active_s)
            # Linked again by itself, and the belt paused once it can be reached.
            _until(qtbot, lambda: machine.status()["state"] == "paused", 15, "the belt paused")
            _until(qtbot, lambda: machine.status()["speed_kmh"] == 0, 10, "the belt at rest")
            qtbot.wait(int(6 / TIME_SCALE * 1000))  # nobody touches anything
            status = machine.status()
            assert status["speed_kmh"] == 0 and status["state"] == "paused", status
            assert coach.controller.state is SessionState.PAUSED
            assert coach.controller.snapshot().active_s == pytest.approx(paused_active_s[-1])
            coach.key(qtbot, Qt.Key.Key_Space)  # the user goes on: 3-2-1, then the speed
            _until(qtbot, lambda: coach.controller.state is SessionState.RUNNING, 10, "going on")
            _until(qtbot, lambda: machine.status()["speed_kmh"] == WALK_KMH, 15, "walking again")
        qtbot.wait(int(4 / TIME_SCALE * 1000))
        walked_s = coach.controller.snapshot().active_s
        coach.controller.stop()
        _until(qtbot, lambda: machine.status()["state"] == "stopped", 10, "the belt stopped")
        session = coach.stored()
    finally:
        coach.controller.shutdown()
        coach.event_log.close()
        coach.writer.close()
    machine.process.terminate()
    machine.process.wait(10)
    seen = json.loads(report.read_text())

    # The history: one session, whole, with all the time walked and nothing while paused.
    assert session.status == "stopped"
    assert session.active_s == pytest.approx(walked_s, abs=1.0)
    times = [s.at_s for s in session.samples]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert len(times) >= 0.5 * session.active_s  # about one a second, at 8x in real time
    assert session.distance_source == "measured"
    assert 0 < session.distance_km * 1000 <= seen["distance_m"]
    # The machine's side: four links (the first and three returns), each drop's by the machine.
    links = [(e["event"], e.get("reason")) for e in seen["links"]]
    assert (
        links[:6]
        == [
            ("connected", None),
            ("disconnected", "REMOTE_USER_TERMINATED_CONNECTION_ERROR"),
        ]
        * 3
    )
    assert links[6] == ("connected", None)
    # Its commands: after each drop, control and a pause, and nothing more until Space.
    commands = [c["command"] for c in seen["commands"]]
    walk = ["start", "set_speed", "set_incline"]
    assert commands == ["request_control", *walk] + ["request_control", "pause", *walk] * 3 + [
        "stop"
    ], commands
    # While each link was down the belt ran on at the speed set: nothing could reach it.
    assert seen["max_speed_kmh"] == WALK_KMH
    for down, up in zip(seen["links"][1::2], seen["links"][2::2], strict=False):
        gap = [t for t in seen["trace"] if down["at_s"] + 0.5 < t[0] < up["at_s"]]
        assert gap and all(t[1] == WALK_KMH for t in gap), gap


def test_the_straps_contact_lost_and_found_over_bumble_records_no_heart_rate_meanwhile(
    qtbot, data_dir, bumble_machine
):
    hci, machine, _report = bumble_machine(strap=True)
    coach = OverBumble(qtbot, data_dir, hci)
    try:
        coach.window.use_heart_rate(DEFAULT_HR_ADDRESS, hci)  # beside the treadmill, one host
        _until(qtbot, lambda: coach.link.state is LinkState.READY, 20, "linked")
        coach.window.request_start(skip_dialogs=True)
        _until(qtbot, lambda: machine.status()["speed_kmh"] == WALK_KMH, 20, "walking")
        _until(
            qtbot, lambda: coach.controller.current_heart_rate()[0] is not None, 20, "a heart rate"
        )
        qtbot.wait(int(5 / TIME_SCALE * 1000))
        assert machine.say("hr-contact-off") == "ok hr-contact-off"  # the strap slips
        off_s = coach.controller.snapshot().active_s
        badge = coach.page.display.heart_rate_badge
        _until(qtbot, lambda: "no skin contact" in badge.zone_label.text(), 10, "no contact")
        assert badge.bpm_label.text() == "♥ --"
        qtbot.wait(int(12 / TIME_SCALE * 1000))
        assert coach.controller.state is SessionState.RUNNING  # it never pauses the session
        assert machine.say("hr-contact-on") == "ok hr-contact-on"
        on_s = coach.controller.snapshot().active_s
        _until(
            qtbot,
            lambda: coach.controller.current_heart_rate()[0] is not None,
            10,
            "the heart rate back",
        )
        qtbot.wait(int(8 / TIME_SCALE * 1000))
        coach.controller.stop()
        _until(qtbot, lambda: machine.status()["state"] == "stopped", 10, "the belt stopped")
        samples = coach.stored().samples
    finally:
        coach.controller.shutdown()
        coach.event_log.close()
        coach.writer.close()
    # Through bumble's Heart Rate profile and the real link: while the strap said "no contact"
    # the samples carry the belt's figures and no heart rate; after, heart rates again.
    during = [s for s in samples if off_s + 2 < s.at_s < on_s]
    after = [s for s in samples if s.at_s > on_s + 2]
    assert len(during) >= 4 and all(s.heart_rate_bpm is None for s in during), during
    assert all(s.speed_kmh == WALK_KMH for s in during)
    assert len(after) >= 3 and all(s.heart_rate_bpm for s in after), after
    assert any(s.heart_rate_bpm for s in samples if s.at_s < off_s)
    assert all(s.heart_rate_bpm != 0 for s in samples)
