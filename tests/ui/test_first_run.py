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
from walkcoach.ui.first_run import FirstRunDialog, gentlest_program, should_show_first_run
from walkcoach.ui.inhibit import AwakeGuard
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session import SessionController
from walkcoach.ui.window_hooks import open_first_run, open_program_editor, refresh_picker


class _NoInhibit:
    active = False

    def inhibit(self, reason: str) -> None:
        pass

    def release(self) -> None:
        pass


@pytest.fixture
def keep_app_look():
    """Settings changes apply the theme to the whole application: put it back afterwards."""
    app = QApplication.instance()
    palette, font, sheet = app.palette(), app.font(), app.styleSheet()
    yield
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def test_gentlest_program_is_easy_start():
    programs = library.builtin_programs()
    assert gentlest_program(programs).id == "easy-start"
    without = [p for p in programs if p.id != "easy-start"]
    assert gentlest_program(without).id == "first-steps"
    rest = [p for p in without if p.id != "first-steps"]
    chosen = gentlest_program(rest)
    assert chosen.level == "beginner" and chosen.backward_s > 0
    assert gentlest_program([]) is None


@pytest.mark.parametrize(
    ("done", "smoke", "start", "shown"),
    [(False, False, False, True), (True, False, False, False), (False, True, False, False),
     (False, False, True, False)],
)  # fmt: skip
def test_when_first_run_shows(done, smoke, start, shown):
    assert (
        should_show_first_run(Settings(first_run_done=done), smoke_test=smoke, start=start) is shown
    )


def test_welcome_sets_units_weight_and_offers_the_gentle_program(qtbot):
    settings = Settings(units="kmh", weight_kg=70)
    dialog = FirstRunDialog(settings, library.builtin_programs())
    qtbot.addWidget(dialog)
    assert "Easy start" in dialog.take_offer.text() and dialog.take_offer.isChecked()
    assert "safety key" in dialog.safety_label.text()
    dialog.units.setCurrentIndex(dialog.units.findData("mph"))
    dialog.weight.setValue(180)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert settings.units == "mph" and settings.weight_kg == pytest.approx(81.65, abs=0.01)
    assert settings.first_run_done and dialog.chosen_program.id == "easy-start"


def test_skip_keeps_defaults_but_is_shown_once(qtbot):
    settings = Settings(units="kmh", weight_kg=70)
    dialog = FirstRunDialog(settings, library.builtin_programs())
    qtbot.addWidget(dialog)
    dialog.weight.setValue(99)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert settings.weight_kg == 70 and settings.first_run_done and dialog.chosen_program is None


def _window(qtbot, clock, settings, save=None):
    player = RecordingCuePlayer()
    controller = SessionController(clock, player, settings, AwakeGuard(_NoInhibit()))
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
    assert window.page.picker.current_program().id != "easy-start"
    dialog = open_first_run(window)
    assert dialog.isVisible() and window.isEnabled()  # open(), not exec(): nothing blocks
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert window.page.picker.current_program().id == "easy-start"
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
