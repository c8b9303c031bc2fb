"""A bumble GATT server that serves a VirtualTreadmill as an FTMS treadmill over real ATT.

Used by the GATT tests (two bumble Controllers on one LocalLink) and by ``python -m
walkcoach.devices.simulator`` (across processes). Imports bumble.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from bumble import gatt
from bumble.device import Connection, Device

from walkcoach.core.clock import Clock
from walkcoach.devices import uuids
from walkcoach.devices.advertising import treadmill_advertising_data
from walkcoach.devices.bumble_transport import bumble_uuid
from walkcoach.devices.virtual import VirtualTreadmill

log = logging.getLogger(__name__)

READABLE = gatt.Characteristic.Permissions.READABLE
WRITEABLE = gatt.Characteristic.Permissions.WRITEABLE
Props = gatt.Characteristic.Properties


class FtmsServer:
    """Adds the Fitness Machine service to ``device`` and keeps the machine's time moving."""

    def __init__(
        self,
        device: Device,
        machine: VirtualTreadmill,
        clock: Clock,
        name: str,
        tick_s: float = 0.05,
    ) -> None:
        self.device = device
        self.machine = machine
        self.clock = clock
        self.name = name
        self.tick_s = tick_s
        self._flush_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

        def readable(short: int) -> gatt.Characteristic[Any]:
            value = gatt.CharacteristicValue(read=lambda _connection: machine.read(short) or b"")
            return gatt.Characteristic(bumble_uuid(short), Props.READ, READABLE, value)

        self.data_characteristic: gatt.Characteristic[Any] = gatt.Characteristic(
            bumble_uuid(uuids.TREADMILL_DATA), Props.NOTIFY, READABLE, b""
        )
        self.status_characteristic: gatt.Characteristic[Any] = gatt.Characteristic(
            bumble_uuid(uuids.FITNESS_MACHINE_STATUS), Props.NOTIFY, READABLE, b""
        )
        self.control_point: gatt.Characteristic[Any] = gatt.Characteristic(
            bumble_uuid(uuids.FITNESS_MACHINE_CONTROL_POINT),
            Props.WRITE | Props.INDICATE,
            WRITEABLE,
            gatt.CharacteristicValue(write=self._on_write),
        )
        self._by_uuid = {
            uuids.TREADMILL_DATA: self.data_characteristic,
            uuids.FITNESS_MACHINE_STATUS: self.status_characteristic,
            uuids.FITNESS_MACHINE_CONTROL_POINT: self.control_point,
        }
        device.add_service(
            gatt.Service(
                bumble_uuid(uuids.FITNESS_MACHINE_SERVICE),
                [
                    readable(uuids.FITNESS_MACHINE_FEATURE),
                    self.data_characteristic,
                    readable(uuids.SUPPORTED_SPEED_RANGE),
                    readable(uuids.SUPPORTED_INCLINATION_RANGE),
                    self.control_point,
                    self.status_characteristic,
                ],
            )
        )

    async def start(self) -> None:
        """Power on, advertise (again after every disconnection) and start the machine's clock."""
        await self.device.power_on()
        await self.device.start_advertising(
            advertising_data=treadmill_advertising_data(self.name),
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

    async def _run(self) -> None:
        while True:
            self.machine.advance(self.clock.now())
            await self.flush()
            await asyncio.sleep(self.tick_s)

    def _on_write(self, _connection: Connection, value: bytes) -> None:
        self.machine.advance(self.clock.now())
        self.machine.write_control_point(bytes(value))
        # The ATT write response goes out first; the indication follows from the loop.
        asyncio.get_running_loop().create_task(self.flush())

    async def flush(self) -> None:
        """Send what the machine said, in order: notifications, and the control point's
        indications (each waits for the client's confirmation)."""
        async with self._flush_lock:
            outbox, self.machine.outbox = self.machine.outbox, []
            for short, payload in outbox:
                characteristic = self._by_uuid.get(short)
                if characteristic is None:
                    continue
                try:
                    if short == uuids.FITNESS_MACHINE_CONTROL_POINT:
                        await self.device.indicate_subscribers(characteristic, payload)
                    else:
                        await self.device.notify_subscribers(characteristic, payload)
                except Exception as error:  # a client gone mid-send: drop, keep serving
                    log.info("could not send %#06x: %s", short, error)
