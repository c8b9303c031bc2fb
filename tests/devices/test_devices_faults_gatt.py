"""Data stopping without a disconnect, over a real ATT/GATT stack in one process: the real
session engine and belt coach, the controller on the bumble transport, two bumble Controllers
on one LocalLink, and the FTMS server serving a virtual treadmill (the simulator's machine)
whose Treadmill Data stops while its link and control point stay up. No port, no file: each
test has its own link, so two pytest-xdist workers never meet.

The rule read from the code (TreadmillController.tick): no Treadmill Data for data_timeout_s
(5 s) is a fault like the others: the session pauses, the belt is paused over the link that is
still there, and nothing restarts it when the data comes back.

Real time, bounded: the session clock runs 4x faster (ScaledClock) and every wait has a time-out.
The same on a fake clock: tests/devices/test_devices_faults.py::test_no_data_for_5_s_pauses_the_belt
and tests/ui/devices/test_treadmill_faults_window.py. The link dropped three times in a session
over bumble: tests/ui/devices/test_treadmill_faults_bumble.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("bumble")

from bumble.link import LocalLink
from test_devices_gatt import CLIENT_ADDRESS, SERVER_ADDRESS, TIME_SCALE, _device

from walkcoach.core.clock import ScaledClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import Event, SessionState
from walkcoach.core.program import Program, Segment
from walkcoach.devices.belt_coach import NO_DATA, BeltCoach, BeltNotice
from walkcoach.devices.bumble_transport import bumble_transport
from walkcoach.devices.controller import TreadmillController
from walkcoach.devices.events import (
    DeviceEvent,
    FaultReason,
    LinkState,
    Reading,
    SessionMustPause,
)
from walkcoach.devices.ftms_server import FtmsServer
from walkcoach.devices.loop_thread import LoopRunner
from walkcoach.devices.virtual import VirtualTreadmill, VirtualTreadmillConfig

WALK_KMH = 3.0
PROGRAM = Program(id="faults", name="Faults", main=(Segment("forward", 600, WALK_KMH),))
TICK_S = 0.02  # real seconds between ticks of the engine, the coach and the controller


class CoachedGattRig:
    """What the app's SessionController does with a linked belt, minus Qt, over bumble."""

    def __init__(self, config: VirtualTreadmillConfig) -> None:
        loop = asyncio.get_running_loop()
        link = LocalLink()
        self.clock = ScaledClock(TIME_SCALE)
        self.machine = VirtualTreadmill(self.clock.now(), config)
        self.server_device = _device(link, SERVER_ADDRESS)
        self.server = FtmsServer(self.server_device, self.machine, self.clock, "Test Treadmill")
        self.transport = bumble_transport(
            SERVER_ADDRESS,
            LoopRunner(loop),
            loop.call_soon_threadsafe,  # type: ignore[arg-type]
            device=_device(link, CLIENT_ADDRESS),
        )
        self._device_queue: list[DeviceEvent] = []
        self.device_events: list[DeviceEvent] = []
        self.controller = TreadmillController(self.transport, self.clock, self._device_queue.append)
        self.engine = SessionEngine(PROGRAM, self.clock, get_ready_s=0, turn_warning_s=10)
        self.engine.hold_turns = True
        self.events: list[Event] = []
        self.notices: list[BeltNotice] = []
        self.coach = BeltCoach(
            self.controller, self.clock, lambda: self.engine.plan, self, self.notices.append
        )
        self._ticker: asyncio.Task[None] | None = None

    # SessionActions (devices.belt_coach)
    def pause_for(self, reason: str) -> None:
        self._dispatch(self.engine.pause(reason))

    def resume(self) -> None:
        self._dispatch(self.engine.resume())

    def release_turn(self) -> None:
        self._dispatch(self.engine.release_turn())

    def current_index(self) -> int | None:
        return self.engine.index

    def _dispatch(self, events: list[Event]) -> None:
        for event in events:
            self.events.append(event)
            self.coach.on_session_event(event)

    def _route_device_events(self) -> None:
        while self._device_queue:
            event = self._device_queue.pop(0)
            self.device_events.append(event)
            self.coach.on_device_event(event)

    async def start(self) -> None:
        await self.server.start()
        self._ticker = asyncio.get_running_loop().create_task(self._tick())

    async def _tick(self) -> None:
        while True:
            self.controller.tick()
            self._route_device_events()
            self.coach.tick()
            self._dispatch(self.engine.tick())
            self._route_device_events()
            await asyncio.sleep(TICK_S)

    async def until(self, done: Callable[[], Any], real_timeout_s: float = 10.0) -> None:
        async def wait() -> None:
            while not done():
                await asyncio.sleep(TICK_S)

        try:
            await asyncio.wait_for(wait(), real_timeout_s)
        except TimeoutError:
            raise AssertionError(f"timed out; last events: {self.device_events[-8:]}") from None

    async def connect_and_walk(self) -> None:
        self.controller.connect()
        await self.until(lambda: self.controller.link_state is LinkState.READY)
        self._dispatch(self.engine.start())
        await self.until(lambda: self.belt_reported(WALK_KMH))

    def belt_reported(self, speed_kmh: float, since: int = 0) -> bool:
        return any(
            isinstance(e, Reading) and e.data.speed_kmh == speed_kmh
            for e in self.device_events[since:]
        )

    def commands_since(self, first: int) -> list[str]:
        return [r.request.name if r.request else "garbled" for r in self.machine.received[first:]]

    def faults(self) -> list[FaultReason]:
        return [e.reason for e in self.device_events if isinstance(e, SessionMustPause)]

    async def close(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
        await self.server.stop()
        await self.transport.backend.disconnect()


def run(scenario: Callable[[CoachedGattRig], Any], config: VirtualTreadmillConfig) -> None:
    async def main() -> None:
        rig = CoachedGattRig(config)
        await rig.start()
        try:
            await asyncio.wait_for(scenario(rig), 40)
        finally:
            await rig.close()

    asyncio.run(main())


FAST_BELT = VirtualTreadmillConfig(accel_kmh_per_s=4.0, decel_kmh_per_s=4.0)


def test_data_stopping_without_a_disconnect_pauses_at_the_5_s_deadline_over_gatt():
    async def scenario(rig: CoachedGattRig) -> None:
        await rig.connect_and_walk()
        received_before = len(rig.machine.received)
        rig.machine.sending_data = False  # the machine's data stops; its link stays up
        last_data_s = max(e.at_s for e in rig.device_events if isinstance(e, Reading))
        await rig.until(lambda: rig.faults(), 5)
        fault = next(e for e in rig.device_events if isinstance(e, SessionMustPause))
        assert fault.reason is FaultReason.NO_DATA
        waited_s = rig.clock.now() - last_data_s
        # The rule (controller.tick): no data for data_timeout_s (5 s) is a fault, never
        # sooner. The deadline itself is pinned on the fake clock (test_devices_faults.py);
        # here the session clock runs scaled over a real radio, where a busy 2-core machine
        # stalls the loop for a second of session time now and then: a loose upper bound.
        assert 5.0 <= waited_s <= 9.0, waited_s
        assert rig.engine.state is SessionState.PAUSED
        assert rig.engine.snapshot().paused_reason == "treadmill"
        # The link is still up: the pause goes out over it at once and the belt stops.
        assert rig.controller.link_state is LinkState.READY
        await rig.until(lambda: rig.machine.state == "paused")
        await rig.until(lambda: rig.machine.speed_kmh == 0.0)
        assert rig.commands_since(received_before) == ["pause"]
        # Space while the data is still silent: refused with why, nothing sent to the belt.
        assert rig.coach.request_resume() == NO_DATA
        await asyncio.sleep(4 / TIME_SCALE)
        assert rig.commands_since(received_before) == ["pause"]
        assert rig.engine.state is SessionState.PAUSED
        # The data comes back: the session stays paused and the belt stopped until the user.
        rig.machine.sending_data = True
        since = len(rig.device_events)
        await rig.until(lambda: any(isinstance(e, Reading) for e in rig.device_events[since:]))
        await asyncio.sleep(8 / TIME_SCALE)
        assert rig.commands_since(received_before) == ["pause"]
        assert rig.machine.speed_kmh == 0.0 and rig.engine.state is SessionState.PAUSED
        assert rig.faults() == [FaultReason.NO_DATA]
        assert rig.coach.request_resume() == ""
        await rig.until(lambda: rig.engine.state is SessionState.RUNNING, 5)
        await rig.until(lambda: rig.machine.speed_kmh == WALK_KMH)

    run(scenario, FAST_BELT)
