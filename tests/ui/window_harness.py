"""The coach window as the window tests drive it: a MainWindow with a SessionController on a
FakeClock, a cue player that records, an inhibitor that records, and two small programs.
On sys.path through tests/ui/conftest.py, which also offers it as the ``coach`` fixture."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from walkcoach.core.cues import RecordingCuePlayer
from walkcoach.core.muscles import load_model
from walkcoach.core.program import parse_program
from walkcoach.core.settings import Settings
from walkcoach.system.awake import AwakeGuard
from walkcoach.ui.coach.muscle_panel import MusclePanel
from walkcoach.ui.main_window import MainWindow
from walkcoach.ui.session.event_log import EventLog
from walkcoach.ui.session.session import SessionController

INTERVALS = parse_program(
    {
        "format": "walkcoach-program",
        "version": 1,
        "id": "page-test",
        "name": "Page test",
        "description": "Forward, then two rounds of backward and forward, then a station.",
        "warmup": [{"kind": "forward", "duration_s": 60, "speed_kmh": 4.0, "incline_pct": 2}],
        "main": [
            {
                "repeat": 2,
                "segments": [
                    {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0, "incline_pct": 5},
                    {"kind": "backward", "duration_s": 30, "speed_kmh": 3.0, "incline_pct": 5},
                    {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0},
                    {"kind": "forward", "duration_s": 30, "speed_kmh": 4.5, "cadence_spm": 110},
                ],
            }
        ],
        "cooldown": [
            {"kind": "station", "duration_s": 20, "label": "10 squats", "until_confirmed": True}
        ],
    }
)
FORWARD_ONLY = parse_program(
    {
        "format": "walkcoach-program",
        "version": 1,
        "id": "forward-only",
        "name": "Forward only",
        "main": [{"kind": "forward", "duration_s": 30, "speed_kmh": 5.0}],
    }
)


class FakeInhibitor:
    """Stands in for the D-Bus/Windows/macOS inhibitor; records what the coach asked for."""

    def __init__(self) -> None:
        self.active = False
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.active = True
        self.calls.append("inhibit")

    def release(self) -> None:
        self.active = False
        self.calls.append("release")


class Coach:
    def __init__(
        self, qtbot, clock, data_dir, settings: Settings, recorder_factory=None, time_scale=1.0
    ) -> None:
        self.clock = clock
        self.settings = settings
        self.player = RecordingCuePlayer()
        self.inhibitor = FakeInhibitor()
        self.log_path = data_dir / "events.jsonl"
        data_dir.mkdir(parents=True, exist_ok=True)
        self.event_log = EventLog(self.log_path)
        self.controller = SessionController(
            clock,
            self.player,
            settings,
            AwakeGuard(self.inhibitor),
            event_log=self.event_log,
            recorder_factory=recorder_factory,
            time_scale=time_scale,  # a ScaledClock's, for tests in real time
        )
        self.window = MainWindow(
            self.controller,
            settings,
            muscle_panel=MusclePanel(load_model()),
            cue_player=self.player,
            window_state_path=data_dir / "window.ini",
        )
        qtbot.addWidget(self.window, before_close_func=lambda _window: self.before_close())
        self.window.page.picker.set_programs([INTERVALS, FORWARD_ONLY])
        self.window.resize(1280, 760)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        self.page = self.window.page

    def before_close(self) -> None:
        """Called by pytest-qt just before it closes the window, which it does before the
        fixtures' teardown (nothing to do without device links)."""

    def advance(self, seconds: float) -> None:
        """Let session time pass with the display refreshing every 0.25 s, as the timers do."""
        remaining = seconds
        while remaining > 1e-9:
            step = min(0.25, remaining)
            self.clock.advance(step)
            remaining -= step
            self.controller.driver.tick()

    def key(self, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
        qtbot.keyClick(widget or QApplication.focusWidget() or self.window, key, modifier)

    @property
    def word(self) -> str:
        return self.page.display.word_label.text()

    @property
    def digits(self) -> str:
        return self.page.display.time_label.text()


class LinkedCoach(Coach):
    """A Coach whose device links (``links()``) tick with the fake clock, as their timers do."""

    def links(self) -> list:
        return []

    def before_close(self) -> None:
        """Quit the treadmill link now, with the belt's stop answered on the clock the links
        tick on: the window's close would otherwise wait its 3 real seconds for an answer that
        never comes while a fake clock stands still."""
        from walkcoach.devices.events import LinkState

        link = self.controller.link
        if link is not None and link.state is not LinkState.CLOSED:
            link.call(lambda controller: controller.close(stop_belt=True))
            self.run(1.0)

    def run(self, seconds: float) -> None:
        for _ in range(round(seconds / 0.25)):
            self.clock.advance(0.25)
            for link in self.links():
                link.tick()
            if self.controller.driver is not None:
                self.controller.driver.tick()

    def run_until(self, done, max_s: float) -> None:
        waited = 0.0
        while not done():
            assert waited < max_s, "not in time"
            self.run(0.25)
            waited += 0.25
