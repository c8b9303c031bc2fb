"""The editable program document: field edits, moves, blocks, undo/redo, problem places, summary."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walkcoach.core import energy
from walkcoach.core.editing import (
    EditError,
    ProblemIndex,
    ProgramDocument,
    copy_name,
    describe_problem,
    draft_segments,
    format_path,
    message_in_units,
    new_program_data,
    parse_duration_text,
    parse_where,
    speed_from_units,
    speed_to_units,
    summarize,
    unique_id,
)
from walkcoach.core.library import builtin_programs, find_program
from walkcoach.core.muscles import load_model
from walkcoach.core.program import Problem, ProgramError, program_to_dict


def seg(kind: str = "forward", duration_s: float = 60, speed_kmh: float = 4.0, **extra) -> dict:
    data = {"kind": kind, "duration_s": duration_s, **extra}
    if kind in ("forward", "backward"):
        data["speed_kmh"] = speed_kmh
    return data


def doc_of(warmup=(), main=(), cooldown=()) -> ProgramDocument:
    return ProgramDocument(
        {
            "format": "walkcoach-program",
            "version": 1,
            "id": "t",
            "name": "T",
            "warmup": list(warmup),
            "main": list(main),
            "cooldown": list(cooldown),
        }
    )


def labels(doc: ProgramDocument) -> list[tuple]:
    """Each node's path with its label (blocks as 'R<n>'), to see a whole layout at once."""
    out = []
    for path in doc.paths():
        node = doc.node(path)
        out.append((format_path(path), f"R{node['repeat']}" if "repeat" in node else node["label"]))
    return out


def abc_doc() -> ProgramDocument:
    # warmup: a | main: b, [c, d] x2, e | cooldown: f
    return doc_of(
        [seg(label="a")],
        [
            seg(label="b"),
            {"repeat": 2, "segments": [seg(label="c"), seg("backward", label="d")]},
            seg(label="e"),
        ],
        [seg(label="f")],
    )


# -- conversions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("2:30", 150), ("0:45", 45), ("1:02:05", 3725), ("5", 300), ("45s", 45), (" 10:00 ", 600)],
)
def test_duration_text(text, seconds):
    assert parse_duration_text(text) == seconds


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "minutes:seconds"),
        ("abc", "not a time"),
        ("1:75", "seconds must be 0-59"),
        ("1:2.5", "not a time"),
        ("-1:00", "not a time"),
    ],
)
def test_bad_duration_text_says_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_duration_text(text)


def test_speed_units_round_trip():
    assert speed_from_units(2.5, "mph") == 4.023
    assert round(speed_to_units(4.023, "mph"), 1) == 2.5
    assert speed_from_units(4.0, "kmh") == 4.0 == speed_to_units(4.0, "kmh")


def test_speed_messages_in_mph():
    message = "must be between 0.5 and 20 km/h (got 25)"
    assert (
        message_in_units(message, "speed_kmh", "mph")
        == "must be between 0.3 and 12.4 mph (got 15.5)"
    )
    assert message_in_units(message, "speed_kmh", "kmh") == message
    assert (
        message_in_units("must be between 1 and 100", "repeat", "mph")
        == "must be between 1 and 100"
    )


# -- problem places ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("main[2].segments[1].speed_kmh", (("main", 2, 1), "speed_kmh")),
        ("main[2].repeat", (("main", 2), "repeat")),
        ("warmup[0]", (("warmup", 0), None)),
        ("cooldown[3].duration_s", (("cooldown", 3), "duration_s")),
        ("main", (("main",), None)),
        ("name", (None, "name")),
        ("", (None, None)),
        ("line 3, column 2", (None, None)),
    ],
)
def test_parse_where(where, place):
    assert parse_where(where) == place


def test_every_problem_of_parse_program_lands_on_its_node_and_field():
    doc = abc_doc()
    doc.set_field(("main", 1, 1), "speed_kmh", 40)
    doc.set_field(("main", 1), "repeat", 0)
    doc.set_field(("cooldown", 0), "duration_s", 0)
    doc.set_meta("name", "")
    problems = doc.problems
    assert not problems.valid
    assert problems.field(("main", 1, 1), "speed_kmh") == (
        "must be between 0.5 and 20 km/h (got 40)",
    )
    assert "between 1 and 100 rounds" in problems.field(("main", 1), "repeat")[0]
    assert "at least 5 seconds" in problems.field(("cooldown", 0), "duration_s")[0]
    assert problems.general() == ("name: a program needs a name",)
    assert problems.inside(("main", 1)) and not problems.inside(("main", 0))
    assert problems.node(("main", 1, 1)) == ("speed_kmh: must be between 0.5 and 20 km/h (got 40)",)
    with pytest.raises(ProgramError, match="a program needs a name"):
        doc.program()


def test_problems_described_for_people():
    assert describe_problem(
        Problem("main[0].segments[1].speed_kmh", "must be between 0.5 and 20 km/h (got 25)"), "mph"
    ) == ("Main, repeat block 1, segment 2, speed: must be between 0.3 and 12.4 mph (got 15.5)")
    assert describe_problem(
        Problem("cooldown[2].duration_s", "must be greater than 0 seconds")
    ) == ("Cool-down, item 3, duration: must be greater than 0 seconds")
    assert describe_problem(Problem("", "the session lasts 5:00:00")) == "the session lasts 5:00:00"
    assert (
        describe_problem(Problem("name", "a program needs a name"))
        == "name: a program needs a name"
    )


def test_problem_index_of_nothing_is_valid():
    assert ProblemIndex.build([]).valid
    index = ProblemIndex.build([Problem("main", "must hold at least one segment")])
    assert index.general() == ("must hold at least one segment",)


# -- field edits and undo ------------------------------------------------------------------------


def test_set_field_undo_redo_and_modified():
    doc = abc_doc()
    before = doc.data()
    assert not doc.modified
    doc.set_field(("main", 0), "speed_kmh", 5.5)
    assert doc.node(("main", 0))["speed_kmh"] == 5.5 and doc.modified
    assert doc.undo_text == "Change speed"
    assert doc.undo() == ("main", 0)
    assert doc.data() == before and not doc.modified
    assert doc.redo() == ("main", 0)
    assert doc.node(("main", 0))["speed_kmh"] == 5.5
    doc.mark_saved()
    assert not doc.modified
    doc.undo()
    assert doc.modified  # back at the state before the save: differs from the file


def test_typing_into_one_field_is_one_undo_step_until_closed():
    doc = abc_doc()
    for value in (5, 5.5, 6):
        doc.set_field(("main", 0), "speed_kmh", value)
    doc.close_merge()
    doc.set_field(("main", 0), "speed_kmh", 7)
    doc.undo()
    assert doc.node(("main", 0))["speed_kmh"] == 6
    doc.undo()
    assert doc.node(("main", 0))["speed_kmh"] == 4.0
    assert not doc.can_undo


def test_a_new_edit_after_undo_drops_redo_and_the_lost_saved_state():
    doc = abc_doc()
    doc.set_field(("main", 0), "label", "x")
    doc.mark_saved()
    doc.undo()
    doc.set_field(("main", 0), "label", "y")
    assert not doc.can_redo
    assert doc.modified
    doc.undo()
    assert doc.modified  # the saved "x" state cannot be reached any more


def test_edit_that_changes_nothing_adds_no_step():
    doc = abc_doc()
    doc.set_field(("main", 0), "duration_s", 60)
    assert not doc.can_undo


def test_empty_label_removes_it_and_kind_change_fits_the_fields():
    doc = abc_doc()
    doc.set_field(("main", 0), "label", "")
    assert "label" not in doc.node(("main", 0))
    doc.set_field(("main", 0), "kind", "station")
    assert doc.node(("main", 0))["label"]  # a station must say what to do
    doc.set_field(("main", 0), "until_confirmed", True)
    doc.set_field(("main", 0), "kind", "rest")
    assert "until_confirmed" not in doc.node(("main", 0))
    doc.set_field(("main", 0), "kind", "backward")
    assert doc.valid
    with pytest.raises(EditError, match="not a field"):
        doc.set_field(("main", 1), "speed_kmh", 3)


def test_read_only_builtin_refuses_edits():
    doc = ProgramDocument.from_program(find_program("easy-start"))
    assert doc.read_only and doc.saved_id is None
    with pytest.raises(EditError, match="duplicate"):
        doc.set_field(("warmup", 0), "speed_kmh", 5)


def test_meta_edits():
    doc = abc_doc()
    doc.set_meta("description", "Hello")
    doc.set_meta("level", "advanced")
    assert doc.meta("description") == "Hello" and doc.valid
    doc.set_meta("level", "")
    assert doc.meta("level") == ""
    doc.set_meta("level", "expert")
    assert "must be one of" in doc.problems.field(None, "level")[0]
    with pytest.raises(EditError):
        doc.set_meta("builtin", True)


# -- structure -----------------------------------------------------------------------------------


def test_insert_duplicate_remove():
    doc = abc_doc()
    path = doc.insert_segment("backward", after=("main", 1, 0))
    assert path == ("main", 1, 1) and doc.node(path)["kind"] == "backward"
    assert doc.insert_segment("rest", after=("main", 1)) == ("main", 2)
    assert doc.insert_segment("station") == ("main", len(doc.phase("main")) - 1)
    assert doc.duplicate(("warmup", 0)) == ("warmup", 1)
    assert doc.insert_segment("rest", into=("cooldown",)) == ("cooldown", 1)
    assert doc.insert_segment("rest", into=("main", 1)) == ("main", 1, 3)
    assert doc.valid
    with pytest.raises(EditError, match="unknown kind"):
        doc.insert_segment("jog")


def test_removing_the_last_segments_of_a_block_removes_the_block():
    doc = abc_doc()
    nearest = doc.remove([("main", 1, 0), ("main", 1, 1)])
    assert [p for p, _ in labels(doc)] == ["warmup[0]", "main[0]", "main[1]", "cooldown[0]"]
    assert nearest == ("main", 1)  # what now stands where the block was
    doc.undo()
    assert labels(doc) == labels(abc_doc())


def test_removing_everything_from_main_is_allowed_but_invalid():
    doc = abc_doc()
    doc.remove([("main", 0), ("main", 1), ("main", 2)])
    assert doc.problems.general() == ("must hold at least one segment",)


def test_move_down_walks_every_row_of_the_tree():
    doc = abc_doc()
    path = ("warmup", 0)
    seen = [path]
    while doc.can_move(path, 1):
        path = doc.move(path, 1)
        seen.append(path)
    assert seen == [
        ("warmup", 0),
        ("main", 0),
        ("main", 1),
        ("main", 1, 0),
        ("main", 1, 1),
        ("main", 1, 2),
        ("main", 2),
        ("main", 3),
        ("cooldown", 0),
        ("cooldown", 1),
    ]
    assert [label for _, label in labels(doc)] == ["b", "R2", "c", "d", "e", "f", "a"]


def test_move_up_out_of_a_block_and_across_phases():
    doc = abc_doc()
    assert doc.move(("main", 1, 0), -1) == ("main", 1)  # out, before its block
    assert labels(doc)[1:4] == [("main[0]", "b"), ("main[1]", "c"), ("main[2]", "R2")]
    assert doc.move(("main", 0), -1) == ("warmup", 1)
    assert not doc.can_move(("warmup", 0), -1)
    assert not doc.can_move(("cooldown", 0), 1)


def test_moving_the_only_segment_out_removes_its_block():
    doc = doc_of(main=[seg(label="x"), {"repeat": 3, "segments": [seg(label="y")]}])
    assert doc.move(("main", 1, 0), 1) == ("main", 1)
    assert labels(doc) == [("main[0]", "x"), ("main[1]", "y")]


def test_blocks_move_only_within_main():
    doc = abc_doc()
    assert doc.move(("main", 1), -1) == ("main", 0)
    assert doc.move(("main", 0), 1) == ("main", 1)
    doc.move(("main", 1), 1)
    assert not doc.can_move(("main", 2), 1)
    with pytest.raises(EditError, match="main part"):
        doc.move(("main", 2), 1)


def test_move_nodes_like_a_drop():
    doc = abc_doc()
    # Drag b and e onto the cool-down, before f.
    assert doc.move_nodes([("main", 2), ("main", 0)], ("cooldown",), 0) == [
        ("cooldown", 0),
        ("cooldown", 1),
    ]
    assert [label for _, label in labels(doc)] == ["a", "R2", "c", "d", "b", "e", "f"]
    # Drop a segment into the block, at the end (row -1).
    assert doc.move_nodes([("warmup", 0)], ("main", 0), -1) == [("main", 0, 2)]
    # Drop within the same list, below itself: the row counts before the move.
    doc2 = abc_doc()
    assert doc2.move_nodes([("main", 0)], ("main",), 3) == [("main", 2)]
    assert [label for _, label in labels(doc2)] == ["a", "R2", "c", "d", "e", "b", "f"]


@pytest.mark.parametrize(
    ("paths", "parent", "reason"),
    [
        ([("main", 1)], ("warmup",), "only sit in the main part"),
        ([("main", 1)], ("main", 1), "only sit in the main part"),
        ([("main", 0)], ("main", 0), "not onto a segment"),
        ([("main", 0)], ("elsewhere",), "warm-up, main or cool-down"),
    ],
)
def test_bad_drops_are_refused(paths, parent, reason):
    doc = abc_doc()
    with pytest.raises(EditError, match=reason):
        doc.move_nodes(paths, parent, 0)
    assert labels(doc) == labels(abc_doc())


def test_wrap_and_unwrap():
    doc = abc_doc()
    doc.unwrap(("main", 1))
    assert [label for _, label in labels(doc)] == ["a", "b", "c", "d", "e", "f"]
    block = doc.wrap([("main", 2), ("main", 1)], rounds=4)
    assert block == ("main", 1) and doc.node(block)["repeat"] == 4
    assert [label for _, label in labels(doc)] == ["a", "b", "R4", "c", "d", "e", "f"]
    doc.set_field(block, "repeat", 5)
    # d faces backward between forward walks: the coach adds a turn on each side, each round.
    assert doc.valid and doc.program().total_s == 60 * (1 + 1 + 10 + 1 + 1) + 10 * 15
    with pytest.raises(EditError, match="follow each other"):
        doc.wrap([("main", 0), ("main", 2)])
    with pytest.raises(EditError, match="only be made in the main part"):
        doc.wrap([("warmup", 0)])
    with pytest.raises(EditError, match="select a repeat block"):
        doc.unwrap(("main", 0))


def test_listeners_hear_every_change():
    doc = abc_doc()
    heard = []
    doc.subscribe(lambda: heard.append(doc.undo_text))
    doc.move(("main", 0), 1)
    doc.undo()
    doc.redo()
    assert heard == ["Move down", "", "Move down"]


def _layouts(draw_from):
    segment = st.builds(seg, st.sampled_from(["forward", "backward"]), st.integers(10, 600))
    block = st.builds(
        lambda s, r: {"repeat": r, "segments": s},
        st.lists(segment, min_size=1, max_size=3),
        st.integers(1, 5),
    )
    return st.tuples(
        st.lists(segment, max_size=3),
        st.lists(st.one_of(segment, block), min_size=1, max_size=4),
        st.lists(segment, max_size=3),
    )


@settings(max_examples=150, deadline=None)
@given(layout=_layouts(None), pick=st.integers(0, 100), delta=st.sampled_from([-1, 1]))
def test_a_move_and_its_reverse_restore_the_program(layout, pick, delta):
    doc = doc_of(*layout)
    original = doc.data()
    paths = list(doc.paths())
    path = paths[pick % len(paths)]
    if not doc.can_move(path, delta):
        return
    lone = len(path) == 3 and len(doc.node(path[:2])["segments"]) == 1
    # The segments' own time (the turns the coach adds may change with the order).
    total_s = sum(s.duration_s for s in draft_segments(original)[0])
    moved = doc.move(path, delta)
    if len(path) == 2 and len(moved) == 2:  # not into or out of a block: the time stays
        assert sum(s.duration_s for s in draft_segments(doc.data())[0]) == total_s
    if not lone:  # a lone segment's block is gone once it leaves
        assert doc.move(moved, -delta) == path
        assert doc.data() == original
        doc.undo()
    doc.undo()
    assert doc.data() == original


# -- summary, names ------------------------------------------------------------------------------


def test_summary_of_a_valid_program_matches_the_program_and_energy_model():
    program = find_program("first-steps")
    summary = summarize(program_to_dict(program), 80.0, load_model())
    assert summary.complete
    assert summary.total_s == program.total_s and summary.backward_s == program.backward_s
    expected_kcal = sum(energy.segment_kcal(p.segment, 80.0) for p in program.planned_segments())
    assert math.isclose(summary.kcal, expected_kcal)
    assert len(summary.top_muscles) == 5
    assert summary.top_muscles[0].share == 1.0
    loads = [m.load for m in summary.top_muscles]
    assert loads == sorted(loads, reverse=True)


def test_summary_weighs_muscles_by_minutes():
    model = load_model()
    one = summarize(doc_of(main=[seg("backward", 600, 3.0)]).data(), 70, model)
    two = summarize(doc_of(main=[seg("backward", 1200, 3.0)]).data(), 70, model)
    assert one.top_muscles[0].muscle_id == two.top_muscles[0].muscle_id
    assert math.isclose(two.top_muscles[0].load, 2 * one.top_muscles[0].load, rel_tol=0.01)
    top = model.activations("backward", 0, 3.0)[0]
    assert one.top_muscles[0].muscle_id == top.muscle.id
    assert math.isclose(one.top_muscles[0].load, 10 * top.activation, rel_tol=0.01)


def test_summary_of_an_invalid_draft_leaves_out_what_it_cannot_use():
    doc = doc_of(
        main=[seg(duration_s=120), seg(duration_s=0), {"repeat": "x", "segments": [seg()]}]
    )
    summary = doc.summary(70, load_model())
    assert not summary.complete
    assert summary.total_s == 180  # the bad block counts once, the 0 s segment not at all


def test_unique_ids_and_copy_names():
    ids = {p.id for p in builtin_programs()}
    assert unique_id("Easy start", ids) == "easy-start-2"
    assert unique_id("Easy start", ids | {"easy-start-2"}) == "easy-start-3"
    assert unique_id("Mine!", ids) == "mine"
    assert len(unique_id("x" * 80, {"x" * 64})) <= 64
    assert copy_name("Easy start", ["Easy start"]) == "Easy start (copy)"
    assert copy_name("Easy start (copy)", ["Easy start (copy)"]) == "Easy start (copy 2)"


def test_a_copy_is_named_in_the_users_language_and_a_copy_of_a_copy_is_numbered():
    from walkcoach.core import i18n

    german = {
        "{name} (copy)": "{name} (Kopie)",
        "{name} (copy {number})": "{name} (Kopie {number})",
    }
    before = i18n.installed_translator()
    i18n.set_translator(lambda context, text, *rest: german.get(text, text))
    try:
        assert copy_name("Leichter Start", []) == "Leichter Start (Kopie)"
        assert copy_name("Leichter Start (Kopie)", ["Leichter Start (Kopie)"]) == (
            "Leichter Start (Kopie 2)"
        )
        assert copy_name("Easy start (copy 3)", []) == "Easy start (Kopie)"  # made in English
    finally:
        i18n.set_translator(before)


def test_new_program_template_is_valid():
    doc = ProgramDocument(new_program_data("My walk"))
    program = doc.program()
    assert program.id == "my-walk" and program.backward_s > 0 and doc.saved_id is None


# -- warnings: turns and level limits --------------------------------------------------------------


def test_each_change_of_direction_without_a_turn_is_a_warning_not_an_error():
    doc = doc_of(
        [seg(label="warm")],
        [{"repeat": 3, "segments": [seg("backward", 60, 2.4, label="b"), seg(label="f")]}],
        [seg(label="cool")],
    )
    assert doc.valid  # saving stays allowed
    warnings = doc.warnings
    # forward -> backward at the block's first segment (every round), backward -> forward at
    # its second: two places, each named once however many rounds repeat it.
    assert [w.where for w in warnings] == ["main[0].segments[0]", "main[0].segments[1]"]
    assert [w.insert_turn_at for w in warnings] == [("main", 0, 0), ("main", 0, 1)]
    assert describe_problem(warnings[0]) == (
        "Main, repeat block 1, segment 1: the direction changes here (forward to backward) with "
        "no turn between: the coach will add a 15 s turn; insert one to set its speed and time "
        "yourself"
    )


def test_insert_turn_mends_the_warning_and_is_undone_like_any_edit():
    doc = doc_of([seg(label="warm")], [seg("backward", 60, 2.4, incline_pct=4, label="b")])
    assert [w.insert_turn_at for w in doc.warnings] == [("main", 0)]
    path = doc.insert_turn(("main", 0))
    assert path == ("main", 0)
    assert doc.node(path) == {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0, "incline_pct": 4}
    assert doc.node(("main", 1))["label"] == "b"
    assert doc.warnings == () and doc.valid and doc.program().auto_turn_count == 0
    assert doc.undo_text == "Insert turn"
    doc.undo()
    assert len(doc.warnings) == 1 and doc.node(("main", 0))["label"] == "b"
    doc.redo()
    assert doc.warnings == ()


def test_a_new_turn_segment_and_a_kind_change_to_turn_are_valid_at_once():
    doc = doc_of([seg(duration_s=180, label="warm")])
    path = doc.insert_segment("turn")
    assert doc.node(path) == {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0}
    assert doc.undo_text == "Add turn segment"
    doc.set_field(("warmup", 0), "kind", "turn")  # a 4 km/h, 3 minute walk becomes a turn
    assert doc.node(("warmup", 0))["speed_kmh"] == 1.0
    assert doc.node(("warmup", 0))["duration_s"] == 15 and doc.valid


def test_a_beginner_program_fast_and_steep_backward_is_warned_about():
    data = doc_of(main=[seg("backward", 120, 8.0, incline_pct=15)]).data()
    data["level"] = "beginner"
    doc = ProgramDocument(data)
    assert doc.valid
    messages = [describe_problem(w) for w in doc.warnings]
    assert messages == [
        "Main, item 1, speed: backward at 8.0 km/h is faster than a beginner program should ask "
        "for (at most 3.2 km/h)",
        "Main, item 1, incline: backward on a 15 % incline is steeper than a beginner program "
        "should ask for (at most 5 %)",
    ]
    # Speeds in the user's units.
    assert "at 5 mph is faster" in describe_problem(doc.warnings[0], "mph")
    assert describe_problem(doc.warnings[0], "mph").endswith("(at most 2 mph)")
    # The same walk is within an advanced program's limits (the steep incline-burn protocol).
    doc.set_meta("level", "advanced")
    assert [w.where for w in doc.warnings] == ["main[0].speed_kmh"]
    doc.set_field(("main", 0), "speed_kmh", 4.8)
    assert doc.warnings == ()


@pytest.mark.parametrize(
    ("level", "speed_kmh", "incline_pct", "warned"),
    [
        ("beginner", 3.2, 5, []),  # 2 mph on 5 %: the top of the first-steps prescription
        ("beginner", 3.3, 5, ["speed_kmh"]),
        ("intermediate", 4.0, 8, []),
        ("intermediate", 4.0, 9, ["incline_pct"]),
        ("", 4.8, 15, []),  # no level: held to the advanced limits
        ("", 5.0, 16, ["speed_kmh", "incline_pct"]),
    ],
)
def test_level_limits(level, speed_kmh, incline_pct, warned):
    data = doc_of(main=[seg("backward", 120, speed_kmh, incline_pct=incline_pct)]).data()
    data["level"] = level
    assert [w.where.split(".")[-1] for w in ProgramDocument(data).warnings] == warned


def test_no_builtin_program_has_a_warning():
    for program in builtin_programs():
        assert ProgramDocument.from_program(program).warnings == (), program.id
