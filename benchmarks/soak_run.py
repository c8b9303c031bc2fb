"""The soak's run: the whole app under a private Xvfb with a private PulseAudio null sink,
looked at in /proc at a steady pace until it quits by itself.

Qt's own messages are told apart from the rest of stderr by QT_MESSAGE_PATTERN (Qt's switch for
the form of every qDebug/qWarning line): each starts with ``QTMSG <type>``.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))  # the tests' Xvfb and PulseAudio helpers

from pulse import PulseServer  # noqa: E402
from soak_program import write_soak_program  # noqa: E402
from soak_sampler import ProcessSample, sample  # noqa: E402
from xvfb import Xvfb  # noqa: E402

QT_MESSAGE_PATTERN = "QTMSG %{type} %{category}: %{message}"
STDERR_FLOOD_BYTES = 20_000_000  # a spinning event loop writes this in seconds: stop there
SETTINGS = {"version": 1, "first_run_done": True, "safety_check_seen": True, "age_years": 45}


@dataclass
class RunResult:
    session_minutes: float
    time_scale: float
    returncode: int | None  # None: killed (it overran or flooded stderr)
    wall_s: float
    samples: list[ProcessSample]
    stderr: str
    data_dir: Path
    event_log: Path
    program: Path
    display: str
    problems: list[str] = field(default_factory=list)


def app_command(data_dir: Path, program: Path, time_scale: float, event_log: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "walkcoach",
        "--data-dir",
        str(data_dir),
        "--program",
        str(program),
        "--start",
        "--time-scale",
        f"{time_scale:g}",
        "--quit-when-done",
        "--event-log",
        str(event_log),
        "--treadmill",
        "virtual",
        "--heart-rate",
        "virtual",
    ]


def _app_env(display: Xvfb, server: PulseServer) -> dict[str, str]:
    env = display.env()
    env["PULSE_RUNTIME_PATH"] = server.env["PULSE_RUNTIME_PATH"]
    env.pop("PULSE_SERVER", None)
    env["QT_SPEECH_ENGINE"] = "mock"  # the words go through Qt's speech API, no daemon needed
    env["QT_MESSAGE_PATTERN"] = QT_MESSAGE_PATTERN
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def run_soak(
    work_dir: Path,
    session_minutes: float,
    time_scale: float,
    sample_every_s: float,
    *,
    progress: bool = False,
) -> RunResult:
    """Plays the soak program to its end in a fresh data folder under ``work_dir``."""
    data_dir = work_dir / "data"
    data_dir.mkdir(mode=0o700)
    (data_dir / "settings.json").write_text(json.dumps(SETTINGS), encoding="utf-8")
    program = write_soak_program(work_dir / "soak-program.json", session_minutes)
    event_log = work_dir / "events.jsonl"
    stderr_path = work_dir / "stderr.txt"
    expected_wall_s = session_minutes * 60 / time_scale
    timeout_s = expected_wall_s * 1.5 + 180
    samples: list[ProcessSample] = []
    problems: list[str] = []
    display = Xvfb(display_no=140)
    with display as display_name, PulseServer() as server:
        env = _app_env(display, server)
        with stderr_path.open("w") as stderr:  # a file: a flood must not fill a pipe
            started_s = time.monotonic()
            app = subprocess.Popen(
                app_command(data_dir, program, time_scale, event_log),
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=env,
                cwd=work_dir,
            )
            next_look_s = started_s
            try:
                while app.poll() is None:
                    now_s = time.monotonic()
                    if now_s >= next_look_s:
                        # OSError: it ended between poll() and the look.
                        with contextlib.suppress(OSError):
                            samples.append(sample(app.pid, now_s - started_s))
                        next_look_s += sample_every_s
                        if progress:
                            _report(samples[-1], expected_wall_s)
                    if stderr_path.stat().st_size > STDERR_FLOOD_BYTES:
                        problems.append("stderr flooded (a spinning event loop?): stopped")
                        break
                    if now_s - started_s > timeout_s:
                        problems.append(f"still running after {timeout_s:.0f} s: stopped")
                        break
                    time.sleep(min(0.2, max(0.0, next_look_s - time.monotonic())))
            finally:
                if app.poll() is None:
                    app.kill()
                    app.wait()
                    returncode = None
                else:
                    returncode = app.returncode
            wall_s = time.monotonic() - started_s
    with stderr_path.open("rb") as stderr_file:
        stderr_text = stderr_file.read(200_000).decode(errors="replace")
    return RunResult(
        session_minutes=session_minutes,
        time_scale=time_scale,
        returncode=returncode,
        wall_s=wall_s,
        samples=samples,
        stderr=stderr_text,
        data_dir=data_dir,
        event_log=event_log,
        program=program,
        display=display_name,
        problems=problems,
    )


def _report(look: ProcessSample, expected_wall_s: float) -> None:
    print(
        f"  [{look.wall_s / 60:5.1f} of ~{expected_wall_s / 60:.0f} min] "
        f"RSS {look.rss_kib / 1024:6.1f} MiB (+{look.children_rss_kib / 1024:.1f} children), "
        f"CPU {look.cpu_s:6.1f} s, fds {look.fds}",
        file=sys.stderr,
        flush=True,
    )
