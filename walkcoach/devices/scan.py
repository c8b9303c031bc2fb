"""Finding treadmills and heart-rate sensors: (address, name, kind, rssi) per device, through
bleak (the system's Bluetooth) or a bumble HCI transport. Stacks are imported on use."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from walkcoach.devices import uuids
from walkcoach.devices.advertising import parse_advertising_data


@dataclass(frozen=True)
class FoundDevice:
    address: str
    name: str | None
    kind: uuids.DeviceKind
    rssi: int | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


class _Collector:
    """Merges repeated advertisements (and scan responses) of one address."""

    def __init__(self, on_found: Callable[[FoundDevice], None] | None) -> None:
        self._names: dict[str, str] = {}
        self._kinds: dict[str, uuids.DeviceKind] = {}
        self._rssi: dict[str, int | None] = {}
        self._reported: set[str] = set()
        self._on_found = on_found

    def add(
        self, address: str, name: str | None, service_uuids: tuple[str, ...], rssi: int | None
    ) -> None:
        if name:
            self._names[address] = name
        kind = uuids.device_kind(service_uuids)
        if kind is not None:
            self._kinds[address] = kind
        self._rssi[address] = rssi
        if address in self._kinds and address not in self._reported and self._on_found:
            self._reported.add(address)
            self._on_found(self._found(address))

    def _found(self, address: str) -> FoundDevice:
        return FoundDevice(
            address, self._names.get(address), self._kinds[address], self._rssi.get(address)
        )

    def results(self) -> list[FoundDevice]:
        found = [self._found(a) for a in self._kinds]
        return sorted(found, key=lambda d: -(d.rssi if d.rssi is not None else -999))


async def scan_bumble(
    duration_s: float,
    hci: str | None = None,
    device: Any = None,
    on_found: Callable[[FoundDevice], None] | None = None,
) -> list[FoundDevice]:
    """Scan through bumble: an HCI transport name, or a ready bumble Device (tests)."""
    from bumble.device import Device
    from bumble.hci import Address
    from bumble.transport import open_transport

    from walkcoach.devices.bumble_transport import CLIENT_ADDRESS

    collector = _Collector(on_found)

    def on_advertisement(advertisement: Any) -> None:
        parsed = parse_advertising_data(bytes(advertisement.data_bytes))
        rssi = (
            advertisement.rssi if advertisement.rssi != advertisement.RSSI_NOT_AVAILABLE else None
        )
        collector.add(
            advertisement.address.to_string(False), parsed.name, parsed.service_uuids, rssi
        )

    async def run(scanner: Any) -> None:
        scanner.on("advertisement", on_advertisement)
        if not scanner.powered_on:
            await scanner.power_on()
        await scanner.start_scanning(filter_duplicates=False)
        await asyncio.sleep(duration_s)
        await scanner.stop_scanning()

    if device is not None:
        await run(device)
    else:
        if hci is None:
            raise ValueError("scan_bumble needs an HCI transport name or a device")
        async with await open_transport(hci) as transport:
            await run(
                Device.with_hci(
                    "WalkCoach", Address(CLIENT_ADDRESS), transport.source, transport.sink
                )
            )
    return collector.results()


async def scan_bleak(
    duration_s: float, on_found: Callable[[FoundDevice], None] | None = None
) -> list[FoundDevice]:
    """Scan through the system's Bluetooth, with a detection callback (bleak's discover()
    helpers are documented as unsuited to GUIs)."""
    from bleak import BleakScanner

    collector = _Collector(on_found)

    def detected(device: Any, advertisement: Any) -> None:
        collector.add(
            device.address,
            advertisement.local_name or device.name,
            tuple(advertisement.service_uuids) + tuple(advertisement.service_data),
            advertisement.rssi,
        )

    async with BleakScanner(detection_callback=detected):
        await asyncio.sleep(duration_s)
    return collector.results()


def scan(duration_s: float = 5.0, hci: str | None = None) -> list[FoundDevice]:
    """Blocking scan for the command line (``walkcoach devices``)."""
    if duration_s <= 0:
        raise ValueError(f"the scan time must be greater than 0 s (got {duration_s})")
    if hci:
        return asyncio.run(scan_bumble(duration_s, hci=hci))
    return asyncio.run(scan_bleak(duration_s))
