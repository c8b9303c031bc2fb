"""The coach window on real X screens of three sizes, dark and light: every state photographed
into test-artifacts/coach/ (for a person to look at) and the window fitting each screen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "coach"
SCRIPT = Path(__file__).with_name("coach_screens.py")
STATES = (
    "idle",
    "forward",
    "forward-warning",
    "turn",
    "backward",
    "paused",
    "asleep",
    "workout",
    "workout-paused",
    "mini",
    "mini-paused",
    "belt-forward",
    "belt-turn-wait",
    "belt-fault",
    "belt-resuming",
    "hr-forward",
    "hr-settle-wait",
    "hr-mini",
    "hr-no-contact",
    "hr-workout",
)


@pytest.mark.parametrize(
    "size", [(1024, 600), (1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}"
)
def test_coach_screens_fit_the_screen(size):
    reason = xvfb.available()
    if reason:
        pytest.skip(reason)
    width, height = size
    out_dir = ARTIFACTS / f"{width}x{height}"
    server = xvfb.Xvfb(size=(width, height, 24))
    server.start()
    try:
        env = server.env()
        env["PYTHONPATH"] = str(ROOT)
        for theme_name in ("dark", "light"):
            result = subprocess.run(
                [sys.executable, str(SCRIPT), str(out_dir), theme_name],
                env=env,
                capture_output=True,
                timeout=120,
                cwd=ROOT,
            )
            assert result.returncode == 0, result.stderr.decode()[-3000:]
            lines = result.stdout.decode().splitlines()
            records = [json.loads(line) for line in lines if line.startswith("{")]
            assert [r["name"] for r in records] == list(STATES)
            for record in records:
                assert Path(record["path"]).stat().st_size > 5_000, record
                assert record["screen"] == [width, height]
                # The whole window is on the screen: nothing of it hangs off an edge.
                assert record["x"] >= 0 and record["y"] >= 0, record
                assert record["x"] + record["width"] <= width, record
                assert record["y"] + record["height"] <= height, record
            workout = next(r for r in records if r["name"] == "workout")
            assert (workout["width"], workout["height"]) == (width, height)
    finally:
        server.stop()
