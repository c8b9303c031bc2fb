"""Bluetooth LE advertising data: building it (the simulator) and reading it (the bumble scan).

bleak parses advertisements itself; bumble hands over raw AD structures, read here.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from walkcoach.devices import uuids

AD_FLAGS = 0x01
AD_INCOMPLETE_16_BIT_UUIDS = 0x02
AD_COMPLETE_16_BIT_UUIDS = 0x03
AD_SHORT_NAME = 0x08
AD_COMPLETE_NAME = 0x09
AD_SERVICE_DATA_16_BIT = 0x16
LE_GENERAL_DISCOVERABLE_NO_BR_EDR = 0x06
LEGACY_ADVERTISING_BYTES = 31

# FTMS service data: flags (bit 0 machine available) and the machine type (bit 0 treadmill).
FTMS_AVAILABLE = 0x01
FTMS_TREADMILL = 0x0001


def _structure(ad_type: int, data: bytes) -> bytes:
    return bytes([len(data) + 1, ad_type]) + data


def treadmill_advertising_data(name: str) -> bytes:
    """Flags, the FTMS service (listed and with its treadmill service data) and the name, cut
    to what fits the 31 bytes of a legacy advertisement (then sent as a shortened name)."""
    service = struct.pack("<H", uuids.FITNESS_MACHINE_SERVICE)
    head = (
        _structure(AD_FLAGS, bytes([LE_GENERAL_DISCOVERABLE_NO_BR_EDR]))
        + _structure(AD_COMPLETE_16_BIT_UUIDS, service)
        + _structure(
            AD_SERVICE_DATA_16_BIT, service + struct.pack("<BH", FTMS_AVAILABLE, FTMS_TREADMILL)
        )
    )
    room = LEGACY_ADVERTISING_BYTES - len(head) - 2
    encoded = name.encode("utf-8")
    if len(encoded) <= room:
        return head + _structure(AD_COMPLETE_NAME, encoded)
    short = encoded[:room].decode("utf-8", errors="ignore").encode("utf-8")
    return head + _structure(AD_SHORT_NAME, short)


def heart_rate_advertising_data(name: str) -> bytes:
    """Flags, the Heart Rate service and the name (shortened to fit, as for the treadmill)."""
    head = _structure(AD_FLAGS, bytes([LE_GENERAL_DISCOVERABLE_NO_BR_EDR])) + _structure(
        AD_COMPLETE_16_BIT_UUIDS, struct.pack("<H", uuids.HEART_RATE_SERVICE)
    )
    room = LEGACY_ADVERTISING_BYTES - len(head) - 2
    encoded = name.encode("utf-8")
    if len(encoded) <= room:
        return head + _structure(AD_COMPLETE_NAME, encoded)
    short = encoded[:room].decode("utf-8", errors="ignore").encode("utf-8")
    return head + _structure(AD_SHORT_NAME, short)


@dataclass(frozen=True)
class Advertised:
    name: str | None
    service_uuids: tuple[str, ...]  # 128-bit strings, as bleak gives them


def parse_advertising_data(data: bytes) -> Advertised:
    """Tolerant: a truncated structure ends the parse, it does not raise."""
    name: str | None = None
    services: list[str] = []
    offset = 0
    while offset < len(data):
        length = data[offset]
        if length == 0 or offset + 1 + length > len(data):
            break
        ad_type, body = data[offset + 1], data[offset + 2 : offset + 1 + length]
        offset += 1 + length
        if ad_type in (AD_COMPLETE_NAME, AD_SHORT_NAME) and (
            name is None or ad_type == AD_COMPLETE_NAME
        ):
            name = body.decode("utf-8", errors="replace")
        elif ad_type in (AD_COMPLETE_16_BIT_UUIDS, AD_INCOMPLETE_16_BIT_UUIDS):
            services += [
                uuids.full_uuid(u) for (u,) in struct.iter_unpack("<H", body[: len(body) // 2 * 2])
            ]
        elif ad_type == AD_SERVICE_DATA_16_BIT and len(body) >= 2:
            services.append(uuids.full_uuid(struct.unpack_from("<H", body)[0]))
    return Advertised(name, tuple(dict.fromkeys(services)))
