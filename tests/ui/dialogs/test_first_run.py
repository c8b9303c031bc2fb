"""First run: welcome dialog, gentlest program, shown once, never under --smoke-test or --start;
and a program made in the editor reaching the coach page, also after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from walkcoach.core import library
from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.program import load_program_file
from walkcoach.core.settings import Settings, load_settings, save_settings
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui.dialogs.first_run import (
    FirstRunDialog,
    gentlest_program,
    pass_first_run,
    should_show_first_run,
)
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.session import SessionController
from walkcoach.ui.window_hooks import open_first_run, open_program_editor, refresh_picker


@pytest.fixture
def keep_app_look():
    """Settings changes apply the theme to the whole application: put it back afterwards."""
    app = QApplication.instance()
    palette, font, sheet = app.palette(), app.font(), app.styleSheet()
    yield
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def test_the_welcome_offers_the_one_first_program_with_backward_walking():
    programs = library.builtin_programs()
    first = gentlest_program(programs)
    assert first.id == library.FIRST_PROGRAM_ID == "first-steps"
    assert first.backward_s > 0 and first.level == "beginner"
    without = [p for p in programs if p.id != "first-steps"]
    assert gentlest_program(without).id == "easy-start"
    rest = [p for p in without if p.id != "easy-start"]
    chosen = gentlest_program(rest)
    assert chosen.level == "beginner" and chosen.backward_s > 0
    assert gentlest_program([]) is None


@pytest.mark.parametrize(
    ("done", "smoke", "start", "shown"),
    [
        (False, False, False, True),
        (True, False, False, False),
        (False, True, False, False),
        (False, False, True, False),
    ],
)
def test_when_first_run_shows(done, smoke, start, shown):
    assert (
        should_show_first_run(Settings(first_run_done=done), smoke_test=smoke, start=start) is shown
    )


def test_welcome_sets_units_weight_and_offers_the_gentle_program(qtbot):
    settings = Settings(units="kmh", weight_kg=70)
    dialog = FirstRunDialog(settings, library.builtin_programs())
    qtbot.addWidget(dialog)
    assert "First steps backward" in dialog.take_offer.text() and dialog.take_offer.isChecked()
    assert "safety key" in dialog.safety_label.text()
    dialog.units.setCurrentIndex(dialog.units.findData("mph"))
    dialog.weight.setValue(180)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert settings.units == "mph" and settings.weight_kg == pytest.approx(81.65, abs=0.01)
    assert settings.first_run_done and dialog.chosen_program.id == "first-steps"


def test_skip_keeps_defaults_but_is_shown_once(qtbot):
    settings = Settings(units="kmh", weight_kg=70)
    dialog = FirstRunDialog(settings, library.builtin_programs())
    qtbot.addWidget(dialog)
    dialog.weight.setValue(99)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert settings.weight_kg == 70 and settings.first_run_done and dialog.chosen_program is None


def _window(qtbot, clock, settings, save=None):
    player = RecordingCuePlayer()
    controller = SessionController(
        clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player, save_settings=save)
    qtbot.addWidget(window)
    window.page.picker.set_programs(library.all_programs())
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_run_in_the_window_saves_and_selects(qtbot, data_dir, fake_clock, keep_app_look):
    path = data_dir / "settings.json"
    settings = Settings(units="kmh")
    window = _window(qtbot, fake_clock, settings, lambda: save_settings(settings, path))
    window.page.picker.select("brisk-daily")
    dialog = open_first_run(window)
    assert dialog.isVisible() and window.isEnabled()  # open(), not exec(): nothing blocks
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert window.page.picker.current_program().id == "first-steps"
    assert load_settings(path)[0].first_run_done


def test_program_made_in_the_editor_runs_on_the_coach_page_and_survives_a_restart(
    qtbot, data_dir, fake_clock
):
    settings = Settings(units="kmh")
    window = _window(qtbot, fake_clock, settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.program_editor
    assert editor is not None and editor.isVisible()
    editor.files.new_program()
    editor.document.set_meta("name", "Made here")
    editor.select_paths([("main", 0, 1)])  # the backward segment, after the block's turn
    editor.segment_form.speed.setValue(3.0)
    assert editor.save()
    picker = window.page.picker
    assert picker.current_program().name == "Made here"
    assert picker.current_program().id in {p.id for p in library.user_programs()}
    # It runs: start, and the first segment is the program's warm-up.
    assert window.request_start(skip_dialogs=True)
    # warm-up, turn, then the edited one
    assert window.controller.plan[2].segment.speed_kmh == 3.0
    window.controller.stop()
    # "Restart": a new window over the same data folder lists it after the built-ins.
    window.close()
    again = _window(qtbot, fake_clock, Settings(units="kmh"))
    refresh_picker(again, select_id="my-program")
    assert again.page.picker.current_program().name == "Made here"
    assert load_program_file(data_dir / "programs" / "my-program.json").name == "Made here"
    # Deleting it in the editor takes it off the coach page too.
    editor = open_program_editor(again)
    editor.program_list.setCurrentRow(editor.program_list.count() - 1)
    editor.files.delete_program()
    next(b for b in editor.question.buttons() if "Delete" in b.text()).click()
    assert "my-program" not in {p.id for p in again.page.picker.programs()}


def test_a_first_launch_with_start_uses_up_the_welcome():
    settings = Settings()
    assert not should_show_first_run(settings, start=True)
    assert pass_first_run(settings, start=True) and settings.first_run_done
    assert not should_show_first_run(settings)  # the next launch, without --start
    assert not pass_first_run(Settings(), start=False)  # a plain first launch shows it instead
    assert not pass_first_run(Settings(), smoke_test=True, start=True)


# The real app in a fresh data folder: which program it opens on, whether the welcome shows.
LAUNCH_PROBE = r"""
import os, sys
from walkcoach import paths
from walkcoach.cli.main import build_parser
from walkcoach.ui import app, window_hooks

args = build_parser().parse_args(sys.argv[1:])
paths.init(args.data_dir)
opened = window_hooks.open_first_run

def open_first_run(window):
    print("welcome=shown", flush=True)
    dialog = opened(window)
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, dialog.reject)  # Skip, as a user might
    return dialog

window_hooks.open_first_run = open_first_run
build = app._build

def built(*a, **k):
    gui = build(*a, **k)
    print(f"default={gui.window.page.picker.current_program().id}", flush=True)
    if not args.start:  # a look at the window, then quit as a user would (settings saved)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        QTimer.singleShot(2500, QApplication.quit)
    return gui

app._build = built
sys.exit(app.run_gui(args))
"""


def _launch(data_dir, *extra: str) -> list[str]:
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", LAUNCH_PROBE, "--data-dir", str(data_dir), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SPEECH_ENGINE="mock"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.split()


def test_first_launch_opens_on_first_steps_and_start_then_never_shows_the_welcome(tmp_path):
    """Seen: "Brisk ten" (no backward walking) behind the welcome; the welcome back on the
    launch after a first session started with --start."""
    fresh = tmp_path / "fresh"
    assert _launch(fresh, "--time-scale", "1000", "--start", "--quit-when-done") == [
        "default=first-steps"
    ]
    assert load_settings(fresh / "settings.json")[0].first_run_done
    assert _launch(fresh) == ["default=first-steps"]  # no welcome this time
    other = tmp_path / "other"
    assert _launch(other) == ["default=first-steps", "welcome=shown"]  # a plain first launch
    assert _launch(other) == ["default=first-steps"]


def test_the_welcome_the_default_and_the_empty_history_suggest_one_first_session(qtbot):
    """Seen: the welcome offered Easy start, the empty history 3 x 1:30 at 2.4 km/h on 3 %, and
    the window opened on Brisk ten (no backward walking)."""
    from datetime import UTC, datetime

    from walkcoach.core.progression import suggest_next_session

    dialog = FirstRunDialog(Settings(), library.builtin_programs())
    qtbot.addWidget(dialog)
    suggestion = suggest_next_session([], now=datetime(2025, 3, 19, tzinfo=UTC))
    assert dialog.offer == suggestion.program == library.first_program()
    assert suggestion.program.id == library.FIRST_PROGRAM_ID and suggestion.program.backward_s > 0
    # The welcome's advice fits it: short slow spells (2:00 at 2.4 km/h), not "flat".
    assert "flat" not in dialog.safety_label.text()
