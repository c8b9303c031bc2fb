"""The bleak backend: the system's Bluetooth (BlueZ, WinRT, CoreBluetooth), run on its own
thread with its own asyncio loop (bleak needs a real asyncio loop: QtAsyncio lacks what
dbus-fast calls, and a Windows Qt main thread is STA, which bleak refuses).

bleak itself is imported only when a link is made, so the app starts without it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from walkcoach.devices import uuids
from walkcoach.devices.gatt_transport import AsyncGattTransport
from walkcoach.devices.loop_thread import LoopThread
from walkcoach.devices.transport import Deliver

_DISCONNECTED: dict[uuids.DeviceKind, str] = {
    "treadmill": "the treadmill disconnected",
    "heart_rate": "the heart-rate sensor disconnected",
}


class BleakBackend:
    def __init__(
        self, address: str, connect_timeout_s: float = 10.0, kind: uuids.DeviceKind = "treadmill"
    ) -> None:
        self.address = address
        self.kind: uuids.DeviceKind = kind
        self._connect_timeout_s = connect_timeout_s
        self._client: Any = None

    async def connect(self, on_disconnect: Callable[[str], None]) -> None:
        from bleak import BleakClient

        self._client = BleakClient(
            self.address,
            disconnected_callback=lambda _client: on_disconnect(_DISCONNECTED[self.kind]),
            timeout=self._connect_timeout_s,
        )
        await self._client.connect()

    def _characteristic(self, short: int) -> Any:
        if self._client is None or not self._client.is_connected:
            return None
        return self._client.services.get_characteristic(uuids.full_uuid(short))

    async def subscribe(self, characteristic: int, on_value: Callable[[bytes], None]) -> bool:
        found = self._characteristic(characteristic)
        if found is None:
            return False
        # bleak enables indications itself for an indicate-only characteristic (control point).
        await self._client.start_notify(found, lambda _char, data: on_value(bytes(data)))
        return True

    async def read(self, characteristic: int) -> bytes | None:
        found = self._characteristic(characteristic)
        if found is None:
            return None
        return bytes(await self._client.read_gatt_char(found))

    async def write(self, characteristic: int, payload: bytes) -> None:
        found = self._characteristic(characteristic)
        if found is None:
            raise ConnectionError("not connected")
        await self._client.write_gatt_char(found, payload, response=True)

    async def disconnect(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.disconnect()


def bleak_transport(
    address: str,
    deliver: Deliver,
    thread: LoopThread | None = None,
    kind: uuids.DeviceKind = "treadmill",
) -> tuple[AsyncGattTransport, LoopThread]:
    """The Transport to the treadmill (or heart-rate sensor, by ``kind``) at ``address`` over
    the system's Bluetooth, with the thread it runs on (stop it when the app quits). One
    LoopThread may carry both links."""
    thread = thread or LoopThread()
    backend = BleakBackend(address, kind=kind)
    return AsyncGattTransport(backend, thread, deliver, kind=kind), thread
