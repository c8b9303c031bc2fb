"""Screenshots of the treadmill dialog over the main window: scanning, with results, with an
error, and empty, at 1024x600 and 1920x1080, dark and light.

    python tools/device_screenshots.py [--out DIR] [--sizes 1024x600,1920x1080]

As tools/screenshots.py: one Xvfb per size; in it one process builds the main window
(tests/ui/screens.py's Stage) and the dialog with a scanner that returns made-up devices (or
fails, or finds nothing), grabs the screen into DIR/<size>-<theme>-devices-<state>.png and
prints what the clip check (tests/ui/fit_check.py) finds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

STATES = ("scanning", "results", "error", "empty")


def _scanner(state: str, release: threading.Event):
    from walkcoach.devices.scan import FoundDevice
    from walkcoach.devices.scanning import Problem, ScanError

    devices = [
        FoundDevice("F0:57:A1:7E:AD:01", "WalkingPad R2", "treadmill", -61),
        FoundDevice("C7:12:9E:44:0B:3A", "Polar H10 7A1B2C3D", "heart_rate", -74),
        FoundDevice("E4:21:6F:90:13:77", None, "treadmill", -89),
    ]

    async def scan(duration_s, hci, on_found):
        if state == "error":
            raise ScanError(Problem.NO_BLUEZ, "BlueZ (bluetoothd) is not running")
        if state == "empty":
            return []
        for device in devices:
            on_found(device)
        if state == "scanning":
            while not release.is_set():
                await asyncio.sleep(0.02)
        return devices

    return scan


def shoot(size: str, themes: list[str], out: Path) -> int:
    os.environ.setdefault("QT_SPEECH_ENGINE", "mock")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import fit_check
    import screens
    from PySide6.QtWidgets import QApplication

    from walkcoach.ui.devices.device_dialog import DeviceDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    available = app.primaryScreen().availableGeometry()
    problems = 0
    for theme in themes:
        with tempfile.TemporaryDirectory(prefix="wc-screens-") as folder:
            stage = screens.Stage(app, Path(folder), theme, available)
            stage.settings.treadmill = "F0:57:A1:7E:AD:01"
            stage.settings.treadmill_name = "WalkingPad R2"
            for state in STATES:
                stage.show_main()
                release = threading.Event()
                dialog = DeviceDialog(
                    stage.settings,
                    lambda: None,
                    None,
                    stage.window,
                    scanner=_scanner(state, release),
                    scan_s=5,
                )
                dialog.open()
                stage.settle()
                dialog.start_scan()
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.02)
                    if state == "scanning" and dialog.devices.found_count() == 3:
                        break
                    if state != "scanning" and not dialog.job.running:
                        break
                for _ in range(3):  # let the X server map and paint it
                    app.processEvents()
                    time.sleep(0.05)
                path = out / f"{size}-{theme}-devices-{state}.png"
                if not app.primaryScreen().grabWindow(0).save(str(path)):
                    print(f"cannot write {path}", file=sys.stderr)
                    return 1
                found = fit_check.problems(dialog, available)
                problems += len(found)
                print(f"{path.name}: {'ok' if not found else f'{len(found)} problem(s)'}")
                for problem in found:
                    print(f"    {problem}")
                release.set()
                dialog.reject()
                stage.settle()
            stage.close()
    print(f"{size}: {problems} problem(s) in all", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "screens")
    parser.add_argument("--sizes", default="1024x600,1920x1080")
    parser.add_argument("--themes", default="dark,light")
    parser.add_argument("--in-display", metavar="SIZE", help=argparse.SUPPRESS)  # the child
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    themes = [t for t in args.themes.split(",") if t]
    if args.in_display:
        return shoot(args.in_display, themes, args.out)

    import xvfb

    reason = xvfb.available()
    if reason:
        print(f"screenshots: {reason}", file=sys.stderr)
        return 2
    status = 0
    for size in [s for s in args.sizes.split(",") if s]:
        width, height = (int(n) for n in size.split("x"))
        server = xvfb.Xvfb(size=(width, height, 24))
        server.start()
        try:
            env = server.env()
            env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
            result = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--out",
                    str(args.out),
                    "--themes",
                    args.themes,
                    "--in-display",
                    size,
                ],
                env=env,
                timeout=600,
            )
            status = status or result.returncode
        finally:
            server.stop()
    print(f"screenshots in {args.out}")
    return status


if __name__ == "__main__":
    sys.exit(main())
