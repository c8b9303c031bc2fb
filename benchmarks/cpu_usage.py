"""CPU use of WalkCoach while it coaches a real-time session, next to an idle bare PySide6 window.

    .venv/bin/python benchmarks/cpu_usage.py [--seconds 60] [--platform xcb|offscreen]
                                             [--treadmill] [--heart-rate] [--devices]

Both run at the same time (same machine noise): ``python -m walkcoach --program <file> --start``
on the coach page and a bare QMainWindow. After a settling pause, utime+stime are read from
/proc/<pid>/stat at the start and end of the window, for the app and for its helper processes
(cue sounds, speech); the share of one core is CPU s / wall s, and the goal applies to the sum.
By default under a private Xvfb (real X11 painting) when Xvfb is installed, else offscreen, and
with a private PulseAudio server (null sink) when PulseAudio is installed, so the cues really
play; ``--no-sound`` runs with no sound server at all. Goal: under 2 % of one core; with
``--treadmill`` (the virtual treadmill linked and driven through the session), ``--heart-rate``
(the virtual strap linked) or ``--devices`` (both), under 2.5 %.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# One private-X-server helper for tests and benchmarks alike.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "e2e"))

from common import (
    BARE_WINDOW_SCRIPT,
    PYTHON,
    alternating_program,
    child_processes,
    proc_cpu_s,
    qt_env,
    verdict,
    write_program,
)
from pulse import PulseServer, PulseUnavailable
from xvfb import Xvfb

GOAL_PCT = 2.0
TREADMILL_GOAL_PCT = 2.5
SETTLE_S = 8.0  # start-up, get-ready and the first segment's start are not "while running"


def measure(
    seconds: float,
    platform: str,
    no_sound: bool = False,
    treadmill: bool = False,
    heart_rate: bool = False,
):
    """CPU % of one core: {part: %} for the app's processes, the bare window's, and a note on
    the platform and sound."""
    xvfb = Xvfb(display_no=120)
    display = None
    if platform == "xcb":
        try:
            display = xvfb.start()
        except (OSError, RuntimeError) as exc:  # not installed, or it would not start
            print(f"Xvfb is not available ({exc}); measuring offscreen", file=sys.stderr)
            platform = "offscreen"
    try:
        with contextlib.ExitStack() as stack:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="walkcoach-cpu-"))
            env = qt_env(platform, display, pycache=str(Path(tmp) / "pycache"))
            sound = "no sound server"
            if not no_sound:
                try:
                    server = stack.enter_context(PulseServer())
                    env.update(PULSE_RUNTIME_PATH=server.env["PULSE_RUNTIME_PATH"])
                    env.pop("PULSE_SERVER", None)
                    sound = "cues playing into a private PulseAudio null sink"
                except (PulseUnavailable, RuntimeError) as exc:
                    print(
                        f"PulseAudio is not available ({exc}); measuring without sound",
                        file=sys.stderr,
                    )
            if sound == "no sound server":
                env["PULSE_SERVER"] = "unix:/nonexistent/walkcoach-no-sound-server"
            parts, bare_pct = _run(seconds, env, Path(tmp), treadmill, heart_rate)
    finally:
        xvfb.stop()
    return parts, bare_pct, f"{platform}, {sound}"


def _run(
    seconds: float,
    env: dict[str, str],
    tmp: Path,
    treadmill: bool = False,
    heart_rate: bool = False,
) -> tuple[dict[str, float], float]:
    program = write_program(
        tmp / "cpu.json",
        # 30 s segments: several changes (cues, colour, body diagram) in the window.
        alternating_program(seconds + SETTLE_S + 60, 30.0),
        program_id="cpu-bench",
        name="CPU benchmark",
    )
    bare_script = tmp / "bare_window.py"
    bare_script.write_text(BARE_WINDOW_SCRIPT, encoding="utf-8")
    app_cmd = [
        PYTHON,
        "-m",
        "walkcoach",
        "--data-dir",
        str(tmp / "data"),
        "--program",
        str(program),
        "--start",
        *(["--treadmill", "virtual"] if treadmill else []),
        *(["--heart-rate", "virtual"] if heart_rate else []),
    ]
    bare_cmd = [PYTHON, str(bare_script), str(seconds + SETTLE_S + 30)]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    app = subprocess.Popen(app_cmd, **quiet)
    bare = subprocess.Popen(bare_cmd, **quiet)
    try:
        time.sleep(SETTLE_S)
        for process in (app, bare):
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[:3]} exited early ({process.returncode})")
        pids = {"window": app.pid}
        for pid, command in child_processes(app.pid).items():
            name = (
                command.rsplit("walkcoach.", 1)[-1].split()[0]
                if "walkcoach." in command
                else command[:40]
            )
            pids[name] = pid
        t0 = time.monotonic()
        before = {name: proc_cpu_s(pid) for name, pid in pids.items()}
        bare0 = proc_cpu_s(bare.pid)
        time.sleep(seconds)
        after = {name: proc_cpu_s(pid) for name, pid in pids.items()}
        bare1 = proc_cpu_s(bare.pid)
        wall_s = time.monotonic() - t0
    finally:
        for process in (app, bare):
            process.terminate()
        for process in (app, bare):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    parts = {name: (after[name] - before[name]) / wall_s * 100 for name in pids}
    return parts, (bare1 - bare0) / wall_s * 100


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time (default 60)")
    parser.add_argument("--platform", choices=["xcb", "offscreen"], default="xcb")
    parser.add_argument("--no-sound", action="store_true", help="run with no sound server")
    parser.add_argument("--treadmill", action="store_true", help="link the virtual treadmill")
    parser.add_argument("--heart-rate", action="store_true", help="link the virtual strap")
    parser.add_argument("--devices", action="store_true", help="link both virtual devices")
    args = parser.parse_args(argv)
    treadmill = args.treadmill or args.devices
    heart_rate = args.heart_rate or args.devices
    parts, bare_pct, setting = measure(
        args.seconds, args.platform, args.no_sound, treadmill, heart_rate
    )
    goal_pct = TREADMILL_GOAL_PCT if treadmill or heart_rate else GOAL_PCT
    linked = [name for name, on in (("treadmill", treadmill), ("strap", heart_rate)) if on]
    if linked:
        setting += f", the virtual {' and '.join(linked)} linked"
    total_pct = sum(parts.values())
    print(f"CPU over {args.seconds:g} s of a running session ({setting}), share of one core:")
    for name, pct in parts.items():
        print(f"  WalkCoach {name:22s} {pct:5.2f} %")
    print(f"  WalkCoach, all processes       {total_pct:5.2f} %")
    print(f"  idle bare window               {bare_pct:5.2f} %")
    print(f"  goal: under {goal_pct:g} %: {verdict(total_pct < goal_pct)}")
    if total_pct > 50:
        print("  (a busy loop: see docs/performance.md, known limits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
