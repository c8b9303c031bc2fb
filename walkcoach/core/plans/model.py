"""Training plans: weeks of sessions on chosen weekdays; the JSON format and its validation.

A plan file is JSON of this shape (format version 1)::

    {
      "format": "walkcoach-plan", "version": 1,
      "id": "back-relief", "name": "Back relief, three weeks",
      "description": "...", "source": "the article's own title",
      "days": ["mon", "wed", "fri"],          # the weekdays offered when the plan starts
      "time": "07:30",                        # optional: the usual time of day
      "weekly_target": {"minutes": 45, "backward_minutes": 45},   # optional, either or both
      "weeks": [WEEK, ...]
    }

    WEEK    = {"sessions": [SESSION, ...], "repeat": 3, "label": "..."}   # repeat: optional
    SESSION = {"program": "back-relief", "label": "..."}
            | {"generate": {"backward_s": 150, "incline_pct": 3, "speed_kmh": 2.4}, "label": "..."}

A session is a program (built-in or the user's, by id) or one generated from its numbers (see
:mod:`walkcoach.core.plans.generate`). Like programs, every problem is reported with its place
(``weeks[1].sessions[0].program``) and a reason, all of them at once.

Past 400 lines as one piece: the plan file format and its validation (every field with its
message) describe the same structure.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from walkcoach.core.i18n import translate
from walkcoach.core.program import MAX_TEXT_CHARS, Problem

FORMAT_ID = "walkcoach-plan"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 200_000
MAX_WEEKS = 52
MAX_REPEAT = 52
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MIN_BOUT_S = 30.0
MAX_BOUT_S = 900.0
MIN_BOUT_INCLINE_PCT = 0.0
MAX_BOUT_INCLINE_PCT = 15.0
MIN_BOUT_SPEED_KMH = 1.0
MAX_BOUT_SPEED_KMH = 5.0
MAX_TARGET_MINUTES = 7 * 24 * 60

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_PLAN_FIELDS = (
    "format",
    "version",
    "id",
    "name",
    "description",
    "source",
    "days",
    "time",
    "weekly_target",
    "weeks",
)
_WEEK_FIELDS = ("sessions", "repeat", "label")
_SESSION_FIELDS = ("program", "generate", "label")
_GENERATE_FIELDS = ("backward_s", "incline_pct", "speed_kmh")
_TARGET_FIELDS = ("minutes", "backward_minutes")


class PlanError(ValueError):
    """A plan that cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        super().__init__(self.summary())

    def summary(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return prefix + str(self.problems[0])
        more = len(self.problems) - 1
        return f"{prefix}{self.problems[0]} (and {more} more problem{'s' if more > 1 else ''})"


@dataclass(frozen=True)
class Bout:
    """A generated session's numbers: continuous backward stretches, their slope and speed."""

    backward_s: float
    incline_pct: float
    speed_kmh: float


@dataclass(frozen=True)
class PlanSession:
    """One session of a plan: a program by id, or a generated one (``bout``)."""

    program_id: str | None
    bout: Bout | None = None
    label: str = ""


@dataclass(frozen=True)
class PlanWeek:
    sessions: tuple[PlanSession, ...]
    label: str = ""


@dataclass(frozen=True)
class WeeklyTarget:
    minutes: float | None = None
    backward_minutes: float | None = None


@dataclass(frozen=True)
class Plan:
    id: str
    name: str
    weeks: tuple[PlanWeek, ...]
    days: tuple[int, ...]  # 0 = Monday, the weekdays offered at the start
    description: str = ""
    source: str = ""
    time: str | None = None  # "HH:MM"
    weekly_target: WeeklyTarget | None = None
    builtin: bool = False

    @property
    def session_count(self) -> int:
        return sum(len(w.sessions) for w in self.weeks)

    @property
    def most_per_week(self) -> int:
        return max(len(w.sessions) for w in self.weeks)


def parse_days(text: str) -> tuple[int, ...]:
    """``"mon,wed,fri"`` as weekday numbers (0 = Monday), or ValueError with a clear message."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise ValueError(translate("Plans", "no weekdays given (e.g. mon,wed,fri)"))
    days: list[int] = []
    for name in names:
        short = name[:3]
        if short not in WEEKDAYS or (len(name) > 3 and not _full_day(name)):
            #: {days} are the weekday ids the command line takes: mon,tue,wed,...
            message = translate("Plans", "unknown weekday '{name}' (use {days})")
            raise ValueError(message.format(name=name, days=",".join(WEEKDAYS)))
        day = WEEKDAYS.index(short)
        if day in days:
            raise ValueError(
                translate("Plans", "weekday '{name}' is given twice").format(name=name)
            )
        days.append(day)
    return tuple(sorted(days))


def _full_day(name: str) -> bool:
    full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return name in full


def days_text(days: tuple[int, ...]) -> str:
    return ",".join(WEEKDAYS[d] for d in days)


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))


def _describe(value: Any) -> str:
    text = json.dumps(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _name(key: Any) -> str:
    text = str(key)
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _unknown(data: Mapping[str, Any], allowed: tuple[str, ...], where: str, c: _Collector) -> None:
    for key in data:
        if key not in allowed:
            import difflib  # only for a bad file

            hint = difflib.get_close_matches(str(key), allowed, n=1)
            extra = f"; did you mean '{hint[0]}'?" if hint else f" (allowed: {', '.join(allowed)})"
            c.add(where, f"unknown field '{_name(key)}'{extra}")


def _text(
    data: Mapping[str, Any], key: str, where: str, c: _Collector, *, required: bool = False
) -> str:
    if key not in data:
        if required:
            c.add(where, f"missing field '{key}'")
        return ""
    value = data[key]
    if not isinstance(value, str):
        c.add(_join(where, key), f"must be text (got {_describe(value)})")
        return ""
    if len(value) > MAX_TEXT_CHARS:
        c.add(_join(where, key), f"is too long ({len(value)} characters, at most {MAX_TEXT_CHARS})")
        return ""
    if required and not value.strip():
        c.add(_join(where, key), "must not be empty")
    return value


def _number(
    data: Mapping[str, Any], key: str, where: str, c: _Collector, low: float, high: float, unit: str
) -> float | None:
    value = data[key]
    place = _join(where, key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        c.add(place, f"must be a number (got {_describe(value)})")
        return None
    if not math.isfinite(value):
        c.add(place, f"must be a finite number (got {value})")
        return None
    if not low <= value <= high:
        c.add(place, f"must be between {low:g} and {high:g} {unit} (got {value:g})")
        return None
    return float(value)


def _object(value: Any, where: str, c: _Collector, what: str) -> Mapping[str, Any] | None:
    if not isinstance(value, Mapping):
        c.add(where, f"{what} must be a JSON object (got {_describe(value)})")
        return None
    return value


def _parse_bout(data: Any, where: str, c: _Collector) -> Bout | None:
    obj = _object(data, where, c, "'generate'")
    if obj is None:
        return None
    _unknown(obj, _GENERATE_FIELDS, where, c)
    if "backward_s" not in obj:
        c.add(where, "missing field 'backward_s'")
        return None
    backward_s = _number(obj, "backward_s", where, c, MIN_BOUT_S, MAX_BOUT_S, "s")
    incline: float | None = 0.0
    if "incline_pct" in obj:
        incline = _number(
            obj, "incline_pct", where, c, MIN_BOUT_INCLINE_PCT, MAX_BOUT_INCLINE_PCT, "%"
        )
    speed: float | None = 2.4
    if "speed_kmh" in obj:
        speed = _number(obj, "speed_kmh", where, c, MIN_BOUT_SPEED_KMH, MAX_BOUT_SPEED_KMH, "km/h")
    if backward_s is None or incline is None or speed is None:
        return None
    return Bout(backward_s, incline, speed)


def _parse_session(
    data: Any, where: str, c: _Collector, known: Callable[[str], bool] | None
) -> PlanSession | None:
    obj = _object(data, where, c, "a session")
    if obj is None:
        return None
    _unknown(obj, _SESSION_FIELDS, where, c)
    label = _text(obj, "label", where, c)
    has_program, has_generate = "program" in obj, "generate" in obj
    if has_program == has_generate:
        c.add(
            where,
            "a session needs either 'program' (a program id) or 'generate', not "
            + ("both" if has_program else "neither"),
        )
        return None
    if has_generate:
        bout = _parse_bout(obj["generate"], _join(where, "generate"), c)
        return PlanSession(None, bout, label) if bout is not None else None
    program_id = obj["program"]
    place = _join(where, "program")
    if not isinstance(program_id, str) or not _ID_RE.match(program_id):
        c.add(
            place,
            f"must be a program id: lower-case letters, digits and '-' (got {_describe(program_id)})",
        )
        return None
    if known is not None and not known(program_id):
        c.add(place, f"no program with id '{program_id}' (see `walkcoach programs`)")
        return None
    return PlanSession(program_id, None, label)


def _parse_week(
    data: Any, where: str, c: _Collector, known: Callable[[str], bool] | None
) -> tuple[PlanWeek, int] | None:
    obj = _object(data, where, c, "a week")
    if obj is None:
        return None
    _unknown(obj, _WEEK_FIELDS, where, c)
    label = _text(obj, "label", where, c)
    repeat = 1
    if "repeat" in obj:
        value = obj["repeat"]
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_REPEAT:
            c.add(
                _join(where, "repeat"),
                f"must be a whole number from 1 to {MAX_REPEAT} (got {_describe(value)})",
            )
            return None
        repeat = value
    sessions_raw = obj.get("sessions")
    if sessions_raw is None:
        c.add(where, "missing field 'sessions'")
        return None
    if not isinstance(sessions_raw, list) or not sessions_raw:
        c.add(_join(where, "sessions"), "must be a non-empty list of sessions")
        return None
    if len(sessions_raw) > len(WEEKDAYS):
        c.add(
            _join(where, "sessions"),
            f"a week holds at most 7 sessions, one a day (got {len(sessions_raw)})",
        )
        return None
    before = len(c.problems)
    sessions = [
        _parse_session(s, f"{where}.sessions[{i}]", c, known) for i, s in enumerate(sessions_raw)
    ]
    if len(c.problems) > before:
        return None
    return PlanWeek(tuple(s for s in sessions if s is not None), label), repeat


def _parse_days(value: Any, c: _Collector) -> tuple[int, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(d, str) for d in value):
        c.add(
            "days",
            f'must be a list of weekdays such as ["mon", "wed", "fri"] (got {_describe(value)})',
        )
        return ()
    try:
        return parse_days(",".join(value))
    except ValueError as exc:
        c.add("days", str(exc))
        return ()


def _parse_target(value: Any, c: _Collector) -> WeeklyTarget | None:
    obj = _object(value, "weekly_target", c, "'weekly_target'")
    if obj is None:
        return None
    _unknown(obj, _TARGET_FIELDS, "weekly_target", c)
    minutes = backward = None
    if "minutes" in obj:
        minutes = _number(obj, "minutes", "weekly_target", c, 1, MAX_TARGET_MINUTES, "minutes")
    if "backward_minutes" in obj:
        backward = _number(
            obj, "backward_minutes", "weekly_target", c, 1, MAX_TARGET_MINUTES, "minutes"
        )
    if not any(key in obj for key in _TARGET_FIELDS):
        c.add("weekly_target", "give 'minutes', 'backward_minutes' or both")
    return WeeklyTarget(minutes, backward)


def parse_plan(
    data: Any,
    *,
    source: str = "",
    builtin: bool = False,
    known_program: Callable[[str], bool] | None = None,
) -> Plan:
    """Build a Plan from decoded JSON, or raise PlanError listing every problem.

    ``known_program`` says whether a program id exists (None: not checked)."""
    if not isinstance(data, Mapping):
        raise PlanError([Problem("", "a plan must be a JSON object")], source)
    if data.get("format") != FORMAT_ID:
        what = f"format {_describe(data['format'])}" if "format" in data else "no 'format' field"
        raise PlanError([Problem("format", f"this is not a WalkCoach plan ({what})")], source)
    c = _Collector()
    version = data.get("version")
    if version is None:
        c.add("", "missing field 'version' (this WalkCoach reads version 1)")
    elif isinstance(version, bool) or not isinstance(version, int) or version < 1:
        c.add("version", f"must be a whole number from 1 (got {_describe(version)})")
    elif version > FORMAT_VERSION:
        c.add(
            "version",
            f"file is plan format version {version}, made by a newer WalkCoach; "
            f"this one reads up to version {FORMAT_VERSION}",
        )
    _unknown(data, _PLAN_FIELDS, "", c)
    plan_id = _text(data, "id", "", c, required=True)
    if plan_id and not _ID_RE.match(plan_id):
        c.add(
            "id",
            f"must be lower-case letters, digits and '-', at most 64 (got {_describe(plan_id)})",
        )
    name = _text(data, "name", "", c, required=True)
    description = _text(data, "description", "", c)
    source_text = _text(data, "source", "", c, required=builtin)
    days: tuple[int, ...] = ()
    if "days" in data:
        days = _parse_days(data["days"], c)
    else:
        c.add(
            "", 'missing field \'days\' (the weekdays the plan offers, e.g. ["mon", "wed", "fri"])'
        )
    time = None
    if "time" in data:
        time = _text(data, "time", "", c)
        if isinstance(data["time"], str) and not _TIME_RE.match(data["time"]):
            c.add(
                "time",
                f"must be a time of day as HH:MM, e.g. 07:30 (got {_describe(data['time'])})",
            )
    target = _parse_target(data["weekly_target"], c) if "weekly_target" in data else None
    weeks: list[PlanWeek] = []
    raw_weeks = data.get("weeks")
    if raw_weeks is None:
        c.add("", "missing field 'weeks'")
    elif not isinstance(raw_weeks, list) or not raw_weeks:
        c.add("weeks", "must be a non-empty list of weeks")
    else:
        for i, raw in enumerate(raw_weeks):
            parsed = _parse_week(raw, f"weeks[{i}]", c, known_program)
            if parsed is not None:
                week, repeat = parsed
                weeks.extend([week] * repeat)
        if len(weeks) > MAX_WEEKS:
            c.add("weeks", f"a plan has at most {MAX_WEEKS} weeks (this one has {len(weeks)})")
    if days and weeks:
        most = max(len(w.sessions) for w in weeks)
        if most > len(days):
            c.add(
                "days",
                f"a week of this plan has {most} sessions but only {len(days)} "
                "weekdays are given: a week never holds more than its days",
            )
    if c.problems:
        raise PlanError(c.problems, source)
    return Plan(
        id=plan_id,
        name=name,
        weeks=tuple(weeks),
        days=days,
        description=description,
        source=source_text,
        time=time,
        weekly_target=target,
        builtin=builtin,
    )


def loads_plan(text: str, **kwargs: Any) -> Plan:
    source = str(kwargs.get("source", ""))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise PlanError([Problem(where, f"not valid JSON: {exc.msg}")], source) from None
    except RecursionError:
        raise PlanError([Problem("", "not valid JSON: nested too deeply")], source) from None
    return parse_plan(data, **kwargs)


def load_plan_file(
    path: str | Path, *, builtin: bool = False, known_program: Callable[[str], bool] | None = None
) -> Plan:
    """Read a plan file; every failure is a PlanError with a one-line summary."""
    path = Path(path)
    source = str(path)
    try:
        if path.is_dir():
            raise PlanError([Problem("", "is a folder, not a plan file")], source)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PlanError(
                [Problem("", f"file is too large ({size:,} bytes; a plan is under 200 kB)")], source
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PlanError([Problem("", "no such file")], source) from None
    except OSError as exc:
        raise PlanError([Problem("", f"cannot read the file: {exc.strerror}")], source) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanError([Problem("", "not UTF-8 text")], source) from None
    return loads_plan(text, source=source, builtin=builtin, known_program=known_program)
