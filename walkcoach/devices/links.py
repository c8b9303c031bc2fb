"""Choosing and building a treadmill link (``--treadmill``, ``--hci``) or a heart-rate
sensor link (``--heart-rate``) from the user's settings: the one place that knows which
transport serves which setting.

``virtual`` is the in-memory treadmill; an address goes through bumble when an HCI transport
is given, else through the system's Bluetooth (bleak); a name is looked up by a scan first
(``find_address``). Bluetooth stacks are imported only here, on use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from walkcoach.core.clock import Clock
from walkcoach.devices.transport import Deliver, Transport
from walkcoach.devices.uuids import DeviceKind
from walkcoach.devices.virtual import VirtualTreadmill, VirtualTreadmillConfig

if TYPE_CHECKING:
    from walkcoach.devices.bumble_transport import SharedHost
    from walkcoach.devices.loop_thread import LoopThread
    from walkcoach.devices.virtual_hr import VirtualHeartRateConfig, VirtualHeartRateSensor

VIRTUAL = "virtual"
_ADDRESS = re.compile(r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$")
# macOS (CoreBluetooth) names devices by a UUID instead of an address.
_APPLE_ID = re.compile(r"^[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$")


# The transport schemes bumble opens (bumble.transport.open_transport), checked before any
# Bluetooth is touched so a typing mistake is one clear message instead of a link that keeps
# failing.
HCI_SCHEMES = (
    "android-emulator",
    "android-netsim",
    "file",
    "hci-socket",
    "pty",
    "pyusb",
    "serial",
    "tcp-client",
    "tcp-server",
    "udp",
    "unix",
    "unix-server",
    "usb",
    "vhci",
    "ws-client",
    "ws-server",
)


def hci_problem(text: str) -> str:
    """ "" for a usable bumble HCI transport name (``usb:0``, ``tcp-client:127.0.0.1:9001``),
    else why not."""
    scheme, colon, rest = text.strip().partition(":")
    if scheme in HCI_SCHEMES and (colon or scheme in ("vhci", "hci-socket", "usb", "pyusb")):
        return ""
    examples = "usb:0, tcp-client:HOST:PORT, serial:/dev/ttyUSB0, hci-socket:0"
    return f"{text!r} is not an HCI transport bumble knows (for example {examples})"


def is_address(text: str) -> bool:
    return bool(_ADDRESS.match(text) or _APPLE_ID.match(text))


@dataclass
class Link:
    """A transport plus what keeps it going: ``tick()`` (call it with the controller's) and
    ``close()`` (after the controller closed: stops the Bluetooth thread)."""

    transport: Transport
    machine: VirtualTreadmill | None = None
    _tick: Callable[[], None] = field(default=lambda: None)
    _close: Callable[[], None] = field(default=lambda: None)
    # The virtual heart-rate sensor (set its effort from the session), for "virtual".
    sensor: VirtualHeartRateSensor | None = None
    # What a heart-rate link can share with this one (make_heart_rate_link).
    thread: LoopThread | None = None
    host: SharedHost | None = None

    def tick(self) -> None:
        self._tick()

    def close(self) -> None:
        self._close()


def make_link(
    treadmill: str,
    clock: Clock,
    deliver: Deliver,
    hci: str | None = None,
    virtual_config: VirtualTreadmillConfig | None = None,
) -> Link:
    """``treadmill`` is ``virtual`` or an address (resolve a name with find_address first)."""
    if treadmill.strip().lower() == VIRTUAL:
        from walkcoach.devices.virtual_transport import VirtualTransport

        machine = VirtualTreadmill(clock.now(), virtual_config or VirtualTreadmillConfig())
        transport = VirtualTransport(machine, clock)
        return Link(transport, machine, _tick=transport.tick)
    if not is_address(treadmill):
        raise ValueError(
            f"{treadmill!r} is not a Bluetooth address (like F0:57:A1:7E:AD:01) or 'virtual'; "
            "a device name must be looked up by a scan first"
        )
    from walkcoach.devices.loop_thread import LoopThread

    thread = LoopThread()
    if hci:
        from walkcoach.devices.bumble_transport import SharedHost, bumble_transport

        host = SharedHost(hci)
        gatt = bumble_transport(treadmill, thread, deliver, host=host)
        return Link(gatt, _close=thread.stop, thread=thread, host=host)
    from walkcoach.devices.bleak_transport import bleak_transport

    gatt, _ = bleak_transport(treadmill, deliver, thread)
    return Link(gatt, _close=thread.stop, thread=thread)


def make_heart_rate_link(
    heart_rate: str,
    clock: Clock,
    deliver: Deliver,
    hci: str | None = None,
    virtual_config: VirtualHeartRateConfig | None = None,
    alongside: Link | None = None,
) -> Link:
    """``heart_rate`` is ``virtual`` or a sensor's address (resolve a name with
    find_address(..., kind="heart_rate") first). ``alongside``: the treadmill's link, whose
    Bluetooth thread (and bumble host on the same ``hci``: an HCI transport opens once) this
    link then shares; close this link before that one, whose close stops the thread."""
    if heart_rate.strip().lower() == VIRTUAL:
        from walkcoach.devices.virtual_hr import (
            VirtualHeartRateSensor,
            VirtualHeartRateTransport,
        )

        sensor = VirtualHeartRateSensor(clock.now(), virtual_config)
        transport = VirtualHeartRateTransport(sensor, clock)
        return Link(transport, _tick=transport.tick, sensor=sensor)
    if not is_address(heart_rate):
        raise ValueError(
            f"{heart_rate!r} is not a Bluetooth address (like F0:57:A1:48:52:01) or 'virtual'; "
            "a device name must be looked up by a scan first"
        )
    from walkcoach.devices.loop_thread import LoopThread

    shared = alongside.thread if alongside is not None else None
    thread = shared or LoopThread()
    close = (lambda: None) if shared is not None else thread.stop
    if hci:
        from walkcoach.devices.bumble_transport import SharedHost, bumble_transport

        host = alongside.host if alongside is not None and alongside.host is not None else None
        if host is None or host.hci != hci or shared is None:
            host = SharedHost(hci)
        gatt = bumble_transport(heart_rate, thread, deliver, kind="heart_rate", host=host)
        return Link(gatt, _close=close, thread=thread, host=host)
    from walkcoach.devices.bleak_transport import bleak_transport

    gatt, _ = bleak_transport(heart_rate, deliver, thread, kind="heart_rate")
    return Link(gatt, _close=close, thread=thread)


async def find_address(
    name_or_address: str,
    scan_s: float,
    hci: str | None = None,
    device: Any = None,
    kind: DeviceKind = "treadmill",
) -> str | None:
    """The address of the treadmill (or, by ``kind``, heart-rate sensor) called
    ``name_or_address`` (case-insensitive, exact name first, then a name starting with it),
    found by a scan of ``scan_s``; an address as is."""
    if is_address(name_or_address):
        return name_or_address
    from walkcoach.devices.scan import scan_bleak, scan_bumble

    if hci or device is not None:
        found = await scan_bumble(scan_s, hci=hci, device=device)
    else:
        found = await scan_bleak(scan_s)
    wanted = name_or_address.strip().casefold()
    named = [(d.name.casefold(), d.address) for d in found if d.kind == kind and d.name]
    exact = [address for name, address in named if name == wanted]
    prefix = [address for name, address in named if name.startswith(wanted)]
    matches = exact or prefix
    return matches[0] if matches else None
