"""Settings: locale defaults, per-key fallback, damaged files kept aside, unknown keys kept."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path

import pytest

from walkcoach.core.settings import (
    SETTINGS_VERSION,
    Settings,
    load_settings,
    save_settings,
    validate,
)
from walkcoach.core.units import Units, units_for_locale

NOW = datetime(2024, 5, 6, 7, 8, 9)
US = {"LANG": "en_US.UTF-8"}
DE = {"LANG": "de_DE.UTF-8"}


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "settings.json"


def write(path, data) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


# --- defaults and locale --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "units"),
    [
        ({"LANG": "en_US.UTF-8"}, "mph"),
        ({"LANG": "en_LR.UTF-8"}, "mph"),
        ({"LANG": "my_MM"}, "mph"),
        ({"LANG": "en_GB.UTF-8"}, "kmh"),
        ({"LANG": "de_DE.UTF-8@euro"}, "kmh"),
        ({"LANG": "C.UTF-8"}, "kmh"),
        ({"LANG": "POSIX"}, "kmh"),
        ({}, "kmh"),
        # LC_ALL beats LC_MEASUREMENT beats LANG; empty values do not count.
        ({"LC_ALL": "fr_FR.UTF-8", "LC_MEASUREMENT": "en_US.UTF-8", "LANG": "en_US"}, "kmh"),
        ({"LC_MEASUREMENT": "en_US.UTF-8", "LANG": "de_DE"}, "mph"),
        ({"LC_MEASUREMENT": "de_DE.UTF-8", "LANG": "en_US"}, "kmh"),
        ({"LC_ALL": "", "LANG": "en_US.UTF-8"}, "mph"),
    ],
)
def test_units_from_locale(environ, units):
    assert units_for_locale(environ).speed == units
    # One source of defaults: miles and pounds go with mph where the locale says so.
    expected = Units.imperial() if units == "mph" else Units()
    assert units_for_locale(environ) == expected
    local = load_settings(Path("/nonexistent/settings.json"), environ=environ)[0]
    assert (local.units, local.distance_unit, local.weight_unit) == (
        expected.speed,
        expected.distance,
        expected.weight,
    )


def test_missing_file_gives_defaults_without_warning(settings_file):
    settings, warnings = load_settings(settings_file, environ=DE)
    assert warnings == []
    assert settings == Settings(
        units="kmh",
        weight_kg=70,
        voice_enabled=True,
        volume=0.8,
        muted=False,
        countdown_s=3,
        flash_on_change=True,
        theme="dark",
        safety_check_each_session=False,
        time_left_every_s=60,
    )
    assert load_settings(settings_file, environ=US)[0].units == "mph"
    assert not settings_file.exists()  # reading never creates the file


def test_defaults_are_valid():
    assert validate(Settings()) == []


# --- round trip -----------------------------------------------------------------------------


def test_save_and_load_round_trip(settings_file):
    settings = Settings(
        units="mph",
        weight_kg=82.5,
        voice_enabled=False,
        volume=0.25,
        muted=True,
        countdown_s=5,
        flash_on_change=False,
        theme="system",
        safety_check_each_session=True,
        safety_check_seen=True,
        first_run_done=True,
        time_left_every_s=0,
        mini_view=True,
        get_ready_s=12,
        cue_detail="changes",
    )
    save_settings(settings, settings_file)
    data = json.loads(settings_file.read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION and next(iter(data)) == "version"
    loaded, warnings = load_settings(settings_file, environ=DE)
    assert warnings == [] and loaded == settings
    assert [p.name for p in settings_file.parent.iterdir()] == ["settings.json"]


def test_language_is_one_shipped_or_the_systems(settings_file):
    assert Settings().language == ""  # the system's
    for language in ("", "en", "de", "fr", "es", "nl", "it"):
        save_settings(replace(Settings(), language=language), settings_file)
        loaded, warnings = load_settings(settings_file, environ=DE)
        assert warnings == [] and loaded.language == language
    with pytest.raises(ValueError, match="language: must be '' or 'en' or 'de'"):
        save_settings(replace(Settings(), language="pt"), settings_file)


def test_save_refuses_invalid_values(settings_file):
    settings = replace(Settings(), volume=3.0, theme="neon")
    with pytest.raises(ValueError) as info:
        save_settings(settings, settings_file)
    assert "volume: must be from 0 to 1, got 3" in str(info.value)
    assert "theme: must be 'dark' or 'light' or 'system'" in str(info.value)
    assert not settings_file.exists()


# --- one bad key falls back alone -----------------------------------------------------------

BAD_VALUES = [
    ("units", "furlongs"),
    ("units", 1),
    ("weight_kg", -3),
    ("weight_kg", "heavy"),
    ("weight_kg", True),
    ("voice_enabled", "yes"),
    ("volume", 1.5),
    ("volume", None),
    ("muted", 0),
    ("countdown_s", 2.5),
    ("countdown_s", 99),
    ("flash_on_change", "on"),
    ("theme", "neon"),
    ("language", "klingon"),
    ("language", "de_DE"),  # a language, not a locale: the region comes from the system
    ("language", 7),
    ("safety_check_each_session", []),
    ("safety_check_seen", {}),
    ("first_run_done", "false"),
    ("time_left_every_s", -60),
    ("time_left_every_s", 5),
    ("mini_view", 1),
    ("get_ready_s", 31),
    ("get_ready_s", 2.5),
    ("cue_detail", "some"),
    ("turn_speed_kmh", 2.0),  # above the safe turn speed
    ("turn_speed_kmh", 0.0),
    ("stop_belt_at_end", "yes"),
    ("treadmill", 42),
    ("treadmill", "F0:57\nA1"),
    ("hci", "x" * 500),
]


@pytest.mark.parametrize(("key", "value"), BAD_VALUES)
def test_one_bad_key_falls_back_to_its_default_only(settings_file, key, value):
    good = replace(
        Settings(units="mph"),
        weight_kg=90.0,
        volume=0.3,
        theme="light",
        countdown_s=4,
        time_left_every_s=120,
        muted=True,
    )
    data = {"version": 1, **{k: v for k, v in asdict(good).items() if k != "extra"}}
    data[key] = value
    write(settings_file, data)
    loaded, warnings = load_settings(settings_file, environ=DE)
    expected = replace(good, **{key: getattr(Settings(units="kmh"), key)})
    assert loaded == expected
    assert len(warnings) == 1
    assert f"1 bad setting, using the default instead: {key} (" in warnings[0]
    assert str(settings_file) in warnings[0]
    assert settings_file.exists()  # a file with bad values is not moved aside


def test_several_bad_keys_give_one_warning(settings_file):
    write(settings_file, {"version": 1, "volume": 7, "theme": 3, "weight_kg": 65})
    loaded, warnings = load_settings(settings_file, environ=DE)
    assert loaded.weight_kg == 65 and loaded.volume == 0.8 and loaded.theme == "dark"
    assert len(warnings) == 1
    assert (
        "2 bad settings" in warnings[0] and "volume (" in warnings[0] and "theme (" in warnings[0]
    )


def test_whole_numbers_in_float_form_are_accepted(settings_file):
    write(
        settings_file,
        {"version": 1, "countdown_s": 5.0, "time_left_every_s": 30.0, "weight_kg": 80},
    )
    loaded, warnings = load_settings(settings_file)
    assert warnings == []
    assert loaded.countdown_s == 5 and isinstance(loaded.countdown_s, int)
    assert loaded.weight_kg == 80.0 and isinstance(loaded.weight_kg, float)


# --- unknown keys and versions --------------------------------------------------------------


def test_unknown_keys_are_kept_on_save(settings_file):
    write(settings_file, {"version": 1, "theme": "light", "treadmill_mac": "AA:BB", "zoom": [1, 2]})
    loaded, warnings = load_settings(settings_file)
    assert warnings == []
    assert loaded.extra == {"treadmill_mac": "AA:BB", "zoom": [1, 2]}
    save_settings(replace(loaded, volume=0.5), settings_file)
    data = json.loads(settings_file.read_text(encoding="utf-8"))
    assert data["treadmill_mac"] == "AA:BB" and data["zoom"] == [1, 2] and data["volume"] == 0.5


def test_newer_version_is_read_with_a_warning(settings_file):
    write(settings_file, {"version": 2, "theme": "light", "new_thing": True})
    loaded, warnings = load_settings(settings_file)
    assert loaded.theme == "light" and loaded.extra == {"new_thing": True}
    assert len(warnings) == 1 and "newer WalkCoach (version 2)" in warnings[0]


@pytest.mark.parametrize("version", [None, "1", 0, 1.5])
def test_missing_or_bad_version_is_read_with_a_warning(settings_file, version):
    data = {"theme": "light"} if version is None else {"version": version, "theme": "light"}
    write(settings_file, data)
    loaded, warnings = load_settings(settings_file)
    assert loaded.theme == "light"
    assert len(warnings) == 1 and "no valid version" in warnings[0]


# --- garbage: defaults, one warning, the file kept aside ------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "it is not valid JSON"),
        (b"", "it is empty"),
        (b"[1, 2, 3]", "it does not hold a JSON object"),
        (b'"just text"', "it does not hold a JSON object"),
        (b"\x00\x01\x02garbage", "it holds binary data"),
        (b"\xff\xfe{\x00", "it holds binary data"),
        (b'{"theme": "caf\xe9"}', "it is not UTF-8 text"),
        (b"[" * 50_000, "it is not valid JSON"),
        (b" " * 1_000_001, "it is far too large"),
    ],
)
def test_garbage_gives_defaults_and_keeps_the_file(settings_file, content, reason):
    settings_file.write_bytes(content)
    loaded, warnings = load_settings(settings_file, environ=DE, now=NOW)
    assert loaded == Settings(units="kmh")
    assert len(warnings) == 1
    assert str(settings_file) in warnings[0] and reason in warnings[0]
    kept = settings_file.with_name("settings.json.bad-20240506-070809")
    assert "kept as settings.json.bad-20240506-070809" in warnings[0]
    assert not settings_file.exists()
    assert kept.read_bytes() == content  # never deleted, never changed


def test_second_damaged_file_in_the_same_second_gets_its_own_name(settings_file):
    for content in (b"one{", b"two{"):
        settings_file.write_bytes(content)
        load_settings(settings_file, now=NOW)
    names = sorted(p.name for p in settings_file.parent.iterdir())
    assert names == ["settings.json.bad-20240506-070809", "settings.json.bad-20240506-070809-2"]


def test_read_only_callers_can_leave_the_damaged_file_in_place(settings_file):
    settings_file.write_bytes(b"{oops")
    loaded, warnings = load_settings(settings_file, quarantine=False)
    assert len(warnings) == 1 and "kept as" not in warnings[0]
    assert settings_file.read_bytes() == b"{oops"


def test_folder_instead_of_file(settings_file):
    settings_file.mkdir()
    loaded, warnings = load_settings(settings_file, environ=DE)
    assert loaded == Settings(units="kmh")
    assert len(warnings) == 1 and "is a folder" in warnings[0]
    assert settings_file.is_dir()


def test_after_garbage_the_next_save_writes_a_clean_file(settings_file):
    settings_file.write_bytes(b"\x00junk")
    loaded, _ = load_settings(settings_file, now=NOW)
    save_settings(replace(loaded, theme="light"), settings_file)
    again, warnings = load_settings(settings_file)
    assert warnings == [] and again.theme == "light"


def test_get_ready_and_cue_detail_defaults_keep_todays_behaviour():
    settings = Settings()
    assert settings.get_ready_s == 5 and settings.cue_detail == "all"
    assert validate(replace(settings, get_ready_s=0, cue_detail="none")) == []
    assert validate(replace(settings, get_ready_s=30)) == []


@pytest.mark.parametrize(
    ("key", "value", "why"),
    [
        ("max_hr_bpm", 99, "must be 0 (not given) or from 100 to 230"),
        ("max_hr_bpm", 231, "must be from 0 to 230"),
        ("age_years", 7, "must be 0 (not given) or from 10 to 100"),
        ("resting_hr_bpm", 150.5, "must be from 0 to 120"),
        ("hr_settle_bpm", 30, "must be from 50 to 200"),
        ("hr_settle_max_wait_s", 5, "must be from 10 to 600"),
        ("hr_ceiling_bpm", "160", "must be a number"),
        ("heart_rate", "a\nb", "is not a usable device name"),
    ],
)
def test_bad_heart_rate_settings_fall_back_with_a_warning(settings_file, key, value, why):
    settings_file.write_text(json.dumps({"version": 1, key: value, "weight_kg": 80}))
    settings, warnings = load_settings(settings_file, environ=US, now=NOW)
    assert getattr(settings, key) == getattr(Settings(), key)
    assert len(warnings) == 1 and key in warnings[0] and why in warnings[0]
    assert settings.weight_kg == 80  # the good value next to it stays


def test_zones_come_from_the_maximum_or_the_age_and_none_without_either():
    from walkcoach.core.settings import zones_from

    assert zones_from(Settings()) is None
    by_age = zones_from(Settings(age_years=40))
    assert by_age is not None and by_age.max_bpm == 180 and by_age.max_estimated
    entered = zones_from(Settings(max_hr_bpm=190, age_years=40, resting_hr_bpm=60))
    assert entered is not None and entered.max_bpm == 190 and not entered.max_estimated
    assert entered.zones[0].low_bpm == 60 + round(0.5 * 130)
