"""Start-up: what the first frame loads and how (see walkcoach/ui/app.py and lean_qt.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# Runs the app's smoke test up to its first frame, then says which costly PySide6 classes and
# which modules meant for later (sessions, dialogs, history, error messages) were loaded by then. The Qt namespace turns all its enums into Python enums at once, AlignmentFlag
# among them: the walkcoach line that was running then is what loaded it.
FIRST_FRAME_PROBE = r"""
import enum, gc, os, sys
import PySide6.QtCore as QtCore, PySide6.QtGui as QtGui, PySide6.QtWidgets as QtWidgets
from walkcoach.ui import app

culprits = []
LATER = (
    "walkcoach.core.events", "walkcoach.core.engine", "walkcoach.ui.coach.flash",
    "walkcoach.ui.dialogs.shortcuts", "walkcoach.ui.coach.mini_view", "walkcoach.ui.coach.body_diagram",
    "walkcoach.storage.writer", "difflib", "pyqtgraph", "bleak", "bumble", "walkcoach.devices",
)

def spot(frame, event, arg):
    if event == "call" and frame.f_code is enum.EnumType._create_.__code__:
        if frame.f_locals.get("class_name") == "AlignmentFlag":
            while frame is not None and "walkcoach" not in frame.f_code.co_filename:
                frame = frame.f_back
            if frame is not None:
                culprits.append(f"{frame.f_code.co_filename}:{frame.f_lineno}")

def at_first_frame():  # the smoke test asks for the peak memory first thing at the first frame
    sys.setprofile(None)
    print(f"loaded={sorted(set(sys.modules) & set(LATER))}")
    print(f"qt_namespace={'Qt' in vars(QtCore)} qicon={'QIcon' in vars(QtGui)}"
          f" qstyle={'QStyle' in vars(QtWidgets)} by={culprits}")
    return 0

def finishing(gui):  # just after the first frame, what it did not need is made
    from PySide6.QtWidgets import QApplication
    from walkcoach.ui.platform.collector import MainThreadCollector
    collectors = QApplication.instance().findChildren(MainThreadCollector)
    print(f"gc_enabled={gc.isenabled()} collector_running={[c.running for c in collectors]}")
    sys.stdout.flush()
    os._exit(0)

sys.setprofile(spot)
app.peak_rss_kb = at_first_frame
app.Gui.finish_start_up = finishing
sys.exit(app.run_gui(app_args))
"""


def _run_smoke_test_probe(tmp_path, probe: str, *extra: str) -> subprocess.CompletedProcess:
    """Runs ``probe`` with ``app_args`` parsed as the app's main() parses them (the window's
    options alone: the sub-commands' parsers are never built), as `walkcoach --smoke-test
    --data-dir ...` would be."""
    setup = (
        "from walkcoach import paths\n"
        "from walkcoach.cli.main import parse_args\n"
        f"app_args = parse_args(['--smoke-test', '--data-dir', {str(tmp_path)!r},"
        f" *{list(extra)!r}])\n"
        "paths.init(app_args.data_dir)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", setup + probe],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SPEECH_ENGINE="mock"),
    )


@pytest.mark.parametrize("extra", [(), ("--treadmill", "virtual")], ids=["plain", "treadmill"])
def test_first_frame_loads_neither_the_qt_namespace_nor_what_comes_later(tmp_path, extra):
    # A treadmill to link changes nothing before the first frame: the link comes after it.
    result = _run_smoke_test_probe(tmp_path, FIRST_FRAME_PROBE, *extra)
    lines = [line for line in result.stdout.splitlines() if line.startswith("qt_namespace=")]
    assert lines, result.stderr[-2000:]
    # 20-30 ms and 3 ms of start-up: use lean_qt's helpers in code the first frame runs.
    # QStyle's enums are some 50 million instructions: the program drop-down knows its text
    # field from the theme (ElidingComboBox's field_insets_px).
    assert lines[0].startswith("qt_namespace=False qicon=False qstyle=False"), lines[0]
    # Each costs milliseconds; the first frame shows none of them.
    assert "loaded=[]" in result.stdout.splitlines()
    # The garbage collector, off during start-up, runs again just after the first frame: on
    # the GUI thread's timer, never by itself in another thread (see collector.py).
    assert "gc_enabled=False collector_running=[True]" in result.stdout.splitlines()


# The smoke test's whole start-up, then what linecache holds (PySide6's import hook reads the
# source of every module imported after it through linecache, which would keep it all).
SOURCES_PROBE = r"""
import linecache, sys
from walkcoach.ui import app

finish = app.Gui.finish_start_up

def finishing(gui):
    finish(gui)
    print(f"cached_sources={len(linecache.cache)}", flush=True)
    bluetooth = sorted(m for m in sys.modules if m.split(".")[0] in ("bleak", "bumble", "dbus_fast")
                       or m.startswith("walkcoach.devices"))
    print(f"bluetooth={bluetooth}", flush=True)

app.Gui.finish_start_up = finishing
sys.exit(app.run_gui(app_args))
"""


def test_start_up_leaves_no_module_sources_in_memory(tmp_path):
    result = _run_smoke_test_probe(tmp_path, SOURCES_PROBE)
    assert result.returncode == 0, result.stderr[-2000:]
    # About 3.5 MiB of source lines otherwise, kept for the life of the process.
    assert "cached_sources=0" in result.stdout.splitlines(), result.stdout
    # No treadmill set: nothing of the Bluetooth stacks or the device layer is ever loaded.
    assert "bluetooth=[]" in result.stdout.splitlines(), result.stdout
