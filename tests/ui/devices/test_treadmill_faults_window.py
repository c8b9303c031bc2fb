"""Treadmill faults in the window on a fake clock, recorded into a real history file: the real
widgets, link, controller, belt coach, session recorder and SQLite writer, the virtual treadmill
behind the in-memory transport; time moved by hand.

The link dropped and back three times in one session, and data stopping without a disconnect:
each pauses the session, the belt is paused as soon as it can be reached and never restarted
until Space, and the session is recorded whole, once, with nothing made up for the time the
belt said nothing. The same faults over a real GATT stack: tests/devices/test_devices_faults_gatt.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_harness import LinkedCoach

from walkcoach.core.events import SessionState
from walkcoach.core.measured import MAX_HOLD_S
from walkcoach.core.program import Program, Segment
from walkcoach.core.settings import Settings
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import get_session
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui.devices.link import TreadmillLink
from walkcoach.ui.session.recorder import SessionRecorder

WALK_KMH = 3.0
LONG_WALK = Program(id="long-walk", name="Long walk", main=(Segment("forward", 900, WALK_KMH),))


class Recorded(LinkedCoach):
    def __init__(self, qtbot, clock, data_dir, settings) -> None:
        self.db_path = data_dir / "history.sqlite3"
        self.writer = SessionWriter(self.db_path)
        super().__init__(qtbot, clock, data_dir, settings, recorder_factory=self.make_recorder)
        self.link = TreadmillLink("virtual", clock, parent=self.controller)
        self.window.ensure_link_view()
        self.controller.use_link(self.link)
        self.page.picker.set_programs([LONG_WALK])
        self.run(3.0)

    def make_recorder(self, program, plan):
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
    def machine(self):
        return self.link.machine

    @property
    def transport(self):
        return self.link.link.transport

    def links(self) -> list:
        return [self.link]

    def commands(self, first: int = 0) -> list[str]:
        return [r.request.name for r in self.machine.received[first:] if r.request]

    def stored(self):
        conn = open_readonly(self.db_path)
        try:
            return get_session(conn, self.writer.session_id)
        finally:
            conn.close()


@pytest.fixture
def recorded(qtbot, fake_clock, data_dir):
    settings = Settings(units="kmh", safety_check_seen=True, countdown_s=3, get_ready_s=0)
    coach = Recorded(qtbot, fake_clock, data_dir, settings)
    yield coach
    coach.controller.shutdown()
    coach.event_log.close()
    coach.writer.close()


def _walking(coach: Recorded) -> None:
    coach.window.request_start(skip_dialogs=True)
    coach.run_until(lambda: coach.machine.speed_kmh == WALK_KMH, 30)
    coach.run(5.0)


def _space_resumes(coach: Recorded, qtbot) -> None:
    coach.key(qtbot, Qt.Key.Key_Space)
    coach.run_until(lambda: coach.controller.state is SessionState.RUNNING, 6)
    coach.run_until(lambda: coach.machine.speed_kmh == WALK_KMH, 30)


def test_three_drops_in_one_session_each_pause_none_restarts_and_one_session_is_recorded(
    recorded, qtbot
):
    _walking(recorded)
    paused_active_s = []
    for _ in range(3):
        first = len(recorded.machine.received)
        recorded.transport.drop_link()
        recorded.run(0.5)
        snap = recorded.controller.snapshot()
        assert snap.state is SessionState.PAUSED and snap.paused_reason == "treadmill"
        assert "link was lost" in recorded.page.paused_text
        # Linked again by itself (1 s backoff): the belt, still running meanwhile, is paused.
        recorded.run_until(lambda: recorded.machine.state == "paused", 10)
        assert recorded.commands(first) == ["request_control", "pause"]
        recorded.run(20.0)  # nobody touches anything
        assert recorded.commands(first) == ["request_control", "pause"]
        assert recorded.machine.speed_kmh == 0.0
        assert recorded.controller.snapshot().active_s == pytest.approx(snap.active_s)
        paused_active_s.append(snap.active_s)
        resumed_from = len(recorded.machine.received)
        _space_resumes(recorded, qtbot)
        assert recorded.commands(resumed_from) == ["start", "set_speed", "set_incline"]
        recorded.run(5.0)
    walked_s = recorded.controller.snapshot().active_s
    recorded.controller.stop()
    recorded.run(1.0)
    assert recorded.machine.state == "stopped"
    session = recorded.stored()
    # One session, whole: the three drops are pauses in it, not three sessions, and its time
    # is all the time walked (the pauses left out).
    assert session.status == "stopped"
    assert session.active_s == pytest.approx(walked_s, abs=0.5)
    assert paused_active_s == sorted(paused_active_s) and walked_s > paused_active_s[-1]
    times = [s.at_s for s in session.samples]
    assert times == sorted(times) and len(set(times)) == len(times)
    # About one sample a second of walking; none made up while the session was paused.
    assert len(times) >= session.active_s - 10
    assert all(s.speed_kmh is not None and s.speed_kmh <= WALK_KMH for s in session.samples)
    assert session.distance_source == "measured"
    # What the history holds is what the belt did while the session ran: never more than the
    # machine's own count (which also holds the gaps, the belt running with the link down).
    walked_m = session.distance_km * 1000
    # Less by at most what the belt ran while slowing after each pause (2.5 m from 3 km/h at
    # 0.5 km/h/s), counted or not when the session went on.
    assert recorded.machine.distance_m - 3 * 2.5 <= walked_m <= recorded.machine.distance_m


def test_data_stopping_without_a_disconnect_pauses_in_5_s_and_the_silence_is_a_gap(recorded, qtbot):
    _walking(recorded)
    first = len(recorded.machine.received)
    recorded.machine.sending_data = False
    silent_active_s = recorded.controller.snapshot().active_s
    recorded.run_until(lambda: recorded.controller.state is SessionState.PAUSED, 6)
    paused = recorded.controller.snapshot()
    assert paused.paused_reason == "treadmill"
    assert 4.0 <= paused.active_s - silent_active_s <= 5.5  # the last report up to 1 s before
    assert "stopped sending its speed" in recorded.page.paused_text
    # The link is up: the pause goes out at once and the belt stops.
    recorded.run_until(lambda: recorded.machine.speed_kmh == 0.0, 15)
    assert recorded.commands(first) == ["pause"]
    recorded.key(qtbot, Qt.Key.Key_Space)  # while still silent: refused, and said why
    assert "sending no data" in recorded.window.statusBar().currentMessage()
    recorded.run(5.0)
    assert recorded.controller.state is SessionState.PAUSED
    assert recorded.commands(first) == ["pause"]
    recorded.machine.sending_data = True
    recorded.run(20.0)
    assert recorded.commands(first) == ["pause"]
    assert recorded.controller.state is SessionState.PAUSED
    _space_resumes(recorded, qtbot)
    recorded.run(5.0)
    recorded.controller.stop()
    recorded.run(1.0)
    times = [s.at_s for s in recorded.stored().samples]
    # The seconds the belt said nothing are a gap in the record, not copies of its last
    # report: longer than the figures hold for, so the means leave them out.
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert max(gaps) >= MAX_HOLD_S - 1.0
    silent = [t for t in times if silent_active_s + 0.5 < t < paused.active_s]
    assert silent == []


def test_the_straps_contact_lost_and_found_records_no_heart_rate_meanwhile(recorded):
    recorded.window.use_heart_rate("virtual")
    strap_link = recorded.controller.hr_link
    recorded.links = lambda: [recorded.link, strap_link]  # both tick with the fake clock
    _walking(recorded)
    recorded.run(10.0)
    strap = strap_link.virtual_sensor
    strap.contact = False  # the strap slips off the skin
    off_s = recorded.controller.snapshot().active_s
    recorded.run(15.0)
    badge = recorded.page.display.heart_rate_badge
    assert badge.bpm_label.text() == "♥ --" and "no skin contact" in badge.zone_label.text()
    assert recorded.controller.state is SessionState.RUNNING  # it never pauses the session
    strap.contact = True
    on_s = recorded.controller.snapshot().active_s
    recorded.run(10.0)
    assert badge.bpm_label.text() != "♥ --"
    recorded.controller.stop()
    recorded.run(1.0)
    samples = recorded.stored().samples
    # The strap's next report (within a second) says "no contact"; the one after contact comes
    # back has a heart rate again.
    during = [s for s in samples if off_s + 1.5 < s.at_s < on_s]
    after = [s for s in samples if s.at_s > on_s + 1.5]
    before = [s for s in samples if s.at_s < off_s]
    assert len(during) >= 12 and all(s.heart_rate_bpm is None for s in during)
    assert all(s.speed_kmh == WALK_KMH for s in during)  # the belt's figures go on meanwhile
    assert before and all(s.heart_rate_bpm for s in before[-5:])
    assert len(after) >= 7 and all(s.heart_rate_bpm for s in after)
    assert all(s.heart_rate_bpm != 0 for s in samples)
