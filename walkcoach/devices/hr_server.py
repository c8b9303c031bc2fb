"""A bumble GATT server that serves a VirtualHeartRateSensor through bumble's own Heart Rate
profile (bumble.profiles.heart_rate_service), as a chest strap would, over real ATT.

Used by ``python -m walkcoach.devices.simulator --heart-rate HCI`` (a strap next to the
simulated treadmill, on its own virtual controller) and by in-process GATT tests. Imports
bumble.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from bumble.device import Connection, Device
from bumble.profiles.heart_rate_service import HeartRateService

from walkcoach.core.clock import Clock
from walkcoach.devices.advertising import heart_rate_advertising_data
from walkcoach.devices.heart_rate import encode_heart_rate
from walkcoach.devices.virtual_hr import Effort, VirtualHeartRateSensor

log = logging.getLogger(__name__)


class HeartRateServer:
    """Adds the Heart Rate service to ``device``; every ``tick_s`` the sensor is given the
    walker's ``effort()`` and its due measurements are notified."""

    def __init__(
        self,
        device: Device,
        sensor: VirtualHeartRateSensor,
        clock: Clock,
        name: str,
        effort: Callable[[], Effort],
        tick_s: float = 0.05,
    ) -> None:
        self.device = device
        self.sensor = sensor
        self.clock = clock
        self.name = name
        self.effort = effort
        self.tick_s = tick_s
        self._task: asyncio.Task[None] | None = None
        self.service = HeartRateService(
            read_heart_rate_measurement=self._current,
            body_sensor_location=HeartRateService.BodySensorLocation.CHEST,
        )
        device.add_service(self.service)

    def _current(self, _connection: Connection) -> HeartRateService.HeartRateMeasurement:
        return HeartRateService.HeartRateMeasurement.from_bytes(
            encode_heart_rate(self.sensor.measurement())
        )

    async def start(self) -> None:
        await self.device.power_on()
        await self.device.start_advertising(
            advertising_data=heart_rate_advertising_data(self.name),
            auto_restart=True,
            advertising_interval_min=100,
            advertising_interval_max=100,
        )
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def disconnect_all(self) -> None:
        for connection in list(self.device.connections.values()):
            await connection.disconnect()

    async def _run(self) -> None:
        while True:
            self.sensor.set_effort(self.effort())
            self.sensor.advance(self.clock.now())
            outbox, self.sensor.outbox = self.sensor.outbox, []
            for payload in outbox:
                # Through bumble's profile: its measurement type encodes what goes on the air.
                value = HeartRateService.HeartRateMeasurement.from_bytes(payload)
                try:
                    await self.device.notify_subscribers(
                        self.service.heart_rate_measurement_characteristic, value
                    )
                except Exception as error:  # a client gone mid-send: drop, keep serving
                    log.info("could not send a heart rate: %s", error)
            await asyncio.sleep(self.tick_s)
