"""Every page and dialog fits a 1024x600 and a 1366x768 screen: nothing clipped or covered.

The screens (tests/ui/screens.py) are built in a child process whose offscreen screen has the
size under test; tests/ui/fit_check.py walks each window's visible widgets (window against
the screen, texts against their widgets, siblings over each other, painted texts, combo box
lists, table rows). tools/screenshots.py makes the matching pictures under Xvfb.
"""

from __future__ import annotations

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
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
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
    assert problems == [], f"{screen} at {size}:\n" + "\n".join(problems)


def test_a_label_wider_than_its_scroll_viewport_counts(qtbot):
    """Inside a scroll area clipping was taken for scrolling, so the summary's unwrapped muscle
    lines ("...contraction (") passed at 1024x600: sideways scrolling now counts."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    area = QScrollArea(window)
    area.setWidgetResizable(True)
    body = QWidget()
    line = QLabel("Vastus lateralis: on average 45 % of its maximal voluntary contraction (EMG)")
    QVBoxLayout(body).addWidget(line)
    area.setWidget(body)
    QVBoxLayout(window).addWidget(area)
    window.resize(200, 150)
    window.show()
    qtbot.waitExposed(window)
    screen = QRect(0, 0, 1024, 600)
    assert any("scroll viewport" in p for p in fit_check.problems(window, screen))
    line.setWordWrap(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    window.resize(201, 150)
    qtbot.wait(10)
    assert not [p for p in fit_check.problems(window, screen) if "scroll viewport" in p]
