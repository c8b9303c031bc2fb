"""Where start-up time goes: WalkCoach's phases next to a bare PySide6 window's, in the same run.

    .venv/bin/python benchmarks/startup_phases.py [--runs 11]

Each child prints the time since its process started (the kernel's record, as the smoke test
reads it) at the end of each phase; runs alternate app / bare and the medians are shown, with
each phase's length. The app runs its real start-up (``--smoke-test`` on a new data folder) and
the bare window is the script startup.py runs; the phase ends are taken by wrapping a few of
their functions from outside, so neither changes. A phase of one side has no counterpart on the
other: compare the totals, and the phases with each other.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BARE_WINDOW_SCRIPT, PYTHON, median, qt_env, run_child

_AGE = r"""
import json, os, sys, time

def age():
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000

ENDS = {"interpreter and site": age()}

def report():
    print("phases=" + json.dumps(ENDS), flush=True)
    os._exit(0)
"""

APP_CHILD = (
    _AGE
    + r"""
import walkcoach.cli.main
import walkcoach.ui.app as app
from walkcoach import paths

ENDS["cli and app modules"] = age()

def end_before(owner, name, label):
    call = getattr(owner, name)
    def wrapper(*args, **kwargs):
        ENDS.setdefault(label, age())
        return call(*args, **kwargs)
    setattr(owner, name, wrapper)

def end_after(owner, name, label):
    call = getattr(owner, name)
    def wrapper(*args, **kwargs):
        result = call(*args, **kwargs)
        ENDS.setdefault(label, age())
        return result
    setattr(owner, name, wrapper)

end_before(app, "_run_gui", "arguments parsed")
end_before(paths, "ensure_data_dir", "program library, PySide6, QApplication")
build = app._build

def timed_build(*args, **kwargs):
    ENDS["data folder, instance lock"] = age()
    import walkcoach.ui.main_window as main_window

    end_before(main_window.MainWindow, "__init__", "window's modules, settings, theme, muscle panel")
    end_after(main_window.MainWindow, "__init__", "main window (coach page, menus, status bar)")
    gui = build(*args, **kwargs)
    ENDS["programs listed, first one shown"] = age()
    return gui

app._build = timed_build
end_after(app.Gui, "show", "show (polish, layout, text)")

def at_first_frame():  # the smoke test's first call at the first frame
    ENDS["first frame painted"] = age()
    report()

app.peak_rss_kb = at_first_frame
walkcoach.cli.main.main(["--smoke-test", "--data-dir", sys.argv[1]])
"""
)

# The bare window is common.BARE_WINDOW_SCRIPT itself, as startup.py runs it; this prelude only
# notes when its phases end, by handing it QApplication and QMainWindow subclasses that do so,
# and reads its first frame from the startup_ms line it prints (same clock) at exit.
BARE_PRELUDE = (
    _AGE
    + r"""
import atexit
import PySide6.QtCore
import PySide6.QtWidgets as widgets

ENDS["PySide6 imported"] = age()

class NotingApplication(widgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        ENDS["QApplication"] = age()

class NotingMainWindow(widgets.QMainWindow):
    def show(self):
        ENDS["window built"] = age()
        super().show()
        ENDS["show"] = age()

widgets.QApplication, widgets.QMainWindow = NotingApplication, NotingMainWindow
atexit.register(lambda: print("phases=" + json.dumps(ENDS), flush=True))
"""
)
BARE_CHILD = BARE_PRELUDE + BARE_WINDOW_SCRIPT


def _phase_ends(stdout: str) -> dict[str, float] | None:
    ends = None
    for line in stdout.splitlines():
        if line.startswith("phases="):
            ends = json.loads(line.split("=", 1)[1])
    if ends is not None and "first frame painted" not in ends:  # the bare window's own report
        for line in stdout.splitlines():
            if line.startswith("startup_ms="):
                ends["first frame painted"] = float(line.split("=", 1)[1])
    return ends


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs of each (default 11)")
    args = parser.parse_args(argv)
    ends: dict[str, list[dict[str, float]]] = {"bare window": [], "WalkCoach": []}
    with tempfile.TemporaryDirectory(prefix="walkcoach-phases-") as tmp:
        env = qt_env(pycache=str(Path(tmp) / "pycache"))
        for run in range(args.runs + 1):  # run 0 compiles the bytecode and is not counted
            order = [("WalkCoach", APP_CHILD), ("bare window", BARE_CHILD)]
            if run % 2:
                order.reverse()
            for name, code in order:
                command = [PYTHON, "-c", code]
                if name == "WalkCoach":
                    command.append(str(Path(tmp) / f"data-{run}"))
                result = run_child(command, env)
                phase_ends = _phase_ends(result.stdout)
                if phase_ends is None:
                    print(f"{name} run {run} failed:\n{result.stderr[-2000:]}", file=sys.stderr)
                    return 1
                if run:
                    ends[name].append(phase_ends)
    print(
        f"Start-up phases, median end of each in ms since the process started ({args.runs} runs):"
    )
    for name, runs in ends.items():
        print(f"  {name}")
        previous = 0.0
        for phase in runs[0]:
            end = median([r[phase] for r in runs])
            print(f"    {end:6.1f}  +{end - previous:5.1f}  {phase}")
            previous = end
    return 0


if __name__ == "__main__":
    sys.exit(main())
