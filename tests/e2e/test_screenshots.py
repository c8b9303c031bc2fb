"""Screenshots of the real window under Xvfb during a forward and a backward segment (artifacts)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from walkcoach.core.settings import Settings, save_settings
from walkcoach.ui.theme import style_for

sys.path.insert(0, str(Path(__file__).parent))
import xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TIME_SCALE = 8.0
PROGRAM = {
    "format": "walkcoach-program",
    "version": 1,
    "id": "screenshot-run",
    "name": "Screenshot run",
    "description": "One forward and one backward segment, to photograph both.",
    "main": [
        {"kind": "forward", "duration_s": 40, "speed_kmh": 4.5, "incline_pct": 2},
        {"kind": "backward", "duration_s": 40, "speed_kmh": 3.0, "incline_pct": 8},
    ],
}
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


def wait_for_segment(log_path: Path, kind: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if log_path.exists():
            for line in log_path.read_text(encoding="utf-8").splitlines():
                event = json.loads(line)
                if event["event"] == "segment_started" and event["kind"] == kind:
                    return
        time.sleep(0.05)
    raise AssertionError(f"no {kind} segment started within {timeout_s} s")


def grab(server: xvfb.Xvfb, path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", GRAB, str(path)], env=server.env(), capture_output=True, timeout=30
    )
    assert result.returncode == 0, result.stderr.decode()[-1000:]


def share_of_colour(path: Path, colour: str, tolerance: int = 40) -> float:
    """Share of the screenshot's pixels near ``colour`` (the direction's own colour)."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(path)).scaled(341, 192)  # a quarter: plenty for a share
    target = QColor(colour)
    near = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
            ) <= tolerance:
                near += 1
    return near / (image.width() * image.height())


def run_and_grab(server, tmp_path: Path, name: str, *, mini_view: bool) -> dict[str, Path]:
    data = tmp_path / name
    data.mkdir()
    save_settings(
        Settings(units="kmh", mini_view=mini_view, safety_check_seen=True), data / "settings.json"
    )
    program = tmp_path / "program.json"
    program.write_text(json.dumps(PROGRAM), encoding="utf-8")
    log_path = tmp_path / f"{name}.jsonl"
    # Output to a file, not a pipe: a chatty audio backend must not block the app on a full pipe.
    output = (tmp_path / f"{name}.out").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "walkcoach",
            "--data-dir",
            str(data),
            "--program",
            str(program),
            "--start",
            "--time-scale",
            str(TIME_SCALE),
            "--quit-when-done",
            "--event-log",
            str(log_path),
        ],
        env=server.env(),
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    shots = {}
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        for kind in ("forward", "backward"):
            wait_for_segment(log_path, kind)
            time.sleep(12 / TIME_SCALE)  # 12 s into the segment: flash over, no countdown yet
            shots[kind] = ARTIFACTS / f"coach-{name}-{kind}.png"
            grab(server, shots[kind])
        process.wait(timeout=60)
        assert process.returncode == 0, (tmp_path / f"{name}.out").read_text()[-2000:]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        output.close()
    return shots


def test_full_window_screenshots_in_both_directions(display, tmp_path):
    shots = run_and_grab(display, tmp_path, "window", mini_view=False)
    for kind, other in (("forward", "backward"), ("backward", "forward")):
        assert shots[kind].stat().st_size > 10_000
        # The direction's colour is all over the screen (digits, word, arrow, frame) and the
        # other direction's colour is not.
        own = share_of_colour(shots[kind], style_for(kind).colour)
        assert own > 0.01, (kind, own)
        assert own > 3 * share_of_colour(shots[kind], style_for(other).colour)


def test_mini_view_screenshots(display, tmp_path):
    shots = run_and_grab(display, tmp_path, "mini", mini_view=True)
    for kind in ("forward", "backward"):
        assert share_of_colour(shots[kind], style_for(kind).colour) > 0.002
