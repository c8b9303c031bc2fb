"""Fuzzed program files: whatever is in the file, the answer is a ProgramError with a message.

Three hypothesis tests, 2,400 cases in all: random JSON structures, mutated real programs (the
right shape with wrong parts), and random bytes in a file. Never another exception, never a
traceback; the CLI turns a few of them into one line and exit status 2.
"""

from __future__ import annotations

import json
import math
import random
import tempfile
from pathlib import Path

import pytest
from faultkit import run_walkcoach
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from walkcoach.core.program import Program, ProgramError, load_program_file, loads_program

CASES_PER_TEST = 800
FUZZ = settings(
    max_examples=CASES_PER_TEST,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)

VALID = {
    "format": "walkcoach-program",
    "version": 1,
    "id": "fuzz",
    "name": "Fuzz",
    "warmup": [{"kind": "forward", "duration_s": 60, "speed_kmh": 4.0}],
    "main": [
        {
            "repeat": 3,
            "segments": [
                {"kind": "backward", "duration_s": 90, "speed_kmh": 2.5, "incline_pct": 5},
                {"kind": "rest", "duration_s": 30},
            ],
        },
        {"kind": "station", "duration_s": 60, "label": "Lunges", "until_confirmed": True},
    ],
    "cooldown": [{"kind": "forward", "duration_s": 60, "speed_kmh": 3.5}],
}


def _paths(value, prefix=()):
    """Every place (key path) in a JSON value."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


PLACES = list(_paths(VALID))


@st.composite
def mutated_programs(draw):
    """A real program with 1-4 places replaced by random JSON or removed."""
    data = json.loads(json.dumps(VALID))
    for _ in range(draw(st.integers(1, 4))):
        place = draw(st.sampled_from(PLACES))
        if not place:
            return draw(json_values)
        parent = data
        try:
            for key in place[:-1]:
                parent = parent[key]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(place[-1], None)
            else:
                parent[place[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation changed the shape above this place
    return data


def _check(load) -> None:
    try:
        program = load()
    except ProgramError as exc:
        assert exc.problems, "a ProgramError must say what is wrong"
        assert all(isinstance(p.message, str) and p.message.strip() for p in exc.problems)
        summary = exc.summary()
        assert summary.strip() and "\n" not in summary and "Traceback" not in summary
    else:  # the fuzzer found a valid program: it must really be one
        assert isinstance(program, Program)
        assert math.isfinite(program.total_s) and program.total_s > 0
        assert program.planned_segments()


@FUZZ
@given(json_values)
def test_random_json_structures_are_a_program_or_a_clear_error(value):
    text = json.dumps(value, allow_nan=True)
    _check(lambda: loads_program(text, source="fuzz.json"))


@FUZZ
@given(mutated_programs())
def test_mutated_programs_are_a_program_or_a_clear_error(data):
    text = json.dumps(data, allow_nan=True)
    _check(lambda: loads_program(text, source="fuzz.json"))


_FOLDER = Path(tempfile.mkdtemp(prefix="walkcoach-fuzz-"))


@FUZZ
@given(
    st.binary(max_size=600)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8"))
    | mutated_programs().map(lambda d: json.dumps(d, allow_nan=True).encode("utf-8")[:400])
)
def test_random_bytes_in_a_file_are_a_program_or_a_clear_error(content):
    path = _FOLDER / "fuzz.json"
    path.write_bytes(content)
    _check(lambda: load_program_file(path))


def _garbage_files(folder: Path) -> list[Path]:
    rng = random.Random(2024)
    contents = [
        bytes(rng.randrange(256) for _ in range(300)),  # binary noise
        b'{"format": "walkcoach-program", "version": 1, "main": [{"kind": "sideways"}]}',
        json.dumps({**VALID, "main": [{"repeat": 1e400, "segments": []}]}).encode(),
        b"\xef\xbb\xbf" + b"[" * 100_000,  # BOM, then nesting beyond any parser's limit
        '{"name": "caf\u00e9", '.encode("latin-1"),  # truncated, not UTF-8
    ]
    paths = []
    for index, content in enumerate(contents):
        path = folder / f"garbage-{index}.json"
        path.write_bytes(content)
        paths.append(path)
    return paths


@pytest.mark.slow
@pytest.mark.parametrize("command", ["show", "import-program", "--program"])
def test_cli_gives_one_line_and_exit_2_for_garbage_files(tmp_path, command):
    for path in _garbage_files(tmp_path):
        if command == "--program":
            args = ("--data-dir", str(tmp_path / "data"), "--program", str(path), "--start")
        else:
            args = ("--data-dir", str(tmp_path / "data"), command, str(path))
        result = run_walkcoach(*args, timeout=60)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2, (path.name, result.stderr[-1000:])
        assert len(lines) == 1 and lines[0].startswith("walkcoach: error:"), result.stderr
        assert "Traceback" not in result.stderr and str(path) in lines[0]


# -- issue 12: special files, huge integers, lone surrogates, long path parts -------------------

odd_scalars = (
    st.integers(310, 330).map(lambda digits: int("9" * digits))  # past a float
    | st.sampled_from(["\ud800", "a\udfffb", "\udc80" * 3])  # lone surrogates
    | st.integers(-(10**400), 10**400)
)


@FUZZ
@given(mutated_programs(), st.lists(st.sampled_from(PLACES), max_size=3), st.data())
def test_programs_with_huge_integers_and_surrogates_are_a_program_or_a_clear_error(
    data, places, draw
):
    for place in places:
        parent = data
        try:
            for key in place[:-1]:
                parent = parent[key]
            parent[place[-1]] = draw.draw(odd_scalars)
        except (KeyError, IndexError, TypeError):
            continue
    text = json.dumps(data, allow_nan=True)  # ensure_ascii: surrogates written as \\udXXX
    _check(lambda: loads_program(text, source="fuzz.json"))


@pytest.mark.parametrize("digits", [309, 310, 4300, 4301, 5000])
def test_integers_of_any_length_in_any_number_field(digits):
    number = "7" * digits
    for field_name in ("duration_s", "speed_kmh", "incline_pct", "cadence_spm"):
        segment = {"kind": "forward", "duration_s": 60, "speed_kmh": 4}
        text = json.dumps({**VALID, "main": [segment]}).replace(
            f'"{field_name}": 60' if field_name == "duration_s" else '"kind": "forward"',
            f'"{field_name}": {number}'
            if field_name == "duration_s"
            else f'"kind": "forward", "{field_name}": {number}',
        )
        _check(lambda text=text: loads_program(text, source="fuzz.json"))


def test_special_files_and_long_names_are_a_clear_error(tmp_path):
    import os
    import socket

    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    sock_path = tmp_path / "sock.json"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    try:
        for path in (
            fifo,
            link,
            sock_path,
            Path("/dev/null"),
            tmp_path,
            tmp_path / ("x" * 300 + ".json"),
            tmp_path / ("y" * 200) / ("z" * 200),
        ):
            _check(lambda path=path: load_program_file(path))
            with pytest.raises(ProgramError):
                load_program_file(path)
    finally:
        sock.close()
