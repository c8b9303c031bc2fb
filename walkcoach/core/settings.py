"""User settings: a typed dataclass, read from and written to a versioned JSON file."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from walkcoach.core import counted
from walkcoach.core.files import (
    KIND_WORDS,
    FileTooLargeError,
    NotRegularFileError,
    keep_aside,
    read_user_file,
    write_file_atomic,
)
from walkcoach.core.hr_limits import (
    AGE_RANGE_YEARS,
    CEILING_RANGE_BPM,
    MAX_HR_RANGE_BPM,
    RESTING_HR_RANGE_BPM,
    SETTLE_RANGE_BPM,
    SETTLE_WAIT_RANGE_S,
)
from walkcoach.core.i18n import translate
from walkcoach.core.units import (
    DISTANCE_UNITS,
    SPEED_UNITS,
    WEIGHT_UNITS,
    Units,
    units_for_locale,
)

if TYPE_CHECKING:
    from walkcoach.core.hr_zones import HeartRateZones

SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 1_000_000
THEMES = ("dark", "light", "system")
# The language of the text and the voice: "" = the system's (LANG), else one WalkCoach ships.
LANGUAGES = ("", "en", "de", "fr", "es", "nl", "it")
MIN_WEIGHT_KG = 20.0
MAX_WEIGHT_KG = 400.0
MAX_COUNTDOWN_S = 10
MAX_GET_READY_S = 30
CUE_DETAILS = ("all", "changes", "none")  # as core.cues.CUE_DETAILS (not imported: start-up)
MIN_TIME_LEFT_EVERY_S = 10
MAX_TIME_LEFT_EVERY_S = 3600


@dataclass
class Settings:
    # The speed unit ("kmh" or "mph"); the file keeps the name it had when it was the only one.
    units: str = field(default_factory=lambda: units_for_locale().speed)
    distance_unit: str = field(default_factory=lambda: units_for_locale().distance)
    weight_unit: str = field(default_factory=lambda: units_for_locale().weight)
    weight_kg: float = 70.0
    voice_enabled: bool = True
    volume: float = 0.8
    muted: bool = False
    countdown_s: int = 3
    flash_on_change: bool = True
    theme: str = "dark"
    language: str = ""  # one of LANGUAGES; applied at the next start (ui/i18n.py)
    safety_check_each_session: bool = False
    safety_check_seen: bool = False
    first_run_done: bool = False
    time_left_every_s: int = 60  # 0 = off
    mini_view: bool = False
    export_folder: str = ""  # where the last history export was saved ("" = the home folder)
    get_ready_s: int = 5  # the count before the first segment; 0 = start at once
    cue_detail: str = "all"  # spoken: "all", "changes" (segment changes only) or "none"
    # The treadmill link (devices/): "" none, "virtual", or a Bluetooth address; its name as
    # last seen (for the status bar while it reconnects); the bumble HCI transport, "" = system.
    treadmill: str = ""
    treadmill_name: str = ""
    hci: str = ""
    turn_speed_kmh: float = 1.0  # the belt's speed for every change of direction, at most 1.5
    stop_belt_at_end: bool = True  # Stop and the program's end stop the belt
    # The heart-rate sensor: "" none, "virtual", or a Bluetooth address, and its last-seen name.
    heart_rate: str = ""
    heart_rate_name: str = ""
    # Zones (core/hr_zones.py): an entered maximum (0 = estimate it from the age), the age
    # (0 = not given), a resting heart rate (0 = none; zones on the maximum alone).
    max_hr_bpm: int = 0
    age_years: int = 0
    resting_hr_bpm: int = 0
    # Coaching with it (core/hr_coach.py): the ceiling (0 = the top of zone 4) and the wait for
    # the heart rate to settle before each backward bout.
    hr_ceiling_enabled: bool = True
    hr_ceiling_bpm: int = 0
    hr_settle_before_backward: bool = False
    hr_settle_bpm: int = 110
    hr_settle_max_wait_s: int = 120
    # Keys this version does not know (a newer WalkCoach wrote them). Kept and written back, so
    # running an older version never throws away settings the newer one will want again.
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


# ---------------------------------------------------------------------------------------------
# Per-key validation: each returns the clean value or raises ValueError with the reason.


def _describe(value: Any) -> str:
    text = json.dumps(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return text if len(text) <= 30 else text[:27] + "..."


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(
            translate("Settings", "must be true or false, got {value}").format(
                value=_describe(value)
            )
        )
    return value


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in options or not isinstance(value, str):
            #: Between the allowed values of a setting: "must be 'km/h' or 'mph'".
            listed = translate("Settings", " or ").join(f"'{o}'" for o in options)
            message = translate("Settings", "must be {options}, got {value}")
            raise ValueError(message.format(options=listed, value=_describe(value)))
        return value

    return check


def zones_from(settings: Settings) -> HeartRateZones | None:
    """The user's heart-rate zones, or None when neither a maximum nor an age is given."""
    from walkcoach.core.hr_zones import ZoneError, zones_for  # not needed for the first frame

    try:
        return zones_for(settings.max_hr_bpm, settings.age_years, settings.resting_hr_bpm)
    except ZoneError:
        return None


def _number(value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(
            translate("Settings", "must be a number, got {value}").format(value=_describe(value))
        )
    if isinstance(value, int) and abs(value) > 10**15:  # math.isfinite(10**400) overflows
        message = translate(
            "Settings", "must be from {low} to {high}, got a number of {digits} digits"
        )
        raise ValueError(message.format(low=f"{low:g}", high=f"{high:g}", digits=len(str(value))))
    if not math.isfinite(value):
        raise ValueError(
            translate("Settings", "must be a number, got {value}").format(value=_describe(value))
        )
    if not low <= value <= high:
        message = translate("Settings", "must be from {low} to {high}, got {value}")
        raise ValueError(message.format(low=f"{low:g}", high=f"{high:g}", value=f"{value:g}"))
    return float(value)


def _whole(value: Any, low: int, high: int) -> int:
    number = _number(value, low, high)
    if number != int(number):
        raise ValueError(
            translate("Settings", "must be a whole number, got {value}").format(value=f"{value:g}")
        )
    return int(number)


def _time_left_every(value: Any) -> int:
    seconds = _whole(value, 0, MAX_TIME_LEFT_EVERY_S)
    if 0 < seconds < MIN_TIME_LEFT_EVERY_S:
        message = translate("Settings", "must be 0 (off) or at least {least}, got {value}")
        raise ValueError(message.format(least=MIN_TIME_LEFT_EVERY_S, value=seconds))
    return seconds


MAX_FOLDER_CHARS = 4096
MAX_DEVICE_CHARS = 200
MIN_TURN_SPEED_KMH = 0.5
MAX_TURN_SPEED_KMH = 1.5  # as devices.controller.MAX_TURN_SPEED_KMH (the safety rule)


def _zero_or(value: Any, low: int, high: int) -> int:
    """0 (not given) or a whole number from ``low`` to ``high``."""
    number = _whole(value, 0, high)
    if 0 < number < low:
        message = translate(
            "Settings", "must be 0 (not given) or from {low} to {high}, got {value}"
        )
        raise ValueError(message.format(low=low, high=high, value=number))
    return number


def _short_text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(
            translate("Settings", "must be text, got {value}").format(value=_describe(value))
        )
    if len(value) > MAX_DEVICE_CHARS or any(ord(c) < 32 for c in value):
        raise ValueError(translate("Settings", "is not a usable device name or address"))
    return value


def _folder(value: Any) -> str:
    if not isinstance(value, str):
        message = translate("Settings", "must be a folder path as text, got {value}")
        raise ValueError(message.format(value=_describe(value)))
    if len(value) > MAX_FOLDER_CHARS or "\0" in value:
        raise ValueError(translate("Settings", "is not a usable folder path"))
    return value


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "units": _choice(SPEED_UNITS),
    "distance_unit": _choice(DISTANCE_UNITS),
    "weight_unit": _choice(WEIGHT_UNITS),
    "weight_kg": lambda v: _number(v, MIN_WEIGHT_KG, MAX_WEIGHT_KG),
    "voice_enabled": _bool,
    "volume": lambda v: _number(v, 0.0, 1.0),
    "muted": _bool,
    "countdown_s": lambda v: _whole(v, 0, MAX_COUNTDOWN_S),
    "flash_on_change": _bool,
    "theme": _choice(THEMES),
    "language": _choice(LANGUAGES),
    "safety_check_each_session": _bool,
    "safety_check_seen": _bool,
    "first_run_done": _bool,
    "time_left_every_s": _time_left_every,
    "mini_view": _bool,
    "export_folder": _folder,
    "get_ready_s": lambda v: _whole(v, 0, MAX_GET_READY_S),
    "cue_detail": _choice(CUE_DETAILS),
    "treadmill": _short_text,
    "treadmill_name": _short_text,
    "hci": _short_text,
    "turn_speed_kmh": lambda v: _number(v, MIN_TURN_SPEED_KMH, MAX_TURN_SPEED_KMH),
    "stop_belt_at_end": _bool,
    "heart_rate": _short_text,
    "heart_rate_name": _short_text,
    "max_hr_bpm": lambda v: _zero_or(v, *MAX_HR_RANGE_BPM),
    "age_years": lambda v: _zero_or(v, *AGE_RANGE_YEARS),
    "resting_hr_bpm": lambda v: _zero_or(v, *RESTING_HR_RANGE_BPM),
    "hr_ceiling_enabled": _bool,
    "hr_ceiling_bpm": lambda v: _zero_or(v, *CEILING_RANGE_BPM),
    "hr_settle_before_backward": _bool,
    "hr_settle_bpm": lambda v: _whole(v, *SETTLE_RANGE_BPM),
    "hr_settle_max_wait_s": lambda v: _whole(v, *SETTLE_WAIT_RANGE_S),
}
assert set(_CHECKS) == {f.name for f in fields(Settings)} - {"extra"}


def validate(settings: Settings) -> list[str]:
    """Problems with a Settings object, as "key: reason" lines (empty when all is well)."""
    problems = []
    for name, check in _CHECKS.items():
        try:
            check(getattr(settings, name))
        except ValueError as exc:
            problems.append(f"{name}: {exc}")
    return problems


# ---------------------------------------------------------------------------------------------
# Reading and writing


# Settings files read but not fully understood (unreadable, newer, bad values, a link...): the
# next save keeps the original aside under this tag before writing its own. Keyed by path.
_KEEP_ON_SAVE: dict[str, str] = {}


def _remember_original(path: Path, tag: str) -> None:
    _KEEP_ON_SAVE.setdefault(os.path.abspath(path), tag)


def _quarantine(path: Path, now: datetime) -> Path | None:
    """Rename a damaged settings file aside (never delete it); None if that failed."""
    try:
        return keep_aside(path, "bad", now)
    except OSError:
        return None


def _read_object(path: Path) -> dict[str, Any]:
    """The decoded JSON object in ``path``; ValueError saying what is wrong with the file."""
    try:
        raw = read_user_file(path, MAX_SETTINGS_BYTES)
    except FileTooLargeError:
        message = translate("Settings", "it is far too large (over {limit} bytes)")
        raise ValueError(message.format(limit=f"{MAX_SETTINGS_BYTES:,}")) from None
    if b"\x00" in raw:
        raise ValueError(translate("Settings", "it holds binary data, not JSON text"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(translate("Settings", "it is not UTF-8 text")) from None
    if not text.strip():
        raise ValueError(translate("Settings", "it is empty"))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        #: {reason} is Python's JSON message in English ("Expecting value").
        message = translate("Settings", "it is not valid JSON ({reason}, line {line})")
        raise ValueError(message.format(reason=exc.msg, line=exc.lineno)) from None
    except RecursionError:
        raise ValueError(
            translate("Settings", "it is not valid JSON (nested too deeply)")
        ) from None
    except ValueError:  # an integer of more than 4300 digits: Python's conversion limit
        raise ValueError(
            translate("Settings", "it is not valid JSON (a number far too long)")
        ) from None
    if not isinstance(data, dict):
        raise ValueError(translate("Settings", "it does not hold a JSON object"))
    return data


def load_settings(
    path: str | os.PathLike[str],
    *,
    environ: Mapping[str, str] | None = None,
    quarantine: bool = True,
    now: datetime | None = None,
) -> tuple[Settings, list[str]]:
    """Read settings; never fails. Returns the settings and warnings for the user.

    A missing file gives the defaults silently. A damaged file gives the defaults plus one warning,
    and (with ``quarantine``) is renamed to ``settings.json.bad-<time>`` so nothing is lost. A bad
    value falls back to its default alone, with one warning naming every bad key.
    """
    path = Path(path)
    local = units_for_locale(environ)
    defaults = Settings(units=local.speed, distance_unit=local.distance, weight_unit=local.weight)
    try:
        data = _read_object(path)
    except FileNotFoundError:
        if path.is_symlink():  # a link to nothing: the user made it; the next save keeps it
            _remember_original(path, "link")
            message = translate(
                "Settings",
                "The settings file {path} is a link to a missing file; using the default settings.",
            )
            return defaults, [message.format(path=path)]
        return defaults, []
    except (IsADirectoryError, NotRegularFileError) as exc:
        _remember_original(path, "bad")
        if isinstance(exc, IsADirectoryError):
            what = translate("Files", KIND_WORDS["folder"])
        else:
            what = exc.kind or str(exc.strerror)
        message = translate(
            "Settings", "Settings file {path} is {what}; using the default settings."
        )
        return defaults, [message.format(path=path, what=what)]
    except OSError as exc:
        _remember_original(path, "unreadable")
        reason = exc.strerror or str(exc)
        message = translate(
            "Settings", "Cannot read the settings file {path} ({reason}); using the defaults."
        )
        return defaults, [message.format(path=path, reason=reason)]
    except ValueError as exc:
        kept = _quarantine(path, now or datetime.now()) if quarantine else None
        if kept is None:
            _remember_original(path, "bad")
            warning = translate(
                "Settings",
                "The settings file {path} is damaged: {reason}. Using the default settings.",
            )
        else:
            warning = translate(
                "Settings",
                "The settings file {path} is damaged: {reason}. Using the default settings; the "
                "damaged file was kept as {kept}.",
            )
        return defaults, [warning.format(path=path, reason=exc, kept=kept.name if kept else "")]

    warnings: list[str] = []
    version = data.pop("version", None)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        message = translate(
            "Settings",
            "The settings file {path} has no valid version ({version}); read it as version "
            "{current}.",
        )
        warnings.append(
            message.format(path=path, version=_describe(version), current=SETTINGS_VERSION)
        )
    elif version > SETTINGS_VERSION:
        _remember_original(path, "newer")
        message = translate(
            "Settings",
            "The settings file {path} was written by a newer WalkCoach (version {version}); "
            "the settings this version knows are used, and the file itself is kept aside "
            "unchanged before this version saves its own.",
        )
        warnings.append(message.format(path=path, version=version))

    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    bad: list[str] = []
    for key, value in data.items():
        check = _CHECKS.get(key)
        if check is None:
            if _encodable(key, value):
                extra[key] = value
            else:  # a lone surrogate ("\ud800") cannot be written as UTF-8 again
                bad.append(
                    translate("Settings", "{key} (not valid Unicode text)").format(
                        key=_printable(key)
                    )
                )
            continue
        try:
            values[key] = check(value)
        except ValueError as exc:
            #: A bad setting in a list of them: "weight_kg (must be a number, got "x")".
            bad.append(translate("Settings", "{key} ({reason})").format(key=key, reason=exc))
    if bad:
        _remember_original(path, "bad")
        message = counted.translate(
            "Settings",
            "The settings file {path} has %n bad setting(s), using the default instead: {bad}.",
            None,
            len(bad),
        )
        warnings.append(message.format(path=path, bad="; ".join(bad)))
    if "units" in values and "distance_unit" not in data and "weight_unit" not in data:
        # A file from before distance and weight had units of their own: its one choice
        # meant all three.
        meant = Units.matching_speed(values["units"])
        values.setdefault("distance_unit", meant.distance)
        values.setdefault("weight_unit", meant.weight)
    unit_defaults = {
        "units": defaults.units,
        "distance_unit": defaults.distance_unit,
        "weight_unit": defaults.weight_unit,
    }
    settings = Settings(**{**unit_defaults, **values}, extra=extra)
    return settings, warnings


def _encodable(key: str, value: Any) -> bool:
    try:
        json.dumps({key: value}, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError):
        return False
    return True


def _printable(key: str) -> str:
    return key.encode("utf-8", "backslashreplace").decode("utf-8")[:40]


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data = asdict(settings)
    extra = data.pop("extra")
    # Known keys never collide with extra ones: load_settings sorts each key into one or the other.
    return {"version": SETTINGS_VERSION, **data, **extra}


def save_settings(
    settings: Settings, path: str | os.PathLike[str], kept: list[Path] | None = None
) -> Path:
    """Write the settings atomically; ValueError (listing every bad key) if any value is invalid.

    A file that ``load_settings`` did not fully understand (or a symbolic link) is first renamed
    aside, never overwritten; ``kept`` receives the names it was kept under.
    """
    problems = validate(settings)
    if problems:
        raise ValueError("cannot save invalid settings: " + "; ".join(problems))
    text = json.dumps(settings_to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    key = os.path.abspath(path)
    written, aside = write_file_atomic(
        path, text.encode("utf-8", "backslashreplace"), keep_original=_KEEP_ON_SAVE.get(key)
    )
    _KEEP_ON_SAVE.pop(key, None)
    if kept is not None:
        kept.extend(aside)
    return written
