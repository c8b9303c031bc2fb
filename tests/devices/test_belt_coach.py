"""The session and a linked belt together, on a fake clock: a real SessionEngine, the real
controller and the virtual treadmill, stepped by hand (no sleeps, no Qt)."""

from __future__ import annotations

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import Event, SegmentStarted, SessionState, StateChanged
from walkcoach.core.library import find_program
from walkcoach.core.program import Program, Segment
from walkcoach.devices.belt_coach import (
    NO_DATA,
    NOT_LINKED,
    SKIP_DURING_TURN,
    BeltCoach,
    BeltNotice,
)
from walkcoach.devices.controller import ControllerSettings, TreadmillController
from walkcoach.devices.events import DeviceEvent, LinkState
from walkcoach.devices.virtual import VirtualTreadmill, VirtualTreadmillConfig
from walkcoach.devices.virtual_transport import VirtualTransport

STEP_S = 0.1
TURN_KMH = 1.0
TOLERANCE_KMH = 0.011  # the data field's 0.01 km/h


def _program() -> Program:
    return Program(
        id="retro-test",
        name="Retro test",
        main=(
            Segment("forward", 60, 3.5, incline_pct=2.0),
            Segment("backward", 60, 2.4, incline_pct=3.0),
            Segment("forward", 30, 3.0),
        ),
    )


class Session:
    """What the app's SessionController does, minus Qt: one engine and the coach."""

    def __init__(self, program: Program, config: VirtualTreadmillConfig | None = None, **coach):
        self.clock = FakeClock()
        self.machine = VirtualTreadmill(self.clock.now(), config or VirtualTreadmillConfig())
        self.transport = VirtualTransport(self.machine, self.clock)
        self._device_queue: list[DeviceEvent] = []
        self.device_events: list[DeviceEvent] = []
        self.controller = TreadmillController(
            self.transport,
            self.clock,
            self._device_queue.append,
            ControllerSettings(turn_speed_kmh=TURN_KMH),
        )
        self.engine = SessionEngine(program, self.clock, get_ready_s=0, turn_warning_s=10)
        self.engine.hold_turns = True
        self.events: list[Event] = []
        self.notices: list[BeltNotice] = []
        self.coach = BeltCoach(
            self.controller,
            self.clock,
            lambda: self.engine.plan,
            self,
            self.notices.append,
            **coach,
        )
        # (speed the belt reported, segment index, state) at every step, for the safety checks
        self.trace: list[tuple[float, float, int, SessionState]] = []

    # SessionActions
    def pause_for(self, reason: str) -> None:
        self._dispatch(self.engine.pause(reason))

    def resume(self) -> None:
        self._dispatch(self.engine.resume())

    def release_turn(self) -> None:
        self._dispatch(self.engine.release_turn())

    def current_index(self) -> int | None:
        return self.engine.index

    def _dispatch(self, events: list[Event]) -> None:
        for event in events:
            self.events.append(event)
            self.coach.on_session_event(event)

    def _route_device_events(self) -> None:
        while self._device_queue:
            event = self._device_queue.pop(0)
            self.device_events.append(event)
            self.coach.on_device_event(event)

    def connect_and_start(self) -> Session:
        self.controller.connect()
        self.run_until(lambda: self.controller.link_state is LinkState.READY, 10)
        self._dispatch(self.engine.start())
        self._route_device_events()
        return self

    def step(self) -> None:
        self.clock.advance(STEP_S)
        self.transport.tick()
        self.controller.tick()
        self._route_device_events()
        self.coach.tick()
        self._dispatch(self.engine.tick())
        self._route_device_events()
        snap = self.engine.snapshot()
        self.trace.append((self.clock.now(), self.machine.speed_kmh, snap.index, snap.state))

    def run(self, seconds: float) -> None:
        for _ in range(round(seconds / STEP_S)):
            self.step()

    def run_until(self, done, max_s: float) -> float:
        start = self.clock.now()
        while not done():
            if self.clock.now() - start > max_s:
                raise AssertionError(f"not within {max_s} s: {self.device_events[-6:]}")
            self.step()
        return self.clock.now() - start

    @property
    def state(self) -> SessionState:
        return self.engine.state

    def of(self, kind, source=None):
        return [e for e in (self.events if source is None else source) if isinstance(e, kind)]


def _assert_every_turn_on_a_slow_belt(session: Session) -> int:
    """While a turn's time runs (the user turns round), the belt is at most the turn speed;
    and each walking segment after a turn starts on a belt at most the turn speed."""
    plan = session.engine.plan
    turns_run = 0
    for _now, speed_kmh, index, state in session.trace:
        if index < len(plan) and plan[index].segment.is_turn and state is SessionState.RUNNING:
            assert speed_kmh <= TURN_KMH + TOLERANCE_KMH, (_now, speed_kmh, index)
            turns_run += 1
    return turns_run


def test_a_whole_program_sets_every_target_slows_for_every_turn_and_stops_at_the_end():
    session = Session(_program()).connect_and_start()
    plan = session.engine.plan
    assert [p.kind for p in plan] == ["forward", "turn", "backward", "turn", "forward"]
    seen_targets: dict[int, float] = {}

    def note_target() -> None:
        snap = session.engine.snapshot()
        if snap.state is SessionState.RUNNING and snap.segment_elapsed_s > 20:
            seen_targets.setdefault(snap.index, session.machine.target_speed_kmh)

    started_s = session.clock.now()
    while session.state is not SessionState.FINISHED:
        assert session.clock.now() - started_s < 400
        session.step()
        note_target()
    assert seen_targets[0] == pytest.approx(3.5)
    assert seen_targets[2] == pytest.approx(2.4)
    assert seen_targets[4] == pytest.approx(3.0)
    assert session.machine.target_incline_pct == pytest.approx(0.0)
    assert _assert_every_turn_on_a_slow_belt(session) > 0
    # Each turn was held for the belt, then released with "turn now".
    holds = [e for e in session.of(StateChanged) if e.reason == "belt"]
    assert [(e.old, e.new) for e in holds] == [
        (SessionState.RUNNING, SessionState.PAUSED),
        (SessionState.PAUSED, SessionState.RUNNING),
    ] * 2
    session.run(10)
    assert session.machine.state == "stopped" and session.machine.speed_kmh == 0


def test_a_belt_slow_to_slow_down_makes_the_turn_wait_and_says_so():
    slow = VirtualTreadmillConfig(slow_down_delay_s=1.0, decel_kmh_per_s=0.3)
    session = Session(_program(), slow).connect_and_start()
    session.run_until(lambda: session.engine.index == 1, 80)
    started_s = session.clock.now()
    assert (
        session.state is SessionState.PAUSED and session.engine.snapshot().paused_reason == "belt"
    )
    waited_s = session.run_until(lambda: session.state is SessionState.RUNNING, 30)
    # 3.5 -> 1.0 km/h at 0.3 km/h/s after a second's delay: about 9 s, all of it waited.
    assert waited_s > 8
    assert session.machine.speed_kmh <= TURN_KMH + TOLERANCE_KMH
    assert session.engine.snapshot().segment_elapsed_s < 0.5  # the turn's time starts now
    assert any(n.kind == "turn_wait" and n.spoken for n in session.notices)
    assert session.clock.now() - started_s == pytest.approx(waited_s)
    # Skipping was refused while the belt was fast.
    session2 = Session(_program(), slow).connect_and_start()
    session2.run_until(lambda: session2.engine.index == 1, 80)
    assert session2.coach.why_not_skip() == SKIP_DURING_TURN
    session2.run_until(lambda: session2.state is SessionState.RUNNING, 30)
    assert session2.coach.why_not_skip() == ""


@pytest.mark.parametrize(
    "fault",
    [
        "pull_safety_key",
        "press_stop",
        "press_pause",
        "take_control_away",
        "drop_link",
        "silence",
    ],
)
def test_a_fault_pauses_at_once_the_belt_stays_stopped_and_space_resumes(fault):
    session = Session(_program()).connect_and_start()
    session.run(30)
    assert session.state is SessionState.RUNNING and session.machine.speed_kmh > 3
    if fault == "drop_link":
        session.transport.drop_link()
    elif fault == "silence":
        session.machine.sending_data = False
    else:
        getattr(session.machine, fault)()
    session.run_until(lambda: session.state is SessionState.PAUSED, 6)
    assert session.engine.snapshot().paused_reason == "treadmill"
    assert any(n.kind == "fault" and n.spoken for n in session.notices)
    active_s = session.engine.snapshot().active_s
    session.run(60)  # nobody touches anything: the coach never restarts the belt by itself
    assert session.state is SessionState.PAUSED
    assert session.engine.snapshot().active_s == pytest.approx(active_s)
    assert session.machine.speed_kmh == 0 or fault in ("drop_link", "silence", "take_control_away")
    if fault in ("pull_safety_key",):
        session.machine.insert_safety_key()
    if fault == "silence":
        session.machine.sending_data = True
    if fault in ("drop_link", "silence", "take_control_away"):
        # The belt could not be reached to pause it at once; once linked again it is.
        session.run_until(lambda: session.controller.link_state is LinkState.READY, 60)
        session.run(3)
        assert session.machine.speed_kmh == 0 or session.machine.state != "running"
    assert session.coach.request_resume() == ""
    session.run(2)
    assert session.state is SessionState.PAUSED  # counting down
    assert [n.value for n in session.notices if n.kind == "countdown"][:3] == [3, 2, 1]
    session.run_until(lambda: session.state is SessionState.RUNNING, 3)
    session.run_until(lambda: abs(session.machine.speed_kmh - 3.5) < 0.05, 20)


def test_resume_is_refused_while_the_link_is_down():
    session = Session(_program()).connect_and_start()
    session.run(10)
    session.transport.refuse_connections = 100
    session.transport.drop_link()
    session.run_until(lambda: session.state is SessionState.PAUSED, 6)
    assert session.coach.request_resume() == NOT_LINKED
    assert session.state is SessionState.PAUSED


def test_resume_is_refused_while_the_treadmill_sends_no_data_and_nothing_is_sent():
    # Before: Space counted down, set the speed on a belt whose last (stale) report said it ran
    # (so no start, but a set_speed it could not see), and the watchdog paused it at once.
    session = Session(_program()).connect_and_start()
    session.run(30)
    session.machine.sending_data = False  # the link stays up, the data stops
    session.run_until(lambda: session.state is SessionState.PAUSED, 6)
    session.run(10)
    received = len(session.machine.received)
    assert session.coach.request_resume() == NO_DATA
    session.run(10)
    assert session.state is SessionState.PAUSED
    assert len(session.machine.received) == received  # nothing sent to a belt it cannot see
    assert not [n for n in session.notices if n.kind == "countdown"]
    # Data again: Space goes on (3-2-1), the belt is started and set to the segment's speed.
    session.machine.sending_data = True
    session.run(2)
    assert session.coach.request_resume() == ""
    session.run_until(lambda: session.state is SessionState.RUNNING, 4)
    session.run_until(lambda: abs(session.machine.speed_kmh - 3.5) < 0.05, 20)
    names = [r.request.name for r in session.machine.received[received:] if r.request]
    assert names == ["start", "set_speed", "set_incline"]


def test_a_countdown_is_called_off_when_the_data_falls_silent_during_it():
    session = Session(_program()).connect_and_start()
    session.run(30)
    session.pause_for("user")  # the user's own pause; the belt is paused
    session.run(5)
    session.machine.sending_data = False
    session.run(3.5)  # silent, but not for 5 s yet: Space is taken
    received = len(session.machine.received)
    assert session.coach.request_resume() == ""
    session.run(4)  # the 5 s pass during the 3-2-1
    assert session.state is SessionState.PAUSED
    assert session.notices[-1] == BeltNotice("refused", NO_DATA, NO_DATA)
    assert len(session.machine.received) == received


def test_the_apps_pause_pauses_the_belt_and_resume_counts_down_then_sets_the_speed():
    session = Session(_program()).connect_and_start()
    session.run(20)
    session.pause_for("user")
    session.run(10)
    assert session.machine.state == "paused" and session.machine.speed_kmh == 0
    assert session.coach.request_resume() == ""
    session.run(1)
    assert session.coach.request_resume() == ""  # Space again: cancelled
    session.run(10)
    assert session.state is SessionState.PAUSED and session.machine.speed_kmh == 0
    session.coach.request_resume()
    session.run_until(lambda: session.state is SessionState.RUNNING, 4)
    session.run_until(lambda: abs(session.machine.speed_kmh - 3.5) < 0.05, 20)


def test_a_pause_during_a_turn_goes_back_to_waiting_for_the_belt():
    slow = VirtualTreadmillConfig(slow_down_delay_s=2.0)
    session = Session(_program(), slow).connect_and_start()
    session.run_until(lambda: session.engine.index == 1, 80)
    session.pause_for("user")  # Space while the belt slows for the turn
    assert session.engine.snapshot().paused_reason == "user"
    session.run(10)
    session.coach.request_resume()
    session.run_until(lambda: session.state is SessionState.RUNNING, 30)
    assert session.machine.speed_kmh <= TURN_KMH + TOLERANCE_KMH
    while session.engine.index < 3:
        session.step()
    assert _assert_every_turn_on_a_slow_belt(session) > 0


def test_stop_stops_the_belt_unless_the_setting_says_not_to():
    session = Session(_program()).connect_and_start()
    session.run(20)
    session._dispatch(session.engine.stop())
    session.run(10)
    assert session.machine.state == "stopped" and session.machine.speed_kmh == 0
    keep = Session(_program(), stop_belt_at_end=False).connect_and_start()
    keep.run(20)
    keep._dispatch(keep.engine.stop())
    keep.run(5)
    assert keep.machine.state == "running"
    keep.coach.shutdown()  # quitting always stops it
    keep.run(5)
    assert keep.machine.state == "stopped"


def test_first_steps_with_a_linked_belt_never_turns_on_a_fast_belt():
    session = Session(find_program("first-steps")).connect_and_start()
    started_s = session.clock.now()
    while session.state is not SessionState.FINISHED:
        assert session.clock.now() - started_s < 3600
        session.step()
    turns = [p for p in session.engine.plan if p.segment.is_turn]
    assert turns and _assert_every_turn_on_a_slow_belt(session) > 0
    assert len([e for e in session.of(SegmentStarted)]) == len(session.engine.plan)


def test_a_sped_up_session_keeps_the_waits_a_real_radio_needs():
    settings = ControllerSettings()
    assert settings.for_time_scale(1.0) == settings
    fast = settings.for_time_scale(60.0)
    # 2.5 real seconds without data (two missed notifications), not 5/60 of a second.
    assert fast.data_timeout_s == pytest.approx(150.0)
    assert fast.response_timeout_s == pytest.approx(60.0)
    assert fast.connect_timeout_s == pytest.approx(600.0)
    assert min(fast.reconnect_backoff_s) == pytest.approx(30.0)
    assert fast.turn_speed_kmh == settings.turn_speed_kmh
    # At a small scale the session-time waits are long enough already.
    assert settings.for_time_scale(1.5).data_timeout_s == pytest.approx(5.0)


def test_a_heart_rate_wait_beside_the_belt_never_speeds_the_belt_up_not_even_after_a_pause():
    """The turn into the backward bout held for the heart rate too (core/hr_session.py's
    engine hold): the belt's hold ends at the turn speed, the heart rate's later. A pause by the
    user meanwhile pauses the belt; Space goes back to the wait with the belt left as it is
    (nothing starts it unasked); the turn runs on a belt at most the turn speed, and only the
    backward bout after it sets the belt going again."""
    session = Session(_program()).connect_and_start()
    session.run_until(lambda: session.engine.index == 1, 80)
    session._dispatch(session.engine.hold("heart_rate"))
    session.run_until(lambda: session.engine.snapshot().paused_reason == "heart_rate", 30)
    assert session.machine.speed_kmh <= TURN_KMH + TOLERANCE_KMH
    session.run(20)  # waiting: the belt stays at the turn speed
    assert session.machine.speed_kmh <= TURN_KMH + TOLERANCE_KMH
    assert session.machine.target_speed_kmh <= TURN_KMH + TOLERANCE_KMH
    session._dispatch(session.engine.pause("user"))
    session.run(5)
    assert session.machine.speed_kmh == 0
    session._dispatch(session.engine.resume())  # Space: back to the wait, not past it
    assert session.engine.snapshot().paused_reason == "heart_rate"
    session.run(10)
    assert session.machine.speed_kmh == 0  # not started by the coach
    session._dispatch(session.engine.release_hold("heart_rate"))
    assert session.state is SessionState.RUNNING
    session.run_until(lambda: session.engine.index == 2, 30)
    assert _assert_every_turn_on_a_slow_belt(session) > 0
    session.run(10)
    assert session.machine.target_speed_kmh == pytest.approx(2.4)  # the backward bout's
