"""Heart Rate Measurement (0x2A37) decoding and encoding, for chest straps and watches.

Layout (flags u8, then the present fields): bit 0 the value format (u8 or u16 bpm); bit 1 sensor
contact detected, which means something only when bit 2 (contact detection supported) is set;
bit 3 energy expended (u16, kJ); bit 4 one or more RR intervals (u16, 1/1024 s) fill the rest.
Decoding is tolerant like the FTMS codec: reserved flag bits and trailing bytes are ignored, an
RR flag with no interval behind it gives no interval (the heart rate is still good), and a packet
too short for a field raises FtmsError naming it, never another exception.
"""

from __future__ import annotations

from dataclasses import dataclass

from walkcoach.devices.codec_bytes import FtmsError, Reader, pack

__all__ = ["FtmsError", "HeartRateMeasurement", "decode_heart_rate", "encode_heart_rate"]

HR_16_BIT = 1 << 0
CONTACT_DETECTED = 1 << 1
CONTACT_SUPPORTED = 1 << 2
ENERGY_PRESENT = 1 << 3
RR_PRESENT = 1 << 4
RR_UNITS_PER_S = 1024


@dataclass(frozen=True)
class HeartRateMeasurement:
    heart_rate_bpm: int
    # None when the sensor cannot tell: bit 1 (detected) means nothing unless bit 2 (the
    # sensor supports contact detection) is set; pycycling reads bit 2 alone, which is wrong.
    contact: bool | None = None
    energy_kj: int | None = None  # unverified unit (kJ per the note), kept as sent
    rr_intervals_s: tuple[float, ...] = ()


def decode_heart_rate(data: bytes) -> HeartRateMeasurement:
    r = Reader("heart rate measurement", data)
    flags = r.read("u8", "flags")
    bpm = r.read("u16", "heart rate") if flags & HR_16_BIT else r.read("u8", "heart rate")
    contact = bool(flags & CONTACT_DETECTED) if flags & CONTACT_SUPPORTED else None
    energy = r.read("u16", "energy expended") if flags & ENERGY_PRESENT else None
    rr: list[float] = []
    if flags & RR_PRESENT:
        # One or more u16 fill the rest; an odd last byte is a broken interval and is dropped.
        while r.remaining >= 2:
            rr.append(r.read("u16", "RR interval") / RR_UNITS_PER_S)
    return HeartRateMeasurement(bpm, contact, energy, tuple(rr))


def encode_heart_rate(m: HeartRateMeasurement) -> bytes:
    """The notification a sensor would send for ``m`` (the virtual sensor's). The u8 format
    is used when the value fits; RR intervals are rounded, never truncated, to 1/1024 s."""
    flags = 0
    if m.heart_rate_bpm > 0xFF:
        flags |= HR_16_BIT
        body = pack("u16", m.heart_rate_bpm, "heart rate")
    else:
        body = pack("u8", m.heart_rate_bpm, "heart rate")
    if m.contact is not None:
        flags |= CONTACT_SUPPORTED | (CONTACT_DETECTED if m.contact else 0)
    if m.energy_kj is not None:
        flags |= ENERGY_PRESENT
        body += pack("u16", m.energy_kj, "energy expended")
    if m.rr_intervals_s:
        flags |= RR_PRESENT
        for rr_s in m.rr_intervals_s:
            if rr_s != rr_s:
                raise FtmsError("RR interval must be a number (got nan)")
            body += pack("u16", round(rr_s * RR_UNITS_PER_S), "RR interval")
    return bytes([flags]) + body
