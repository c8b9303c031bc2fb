"""Device faults over a real ATT/GATT stack in one process: the real session engine and belt
coach, the controller on the bumble transport, two bumble Controllers on one LocalLink, and the
FTMS server serving a virtual treadmill (the simulator's machine). No port, no file: each test
has its own link, so two pytest-xdist workers never meet.

What the simulated treadmill does when the link goes is what these tests read as the truth:
it keeps its belt running (nothing in FTMS makes a machine stop when its client goes, and the
research notes, /work/shared/research/treadmill-ble.md section 4, report apps leaving belts
running). So "safe" means: the session pauses at once, and the app pauses the belt as soon as
the link is back, and never starts or speeds it up until the user says so.

Real time, bounded: the session clock runs 4x faster (ScaledClock) and every wait has a time-out.
The same faults on a fake clock: tests/devices/test_devices_faults.py and test_belt_coach.py.
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
from walkcoach.devices.belt_coach import BeltCoach, BeltNotice
from walkcoach.devices.bumble_transport import bumble_transport
from walkcoach.devices.controller import DriveState, TreadmillController
from walkcoach.devices.events import (
    DeviceEvent,
    FaultReason,
    LinkChanged,
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
        # (session time, belt speed, belt state, link state, session state) at every tick:
        # what the machine itself did, whatever the app believed.
        self.trace: list[tuple[float, float, str, LinkState, SessionState]] = []
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
            self.machine.advance(self.clock.now())
            self.trace.append(
                (
                    self.clock.now(),
                    self.machine.speed_kmh,
                    self.machine.state,
                    self.controller.link_state,
                    self.engine.state,
                )
            )
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

    async def drop_link(self) -> None:
        """The radio link goes (out of range, the machine's module resets): the server's side
        of the connection is torn down, as a real disconnection would be."""
        for connection in list(self.server_device.connections.values()):
            await connection.disconnect()

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


def test_the_link_dropped_and_back_three_times_pauses_each_time_and_never_restarts_the_belt():
    async def scenario(rig: CoachedGattRig) -> None:
        await rig.connect_and_walk()
        for drop in range(1, 4):
            received_before = len(rig.machine.received)
            active_before_s = rig.engine.snapshot().active_s
            dropped_at = len(rig.trace)
            await rig.drop_link()
            await rig.until(lambda n=drop: len(rig.faults()) == n)
            # The session pauses at once (not after the 5 s data watchdog), for the treadmill.
            assert rig.faults()[-1] is FaultReason.LINK_LOST
            assert rig.engine.state is SessionState.PAUSED
            assert rig.engine.snapshot().paused_reason == "treadmill"
            # The link comes back by itself; the belt is paused as soon as it can be reached.
            await rig.until(lambda: rig.machine.state == "paused", 10)
            await rig.until(lambda: rig.machine.speed_kmh == 0.0)
            back_at = len(rig.trace)
            assert rig.commands_since(received_before) == ["request_control", "pause"]
            # The truth of the gap: the machine kept its belt running while nobody could reach
            # it (the link was down for the backoff's 1 s and the set-up), and only the app's
            # pause slowed it.
            gap = [t for t in rig.trace[dropped_at:back_at] if t[3] is not LinkState.READY]
            assert gap and all(t[2] == "running" and t[1] == WALK_KMH for t in gap)
            # Nobody touches anything for 6 s of session time: nothing starts the belt.
            await asyncio.sleep(6 / TIME_SCALE)
            assert rig.commands_since(received_before) == ["request_control", "pause"]
            assert rig.machine.speed_kmh == 0.0 and rig.engine.state is SessionState.PAUSED
            assert rig.engine.snapshot().active_s == pytest.approx(active_before_s, abs=0.3)
            # The user goes on (Space): 3-2-1, then the segment's speed is set again.
            resumed_from = len(rig.machine.received)
            assert rig.coach.request_resume() == ""
            await rig.until(lambda: rig.engine.state is SessionState.RUNNING, 5)
            since = len(rig.device_events)
            await rig.until(lambda s=since: rig.belt_reported(WALK_KMH, s))
            assert rig.commands_since(resumed_from) == ["start", "set_speed", "set_incline"]
            assert [c.request.value for c in rig.machine.received[resumed_from:] if c.request][
                1
            ] == WALK_KMH
        ups = [e for e in rig.device_events if isinstance(e, LinkChanged)]
        assert [e.state for e in ups].count(LinkState.READY) == 4  # the first link and 3 returns
        assert rig.faults() == [FaultReason.LINK_LOST] * 3
        # Never faster than the segment's speed, whatever the link did.
        assert max(t[1] for t in rig.trace) == WALK_KMH
        assert rig.controller.drive_state is DriveState.DRIVING

    run(scenario, FAST_BELT)


def test_data_stopping_without_a_disconnect_pauses_within_5_s_over_gatt():
    async def scenario(rig: CoachedGattRig) -> None:
        await rig.connect_and_walk()
        received_before = len(rig.machine.received)
        rig.machine.sending_data = False  # the machine's data stops; its link stays up
        silent_from_s = rig.clock.now()
        last_data_s = max(e.at_s for e in rig.device_events if isinstance(e, Reading))
        await rig.until(lambda: rig.faults(), 5)
        fault = next(e for e in rig.device_events if isinstance(e, SessionMustPause))
        assert fault.reason is FaultReason.NO_DATA
        waited_s = rig.clock.now() - last_data_s
        # The rule (controller.tick): no data for data_timeout_s (5 s) is a fault. The last
        # report came up to a second before the silence; ticks and the radio add a little.
        assert 5.0 <= waited_s <= 5.0 + 4 * TICK_S * TIME_SCALE + 0.5, waited_s
        assert rig.clock.now() - silent_from_s <= 5.5
        assert rig.engine.state is SessionState.PAUSED
        assert rig.engine.snapshot().paused_reason == "treadmill"
        # The link is still up: the pause goes out over it at once and the belt stops.
        assert rig.controller.link_state is LinkState.READY
        await rig.until(lambda: rig.machine.state == "paused")
        await rig.until(lambda: rig.machine.speed_kmh == 0.0)
        assert rig.commands_since(received_before) == ["pause"]
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
