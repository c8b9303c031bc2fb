"""Program validation: one test per class of error, file-level failures, and the model's sums."""

from __future__ import annotations

import copy
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walkcoach.core.program import (
    MAX_FILE_BYTES,
    Program,
    ProgramError,
    Segment,
    dumps_program,
    format_duration,
    load_program_file,
    loads_program,
    parse_program,
)
from walkcoach.core.units import kmh_to_mph, mph_to_kmh

GOOD = {
    "format": "walkcoach-program",
    "version": 1,
    "id": "test-program",
    "name": "Test program",
    "level": "beginner",
    "warmup": [{"kind": "forward", "duration_s": 120, "speed_kmh": 3.5}],
    "main": [
        {
            "repeat": 2,
            "segments": [
                {"kind": "rest", "duration_s": 15, "speed_kmh": 1.0},
                {"kind": "backward", "duration_s": 60, "speed_kmh": 2.4, "incline_pct": 3},
                {"kind": "rest", "duration_s": 15, "speed_kmh": 0},
                {"kind": "forward", "duration_s": 90, "speed_kmh": 4.0, "cadence_spm": 110},
            ],
        },
        {"kind": "station", "duration_s": 120, "label": "20 lunges", "until_confirmed": True},
    ],
    "cooldown": [{"kind": "forward", "duration_s": 60, "speed_kmh": 3.0}],
}


def good() -> dict:
    return copy.deepcopy(GOOD)


def problems_of(data) -> list[str]:
    with pytest.raises(ProgramError) as info:
        parse_program(data)
    return [str(p) for p in info.value.problems]


def only_problem(data) -> str:
    problems = problems_of(data)
    assert len(problems) == 1, problems
    return problems[0]


def first_walk(data: dict) -> dict:
    return data["warmup"][0]


# --- the valid program and its sums ---------------------------------------------------------


def test_valid_program_parses_with_sums():
    program = parse_program(good())
    assert program.id == "test-program"
    # GOOD changes direction four times with rests but no turn: the coach adds four 15 s turns.
    assert program.auto_turn_count == 4
    assert program.segment_count == 1 + 2 * 4 + 1 + 1 + 4
    assert program.backward_s == 120
    assert program.forward_s == 120 + 2 * 90 + 60
    assert program.total_s == 120 + 2 * 180 + 120 + 60 + 4 * 15
    assert program.longest_backward_s == 60
    planned = program.planned_segments()
    assert [p.start_s for p in planned[:4]] == [0, 120, 135, 150]
    assert planned[2].auto_inserted and planned[2].kind == "turn"
    assert planned[7].round_no == 2 and planned[7].rounds == 2
    assert planned[-2].segment.until_confirmed
    assert planned[-1].phase == "cooldown" and planned[-1].end_s == program.total_s


def test_dump_and_load_round_trip():
    program = parse_program(good())
    again = loads_program(dumps_program(program))
    assert again == program
    assert dumps_program(again) == dumps_program(program)


def test_missing_id_is_made_from_the_name():
    data = good()
    del data["id"]
    data["name"] = "My Hill Walk!"
    assert parse_program(data).id == "my-hill-walk"


# --- one test per error class ---------------------------------------------------------------


@pytest.mark.parametrize("duration_s", [0, -5, -0.1])
def test_zero_and_negative_duration(duration_s):
    data = good()
    first_walk(data)["duration_s"] = duration_s
    message = only_problem(data)
    assert message.startswith("warmup[0].duration_s: must be at least 5 seconds")


@pytest.mark.parametrize("speed_kmh", [0, 0.49, 20.01, 99])
def test_walking_speed_outside_range(speed_kmh):
    data = good()
    first_walk(data)["speed_kmh"] = speed_kmh
    assert only_problem(data).startswith("warmup[0].speed_kmh: must be between 0.5 and 20 km/h")


@pytest.mark.parametrize("speed_kmh", [0.5, 20])
def test_walking_speed_limits_are_allowed(speed_kmh):
    data = good()
    first_walk(data)["speed_kmh"] = speed_kmh
    assert parse_program(data).warmup[0].speed_kmh == speed_kmh


def test_rest_may_stop_the_belt_but_not_crawl():
    data = good()
    data["main"][0]["segments"][0]["speed_kmh"] = 0.3
    message = only_problem(data)
    assert message.startswith("main[0].segments[0].speed_kmh: must be 0 (belt stopped) or between")


@pytest.mark.parametrize("incline_pct", [-5.5, 30.5, 100])
def test_incline_outside_range(incline_pct):
    data = good()
    first_walk(data)["incline_pct"] = incline_pct
    assert only_problem(data).startswith("warmup[0].incline_pct: must be between -5 and 30 %")


def test_unknown_segment_field_suggests_the_right_one():
    data = good()
    first_walk(data)["sped_kmh"] = 4
    assert only_problem(data) == "warmup[0]: unknown field 'sped_kmh'; did you mean 'speed_kmh'?"


def test_unknown_field_with_a_line_break_is_named_on_one_line():
    data = good()
    first_walk(data)["\n"] = None  # found by the fuzz test (tests/faults)
    assert only_problem(data).startswith("warmup[0]: unknown field '\\n' (allowed: kind,")


def test_unknown_program_field_lists_allowed():
    data = good()
    data["zzz"] = 1
    assert only_problem(data).startswith("unknown field 'zzz' (allowed: format, version, id,")


def test_unknown_kind():
    data = good()
    first_walk(data)["kind"] = "sideways"
    message = only_problem(data)
    assert message == (
        'warmup[0].kind: unknown kind "sideways" (one of: forward, backward, rest, station, turn)'
    )


def test_session_over_four_hours():
    data = good()
    data["main"] = [
        {"repeat": 100, "segments": [{"kind": "forward", "duration_s": 180, "speed_kmh": 4}]}
    ]
    message = only_problem(data)
    assert "longer than the 4 hour limit" in message
    assert "5:03:00" in message  # 100 x 3 min + warm-up 2 min + cool-down 1 min


def test_single_segment_over_four_hours():
    data = good()
    first_walk(data)["duration_s"] = 4 * 3600 + 1
    assert only_problem(data) == "warmup[0].duration_s: is longer than the 4 hour limit (14401 s)"


def test_missing_speed_on_walking_segment():
    data = good()
    del first_walk(data)["speed_kmh"]
    assert "needs a belt speed" in only_problem(data)


def test_station_needs_label_and_only_stations_wait():
    data = good()
    del data["main"][1]["label"]
    assert "a station needs a 'label'" in only_problem(data)
    data = good()
    first_walk(data)["until_confirmed"] = True
    assert (
        only_problem(data) == "warmup[0].until_confirmed: only a station can wait for confirmation"
    )


def test_cadence_outside_range():
    data = good()
    first_walk(data)["cadence_spm"] = 400
    assert only_problem(data).startswith("warmup[0].cadence_spm: must be between 30 and 220")


@pytest.mark.parametrize("times", [0, 101, 2.5, "3", True, None])
def test_bad_repeat_count(times):
    data = good()
    data["main"][0]["repeat"] = times
    assert only_problem(data).startswith("main[0].repeat: must be")


@pytest.mark.parametrize("text", ['"repeat": NaN', '"repeat": 1e999', '"repeat": -Infinity'])
def test_non_finite_repeat_is_an_error_not_a_crash(text):
    raw = json.dumps(good()).replace('"repeat": 2', text)
    with pytest.raises(ProgramError, match=r"main\[0\]\.repeat: must be a whole number"):
        loads_program(raw)


def test_nested_repeat_refused():
    data = good()
    data["main"][0]["segments"].append({"repeat": 2, "segments": [first_walk(good())]})
    assert only_problem(data) == "main[0].segments[4]: repeat blocks cannot be nested"


def test_empty_main_refused():
    data = good()
    data["main"] = []
    assert only_problem(data) == "main: must hold at least one segment"


def test_non_numbers_are_reported_not_crashing():
    data = good()
    first_walk(data)["duration_s"] = "two minutes"
    assert only_problem(data) == 'warmup[0].duration_s: must be a number (got "two minutes")'


def test_every_problem_is_listed_and_summarised():
    data = good()
    first_walk(data)["duration_s"] = 0
    first_walk(data)["incline_pct"] = 50
    data["cooldown"][0]["kind"] = "jog"
    with pytest.raises(ProgramError) as info:
        parse_program(data, source="x.json")
    assert len(info.value.problems) == 3
    assert str(info.value).startswith("x.json: warmup[0].duration_s: must be at least 5 seconds")
    assert str(info.value).endswith("(and 2 more problems)")


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        (2, "version: file is format version 2, made by a newer WalkCoach"),
        (0, "version: unknown format version 0"),
        ("1", 'version: must be a whole number (got "1")'),
    ],
)
def test_wrong_version(version, expected):
    data = good()
    data["version"] = version
    assert only_problem(data).startswith(expected)


def test_missing_version():
    data = good()
    del data["version"]
    assert only_problem(data) == "missing field 'version' (this WalkCoach reads version 1)"


def test_other_format_and_other_json():
    data = good()
    data["format"] = "zwift-workout"
    assert only_problem(data) == 'format: this is not a WalkCoach program (format "zwift-workout")'
    assert only_problem([1, 2]) == "a program must be a JSON object"
    assert only_problem({"workouts": [], "title": "x"}).startswith(
        "this is not a WalkCoach program (no 'format', 'version' or 'main' field)"
    )


def test_malformed_json_says_where():
    with pytest.raises(ProgramError) as info:
        loads_program('{"version": 1,\n "name": "x",, }', source="bad.json")
    assert str(info.value).startswith("bad.json: line 2, column 14: not valid JSON")


def test_deeply_nested_json_is_an_error():
    with pytest.raises(ProgramError, match="not valid JSON"):
        loads_program("[" * 100_000 + "]" * 100_000)


# --- files ----------------------------------------------------------------------------------


def test_load_good_file(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(good()), encoding="utf-8")
    assert load_program_file(path).name == "Test program"


def test_load_file_with_utf8_bom(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good()).encode())
    assert load_program_file(path).id == "test-program"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"  \n\t ", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a binary file, not a program"),
        (b'{"name": "caf\xe9"}', "not UTF-8 text (bad byte at offset 13)"),
        (b"not json at all", "line 1, column 1: not valid JSON"),
    ],
)
def test_bad_files(tmp_path, content, expected):
    path = tmp_path / "p.json"
    path.write_bytes(content)
    with pytest.raises(ProgramError) as info:
        load_program_file(path)
    assert str(info.value).startswith(f"{path}: {expected}")


def test_huge_file(tmp_path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ProgramError, match=r"file is too large \(over 1,000,000 bytes"):
        load_program_file(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProgramError, match="no such file"):
        load_program_file(tmp_path / "nope.json")
    with pytest.raises(ProgramError, match="is a folder, not a program file"):
        load_program_file(tmp_path)


# --- small helpers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (59.2, "1:00"), (75, "1:15"), (3725, "1:02:05")]
)
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


def test_unit_conversion():
    assert mph_to_kmh(2.5) == pytest.approx(4.02336)
    assert kmh_to_mph(mph_to_kmh(1.5)) == pytest.approx(1.5)


def test_segment_titles():
    assert Segment("backward", 60, 3).title() == "Backward"
    assert Segment("station", 60, label="Squats").title() == "Squats"
    assert Segment("rest", 10).direction is None
    assert Segment("turn", 15, 1.0).title() == "Turn"


def walk_program(*kinds_and_more: dict) -> dict:
    return {
        "format": "walkcoach-program",
        "version": 1,
        "name": "Turns",
        "main": list(kinds_and_more),
    }


FWD = {"kind": "forward", "duration_s": 120, "speed_kmh": 4.0}
BACK = {"kind": "backward", "duration_s": 60, "speed_kmh": 2.4, "incline_pct": 4}
TURN = {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0}


def test_turn_is_a_kind_of_its_own():
    program = parse_program(walk_program(FWD, TURN, BACK))
    turn = program.planned_segments()[1].segment
    assert turn.kind == "turn" and turn.is_turn and not turn.is_walking
    assert turn.direction is None and turn.title() == "Turn"
    assert not any(p.auto_inserted for p in program.planned_segments())
    assert program.auto_turn_count == 0 and program.seconds_of("turn") == 15
    # A turn with no speed is at the default turn speed; a stopped belt is written out.
    no_speed = parse_program(walk_program(FWD, {"kind": "turn", "duration_s": 20}, BACK))
    assert no_speed.planned_segments()[1].segment.speed_kmh == 1.0
    stopped = parse_program(walk_program(FWD, {"kind": "turn", "duration_s": 20, "speed_kmh": 0}))
    assert loads_program(dumps_program(stopped)) == stopped


@pytest.mark.parametrize("speed_kmh", [1.6, 3.0, 0.2])
def test_a_fast_turn_is_refused(speed_kmh):
    turn = {**TURN, "speed_kmh": speed_kmh}
    message = only_problem(walk_program(FWD, turn, BACK))
    assert message.startswith("main[1].speed_kmh: a turn must be 0 (belt stopped) or between")
    assert "1.5 km/h" in message


@pytest.mark.parametrize("duration_s", [2, 600])
def test_a_turn_lasts_a_sensible_time(duration_s):
    message = only_problem(walk_program(FWD, {**TURN, "duration_s": duration_s}, BACK))
    assert message == (
        f"main[1].duration_s: a turn lasts between 5 and 120 seconds (got {duration_s})"
    )


def test_the_coach_adds_a_turn_where_the_direction_changes_without_one():
    back_after_rest = {"kind": "rest", "duration_s": 60}
    program = parse_program(walk_program(FWD, back_after_rest, BACK, FWD))
    planned = program.planned_segments()
    assert [(p.kind, p.auto_inserted) for p in planned] == [
        ("forward", False),
        ("rest", False),
        ("turn", True),
        ("backward", False),
        ("turn", True),
        ("forward", False),
    ]
    first_turn = planned[2].segment
    assert (first_turn.duration_s, first_turn.speed_kmh) == (15, 1.0)
    assert first_turn.incline_pct == 4  # the incline of the segment it leads into
    assert first_turn.label == "Turn around"
    assert planned[4].segment.incline_pct == 0
    assert [p.start_s for p in planned] == [0, 120, 180, 195, 255, 270]
    assert program.total_s == planned[-1].end_s == 390
    assert program.auto_turn_count == 2


def test_a_station_keeps_the_facing_and_the_first_walk_needs_no_turn():
    station = {"kind": "station", "duration_s": 60, "label": "10 squats"}
    program = parse_program(walk_program(BACK, station, FWD, station, FWD))
    kinds = [(p.kind, p.auto_inserted) for p in program.planned_segments()]
    assert kinds == [
        ("backward", False),
        ("station", False),
        ("turn", True),
        ("forward", False),
        ("station", False),
        ("forward", False),
    ]


def test_a_turn_anywhere_between_the_directions_counts_and_repeats_get_one_per_round():
    rest = {"kind": "rest", "duration_s": 30}
    between = parse_program(walk_program(BACK, TURN, rest, FWD))
    assert between.auto_turn_count == 0
    rounds = parse_program(walk_program({"repeat": 3, "segments": [BACK, TURN, FWD]}))
    planned = rounds.planned_segments()
    # forward -> backward between rounds has no turn: one is added in rounds 2 and 3.
    assert [p.auto_inserted for p in planned].count(True) == 2
    assert planned[3].auto_inserted and planned[3].round_no == 2


def test_an_old_file_with_a_turn_rest_reads_as_a_turn_and_is_never_refused():
    old_turn = {"kind": "rest", "duration_s": 15, "speed_kmh": 1, "label": "Turn to face the back"}
    program = parse_program(walk_program(FWD, old_turn, BACK))
    assert program.planned_segments()[1].kind == "turn" and program.auto_turn_count == 0
    # Not a turn: a long rest, a fast one, or one whose label means something else.
    for rest in (
        {**old_turn, "duration_s": 300},
        {**old_turn, "label": "Turn off the music", "speed_kmh": 0},
        {"kind": "rest", "duration_s": 15, "speed_kmh": 1, "label": "Breather"},
    ):
        assert parse_program(walk_program(FWD, rest, BACK)).planned_segments()[1].kind == "rest"
    # An old file that changes direction with no turn at all still loads.
    assert parse_program(walk_program(FWD, BACK)).auto_turn_count == 1


def test_program_defaults():
    program = Program(id="p", name="P", main=(Segment("forward", 60, 4),))
    assert program.total_s == 60 and not program.builtin


# --- robustness: any JSON value is either a program or a ProgramError --------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
segment_like = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["forward", "backward", "rest", "station", "turn", "x"])
        | json_values,
        "duration_s": st.floats(allow_nan=True) | json_values,
        "speed_kmh": st.floats(-1, 25) | json_values,
        "incline_pct": st.floats(-10, 40) | json_values,
        "until_confirmed": json_values,
        "repeat": json_values,
        "segments": st.lists(json_values, max_size=3),
    },
)


@settings(max_examples=300, deadline=None)
@given(st.lists(segment_like | json_values, max_size=4), json_values)
def test_any_input_gives_a_program_or_a_clear_error(main, extra):
    data = {"version": 1, "name": "Fuzz", "main": main}
    for value in (data, extra):
        try:
            program = parse_program(value)
        except ProgramError as exc:
            assert exc.problems and all(p.message for p in exc.problems)
        else:
            assert math.isfinite(program.total_s) and program.total_s > 0
