"""Words a user understands: no file numbers, no unexplained units, one name per thing."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from walkcoach.core import library
from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.settings import Settings
from walkcoach.core.stats import BEST_KEYS
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui.history.panels import best_name
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.session import SessionController

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, clock):
    settings = Settings()
    player = RecordingCuePlayer()
    controller = SessionController(
        clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    window.page.picker.set_programs(library.builtin_programs(), select_id="first-steps")
    return window


def test_the_step_back_button_cannot_be_read_as_a_direction(qtbot, fake_clock):
    """Seen: a "Back" button next to the word BACKWARD."""
    window = _window(qtbot, fake_clock)
    texts = [b.text().replace("&", "") for b in window.findChildren(QPushButton)]
    assert "Previous step" in texts
    assert not any(re.fullmatch(r"back", t.strip(), re.IGNORECASE) for t in texts)
    actions = [action.text().replace("&", "") for action in window.findChildren(QAction)]
    assert "Previous step" in actions and "Back" not in actions
    assert window.page.segment_label.text().startswith("Step 0 of ")


def test_personal_bests_and_charts_speak_plainly(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    names = [best_name(widget, key) for key in BEST_KEYS]
    assert not any("min+" in name for name in names)
    source = (ROOT / "walkcoach" / "ui" / "history" / "page.py").read_text(encoding="utf-8")
    assert "violet" not in source


def test_no_file_numbers_or_two_names_for_the_safety_key_anywhere_a_user_reads():
    """grep -ri seed walkcoach resources found "(seed 000)" in every built-in description."""
    found = []
    for folder in ("walkcoach", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".json"):
                continue
            text = path.read_text(encoding="utf-8")
            for match in re.finditer(r"(?i)seed 0\d\d|safety cord|stored copy|%·min", text):
                found.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert found == []
