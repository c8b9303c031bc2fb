"""Start a real X server (Xvfb) for tests: display :99 at 1366x768, 24-bit colour."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

WIDTH, HEIGHT, DEPTH = 1366, 768, 24


def available() -> str:
    """ "" when Xvfb can run here, else the reason it cannot."""
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (Debian package xvfb)"
    return ""


class Xvfb:
    """``with Xvfb() as display:`` -> ":99" (or the next free number if :99 is taken)."""

    def __init__(self, display_no: int = 99, size: tuple[int, int, int] = (WIDTH, HEIGHT, DEPTH)):
        self.display_no = display_no
        self.size = size
        self.process: subprocess.Popen | None = None

    @property
    def display(self) -> str:
        return f":{self.display_no}"

    def start(self) -> str:
        # Parallel test workers (pytest-xdist) start from numbers of their own, and a number
        # taken between the lock check and the server's start is retried with the next one.
        worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
        self.display_no += 20 * int(worker) if worker.isdigit() else 0
        for _attempt in range(20):
            while Path(f"/tmp/.X{self.display_no}-lock").exists():
                self.display_no += 1  # another X server (or another test run) owns it
            if self._started():
                return self.display
            self.display_no += 1
        raise RuntimeError("no free X display number for Xvfb")

    def _started(self) -> bool:
        """Start Xvfb on this number: True once it listens, False when the number was taken."""
        width, height, depth = self.size
        self.process = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{width}x{height}x{depth}", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        socket = Path(f"/tmp/.X11-unix/X{self.display_no}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode()[-500:]
                self.process = None
                if "already active" in error or "lock" in error.lower():
                    return False
                raise RuntimeError(f"Xvfb exited: {error}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("Xvfb did not start within 10 s")
            time.sleep(0.05)
        if self._lock_pid() != self.process.pid:  # the socket is another server's: it won
            self.stop()
            return False
        return True

    def _lock_pid(self) -> int | None:
        try:
            return int(Path(f"/tmp/.X{self.display_no}-lock").read_text().strip())
        except (OSError, ValueError):
            return None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
