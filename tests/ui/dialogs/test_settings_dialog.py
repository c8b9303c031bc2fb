"""Preferences: values in and out, kg/lb, saved through save_settings, applied to the running window."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.settings import Settings, load_settings, save_settings
from walkcoach.core.units import weight_text
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui.dialogs.settings import SettingsDialog, WeightSpin
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.session import SessionController
from walkcoach.ui.window_hooks import open_preferences


@pytest.fixture
def keep_app_look():
    """The theme is applied to the whole application: put it back for the tests that follow."""
    app = QApplication.instance()
    palette, font, sheet = app.palette(), app.font(), app.styleSheet()
    yield
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def test_dialog_shows_and_saves_every_setting(qtbot, tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(units="kmh", weight_kg=80.0, extra={"future_key": [1, 2]})
    dialog = SettingsDialog(settings, lambda: save_settings(settings, path))
    qtbot.addWidget(dialog)
    assert dialog.weight.suffix() == " kg" and dialog.weight.value() == 80.0
    dialog.units.setCurrentIndex(dialog.units.findData("mph"))
    assert dialog.weight.suffix() == " lb" and dialog.weight.value() == pytest.approx(
        176.4, abs=0.1
    )
    dialog.weight.setValue(200)
    dialog.voice.setChecked(False)
    dialog.volume.setValue(35)
    dialog.countdown.setValue(5)
    dialog.flash.setChecked(False)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.safety.setChecked(True)
    dialog.time_left.setCurrentIndex(dialog.time_left.findData(300))
    applied = []
    dialog.settings_applied.connect(applied.append)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert applied == [settings]
    loaded, warnings = load_settings(path)
    assert warnings == []
    assert (loaded.units, loaded.voice_enabled, loaded.volume, loaded.countdown_s) == (
        "mph",
        False,
        0.35,
        5,
    )
    assert loaded.weight_kg == pytest.approx(90.72, abs=0.01)
    assert (loaded.flash_on_change, loaded.theme, loaded.safety_check_each_session) == (
        False,
        "light",
        True,
    )
    assert loaded.time_left_every_s == 300
    assert json.loads(path.read_text())["future_key"] == [1, 2]  # unknown keys survive


def test_cancel_changes_nothing(qtbot):
    settings = Settings(units="kmh", volume=0.5)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.volume.setValue(10)
    dialog.units.setCurrentIndex(1)
    dialog.reject()
    assert settings.volume == 0.5 and settings.units == "kmh"


def test_restore_defaults_only_shows_them(qtbot):
    settings = Settings(units="kmh", countdown_s=9, theme="light")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.restore_defaults()
    assert dialog.countdown.value() == 3 and dialog.theme.currentData() == "dark"
    assert settings.countdown_s == 9


def test_every_control_has_an_accessible_name(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    for widget in (
        dialog.units,
        dialog.weight,
        dialog.voice,
        dialog.volume,
        dialog.muted,
        dialog.countdown,
        dialog.flash,
        dialog.theme,
        dialog.language,
        dialog.safety,
        dialog.time_left,
        *dialog.buttons.buttons(),
    ):
        assert widget.accessibleName(), widget


def test_corrupted_settings_file_leaves_the_app_usable(qtbot, data_dir, fake_clock, keep_app_look):
    path = data_dir / "settings.json"
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '{"version": 1, "units": "furlongs", "volume": 7, "theme": "light", "countdown_s": 5'
    )
    settings, warnings = load_settings(path)
    assert len(warnings) == 1 and "damaged" in warnings[0]
    assert settings.countdown_s == 3  # defaults
    path.write_text(json.dumps({"version": 1, "units": "furlongs", "volume": 7, "countdown_s": 5}))
    settings, warnings = load_settings(path)
    assert len(warnings) == 1 and "units" in warnings[0] and "volume" in warnings[0]
    assert settings.countdown_s == 5  # the good key is kept
    window = _window(qtbot, settings, fake_clock, lambda: save_settings(settings, path))
    dialog = open_preferences(window)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    loaded, warnings = load_settings(path)
    assert warnings == [] and loaded.countdown_s == 5


def _window(qtbot, settings, clock, save):
    player = RecordingCuePlayer()
    controller = SessionController(
        clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player, save_settings=save)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_preferences_apply_at_once_to_the_running_window(
    qtbot, data_dir, fake_clock, keep_app_look
):
    from walkcoach.core.library import find_program

    settings = Settings(units="kmh", flash_on_change=True, volume=0.8)
    saved = []
    window = _window(qtbot, settings, fake_clock, lambda: saved.append(True))
    window.page.picker.set_programs([find_program("easy-start")])
    assert "km/h" in window.page.current.targets
    player = window.cue_player
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.units.setCurrentIndex(dialog.units.findData("mph"))
    dialog.flash.setChecked(False)
    dialog.muted.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()
    assert saved
    assert window.flash_overlay.enabled is False and not window.flash_action.isChecked()
    assert window.mute_action.isChecked() and player.muted
    assert "mph" in window.page.current.targets
    assert QApplication.palette().window().color().lightness() > 128  # light theme applied
    # The coach page's direction word and time take the light theme's readable shade at once.
    from walkcoach.ui import theme

    light_idle = theme.LIGHT_DIRECTION_STYLES["idle"].colour
    assert light_idle in window.page.display.word_label.styleSheet()
    assert window.page.display.glyph.colour.name() == light_idle


# -- weights round-trip exactly ------------------------------------------------------------------


def _tenths(low: float, high: float) -> list[float]:
    return [round(low + tenth / 10, 1) for tenth in range(round((high - low) * 10) + 1)]


@pytest.mark.parametrize("typed_in", ["kg", "lb"])
def test_every_weight_typed_round_trips_exactly_through_a_unit_switch_and_the_file(qtbot, typed_in):
    """70 kg, shown as 154.3 lb and saved, used to come back as 69.99 kg."""
    spin = WeightSpin()
    qtbot.addWidget(spin)
    other = "lb" if typed_in == "kg" else "kg"
    low, high = (30.0, 250.0) if typed_in == "kg" else (66.0, 551.0)
    wrong = []
    for typed in _tenths(low, high):
        spin.set_unit(typed_in, 70.0)
        spin.setValue(typed)
        spin.set_unit(other)  # the user looks at it in the other unit, types nothing
        stored = json.loads(json.dumps(spin.weight_kg()))  # what settings.json keeps
        again = WeightSpin()
        again.set_unit(typed_in, stored)
        if typed_in == "kg" and stored != typed or again.value() != typed:
            wrong.append((typed, stored, again.value()))
        again.deleteLater()
    assert wrong == []


def test_seventy_kg_saved_while_showing_pounds_stays_seventy(qtbot, tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(units="kmh", weight_kg=70.0)
    dialog = SettingsDialog(settings, lambda: save_settings(settings, path))
    qtbot.addWidget(dialog)
    dialog.units.setCurrentIndex(dialog.units.findData("mph"))
    assert dialog.weight.text() == "154.3 lb"
    dialog.accept()
    loaded, _warnings = load_settings(path)
    assert loaded.weight_kg == 70.0
    assert weight_text(loaded.weight_kg, "lb") == "154.3 lb"
    assert weight_text(loaded.weight_kg, "kg") == "70 kg"


def test_units_weight_and_theme_reach_the_history_charts_and_the_editor_at_once(
    qtbot, data_dir, fake_clock, keep_app_look
):
    """Seen: "km in all" and dark charts after switching to mph and light; "estimate for 70 kg"."""
    from datetime import UTC, datetime, timedelta

    from walkcoach import paths
    from walkcoach.core.library import find_program
    from walkcoach.storage.writer import SessionWriter
    from walkcoach.ui import theme
    from walkcoach.ui.history.page import TAB_MUSCLES
    from walkcoach.ui.history.wiring import show_history
    from walkcoach.ui.window_hooks import open_program_editor

    program = find_program("first-steps")
    writer = SessionWriter(
        paths.database_path(), clock_wall=lambda: datetime.now(UTC) - timedelta(days=1)
    )
    writer.begin(program, 70.0)
    for index, planned in enumerate(program.planned_segments()):
        writer.segment_ended(index, planned.segment, planned.duration_s)
    writer.finish("completed", program.total_s)
    writer.close()
    settings = Settings(units="kmh", weight_kg=70.0, theme="dark")
    window = _window(qtbot, settings, fake_clock, lambda: None)
    theme.apply(QApplication.instance(), "dark")
    editor = open_program_editor(window)
    qtbot.addWidget(editor)
    assert "70 kg" in editor.summary.kcal_label.text()
    show_history(window)
    page = window.history_page
    page.tabs.setCurrentIndex(TAB_MUSCLES)
    assert "km in all" in page.summary_label.text()
    assert page.weekly_chart.backgroundBrush().color().name() == theme.DARK["panel"]

    dialog = open_preferences(window)
    dialog.units.setCurrentIndex(dialog.units.findData("mph"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()

    page = window.history_page
    assert window.page_stack.currentWidget() is page and page.tabs.currentIndex() == TAB_MUSCLES
    assert "miles in all" in page.summary_label.text() and "km" not in page.summary_label.text()
    for chart in (page.weekly_chart, page.progress_chart):
        assert chart.backgroundBrush().color().name() == theme.LIGHT["panel"]
    assert page.bests_panel.units == "mph"
    assert (
        "154.3 lb" in editor.summary.kcal_label.text()
        and "kg" not in editor.summary.kcal_label.text()
    )
    # Back to dark and km/h: the light colours go again, without a restart.
    dialog = open_preferences(window)
    dialog.units.setCurrentIndex(dialog.units.findData("kmh"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert window.history_page.weekly_chart.backgroundBrush().color().name() == theme.DARK["panel"]
    assert "km in all" in window.history_page.summary_label.text()
    editor.close()


def test_get_ready_count_and_spoken_cues_are_set_in_preferences(qtbot, tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(units="kmh")
    dialog = SettingsDialog(settings, lambda: save_settings(settings, path))
    qtbot.addWidget(dialog)
    assert dialog.get_ready.value() == 5 and dialog.cue_detail.currentData() == "all"
    assert dialog.get_ready.maximum() == 30 and dialog.get_ready.accessibleName()
    assert [dialog.cue_detail.itemData(i) for i in range(dialog.cue_detail.count())] == [
        "all",
        "changes",
        "none",
    ]
    dialog.get_ready.setValue(15)
    dialog.cue_detail.setCurrentIndex(dialog.cue_detail.findData("changes"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    loaded, warnings = load_settings(path)
    assert warnings == [] and (loaded.get_ready_s, loaded.cue_detail) == (15, "changes")
    again = SettingsDialog(loaded)
    qtbot.addWidget(again)
    assert again.get_ready.value() == 15 and again.cue_detail.currentData() == "changes"
    again.get_ready.setValue(0)
    assert again.get_ready.text() == "start at once" and again.values().get_ready_s == 0


def test_speed_distance_and_weight_units_are_set_each_on_its_own(qtbot, tmp_path):
    """mph brings miles and pounds, but a walker in mph may weigh in kg and count km."""
    path = tmp_path / "settings.json"
    settings = Settings(units="kmh", distance_unit="km", weight_unit="kg", weight_kg=70.0)
    dialog = SettingsDialog(settings, lambda: save_settings(settings, path))
    qtbot.addWidget(dialog)
    dialog.units.setCurrentIndex(dialog.units.findData("mph"))
    assert (dialog.distance_unit.currentData(), dialog.weight_unit.currentData()) == ("mi", "lb")
    dialog.weight_unit.setCurrentIndex(dialog.weight_unit.findData("kg"))
    assert dialog.weight.text() == "70.0 kg"
    dialog.accept()
    loaded, _warnings = load_settings(path)
    assert (loaded.units, loaded.distance_unit, loaded.weight_unit) == ("mph", "mi", "kg")
    again = SettingsDialog(loaded, lambda: None)
    qtbot.addWidget(again)
    assert (again.units.currentData(), again.distance_unit.currentData()) == ("mph", "mi")
    assert again.weight_unit.currentData() == "kg"


def test_language_is_chosen_in_preferences_and_the_dialog_says_it_applies_at_the_next_start(
    qtbot, tmp_path
):
    path = tmp_path / "settings.json"
    settings = Settings(units="kmh")
    dialog = SettingsDialog(settings, lambda: save_settings(settings, path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "" and dialog.language.accessibleName()
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "",
        "en",
        "de",
        "fr",
        "es",
        "nl",
        "it",
    ]
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.language_note.isVisible() and "next start" in dialog.language_note.text()
    assert dialog.language.currentText() == "Deutsch"  # each language by its own name
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    assert not dialog.language_note.isVisible()  # back to the saved one: nothing to say
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    loaded, warnings = load_settings(path)
    assert warnings == [] and loaded.language == "it"
