"""Plan files: one test per class of problem, the built-ins, and a fuzz of plan files."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walkcoach.core.plans.builtin import builtin_plans, session_program
from walkcoach.core.plans.generate import TURN_KIND
from walkcoach.core.plans.model import PlanError, loads_plan, parse_days, parse_plan

GOOD: dict[str, Any] = {
    "format": "walkcoach-plan",
    "version": 1,
    "id": "mine",
    "name": "Mine",
    "days": ["mon", "wed", "fri"],
    "weeks": [
        {"repeat": 2, "sessions": [{"program": "back-relief"}, {"generate": {"backward_s": 150}}]}
    ],
}


def _bad(change: dict[str, Any], **kwargs: Any) -> str:
    data = copy.deepcopy(GOOD)
    data.update(change)
    with pytest.raises(PlanError) as info:
        parse_plan(data, **kwargs)
    return str(info.value)


def test_a_good_plan_reads() -> None:
    plan = parse_plan(GOOD)
    assert len(plan.weeks) == 2 and plan.session_count == 4 and plan.days == (0, 2, 4)


def test_not_a_plan() -> None:
    with pytest.raises(PlanError, match="not a WalkCoach plan"):
        parse_plan({"format": "walkcoach-program", "version": 1})
    with pytest.raises(PlanError, match="must be a JSON object"):
        parse_plan([1, 2])


def test_not_json() -> None:
    with pytest.raises(PlanError, match=r"line 1, column \d+: not valid JSON"):
        loads_plan("{nope")


def test_newer_version() -> None:
    assert "made by a newer WalkCoach" in _bad({"version": 9})


def test_unknown_field_with_a_hint() -> None:
    assert "unknown field 'weeks_'; did you mean 'weeks'?" in _bad({"weeks_": []})


def test_missing_field() -> None:
    data = copy.deepcopy(GOOD)
    del data["name"]
    with pytest.raises(PlanError, match="missing field 'name'"):
        parse_plan(data)


def test_bad_id() -> None:
    assert "id: must be lower-case" in _bad({"id": "My Plan"})


def test_bad_weekday() -> None:
    assert "days: unknown weekday 'funday'" in _bad({"days": ["mon", "funday"]})
    assert "given twice" in _bad({"days": ["mon", "mon"]})


def test_more_sessions_than_days() -> None:
    assert "a week never holds more than its days" in _bad({"days": ["mon"]})


def test_bad_time() -> None:
    assert "time: must be a time of day as HH:MM" in _bad({"time": "25:00"})


def test_session_needs_program_or_generate() -> None:
    message = _bad({"weeks": [{"sessions": [{"label": "x"}]}]})
    assert "weeks[0].sessions[0]: a session needs either 'program'" in message


def test_unknown_program() -> None:
    message = _bad({}, known_program=lambda pid: pid != "back-relief")
    assert "weeks[0].sessions[0].program: no program with id 'back-relief'" in message


def test_generated_numbers_out_of_range() -> None:
    message = _bad({"weeks": [{"sessions": [{"generate": {"backward_s": 5, "incline_pct": 40}}]}]})
    assert "weeks[0].sessions[0].generate.backward_s: must be between 30 and 900 s" in message
    assert "(and 1 more problem)" in message


def test_bad_repeat_and_empty_weeks() -> None:
    assert "repeat: must be a whole number from 1 to 52" in _bad(
        {"weeks": [{"repeat": 0, "sessions": [{"program": "x"}]}]}
    )
    assert "weeks: must be a non-empty list" in _bad({"weeks": []})


def test_bad_weekly_target() -> None:
    assert "weekly_target.minutes: must be between 1" in _bad({"weekly_target": {"minutes": -5}})
    assert "give 'minutes', 'backward_minutes' or both" in _bad({"weekly_target": {}})


def test_parse_days_accepts_full_names() -> None:
    assert parse_days("Monday, wed ,FRI") == (0, 2, 4)
    with pytest.raises(ValueError, match="no weekdays"):
        parse_days(" , ")


def test_every_builtin_plan_names_its_source_by_title() -> None:
    plans = {p.id: p for p in builtin_plans()}
    assert set(plans) == {"back-relief", "progression", "daily-retro", "glute-focus", "brisk-daily"}
    for plan in plans.values():
        assert plan.source and "seed" not in plan.source.lower() and ".md" not in plan.source
    assert "Walking Backwards on the Treadmill" in plans["back-relief"].source
    assert plans["back-relief"].session_count == 9 and len(plans["back-relief"].weeks) == 3
    assert plans["brisk-daily"].weekly_target is not None
    assert plans["brisk-daily"].weekly_target.minutes == 150


def test_progression_plan_grows_30_s_a_week_then_the_slope_to_8_pct() -> None:
    plan = next(p for p in builtin_plans() if p.id == "progression")
    bouts = [w.sessions[0].bout for w in plan.weeks]
    assert all(b is not None for b in bouts)
    times = [b.backward_s for b in bouts if b]
    slopes = [b.incline_pct for b in bouts if b]
    assert times[:7] == [120, 150, 180, 210, 240, 270, 300] and set(times[7:]) == {300}
    assert slopes[6:] == [3, 4, 5, 6, 7, 8]


def test_a_generated_session_turns_at_every_change_of_direction() -> None:
    plan = next(p for p in builtin_plans() if p.id == "progression")
    program = session_program(plan, 2, plan.weeks[1].sessions[0])
    assert program is not None
    segments = [p.segment for p in program.planned_segments()]
    walking = [(i, s) for i, s in enumerate(segments) if s.kind in ("forward", "backward")]
    for (i, a), (j, b) in zip(walking, walking[1:], strict=False):
        if a.kind != b.kind:
            between = segments[i + 1 : j]
            assert any(
                s.kind == TURN_KIND and s.duration_s == 15 and s.speed_kmh == 1.0 for s in between
            )
    assert sum(1 for s in segments if s.kind == "backward") == 3
    assert {s.duration_s for s in segments if s.kind == "backward"} == {150}


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 1000)
    | st.floats(allow_nan=True)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    key=st.sampled_from(
        ["id", "name", "days", "time", "weekly_target", "weeks", "version", "extra"]
    ),
    value=_json,
)
def test_fuzz_a_plan_file_reads_or_fails_with_a_message(key: str, value: Any) -> None:
    data = copy.deepcopy(GOOD)
    data[key] = value
    try:
        plan = loads_plan(json.dumps(data))
    except PlanError as exc:
        assert exc.problems and "\n" not in str(exc).strip()
    else:
        assert plan.weeks and plan.days
