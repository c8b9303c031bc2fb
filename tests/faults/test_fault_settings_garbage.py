"""A settings file full of garbage: the defaults, one warning, the file kept, and the app usable."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from faultkit import run_walkcoach
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from walkcoach.core.settings import Settings, load_settings, save_settings

DE = {"LANG": "de_DE.UTF-8"}
_FOLDER = Path(tempfile.mkdtemp(prefix="walkcoach-settings-fuzz-"))


def _json_object(content: bytes) -> bool:
    try:
        return isinstance(json.loads(content.decode("utf-8-sig")), dict)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.text(max_size=200).map(str.encode))
def test_random_bytes_give_the_defaults_and_exactly_one_warning(content):
    assume(not _json_object(content))  # a real JSON object is a settings file, judged per key
    folder = Path(tempfile.mkdtemp(dir=_FOLDER))
    path = folder / "settings.json"
    path.write_bytes(content)
    loaded, warnings = load_settings(path, environ=DE)
    assert loaded == Settings(units="kmh")
    assert len(warnings) == 1 and str(path) in warnings[0]
    kept = list(folder.glob("settings.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content  # never deleted
    # And the next save writes a clean file that reads back without a warning.
    save_settings(loaded, path)
    assert load_settings(path, environ=DE) == (loaded, [])


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(sorted(Settings.__dataclass_fields__)),
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        max_size=8,
    )
)
def test_any_values_under_known_keys_give_valid_settings(values):
    folder = Path(tempfile.mkdtemp(dir=_FOLDER))
    path = folder / "settings.json"
    values.pop("extra", None)
    path.write_text(json.dumps({"version": 1, **values}, allow_nan=True), encoding="utf-8")
    loaded, warnings = load_settings(path, environ=DE)
    assert len(warnings) <= 1
    save_settings(loaded, path)  # raises if anything invalid got through


@pytest.mark.slow
def test_the_app_starts_with_a_garbage_settings_file_and_says_so(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    garbage = bytes(range(256)) * 4
    (data / "settings.json").write_bytes(garbage)
    result = run_walkcoach("--data-dir", str(data), "--smoke-test", timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1].startswith("startup_ms=")
    told = [line for line in result.stderr.splitlines() if "settings file" in line.lower()]
    assert len(told) == 1 and "damaged" in told[0], result.stderr[-2000:]
    kept = list(data.glob("settings.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    # The app wrote clean settings back (first run done), readable without a warning.
    assert load_settings(data / "settings.json")[1] == []


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(sorted(Settings.__dataclass_fields__))
        | st.sampled_from(["\ud800", "x\udfff"]),
        st.integers(310, 320).map(lambda d: int("9" * d))
        | st.sampled_from(["\udc80", 10**400, -(10**330)])
        | st.integers(),
        max_size=6,
    )
)
def test_huge_integers_and_lone_surrogates_never_stop_load_or_save(values):
    folder = Path(tempfile.mkdtemp(dir=_FOLDER))
    path = folder / "settings.json"
    values.pop("extra", None)
    path.write_text(json.dumps({"version": 1, **values}), encoding="utf-8")  # \\udXXX escapes
    loaded, warnings = load_settings(path, environ=DE)
    assert len(warnings) <= 1
    save_settings(loaded, path)  # used to raise UnicodeEncodeError / OverflowError
    assert load_settings(path, environ=DE)[1] == []
    if warnings:  # not fully understood: the original was kept aside, not overwritten
        assert list(folder.glob("settings.json.*"))
