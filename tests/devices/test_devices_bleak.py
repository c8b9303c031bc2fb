"""What can be tested of the bleak path without a Bluetooth controller: the thread and loop
plumbing, the hand-over of every callback to the controller's thread, a failed connection
turned into a link loss with backoff, and that nothing loads a Bluetooth stack early.

Not run here (no adapter, no BlueZ daemon): a real bleak connection, subscriptions and writes.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time

from walkcoach.core.clock import MonotonicClock
from walkcoach.devices.bleak_transport import BleakBackend, bleak_transport
from walkcoach.devices.controller import ControllerSettings, TreadmillController
from walkcoach.devices.events import LinkChanged, LinkState
from walkcoach.devices.loop_thread import LoopThread


def test_the_loop_thread_runs_coroutines_on_its_own_thread_and_stops():
    thread = LoopThread()
    try:

        async def where() -> int:
            return threading.get_ident()

        assert thread.submit(where()).result(5) == thread.thread.ident != threading.get_ident()
    finally:
        thread.stop()
    assert not thread.running


def test_a_failed_bleak_connection_reaches_the_controller_on_its_own_thread_and_backs_off():
    handed_over: queue.Queue = queue.Queue()  # what a queued Qt signal does in the app
    transport, thread = bleak_transport("AA:BB:CC:DD:EE:FF", handed_over.put)
    events: list[tuple[object, int]] = []
    settings = ControllerSettings(reconnect_backoff_s=(0.2, 0.4), connect_timeout_s=20)
    controller = TreadmillController(
        transport, MonotonicClock(), lambda e: events.append((e, threading.get_ident())), settings
    )
    try:
        controller.connect()
        deadline = time.monotonic() + 20
        while controller.link_state is not LinkState.WAITING_TO_RECONNECT:
            assert time.monotonic() < deadline, events
            try:
                handed_over.get(timeout=0.1)()
            except queue.Empty:
                controller.tick()
        down = [e for e, _ in events if isinstance(e, LinkChanged)][-1]
        assert down.state is LinkState.WAITING_TO_RECONNECT and down.reason
        assert {ident for _, ident in events} == {threading.get_ident()}
    finally:
        controller.close(stop_belt=False)
        thread.stop()


def test_bleak_backend_looks_characteristics_up_by_their_128_bit_uuid():
    backend = BleakBackend("AA:BB:CC:DD:EE:FF")
    assert backend._characteristic(0x2ACD) is None  # not connected: nothing, no error


def test_importing_the_device_layer_loads_no_bluetooth_stack():
    script = (
        "import sys\n"
        "import walkcoach.devices.controller, walkcoach.devices.virtual_transport\n"
        "import walkcoach.devices.bleak_transport, walkcoach.devices.scan\n"
        "import walkcoach.devices.simulator\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('bleak', 'bumble', 'dbus_fast'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
