"""Issue 12, items 5-7: whatever is in the data folder, the app starts and says what it did.

5. A randomly damaged database: never a traceback, the GUI finishes starting, history rescued.
6. Special files (FIFO, /dev/zero) are refused at once, never read for ever or waited on.
7. Values that used to crash every start (huge integers, lone surrogates) are reported once.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from faultkit import run_walkcoach

from walkcoach.core.program import Program, ProgramError, Segment, load_program_file
from walkcoach.core.settings import load_settings, save_settings
from walkcoach.storage.db import open_database
from walkcoach.storage.writer import SessionWriter

PROGRAM = Program(
    id="r", name="R", main=(Segment("forward", 60, 4.0), Segment("backward", 60, 3.0))
)
BIG = "1" + "0" * 320  # past a float: math.isfinite(int) overflows
HUGER = "1" + "0" * 4400  # past Python's 4300-digit limit for int("...")


def _history(db_path, count: int) -> None:
    start = datetime(2026, 1, 1, 7, 0, tzinfo=UTC)
    for i in range(count):
        now = start + timedelta(hours=i)
        writer = SessionWriter(db_path, clock_wall=lambda now=now: now)
        writer.begin(PROGRAM, 70.0)
        writer.segment_ended(0, PROGRAM.main[0], 60)
        writer.segment_ended(1, PROGRAM.main[1], 60)
        writer.finish("completed", 120)
        writer.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _flip(db_path, seed: int, count: int = 50) -> None:
    data = bytearray(db_path.read_bytes())
    rng = random.Random(seed)
    for _ in range(count):
        data[rng.randrange(100, len(data))] = rng.randrange(256)
    db_path.write_bytes(bytes(data))


# -- 5 ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    path = tmp_path_factory.mktemp("healthy") / "history.sqlite3"
    _history(path, 80)
    return path.read_bytes()


@pytest.mark.parametrize("seed", range(24))
def test_fifty_random_bytes_flipped_still_open_and_keep_what_can_be_read(tmp_path, healthy, seed):
    db_path = tmp_path / "history.sqlite3"
    db_path.write_bytes(healthy)
    _flip(db_path, seed)
    damaged = db_path.read_bytes()
    conn, notices = open_database(db_path)  # never raises: damage is damage, whatever the error
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    finally:
        conn.close()
    moved = sorted(
        p for p in tmp_path.glob("history.sqlite3.corrupt-*") if p.suffix != ".sqlite3-wal"
    )
    if notices:  # it was damaged: kept aside byte for byte, the user told the count
        assert moved[0].read_bytes() == damaged
        assert f"{count} session" in notices[0] or "nothing in it could be read" in notices[0]
    else:  # the bytes fell on unused space
        assert count == 80


@pytest.mark.slow
@pytest.mark.parametrize("seed", [2, 7])  # seeds that gave UnicodeDecodeError
def test_the_app_and_the_cli_cope_with_a_randomly_damaged_database(tmp_path, healthy, seed):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    db_path = data / "history.sqlite3"
    db_path.write_bytes(healthy)
    _flip(db_path, seed)
    for command in (("history",), ("export", "--all", "--format", "json", "-o", "-")):
        result = run_walkcoach("--data-dir", str(data), *command, timeout=30)
        assert "Traceback" not in result.stderr, result.stderr[-2000:]
        assert result.returncode in (0, 2) and len(result.stderr.splitlines()) <= 1
    result = run_walkcoach("--data-dir", str(data), "--smoke-test", timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1].startswith("startup_ms=")
    assert not (data / "instance.lock").exists()
    result = run_walkcoach("--data-dir", str(data), "history", "--json", timeout=30)
    assert result.returncode == 0, result.stderr  # after the rescue the history reads cleanly


# -- 6 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("special", ["fifo", "dev-zero", "folder"])
def test_a_special_file_as_a_program_is_refused_at_once(tmp_path, special):
    path = tmp_path / "p.json"
    if special == "fifo":
        os.mkfifo(path)
    elif special == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    with pytest.raises(ProgramError, match="not a program file"):
        load_program_file(path)


@pytest.mark.parametrize("command", ["show", "--program"])
def test_the_cli_refuses_dev_zero_and_a_fifo_in_one_line(tmp_path, command):
    zero = tmp_path / "z.json"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "f.json"
    os.mkfifo(fifo)
    for path in (zero, fifo, "/dev/zero"):
        args = ("show", str(path)) if command == "show" else ("--program", str(path), "--start")
        result = run_walkcoach("--data-dir", str(tmp_path / "data"), *args, timeout=20)
        assert result.returncode == 2, result.stderr[-500:]
        assert result.stderr.count("\n") == 1 and "not a program file" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("where", ["programs/fifo.json", "settings.json", "history.sqlite3"])
def test_a_fifo_in_the_data_folder_never_hangs_the_start(tmp_path, where):
    data = tmp_path / "data"
    (data / "programs").mkdir(parents=True, mode=0o700)
    os.mkfifo(data / where)
    result = run_walkcoach("--data-dir", str(data), "--smoke-test", timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("startup_ms=")
    for command in (("programs",), ("history",)):
        result = run_walkcoach("--data-dir", str(data), *command, timeout=30)
        assert result.returncode in (0, 2) and "Traceback" not in result.stderr


def test_settings_that_are_a_fifo_or_a_device_give_the_defaults(tmp_path):
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    settings, warnings = load_settings(fifo)
    assert warnings and "pipe" in warnings[0]
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    settings, warnings = load_settings(zero, quarantine=False)
    assert warnings and "device" in warnings[0]


# -- 7 ------------------------------------------------------------------------------------------


def _program_text(duration: str) -> str:
    return (
        '{"format": "walkcoach-program", "version": 1, "id": "big", "name": "Big", '
        f'"main": [{{"kind": "forward", "duration_s": {duration}, "speed_kmh": 3}}]}}'
    )


@pytest.mark.parametrize("number", [BIG, HUGER, "-" + BIG])
def test_huge_integers_in_a_program_are_a_clear_error(tmp_path, number):
    path = tmp_path / "big.json"
    path.write_text(_program_text(number))
    with pytest.raises(ProgramError) as info:
        load_program_file(path)
    assert len(info.value.summary()) < 300


@pytest.mark.parametrize("number", [BIG, HUGER])
def test_huge_integers_in_settings_give_the_defaults(tmp_path, number):
    path = tmp_path / "settings.json"
    path.write_text(f'{{"version": 1, "weight_kg": {number}, "countdown_s": {number}}}')
    settings, warnings = load_settings(path)
    assert settings.weight_kg == 70.0 and len(warnings) == 1
    save_settings(settings, path)


def test_a_lone_surrogate_in_a_settings_key_is_reported_and_saving_works(tmp_path):
    path = tmp_path / "settings.json"
    original = b'{"version": 1, "\\ud800": 1, "weight_kg": 71}'
    path.write_bytes(original)
    settings, warnings = load_settings(path)
    assert settings.weight_kg == 71.0 and len(warnings) == 1
    save_settings(settings, path)  # used to raise UnicodeEncodeError at every close
    assert load_settings(path)[1] == []
    kept = [p for p in tmp_path.iterdir() if p.name != "settings.json"]
    assert [p.read_bytes() for p in kept] == [original]


@pytest.mark.slow
def test_the_app_starts_with_such_files_in_the_data_folder_and_sets_them_aside(tmp_path):
    data = tmp_path / "data"
    (data / "programs").mkdir(parents=True, mode=0o700)
    (data / "programs" / "big.json").write_text(_program_text(BIG))
    (data / "programs" / "huger.json").write_text(_program_text(HUGER))
    (data / "settings.json").write_bytes(b'{"version": 1, "\\udc00x": true}')
    first = run_walkcoach("--data-dir", str(data), "--smoke-test", timeout=60)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "Traceback" not in first.stderr
    assert first.stderr.count("set aside") == 2
    assert sorted(p.name.split(".unusable-")[0] for p in (data / "programs").iterdir()) == [
        "big.json",
        "huger.json",
    ]
    second = run_walkcoach("--data-dir", str(data), "--smoke-test", timeout=60)
    assert second.returncode == 0 and "set aside" not in second.stderr  # reported once
    json.loads((data / "settings.json").read_text())  # a clean file was written
