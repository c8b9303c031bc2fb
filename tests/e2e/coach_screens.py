"""Screenshots of the coach window on a real X server, one per state, for a person to look at.

Run by tests/e2e/test_coach_screens.py inside Xvfb (one screen size per run)::

    python tests/e2e/coach_screens.py OUT_DIR dark|light

The session runs on a FakeClock, so every picture shows a chosen moment (forward, the warning
before the turn, the turn, backward, paused, asleep, the workout view, the mini view) instead of
whatever a timer happened to reach. The window is the app's own MainWindow with its body
diagram, opened at the size it picks for the screen. Prints one JSON line per picture: the
name, the file and the window's geometry, for the test to check.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from walkcoach import paths
from walkcoach.core.clock import FakeClock
from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.muscles import load_model
from walkcoach.core.program import parse_program
from walkcoach.core.settings import Settings
from walkcoach.system.awake import AwakeGuard, NullInhibitor
from walkcoach.ui import theme
from walkcoach.ui.coach.muscle_panel import MusclePanel
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.session import SessionController

PROGRAM = {
    "format": "walkcoach-program",
    "version": 1,
    "id": "coach-screens",
    "name": "Coach screens",
    "description": "Forward, a turn, backward with a hint, forward again: every coach state.",
    "main": [
        {
            "kind": "forward",
            "duration_s": 60,
            "speed_kmh": 4.5,
            "incline_pct": 2,
            "cadence_spm": 110,
        },
        {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0, "incline_pct": 3},
        {
            "kind": "backward",
            "duration_s": 90,
            "speed_kmh": 2.4,
            "incline_pct": 3,
            "note": "Short steps, land on the ball of the foot",
        },
        {"kind": "forward", "duration_s": 60, "speed_kmh": 4.0},
    ],
}


def settle(ms: int = 120) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out_dir, theme_name = Path(sys.argv[1]), sys.argv[2]
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    theme.apply(app, theme_name)
    data_dir = out_dir / f".data-{theme_name}"
    paths.init(data_dir)
    clock = FakeClock()
    settings = Settings(units="kmh", safety_check_seen=True, countdown_s=3, theme=theme_name)
    player = RecordingCuePlayer()
    controller = SessionController(
        clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(
        controller, settings, muscle_panel=MusclePanel(load_model()), cue_player=player
    )
    program = parse_program(PROGRAM)
    window.page.picker.set_programs([program])
    window.flash_action.setChecked(False)  # a flash caught half-way would muddy the pictures
    window.show()
    settle(400)
    screen = app.primaryScreen()

    def advance(seconds: float) -> None:
        remaining = seconds
        while remaining > 1e-9:
            step = min(0.25, remaining)
            clock.advance(step)
            remaining -= step
            controller.driver.tick()

    def shot(name: str, widget=None) -> None:
        settle()
        path = out_dir / f"{theme_name}-{name}.png"
        screen.grabWindow(0).save(str(path))
        target = widget or window
        geometry = target.frameGeometry()
        record = {
            "name": name,
            "path": str(path),
            "x": geometry.x(),
            "y": geometry.y(),
            "width": geometry.width(),
            "height": geometry.height(),
            "screen": [screen.size().width(), screen.size().height()],
        }
        print(json.dumps(record), flush=True)

    shot("idle")
    window.request_start(skip_dialogs=True)
    advance(5.0 + 20.0)
    shot("forward")
    advance(32.0)  # 8 s before the turn: the warning is up
    shot("forward-warning")
    advance(8.0 + 4.0)
    shot("turn")
    advance(11.0 + 20.0)
    shot("backward")
    window.toggle_pause()
    shot("paused")
    window.toggle_pause()
    clock.advance(60.0)  # no tick for a minute of real time: the computer was asleep
    controller.driver.tick()
    shot("asleep")
    window.toggle_pause()
    window.toggle_full_screen()
    settle(300)
    shot("workout")
    window.toggle_pause()
    shot("workout-paused")
    window.toggle_pause()
    window.toggle_full_screen()
    settle(300)
    window.show_mini_view()
    settle(300)
    shot("mini", window.mini_view)
    window.toggle_pause()
    shot("mini-paused", window.mini_view)
    window.show_full_view()
    controller.stop()
    belt_screens(window, controller, clock, advance, shot)
    controller.stop()
    heart_rate_screens(window, controller, settings, clock, advance, shot)
    controller.shutdown()
    window.close()
    return 0


def belt_screens(window, controller, clock, advance, shot) -> None:
    """The same program with the virtual treadmill linked: the belt's figures, the turn waiting
    for a belt that is slow to slow down, a fault (the safety key pulled) and the resume."""
    from walkcoach.devices.virtual import VirtualTreadmillConfig
    from walkcoach.ui.devices.link import TreadmillLink

    slow = VirtualTreadmillConfig(slow_down_delay_s=2.0, decel_kmh_per_s=0.3)
    link = TreadmillLink("virtual", clock, virtual_config=slow, parent=controller)
    window.ensure_link_view()
    controller.use_link(link)

    def run(seconds: float) -> None:
        for _ in range(round(seconds / 0.25)):
            advance(0.25)
            link.tick()

    run(3.0)  # linked
    window.request_start(skip_dialogs=True)
    run(5.0 + 25.0)
    shot("belt-forward")
    run(35.0 + 3.0)  # the turn began; the belt is still slowing from 4.5 km/h
    shot("belt-turn-wait")
    run(45.0)  # turned, walking backward
    link.machine.pull_safety_key()
    run(2.0)
    shot("belt-fault")
    link.machine.insert_safety_key()
    run(1.0)
    controller.toggle_pause()  # Space: counts down, then goes on
    run(1.0)
    shot("belt-resuming")


def heart_rate_screens(window, controller, settings, clock, advance, shot) -> None:
    """The same program with the virtual strap beside the belt: the live heart rate in its
    zone, the wait for it to settle before the backward bout, the strap without skin contact,
    and the heart rate in the mini and workout views."""
    settings.age_years = 45
    settings.hr_settle_before_backward = True
    settings.hr_settle_bpm = 60  # under the virtual strap's walking heart rate: it waits
    settings.hr_settle_max_wait_s = 90
    window.use_heart_rate("virtual")
    link = controller.link

    def run(seconds: float) -> None:
        for _ in range(round(seconds / 0.25)):
            advance(0.25)
            link.tick()
            controller.hr_link.tick()

    run(2.0)
    window.request_start(skip_dialogs=True)
    run(5.0 + 50.0)
    shot("hr-forward")
    run(12.0)  # the turn began: the belt slows, then the heart rate holds it
    run(25.0)
    shot("hr-settle-wait")
    window.show_mini_view()
    run(1.0)
    shot("hr-mini", window.mini_view)
    window.show_full_view()
    controller.hr_link.virtual_sensor.contact = False
    run(3.0)
    shot("hr-no-contact")
    controller.hr_link.virtual_sensor.contact = True
    run(2.0)
    window.toggle_full_screen()
    run(1.0)
    shot("hr-workout")
    window.toggle_full_screen()


if __name__ == "__main__":
    sys.exit(main())
