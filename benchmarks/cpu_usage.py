"""CPU use of WalkCoach while it coaches a real-time session, next to an idle bare PySide6 window.

    .venv/bin/python benchmarks/cpu_usage.py [--seconds 60] [--platform xcb|offscreen]

Both run at the same time (same machine noise): ``python -m walkcoach --program <file> --start``
on the coach page and a bare QMainWindow. After a settling pause, utime+stime are read from
/proc/<pid>/stat at the start and end of the window; the share of one core is CPU s / wall s.
By default under a private Xvfb (real X11 painting) when Xvfb is installed, else offscreen.
Goal: under 2 % of one core.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# One private-X-server helper for tests and benchmarks alike.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "e2e"))

from common import (  # noqa: E402
    BARE_WINDOW_SCRIPT,
    PYTHON,
    alternating_program,
    proc_cpu_s,
    qt_env,
    verdict,
    write_program,
)
from xvfb import Xvfb  # noqa: E402

GOAL_PCT = 2.0
SETTLE_S = 8.0  # start-up, get-ready and the first segment's start are not "while running"


def measure(seconds: float, platform: str, no_sound: bool = False) -> tuple[float, float, str]:
    xvfb = Xvfb(display_no=120)
    display = None
    if platform == "xcb":
        try:
            display = xvfb.start()
        except (OSError, RuntimeError) as exc:  # not installed, or it would not start
            print(f"Xvfb is not available ({exc}); measuring offscreen", file=sys.stderr)
            platform = "offscreen"
    try:
        with tempfile.TemporaryDirectory(prefix="walkcoach-cpu-") as tmp:
            env = qt_env(platform, display, pycache=str(Path(tmp) / "pycache"))
            if no_sound:  # no sound server at all (see README.md, Performance and reliability, known limits)
                env["PULSE_SERVER"] = "unix:/nonexistent/walkcoach-no-sound-server"
            program = write_program(
                Path(tmp) / "cpu.json",
                # 30 s segments: several changes (cues, colour, body diagram) in the window.
                alternating_program(seconds + SETTLE_S + 60, 30.0),
                program_id="cpu-bench",
                name="CPU benchmark",
            )
            bare_script = Path(tmp) / "bare_window.py"
            bare_script.write_text(BARE_WINDOW_SCRIPT, encoding="utf-8")
            app_cmd = [
                PYTHON, "-m", "walkcoach", "--data-dir", str(Path(tmp) / "data"),
                "--program", str(program), "--start",
            ]  # fmt: skip
            bare_cmd = [PYTHON, str(bare_script), str(seconds + SETTLE_S + 30)]
            quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
            app = subprocess.Popen(app_cmd, **quiet)
            bare = subprocess.Popen(bare_cmd, **quiet)
            try:
                time.sleep(SETTLE_S)
                for process in (app, bare):
                    if process.poll() is not None:
                        raise RuntimeError(f"{process.args[:3]} exited early ({process.returncode})")
                t0 = time.monotonic()
                app0, bare0 = proc_cpu_s(app.pid), proc_cpu_s(bare.pid)
                time.sleep(seconds)
                app1, bare1 = proc_cpu_s(app.pid), proc_cpu_s(bare.pid)
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
    finally:
        xvfb.stop()
    return (app1 - app0) / wall_s * 100, (bare1 - bare0) / wall_s * 100, platform


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time (default 60)")
    parser.add_argument("--platform", choices=["xcb", "offscreen"], default="xcb")
    parser.add_argument("--no-sound", action="store_true", help="run with no sound server")
    args = parser.parse_args(argv)
    app_pct, bare_pct, platform = measure(args.seconds, args.platform, args.no_sound)
    print(f"CPU over {args.seconds:g} s of a running session ({platform}), share of one core:")
    print(f"  WalkCoach coach page  {app_pct:5.2f} %")
    print(f"  idle bare window      {bare_pct:5.2f} %")
    print(f"  goal: under {GOAL_PCT:g} %: {verdict(app_pct < GOAL_PCT)}")
    if app_pct > 50:
        print("  (a busy loop: see README.md, Performance and reliability, known limits, Qt's PulseAudio engine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
