"""Where start-up time goes: WalkCoach's phases next to a bare PySide6 window's, in the same run.

    .venv/bin/python benchmarks/startup_phases.py [--runs 11]

Each child prints the time since its process started (the kernel's record, as the smoke test
reads it) at the end of each phase; runs alternate app / bare and the medians are shown, with
each phase's share. The app runs its real start-up (``--smoke-test`` on a new data folder);
the phase ends are taken by wrapping a few of its functions from outside, so nothing in the app
changes. A phase of one side has no counterpart on the other: compare the totals, and the
phases with each other.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, median, qt_env, run_child  # noqa: E402

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

APP_CHILD = _AGE + r"""
import walkcoach.cli
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
walkcoach.cli.main(["--smoke-test", "--data-dir", sys.argv[1]])
"""

BARE_CHILD = _AGE + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ENDS["PySide6 imported"] = age()

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.at_first_frame)

    def at_first_frame(self):
        ENDS["first frame painted"] = age()
        report()

app = QApplication(sys.argv[:1])
ENDS["QApplication"] = age()
window = Window()
window.setWindowTitle("bare")
window.resize(1024, 640)
ENDS["window built"] = age()
window.show()
ENDS["show"] = age()
sys.exit(app.exec())
"""


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
                result = run_child([PYTHON, "-c", code, str(Path(tmp) / f"data-{run}")], env)
                lines = [line for line in result.stdout.splitlines() if line.startswith("phases=")]
                if not lines:
                    print(f"{name} run {run} failed:\n{result.stderr[-2000:]}", file=sys.stderr)
                    return 1
                if run:
                    ends[name].append(json.loads(lines[0].split("=", 1)[1]))
    print(f"Start-up phases, median end of each in ms since the process started ({args.runs} runs):")
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
