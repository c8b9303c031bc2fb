"""Every page and dialog fits a 1024x600 and a 1366x768 screen: nothing clipped or covered.

The screens (tests/ui/screens.py) are built in a child process whose offscreen screen has the
size under test; tests/ui/fit_check.py walks each window's visible widgets (window against
the screen, texts against their widgets, siblings over each other, painted texts, combo box
lists, table rows). tools/screenshots.py makes the matching pictures under Xvfb.
"""

from __future__ import annotations

import fnmatch
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fit_check  # noqa: E402
import screens  # noqa: E402

SIZES = ("1024x600", "1366x768")
# Problems that other parts of issue 11 mend in files this check does not own: reported as
# expected failures (they pass, as XPASS, once those are merged), never hidden.
OWNED_ELSEWHERE = (
    ("session-summary", "SummaryDialog is ", "the summary's contents are being changed (RECORDS)"),
    ("coach-*", "QLabel#segmentTime", "the digits are sized to their space in direction_display.py (COACH)"),
)  # fmt: skip


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, dict[str, list[str]]]:
    results = {}
    for size in SIZES:
        width, height = (int(n) for n in size.split("x"))
        config = tmp_path_factory.mktemp("screen") / "screen.json"
        config.write_text(json.dumps(fit_check.offscreen_config(width, height)), encoding="utf-8")
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        env["PYTHONPATH"] = os.pathsep.join([str(HERE.parents[1]), env.get("PYTHONPATH", "")])
        run = subprocess.run(
            [sys.executable, str(HERE / "fit_check.py"), "dark"],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr[-3000:]
        results[size] = json.loads(run.stdout)
    return results


def test_every_screen_is_checked(found):
    for size in SIZES:
        assert sorted(found[size]) == sorted(f"dark-{name}" for name in screens.SCREEN_NAMES)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", screens.SCREEN_NAMES)
def test_screen_fits(found, size, screen):
    problems = found[size][f"dark-{screen}"]
    elsewhere = [
        (problem, why)
        for problem in problems
        for pattern, start, why in OWNED_ELSEWHERE
        if fnmatch.fnmatch(screen, pattern) and problem.startswith(start)
    ]
    if problems and len(elsewhere) == len(problems):
        pytest.xfail("; ".join(f"{why}: {problem}" for problem, why in elsewhere))
    assert problems == [], f"{screen} at {size}:\n" + "\n".join(problems)


def test_the_check_sees_a_clipped_label_and_a_covered_widget(qtbot):
    """The check itself: a label too small for its text and two buttons on top of each other."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    label = QLabel("A sentence far too long for forty pixels", window)
    label.setGeometry(0, 0, 40, 20)
    first, second = QPushButton("One", window), QPushButton("Two", window)
    first.setGeometry(0, 50, 100, 40)
    second.setGeometry(50, 60, 100, 40)
    window.show()
    problems = fit_check.problems(window, QRect(0, 0, 1024, 600))
    assert any(p.startswith("QLabel 'A sentence") and "text needs" in p for p in problems)
    assert any("overlap" in p and "'One'" in p and "'Two'" in p for p in problems)
    assert fit_check.problems(window, QRect(0, 0, 200, 150))[0].startswith("QWidget is 30")
