"""Building the heart-rate link from the settings: the virtual sensor through the monitor on a
fake clock, a real address sharing the treadmill link's thread and bumble host, clear errors."""

from __future__ import annotations

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.devices.events import LinkState
from walkcoach.devices.gatt_transport import AsyncGattTransport
from walkcoach.devices.hr_monitor import HeartRateMonitor
from walkcoach.devices.links import make_heart_rate_link, make_link
from walkcoach.devices.transport import deliver_now
from walkcoach.devices.virtual_hr import Effort


def test_the_virtual_sensor_through_its_link_follows_the_effort_set_from_the_session():
    clock = FakeClock()
    link = make_heart_rate_link("virtual", clock, deliver_now)
    assert link.sensor is not None
    events: list = []
    monitor = HeartRateMonitor(link.transport, clock, events.append)

    def run(seconds: float) -> None:
        for _ in range(round(seconds / 0.1)):
            clock.advance(0.1)
            link.tick()
            monitor.tick()

    monitor.connect()
    run(5)
    resting = monitor.current_bpm
    link.sensor.set_effort(Effort.for_segment("backward", 3.5, 5.0))
    run(120)
    assert monitor.link_state is LinkState.READY and resting == 62
    assert monitor.current_bpm is not None and monitor.current_bpm > resting + 20


def test_a_sensor_address_with_hci_shares_the_treadmills_thread_and_host():
    hci = "tcp-client:127.0.0.1:1"
    belt = make_link("F0:57:A1:7E:AD:01", FakeClock(), deliver_now, hci=hci)
    try:
        strap = make_heart_rate_link(
            "F0:57:A1:48:52:01", FakeClock(), deliver_now, hci, alongside=belt
        )
        assert isinstance(strap.transport, AsyncGattTransport)
        assert strap.transport.kind == "heart_rate"
        assert strap.thread is belt.thread and strap.host is belt.host is not None
        strap.close()  # does not stop the shared thread
        assert belt.thread is not None and belt.thread.running
    finally:
        belt.close()


def test_a_sensor_address_alone_gets_its_own_system_bluetooth_thread():
    link = make_heart_rate_link("F0:57:A1:48:52:01", FakeClock(), deliver_now)
    try:
        assert type(link.transport.backend).__name__ == "BleakBackend"  # type: ignore[attr-defined]
        assert link.transport.backend.kind == "heart_rate"  # type: ignore[attr-defined]
    finally:
        link.close()
    assert link.thread is not None and not link.thread.running


def test_a_name_or_garbage_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="not a Bluetooth address .* or 'virtual'"):
        make_heart_rate_link("Polar H10", FakeClock(), deliver_now)


def test_importing_the_heart_rate_layer_loads_no_bluetooth_stack():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import walkcoach.devices.hr_monitor, walkcoach.devices.virtual_hr\n"
        "import walkcoach.devices.links, walkcoach.core.hr_coach, walkcoach.core.hr_zones\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('bleak', 'bumble', 'PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
