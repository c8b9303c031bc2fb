"""The coach window driven by a FakeClock: what it shows, its controls and its keyboard shortcuts."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox
from window_harness import INTERVALS, Coach

from walkcoach.core.events import SessionState
from walkcoach.core.program import parse_program
from walkcoach.core.settings import Settings
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.theme import style_for
from walkcoach.ui.widgets.window_fit import FRAME_ALLOWANCE_W


def test_idle_page_shows_the_selected_program(coach):
    page = coach.page
    assert coach.word == "READY"
    assert coach.digits == "4:20"  # 60 + 2 * (15 + 30 + 15 + 30) + 20 s
    assert "1:00 backward" in page.picker.summary_label.text()
    assert "4:20 total" in page.picker.summary_label.text()
    assert page.picker.description_label.text().startswith("Forward, then two rounds")
    assert page.start_button.isEnabled() and not page.pause_button.isEnabled()
    assert page.muscle_panel.preview  # the first segment is previewed before the start


def test_space_starts_with_a_five_second_get_ready_then_forward(coach, qtbot):
    coach.key(qtbot, Qt.Key.Key_Space)
    assert coach.controller.state == SessionState.COUNTDOWN
    assert coach.word == "GET READY" and coach.digits == "5"
    coach.advance(1.0)
    assert coach.digits == "4"
    coach.advance(4.0)
    assert coach.controller.state == SessionState.RUNNING
    assert coach.word == "FORWARD"
    assert coach.digits == "1:00"
    targets = coach.page.display.targets_label.text()
    assert "4.0 km/h" in targets and "2 % incline" in targets
    assert coach.page.next_label.text().startswith("Next: Turn 0:15 at 1.0 km/h")
    assert coach.page.segment_label.text().startswith("Step 1 of 10")
    coach.advance(15.0)
    assert coach.digits == "0:45"
    assert coach.page.stats.values["elapsed"].text() == "0:15"
    assert coach.page.stats.values["remaining"].text() == "4:05"
    assert coach.page.progress.value() == round(15 / 260 * 1000)
    assert coach.page.muscle_panel.segment == INTERVALS.warmup[0]
    assert not coach.page.muscle_panel.preview


def test_start_before_a_session_its_controls_during_it(coach, qtbot):
    """The buttons that act on a session show while it runs, Start before it (they took a
    line of the 600 px page in a longer language); the keys work as before."""
    page = coach.page
    during = (page.pause_button, page.back_button, page.skip_button, page.stop_button)
    assert page.start_button.isVisible() and not any(b.isVisible() for b in during)
    coach.key(qtbot, Qt.Key.Key_Space)
    coach.advance(5.0)
    assert coach.controller.state == SessionState.RUNNING
    assert not page.start_button.isVisible() and all(b.isVisible() for b in during)
    assert page.less_time_button.isVisible() and page.more_time_button.isVisible()
    coach.key(qtbot, Qt.Key.Key_Space)  # paused: still a session
    assert coach.controller.state == SessionState.PAUSED and page.pause_button.isVisible()


def test_the_controls_keep_their_lines_while_the_figures_change(coach, qtbot):
    """The totals growing (1 -> 888 kcal) or Pause becoming Resume never sends a button onto
    another line: the direction display's height (its digits) would jump mid-session."""
    window, page = coach.window, coach.page
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.height() == 600)
    coach.key(qtbot, Qt.Key.Key_Space)
    coach.advance(6.0)
    buttons = [page.mini_button, page.workout_button, *page.session_buttons]

    def lines() -> tuple:
        qtbot.wait(20)  # the layout settles in the event loop
        return tuple(button.y() for button in buttons), page.display.height()

    first = lines()
    page.stats.set_values(3540.0, 3540.0, 88.88, 888.0, "km")
    assert lines() == first
    coach.key(qtbot, Qt.Key.Key_Space)
    assert page.pause_button.text() == "Resume"
    assert lines() == first


def test_saved_preferences_keep_the_totals_at_their_scaled_size(coach, qtbot, qapp, data_dir):
    """Saving Preferences sets the style sheet again, which gives widgets back the fonts of
    their first polish: the totals' figures grew to 26 px at 600 px (wider, and their
    view buttons dropped onto the controls' line)."""
    from walkcoach.ui import theme
    from walkcoach.ui.dialogs.apply_settings import apply_live_settings

    style, font, palette = qapp.styleSheet(), qapp.font(), qapp.palette()
    try:
        theme.apply(qapp, "dark")  # as the app does, before its window is built
        window = MainWindow(coach.controller, coach.settings, window_state_path=data_dir / "w.ini")
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitUntil(lambda: window.height() == 600)
        figure = window.page.stats.values["kcal"]
        assert figure.font().pixelSize() == round(600 * 0.036)
        apply_live_settings(coach.settings, app=qapp, window=window)
        qtbot.wait(1)
        assert figure.font().pixelSize() == round(600 * 0.036)
    finally:  # the other tests' windows are built without the theme
        qapp.setStyleSheet(style)
        qapp.setFont(font)
        qapp.setPalette(palette)


def test_digits_are_at_least_a_sixth_of_the_window_height(coach, qtbot):
    for width, height in ((1280, 760), (1366, 768), (1024, 600), (1920, 1080)):
        coach.window.resize(width, height)
        qtbot.waitUntil(lambda h=height: coach.window.height() == h)
        qtbot.wait(1)  # the layout settles in the event loop, before the next paint
        metrics = QFontMetrics(coach.page.display.time_label.font())
        digit_height = metrics.tightBoundingRect("10:00").height()
        assert digit_height >= coach.window.height() / 6, (width, height, digit_height)
        # ...and the digits fit inside their label: nothing clipped.
        label = coach.page.display.time_label
        assert metrics.horizontalAdvance("10:00") <= label.width()
        assert digit_height <= label.height()


def test_turn_warning_turn_display_and_backward_segment(coach, qtbot):
    coach.window.request_start()
    coach.advance(5.0 + 49.0)  # 11 s left of the first forward segment
    assert not coach.page.display.banner.isVisible()
    coach.advance(1.0)  # 10 s before the turn
    assert coach.page.display.banner.isVisible()
    assert "TURN AROUND" in coach.page.display.banner.text()
    assert coach.page.display.banner.text() == "TURN AROUND SOON, then BACKWARD"
    assert "turn_warning" in coach.player.kinds()
    coach.advance(10.0)  # the turn: a segment of its own, never a rest
    assert coach.controller.snapshot().planned.kind == "turn"
    assert coach.word == "TURN"
    assert not coach.page.display.banner.isVisible()  # the warning is over: this is the turn
    assert coach.player.played[-1].kind == "turn"
    assert "face the back" in coach.player.played[-1].speech
    coach.advance(15.0)
    assert coach.word == "BACKWARD"
    assert coach.digits == "0:30"
    assert coach.page.display.glyph.shape == "arrow_down"
    assert coach.page.display.glyph.colour.name() == style_for("backward").colour
    assert style_for("backward").shape != style_for("forward").shape
    assert not coach.page.display.banner.isVisible()
    assert coach.page.next_label.text().startswith("Next: Turn 0:15 at 1.0 km/h")
    # The muscles of backward walking are shown, hardest-working first, with a reason.
    panel = coach.page.muscle_panel
    assert not panel.preview and panel.activations
    assert panel.activations[0].activation >= panel.activations[-1].activation
    assert panel.top_labels[0].isVisible() and panel.top_labels[0].text()


def test_segment_change_flashes_the_window_unless_turned_off(coach, qtbot):
    coach.window.request_start()
    coach.advance(5.0)
    assert coach.window.flash_overlay.running
    assert coach.window.flash_overlay.colour.name() == style_for("forward").colour
    coach.window.flash_action.setChecked(False)
    assert coach.settings.flash_on_change is False
    coach.window.flash_overlay.animation.stop()
    coach.window.flash_overlay.hide()
    coach.advance(75.0)
    assert coach.word == "BACKWARD"
    assert not coach.window.flash_overlay.running


def test_skip_and_back_keys(coach, qtbot):
    coach.key(qtbot, Qt.Key.Key_Space)
    coach.advance(5.0 + 10.0)
    coach.key(qtbot, Qt.Key.Key_Right)
    assert coach.word == "TURN"
    coach.key(qtbot, Qt.Key.Key_Right)
    assert coach.word == "BACKWARD"
    coach.key(qtbot, Qt.Key.Key_N)
    coach.key(qtbot, Qt.Key.Key_N)
    assert coach.word == "FORWARD" and coach.digits == "0:30"
    coach.key(qtbot, Qt.Key.Key_B)  # within 3 s of the start: back to the previous segment
    assert coach.word == "TURN"
    coach.key(qtbot, Qt.Key.Key_B)
    assert coach.word == "BACKWARD"
    coach.advance(10.0)
    coach.key(qtbot, Qt.Key.Key_Left)  # later on: restart this segment
    assert coach.word == "BACKWARD" and coach.digits == "0:30"
    assert coach.page.segment_label.text().startswith("Step 3 of 10")


@pytest.mark.qt_log_ignore(
    "keyToAscii Unhandled key code"
)  # the media key sent by the test has no ASCII
def test_pause_resume_and_staying_awake(coach, qtbot):
    inhibitor = coach.inhibitor
    coach.key(qtbot, Qt.Key.Key_Space)
    assert inhibitor.active and inhibitor.calls == ["inhibit"]  # awake during the get-ready
    coach.advance(5.0 + 20.0)
    coach.key(qtbot, Qt.Key.Key_Space)
    assert coach.controller.state == SessionState.PAUSED
    assert coach.page.pause_button.text() == "Resume"
    assert not inhibitor.active  # released on pause
    assert coach.page.display.paused
    coach.clock.advance(300.0)
    coach.key(qtbot, Qt.Key.Key_MediaTogglePlayPause)  # a Bluetooth remote's play/pause
    assert coach.controller.state == SessionState.RUNNING
    assert inhibitor.active
    assert coach.digits == "0:40"  # the pause did not eat segment time
    coach.key(qtbot, Qt.Key.Key_MediaPause)
    assert coach.controller.state == SessionState.PAUSED
    coach.key(qtbot, Qt.Key.Key_MediaPlay)
    assert coach.controller.state == SessionState.RUNNING
    assert inhibitor.calls == ["inhibit", "release", "inhibit", "release", "inhibit"]


def test_escape_asks_before_stopping_and_stop_releases_the_inhibit(coach, qtbot):
    coach.key(qtbot, Qt.Key.Key_Space)
    coach.advance(5.0 + 8.0)
    coach.key(qtbot, Qt.Key.Key_Escape)
    dialog = coach.window.stop_dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert coach.controller.state == SessionState.RUNNING  # nothing happens without an answer
    coach.advance(1.0)  # and the session keeps time while the question is shown
    keep = next(b for b in dialog.buttons() if b.text() == "Keep going")
    keep.click()
    assert coach.controller.state == SessionState.RUNNING
    coach.page.stop_button.click()
    dialog = coach.window.stop_dialog
    stop = next(b for b in dialog.buttons() if b.text() == "Stop")
    stop.click()
    assert coach.controller.state == SessionState.STOPPED
    assert coach.word == "STOPPED"
    assert not coach.inhibitor.active
    assert coach.page.start_button.isEnabled() and not coach.page.pause_button.isEnabled()


def test_shortcuts_work_while_the_program_list_has_focus(coach, qtbot):
    combo = coach.page.picker.combo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert coach.controller.state == SessionState.COUNTDOWN
    assert combo.currentIndex() == 0 and not combo.view().isVisible()
    coach.advance(5.0)
    qtbot.keyClick(combo, Qt.Key.Key_Right)
    assert coach.word == "TURN"


def test_mute_key_and_mini_view_toggle(coach, qtbot):
    coach.key(qtbot, Qt.Key.Key_M)
    assert coach.settings.muted and coach.player.muted
    assert "Sound off" in coach.window.mute_label.text()
    coach.key(qtbot, Qt.Key.Key_M)
    assert not coach.settings.muted and not coach.player.muted

    coach.window.request_start()
    coach.advance(5.0 + 3.0)
    coach.key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    mini = coach.window.mini_view
    assert mini.isVisible() and not coach.window.isVisible()
    assert mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert mini.word_label.text() == "FORWARD" and mini.time_label.text() == "0:57"
    assert mini.next_label.text().startswith("Next: Turn")
    coach.advance(1.0)
    assert mini.time_label.text() == "0:56"
    # The keys work in the mini view too.
    mini.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mini)
    qtbot.keyClick(mini, Qt.Key.Key_Space)
    assert coach.controller.state == SessionState.PAUSED
    assert mini.pause_button.text() == "Resume"
    mini.full_button.click()
    assert coach.window.isVisible() and not mini.isVisible()
    assert coach.settings.mini_view is False


def test_station_waits_for_done(coach, qtbot):
    coach.window.request_start(skip_dialogs=True)
    coach.advance(5.0)
    for _ in range(9):
        coach.window.skip()
    assert coach.word == "10 SQUATS"
    assert coach.page.display.glyph.shape == "square"
    assert coach.page.done_button.isVisible()
    coach.advance(20.5)
    assert coach.controller.snapshot().awaiting_confirmation
    assert "press Done" in coach.page.display.banner.text()
    assert coach.controller.state == SessionState.RUNNING
    coach.page.done_button.click()
    assert coach.controller.state == SessionState.FINISHED
    assert coach.word == "WELL DONE"
    assert not coach.inhibitor.active
    assert coach.player.kinds()[-1] == "finish"


def test_totals_count_distance_and_energy(coach):
    coach.window.request_start()
    coach.advance(5.0 + 60.0)  # the whole 60 s forward segment at 4.0 km/h
    assert coach.page.stats.values["distance"].text() == f"{4.0 * 60 / 3600:.2f} km"
    kcal_text = coach.page.stats.values["kcal"].text()
    assert kcal_text.startswith("≈ ") and kcal_text.endswith(" kcal") and kcal_text != "≈ 0 kcal"


def test_safety_checklist_before_the_first_backward_session(qtbot, fake_clock, data_dir):
    settings = Settings(units="mph", safety_check_seen=False)
    coach = Coach(qtbot, fake_clock, data_dir, settings)
    coach.page.start_button.click()
    dialog = coach.window.safety_dialog
    assert dialog is not None and dialog.isVisible()
    assert coach.controller.state == SessionState.IDLE  # not before the checklist is answered
    assert "safety key" in dialog.checklist.text()
    dialog.ready_button.click()
    assert settings.safety_check_seen and not settings.safety_check_each_session
    assert coach.controller.state == SessionState.COUNTDOWN
    coach.advance(5.0)
    assert "2.5 mph" in coach.page.display.targets_label.text()  # 4.0 km/h in miles per hour
    coach.controller.stop()
    # Seen once: the next backward session starts straight away.
    coach.page.start_button.click()
    assert coach.controller.state == SessionState.COUNTDOWN
    coach.controller.shutdown()
    coach.event_log.close()


def test_event_log_has_every_event_and_cue(coach):
    coach.window.request_start()
    coach.advance(5.0 + 76.0)
    coach.controller.stop()
    coach.event_log.close()
    lines = [json.loads(line) for line in coach.log_path.read_text().splitlines()]
    names = [line["event"] for line in lines]
    assert names.count("get_ready") == 5
    assert names.count("segment_started") == 3
    assert "turn_around_warning" in names and "cue" in names
    cues = [line for line in lines if line["event"] == "cue"]
    assert {"backward", "forward", "countdown", "turn_warning", "turn"} <= {c["cue"] for c in cues}
    assert all({"planned_s", "actual_s"} <= line.keys() for line in lines)
    # Fed by the 0.25 s refresh here, so each is at most one refresh late.
    assert all(0 <= line["actual_s"] - line["planned_s"] <= 0.25 + 1e-9 for line in lines)


def test_window_geometry_is_remembered(coach, qtbot, data_dir):
    coach.window.resize(1100, 700)
    qtbot.waitUntil(lambda: coach.window.width() == 1100)
    coach.window.save_window_state()
    other = MainWindow(coach.controller, coach.settings, window_state_path=data_dir / "window.ini")
    qtbot.addWidget(other)
    # The offscreen test screen is 800 px wide, so the width is clamped to fit it (frame
    # included); the height (not the one fitted to the screen) shows the geometry was read back.
    assert other.size().height() == 700
    assert other.size().width() == other.screen().availableGeometry().width() - FRAME_ALLOWANCE_W


def test_keyboard_shortcuts_dialog_lists_every_key(coach):
    coach.window.show_shortcuts()
    table = coach.window.shortcuts_dialog.table
    keys = " ".join(table.item(row, 0).text() for row in range(table.rowCount()))
    for name in (
        "Space",
        "Right",
        "N",
        "Left",
        "B",
        "Esc",
        "F11",
        "M",
        "Ctrl+M",
        "Media",
        "+",
        "=",
        "-",
    ):
        assert name in keys, name
    texts = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert "30 seconds more on this step" in texts


def test_every_coach_control_has_an_accessible_name(coach):
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    controls = coach.window.findChildren(QAbstractButton) + coach.window.findChildren(QComboBox)
    visible = [c for c in controls if c.isVisibleTo(coach.window)]
    assert visible
    assert [c.objectName() or c.text() for c in visible if not c.accessibleName()] == []


def test_the_picker_says_where_the_coach_adds_turns(coach):
    straight = parse_program(
        {
            "version": 1,
            "id": "straight",
            "name": "Straight back",
            "description": "Back and forth.",
            "main": [
                {"kind": "forward", "duration_s": 60, "speed_kmh": 4.0},
                {"kind": "backward", "duration_s": 60, "speed_kmh": 2.4},
                {"kind": "forward", "duration_s": 60, "speed_kmh": 4.0},
            ],
        }
    )
    picker = coach.page.picker
    picker.set_programs([INTERVALS, straight], select_id="straight")
    assert picker.description_label.text() == (
        "Back and forth. The coach adds a 15 s turn at 2 places where the direction changes."
    )
    picker.select("page-test")  # its own turns at every change: nothing added, nothing said
    assert "The coach adds" not in picker.description_label.text()


def test_plus_and_minus_thirty_seconds_keys_and_buttons(coach, qtbot):
    page = coach.page
    coach.key(qtbot, Qt.Key.Key_Space)
    assert coach.controller.state == SessionState.COUNTDOWN
    assert not page.more_time_button.isEnabled() and not page.less_time_button.isEnabled()
    coach.key(qtbot, Qt.Key.Key_Plus)  # nothing during the get-ready count
    assert coach.controller.snapshot().get_ready_left_s == 5.0
    coach.advance(5.0 + 10.0)
    assert coach.digits == "0:50"
    assert page.more_time_button.isEnabled() and page.less_time_button.isEnabled()
    coach.key(qtbot, Qt.Key.Key_Plus)
    assert coach.digits == "1:20"
    coach.key(qtbot, Qt.Key.Key_Equal)  # the same key without Shift
    assert coach.digits == "1:50"
    coach.key(qtbot, Qt.Key.Key_Minus)
    assert coach.digits == "1:20"
    qtbot.mouseClick(page.more_time_button, Qt.MouseButton.LeftButton)
    assert coach.digits == "1:50"
    qtbot.mouseClick(page.less_time_button, Qt.MouseButton.LeftButton)
    for _ in range(5):
        qtbot.mouseClick(page.less_time_button, Qt.MouseButton.LeftButton)
    assert coach.digits == "0:05"  # never below 5 s left
    assert coach.player.spoken[-1] == "Fifteen seconds less: five seconds left."
    coach.advance(5.0)
    assert coach.word == "TURN"  # the next segment came at the new end
    lines = [json.loads(line) for line in coach.log_path.read_text().splitlines()]
    extended = [line for line in lines if line["event"] == "segment_extended"]
    # 1:50 -> 1:20 -> 0:50 -> 0:20 -> 0:05, then nothing more to take.
    assert [e["delta_s"] for e in extended] == [30.0, 30.0, -30.0, 30.0, -30.0, -30.0, -30.0, -15.0]


def test_fewer_spoken_cues_and_a_longer_get_ready_from_the_settings(coach):
    coach.settings.cue_detail = "changes"
    coach.settings.get_ready_s = 10
    coach.window.request_start()
    assert coach.digits == "10"
    coach.advance(10.0 + 60.0)
    kinds_spoken = {c.kind for c in coach.player.played if c.speech}
    assert "halfway" not in kinds_spoken and {"forward", "turn_warning", "turn"} <= kinds_spoken
    assert "halfway.wav" in coach.player.heard  # the sounds stay


def test_a_narrow_program_drop_down_elides_its_text(qtbot):
    """At 1024x600 it showed "(20:30, 6:00 back" cut through a letter."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from walkcoach.core import library
    from walkcoach.ui.coach.program_picker import ProgramPicker

    picker = ProgramPicker()
    qtbot.addWidget(picker)
    picker.set_programs(library.builtin_programs())
    combo = picker.combo
    combo.setMinimumContentsLength(4)
    combo.setFixedWidth(180)
    picker.show()
    qtbot.waitExposed(picker)
    full = combo.currentText()
    shown = combo.shown_text()
    assert shown != full and shown.endswith("…")
    assert full.startswith(shown[:-1])
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert combo.fontMetrics().horizontalAdvance(shown) <= field.width()


def test_the_distance_follows_the_distance_unit_not_the_speed_unit(qtbot):
    """The strip once passed a distance in km to the speed conversion; now it uses the
    distance unit of its own: a walker in mph may count km."""
    from walkcoach.ui.coach.stats_strip import StatsStrip

    strip = StatsStrip()
    qtbot.addWidget(strip)
    strip.set_values(60, 60, 1.609344, 10, "mi")
    assert strip.values["distance"].text() == "1.00 mi"
    strip.set_values(60, 60, 1.609344, 10, "km")
    assert strip.values["distance"].text() == "1.61 km"
