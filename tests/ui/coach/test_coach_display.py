"""The coach display read from the treadmill: the turn as a phase of its own, every segment's
hint and incline, targets and banners large, paused unmistakable, the workout view, and a
window that fits its screen. Driven by a FakeClock, like test_coach_page.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from window_harness import Coach, FakeInhibitor

from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.events import SessionState
from walkcoach.core.program import parse_program
from walkcoach.core.settings import Settings
from walkcoach.system.awake import AwakeGuard
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.session import SessionController
from walkcoach.ui.theme import style_for
from walkcoach.ui.widgets.window_fit import clamped, fitted_size

TURNING = parse_program(
    {
        "format": "walkcoach-program",
        "version": 1,
        "id": "turning",
        "name": "Turning",
        "main": [
            {"kind": "forward", "duration_s": 30, "speed_kmh": 4.0, "incline_pct": 2},
            {
                "kind": "turn",
                "duration_s": 15,
                "speed_kmh": 1.0,
                "incline_pct": 3,
                "note": "Eyes on the console",
            },
            {"kind": "backward", "duration_s": 30, "speed_kmh": 2.4, "incline_pct": 3},
            {
                "kind": "rest",
                "duration_s": 20,
                "speed_kmh": 1.0,
                "incline_pct": 4,
                "note": "Breathe out slowly",
            },
            {"kind": "forward", "duration_s": 30, "speed_kmh": 4.0},
        ],
    }
)


_CONTROLLERS: list = []


@pytest.fixture
def coach(qtbot, fake_clock, data_dir, monkeypatch):
    from walkcoach.core import cues

    if "turn" not in cues.SOUNDS:  # until the turn's own cues (another branch) are merged
        monkeypatch.setitem(cues.SOUNDS, "turn", cues.SOUNDS["turn_warning"])
    settings = Settings(units="kmh", safety_check_seen=True, countdown_s=3)
    coach = Coach(qtbot, fake_clock, data_dir, settings)
    coach.page.picker.set_programs([TURNING])
    coach.window.flash_action.setChecked(False)  # a flash would colour the grabs below
    yield coach
    coach.controller.shutdown()
    coach.event_log.close()
    # shutdown() deleteLater()s the session driver, a child of the controller. Collected
    # before a later event loop ran that deletion, the controller took the driver with it and
    # the deferred delete then crashed the interpreter in an unrelated test further down the
    # run: the controllers of this file live until the end of the run.
    _CONTROLLERS.append(coach.controller)


def start(coach) -> None:
    coach.window.request_start(skip_dialogs=True)
    coach.advance(5.0)  # the get-ready count
    assert coach.word == "FORWARD"


def colour_share(widget, colour: str, tolerance: int = 60) -> float:
    """Share of the widget's rendered pixels near ``colour``."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    image = image.scaled(image.width() // 4, image.height() // 4)
    target = QColor(colour)
    near = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
            )
            near += distance <= tolerance
    return near / (image.width() * image.height())


def test_a_turn_is_shown_as_turn_with_its_steps_and_the_warning_goes(coach):
    start(coach)
    display = coach.page.display
    coach.advance(21.0)  # 9 s before the turn: the warning is up
    assert display.banner.isVisible() and "TURN AROUND SOON" in display.banner.text()
    assert "BACKWARD" in display.banner.text()
    assert coach.page.next_label.text().startswith("Next: Turn 0:15 at 1.0 km/h")
    coach.advance(9.0 + 2.0)  # 2 s into the turn
    assert coach.word == "TURN" and display.kind == "turn"
    assert display.glyph.shape == "u_turn"
    # Amber all over (a warning sign), with its symbol and words in dark ink on it.
    assert display.filled and style_for("turn").colour in display.styleSheet()
    assert display.glyph.colour.name() == style_for("turn").text_on_colour
    assert style_for("turn").colour not in {
        style_for(k).colour for k in ("forward", "backward", "rest")
    }
    targets = display.targets_label.text()
    assert "Belt slow: 1.0 km/h" in targets and "3 % incline" in targets
    steps = display.steps_label.text().replace("\u00a0", " ")
    assert display.steps_label.isVisible()
    assert (
        steps.index("Hold the rails") < steps.index("Turn round") < steps.index("Find your footing")
    )
    # The warning was for the turn: during the turn itself it is gone.
    assert not display.banner.isVisible()
    assert display.note_label.isVisible() and display.note_label.text() == "Eyes on the console"
    assert coach.digits == "0:13"
    # The turn's steps are as large as the targets (read from 2 m, like them).
    assert display.steps_label.font().pixelSize() >= display.targets_label.font().pixelSize()
    coach.advance(13.0)
    assert coach.word == "BACKWARD"
    assert not display.banner.isVisible() and not display.steps_label.isVisible()
    assert not display.note_label.isVisible()


def test_every_segment_shows_its_hint_and_incline_while_it_runs(coach):
    start(coach)
    coach.advance(30.0 + 15.0 + 30.0 + 1.0)  # 1 s into the rest
    display = coach.page.display
    assert coach.word == "REST"
    assert "1.0 km/h" in display.targets_label.text()
    assert "4 % incline" in display.targets_label.text()  # a rest on a slope says so
    assert display.note_label.isVisible() and display.note_label.text() == "Breathe out slowly"
    coach.advance(20.0)
    assert coach.word == "TURN"  # a rest is no turn: the coach adds one before facing forward
    coach.advance(15.0)
    assert coach.word == "FORWARD"
    assert "0 % incline" in display.targets_label.text()  # walking: the incline even at 0 %
    assert not display.note_label.isVisible()


def _cap_px(label) -> int:
    return QFontMetrics(label.font()).capHeight()


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_targets_are_at_least_half_the_direction_word_and_banners_are_large(coach, qtbot, size):
    width, height = size
    coach.window.resize(width, height)
    qtbot.waitUntil(lambda: coach.window.height() == height)
    qtbot.wait(1)  # the layout settles in the event loop, before the next paint
    start(coach)
    display = coach.page.display
    for moment_s in (0.0, 22.0, 10.0):  # forward; warning up; during the turn
        coach.advance(moment_s)
        word, targets = _cap_px(display.word_label), _cap_px(display.targets_label)
        assert targets >= word / 2, (size, coach.word, targets, word)
        # Nothing is squeezed: each line of text is as tall as its text needs.
        for label in (
            display.targets_label,
            display.steps_label,
            display.note_label,
            display.next_label,
            display.banner,
        ):
            if label.isVisible():
                needed = label.heightForWidth(label.width())
                assert label.height() >= needed - 1, (size, label.objectName(), needed)
        digits = QFontMetrics(display.time_label.font())
        assert digits.height() <= display.time_label.height() + 1
        assert digits.horizontalAdvance("10:00") <= display.time_label.width()
    # The turn warning banner: at least 4.5 % of the window high (27 px at 600, 49 at 1080).
    assert display.banner.font().pixelSize() >= 0.045 * height
    # "Next:" has one size, the same for every segment and the same as the hint line.
    sizes = set()
    for _ in range(3):
        sizes.add(display.next_label.font().pixelSize())
        coach.window.skip()
    assert sizes == {display.note_label.font().pixelSize()}


def test_pause_greys_the_whole_display_and_says_paused(coach, qtbot):
    start(coach)
    coach.advance(5.0)
    display = coach.page.display
    forward = style_for("forward").colour
    running_share = colour_share(display, forward)
    assert running_share > 0.04  # word, arrow, digits and frame in the direction's colour
    coach.key(qtbot, Qt.Key.Key_Space)
    assert coach.controller.state == SessionState.PAUSED
    overlay = display.paused_overlay
    assert overlay is not None and overlay.isVisible() and display.paused
    assert overlay.geometry() == display.rect()  # the whole display, not a strip of it
    assert overlay.word == "PAUSED" and "Space" in overlay.reason
    word_px, _reason_px = overlay.font_px()
    assert word_px >= 1.5 * display.word_label.font().pixelSize()  # larger than FORWARD
    paused_share = colour_share(display, forward)
    assert paused_share < running_share / 8, (paused_share, running_share)
    coach.key(qtbot, Qt.Key.Key_Space)
    assert not display.paused
    assert colour_share(display, forward) > 0.04
    # The computer sleeping is a pause too, and says so.
    coach.clock.advance(60.0)
    coach.controller.driver.tick()
    assert coach.controller.state == SessionState.PAUSED
    assert display.paused and "asleep" in display.paused_overlay.reason


def test_the_mini_view_shows_the_targets_and_the_paused_state(coach, qtbot):
    start(coach)
    coach.key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    mini = coach.window.mini_view
    assert mini.isVisible()
    assert mini.targets_label.isVisible()
    assert "4.0 km/h" in mini.targets_label.text() and "2 % incline" in mini.targets_label.text()
    assert not mini.paused_overlay.isVisible()
    coach.window.toggle_pause()
    assert mini.paused_overlay.isVisible() and mini.paused_overlay.word == "PAUSED"
    # The veil covers the readout, not the Resume button.
    assert not mini.paused_overlay.geometry().intersects(mini.pause_button.geometry())
    assert mini.pause_button.text() == "Resume"
    coach.window.toggle_pause()
    assert not mini.paused_overlay.isVisible()
    coach.advance(30.0 + 1.0)
    assert mini.word_label.text() == "TURN"
    assert "Belt slow: 1.0 km/h" in mini.targets_label.text()


def test_workout_view_shows_only_direction_time_targets_and_next(coach, qtbot):
    window, page = coach.window, coach.page
    screen = window.screen().geometry()
    window.resize(screen.size())  # the same size as the workout view's, for comparing
    qtbot.waitUntil(lambda: window.height() == screen.height())
    start(coach)
    qtbot.wait(1)
    digits_before = page.display.time_label.font().pixelSize()
    word_before = page.display.word_label.font().pixelSize()
    coach.key(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    qtbot.wait(1)
    assert window.workout.active
    display = page.display
    for shown in (
        display,
        display.word_label,
        display.targets_label,
        display.time_label,
        display.next_label,
    ):
        assert shown.isVisible()
    hidden = [
        window.menuBar(),
        window.statusBar(),
        page.picker,
        page.stats,
        page.progress,
        page.segment_label,
        page.muscle_panel,
        page.start_button,
        page.pause_button,
        page.skip_button,
        page.back_button,
        page.stop_button,
        page.mini_button,
        page.workout_button,
    ]
    assert [w.objectName() or type(w).__name__ for w in hidden if w.isVisible()] == []
    # The display has the window to itself and its fonts grow with it.
    assert display.height() >= 0.95 * window.height()
    assert display.time_label.font().pixelSize() > 1.2 * digits_before
    assert display.word_label.font().pixelSize() > 1.2 * word_before
    # The keys keep working: Space pauses (and the veil covers the workout view), Right skips.
    coach.key(qtbot, Qt.Key.Key_Space)
    assert coach.controller.state == SessionState.PAUSED and display.paused
    coach.key(qtbot, Qt.Key.Key_Space)
    coach.key(qtbot, Qt.Key.Key_Right)
    assert coach.word == "TURN"
    # Esc leaves the workout view (it does not ask to stop the session)...
    coach.key(qtbot, Qt.Key.Key_Escape)
    assert not window.workout.active and not window.isFullScreen()
    assert window.stop_dialog is None and coach.controller.state == SessionState.RUNNING
    assert page.stats.isVisible() and page.pause_button.isVisible() and window.menuBar().isVisible()
    assert page.muscle_panel.isVisible()
    # ...the button on the coach page enters it, and F11 leaves it too.
    page.workout_button.click()
    assert window.workout.active
    coach.key(qtbot, Qt.Key.Key_F11)
    assert not window.workout.active and page.stop_button.isVisible()


def test_fitted_window_sizes_for_small_and_large_screens():
    small = fitted_size(QRect(0, 0, 1024, 600))
    assert small.width() <= 1024 and small.height() <= 600 - 40  # room for a title bar
    assert small.width() >= 1000 and small.height() >= 540  # and the rest of the screen used
    large = fitted_size(QRect(0, 0, 1920, 1080))
    assert large.width() > 1280 and large.height() > 780  # bigger than the old fixed size
    assert large.width() <= 1920 and large.height() <= 1080 - 40
    # A remembered geometry is kept when it fits, and clamped when it does not.
    screen = QRect(0, 0, 1366, 768)
    assert clamped(QRect(100, 50, 1000, 600), screen) == QRect(100, 50, 1000, 600)
    fitted = clamped(QRect(900, 500, 1900, 1000), screen)
    assert screen.contains(fitted) and fitted.size().width() < 1900


def test_the_window_opens_at_a_size_that_fits_its_screen(qtbot, data_dir, fake_clock):
    settings = Settings(units="kmh", safety_check_seen=True)
    controller = SessionController(
        fake_clock, RecordingCuePlayer(), settings, AwakeGuard(FakeInhibitor())
    )
    window = MainWindow(controller, settings, window_state_path=data_dir / "window.ini")
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()  # offscreen: 800x800
    assert available.contains(window.geometry()), (window.geometry(), available)
    assert window.size() == fitted_size(available)
    # The layout can shrink as far as a 1024x600 screen needs: nothing forced past its edge.
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    netbook = fitted_size(QRect(0, 0, 1024, 600))
    assert hint.width() <= netbook.width() and hint.height() <= netbook.height(), hint
    controller.shutdown()
    _CONTROLLERS.append(controller)  # see the coach fixture


def test_quitting_from_the_workout_view_remembers_the_window_not_the_screen(coach, qtbot, data_dir):
    window = coach.window
    window.resize(900, 640)
    qtbot.waitUntil(lambda: window.height() == 640)
    window.toggle_full_screen()
    qtbot.waitUntil(window.isFullScreen)
    window.save_window_state()  # what quitting does
    assert not window.workout.active and not window.isFullScreen()
    other = MainWindow(coach.controller, coach.settings, window_state_path=data_dir / "window.ini")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    assert not other.isFullScreen() and other.height() == 640


def test_a_wrapped_targets_line_never_ends_with_a_separator(qapp):
    """Seen wrapped as "4.5 km/h · 2 % incline ·" over "110 steps/min"."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    from walkcoach.ui.coach.texts import targets_text

    program = parse_program(
        {
            "format": "walkcoach-program",
            "version": 1,
            "id": "t",
            "name": "T",
            "main": [
                {
                    "kind": "forward",
                    "duration_s": 60,
                    "speed_kmh": 4.5,
                    "incline_pct": 2,
                    "cadence_spm": 110,
                },
            ],
        }
    )
    text = targets_text(program.planned_segments()[0].segment, "kmh")
    font = QFont()
    font.setPixelSize(30)
    metrics = QFontMetrics(font)
    wrapped = 0
    for width in range(
        metrics.horizontalAdvance("110 steps/min") + 4, metrics.horizontalAdvance(text) + 8, 7
    ):
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        wrapped += len(lines) > 1
        for shown in lines[:-1]:
            assert not shown.rstrip(" \u00a0").endswith("·"), (width, lines)
    assert wrapped  # the widths tried do wrap the line


LONG_NOTE = "Belt slow: hold the rails, then turn round one step at a time, eyes on the console."
STEPS = ("Hold the rails", "Turn round", "Find your footing")


def _short_display(qtbot, height_px: int):
    from walkcoach.ui.coach.direction_display import DirectionDisplay

    display = DirectionDisplay()
    qtbot.addWidget(display)
    display.set_scale_height(600, 1024)
    display.resize(740, height_px)  # its width on the 1024 px page
    display.show()
    qtbot.waitExposed(display)
    return display


def test_on_a_short_display_the_note_gives_way_and_a_turns_steps_stay_whole(qtbot):
    display = _short_display(qtbot, 300)
    display.set_direction("turn", "TURN", "Belt slow: 1.0 km/h  ·  3 % incline", STEPS, LONG_NOTE)
    display.set_next_text("Next: Backward 2:00 at 2.4 km/h, 3 % incline, 110 steps/min")
    qtbot.wait(1)  # the layout settles in the event loop
    steps = display.steps_label
    assert all(step.replace(" ", "\u00a0") in steps.text() for step in STEPS)
    assert steps.height() >= steps.heightForWidth(steps.width()) - 1  # whole, not cut
    note = display.note_label
    if note.isVisible():  # cut short, the whole of it as the tool tip
        assert note.text().endswith("…") and note.toolTip() == LONG_NOTE
    else:
        assert display.targets_label.toolTip() == LONG_NOTE
    for label in (display.targets_label, note, display.next_label):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()) - 1
    assert display.time_label.height() > 40  # the digits keep room of their own


def test_with_room_enough_the_note_shows_whole(qtbot):
    display = _short_display(qtbot, 560)
    display.set_direction("forward", "FORWARD", "3.5 km/h  ·  0 % incline", (), LONG_NOTE)
    qtbot.wait(1)
    assert display.note_label.isVisible() and display.note_label.text() == LONG_NOTE
    assert display.note_label.toolTip() == ""
    # ...and the digits have their 1/6-of-the-window glyphs (the window is 600 px high).
    metrics = QFontMetrics(display.time_label.font())
    assert metrics.tightBoundingRect("10:00").height() >= 600 / 6
