"""A controller wired to a virtual treadmill on a fake clock, stepped by hand (no sleeps)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.devices.controller import ControllerSettings, SegmentTarget, TreadmillController
from walkcoach.devices.events import DeviceEvent, LinkState
from walkcoach.devices.virtual import VirtualTreadmill, VirtualTreadmillConfig
from walkcoach.devices.virtual_transport import VirtualTransport

E = TypeVar("E")
STEP_S = 0.1


class Rig:
    def __init__(
        self,
        clock: FakeClock,
        config: VirtualTreadmillConfig | None = None,
        settings: ControllerSettings | None = None,
    ) -> None:
        self.clock = clock
        self.machine = VirtualTreadmill(clock.now(), config or VirtualTreadmillConfig())
        self.transport = VirtualTransport(self.machine, clock)
        self.events: list[DeviceEvent] = []
        self.controller = TreadmillController(self.transport, clock, self.events.append, settings)

    def step(self) -> None:
        self.clock.advance(STEP_S)
        self.transport.tick()
        self.controller.tick()

    def run(self, seconds: float) -> None:
        for _ in range(round(seconds / STEP_S)):
            self.step()

    def run_until(self, done: Callable[[], Any], max_s: float) -> float:
        """Steps until ``done()`` is true; returns the session seconds it took."""
        start = self.clock.now()
        while not done():
            if self.clock.now() - start > max_s:
                raise AssertionError(f"not done within {max_s} s; events: {self.events[-8:]}")
            self.step()
        return self.clock.now() - start

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    def connected(self) -> Rig:
        self.controller.connect()
        self.run_until(lambda: self.controller.link_state is LinkState.READY, 5)
        return self

    def walking(self, speed_kmh: float = 3.0, incline_pct: float = 0.0) -> Rig:
        """Connected, and the belt up to ``speed_kmh`` in a walking segment."""
        self.connected()
        self.controller.start_segment(SegmentTarget(speed_kmh, incline_pct))
        self.run_until(lambda: abs(self.machine.speed_kmh - speed_kmh) < 1e-6, 30)
        self.run(1.5)  # and reported
        return self

    def sent(self) -> list[str]:
        """The names of the commands the machine received, in order."""
        return [r.request.name if r.request else "garbled" for r in self.machine.received]


@pytest.fixture
def make_rig(fake_clock: FakeClock) -> Callable[..., Rig]:
    def make(**kwargs: Any) -> Rig:
        return Rig(fake_clock, **kwargs)

    return make
