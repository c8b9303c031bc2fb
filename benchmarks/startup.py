"""Start-up time and peak memory of WalkCoach next to a bare PySide6 window, in the same run.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--platform offscreen]

Time: from process start (the kernel's record) to the end of the event-loop pass that painted
the first frame of the main window, as printed by ``walkcoach --smoke-test``; the bare window
(QApplication + QMainWindow) prints the same figure the same way. Memory: ru_maxrss of each
child over its whole run. WalkCoach finishes its start-up after the first frame (history, sound,
body diagram), so it also prints its peak memory at the first frame (first_frame_maxrss_kb); both
are shown. Runs alternate app / bare so machine noise hits both alike; medians are reported.
Goals: at most 1.3x the bare window's time and 1.5x its memory.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    BARE_WINDOW_SCRIPT,
    PYTHON,
    median,
    qt_env,
    read_startup_ms,
    run_child,
    verdict,
)

TIME_GOAL_RATIO = 1.3
MEMORY_GOAL_RATIO = 1.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (at least 5; default 9)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen)")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5")

    app_ms: list[int] = []
    app_kb: list[int] = []
    app_first_kb: list[int] = []
    bare_ms: list[int] = []
    bare_kb: list[int] = []
    with tempfile.TemporaryDirectory(prefix="walkcoach-startup-") as tmp:
        env = qt_env(args.platform, pycache=str(Path(tmp) / "pycache"))
        bare_script = Path(tmp) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW_SCRIPT, encoding="utf-8")
        # One unmeasured run of each compiles the bytecode and fills the disk cache, as for a
        # user who has started the app before.
        for command in _commands(tmp, bare_script, 0):
            run_child(command, env)
        for run in range(1, args.runs + 1):
            app_cmd, bare_cmd = _commands(tmp, bare_script, run)
            # Alternate which goes first, so neither always runs on a warmer machine.
            order = [("app", app_cmd), ("bare", bare_cmd)]
            if run % 2 == 0:
                order.reverse()
            for name, command in order:
                result = run_child(command, env)
                if result.returncode != 0:
                    print(f"{name} run {run} failed (exit {result.returncode}):", file=sys.stderr)
                    print(result.stderr[-2000:], file=sys.stderr)
                    return 1
                startup = read_startup_ms(result)
                (app_ms if name == "app" else bare_ms).append(startup)
                (app_kb if name == "app" else bare_kb).append(result.maxrss_kb)
                if name == "app":
                    app_first_kb.append(_first_frame_kb(result.stdout))
            print(
                f"run {run}: app {app_ms[-1]} ms {app_kb[-1] / 1024:.1f} MiB "
                f"(first frame {app_first_kb[-1] / 1024:.1f}) | "
                f"bare {bare_ms[-1]} ms {bare_kb[-1] / 1024:.1f} MiB",
                flush=True,
            )

    t_app, t_bare = median(app_ms), median(bare_ms)
    m_app, m_bare = median(app_kb) / 1024, median(bare_kb) / 1024
    m_first = median(app_first_kb) / 1024
    time_ratio, memory_ratio = t_app / t_bare, m_app / m_bare
    print()
    print(f"Start-up to first painted window, median of {args.runs} ({args.platform}):")
    print(
        f"  WalkCoach   {t_app:7.0f} ms   peak memory {m_app:6.1f} MiB "
        f"(whole start-up; {m_first:.1f} MiB at the first frame)"
    )
    print(f"  bare window {t_bare:7.0f} ms   peak memory {m_bare:6.1f} MiB")
    print(
        f"  time   ratio {time_ratio:.2f}x (goal <= {TIME_GOAL_RATIO}x): "
        f"{verdict(time_ratio <= TIME_GOAL_RATIO)}"
    )
    print(
        f"  memory ratio {memory_ratio:.2f}x (goal <= {MEMORY_GOAL_RATIO}x): "
        f"{verdict(memory_ratio <= MEMORY_GOAL_RATIO)}"
    )
    if m_first > 0:
        print(
            f"  memory ratio at the first frame {m_first / m_bare:.2f}x "
            f"(goal <= {MEMORY_GOAL_RATIO}x): {verdict(m_first / m_bare <= MEMORY_GOAL_RATIO)}"
        )
    else:
        print("  memory at the first frame: not reported by this version of the app")
    return 0


def _first_frame_kb(stdout: str) -> int:
    for line in stdout.splitlines():
        if line.startswith("first_frame_maxrss_kb="):
            return int(line.split("=", 1)[1])
    return 0  # an app without the line: shown as 0


def _commands(tmp: str, bare_script: Path, run: int) -> tuple[list[str], list[str]]:
    # A fresh data folder each run: the first-run path (create folder, database, settings) is
    # what a new user sees, and no run profits from the previous one's files.
    data_dir = Path(tmp) / f"data-{run}"
    app = [PYTHON, "-m", "walkcoach", "--data-dir", str(data_dir), "--smoke-test"]
    bare = [PYTHON, str(bare_script)]
    return app, bare


if __name__ == "__main__":
    sys.exit(main())
