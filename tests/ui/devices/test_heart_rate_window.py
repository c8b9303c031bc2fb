"""The window with the virtual heart-rate sensor on a fake clock: real widgets, the real link,
monitor and heart-rate coach, a real history file; time moved by hand. The live figure in its
zone, "--" for no contact and a lost strap (the session going on), the ceiling said once, the
settle wait on screen with Space going on, and the heart rate in the history."""

from __future__ import annotations

import json

import pytest
from window_harness import LinkedCoach

from walkcoach.core.events import SessionState
from walkcoach.core.hr_zones import zones_for
from walkcoach.core.settings import Settings, zones_from
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import get_session
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui.session.recorder import SessionRecorder
from walkcoach.ui.theme import zone_colour


class WithStrap(LinkedCoach):
    def __init__(self, qtbot, clock, data_dir, settings) -> None:
        self.db_path = data_dir / "history.sqlite3"
        self.writer = SessionWriter(self.db_path)
        super().__init__(qtbot, clock, data_dir, settings, recorder_factory=self.make_recorder)
        self.window.use_heart_rate("virtual")
        self.link = self.controller.hr_link
        self.run(3.0)

    def make_recorder(self, program, plan):
        self.writer.zones = zones_from(self.settings)  # as the app's recorder factory does
        return SessionRecorder(
            self.writer,
            program,
            plan,
            self.controller.snapshot,
            weight_kg=70.0,
            units="kmh",
            parent=self.controller,
        )

    @property
    def strap(self):
        return self.link.virtual_sensor

    def links(self) -> list:
        return [self.controller.hr_link]

    def badge(self) -> tuple[str, str]:
        badge = self.page.display.heart_rate_badge
        assert badge is not None and badge.isVisible()
        return badge.bpm_label.text(), badge.zone_label.text()


@pytest.fixture
def strapped(qtbot, fake_clock, data_dir):
    settings = Settings(
        units="kmh", safety_check_seen=True, countdown_s=3, get_ready_s=0, age_years=40
    )
    coach = WithStrap(qtbot, fake_clock, data_dir, settings)
    yield coach
    coach.controller.shutdown()
    coach.event_log.close()
    coach.writer.close()


def _log(coach) -> list[dict]:
    return [json.loads(line) for line in coach.log_path.read_text().splitlines()]


def test_the_live_heart_rate_shows_in_its_zone_and_follows_the_session(strapped):
    assert strapped.window.statusBar().findChild(object, "heartRateStatus").text() == (
        "Virtual heart-rate sensor: connected"
    )
    bpm_text, zone_text = strapped.badge()
    assert bpm_text.startswith("♥ ") and int(bpm_text[2:]) < 90  # resting, before the start
    strapped.window.request_start(skip_dialogs=True)
    strapped.run(50.0)  # the warm-up, uphill forward
    bpm = int(strapped.badge()[0][2:])
    zones = zones_for(age_years=40)
    number = zones.zone_of(bpm)
    expected = "Below zone 1" if number is None else f"Zone {number}\n{zones.zone(number).name}"
    assert strapped.badge()[1] == expected
    colour = strapped.page.display.heart_rate_badge.colour
    assert colour == zone_colour(number or 0)
    # The mini view carries it too.
    strapped.window.show_mini_view()
    mini = strapped.window.mini_view.heart_rate_label
    assert mini.isVisible() and mini.text().startswith(f"♥ {bpm}")
    strapped.window.show_full_view()


def test_no_contact_and_a_lost_strap_show_dashes_and_never_stop_the_session(strapped):
    strapped.window.request_start(skip_dialogs=True)
    strapped.run(20.0)
    strapped.strap.contact = False
    strapped.run(3.0)
    assert strapped.badge() == ("♥ --", "no skin contact")
    assert strapped.controller.state is SessionState.RUNNING
    strapped.strap.contact = True
    strapped.run(3.0)
    assert strapped.badge()[0] != "♥ --"
    transport = strapped.link.link.transport
    transport.refuse_connections = 3  # out of range for its first three tries again
    transport.drop_link()
    strapped.run(1.0)
    assert strapped.badge() == ("♥ --", "sensor lost")
    status = strapped.window.statusBar().findChild(object, "heartRateStatus").text()
    assert "lost, trying again" in status
    assert strapped.controller.state is SessionState.RUNNING
    strapped.run_until(lambda: strapped.badge()[0] != "♥ --", 60)  # it reconnects by itself
    states = [r["state"] for r in _log(strapped) if r["event"] == "heart_rate_link"]
    assert "waiting_to_reconnect" in states and states[-1] == "ready"


def test_the_settle_wait_holds_the_turn_on_screen_and_space_goes_on(strapped, qtbot):
    strapped.settings.hr_settle_before_backward = True
    strapped.settings.hr_settle_bpm = 60  # under any walking heart rate: it waits
    strapped.settings.hr_settle_max_wait_s = 120
    strapped.window.request_start(skip_dialogs=True)
    plan = strapped.controller.plan
    turn = next(i for i, p in enumerate(plan) if p.segment.is_turn)
    strapped.run_until(lambda: strapped.controller.engine.index == turn, 120)
    strapped.run(1.0)
    snap = strapped.controller.snapshot()
    assert snap.state is SessionState.PAUSED and snap.paused_reason == "heart_rate"
    page = strapped.page
    assert page.display.banner.isVisible()
    assert "Catch your breath" in page.display.banner.text()
    steps = page.display.steps_label.text().replace("\xa0", " ")
    assert "Turn under 60 bpm" in steps and "now " in steps and "at most 1:59 more" in steps
    assert page.pause_button.text() == "Go on"
    assert not page.display.paused  # no grey veil: the turn is on, its time not yet
    strapped.run(10.0)
    assert strapped.controller.snapshot().segment_remaining_s == snap.segment_remaining_s
    strapped.window.toggle_pause()  # Space: go on without waiting
    assert strapped.controller.snapshot().state is SessionState.RUNNING
    records = _log(strapped)
    holds = [r for r in records if r["event"] == "heart_rate_hold"]
    ended = [r for r in records if r["event"] == "heart_rate_hold_ended"]
    assert len(holds) == 1 and holds[0]["settle_bpm"] == 60
    assert ended[0]["reason"] == "user" and 10 <= ended[0]["waited_s"] <= 12
    # The wait is in the history with the turn it held.
    strapped.controller.stop()
    conn = open_readonly(strapped.db_path)
    try:
        session = get_session(conn, strapped.writer.session_id)
    finally:
        conn.close()
    waits = [(seg.kind, seg.hr_wait_s) for seg in session.segments if seg.hr_wait_s]
    assert len(waits) == 1 and waits[0][0] == "turn" and 10 <= waits[0][1] <= 12


def test_the_heart_rate_goes_into_the_history_with_the_session(strapped):
    strapped.window.request_start(skip_dialogs=True)
    strapped.run(45.0)
    strapped.controller.stop()
    strapped.run(1.0)
    session_id = strapped.writer.session_id
    conn = open_readonly(strapped.db_path)
    try:
        session = get_session(conn, session_id)
    finally:
        conn.close()
    rates = [s.heart_rate_bpm for s in session.samples if s.heart_rate_bpm is not None]
    assert len(rates) >= 40  # about one a second
    assert all(s.speed_kmh is None for s in session.samples)  # no treadmill: no belt figures
    assert session.hr_max_bpm == max(rates) and session.hr_source == "sensor"
    assert session.hr_zones_s is not None
    assert session.distance_source == "planned"


def test_the_ceiling_is_said_once_and_shown_while_above_it(strapped):
    strapped.settings.hr_ceiling_bpm = 80  # a walking heart rate goes above it
    strapped.window.request_start(skip_dialogs=True)
    strapped.run(55.0)
    said = [c for c in strapped.player.played if c.kind == "heart_rate"]
    assert len(said) == 1 and "above your ceiling" in said[0].speech
    assert strapped.badge()[1].endswith("above your ceiling")
    assert "above your ceiling of 80 bpm" in strapped.window.statusBar().currentMessage()
    assert strapped.controller.state is SessionState.RUNNING  # said, never paused
    crossed = [r for r in _log(strapped) if r["event"] == "heart_rate_ceiling"]
    assert len(crossed) == 1 and crossed[0]["ceiling_bpm"] == 80
