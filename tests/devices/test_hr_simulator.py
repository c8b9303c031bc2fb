"""The simulator's strap: its options and its standard-input commands on the virtual sensor."""

from __future__ import annotations

import json

import pytest

from walkcoach.devices.advertising import heart_rate_advertising_data, parse_advertising_data
from walkcoach.devices.simulator import DEFAULT_HR_NAME, Walker, apply_hr_command, parse_args
from walkcoach.devices.uuids import device_kind
from walkcoach.devices.virtual_hr import VirtualHeartRateSensor


def test_heart_rate_options_and_their_checks(capsys):
    args = parse_args(["--hci", "x", "--heart-rate", "tcp-client:127.0.0.1:9003"])
    assert args.heart_rate == "tcp-client:127.0.0.1:9003" and args.resting_bpm == 62.0
    assert parse_args(["--hci", "x"]).heart_rate is None
    with pytest.raises(SystemExit):
        parse_args(["--hci", "x", "--resting-bpm", "190"])
    assert "--resting-bpm must be above 0 and below --max-bpm" in capsys.readouterr().err


def test_strap_commands_act_on_the_sensor():
    sensor, walker = VirtualHeartRateSensor(0.0), Walker()
    assert apply_hr_command(sensor, walker, "hr-contact-off") == "ok hr-contact-off"
    assert not sensor.contact and sensor.measurement().contact is False
    assert (
        apply_hr_command(sensor, walker, "hr-contact-on") == "ok hr-contact-on" and sensor.contact
    )
    assert apply_hr_command(sensor, walker, "hr-silence") == "ok hr-silence" and not sensor.sending
    sensor.advance(5.0)
    assert sensor.outbox == []  # silent: nothing goes out
    assert apply_hr_command(sensor, walker, "hr-talk") == "ok hr-talk" and sensor.sending
    assert apply_hr_command(sensor, walker, "HR-Backward ") == "ok hr-backward" and walker.backward
    status = apply_hr_command(sensor, walker, "hr-status")
    assert status is not None and json.loads(status.removeprefix("ok hr-status "))["backward"]
    assert apply_hr_command(sensor, walker, "speed 3") is None  # a treadmill command
    assert "unknown command" in (apply_hr_command(sensor, walker, "hr-nope") or "")
    assert apply_hr_command(None, walker, "hr-silence") == "error: hr-silence needs --heart-rate"


def test_the_strap_advertises_the_heart_rate_service_and_its_name():
    parsed = parse_advertising_data(heart_rate_advertising_data(DEFAULT_HR_NAME))
    assert parsed.name == DEFAULT_HR_NAME and device_kind(parsed.service_uuids) == "heart_rate"
    long = parse_advertising_data(heart_rate_advertising_data("A strap with a very long name"))
    assert long.name is not None and "A strap with a very long name".startswith(long.name)
