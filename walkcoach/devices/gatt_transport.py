"""A Transport over any asynchronous GATT client (bumble or bleak): the plumbing they share.

The backend is a small async protocol (connect, subscribe, read, write, disconnect) that runs
on a Runner's loop; this class turns it into the controller's non-blocking Transport and hands
every answer to ``deliver`` (onto the controller's thread). A generation number drops
callbacks from a link the controller has already given up on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from walkcoach.devices import uuids
from walkcoach.devices.loop_thread import Runner
from walkcoach.devices.transport import Deliver, TransportListener

log = logging.getLogger(__name__)


class GattBackend(Protocol):
    async def connect(self, on_disconnect: Callable[[str], None]) -> None: ...

    async def subscribe(self, characteristic: int, on_value: Callable[[bytes], None]) -> bool:
        """Notifications (indications for the control point); False when it is missing."""
        ...

    async def read(self, characteristic: int) -> bytes | None: ...

    async def write(self, characteristic: int, payload: bytes) -> None:
        """A write with response; raises when the link refuses it."""
        ...

    async def disconnect(self) -> None: ...


class AsyncGattTransport:
    def __init__(
        self,
        backend: GattBackend,
        runner: Runner,
        deliver: Deliver,
        kind: uuids.DeviceKind = "treadmill",
    ) -> None:
        """``kind`` chooses what is subscribed to before on_link_up (uuids.SUBSCRIPTIONS)."""
        self.backend = backend
        self.kind: uuids.DeviceKind = kind
        self._runner = runner
        self._deliver = deliver
        self._listener: TransportListener | None = None
        self._generation = 0
        self._lock: asyncio.Lock | None = None

    # --- Transport (called on the controller's thread) ------------------------------------

    def connect(self, listener: TransportListener) -> None:
        self._listener = listener
        self._generation += 1
        self._runner.submit(self._connect(self._generation))

    def disconnect(self) -> None:
        self._generation += 1
        self._runner.submit(self._disconnect())

    def read(self, characteristic: int) -> None:
        self._runner.submit(self._read(self._generation, characteristic))

    def write_control_point(self, payload: bytes) -> None:
        self._runner.submit(self._write(self._generation, payload))

    # --- on the loop --------------------------------------------------------------------

    def _send(self, generation: int, call: Callable[[TransportListener], None]) -> None:
        def run() -> None:
            if generation == self._generation and self._listener is not None:
                call(self._listener)

        self._deliver(run)

    def _serial(self) -> asyncio.Lock:
        # One ATT request at a time, made lazily so it belongs to the runner's loop.
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    async def _connect(self, generation: int) -> None:
        linked = False

        def on_disconnect(reason: str) -> None:
            # Before the link is up a failure is reported once, by the except below.
            if linked:
                self._send(generation, lambda li: li.on_link_down(reason))

        try:
            async with self._serial():
                await self.backend.connect(on_disconnect)
                for characteristic in uuids.SUBSCRIPTIONS[self.kind]:
                    found = await self.backend.subscribe(
                        characteristic, self._value_handler(generation, characteristic)
                    )
                    if not found and characteristic in uuids.REQUIRED[self.kind]:
                        raise LookupError(
                            f"not a {uuids.KIND_NAMES[self.kind]}: no characteristic "
                            f"{characteristic:#06x}"
                        )
        except Exception as error:  # any failure of any stack is a failed connection
            log.info("%s connection failed: %s", self.kind, error)
            await self._quietly(self.backend.disconnect())
            message = str(error) or type(error).__name__
            self._send(generation, lambda li: li.on_link_down(message))
            return
        linked = True
        self._send(generation, lambda li: li.on_link_up())

    def _value_handler(self, generation: int, characteristic: int) -> Callable[[bytes], None]:
        def on_value(value: bytes) -> None:
            payload = bytes(value)
            self._send(generation, lambda li: li.on_notification(characteristic, payload))

        return on_value

    async def _read(self, generation: int, characteristic: int) -> None:
        try:
            async with self._serial():
                payload = await self.backend.read(characteristic)
        except Exception as error:
            log.info("reading %#06x failed: %s", characteristic, error)
            payload = None
        self._send(generation, lambda li: li.on_read(characteristic, payload))

    async def _write(self, generation: int, payload: bytes) -> None:
        try:
            async with self._serial():
                await self.backend.write(uuids.FITNESS_MACHINE_CONTROL_POINT, payload)
        except Exception as error:
            message = str(error) or type(error).__name__
            self._send(generation, lambda li: li.on_write_failed(message))

    async def _disconnect(self) -> None:
        await self._quietly(self.backend.disconnect())

    @staticmethod
    async def _quietly(awaitable: Awaitable[object]) -> None:
        try:
            await awaitable
        except Exception as error:
            log.debug("ignored while disconnecting: %s", error)
