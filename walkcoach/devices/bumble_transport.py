"""The bumble backend: a complete Bluetooth host in Python over any bumble HCI transport
(``usb:0`` for a dongle used directly, ``tcp-client:HOST:PORT`` for a virtual controller), or
over a ready bumble Device (tests on an in-process LocalLink). Imports bumble, so only load
this module when the user asked for ``--hci``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from bumble.core import UUID
from bumble.device import Connection, Device, Peer
from bumble.gatt_client import CharacteristicProxy
from bumble.hci import Address
from bumble.transport import open_transport

from walkcoach.devices import uuids
from walkcoach.devices.gatt_transport import AsyncGattTransport
from walkcoach.devices.loop_thread import Runner
from walkcoach.devices.transport import Deliver

# The address WalkCoach's own bumble host uses (a static random address).
CLIENT_ADDRESS = "C0:57:A1:C0:AC:01"


def known_characteristics(kind: uuids.DeviceKind) -> tuple[int, ...]:
    return (*uuids.SUBSCRIPTIONS[kind], *uuids.READS[kind])


_SERVICE_NAMES: dict[uuids.DeviceKind, str] = {
    "treadmill": "Fitness Machine",
    "heart_rate": "Heart Rate",
}


def bumble_uuid(short: int) -> UUID:
    return UUID.from_16_bits(short)


class BumbleBackend:
    def __init__(
        self,
        address: str,
        hci: str | None = None,
        device: Device | None = None,
        connect_timeout_s: float = 10.0,
        kind: uuids.DeviceKind = "treadmill",
    ) -> None:
        if (hci is None) == (device is None):
            raise ValueError("give either an HCI transport name or a bumble Device")
        self.address = address
        self.kind: uuids.DeviceKind = kind
        self.hci = hci
        self._device = device
        self._owns_device = device is None
        self._connect_timeout_s = connect_timeout_s
        self._hci_transport: Any = None
        self._connection: Connection | None = None
        self._peer: Peer | None = None
        self._characteristics: dict[int, CharacteristicProxy[bytes]] = {}
        self._powered = False

    async def connect(self, on_disconnect: Callable[[str], None]) -> None:
        device = await self._ready_device()
        connection = await asyncio.wait_for(
            device.connect(Address(self.address)), self._connect_timeout_s
        )
        self._connection = connection
        connection.on(
            connection.EVENT_DISCONNECTION,
            lambda reason: on_disconnect(f"disconnected (HCI reason {reason})"),
        )
        peer = Peer(connection)
        service_uuid = bumble_uuid(uuids.SERVICE[self.kind])
        await peer.discover_services([service_uuid])
        services = peer.get_services_by_uuid(service_uuid)
        if not services:
            raise LookupError(f"the device has no {_SERVICE_NAMES[self.kind]} service")
        await peer.discover_characteristics(service=services[0])
        self._characteristics = {}
        for characteristic in services[0].characteristics:
            for short in known_characteristics(self.kind):
                if characteristic.uuid == bumble_uuid(short):
                    self._characteristics[short] = characteristic
        self._peer = peer

    async def _ready_device(self) -> Device:
        if self._device is None:
            assert self.hci is not None
            self._hci_transport = await open_transport(self.hci)
            self._device = Device.with_hci(
                "WalkCoach",
                Address(CLIENT_ADDRESS),
                self._hci_transport.source,
                self._hci_transport.sink,
            )
        if not self._powered:
            await self._device.power_on()
            self._powered = True
        return self._device

    async def subscribe(self, characteristic: int, on_value: Callable[[bytes], None]) -> bool:
        proxy = self._characteristics.get(characteristic)
        if proxy is None or self._peer is None:
            return False
        prefer_notify = characteristic != uuids.FITNESS_MACHINE_CONTROL_POINT
        await self._peer.subscribe(proxy, on_value, prefer_notify=prefer_notify)
        return True

    async def read(self, characteristic: int) -> bytes | None:
        proxy = self._characteristics.get(characteristic)
        if proxy is None or self._peer is None:
            return None
        return bytes(await self._peer.read_value(proxy))

    async def write(self, characteristic: int, payload: bytes) -> None:
        proxy = self._characteristics.get(characteristic)
        if proxy is None or self._peer is None:
            raise ConnectionError("not connected")
        await self._peer.write_value(proxy, payload, with_response=True)

    async def disconnect(self) -> None:
        connection, self._connection, self._peer = self._connection, None, None
        try:
            if connection is not None:
                await connection.disconnect()
        finally:
            if self._owns_device and self._hci_transport is not None:
                transport, self._hci_transport = self._hci_transport, None
                self._device, self._powered = None, False
                await transport.close()


def bumble_transport(
    address: str,
    runner: Runner,
    deliver: Deliver,
    hci: str | None = None,
    device: Device | None = None,
    kind: uuids.DeviceKind = "treadmill",
) -> AsyncGattTransport:
    """The Transport to the FTMS treadmill (or, with ``kind`` "heart_rate", the heart-rate
    sensor) at ``address`` through bumble."""
    backend = BumbleBackend(address, hci=hci, device=device, kind=kind)
    return AsyncGattTransport(backend, runner, deliver, kind=kind)
