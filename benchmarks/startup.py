"""Start-up time and peak memory of WalkCoach next to a bare PySide6 window, in the same run.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--platform offscreen]

Time: from process start (the kernel's record) to the end of the event-loop pass that painted
the first frame of the main window, as printed by ``walkcoach --smoke-test``; the bare window
(QApplication + QMainWindow) prints the same figure the same way. Memory: ru_maxrss of each
child over its whole run. WalkCoach finishes its start-up after the first frame (history, sound,
body diagram), so it also prints its peak memory at the first frame (first_frame_maxrss_kb); both
are shown. Runs alternate app / bare so machine noise hits both alike; medians are reported.
Guard (issue 13 on): at most 1.6x the bare window's time and memory. The whole smoke-test
process by the clock (start to exit, the deferred start-up included) is shown next to the bare
window's whole run; goal: under 0.5 s here.

Then one more run of each under ``python -X importtime`` shows what the device layer (Bluetooth:
walkcoach.devices, bleak, bumble, dbus) and the translations (walkcoach.ui.i18n and what it
imports) add to start-up with no device set and the language English: goal, nothing measurable
(no device module imported at all; the translation code's imports under 1 % of the bare
window's start-up).
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

TIME_GOAL_RATIO = 1.6
MEMORY_GOAL_RATIO = 1.6
WHOLE_PROCESS_GOAL_S = 0.5
DEVICE_MODULES = ("walkcoach.devices", "bleak", "bumble", "dbus_fast", "dbus_next")
TRANSLATION_MODULES = ("walkcoach.ui.i18n", "walkcoach.ui.plurals", "walkcoach.core.i18n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (at least 5; default 9)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen)")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5")

    app_ms: list[int] = []
    app_wall_s: list[float] = []
    bare_wall_s: list[float] = []
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
                (app_wall_s if name == "app" else bare_wall_s).append(result.wall_s)
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
    w_app, w_bare = median(app_wall_s), median(bare_wall_s)
    print(
        f"  whole process (start to exit): WalkCoach --smoke-test {w_app:.2f} s, bare window "
        f"{w_bare:.2f} s ({w_app / w_bare:.2f}x); goal under {WHOLE_PROCESS_GOAL_S} s: "
        f"{verdict(w_app < WHOLE_PROCESS_GOAL_S)}"
    )
    _print_imports(args.platform, t_bare)
    return 0


def _print_imports(platform: str, bare_ms: float) -> None:
    """What the device layer and the translations import at start-up (English, no device)."""
    with tempfile.TemporaryDirectory(prefix="walkcoach-imports-") as tmp:
        env = qt_env(platform, pycache=str(Path(tmp) / "pycache"))
        env.update(LANG="en_US.UTF-8", LANGUAGE="en_US", LC_ALL="en_US.UTF-8")
        command = [PYTHON, "-X", "importtime", "-m", "walkcoach"]
        command += ["--data-dir", str(Path(tmp) / "data"), "--smoke-test"]
        run_child(command, env)  # bytecode compiled: the timed run imports as a user's does
        result = run_child(command, env)
    imported: dict[str, int] = {}  # module -> its own import time, us
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            own_us, _cumulative, name = (part.strip() for part in line[12:].split("|"))
            if own_us.isdigit():
                imported[name] = int(own_us)
    devices = sorted(n for n in imported if n.startswith(DEVICE_MODULES))
    translations = {n: us for n, us in imported.items() if n.startswith(TRANSLATION_MODULES)}
    translation_ms = sum(translations.values()) / 1000
    print("\nWith the language English and no device set (one run under -X importtime):")
    print(
        f"  device layer modules imported: {len(devices)}"
        + (f" ({', '.join(devices[:6])})" if devices else "")
        + f": {verdict(not devices)} (goal: none)"
    )
    share = translation_ms / bare_ms * 100 if bare_ms else 0.0
    print(
        f"  translation modules imported: {len(translations)} "
        f"({', '.join(sorted(translations))}), {translation_ms:.1f} ms of import, "
        f"{share:.1f} % of the bare window's start-up: {verdict(share < 1.0)} (goal: under 1 %)"
    )


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
