"""Preferences' heart-rate page with real widgets: zones shown as the fields change (estimated
from the age and said so, on the reserve with a resting heart rate), saved to the file and read
back, a resting heart rate that cannot make zones refused with why, the coaching options."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from walkcoach.core.settings import Settings, load_settings, save_settings
from walkcoach.ui.dialogs.settings import SettingsDialog


def _bounds(dialog) -> list[str]:
    return [cells[2].text() for cells in dialog.heart_rate.zone_labels]


def test_zones_follow_the_age_then_the_maximum_then_the_resting_heart_rate(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.heart_rate
    assert _bounds(dialog) == [""] * 5
    assert "Enter your maximum heart rate" in page.zones_note.text()
    page.age.setValue(40)  # Tanaka: 208 - 0.7 x 40 = 180
    assert _bounds(dialog)[0] == "90–107 bpm (50–60 %)"
    assert _bounds(dialog)[4] == "162 bpm and above (90 % and more)"
    assert "Tanaka" in page.zones_note.text() and "estimate" in page.zones_note.text()
    page.max_hr.setValue(190)
    assert _bounds(dialog)[4] == "171 bpm and above (90 % and more)"
    assert "Tanaka" not in page.zones_note.text()
    page.resting.setValue(60)  # Karvonen: 60 + 50 % x 130 = 125
    assert _bounds(dialog)[0].startswith("125–")
    assert "reserve" in page.zones_note.text()
    assert "top of zone 4: 177 bpm" in page.zones_note.text()


def test_the_page_saves_to_the_file_and_reads_back(qtbot, tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings()
    dialog = SettingsDialog(settings, lambda: save_settings(settings, path))
    qtbot.addWidget(dialog)
    page = dialog.heart_rate
    page.age.setValue(52)
    page.resting.setValue(58)
    page.ceiling_on.setChecked(True)
    page.ceiling.setValue(150)
    page.settle_on.setChecked(True)
    assert page.settle.isEnabled() and page.settle_wait.isEnabled()
    page.settle.setValue(105)
    page.settle_wait.setValue(90)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    loaded, warnings = load_settings(path)
    assert warnings == []
    assert (loaded.max_hr_bpm, loaded.age_years, loaded.resting_hr_bpm) == (0, 52, 58)
    assert (loaded.hr_ceiling_enabled, loaded.hr_ceiling_bpm) == (True, 150)
    assert (loaded.hr_settle_before_backward, loaded.hr_settle_bpm) == (True, 105)
    assert loaded.hr_settle_max_wait_s == 90

    again = SettingsDialog(loaded)
    qtbot.addWidget(again)
    assert again.heart_rate.max_hr.text() == "estimate from my age"  # 0: not given
    assert again.heart_rate.age.value() == 52 and again.heart_rate.ceiling.value() == 150


def test_a_resting_heart_rate_too_close_to_the_maximum_is_refused_with_why(qtbot):
    settings = Settings()
    saved = []
    dialog = SettingsDialog(settings, lambda: saved.append(1))
    qtbot.addWidget(dialog)
    page = dialog.heart_rate
    page.max_hr.setValue(120)
    page.resting.setValue(110)
    assert "well below the maximum" in page.zones_note.text()
    dialog.tabs.setCurrentIndex(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved == []
    assert dialog.tabs.currentWidget().isAncestorOf(page)  # shown where the problem is
    assert "well below the maximum" in dialog.error_label.text()
    assert settings.resting_hr_bpm == 0  # nothing copied into the live settings


def test_every_heart_rate_control_is_named_and_reachable_by_its_label(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.heart_rate
    for widget in (
        page.max_hr,
        page.age,
        page.resting,
        page.ceiling,
        page.settle,
        page.settle_wait,
    ):
        assert widget.accessibleName(), widget
    assert not page.ceiling.isEnabled() or page.ceiling_on.isChecked()
    page.ceiling_on.setChecked(False)
    assert not page.ceiling.isEnabled()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&General",
        "&Heart rate",
    ]  # Alt+H reaches the page
