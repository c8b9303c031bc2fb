"""The real GATT path in one process: controller <-> bumble transport <-> ATT/GATT <-> the FTMS
server serving a virtual treadmill, on two bumble Controllers sharing one LocalLink.

Real time, bounded: the session clock runs 4x faster than real time (ScaledClock), as
--time-scale will, and every wait has a time-out.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("bumble")

from bumble.controller import Controller
from bumble.device import Device
from bumble.hci import Address
from bumble.host import Host
from bumble.link import LocalLink
from bumble.transport.common import AsyncPipeSink

from walkcoach.core.clock import ScaledClock
from walkcoach.devices.bumble_transport import bumble_transport
from walkcoach.devices.controller import SegmentTarget, TreadmillController
from walkcoach.devices.events import (
    FaultReason,
    LinkState,
    RangesRead,
    Reading,
    SessionMustPause,
    TurnNow,
    TurnWaiting,
    UserOverride,
)
from walkcoach.devices.ftms import InclineRange, SpeedRange
from walkcoach.devices.ftms_server import FtmsServer
from walkcoach.devices.gatt_transport import AsyncGattTransport
from walkcoach.devices.loop_thread import LoopRunner
from walkcoach.devices.virtual import VirtualTreadmill, VirtualTreadmillConfig

SERVER_ADDRESS = "F0:F0:F0:F0:F0:F0"
CLIENT_ADDRESS = "F1:F1:F1:F1:F1:F1"
TIME_SCALE = 4.0


def _device(link: LocalLink, address: str) -> Device:
    controller = Controller(address, link=link, public_address=address)
    return Device(address=Address(address), host=Host(controller, AsyncPipeSink(controller)))


class GattRig:
    """Built inside the running loop (bumble's Controller needs one)."""

    def __init__(self, config: VirtualTreadmillConfig) -> None:
        loop = asyncio.get_running_loop()
        link = LocalLink()
        self.clock = ScaledClock(TIME_SCALE)
        self.machine = VirtualTreadmill(self.clock.now(), config)
        self.server_device = _device(link, SERVER_ADDRESS)
        self.server = FtmsServer(self.server_device, self.machine, self.clock, "Test Treadmill")
        self.client_device = _device(link, CLIENT_ADDRESS)
        self.transport = bumble_transport(
            SERVER_ADDRESS,
            LoopRunner(loop),
            loop.call_soon_threadsafe,  # type: ignore[arg-type]
            device=self.client_device,
        )
        self.events: list[Any] = []
        self.controller = TreadmillController(self.transport, self.clock, self._on_event)
        self.belt_at_turn_now_kmh: float | None = None
        self._ticker: asyncio.Task[None] | None = None

    def _on_event(self, event: Any) -> None:
        self.events.append(event)
        if isinstance(event, TurnNow):
            # What the machine itself is doing at the very moment the coach says "turn now".
            self.machine.advance(self.clock.now())
            self.belt_at_turn_now_kmh = self.machine.speed_kmh

    async def start(self) -> None:
        await self.server.start()
        self._ticker = asyncio.get_running_loop().create_task(self._tick())

    async def _tick(self) -> None:
        while True:
            self.controller.tick()
            await asyncio.sleep(0.02)

    async def until(self, done: Callable[[], Any], real_timeout_s: float = 10.0) -> None:
        async def wait() -> None:
            while not done():
                await asyncio.sleep(0.02)

        try:
            await asyncio.wait_for(wait(), real_timeout_s)
        except TimeoutError:
            raise AssertionError(f"timed out; last events: {self.events[-8:]}") from None

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    async def close(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
        await self.server.stop()
        await self.transport.backend.disconnect()


def run(scenario: Callable[[GattRig], Any], config: VirtualTreadmillConfig | None = None) -> None:
    async def main() -> None:
        rig = GattRig(config or VirtualTreadmillConfig(accel_kmh_per_s=2.0, decel_kmh_per_s=2.0))
        await rig.start()
        try:
            await asyncio.wait_for(scenario(rig), 60)
        finally:
            await rig.close()

    asyncio.run(main())


def test_connect_read_ranges_and_set_the_segment_targets():
    async def scenario(rig: GattRig) -> None:
        rig.controller.connect()
        await rig.until(lambda: rig.controller.link_state is LinkState.READY)
        assert rig.of(RangesRead) == [
            RangesRead(SpeedRange(0.5, 12.0, 0.1), InclineRange(0.0, 15.0, 0.5))
        ]
        rig.controller.start_segment(SegmentTarget(3.0, 2.0))
        await rig.until(lambda: rig.machine.target_incline_pct == 2.0)
        await rig.until(lambda: any(r.data.speed_kmh == 3.0 for r in rig.of(Reading)))
        names = [r.request.name for r in rig.machine.received]
        assert names == ["request_control", "start", "set_speed", "set_incline"]
        assert rig.machine.target_speed_kmh == 3.0
        assert all(r.result == 1 for r in rig.machine.received)

    run(scenario)


def test_the_turn_waits_for_a_belt_that_needs_a_second_to_slow_down():
    config = VirtualTreadmillConfig(accel_kmh_per_s=2.0, decel_kmh_per_s=2.0, slow_down_delay_s=1.0)

    async def scenario(rig: GattRig) -> None:
        rig.controller.connect()
        await rig.until(lambda: rig.controller.link_state is LinkState.READY)
        rig.controller.start_segment(SegmentTarget(3.0))
        await rig.until(lambda: any(r.data.speed_kmh == 3.0 for r in rig.of(Reading)))
        rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
        await rig.until(lambda: rig.of(TurnNow))
        assert rig.belt_at_turn_now_kmh is not None and rig.belt_at_turn_now_kmh <= 1.0
        # 1 s before slowing, then 2 km/h at 2 km/h/s: at least 2 s of session time
        assert rig.of(TurnNow)[0].waited_s >= 2.0
        assert rig.of(TurnWaiting)
        assert rig.machine.target_speed_kmh == 1.0  # the next direction's speed waits
        rig.controller.start_segment(SegmentTarget(2.5))
        await rig.until(lambda: rig.machine.target_speed_kmh == 2.5)

    run(scenario, config)


def test_the_server_refuses_commands_before_request_control():
    async def scenario(rig: GattRig) -> None:
        class Recorder:
            def __init__(self) -> None:
                self.up = False
                self.indications: list[str] = []

            def on_link_up(self) -> None:
                self.up = True

            def on_link_down(self, reason: str) -> None:
                raise AssertionError(reason)

            def on_notification(self, characteristic: int, payload: bytes) -> None:
                if characteristic == 0x2AD9:
                    self.indications.append(payload.hex())

            def on_read(self, characteristic: int, payload: bytes | None) -> None: ...

            def on_write_failed(self, reason: str) -> None:
                raise AssertionError(reason)

        transport: AsyncGattTransport = rig.transport
        recorder = Recorder()
        transport.connect(recorder)
        await rig.until(lambda: recorder.up)
        for payload, count in (("022c01", 1), ("00", 2), ("022c01", 3)):
            transport.write_control_point(bytes.fromhex(payload))
            await rig.until(lambda n=count: len(recorder.indications) == n)
        assert recorder.indications == ["800205", "800001", "800201"]
        assert rig.machine.target_speed_kmh == 3.0

    run(scenario)


def test_refusal_retry_user_override_and_safety_key_over_gatt():
    async def scenario(rig: GattRig) -> None:
        rig.controller.connect()
        await rig.until(lambda: rig.controller.link_state is LinkState.READY)
        rig.controller.start_segment(SegmentTarget(2.0))
        await rig.until(lambda: rig.machine.target_speed_kmh == 2.0)
        rig.machine.controlled = False  # the machine forgot the grant
        rig.controller.start_segment(SegmentTarget(2.5))
        await rig.until(lambda: rig.machine.target_speed_kmh == 2.5)
        names = [r.request.name for r in rig.machine.received][-4:]
        assert names == ["set_speed", "request_control", "set_speed", "set_incline"]
        rig.machine.press_speed(3.2)  # on the machine's own console
        await rig.until(lambda: rig.of(UserOverride))
        assert rig.of(UserOverride) == [UserOverride("speed", 3.2)]
        rig.machine.pull_safety_key()
        await rig.until(lambda: rig.of(SessionMustPause))
        assert rig.of(SessionMustPause)[0].reason is FaultReason.SAFETY_KEY
        assert rig.machine.speed_kmh == 0.0

    run(scenario)


def test_a_dropped_link_pauses_reconnects_and_pauses_the_belt():
    async def scenario(rig: GattRig) -> None:
        rig.controller.connect()
        await rig.until(lambda: rig.controller.link_state is LinkState.READY)
        rig.controller.start_segment(SegmentTarget(3.0))
        await rig.until(lambda: any(r.data.speed_kmh == 3.0 for r in rig.of(Reading)))
        for connection in list(rig.server_device.connections.values()):
            await connection.disconnect()
        await rig.until(lambda: rig.of(SessionMustPause))
        assert rig.of(SessionMustPause)[0].reason is FaultReason.LINK_LOST
        await rig.until(lambda: rig.machine.state == "paused", 15)
        assert rig.controller.link_state is LinkState.READY
        assert [r.request.name for r in rig.machine.received][-2:] == ["request_control", "pause"]
        await rig.until(lambda: rig.machine.speed_kmh == 0.0)

    run(scenario)


def test_scan_finds_the_treadmill_by_its_advertisement():
    from walkcoach.devices.scan import FoundDevice, scan_bumble

    async def scenario(rig: GattRig) -> None:
        seen: list[FoundDevice] = []
        found = await scan_bumble(1.5, device=rig.client_device, on_found=seen.append)
        assert [(d.address, d.name, d.kind) for d in found] == [
            (SERVER_ADDRESS, "Test Treadmill", "treadmill")
        ]
        assert [d.address for d in seen] == [SERVER_ADDRESS]  # reported once, as found
        assert found[0].as_json().keys() == {"address", "name", "kind", "rssi"}

    run(scenario)


def test_a_treadmill_name_is_resolved_to_its_address_by_a_scan():
    from walkcoach.devices.links import find_address

    async def scenario(rig: GattRig) -> None:
        assert await find_address("test treadmill", 1.2, device=rig.client_device) == SERVER_ADDRESS
        assert await find_address("Test", 1.2, device=rig.client_device) == SERVER_ADDRESS
        assert await find_address("Other Machine", 1.2, device=rig.client_device) is None
        assert await find_address(SERVER_ADDRESS, 0.1) == SERVER_ADDRESS  # no scan needed

    run(scenario)
