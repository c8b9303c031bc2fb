"""Issue 12, items 1-4: no session, settings value or file of the user's is ever lost.

1. A session that cannot reach the database goes to a recovery file and into history later.
2. One damaged index page does not hide the history: every readable session is rescued.
3. A settings file that was not fully understood is kept aside before it is replaced.
4. ``export -o`` never replaces a file unasked, never replaces a device or FIFO, and a write
   error is an error.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from datetime import UTC, datetime, timedelta

import pytest
from faultkit import run_walkcoach, sessions, write_program

from walkcoach import paths
from walkcoach.core.program import Program, Segment
from walkcoach.core.settings import load_settings, save_settings
from walkcoach.storage.db import open_database
from walkcoach.storage.schema import SCHEMA_VERSION
from walkcoach.storage.writer import SessionWriter

PROGRAM = Program(
    id="lost", name="Lost", main=(Segment("forward", 60, 4.0), Segment("backward", 60, 3.0))
)


def _set_version(db_path, version: int) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def _record_one(writer: SessionWriter) -> None:
    writer.begin(PROGRAM, 70.0)
    writer.segment_ended(0, PROGRAM.main[0], 60)
    writer.segment_ended(1, PROGRAM.main[1], 60)
    writer.finish("completed", 120)
    writer.close()


# -- 1. sessions recorded while history cannot be written ---------------------------------------


@pytest.mark.slow
def test_a_session_recorded_with_a_newer_database_reaches_history_after_a_downgrade(tmp_path):
    data = tmp_path / "data"
    assert run_walkcoach("--data-dir", str(data), "--smoke-test").returncode == 0
    db_path = data / "history.sqlite3"
    _set_version(db_path, 99)  # the user ran a newer WalkCoach, then came back to this one
    program = write_program(tmp_path / "p.json", 10, 2, program_id="downgrade")
    result = run_walkcoach(
        "--data-dir",
        str(data),
        "--program",
        str(program),
        "--start",
        "--time-scale",
        "30",
        "--quit-when-done",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    kept = list((data / "recovery").glob("unsaved-*.json"))
    assert len(kept) == 1, result.stderr[-2000:]
    # The close said where the session is kept.
    assert any(
        str(kept[0]) in line and "could not be saved" in line for line in result.stderr.splitlines()
    ), result.stderr[-2000:]
    _set_version(db_path, SCHEMA_VERSION)  # back to a version this WalkCoach can write
    result = run_walkcoach("--data-dir", str(data), "--smoke-test")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "added to the history" in result.stderr
    stored = sessions(db_path)
    assert [(s["program_id"], s["status"]) for s in stored] == [("downgrade", "completed")]
    assert [seg["actual_s"] for seg in stored[0]["segments"]] == [10.0, 10.0]
    assert not list((data / "recovery").glob("unsaved-*.json"))  # imported, so removed


def test_a_session_whose_database_path_is_a_folder_is_kept_and_imported(data_dir):
    db_path = paths.database_path()
    db_path.mkdir(parents=True)  # history.sqlite3 is a folder: no database can be opened
    writer = SessionWriter(db_path)
    _record_one(writer)
    assert writer.pending and writer.recovery_file is not None
    assert writer.recovery_file.parent == data_dir / "recovery"
    db_path.rmdir()  # the user tidied up
    from walkcoach.ui.app import _open_writer

    notices: list[str] = []
    _open_writer(notices).close()
    stored = sessions(db_path)
    assert len(stored) == 1 and len(stored[0]["segments"]) == 2
    assert any("added to the history" in n for n in notices), notices
    # Started again: nothing is imported twice.
    _open_writer([]).close()
    assert len(sessions(db_path)) == 1


def test_a_read_only_data_folder_keeps_the_session_in_the_cache_folder(
    data_dir, tmpfs_factory, monkeypatch
):
    disk = tmpfs_factory(1024)
    data = disk.path / "data"
    data.mkdir(mode=0o700)
    paths.init(data)
    monkeypatch.setenv("XDG_CACHE_HOME", str(disk.path.parent / f"{disk.path.name}-cache"))
    disk.remount("ro")
    writer = SessionWriter(paths.database_path())
    _record_one(writer)
    assert writer.pending
    kept = writer.recovery_file
    assert kept is not None and str(kept).startswith(os.environ["XDG_CACHE_HOME"]), kept
    assert json.loads(kept.read_text())["sessions"][0]["columns"]["program_id"] == "lost"
    disk.remount("rw")
    from walkcoach.ui.app import _open_writer

    _open_writer([]).close()
    stored = sessions(paths.database_path())
    assert [s["status"] for s in stored] == ["completed"]
    assert not kept.exists()


# -- 2. one damaged index page ------------------------------------------------------------------


def _history_of_six(db_path) -> None:
    start = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)
    for day in range(6):
        now = start + timedelta(days=day)
        _record_one(SessionWriter(db_path, clock_wall=lambda now=now: now))
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _damage_page_of(db_path, index_name: str) -> None:
    conn = sqlite3.connect(db_path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index_name,))
    root = page.fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db_path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 8)  # the b-tree page header: "btreeInitPage() returns error 11"


def test_one_damaged_index_page_keeps_every_session(tmp_path):
    db_path = tmp_path / "history.sqlite3"
    _history_of_six(db_path)
    _damage_page_of(db_path, "sessions_running")
    damaged = db_path.read_bytes()
    conn, notices = open_database(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 6
        assert conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 12
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    (moved,) = tmp_path.glob("history.sqlite3.corrupt-*[0-9]")
    assert moved.read_bytes() == damaged  # the original, byte for byte
    assert len(notices) == 1 and "6 sessions could be rescued" in notices[0]
    assert str(moved) in notices[0]


# -- 3. settings never overwritten before the original is kept ----------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"version": 2, "weight_kg": 82, "from_the_future": {"a": 1}}\n',  # a newer version
        b'{"version": 1, "weight_kg": 5000, "volume": 0.4}\n',  # a value out of range
    ],
    ids=["newer-version", "out-of-range"],
)
def test_a_settings_file_not_fully_understood_is_kept_before_it_is_replaced(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, warnings = load_settings(path)
    assert warnings
    save_settings(settings, path)  # what the app does at every close
    kept = [p for p in tmp_path.iterdir() if p.name != "settings.json"]
    assert [p.read_bytes() for p in kept] == [content]
    assert load_settings(path)[1] == []  # what was written is clean


def test_a_newer_settings_file_is_read_for_the_keys_known(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"version": 2, "weight_kg": 82, "theme": "light"}')
    settings, _ = load_settings(path)
    assert (settings.weight_kg, settings.theme) == (82.0, "light")


def test_a_dangling_settings_link_is_kept_not_replaced(tmp_path):
    path = tmp_path / "settings.json"
    path.symlink_to(tmp_path / "dotfiles" / "walkcoach.json")  # the user's own link, dangling
    settings, warnings = load_settings(path)
    assert warnings and "link" in warnings[0]
    save_settings(settings, path)
    links = [p for p in tmp_path.iterdir() if p.is_symlink()]
    assert len(links) == 1 and links[0].name.startswith("settings.json.")
    assert os.readlink(links[0]) == str(tmp_path / "dotfiles" / "walkcoach.json")
    assert not (tmp_path / "dotfiles").exists()  # nothing written through the link


def test_settings_are_never_written_through_a_link_out_of_the_data_folder(tmp_path):
    outside = tmp_path / "elsewhere.json"
    outside.write_text('{"version": 1, "weight_kg": 64}')
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").symlink_to(outside)
    settings, _ = load_settings(data / "settings.json")
    settings.weight_kg = 66.0
    save_settings(settings, data / "settings.json")
    assert outside.read_text() == '{"version": 1, "weight_kg": 64}'
    assert not (data / "settings.json").is_symlink()
    assert stat.S_IMODE((data / "settings.json").stat().st_mode) == 0o600


@pytest.mark.slow
def test_window_ini_as_a_link_leaves_its_target_alone(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    target = tmp_path / "precious.txt"
    target.write_text("my notes\n")
    (data / "window.ini").symlink_to(target)
    old_umask = os.umask(0)  # the worst umask: files would be 0666
    try:
        result = run_walkcoach("--data-dir", str(data), "--smoke-test")
    finally:
        os.umask(old_umask)
    assert result.returncode == 0, result.stderr[-2000:]
    assert target.read_text() == "my notes\n"
    window_ini = data / "window.ini"
    assert not window_ini.is_symlink() and b"geometry" in window_ini.read_bytes()
    assert stat.S_IMODE(window_ini.stat().st_mode) == 0o600


# -- 4. export -o ---------------------------------------------------------------------------------


@pytest.fixture
def history(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    _history_of_six(data / "history.sqlite3")
    return data


def test_export_over_an_existing_file_needs_force(history, tmp_path):
    target = tmp_path / "mine.csv"
    target.write_text("my spreadsheet\n")
    args = ("--data-dir", str(history), "export", "--all", "--format", "csv", "-o", str(target))
    result = run_walkcoach(*args)
    assert result.returncode == 2 and "--force" in result.stderr
    assert target.read_text() == "my spreadsheet\n"
    result = run_walkcoach(*args, "--force")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"\xef\xbb\xbfsession_id,")


def test_export_into_a_fifo_writes_it_in_place(history, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_walkcoach(
        "--data-dir",
        str(history),
        "export",
        "--all",
        "--format",
        "json",
        "-o",
        str(fifo),
        timeout=30,
    )
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the FIFO, not a file in its place
    assert len(json.loads(received[0])) == 6


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root (where the damage was seen)")
def test_export_to_a_full_device_is_an_error_and_the_device_stays(history, tmp_path):
    full = tmp_path / "full"
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # a private /dev/full
    result = run_walkcoach(
        "--data-dir", str(history), "export", "--all", "--format", "csv", "-o", str(full)
    )
    assert result.returncode == 2 and "No space left" in result.stderr, result.stderr
    assert "Exported" not in result.stdout
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_export_to_stdout_with_dash(history):
    result = run_walkcoach(
        "--data-dir", str(history), "export", "--all", "--format", "json", "-o", "-"
    )
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 6


def test_export_through_a_link_never_writes_its_target(history, tmp_path):
    target = tmp_path / "target.csv"
    target.write_text("kept\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = run_walkcoach(
        "--data-dir", str(history), "export", "--all", "--format", "csv", "-o", str(link)
    )
    assert result.returncode == 2 and target.read_text() == "kept\n"


def test_a_full_disk_during_a_fit_folder_export_leaves_nothing(history, tmpfs_factory):
    disk = tmpfs_factory(64)
    filler = disk.path / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:  # take every last block
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    out = disk.path / "exports"
    result = run_walkcoach(
        "--data-dir", str(history), "export", "--all", "--format", "fit", "-o", str(out)
    )
    assert result.returncode == 2 and "No space left" in result.stderr, result.stderr
    assert sorted(p.name for p in disk.path.iterdir()) == ["filler"]
