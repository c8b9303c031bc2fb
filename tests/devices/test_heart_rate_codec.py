"""The Heart Rate Measurement codec: every vector of the research note, the tolerant cases and
hypothesis properties (random bytes, and encode -> decode)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walkcoach.devices.heart_rate import (
    FtmsError,
    HeartRateMeasurement,
    decode_heart_rate,
    encode_heart_rate,
)

# (hex, bpm, contact, energy kJ, RR intervals in 1/1024 s) from the research note's table.
VECTORS = [
    ("063c", 60, True, None, ()),  # cal-id/Polar-H7-Pi README
    ("163c1104", 60, True, None, (0x0411,)),  # same, one RR of 1.0166 s
    ("002a", 42, None, None, ()),  # pycycling tests: no contact feature
    ("0448", 72, False, None, ()),  # built: contact supported, not detected
    ("1fe8030200000c", 1000, True, 2, (3072,)),  # bumble encoder: u16, energy 2, RR 3.0 s
]


@pytest.mark.parametrize(("hex_", "bpm", "contact", "energy", "rr"), VECTORS)
def test_the_research_notes_vectors_decode_and_encode_back(hex_, bpm, contact, energy, rr):
    m = decode_heart_rate(bytes.fromhex(hex_))
    assert m == HeartRateMeasurement(bpm, contact, energy, tuple(x / 1024 for x in rr))
    assert encode_heart_rate(m).hex() == hex_


def test_contact_detected_without_the_supported_bit_means_unknown():
    assert decode_heart_rate(bytes.fromhex("023c")).contact is None


def test_an_rr_flag_with_no_interval_keeps_the_heart_rate():
    # Some sensors set bit 4 in a beat-less window; the bpm is still good (it used to raise).
    assert decode_heart_rate(bytes.fromhex("103c")) == HeartRateMeasurement(60, None, None, ())


def test_trailing_bytes_and_reserved_flags_are_ignored():
    assert decode_heart_rate(bytes.fromhex("e63cffee")) == HeartRateMeasurement(60, True)
    # after RR intervals an odd last byte is a broken interval, dropped
    m = decode_heart_rate(bytes.fromhex("10500004000207"))
    assert m.heart_rate_bpm == 80 and m.rr_intervals_s == (1.0, 0.5)


def test_several_rr_intervals_and_16_bit_values_below_256():
    m = decode_heart_rate(bytes.fromhex("19480000030004000200"))
    assert (m.heart_rate_bpm, m.energy_kj, m.rr_intervals_s) == (72, 768, (1.0, 0.5))
    assert decode_heart_rate(bytes.fromhex("014800")).heart_rate_bpm == 72


@pytest.mark.parametrize("hex_", ["", "01", "013c", "083c01", "093c0001"])
def test_short_packets_are_a_clear_codec_error(hex_):
    with pytest.raises(FtmsError, match="heart rate measurement: .* too short"):
        decode_heart_rate(bytes.fromhex(hex_))


def test_encoding_rounds_rr_and_refuses_what_does_not_fit():
    # 0.9999 s is 1023.9/1024: rounded to 1024, not truncated (bumble's encoder uses int()).
    assert encode_heart_rate(HeartRateMeasurement(70, rr_intervals_s=(0.9999,))) == bytes.fromhex(
        "10460004"
    )
    with pytest.raises(FtmsError, match="heart rate"):
        encode_heart_rate(HeartRateMeasurement(70000))
    with pytest.raises(FtmsError, match="RR interval"):
        encode_heart_rate(HeartRateMeasurement(70, rr_intervals_s=(70.0,)))


@given(st.binary(max_size=40))
def test_random_bytes_give_a_codec_error_never_another_exception(data):
    with contextlib.suppress(FtmsError):
        m = decode_heart_rate(data)
        assert 0 <= m.heart_rate_bpm <= 0xFFFF and m.contact in (None, True, False)


@given(
    st.integers(0, 0xFFFF),
    st.sampled_from([None, True, False]),
    st.none() | st.integers(0, 0xFFFF),
    st.lists(st.integers(0, 0xFFFF), max_size=8),
)
def test_encode_then_decode_gives_the_measurement_back(bpm, contact, energy, rr_units):
    m = HeartRateMeasurement(bpm, contact, energy, tuple(u / 1024 for u in rr_units))
    assert decode_heart_rate(encode_heart_rate(m)) == m
