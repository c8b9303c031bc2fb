"""`walkcoach devices`, run as a user would: a scan across processes (bumble's virtual
controllers in one process, the simulated treadmill advertising in another, the command in a
third), and every way it can fail: one line on stderr, a clear exit status, no traceback."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from walkcoach.devices.simulator import DEFAULT_ADDRESS, DEFAULT_NAME

REPO = Path(__file__).resolve().parents[2]


def walkcoach(*args: str, data_dir: Path, env: dict[str, str] | None = None, python_c: str = ""):
    command = [sys.executable, "-c", python_c] if python_c else [sys.executable, "-m", "walkcoach"]
    return subprocess.run(
        [*command, *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100", **(env or {})},
        timeout=90,
    )


def one_error_line(result: subprocess.CompletedProcess[str], status: int, *fragments: str) -> str:
    assert result.returncode == status, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("walkcoach: error: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


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
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def start(tmp_path):
    started: list[subprocess.Popen] = []

    def start(*args: str, **kwargs) -> subprocess.Popen:
        with open(tmp_path / f"process-{len(started)}.log", "w") as log:
            process = subprocess.Popen(
                [sys.executable, *args],
                env={**os.environ, "PYTHONPATH": str(REPO)},
                stdin=subprocess.DEVNULL,
                stderr=log,
                text=True,
                **kwargs,
            )
        started.append(process)
        return process

    yield start
    for process in reversed(started):
        _stop(process)


@pytest.fixture
def controllers(start) -> tuple[int, int]:
    """Two linked bumble virtual controllers: (the command's port, the simulator's port)."""
    pytest.importorskip("bumble")
    app_port, sim_port = _free_ports(2)
    start("-m", "bumble.apps.controllers", f"tcp-server:_:{app_port}", f"tcp-server:_:{sim_port}")
    _wait_listening(app_port, 20)
    _wait_listening(sim_port, 20)
    return app_port, sim_port


@pytest.mark.slow
def test_the_simulated_treadmill_is_listed_across_processes(controllers, start, tmp_path):
    app_port, sim_port = controllers
    simulator = start(
        "-m",
        "walkcoach.devices.simulator",
        "--hci",
        f"tcp-client:127.0.0.1:{sim_port}",
        stdout=subprocess.PIPE,
    )
    assert simulator.stdout.readline().strip() == f"ready {DEFAULT_ADDRESS}"
    hci = f"tcp-client:127.0.0.1:{app_port}"

    result = walkcoach("devices", "--hci", hci, "--scan-s", "2", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [d for d in found if d["address"] == DEFAULT_ADDRESS] == [
        {
            "address": DEFAULT_ADDRESS,
            "name": DEFAULT_NAME,
            "kind": "treadmill",
            "rssi": found[0]["rssi"],
        }
    ]
    assert all(set(d) == {"address", "name", "kind", "rssi"} for d in found)
    assert found[0]["rssi"] is None or -127 <= found[0]["rssi"] <= 20

    # The table, with the transport taken from the settings when --hci is not given.
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "hci": hci}))
    result = walkcoach("devices", "--scan-s", "2", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Name", "Kind", "Signal", "Address"]
    row = next(line for line in lines if DEFAULT_ADDRESS in line)
    assert row.startswith(DEFAULT_NAME) and "treadmill" in row
    assert f"1 found in 2 s through {hci}" in result.stdout


@pytest.mark.slow
def test_nothing_in_range_is_an_empty_list_not_an_error(controllers, tmp_path):
    hci = f"tcp-client:127.0.0.1:{controllers[0]}"
    result = walkcoach("devices", "--hci", hci, "--scan-s", "1", "--json", data_dir=tmp_path)
    assert (result.returncode, json.loads(result.stdout), result.stderr) == (0, [], "")
    result = walkcoach("devices", "--hci", hci, "--scan-s", "1", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("No treadmill or heart-rate sensor found in 1 s through")


@pytest.mark.parametrize("scan_s", ["0", "-1", "61", "nan", "inf", "soon"])
def test_a_bad_scan_time_is_a_usage_error(scan_s, tmp_path):
    result = walkcoach("devices", "--scan-s", scan_s, data_dir=tmp_path)
    one_error_line(result, 2, "--scan-s", "seconds")


@pytest.mark.parametrize(
    "hci, fragment",
    [
        ("bogus", "bumble knows no transport called 'bogus'"),
        ("tcp-client:nohost", "cannot read what follows 'tcp-client:'"),
        ("Not A Name", "a scheme such as usb or tcp-client"),
    ],
)
def test_a_bad_transport_name_is_a_usage_error(hci, fragment, tmp_path):
    pytest.importorskip("bumble")
    result = walkcoach("devices", "--hci", hci, "--scan-s", "1", data_dir=tmp_path)
    one_error_line(result, 2, f"--hci: {hci!r} is not an HCI transport name", fragment, "usb:0")


def test_a_transport_that_cannot_be_opened_says_so(tmp_path):
    pytest.importorskip("bumble")
    (port,) = _free_ports(1)  # nothing listens there
    result = walkcoach("devices", "--hci", f"tcp-client:127.0.0.1:{port}", data_dir=tmp_path)
    one_error_line(result, 3, f"--hci: cannot open tcp-client:127.0.0.1:{port}", "refused")


def test_a_bad_transport_in_the_settings_is_named_as_such(tmp_path):
    pytest.importorskip("bumble")
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "hci": "bogus"}))
    result = walkcoach("devices", "--scan-s", "1", data_dir=tmp_path)
    line = one_error_line(result, 2, "the HCI transport in ", "settings.json: 'bogus' is not")
    assert "--hci" not in line


def test_without_bumble_the_hint_says_how_to_install_it(tmp_path):
    hide_bumble = (
        "import sys; sys.modules['bumble'] = None; sys.argv[0] = 'walkcoach'\n"
        "from walkcoach.cli.main import main; sys.exit(main(sys.argv[1:]))"
    )
    result = walkcoach(
        "devices", "--hci", "usb:0", "--scan-s", "1", data_dir=tmp_path, python_c=hide_bumble
    )
    one_error_line(result, 3, "needs bumble", "pip install walkcoach[bumble]")


def test_without_the_system_bus_bluetooth_is_said_to_be_unreachable(tmp_path):
    # bleak reaches BlueZ through the system's D-Bus: here a socket that is not there.
    env = {"DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}"}
    result = walkcoach("devices", "--scan-s", "1", data_dir=tmp_path, env=env)
    one_error_line(result, 3, "Bluetooth service cannot be reached", "D-Bus is not running")


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/><allow own="*"/><allow send_destination="*"/><allow receive_sender="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def system_bus(tmp_path, start) -> str:
    """A D-Bus daemon of its own standing in for the system bus (no BlueZ on it)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("no dbus-daemon")
    path = tmp_path / "bus"
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(path=path))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not path.exists():
            assert time.monotonic() < deadline, "the D-Bus daemon did not start"
            time.sleep(0.05)
        yield f"unix:path={path}"
    finally:
        _stop(daemon)


def test_a_system_bus_without_bluez_says_bluez_is_not_running(system_bus, tmp_path):
    env = {"DBUS_SYSTEM_BUS_ADDRESS": system_bus}
    result = walkcoach("devices", "--scan-s", "1", "--json", data_dir=tmp_path, env=env)
    one_error_line(result, 3, "BlueZ (bluetoothd) is not running")


# A stand-in for BlueZ on that bus: the adapters given as JSON (path -> Adapter1 properties),
# listed by dbus_fast's own object manager; bleak reads them as it would read bluetoothd's.
FAKE_BLUEZ = """
import asyncio, json, sys
from dbus_fast import BusType
from dbus_fast.aio import MessageBus
from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property

ADAPTERS = json.loads(sys.argv[1])


class Adapter(ServiceInterface):
    def __init__(self, props):
        super().__init__("org.bluez.Adapter1")
        self.props = props

    @dbus_property(access=PropertyAccess.READ)
    def Powered(self) -> "b":
        return self.props["Powered"]

    @dbus_property(access=PropertyAccess.READ)
    def Roles(self) -> "as":
        return self.props["Roles"]

    @dbus_property(access=PropertyAccess.READ)
    def Address(self) -> "s":
        return "00:11:22:33:44:55"


async def main():
    bus = await MessageBus(bus_type=BusType.SYSTEM).connect()
    for path, props in ADAPTERS.items():
        bus.export(path, Adapter(props))
    await bus.request_name("org.bluez")
    print("ready", flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
"""


@pytest.mark.parametrize(
    "adapters, fragment",
    [
        ({}, "no Bluetooth LE adapter found on this computer"),
        (
            {"/org/bluez/hci0": {"Powered": False, "Roles": ["central"]}},
            "Bluetooth is switched off",
        ),
        (
            {"/org/bluez/hci0": {"Powered": True, "Roles": []}},
            "no Bluetooth LE adapter",
        ),  # classic only
    ],
)
def test_bleak_on_a_bluez_without_a_usable_adapter(system_bus, start, tmp_path, adapters, fragment):
    fake = subprocess.Popen(
        [sys.executable, "-c", FAKE_BLUEZ, json.dumps(adapters)],
        env={**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": system_bus},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert fake.stdout.readline().strip() == "ready", fake.stderr.read()
        env = {"DBUS_SYSTEM_BUS_ADDRESS": system_bus}
        result = walkcoach("devices", "--scan-s", "1", data_dir=tmp_path, env=env)
        one_error_line(result, 3, fragment)
    finally:
        _stop(fake)
        fake.stderr.close()


def test_building_the_command_line_loads_no_bluetooth_stack():
    script = (
        "import sys\n"
        "from walkcoach.cli import main as cli\n"
        "cli.build_parser().parse_args(['devices', '--hci', 'usb:0', '--json'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('bleak', 'bumble', 'dbus_fast'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr


def test_the_sub_command_is_in_the_help(tmp_path):
    result = walkcoach("--help", data_dir=tmp_path)
    assert result.returncode == 0 and "devices" in result.stdout
    result = walkcoach("devices", "--help", data_dir=tmp_path)
    assert "--scan-s N" in result.stdout and "3 Bluetooth not usable" in result.stdout
