"""The window with the virtual treadmill linked, on a fake clock: real widgets, the real link
object, the real controller and belt coach; time moved by hand."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from window_harness import Coach, LinkedCoach

from walkcoach.core.events import SessionState
from walkcoach.core.settings import Settings
from walkcoach.devices.events import LinkState
from walkcoach.devices.virtual import VirtualTreadmillConfig
from walkcoach.ui.devices.link import TreadmillLink


class Linked(LinkedCoach):
    def __init__(self, qtbot, clock, data_dir, settings, config=None) -> None:
        super().__init__(qtbot, clock, data_dir, settings)
        self.link = TreadmillLink("virtual", clock, virtual_config=config, parent=self.controller)
        self.window.ensure_link_view()
        self.controller.use_link(self.link)
        self.run(3.0)
        assert self.link.state is LinkState.READY

    @property
    def machine(self):
        return self.link.machine

    def links(self) -> list:
        return [self.link, *([self.controller.hr_link] if self.controller.hr_link else [])]


@pytest.fixture
def linked(qtbot, fake_clock, data_dir):
    settings = Settings(units="kmh", safety_check_seen=True, countdown_s=3, get_ready_s=0)
    slow = VirtualTreadmillConfig(slow_down_delay_s=2.0, decel_kmh_per_s=0.3)
    coach = Linked(qtbot, fake_clock, data_dir, settings, slow)
    yield coach
    coach.controller.shutdown()
    coach.event_log.close()


def _start(linked) -> None:
    linked.window.request_start(skip_dialogs=True)
    linked.run(1.0)


def test_the_turn_waits_for_the_belt_on_screen_and_space_pauses_it(linked, qtbot):
    _start(linked)
    plan = linked.controller.plan
    turn = next(i for i, p in enumerate(plan) if p.segment.is_turn)
    linked.run_until(lambda: linked.controller.engine.index == turn, 200)
    snap = linked.controller.snapshot()
    assert snap.state is SessionState.PAUSED and snap.paused_reason == "belt"
    page = linked.page
    assert page.pause_button.text() == "Pause"  # waiting for the belt is not the user's pause
    assert not page.display.paused  # the display is not greyed: the turn is on
    assert "Keep walking" in page.display.steps_label.text().replace("\xa0", " ")
    assert page.belt_label.isVisible() and "km/h" in page.belt_label.text()
    # Skip is refused while the belt is fast, with why.
    linked.window.skip()
    assert linked.controller.engine.index == turn
    assert "slow down" in linked.window.statusBar().currentMessage()
    # Space: the user holds it; the belt pauses; Space again counts down and waits again.
    linked.key(qtbot, Qt.Key.Key_Space)
    assert linked.controller.snapshot().paused_reason == "user"
    linked.run_until(lambda: linked.machine.speed_kmh == 0, 30)
    assert linked.machine.state == "paused"
    linked.key(qtbot, Qt.Key.Key_Space)
    linked.run_until(lambda: linked.controller.state is SessionState.RUNNING, 30)
    assert linked.machine.speed_kmh <= 1.0 + 0.011


def test_a_safety_key_pull_pauses_with_the_reason_and_quitting_stops_the_belt(linked, qtbot):
    _start(linked)
    linked.run(20.0)
    assert linked.machine.speed_kmh > 3
    # The distance shown is the belt's own, not the plan's estimate.
    assert linked.page.stats.captions["distance"].text() == "Distance (belt)"
    walked_km = linked.page.measured_distance_km
    assert walked_km is not None and abs(walked_km * 1000 - linked.machine.distance_m) < 3
    linked.machine.pull_safety_key()
    linked.run(2.0)
    snap = linked.controller.snapshot()
    assert snap.state is SessionState.PAUSED and snap.paused_reason == "treadmill"
    assert "safety key" in linked.page.paused_text
    assert any("safety key" in s for s in linked.player.spoken)
    linked.machine.insert_safety_key()
    linked.key(qtbot, Qt.Key.Key_Space)
    linked.run(1.0)
    assert "Going on in" in linked.page.paused_text
    linked.run_until(lambda: linked.controller.state is SessionState.RUNNING, 6)
    linked.run_until(lambda: linked.machine.speed_kmh > 3, 30)
    linked.controller.shutdown()  # quitting: the session is stopped and so is the belt
    linked.run(10.0)
    assert linked.machine.state == "stopped"
    records = [json.loads(line) for line in linked.log_path.read_text().splitlines()]
    kinds = {r["event"] for r in records}
    assert {"treadmill_command", "treadmill_data", "treadmill_status", "treadmill_link"} <= kinds
    assert all("clock_s" in r for r in records)


def test_the_session_menu_opens_the_device_dialog_and_connect_links_the_treadmill(
    qtbot, fake_clock, data_dir
):
    settings = Settings(units="kmh", safety_check_seen=True)
    coach = Coach(qtbot, fake_clock, data_dir, settings)
    try:
        menu = coach.window.menuBar().actions()[0].menu()
        action = next(
            a for a in menu.actions() if a.text().replace("&", "") == "Treadmill and heart rate…"
        )
        action.trigger()
        dialogs = [w for w in coach.window.findChildren(QDialog) if w.isVisible()]
        assert len(dialogs) == 1
        dialog = coach.window.open_devices()  # the one the menu opened, raised
        assert dialog is dialogs[0]
        dialog.devices.select_address("virtual")
        dialog.connect_chosen()
        assert settings.treadmill == "virtual"
        link = coach.controller.link
        assert link is not None and link.treadmill == "virtual"
        for _ in range(20):
            fake_clock.advance(0.25)
            link.tick()
        assert link.state is LinkState.READY
        status = coach.window.findChild(type(coach.page.belt_label), "treadmillStatus")
        assert status is not None and status.text() == "Virtual treadmill: connected"
        # Forget: unlinked again, the belt's line gone.
        coach.window.open_devices().forget()
        assert coach.controller.link is None and settings.treadmill == ""
        assert not coach.page.belt_label.isVisible()
    finally:
        coach.controller.shutdown()
        coach.event_log.close()


def test_start_waits_for_the_treadmill_to_answer_or_says_it_starts_without(
    qtbot, fake_clock, data_dir
):
    from walkcoach.ui.devices.attach import when_linked

    coach = Coach(qtbot, fake_clock, data_dir, Settings(units="kmh", safety_check_seen=True))
    try:
        started: list[str] = []
        link = TreadmillLink("virtual", fake_clock, parent=coach.controller)
        coach.window.ensure_link_view()
        coach.controller.use_link(link)
        when_linked(coach.window, coach.controller, lambda: started.append("linked"))
        qtbot.wait(300)
        assert started == []  # not yet ready: nothing ticked the link on the fake clock
        for _ in range(12):
            fake_clock.advance(0.25)
            link.tick()
        qtbot.waitUntil(lambda: started == ["linked"], timeout=3000)
        coach.controller.use_link(None)
        when_linked(coach.window, coach.controller, lambda: started.append("without"), wait_ms=0)
        qtbot.waitUntil(lambda: started[-1:] == ["without"], timeout=3000)
        assert "starts without it" in coach.window.statusBar().currentMessage()
    finally:
        coach.controller.shutdown()
        coach.event_log.close()


def test_the_belts_distance_follows_the_distance_unit(linked):
    """Miles on the belt line only when the user counts distance in miles, whatever the speed."""
    _start(linked)
    linked.run(20.0)
    assert linked.page.belt_label.text().rstrip().endswith("km")
    linked.window.settings.distance_unit = "mi"
    linked.run(2.0)
    assert linked.page.belt_label.text().rstrip().endswith("mi")
    assert "km/h" in linked.page.belt_label.text()  # the speed keeps its own unit


def test_without_a_sensor_the_treadmills_own_heart_rate_is_shown_and_recorded(linked):
    linked.machine.hand_grip_bpm = 118
    linked.run(2.0)
    badge = linked.page.display.heart_rate_badge
    assert badge is not None and badge.isVisible()
    assert badge.bpm_label.text() == "♥ 118"
    assert "from the treadmill" in badge.zone_label.text()
    assert linked.controller.current_heart_rate() == (118, "treadmill")
    linked.machine.hand_grip_bpm = 0  # hands off the grips: no heart rate, never 0 bpm
    linked.run(2.0)
    assert badge.bpm_label.text() == "♥ --"
    assert linked.controller.current_heart_rate()[0] is None
