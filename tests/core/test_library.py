"""The program library: built-ins true to their articles, user programs, import, save, delete."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from walkcoach import paths, resources
from walkcoach.core import library
from walkcoach.core.files import write_text_atomic
from walkcoach.core.program import (
    LEVELS,
    MAX_FILE_BYTES,
    ProgramError,
    dumps_program,
    load_program_file,
    loads_program,
    parse_program,
    program_to_dict,
)
from walkcoach.core.units import mph_to_kmh

PROTOCOL_IDS = {
    "first-steps",
    "progression",
    "glute-focus",
    "incline-burn",
    "back-relief",
    "hill-and-turn",
    "daily-retro",
    "easy-start",
    "walk-and-glutes",
    "brisk-daily",
    "minute-bursts",
}


def by_id(program_id: str):
    return next(p for p in library.builtin_programs() if p.id == program_id)


def walking(program, kind: str):
    return [p.segment for p in program.planned_segments() if p.kind == kind]


def user_program_dict(program_id: str = "my-walk", name: str = "My walk") -> dict:
    return {
        "format": "walkcoach-program",
        "version": 1,
        "id": program_id,
        "name": name,
        "main": [
            {"kind": "forward", "duration_s": 300, "speed_kmh": 4.5},
            {"kind": "rest", "duration_s": 15, "speed_kmh": 1},
            {"kind": "backward", "duration_s": 120, "speed_kmh": 3},
        ],
    }


def write_json(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- built-in programs ----------------------------------------------------------------------


def test_every_protocol_of_the_domain_is_built_in_plus_extras():
    ids = {p.id for p in library.builtin_programs()}
    assert ids >= PROTOCOL_IDS
    assert len(ids - PROTOCOL_IDS) >= 2
    assert {"retro-intervals-20", "knee-friendly"} <= ids


def test_builtins_are_cached_and_flagged():
    first = library.builtin_programs()
    first.clear()  # callers get a copy; the cache is not theirs to change
    again = library.builtin_programs()
    assert again and all(p.builtin for p in again)
    assert library._builtin_programs.cache_info().hits >= 1


def test_builtin_files_round_trip_exactly():
    files = sorted(resources.path("programs").glob("*.json"))
    assert len(files) == len(library.builtin_programs())
    for file in files:
        program = load_program_file(file, builtin=True)
        assert program.id == file.stem
        # The shipped file is the canonical dump: load -> dump gives the same bytes.
        assert dumps_program(program) == file.read_text(encoding="utf-8"), file.name
        assert loads_program(dumps_program(program)) == program


# How the programs may name their sources (DOMAIN.md section 7): headlines, the one article
# without a headline described, the trainers quoted, or a study by its authors.
SOURCE_NAMES = (
    "“Which muscles are used when you walk?”",
    "“What muscles are involved in walking?”",
    "“Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”",
    "“Exercise to isolate the leg stability muscles used when walking backwards?”",
    "“30-Minute Walking and Bodyweight Glute Workout”",
    "“The Benefits of Walking Backwards on the Treadmill”",
    "an article on walking backwards uphill and gluteus maximus EMG",
    "trainer Jennifer Pattee",
    "post on backward treadmill walking for back pain",
    " et al. ",
)


@pytest.mark.parametrize("program", library.builtin_programs(), ids=lambda p: p.id)
def test_builtin_is_complete_and_cites_its_source(program):
    assert program.level in LEVELS
    assert program.source and len(program.description) > 80
    # The description names where it comes from, in words a user can follow up: the article's
    # own headline, or the study (DOMAIN.md section 7), never a file number.
    assert "seed" not in (program.description + program.source).lower()
    assert any(name in program.description for name in SOURCE_NAMES), program.description
    assert program.warmup and all(s.kind == "forward" for s in program.warmup)
    assert program.cooldown and all(s.kind == "forward" for s in program.cooldown)
    assert all(s.speed_kmh <= 4.0 and s.incline_pct <= 5 for s in program.warmup + program.cooldown)
    assert program.total_s <= 60 * 60


@pytest.mark.parametrize("program", library.builtin_programs(), ids=lambda p: p.id)
def test_builtin_turns_around_on_a_slow_belt(program):
    planned = program.planned_segments()
    for before, after in zip(planned, planned[1:], strict=False):
        changes = {before.direction, after.direction} == {"forward", "backward"}
        assert not changes, f"{program.id}: no turn-around before segment {after.index + 1}"
    for turn in walking(program, "turn"):
        assert 10 <= turn.duration_s <= 15 and turn.speed_kmh <= 1.5


def _raw_kinds(data: dict) -> list[str]:
    """The kinds of a program file's segments in session order, straight from its JSON."""
    kinds: list[str] = []
    for phase in ("warmup", "main", "cooldown"):
        for item in data.get(phase, []):
            if "repeat" in item:
                kinds += [s["kind"] for s in item["segments"]] * item["repeat"]
            else:
                kinds.append(item["kind"])
    return kinds


def _turn_at_every_direction_change(kinds: list[str]) -> list[int]:
    """Positions of walking segments that face the other way with no "turn" since the last walk."""
    missing, facing, turned = [], None, False
    for position, kind in enumerate(kinds):
        if kind == "turn":
            turned = True
        elif kind in ("forward", "backward"):
            if facing not in (None, kind) and not turned:
                missing.append(position)
            facing, turned = kind, False
    return missing


def _progression_suggestions():
    from datetime import UTC, datetime

    from walkcoach.core import progression
    from walkcoach.core.records import SegmentRecord, SessionRecord

    now = datetime(2025, 3, 19, 18, 0, tzinfo=UTC)
    histories = [[]]
    for backward_s, incline_pct, pain in (
        (90, 3, False),
        (200, 5, False),
        (480, 8, False),
        (150, 3, True),
    ):
        segments = (
            SegmentRecord(0, "forward", 240, 240, 3.5, 0),
            SegmentRecord(1, "backward", backward_s, backward_s, 2.4, incline_pct),
        )
        histories.append(
            [
                SessionRecord(
                    id=1,
                    program_id="p",
                    program_name="P",
                    started_at=datetime(2025, 3, 12, tzinfo=UTC),
                    status="completed",
                    active_s=240 + backward_s,
                    segments=segments,
                    pain=pain,
                )
            ]
        )
    return [progression.suggest_next_session(h, now=now, tz=UTC) for h in histories]


@pytest.mark.parametrize("program", library.builtin_programs(), ids=lambda p: p.id)
def test_every_builtin_has_a_turn_at_every_direction_change(program):
    data = json.loads((resources.path("programs") / f"{program.id}.json").read_text("utf-8"))
    assert _turn_at_every_direction_change(_raw_kinds(data)) == [], program.id
    assert program.auto_turn_count == 0
    assert not any(p.auto_inserted for p in program.planned_segments())


def test_every_progression_suggestion_has_a_turn_at_every_direction_change():
    suggestions = _progression_suggestions()
    assert len({(s.backward_s, s.incline_pct) for s in suggestions}) >= 3
    for suggestion in suggestions:
        data = program_to_dict(suggestion.program)
        kinds = _raw_kinds(data)
        assert "turn" in kinds and "backward" in kinds
        assert _turn_at_every_direction_change(kinds) == []
        assert suggestion.program.auto_turn_count == 0


# Upper limits from the articles (mph converted to km/h): a program may be gentler, never harder.
ARTICLE_LIMITS = {
    "first-steps": {"backward_kmh": mph_to_kmh(2.0), "min_incline": 3, "max_incline": 5},
    "progression": {"backward_kmh": mph_to_kmh(2.0), "max_incline": 8},
    "glute-focus": {"max_incline": 8},
    "incline-burn": {"backward_kmh": mph_to_kmh(3.0), "max_incline": 15},
    "hill-and-turn": {"backward_kmh": mph_to_kmh(2.5), "max_incline": 15},
}


@pytest.mark.parametrize("program_id", sorted(ARTICLE_LIMITS))
def test_never_faster_or_steeper_than_the_article(program_id):
    limits = ARTICLE_LIMITS[program_id]
    program = by_id(program_id)
    backward = walking(program, "backward")
    assert backward
    if "backward_kmh" in limits:
        assert max(s.speed_kmh for s in backward) <= limits["backward_kmh"]
    inclines = [p.segment.incline_pct for p in program.planned_segments()]
    assert max(inclines) <= limits["max_incline"]
    if "min_incline" in limits:
        assert min(s.incline_pct for s in backward) >= limits["min_incline"]


def test_protocol_doses_match_the_articles():
    assert 5 * 60 <= by_id("glute-focus").backward_s <= 10 * 60
    assert by_id("back-relief").backward_s == 15 * 60
    assert 10 * 60 <= by_id("daily-retro").backward_s <= 15 * 60
    assert 5 * 60 <= by_id("easy-start").backward_s <= 10 * 60
    assert all(s.incline_pct == 0 for s in walking(by_id("easy-start"), "backward"))
    assert 5 * 60 <= by_id("progression").longest_backward_s <= 8 * 60
    assert all(s.duration_s == 60 for s in walking(by_id("minute-bursts"), "backward"))
    hill = by_id("hill-and-turn")
    assert {s.incline_pct for s in walking(hill, "backward")} == {15}
    burn = by_id("incline-burn")
    assert {s.incline_pct for s in walking(burn, "backward")} == {15}
    assert 25 * 60 <= burn.total_s <= 35 * 60
    first = by_id("first-steps")
    assert {s.duration_s for s in walking(first, "backward")} == {120}
    assert by_id("knee-friendly").backward_s >= 10 * 60
    assert by_id("retro-intervals-20").seconds_of("backward") == 10 * 60


def test_walk_and_glutes_has_three_confirmed_stations():
    program = by_id("walk-and-glutes")
    stations = walking(program, "station")
    assert len(stations) == 3
    for station in stations:
        assert station.until_confirmed and station.speed_kmh == 0
        assert "20" in station.label and "lunges" in station.label and "15 squats" in station.label
        assert 60 <= station.duration_s <= 300
    main_walks = [
        p.segment for p in program.planned_segments() if p.phase == "main" and p.kind == "forward"
    ]
    assert [s.duration_s for s in main_walks] == [600, 600, 600]


def test_brisk_daily_has_cadence_targets():
    walks = [p.segment for p in by_id("brisk-daily").planned_segments() if p.phase == "main"]
    assert sum(s.duration_s for s in walks) == 600
    assert all(s.cadence_spm is not None and 100 <= s.cadence_spm <= 120 for s in walks)


# --- user programs --------------------------------------------------------------------------


def test_no_user_folder_means_no_user_programs(data_dir):
    errors: list[ProgramError] = []
    assert library.user_programs(errors) == [] and errors == []
    assert not data_dir.exists()
    assert library.all_programs() == library.builtin_programs()


def test_save_then_list_and_find(data_dir):
    program = parse_program(user_program_dict())
    path = library.save_user_program(program)
    assert path == paths.programs_dir() / "my-walk.json"
    assert load_program_file(path) == program
    assert library.user_programs() == [program]
    assert library.find_program("my-walk") == program
    assert not library.find_program("my-walk").builtin
    assert library.all_programs()[-1] == program
    assert [p.name for p in path.parent.iterdir()] == ["my-walk.json"]  # no temp files left


def test_save_refuses_builtin_id(data_dir):
    program = parse_program(user_program_dict("first-steps"))
    with pytest.raises(ProgramError, match="'first-steps' is the id of a built-in program"):
        library.save_user_program(program)
    assert not paths.programs_dir().exists()


def test_save_replaces_in_the_file_that_holds_the_id(data_dir):
    write_json(paths.programs_dir() / "Copied by hand.json", user_program_dict())
    changed = parse_program(user_program_dict(name="Renamed"))
    path = library.save_user_program(changed)
    assert path.name == "Copied by hand.json"
    assert [p.name for p in library.user_programs()] == ["Renamed"]


def test_bad_user_files_are_skipped_and_reported(data_dir):
    folder = paths.programs_dir()
    write_json(folder / "good.json", user_program_dict("good", "Good"))
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "binary.json").write_bytes(b"\x00\x01\x02")
    write_json(folder / "builtin.json", user_program_dict("first-steps"))
    write_json(folder / "twin.json", user_program_dict("good", "Twin"))
    (folder / ".good.json.abc.tmp").write_text("half a file", encoding="utf-8")  # interrupted save
    errors: list[ProgramError] = []
    programs = library.user_programs(errors)
    assert [p.id for p in programs] == ["good"]
    messages = sorted(str(e) for e in errors)
    assert len(messages) == 4
    assert any("binary.json: this is a binary file" in m for m in messages)
    assert any("broken.json: line 1" in m for m in messages)
    assert any(
        "builtin.json: id 'first-steps' belongs to a built-in program" in m for m in messages
    )
    assert any("twin.json: id 'good' is also used by good.json" in m for m in messages)
    assert library.user_programs() == programs  # no errors list: still no crash


def test_find_program_by_path(data_dir, tmp_path):
    path = write_json(tmp_path / "elsewhere.json", user_program_dict("elsewhere"))
    assert library.find_program(str(path)).id == "elsewhere"
    with pytest.raises(ProgramError, match="no such file"):
        library.find_program(str(tmp_path / "missing.json"))


def test_find_unknown_id(data_dir):
    with pytest.raises(ProgramError) as info:
        library.find_program("xyz")
    assert str(info.value) == "no program with id 'xyz' (see 'walkcoach programs')"
    with pytest.raises(ProgramError, match="did you mean 'first-steps'"):
        library.find_program("first-step")
    with pytest.raises(ProgramError, match="no program given"):
        library.find_program("  ")


def test_delete_user_program(data_dir):
    library.save_user_program(parse_program(user_program_dict()))
    removed = library.delete_user_program("my-walk")
    assert not removed.exists() and library.user_programs() == []
    with pytest.raises(ProgramError, match="no user program with id 'my-walk'"):
        library.delete_user_program("my-walk")
    with pytest.raises(ProgramError, match="built-in program and cannot be deleted"):
        library.delete_user_program("first-steps")


# --- import ---------------------------------------------------------------------------------


def test_import_then_refuse_duplicate_unless_forced(data_dir, tmp_path):
    source = write_json(tmp_path / "in.json", user_program_dict())
    program = library.import_program(source)
    assert library.find_program("my-walk") == program
    write_json(source, user_program_dict(name="Second version"))
    with pytest.raises(library.DuplicateProgramError) as info:
        library.import_program(source)
    assert info.value.existing.name == "My walk"
    assert "already exists ('My walk')" in str(info.value)
    assert library.find_program("my-walk").name == "My walk"  # untouched
    library.import_program(source, force=True)
    assert library.find_program("my-walk").name == "Second version"
    assert len(library.user_programs()) == 1


def test_import_refuses_builtin_id_even_with_force(data_dir, tmp_path):
    source = write_json(tmp_path / "in.json", user_program_dict("incline-burn"))
    with pytest.raises(ProgramError, match="belongs to a built-in program; change the 'id'"):
        library.import_program(source, force=True)
    assert library.user_programs() == []


def test_show_json_output_can_be_imported_again(data_dir, tmp_path):
    data = program_to_dict(library.find_program("first-steps"))
    data.update(id="my-first-steps", totals={"duration_s": 1})
    source = write_json(tmp_path / "copy.json", data)
    imported = library.import_program(source)
    assert imported.total_s == library.find_program("first-steps").total_s


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"version": 1, "name": "x", "main": [', "not valid JSON"),
        (b'{"title": "Run", "steps": []}', "this is not a WalkCoach program"),
        (
            b'{"version": 1, "name": "x", "main": [{"kind": "jog", "duration_s": 5}]}',
            "unknown kind",
        ),
        (b'{"version": 3, "name": "x", "main": []}', "made by a newer WalkCoach"),
        (b"\x1f\x8b\x08\x00\x00\x00", "this is a binary file"),
        (b"", "the file is empty"),
        (b" " * (MAX_FILE_BYTES + 10), "file is too large"),
    ],
    ids=["not-json", "wrong-schema", "bad-segment", "wrong-version", "binary", "empty", "huge"],
)
def test_bad_import_files_each_have_their_message(data_dir, tmp_path, content, expected):
    source = tmp_path / "in.json"
    source.write_bytes(content)
    with pytest.raises(ProgramError) as info:
        library.import_program(source)
    assert expected in str(info.value)
    assert str(info.value).startswith(str(source))
    assert "\n" not in str(info.value)
    assert library.user_programs() == []


# --- atomic writes --------------------------------------------------------------------------


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "p.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_text_atomic(target, "new")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


def test_a_folder_named_like_an_id_does_not_hide_the_program(data_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "first-steps").mkdir()
    assert library.find_program("first-steps").builtin
    (tmp_path / "holiday").mkdir()
    with pytest.raises(ProgramError, match="holiday: is a folder, not a program file"):
        library.find_program("holiday")
