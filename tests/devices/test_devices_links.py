"""Building the link from the settings, and a whole short program on the virtual treadmill."""

from __future__ import annotations

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.devices.controller import SegmentTarget, TreadmillController
from walkcoach.devices.events import LinkState, Reading, TurnNow
from walkcoach.devices.gatt_transport import AsyncGattTransport
from walkcoach.devices.links import is_address, make_link
from walkcoach.devices.transport import deliver_now


def test_a_program_on_the_virtual_treadmill_slows_for_every_turn_and_stops_at_the_end():
    clock = FakeClock()
    link = make_link("virtual", clock, deliver_now)
    machine = link.machine
    assert machine is not None
    events: list = []
    belt_at_turns: list[float] = []

    def on_event(event) -> None:
        events.append(event)
        if isinstance(event, TurnNow):  # what the belt itself does at "turn now"
            belt_at_turns.append(machine.speed_kmh)

    controller = TreadmillController(link.transport, clock, on_event)

    def run(seconds: float) -> None:
        for _ in range(round(seconds / 0.1)):
            clock.advance(0.1)
            link.tick()
            controller.tick()

    controller.connect()
    run(2)
    program = [SegmentTarget(3.0), SegmentTarget(1.0, is_turn=True), SegmentTarget(2.0)] * 2
    for segment in program:
        controller.start_segment(segment)
        if segment.is_turn:
            start = clock.now()
            while not any(isinstance(e, TurnNow) for e in events[-5:]) and clock.now() - start < 30:
                run(0.1)
            run(5)
        else:
            run(30)
    controller.close()
    run(10)
    assert len(belt_at_turns) == 2 and max(belt_at_turns) <= 1.0
    assert machine.state == "stopped" and machine.speed_kmh == 0.0
    assert controller.link_state is LinkState.CLOSED
    last_reported_m = [e.data.distance_m for e in events if isinstance(e, Reading)][-1]
    assert 60 < last_reported_m <= machine.distance_m < last_reported_m + 5


def test_an_address_with_hci_goes_through_bumble_without_connecting_yet():
    link = make_link("F0:57:A1:7E:AD:01", FakeClock(), deliver_now, hci="tcp-client:127.0.0.1:1")
    try:
        assert isinstance(link.transport, AsyncGattTransport)
        assert type(link.transport.backend).__name__ == "BumbleBackend"
        assert link.machine is None
    finally:
        link.close()


def test_an_address_without_hci_goes_through_the_system_bluetooth():
    link = make_link("F0:57:A1:7E:AD:01", FakeClock(), deliver_now)
    try:
        assert type(link.transport.backend).__name__ == "BleakBackend"  # type: ignore[attr-defined]
    finally:
        link.close()


def test_a_name_or_garbage_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="not a Bluetooth address .* or 'virtual'"):
        make_link("My Treadmill", FakeClock(), deliver_now)


def test_address_forms():
    assert is_address("f0:57:a1:7e:ad:01") and is_address("F0:57:A1:7E:AD:01")
    assert is_address("3D1A4C8E-2F4B-4C1D-9E5A-0123456789AB")  # macOS
    assert not is_address("F0:57:A1:7E:AD") and not is_address("virtual")
