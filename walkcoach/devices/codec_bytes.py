"""Little-endian field reading and writing shared by the FTMS and heart-rate codecs."""

from __future__ import annotations

import struct


class FtmsError(ValueError):
    """A packet that cannot be decoded, or a value that cannot be encoded. The message says
    which packet, which field and why; the codecs raise nothing else on bad input."""


_FORMATS = {"u8": "<B", "s8": "<b", "u16": "<H", "s16": "<h", "u32": "<I"}


class Reader:
    """Reads fields from one packet in order; a missing byte raises FtmsError naming the field."""

    def __init__(self, packet_name: str, data: bytes) -> None:
        self.packet_name = packet_name
        self.data = bytes(data)
        self.offset = 0

    def _take(self, size: int, field: str) -> bytes:
        end = self.offset + size
        if end > len(self.data):
            raise FtmsError(
                f"{self.packet_name}: {len(self.data)} bytes is too short, {field} needs bytes "
                f"{self.offset}..{end - 1}"
            )
        chunk = self.data[self.offset : end]
        self.offset = end
        return chunk

    def read(self, kind: str, field: str) -> int:
        if kind == "u24":
            return int.from_bytes(self._take(3, field), "little")
        fmt = _FORMATS[kind]
        value: int = struct.unpack(fmt, self._take(struct.calcsize(fmt), field))[0]
        return value

    @property
    def remaining(self) -> int:
        return len(self.data) - self.offset


_LIMITS = {
    "u8": (0, 0xFF),
    "s8": (-0x80, 0x7F),
    "u16": (0, 0xFFFF),
    "s16": (-0x8000, 0x7FFF),
    "u24": (0, 0xFFFFFF),
    "u32": (0, 0xFFFFFFFF),
}


def pack(kind: str, value: int, field: str) -> bytes:
    """One field's bytes; a value outside the field's range raises FtmsError naming it."""
    low, high = _LIMITS[kind]
    if not low <= value <= high:
        raise FtmsError(f"{field} {value} does not fit a {kind} field ({low}..{high})")
    if kind == "u24":
        return value.to_bytes(3, "little")
    return struct.pack(_FORMATS[kind], value)


def scaled(value: float, resolution: float, kind: str, field: str) -> bytes:
    """A physical value as its fixed-point field. round(), never int(): int(2.3 * 100) is 229."""
    if value != value or value in (float("inf"), float("-inf")):
        raise FtmsError(f"{field} must be a finite number (got {value})")
    return pack(kind, round(value / resolution), field)
