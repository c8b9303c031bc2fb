"""The program and muscle sub-commands, run as a user would: `python -m walkcoach ...`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from walkcoach.core.units import kmh_to_mph

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path, before: bool = False) -> subprocess.CompletedProcess[str]:
    """Run walkcoach with --data-dir before or after the sub-command (both must work)."""
    where = ["--data-dir", str(data_dir)]
    argv = [*where, *args] if before else [*args, *where]
    # English words (the German ones are tests/cli/test_cli_translated.py's), under a German
    # number locale, which the figures do not follow: they follow the language of the words.
    env = {
        **os.environ,
        "COLUMNS": "100",
        "LANG": "C.UTF-8",
        "LC_NUMERIC": "de_DE.UTF-8",
        "LC_ALL": "",
        "PYTHONUTF8": "1",
    }
    env.pop("LC_MEASUREMENT", None)
    return subprocess.run(
        [sys.executable, "-m", "walkcoach", *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Exit status 2, nothing on stdout, exactly one stderr line, no traceback."""
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("walkcoach: error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


def program_file(path: Path, program_id: str = "my-walk", **changes) -> Path:
    data = {
        "format": "walkcoach-program",
        "version": 1,
        "id": program_id,
        "name": "My walk",
        "main": [
            {"kind": "forward", "duration_s": 300, "speed_kmh": 4.5},
            {"kind": "turn", "duration_s": 15, "speed_kmh": 1},
            {"kind": "backward", "duration_s": 120, "speed_kmh": 3.0, "incline_pct": 4},
        ],
        **changes,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- programs -------------------------------------------------------------------------------


@pytest.mark.parametrize("before", [False, True])
def test_programs_json(data, before):
    result = run("programs", "--json", data_dir=data, before=before)
    assert result.returncode == 0 and result.stderr == ""
    programs = json.loads(result.stdout)
    assert len(programs) >= 13
    for entry in programs:
        assert list(entry) == [
            "id",
            "name",
            "duration_s",
            "backward_s",
            "segments",
            "source",
            "builtin",
            "level",
        ]
        assert entry["builtin"] is True and entry["duration_s"] > 0 and entry["source"]
    first = next(p for p in programs if p["id"] == "first-steps")
    assert first["backward_s"] == 360 and first["segments"] == 14
    assert not data.exists()  # listing creates nothing


def test_programs_table(data):
    result = run("programs", data_dir=data)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAME", "LEVEL", "TIME", "BACKWARD", "SEGMENTS", "FROM"]
    row = next(line for line in lines if line.startswith("first-steps "))
    assert "20:30" in row and "6:00" in row and "built-in" in row
    assert all(len(line) <= 100 for line in lines)
    assert "13 built-in and 0 of your own" in result.stdout


def test_programs_reports_a_bad_user_file_and_lists_the_rest(data, tmp_path):
    run("import-program", str(program_file(tmp_path / "a.json")), data_dir=data)
    (data / "programs" / "broken.json").write_text("{", encoding="utf-8")
    result = run("programs", "--json", data_dir=data)
    assert result.returncode == 0
    assert [p["id"] for p in json.loads(result.stdout) if not p["builtin"]] == ["my-walk"]
    assert result.stderr.count("\n") == 1 and "broken.json" in result.stderr


# --- show -----------------------------------------------------------------------------------


def test_show_human_lists_every_segment(data):
    result = run("show", "walk-and-glutes", data_dir=data)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Walk and glutes circuit (walk-and-glutes, beginner, built-in)")
    assert (
        "Total 43:30" in out and "Source: “30-Minute Walking and Bodyweight Glute Workout”" in out
    )
    assert "seed" not in out.lower()  # sources by their own title, never a file number
    rows = [line for line in out.splitlines() if line[:3].strip().isdigit()]
    assert len(rows) == 8
    assert rows[0].split()[:6] == ["1", "0:00", "warm-up", "forward", "3:00", "3.5"]
    assert "station" in rows[2] and "stopped" in rows[2] and "20 lunges + 15 squats" in rows[2]
    assert "round 1/3" in rows[1] and rows[-1].split()[2] == "cool-down"


def test_show_says_where_the_coach_adds_turns(data, tmp_path):
    no_turns = {
        "format": "walkcoach-program",
        "version": 1,
        "id": "straight-back",
        "name": "Straight back",
        "main": [
            {"kind": "forward", "duration_s": 120, "speed_kmh": 4},
            {"kind": "backward", "duration_s": 60, "speed_kmh": 2.4, "incline_pct": 3},
            {"kind": "forward", "duration_s": 60, "speed_kmh": 4},
        ],
    }
    path = tmp_path / "straight-back.json"
    path.write_text(json.dumps(no_turns), encoding="utf-8")
    result = run("show", str(path), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "The coach adds a 15 s turn at 2 places where the direction changes." in result.stdout
    rows = [line for line in result.stdout.splitlines() if line[:3].strip().isdigit()]
    assert [row.split()[3] for row in rows] == ["forward", "turn", "backward", "turn", "forward"]
    assert "added by the coach" in rows[1] and "1.0" in rows[1] and "3 %" in rows[1]
    shown = json.loads(run("show", str(path), "--json", data_dir=data).stdout)
    assert shown["totals"]["turns_added"] == 2 and shown["totals"]["turn_s"] == 30
    # A built-in program has its own turns: nothing is added, nothing said.
    builtin = run("show", "first-steps", data_dir=data)
    assert "The coach adds" not in builtin.stdout
    assert "turn" in builtin.stdout.split()


def test_show_uses_the_units_from_settings(data):
    data.mkdir()
    (data / "settings.json").write_text('{"version": 1, "units": "mph"}', encoding="utf-8")
    result = run("show", "first-steps", data_dir=data, before=True)
    assert result.returncode == 0 and result.stderr == ""
    rows = [line for line in result.stdout.splitlines() if line[:3].strip().isdigit()]
    backward_row = next(line for line in rows if " backward " in line)
    assert f"{kmh_to_mph(2.4):.1f} mph" in backward_row and "km/h" not in backward_row


def test_show_json_is_the_file_format_plus_totals(data, tmp_path):
    result = run("show", "first-steps", "--json", data_dir=data)
    assert result.returncode == 0
    shown = json.loads(result.stdout)
    assert shown["format"] == "walkcoach-program" and shown["version"] == 1
    assert shown["totals"]["duration_s"] == 1230 and shown["totals"]["backward_s"] == 360
    assert shown["totals"]["segments"] == 14 and shown["totals"]["builtin"] is True
    assert shown["main"][0]["repeat"] == 3
    # What show prints can be imported again once it has its own id.
    shown["id"] = "my-first-steps"
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(shown), encoding="utf-8")
    imported = run("import-program", str(copy), data_dir=data)
    assert imported.returncode == 0, imported.stderr
    again = json.loads(run("show", "my-first-steps", "--json", data_dir=data).stdout)
    assert again["totals"] == {**shown["totals"], "builtin": False}


def test_show_a_file_by_path(data, tmp_path):
    path = program_file(tmp_path / "walk.json")
    result = run("show", str(path), "--json", data_dir=data)
    assert result.returncode == 0
    assert json.loads(result.stdout)["totals"]["backward_s"] == 120


@pytest.mark.parametrize("before", [False, True])
def test_show_missing_program(data, before):
    result = run("show", "no-such-program", data_dir=data, before=before)
    assert_user_error(result, "no program with id 'no-such-program' (see 'walkcoach programs')")


def test_show_malformed_file(data, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "name": "x", "main": [}', encoding="utf-8")
    assert_user_error(run("show", str(bad), data_dir=data), str(bad), "not valid JSON")


def test_show_invalid_program_file(data, tmp_path):
    path = program_file(
        tmp_path / "steep.json",
        main=[{"kind": "backward", "duration_s": 60, "speed_kmh": 3, "incline_pct": 45}],
    )
    assert_user_error(run("show", str(path), data_dir=data), "main[0].incline_pct: must be between")


# --- muscles --------------------------------------------------------------------------------


def test_muscles_json(data):
    result = run("muscles", "--direction", "backward", "--incline", "10", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    muscles = json.loads(result.stdout)
    assert len(muscles) == 17
    for entry in muscles:
        assert list(entry) == ["id", "name", "view", "activation", "basis", "source"]
        assert entry["view"] in ("front", "back") and entry["basis"] in ("measured", "estimated")
    activations = [m["activation"] for m in muscles]
    assert activations == sorted(activations, reverse=True)
    glute = next(m for m in muscles if m["id"] == "gluteus_maximus")
    assert glute["activation"] == 58 and glute["basis"] == "measured"


@pytest.mark.parametrize(
    ("direction", "incline", "expected"),
    [("forward", "0", 18), ("forward", "10", 34), ("backward", "0", 41), ("backward", "10", 58)],
)
def test_muscles_reproduce_the_glute_figures(data, direction, incline, expected):
    # No --speed: the model's typical speed, where the article's four figures hold exactly.
    args = ["muscles", "--direction", direction, "--incline", incline, "--json"]
    result = run(*args, data_dir=data, before=True)
    glute = next(m for m in json.loads(result.stdout) if m["id"] == "gluteus_maximus")
    assert glute["activation"] == expected


def test_muscles_table(data):
    result = run(
        "muscles", "--direction", "Forward", "--incline", "0", "--speed", "4.5", data_dir=data
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Forward walking, 0 % incline at 4.5 km/h")
    rows = result.stdout.splitlines()[4:]
    assert len(rows) == 17 and any(row.startswith("Gluteus maximus ") for row in rows)


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--direction", "sideways", "--incline", "3"], ["unknown direction 'sideways'"]),
        (["--direction", "forward", "--incline", "steep"], ["--incline must be a number"]),
        (["--direction", "forward", "--incline", "45"], ["--incline must be between -5 and 30"]),
        (["--direction", "forward", "--incline", "nan"], ["--incline must be between"]),
        (
            ["--direction", "forward", "--incline", "2", "--speed", "99"],
            ["--speed must be between"],
        ),
        (
            ["--direction", "forward", "--incline", "2", "--speed", "fast"],
            ["--speed must be a number"],
        ),
        (["--incline", "2"], ["--direction"]),
    ],
)
def test_muscles_bad_input(data, args, fragments):
    assert_user_error(run("muscles", *args, data_dir=data), *fragments)


# --- import-program -------------------------------------------------------------------------


def test_import_program_then_list_it(data, tmp_path):
    source = program_file(tmp_path / "walk.json")
    result = run("import-program", str(source), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Imported 'My walk' as 'my-walk'" in result.stdout
    assert (data / "programs" / "my-walk.json").is_file()
    listed = json.loads(run("programs", "--json", data_dir=data).stdout)
    mine = [p for p in listed if not p["builtin"]]
    assert mine == [
        {
            "id": "my-walk",
            "name": "My walk",
            "duration_s": 435,
            "backward_s": 120,
            "segments": 3,
            "source": "",
            "builtin": False,
            "level": "",
        }
    ]


def test_import_duplicate_needs_force(data, tmp_path):
    source = program_file(tmp_path / "walk.json")
    assert run("import-program", str(source), data_dir=data).returncode == 0
    program_file(source, name="Changed")
    assert_user_error(
        run("import-program", str(source), data_dir=data), "already exists", "use --force"
    )
    forced = run("import-program", str(source), "--force", data_dir=data)
    assert forced.returncode == 0
    assert json.loads(run("show", "my-walk", "--json", data_dir=data).stdout)["name"] == "Changed"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"<workout_file/>", "not valid JSON"),
        (b"\x00\x00binary", "binary file"),
        (b'{"version": 9, "name": "x", "main": []}', "newer WalkCoach"),
        (b"", "the file is empty"),
    ],
)
def test_import_malformed_file(data, tmp_path, content, fragment):
    source = tmp_path / "in.json"
    source.write_bytes(content)
    assert_user_error(run("import-program", str(source), data_dir=data), fragment)
    assert not (data / "programs").exists()


def test_import_builtin_id_refused(data, tmp_path):
    source = program_file(tmp_path / "walk.json", program_id="first-steps")
    assert_user_error(run("import-program", str(source), data_dir=data), "built-in program")


def test_import_missing_file(data, tmp_path):
    assert_user_error(
        run("import-program", str(tmp_path / "nope.json"), data_dir=data), "no such file"
    )


# -- argument parsing: the window's options alone, then the whole parser ------------------------


@pytest.mark.parametrize(
    "argv, expected",
    [
        ([], {"command": None, "program": None, "time_scale": 1.0, "start": False}),
        (
            ["--program", "show", "--time-scale", "2.5"],
            {"command": None, "program": "show", "time_scale": 2.5},
        ),
        (
            ["--data-dir", "D", "--start", "--smoke-test"],
            {"command": None, "data_dir": "D", "start": True, "smoke_test": True},
        ),
        (["--prog", "x", "--quit"], {"command": None, "program": "x", "quit_when_done": True}),
        (["programs", "--json"], {"command": "programs", "json": True}),
        (["--data-dir", "D", "history"], {"command": "history", "data_dir": "D"}),
        (
            ["show", "first-steps", "--data-dir", "D"],
            {"command": "show", "program": "first-steps", "data_dir": "D"},
        ),
        (
            ["--start", "muscles", "--direction", "forward", "--incline", "0"],
            {"command": "muscles", "start": True},
        ),
    ],
)
def test_window_options_and_sub_commands_parse_as_one_parser_would(argv, expected):
    from walkcoach.cli import main as cli

    fast = vars(cli.parse_args(argv))
    whole = vars(cli.build_parser().parse_args(argv))
    assert fast == whole  # the window-only shortcut never changes what is parsed
    for name, value in expected.items():
        assert fast[name] == value


@pytest.mark.parametrize(
    "argv",
    [["--bogus"], ["--program"], ["--time-scale", "fast"], ["--s"], ["nope"], ["export", "--all"]],
)
def test_argument_errors_are_the_whole_parsers(argv):
    from walkcoach.cli import main as cli

    with pytest.raises(cli.CliError) as fast:
        cli.parse_args(argv)
    with pytest.raises(cli.CliError) as whole:
        cli.build_parser().parse_args(argv)
    assert str(fast.value) == str(whole.value)


def test_help_still_lists_the_sub_commands(capsys):
    from walkcoach.cli import main as cli

    with pytest.raises(SystemExit) as exit_:
        cli.parse_args(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("programs", "show", "muscles", "import-program", "history", "export"):
        assert command in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--hci", "nonsense:1"], "is not an HCI transport bumble knows"),
        (["--hci", "tcp-client"], "is not an HCI transport bumble knows"),
        (["--treadmill", ""], "give a Bluetooth address"),
        (["--treadmill", "bad\nname"], "give a Bluetooth address"),
    ],
)
def test_treadmill_options_refuse_what_cannot_work_before_any_window(tmp_path, args, needle):
    result = run(*args, data_dir=tmp_path / "data", before=True)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_hci_names_bumble_opens_are_accepted():
    from walkcoach.devices.links import hci_problem

    for name in (
        "usb:0",
        "tcp-client:127.0.0.1:9001",
        "serial:/dev/ttyUSB0",
        "hci-socket:0",
        "vhci",
        "usb",
    ):
        assert hci_problem(name) == "", name
