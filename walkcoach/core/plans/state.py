"""The active plan's state: a small versioned JSON file in the data folder, written atomically.

It holds only what the user chose and did to the plan (which plan, weekdays, time, time zone,
the day it started, pause / resume / skip / restart-week with their dates); everything else --
which sessions are done, missed or moved -- is worked out again from the history each time
(:mod:`walkcoach.core.plans.schedule`), so the file and the history can never disagree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from walkcoach.core.files import write_text_atomic
from walkcoach.core.i18n import translate
from walkcoach.core.plans.model import WEEKDAYS, parse_days

STATE_FORMAT = "walkcoach-plan-state"
STATE_VERSION = 1
FILE_NAME = "plan.json"
ACTIONS = ("pause", "resume", "skip", "restart_week")
MAX_STATE_BYTES = 1_000_000
MAX_ALARM_BEFORE_MIN = 24 * 60
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class PlanStateError(ValueError):
    """The state file cannot be read; the message says why in one line."""


@dataclass(frozen=True)
class PlanEvent:
    on: date
    action: str  # one of ACTIONS


@dataclass(frozen=True)
class PlanState:
    plan_id: str
    days: tuple[int, ...]
    time: str  # "HH:MM", local time in tz_name
    tz_name: str
    started_on: date
    alarm_before_min: int = 10
    events: tuple[PlanEvent, ...] = field(default=())
    ics_path: str | None = (
        None  # the calendar file last exported: written again when the plan moves
    )

    def with_event(self, on: date, action: str) -> PlanState:
        if action not in ACTIONS:
            raise ValueError(f"unknown plan action {action!r}")
        return replace(self, events=(*self.events, PlanEvent(on, action)))

    @property
    def paused(self) -> bool:
        toggles = [e.action for e in self.events if e.action in ("pause", "resume")]
        return bool(toggles) and toggles[-1] == "pause"


def parse_time(text: str) -> str:
    """``"7:30"`` or ``"07:30"`` as ``"07:30"``; ValueError with a clear message otherwise."""
    value = text.strip()
    if re.match(r"^\d:\d\d$", value):
        value = "0" + value
    if not _TIME_RE.match(value):
        message = translate("Plans", "'{text}' is not a time of day as HH:MM (e.g. 07:30)")
        raise ValueError(message.format(text=text))
    return value


def state_to_dict(state: PlanState) -> dict[str, Any]:
    return {
        "format": STATE_FORMAT,
        "version": STATE_VERSION,
        "plan_id": state.plan_id,
        "days": [WEEKDAYS[d] for d in state.days],
        "time": state.time,
        "tz": state.tz_name,
        "started_on": state.started_on.isoformat(),
        "alarm_before_min": state.alarm_before_min,
        "events": [{"on": e.on.isoformat(), "action": e.action} for e in state.events],
        "ics_path": state.ics_path,
    }


def state_from_dict(data: Any) -> PlanState:
    """The state from decoded JSON, or PlanStateError naming the first problem."""
    if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
        raise PlanStateError(translate("Plans", "this is not a WalkCoach plan state file"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlanStateError(translate("Plans", "the plan state file has no valid 'version'"))
    if version > STATE_VERSION:
        message = translate(
            "Plans",
            "the plan state file is version {version}, written by a newer WalkCoach; this one "
            "reads up to version {known}",
        )
        raise PlanStateError(message.format(version=version, known=STATE_VERSION))
    try:
        plan_id = data["plan_id"]
        if not isinstance(plan_id, str) or not plan_id:
            raise ValueError(translate("Plans", "'plan_id' must be text"))
        days_raw = data["days"]
        if not isinstance(days_raw, list) or not all(isinstance(d, str) for d in days_raw):
            raise ValueError(translate("Plans", "'days' must be a list of weekdays"))
        days = parse_days(",".join(days_raw))
        time = parse_time(str(data["time"]))
        tz_name = data["tz"]
        if not isinstance(tz_name, str) or not tz_name:
            raise ValueError(translate("Plans", "'tz' must be a time zone name"))
        started_on = date.fromisoformat(str(data["started_on"]))
        alarm = data.get("alarm_before_min", 10)
        if (
            isinstance(alarm, bool)
            or not isinstance(alarm, int)
            or not 0 <= alarm <= MAX_ALARM_BEFORE_MIN
        ):
            message = translate("Plans", "'alarm_before_min' must be 0-{most} minutes")
            raise ValueError(message.format(most=MAX_ALARM_BEFORE_MIN))
        events = []
        for raw in data.get("events", []):
            if not isinstance(raw, dict) or raw.get("action") not in ACTIONS:
                message = translate("Plans", "unknown plan event {event}")
                raise ValueError(message.format(event=json.dumps(raw)[:60]))
            events.append(PlanEvent(date.fromisoformat(str(raw["on"])), raw["action"]))
        ics_path = data.get("ics_path")
        if ics_path is not None and not isinstance(ics_path, str):
            raise ValueError(translate("Plans", "'ics_path' must be text"))
    except KeyError as exc:
        message = translate("Plans", "the plan state file has no '{field}'")
        raise PlanStateError(message.format(field=exc.args[0])) from None
    except (ValueError, TypeError) as exc:
        message = translate("Plans", "the plan state file is damaged: {reason}")
        raise PlanStateError(message.format(reason=exc)) from None
    return PlanState(plan_id, days, time, tz_name, started_on, alarm, tuple(events), ics_path)


def state_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_state(path: Path) -> PlanState | None:
    """The active plan's state, None when no plan is active; PlanStateError if unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        message = translate("Plans", "cannot read {path}: {reason}")
        raise PlanStateError(message.format(path=path, reason=exc.strerror)) from None
    if len(raw) > MAX_STATE_BYTES:
        message = translate("Plans", "{path} is too large to be a plan state file")
        raise PlanStateError(message.format(path=path))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PlanStateError(
            translate("Plans", "{path} is not valid JSON").format(path=path)
        ) from None
    return state_from_dict(data)


def save_state(path: Path, state: PlanState) -> Path:
    return write_text_atomic(path, json.dumps(state_to_dict(state), indent=2) + "\n")


def clear_state(path: Path) -> None:
    path.unlink(missing_ok=True)
