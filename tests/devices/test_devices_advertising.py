"""Advertising data: what the simulator sends, what the bumble scan reads, and device kinds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from walkcoach.devices import uuids
from walkcoach.devices.advertising import parse_advertising_data, treadmill_advertising_data


def test_a_treadmill_advertisement_round_trips():
    data = treadmill_advertising_data("Test Treadmill")
    assert len(data) <= 31
    parsed = parse_advertising_data(data)
    assert parsed.name == "Test Treadmill"
    assert parsed.service_uuids == ("00001826-0000-1000-8000-00805f9b34fb",)
    assert uuids.device_kind(parsed.service_uuids) == "treadmill"


def test_a_long_name_is_shortened_to_fit_31_bytes():
    data = treadmill_advertising_data("A treadmill with a very long name indeed")
    assert len(data) == 31
    assert parse_advertising_data(data).name == "A treadmill wit"


def test_heart_rate_and_unknown_devices():
    hr = bytes([3, 0x03, 0x0D, 0x18, 5, 0x09]) + b"Belt"
    parsed = parse_advertising_data(hr)
    assert (parsed.name, uuids.device_kind(parsed.service_uuids)) == ("Belt", "heart_rate")
    assert uuids.device_kind(["0000180f-0000-1000-8000-00805f9b34fb"]) is None
    # a treadmill relaying a chest strap is still a treadmill
    both = [uuids.full_uuid(0x180D), uuids.full_uuid(0x1826)]
    assert uuids.device_kind(both) == "treadmill"


def test_uuid_forms():
    assert uuids.full_uuid(0x2ACD) == "00002acd-0000-1000-8000-00805f9b34fb"
    assert uuids.short_uuid("00002ACD-0000-1000-8000-00805F9B34FB") == 0x2ACD
    assert uuids.short_uuid("0x2acd") == uuids.short_uuid("2ACD") == 0x2ACD
    assert uuids.short_uuid("6e400001-b5a3-f393-e0a9-e50e24dcca9e") is None
    assert uuids.short_uuid("zzzz") is None


@given(st.binary(max_size=62))
def test_any_bytes_parse_without_raising(data):
    parsed = parse_advertising_data(data)
    assert isinstance(parsed.service_uuids, tuple)
