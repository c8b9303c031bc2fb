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


class SharedHost:
    """WalkCoach's bumble host on one HCI transport, shared by the links that use it (the
    treadmill and the heart-rate sensor): an HCI transport (a USB dongle, a virtual
    controller's socket) can be opened only once. Opened by the first link that connects,
    closed when the last one has disconnected. All its users must run on one asyncio loop
    (one LoopThread)."""

    def __init__(self, hci: str) -> None:
        self.hci = hci
        self._transport: Any = None
        self._device: Device | None = None
        self._users = 0
        self._lock: asyncio.Lock | None = None

    def _guard(self) -> asyncio.Lock:
        if self._lock is None:  # made lazily, so it belongs to the users' loop
            self._lock = asyncio.Lock()
        return self._lock

    async def acquire(self) -> Device:
        async with self._guard():
            if self._device is None:
                transport = await open_transport(self.hci)
                try:
                    device = Device.with_hci(
                        "WalkCoach", Address(CLIENT_ADDRESS), transport.source, transport.sink
                    )
                    await device.power_on()
                except BaseException:
                    await transport.close()
                    raise
                self._transport, self._device = transport, device
            self._users += 1
            return self._device

    async def release(self) -> None:
        async with self._guard():
            self._users = max(0, self._users - 1)
            if self._users == 0 and self._transport is not None:
                transport, self._transport, self._device = self._transport, None, None
                await transport.close()


class BumbleBackend:
    def __init__(
        self,
        address: str,
        hci: str | None = None,
        device: Device | None = None,
        connect_timeout_s: float = 10.0,
        kind: uuids.DeviceKind = "treadmill",
        host: SharedHost | None = None,
    ) -> None:
        """Give one of: ``hci`` (a host of its own), ``host`` (a host shared with another
        link) or ``device`` (a ready bumble Device, in tests)."""
        if sum(x is not None for x in (hci, device, host)) != 1:
            raise ValueError("give one of an HCI transport name, a shared host or a bumble Device")
        self.address = address
        self.kind: uuids.DeviceKind = kind
        self.hci = hci if host is None else host.hci
        self._device = device
        # An HCI transport of its own is a host with one user.
        self._host = None if device is not None else host or SharedHost(hci or "")
        self._acquired = False
        self._connect_timeout_s = connect_timeout_s
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
        if self._host is not None:
            device = await self._host.acquire() if not self._acquired else self._device
            self._acquired, self._device = True, device
            assert device is not None
            return device
        assert self._device is not None
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
            if self._host is not None and self._acquired:
                self._acquired, self._device = False, None
                await self._host.release()


def bumble_transport(
    address: str,
    runner: Runner,
    deliver: Deliver,
    hci: str | None = None,
    device: Device | None = None,
    kind: uuids.DeviceKind = "treadmill",
    host: SharedHost | None = None,
) -> AsyncGattTransport:
    """The Transport to the FTMS treadmill (or, with ``kind`` "heart_rate", the heart-rate
    sensor) at ``address`` through bumble (a ``host`` shared with the other link, else one
    of its own on ``hci``)."""
    backend = BumbleBackend(address, hci=hci, device=device, kind=kind, host=host)
    return AsyncGattTransport(backend, runner, deliver, kind=kind)
