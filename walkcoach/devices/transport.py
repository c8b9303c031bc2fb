"""The transport protocol: the only thing the treadmill controller knows about a link.

Design: callback-based and non-blocking, so one protocol serves an in-memory treadmill ticked
by a fake clock, a bumble host and bleak alike.

* The controller calls ``connect``, ``disconnect``, ``read`` and ``write_control_point``; each
  returns at once and never raises for link trouble (that arrives as a callback).
* The transport answers through the ``TransportListener`` it was given in ``connect``. All
  listener calls happen on the controller's thread: an asynchronous transport (bumble, bleak)
  runs its own asyncio loop on a worker thread and hands each callback to a ``Deliver``
  function that runs it on the controller's thread (in the app, a queued Qt signal; in an
  asyncio test, ``loop.call_soon_threadsafe``).
* ``on_link_up`` comes only after the transport has subscribed to Treadmill Data, Machine
  Status and the control point's indications, so nothing the machine says is missed.
* A write's outcome is the control point indication (``on_notification`` with
  FITNESS_MACHINE_CONTROL_POINT); ``on_write_failed`` reports a write the link itself refused.
* After ``on_link_down`` the transport is idle until the next ``connect``: reconnecting (and
  its backoff) is the controller's job, on its injected clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Deliver = Callable[[Callable[[], None]], None]


def deliver_now(callback: Callable[[], None]) -> None:
    """The Deliver for a transport whose callbacks already run on the controller's thread."""
    callback()


class TransportListener(Protocol):
    def on_link_up(self) -> None: ...

    def on_link_down(self, reason: str) -> None: ...

    def on_notification(self, characteristic: int, payload: bytes) -> None:
        """A notification or indication; ``characteristic`` is its 16-bit SIG UUID."""
        ...

    def on_read(self, characteristic: int, payload: bytes | None) -> None:
        """The answer to ``read``; None when the machine lacks it or the read failed."""
        ...

    def on_write_failed(self, reason: str) -> None: ...


class Transport(Protocol):
    def connect(self, listener: TransportListener) -> None: ...

    def disconnect(self) -> None: ...

    def read(self, characteristic: int) -> None: ...

    def write_control_point(self, payload: bytes) -> None: ...
