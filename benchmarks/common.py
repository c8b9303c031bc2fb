"""Shared helpers for the benchmarks: child processes, a bare PySide6 baseline, statistics.

Every benchmark measures WalkCoach next to a bare PySide6 window in the same run, because this
kind of machine is noisy: the ratio to the baseline means more than the raw figure.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CLK_TCK = os.sysconf("SC_CLK_TCK")

# A bare window measured exactly like the app: QApplication + QMainWindow shown, and the time
# from process start (the kernel's record, as walkcoach/ui/platform/startup_probes.py's
# startup_ms reads it) to the end of the event-loop pass that painted the first frame. With
# --idle-s it stays open that long instead.
BARE_WINDOW_SCRIPT = r"""
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def startup_ms():
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    start_s = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return round((time.clock_gettime(time.CLOCK_BOOTTIME) - start_s) * 1000)

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.report)
    def report(self):
        print(f"startup_ms={startup_ms()}", flush=True)
        if IDLE_S <= 0:
            app.exit(0)

IDLE_S = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
app = QApplication(sys.argv[:1])
window = Window()
window.setWindowTitle("bare")
window.resize(1024, 640)
window.show()
if IDLE_S > 0:
    QTimer.singleShot(int(IDLE_S * 1000), app.quit)
sys.exit(app.exec())
"""


@dataclass
class ChildResult:
    """What a finished child process printed and used."""

    returncode: int
    stdout: str
    stderr: str
    maxrss_kb: int  # peak resident memory (ru_maxrss, KiB on Linux)
    cpu_s: float  # user + system CPU seconds
    wall_s: float


def qt_env(
    platform: str = "offscreen", display: str | None = None, pycache: str | None = None
) -> dict[str, str]:
    """Environment for a measured child. ``pycache``: a folder for compiled bytecode, so the
    children run from .pyc files as an installed app does (pip compiles them at install time)
    even where PYTHONDONTWRITEBYTECODE is set, without writing into the checkout."""
    env = dict(os.environ)
    if pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    env["QT_QPA_PLATFORM"] = platform
    env.setdefault("QT_SPEECH_ENGINE", "mock")  # no speech daemon needed to measure the app
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if display:
        env["DISPLAY"] = display
    return env


def run_child(command: Sequence[str], env: dict[str, str], timeout_s: float = 120.0) -> ChildResult:
    """Run ``command`` to the end and read its resource use with wait4 (this child only)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT)
        deadline = time.monotonic() + timeout_s
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.005)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall_s = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return ChildResult(
            returncode=process.returncode,
            stdout=out.read(),
            stderr=err.read(),
            maxrss_kb=usage.ru_maxrss,
            cpu_s=usage.ru_utime + usage.ru_stime,
            wall_s=wall_s,
        )


def read_startup_ms(result: ChildResult) -> int:
    for line in reversed(result.stdout.splitlines()):
        if line.startswith("startup_ms="):
            return int(line.split("=", 1)[1])
    raise RuntimeError(
        f"no startup_ms line (exit {result.returncode}); stderr ends: {result.stderr[-800:]}"
    )


def proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds a live process has used (from /proc/<pid>/stat)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14, 15)


def child_processes(pid: int) -> dict[int, str]:
    """The live children of ``pid``: pid -> command line (e.g. the sound and speech helpers)."""
    children: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:  # field 4: ppid
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                children[int(entry.name)] = cmdline.strip()
        except (OSError, IndexError, ValueError):
            continue  # ended while we looked
    return children


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 100 values is the 95th smallest)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def verdict(ok: bool) -> str:
    return "meets the goal" if ok else "MISSES the goal"


def write_program(
    path: Path, segments: list[dict], program_id: str = "bench", name: str = ""
) -> Path:
    """A WalkCoach program file (format of walkcoach.core.program) with these main segments."""
    data = {
        "format": "walkcoach-program",
        "version": 1,
        "id": program_id,
        "name": name or program_id,
        "main": segments,
    }
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def alternating_program(total_s: float, segment_s: float) -> list[dict]:
    """Forward and backward segments of ``segment_s`` each, ``total_s`` in all."""
    count = max(1, round(total_s / segment_s))
    segments = []
    for i in range(count):
        if i % 2:
            segments.append(
                {"kind": "backward", "duration_s": segment_s, "speed_kmh": 3.0, "incline_pct": 5}
            )
        else:
            segments.append({"kind": "forward", "duration_s": segment_s, "speed_kmh": 4.5})
    return segments
