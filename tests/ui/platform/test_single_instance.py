"""Single instance per data folder, tested with real processes, a real lock file and real sockets."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from io import StringIO
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QMainWindow

from walkcoach import paths
from walkcoach.system.instance_probe import server_name_for
from walkcoach.ui.platform.single_instance import (
    EXIT_HANDED_OVER,
    EXIT_NOT_RESPONDING,
    LOCK_FILE_NAME,
    SingleInstance,
    raise_window,
)

REPO = Path(__file__).resolve().parents[3]

# A tiny program that behaves like the GUI start-up: take the lock or hand over to the holder.
HELPER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from walkcoach.ui.platform.single_instance import SingleInstance

    data_dir, status = Path(sys.argv[1]), Path(sys.argv[2])
    app = QCoreApplication([])
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        sys.exit(instance.hand_over())

    def on_raise():
        with status.open("a") as f:
            f.write("raise-requested\\n")

    instance.activation_requested.connect(on_raise)
    with status.open("a") as f:
        f.write("acquired\\n")
    app.exec()
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _wait_for_line(status: Path, line: str, proc: subprocess.Popen, timeout_s: float = 30) -> None:
    """Poll the helper's status file (a real process: there is no clock to fake here)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if status.exists() and line in status.read_text().splitlines():
            return
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"helper exited {proc.returncode} before {line!r}: {out}{err}")
        time.sleep(0.05)
    raise AssertionError(f"no {line!r} within {timeout_s} s")


@pytest.fixture
def helper(tmp_path):
    script = tmp_path / "instance_helper.py"
    script.write_text(HELPER)
    started: list[subprocess.Popen] = []
    folders: set[Path] = set()

    def start(data_dir: Path, status: Path) -> subprocess.Popen:
        folders.add(data_dir)
        proc = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(status)],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(proc)
        return proc

    def run(data_dir: Path, status: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(script), str(data_dir), str(status)],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )

    yield start, run
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    for folder in folders:  # killed helpers leave their socket file in the temp folder
        QLocalServer.removeServer(server_name_for(folder))


@pytest.mark.slow
def test_second_start_raises_the_first_and_a_killed_holder_never_blocks(helper, tmp_path):
    start, run = helper
    data_dir = tmp_path / "data"

    first_status = tmp_path / "first.txt"
    first = start(data_dir, first_status)
    _wait_for_line(first_status, "acquired", first)
    assert (data_dir / LOCK_FILE_NAME).is_file()

    second = run(data_dir, tmp_path / "second.txt")
    assert second.returncode == EXIT_HANDED_OVER, second.stderr
    assert "already running" in second.stdout
    assert str(data_dir.resolve()) in second.stdout
    assert not (tmp_path / "second.txt").exists()  # it never acquired
    _wait_for_line(first_status, "raise-requested", first)

    # A crash leaves the lock file (and the socket file) behind: the next start must take over.
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert (data_dir / LOCK_FILE_NAME).is_file()

    third_status = tmp_path / "third.txt"
    third = start(data_dir, third_status)
    _wait_for_line(third_status, "acquired", third)

    # ... and the new holder is the one a later start talks to.
    fourth = run(data_dir, tmp_path / "fourth.txt")
    assert fourth.returncode == EXIT_HANDED_OVER, fourth.stderr
    _wait_for_line(third_status, "raise-requested", third)


@pytest.mark.slow
def test_other_data_folder_runs_its_own_instance(helper, tmp_path):
    start, _run = helper
    first_status, other_status = tmp_path / "a.txt", tmp_path / "b.txt"
    first = start(tmp_path / "data-a", first_status)
    _wait_for_line(first_status, "acquired", first)
    other = start(tmp_path / "data-b", other_status)
    _wait_for_line(other_status, "acquired", other)


def test_activation_signal_and_acknowledgement_in_process(qtbot, tmp_path):
    instance = SingleInstance(tmp_path / "data")
    assert instance.acquire()
    assert instance.is_listening
    script = tmp_path / "instance_helper.py"
    script.write_text(HELPER)
    with qtbot.waitSignal(instance.activation_requested, timeout=30_000):
        sender = subprocess.Popen(
            [sys.executable, str(script), str(tmp_path / "data"), str(tmp_path / "s.txt")],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    # The acknowledgement goes out from our event loop; keep it running until the sender is done.
    qtbot.waitUntil(lambda: sender.poll() is not None, timeout=30_000)
    out, err = sender.communicate()
    assert sender.returncode == EXIT_HANDED_OVER, err
    assert "brought to the front" in out
    instance.release()


def test_second_acquire_in_same_folder_fails_until_release(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "data")
    second = SingleInstance(tmp_path / "data")
    assert first.acquire()
    assert first.acquire()  # idempotent for the holder
    assert not second.acquire()
    assert second.owner_pid() == os.getpid()
    first.release()
    assert not (tmp_path / "data" / LOCK_FILE_NAME).exists()
    assert second.acquire()
    second.release()
    first.release()  # a second release is harmless


def test_lock_lives_where_paths_says(qtbot, data_dir):
    instance = SingleInstance(data_dir)
    assert instance.lock_path == paths.lock_path()
    assert instance.acquire()
    assert paths.lock_path().is_file()
    # The data folder is created private to the user.
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    instance.release()


def test_hand_over_reports_a_holder_that_does_not_answer(qtbot, tmp_path):
    holder = SingleInstance(tmp_path / "data")
    assert holder.acquire()
    # Simulate a frozen holder: the lock is held but nobody listens any more.
    holder._server.close()  # private on purpose: the test needs the half-dead state
    later = SingleInstance(tmp_path / "data")
    assert not later.acquire()
    out = StringIO()
    assert later.hand_over(out, timeout_ms=500) == EXIT_NOT_RESPONDING
    message = out.getvalue()
    assert f"process {os.getpid()}" in message
    assert str(tmp_path / "data" / LOCK_FILE_NAME) in message
    holder.release()


def test_server_name_is_stable_and_distinct_per_folder(tmp_path):
    a = server_name_for(tmp_path / "a")
    assert a == server_name_for(tmp_path / "x" / ".." / "a")
    assert a != server_name_for(tmp_path / "b")
    assert a.startswith("walkcoach-")
    assert len(a) < 60  # socket paths are limited to ~100 bytes on Linux


def test_server_name_is_the_sha256_of_the_folder(tmp_path):
    import hashlib

    # The same name in every version: other WalkCoach processes find the window by it.
    digest = hashlib.sha256(str((tmp_path / "a").resolve()).encode()).hexdigest()[:16]
    assert server_name_for(tmp_path / "a").endswith("-" + digest)


def test_raise_window_restores_a_minimised_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    raise_window(window)
    assert not window.isMinimized()
    assert window.isVisible()
    hidden = QMainWindow()
    qtbot.addWidget(hidden)
    raise_window(hidden)
    assert hidden.isVisible()


@pytest.mark.slow
@pytest.mark.parametrize("command", [["programs", "--json"], ["history", "--json"]])
def test_read_only_commands_work_while_the_gui_holds_the_lock(helper, tmp_path, command):
    module = "walkcoach.cli.programs" if command[0] == "programs" else "walkcoach.cli.history"
    pytest.importorskip(module, reason=f"{module} not written yet")
    start, _run = helper
    data_dir = tmp_path / "data"
    status = tmp_path / "holder.txt"
    holder = start(data_dir, status)
    _wait_for_line(status, "acquired", holder)
    result = subprocess.run(
        [sys.executable, "-m", "walkcoach", *command, "--data-dir", str(data_dir)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "already running" not in result.stdout + result.stderr
    assert holder.poll() is None  # the GUI stand-in kept its lock and kept running
