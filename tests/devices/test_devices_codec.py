"""The FTMS and heart-rate codecs on every vector of the research note, plus properties."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walkcoach.devices import ftms_control as cp
from walkcoach.devices.ftms import (
    FtmsError,
    InclineRange,
    MachineFeatures,
    MachineStatus,
    SpeedRange,
    StatusCode,
    TreadmillData,
    decode_features,
    decode_incline_range,
    decode_machine_status,
    decode_speed_range,
    decode_treadmill_data,
    encode_features,
    encode_incline_range,
    encode_machine_status,
    encode_speed_range,
    encode_treadmill_data,
)
from walkcoach.devices.heart_rate import decode_heart_rate

# --- Treadmill Data vectors ---------------------------------------------------------------


def test_all_zero_speed_distance_energy_elapsed():
    d = decode_treadmill_data(bytes.fromhex("8404" + "00" * 12))
    assert (d.speed_kmh, d.distance_m, d.elapsed_s) == (0.0, 0, 0)
    assert (d.energy_kcal, d.energy_kcal_per_h, d.energy_kcal_per_min) == (0, 0, 0)
    assert d.incline_pct is None and d.heart_rate_bpm is None and d.unknown_flags == 0


def test_fitshow_step_count_bit_13_is_tolerated():
    d = decode_treadmill_data(bytes.fromhex("9c25" + "00" * 24))
    # bits 2, 3, 4, 7, 8, 10 known; bit 13 carries a u24 step count this codec skips
    assert d.unknown_flags == 1 << 13
    assert d.speed_kmh == 0.0 and d.distance_m == 0 and d.incline_pct == 0.0
    assert d.elevation_gain_m == 0.0 and d.heart_rate_bpm == 0 and d.elapsed_s == 0


def test_speed_distance_incline():
    d = decode_treadmill_data(bytes.fromhex("0c005e01e803000f000000"))
    assert d.speed_kmh == 3.5 and d.distance_m == 1000
    assert d.incline_pct == 1.5 and d.ramp_angle_deg == 0.0


def test_negative_incline():
    d = decode_treadmill_data(bytes.fromhex("08002c01ecff0000"))
    assert d.speed_kmh == 3.0 and d.incline_pct == -2.0 and d.distance_m is None


def test_energy_heart_rate_elapsed():
    d = decode_treadmill_data(bytes.fromhex("8c055e01e803000f0000001900b400036e2c01"))
    assert (d.speed_kmh, d.distance_m, d.incline_pct) == (3.5, 1000, 1.5)
    assert (d.energy_kcal, d.energy_kcal_per_h, d.energy_kcal_per_min) == (25, 180, 3)
    assert d.heart_rate_bpm == 110 and d.elapsed_s == 300


def test_inverted_bit_0_means_no_speed():
    d = decode_treadmill_data(bytes.fromhex("0500e80300"))
    assert d.speed_kmh is None and d.distance_m == 1000


def test_u24_distance_above_65535_m():
    d = decode_treadmill_data(bytes.fromhex("0400" + "0000" + "a08601"))
    assert d.distance_m == 100_000


def test_every_remaining_field_decodes():
    payload = bytes.fromhex(
        "ff1f"  # flags: bits 0-12 (bit 0 set: no instantaneous speed)
        "6400"  # average speed 1.00
        "0a0000"  # distance 10
        "1400"
        "0500"  # incline 2.0 %, ramp 0.5 degree
        "3200"
        "0a00"  # elevation +5.0 m, -1.0 m
        "05"
        "06"  # pace 0.5, average pace 0.6 km/min
        "0100"
        "0200"
        "03"  # energy
        "50"  # heart rate 80
        "23"  # MET 3.5
        "3c00"
        "7800"  # elapsed 60 s, remaining 120 s
        "f6ff"
        "6400"  # force -10 N, power 100 W
    )
    d = decode_treadmill_data(payload)
    assert d == TreadmillData(
        speed_kmh=None,
        average_speed_kmh=1.0,
        distance_m=10,
        incline_pct=2.0,
        ramp_angle_deg=0.5,
        elevation_gain_m=5.0,
        elevation_loss_m=1.0,
        pace_km_per_min=0.5,
        average_pace_km_per_min=0.6,
        energy_kcal=1,
        energy_kcal_per_h=2,
        energy_kcal_per_min=3,
        heart_rate_bpm=80,
        metabolic_equivalent=3.5,
        elapsed_s=60,
        remaining_s=120,
        force_n=-10,
        power_w=100,
    )


def test_not_available_values_are_none():
    d = decode_treadmill_data(bytes.fromhex("8900ff7fff7fffffffffff"))
    assert d.incline_pct is None and d.ramp_angle_deg is None
    assert (d.energy_kcal, d.energy_kcal_per_h, d.energy_kcal_per_min) == (None, None, None)


def test_trailing_bytes_are_ignored():
    d = decode_treadmill_data(bytes.fromhex("08002c01ecff0000" + "deadbeef"))
    assert d.speed_kmh == 3.0 and d.incline_pct == -2.0


@pytest.mark.parametrize("payload", ["", "08", "0c005e01e803", "0400000000"])
def test_short_treadmill_data_is_a_clear_error(payload):
    with pytest.raises(FtmsError, match="treadmill data.*too short"):
        decode_treadmill_data(bytes.fromhex(payload))


# --- Control point vectors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_", "hex_"),
    [
        (cp.set_target_speed(3.0), "022c01"),
        (cp.set_target_speed(3.5), "025e01"),
        (cp.set_target_incline(1.5), "030f00"),
        (cp.set_target_incline(-2.0), "03ecff"),
        (cp.request_control(), "00"),
        (cp.reset(), "01"),
        (cp.start_or_resume(), "07"),
        (cp.stop(), "0801"),
        (cp.pause(), "0802"),
    ],
)
def test_control_requests_encode_and_decode(request_, hex_):
    assert cp.encode_request(request_).hex() == hex_
    assert cp.decode_request(bytes.fromhex(hex_)) == request_


def test_speed_is_rounded_not_truncated():
    # int(2.3 * 100) is 229: a truncating encoder sends 2.29 km/h
    assert cp.encode_request(cp.set_target_speed(2.3)) == bytes([0x02]) + (230).to_bytes(
        2, "little"
    )
    assert cp.encode_request(cp.set_target_incline(0.7)) == bytes([0x03]) + (7).to_bytes(
        2, "little"
    )


@pytest.mark.parametrize("speed", [-0.1, 655.36, float("nan"), float("inf")])
def test_out_of_range_speed_is_refused(speed):
    with pytest.raises(FtmsError, match="target speed"):
        cp.set_target_speed(speed)


@pytest.mark.parametrize("incline", [-3276.9, 3276.8, float("nan")])
def test_out_of_range_incline_is_refused(incline):
    with pytest.raises(FtmsError, match="inclination"):
        cp.set_target_incline(incline)


@pytest.mark.parametrize(
    ("hex_", "op", "result", "ok"),
    [
        ("800001", cp.OpCode.REQUEST_CONTROL, cp.ResultCode.SUCCESS, True),
        ("800205", cp.OpCode.SET_TARGET_SPEED, cp.ResultCode.NOT_PERMITTED, False),
        ("800701", cp.OpCode.START_OR_RESUME, cp.ResultCode.SUCCESS, True),
    ],
)
def test_control_responses(hex_, op, result, ok):
    response = cp.decode_response(bytes.fromhex(hex_))
    assert (response.request_op, response.result, response.ok) == (op, result, ok)
    assert cp.encode_response(response).hex() == hex_


def test_response_names_and_errors():
    assert cp.decode_response(bytes.fromhex("800205")).result_name == "control not permitted"
    assert cp.decode_response(bytes.fromhex("800203")).result_name == "invalid parameter"
    with pytest.raises(FtmsError, match="not 0x80"):
        cp.decode_response(bytes.fromhex("020001"))
    with pytest.raises(FtmsError, match="too short"):
        cp.decode_response(bytes.fromhex("8002"))


def test_request_names_for_the_event_log():
    assert [r.name for r in (cp.stop(), cp.pause(), cp.set_target_speed(1))] == [
        "stop",
        "pause",
        "set_speed",
    ]
    assert cp.decode_request(bytes.fromhex("11")).name == "op_11"


# --- Machine status, ranges, feature ---------------------------------------------------


def test_status_new_target_speed():
    status = decode_machine_status(bytes.fromhex("056900"))
    assert status.code == StatusCode.TARGET_SPEED_CHANGED and status.target_speed_kmh == 1.05


@pytest.mark.parametrize(
    ("hex_", "expected"),
    [
        ("01", MachineStatus(StatusCode.RESET)),
        ("0201", MachineStatus(StatusCode.STOPPED_OR_PAUSED_BY_USER, paused=False)),
        ("0202", MachineStatus(StatusCode.STOPPED_OR_PAUSED_BY_USER, paused=True)),
        ("03", MachineStatus(StatusCode.STOPPED_BY_SAFETY_KEY)),
        ("04", MachineStatus(StatusCode.STARTED_OR_RESUMED_BY_USER)),
        ("06ecff", MachineStatus(StatusCode.TARGET_INCLINE_CHANGED, target_incline_pct=-2.0)),
        ("ff", MachineStatus(StatusCode.CONTROL_PERMISSION_LOST)),
        ("070a00", MachineStatus(0x07, raw_parameter=bytes.fromhex("0a00"))),
    ],
)
def test_status_codes(hex_, expected):
    assert decode_machine_status(bytes.fromhex(hex_)) == expected
    assert encode_machine_status(expected).hex() == hex_


def test_short_status_is_a_clear_error():
    for payload in ("", "02", "0569"):
        with pytest.raises(FtmsError, match="machine status"):
            decode_machine_status(bytes.fromhex(payload))


def test_speed_range():
    rng = decode_speed_range(bytes.fromhex("3200b0040a00"))
    assert rng == SpeedRange(0.5, 12.0, 0.1)
    assert encode_speed_range(rng).hex() == "3200b0040a00"


def test_incline_range():
    rng = decode_incline_range(bytes.fromhex("000096000500"))
    assert rng == InclineRange(0.0, 15.0, 0.5)
    assert encode_incline_range(rng).hex() == "000096000500"


def test_inverted_range_is_an_error():
    with pytest.raises(FtmsError, match="minimum .* above maximum"):
        decode_speed_range(bytes.fromhex("b00432000a00"))


def test_clamping_to_a_range_and_its_steps():
    speed = SpeedRange(0.5, 12.0, 0.1)
    assert [speed.clamp(v) for v in (0.2, 3.04, 3.06, 14.0)] == [0.5, 3.0, 3.1, 12.0]
    incline = InclineRange(0.0, 15.0, 0.5)
    assert [incline.clamp(v) for v in (-3.0, 1.2, 1.3, 16.0)] == [0.0, 1.0, 1.5, 15.0]
    # a turn speed never rounds up: the grid 0.5, 0.8, 1.1 ... gives 0.8 for 1.0
    assert SpeedRange(0.5, 12.0, 0.3).at_most(1.0) == 0.8
    assert SpeedRange(1.5, 12.0, 0.1).at_most(1.0) is None


def test_feature_unverified_layout_round_trips():
    features = decode_features(bytes.fromhex("0c10000003000000"))
    assert features == MachineFeatures(0x100C, 0x3)
    assert features.reports_incline and features.sets_speed and features.sets_incline
    assert encode_features(features).hex() == "0c10000003000000"
    with pytest.raises(FtmsError, match="fitness machine feature"):
        decode_features(bytes.fromhex("0c100000"))


# --- Heart rate vectors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hex_", "bpm", "contact", "energy", "rr"),
    [
        ("063c", 60, True, None, ()),
        ("163c1104", 60, True, None, (0x0411 / 1024,)),
        ("002a", 42, None, None, ()),
        ("0448", 72, False, None, ()),
        ("1fe8030200000c", 1000, True, 2, (3.0,)),
        # bit 1 without bit 2 means nothing: contact stays unknown
        ("023c", 60, None, None, ()),
    ],
)
def test_heart_rate_vectors(hex_, bpm, contact, energy, rr):
    m = decode_heart_rate(bytes.fromhex(hex_))
    assert (m.heart_rate_bpm, m.contact, m.energy_kj, m.rr_intervals_s) == (
        bpm,
        contact,
        energy,
        rr,
    )


def test_heart_rate_rr_of_one_second_and_errors():
    assert decode_heart_rate(bytes.fromhex("163c1104")).rr_intervals_s[0] == pytest.approx(
        1.0166, abs=1e-4
    )
    for payload in ("", "01", "013c", "083c01"):
        with pytest.raises(FtmsError, match="heart rate"):
            decode_heart_rate(bytes.fromhex(payload))


# --- Properties -----------------------------------------------------------------------------

DECODERS = [
    decode_treadmill_data,
    decode_machine_status,
    decode_speed_range,
    decode_incline_range,
    decode_features,
    decode_heart_rate,
    cp.decode_request,
    cp.decode_response,
]


@given(st.binary(max_size=40))
def test_random_bytes_give_a_codec_error_never_another_exception(data):
    for decode in DECODERS:
        with contextlib.suppress(FtmsError):
            decode(data)


@given(st.binary(max_size=40))
def test_treadmill_data_decode_encode_decode_is_stable(data):
    try:
        first = decode_treadmill_data(data)
    except FtmsError:
        return
    again = decode_treadmill_data(encode_treadmill_data(first))
    # Unknown flags are not re-sent; pairs come back with "not available" partners.
    assert again.speed_kmh == first.speed_kmh and again.distance_m == first.distance_m
    assert again.incline_pct == first.incline_pct and again.elapsed_s == first.elapsed_s
    assert again.energy_kcal == first.energy_kcal and again.heart_rate_bpm == first.heart_rate_bpm


speeds = st.integers(0, 0xFFFF).map(lambda raw: raw / 100)
inclines = st.integers(-0x8000, 0x7FFF).map(lambda raw: raw / 10)


@given(
    speed=speeds,
    incline=inclines,
    distance=st.integers(0, 0xFFFFFF),
    elapsed=st.integers(0, 0xFFFF),
)
def test_treadmill_data_round_trip(speed, incline, distance, elapsed):
    if incline == 0x7FFF / 10:
        incline = 0.0  # that raw value means "not available"
    data = TreadmillData(
        speed_kmh=speed,
        distance_m=distance,
        incline_pct=incline,
        ramp_angle_deg=0.0,
        elapsed_s=elapsed,
    )
    assert decode_treadmill_data(encode_treadmill_data(data)) == data


@given(speed=st.floats(0, 655.35), incline=st.floats(-3276.8, 3276.7))
def test_control_round_trip_within_resolution(speed, incline):
    back = cp.decode_request(cp.encode_request(cp.set_target_speed(speed)))
    assert back.speed_kmh == pytest.approx(speed, abs=0.005 + 1e-9)
    back = cp.decode_request(cp.encode_request(cp.set_target_incline(incline)))
    assert back.incline_pct == pytest.approx(incline, abs=0.05 + 1e-9)


@given(low=st.integers(0, 3000), span=st.integers(0, 3000), step=st.integers(0, 100))
def test_range_round_trip(low, span, step):
    rng = SpeedRange(low / 100, (low + span) / 100, step / 100)
    assert decode_speed_range(encode_speed_range(rng)) == rng
    inc = InclineRange(-low / 10, span / 10, step / 10)
    assert decode_incline_range(encode_incline_range(inc)) == inc
