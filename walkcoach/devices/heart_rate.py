"""Heart Rate Measurement (0x2A37) decoding, for chest straps and watches."""

from __future__ import annotations

from dataclasses import dataclass

from walkcoach.devices.codec_bytes import FtmsError, Reader

HR_16_BIT = 1 << 0
CONTACT_DETECTED = 1 << 1
CONTACT_SUPPORTED = 1 << 2
ENERGY_PRESENT = 1 << 3
RR_PRESENT = 1 << 4


@dataclass(frozen=True)
class HeartRateMeasurement:
    heart_rate_bpm: int
    # None when the sensor cannot tell: bit 1 (detected) means nothing unless bit 2 (the
    # sensor supports contact detection) is set; pycycling reads bit 2 alone, which is wrong.
    contact: bool | None
    energy_kj: int | None  # unverified unit (kJ per the note), kept as sent
    rr_intervals_s: tuple[float, ...]


def decode_heart_rate(data: bytes) -> HeartRateMeasurement:
    r = Reader("heart rate measurement", data)
    flags = r.read("u8", "flags")
    bpm = r.read("u16", "heart rate") if flags & HR_16_BIT else r.read("u8", "heart rate")
    contact = bool(flags & CONTACT_DETECTED) if flags & CONTACT_SUPPORTED else None
    energy = r.read("u16", "energy expended") if flags & ENERGY_PRESENT else None
    rr: list[float] = []
    if flags & RR_PRESENT:
        # One or more u16 in 1/1024 s fill the rest; an odd last byte is a broken interval.
        while r.remaining >= 2:
            rr.append(r.read("u16", "RR interval") / 1024)
        if not rr:
            raise FtmsError("heart rate measurement: RR flag set but no RR interval")
    return HeartRateMeasurement(bpm, contact, energy, tuple(rr))
