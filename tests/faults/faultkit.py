"""Fault-test kit: the real app in a child process, program files, the database, a private tmpfs."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# No sound server for the app under test: these tests are about storage and time, and their
# outcome must not depend on whether this machine runs one (sound with a real server is
# tests/e2e/test_app_with_sound.py; no sound at all is itself one of the faults checked here).
NO_SOUND_SERVER = "unix:/nonexistent/walkcoach-no-sound-server"


# The user's cache folder of the app under test (where unsaved sessions go when the data folder
# cannot be written): one private folder for this test run, never the real ~/.cache.
CACHE_HOME = tempfile.mkdtemp(prefix="walkcoach-fault-cache-")


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SPEECH_ENGINE="mock")
    env["PULSE_SERVER"] = NO_SOUND_SERVER
    env["XDG_CACHE_HOME"] = CACHE_HOME
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def walkcoach_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "walkcoach", *args]


def run_walkcoach(
    *args: str, timeout: float = 120, strace_to: str | None = None, **env: str
) -> subprocess.CompletedProcess:
    """Run the app to the end; ``strace_to``: record every connect() of it and its children."""
    command = walkcoach_command(*args)
    if strace_to:
        command = ["strace", "-f", "-qq", "-e", "trace=connect", "-o", strace_to, *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=app_env(**env),
        cwd=ROOT,
    )


def write_program(path: Path, segment_s: float, count: int, program_id: str = "fault") -> Path:
    """Alternating fast and slow forward segments, ``count`` of ``segment_s`` seconds (one
    direction: a change of direction would bring in the turns the coach adds, and these tests
    are about storage, not turning)."""
    main = []
    for i in range(count):
        if i % 2:
            main.append({"kind": "forward", "duration_s": segment_s, "speed_kmh": 3.0})
        else:
            main.append({"kind": "forward", "duration_s": segment_s, "speed_kmh": 4.5})
    data = {
        "format": "walkcoach-program",
        "version": 1,
        "id": program_id,
        "name": program_id,
        "main": main,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def read_log(path: Path) -> list[dict]:
    """The --event-log lines written so far (a partly written last line is left out)."""
    if not path.exists():
        return []
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(ValueError):
            lines.append(json.loads(line))
    return lines


def sessions(db_path: Path) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
        result = []
        for row in rows:
            session = dict(row)
            session["segments"] = [
                dict(s)
                for s in conn.execute(
                    "SELECT * FROM segments WHERE session_id = ? ORDER BY position", (row["id"],)
                )
            ]
            result.append(session)
        return result
    finally:
        conn.close()


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


class Tmpfs:
    """A private tmpfs of a fixed size: a real small disk (ENOSPC) and a real read-only folder
    (remount ro: EROFS, which even root cannot write through)."""

    def __init__(self, size_kb: int) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="walkcoach-tmpfs-"))
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(self.path)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            self.path.rmdir()
            raise OSError(result.stderr.strip() or "mount failed")

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)

    def free_kb(self) -> int:
        stat = os.statvfs(self.path)
        return stat.f_bavail * stat.f_frsize // 1024

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)
        with contextlib.suppress(OSError):
            self.path.rmdir()
