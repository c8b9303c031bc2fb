"""Faults on the fake clock: each pauses the session with the belt stopped, the belt is never
restarted by the controller itself, refusals are retried once, the link comes back with backoff."""

from __future__ import annotations

import pytest

from walkcoach.devices.controller import (
    ControllerSettings,
    DriveState,
    SegmentTarget,
    TreadmillController,
)
from walkcoach.devices.events import (
    CommandRefused,
    FaultReason,
    LinkState,
    SessionMustPause,
    TurnNow,
)
from walkcoach.devices.virtual import VirtualTreadmillConfig


def _assert_paused_and_never_restarted(rig, reason):
    assert [e.reason for e in rig.of(SessionMustPause)] == [reason]
    assert rig.controller.drive_state is DriveState.FAULTED
    received_at_fault = len(rig.machine.received)
    rig.run(60)  # a minute later: still stopped, and nothing started it
    assert rig.machine.speed_kmh == 0.0
    later = [r.request.name for r in rig.machine.received[received_at_fault:] if r.request]
    assert "start" not in later and "set_speed" not in later
    assert len(rig.of(SessionMustPause)) == 1


def test_safety_key(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.pull_safety_key()
    rig.run(1)
    assert "safety key" in rig.of(SessionMustPause)[0].message
    _assert_paused_and_never_restarted(rig, FaultReason.SAFETY_KEY)


def test_stopped_on_the_machine(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.press_stop()
    rig.run(1)
    _assert_paused_and_never_restarted(rig, FaultReason.STOPPED_ON_MACHINE)


def test_paused_on_the_machine(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.press_pause()
    rig.run(1)
    _assert_paused_and_never_restarted(rig, FaultReason.PAUSED_ON_MACHINE)


def test_control_lost_takes_control_back_only_to_pause_the_belt(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.take_control_away()
    rig.run(1)
    assert rig.sent()[-2:] == ["request_control", "pause"]
    _assert_paused_and_never_restarted(rig, FaultReason.CONTROL_LOST)


def test_no_data_for_5_s_pauses_the_belt(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.sending_data = False
    silent_from = rig.clock.now()
    rig.run_until(lambda: rig.of(SessionMustPause), 7)
    assert 4.0 <= rig.clock.now() - silent_from <= 5.2  # the last report came up to 1 s earlier
    assert rig.sent()[-1] == "pause"
    _assert_paused_and_never_restarted(rig, FaultReason.NO_DATA)


def test_link_lost_pauses_and_the_belt_is_paused_as_soon_as_the_link_is_back(make_rig):
    rig = make_rig().walking(3.0)
    rig.transport.drop_link()
    rig.run(0.2)
    assert rig.of(SessionMustPause)[0].reason is FaultReason.LINK_LOST
    assert rig.controller.link_state is LinkState.WAITING_TO_RECONNECT
    rig.run_until(lambda: rig.controller.link_state is LinkState.READY, 3)
    rig.run(8)
    assert rig.sent()[-2:] == ["request_control", "pause"]
    _assert_paused_and_never_restarted(rig, FaultReason.LINK_LOST)


def test_the_user_resumes_after_a_fault_and_the_segment_speed_is_set_again(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.press_pause()
    rig.run(8)
    assert rig.controller.resume()
    rig.run(8)
    assert rig.sent()[-3:] == ["start", "set_speed", "set_incline"]
    assert rig.machine.speed_kmh == pytest.approx(3.0)
    assert rig.controller.drive_state is DriveState.DRIVING


def test_resume_is_refused_while_the_link_is_down(make_rig):
    rig = make_rig().walking(3.0)
    rig.transport.refuse_connections = 99
    rig.transport.drop_link()
    rig.run(5)
    assert not rig.controller.resume()


def test_a_belt_that_does_not_slow_for_a_turn_is_a_fault(make_rig):
    rig = make_rig().walking(3.0)
    rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
    rig.run(1)
    rig.machine.press_speed(3.0)  # someone holds the speed up on the machine
    rig.run(30)
    assert not rig.of(TurnNow)
    assert rig.of(SessionMustPause)[0].reason is FaultReason.TURN_NOT_SLOWED
    assert rig.machine.speed_kmh == 0.0 and rig.machine.state == "paused"


def test_a_turn_speed_that_gets_no_answer_is_a_fault(make_rig):
    rig = make_rig().walking(3.0)
    rig.transport.drop_writes = True
    rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
    rig.run(4)
    assert rig.of(CommandRefused)[0].result == "no answer"
    assert rig.of(SessionMustPause)[0].reason is FaultReason.TURN_SPEED_REFUSED


def test_faults_outside_a_session_do_not_pause_anything(make_rig):
    rig = make_rig().connected()
    rig.machine.press_start()
    rig.machine.press_stop()
    rig.run(10)
    assert rig.of(SessionMustPause) == []


# --- refused commands ---------------------------------------------------------------------


def test_a_command_refused_not_permitted_is_retried_once_after_requesting_control(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.controlled = False  # the machine forgot the grant without saying so
    rig.controller.start_segment(SegmentTarget(3.5))
    rig.run(3)
    assert rig.sent()[-4:] == ["set_speed", "request_control", "set_speed", "set_incline"]
    assert [r.result for r in rig.machine.received[-4:]] == [5, 1, 1, 1]
    assert rig.machine.target_speed_kmh == 3.5 and rig.of(CommandRefused) == []


def test_a_refusal_that_persists_is_reported_and_never_looped(make_rig):
    rig = make_rig(config=VirtualTreadmillConfig(grants_control=False))
    rig.controller.connect()
    rig.run(2)
    rig.controller.start_segment(SegmentTarget(3.0))
    rig.run(30)
    names = rig.sent()
    assert names.count("set_speed") == 2 and names.count("start") == 2
    # control at connect, then each command once, control again, the command once more
    assert names == ["request_control"] + [
        n
        for command in ("start", "set_speed", "set_incline")
        for n in (command, "request_control", command)
    ]
    refused = [e.command for e in rig.of(CommandRefused)]
    assert refused[0] == "request_control" and refused.count("set_speed") == 1
    assert "control not permitted" in rig.of(CommandRefused)[-1].message


def test_an_invalid_parameter_is_retried_once_then_reported(make_rig):
    # No published ranges: the controller cannot clamp and the machine refuses 14 km/h.
    rig = make_rig(config=VirtualTreadmillConfig(publishes_ranges=False)).walking(3.0)
    rig.controller.start_segment(SegmentTarget(14.0))
    rig.run(5)
    assert rig.sent()[-3:] == ["set_speed", "request_control", "set_speed"]
    assert [e.result for e in rig.of(CommandRefused)] == ["invalid parameter"]
    assert rig.machine.target_speed_kmh == 3.0


# --- reconnecting -------------------------------------------------------------------------


def test_reconnect_backs_off(make_rig):
    rig = make_rig().walking(3.0)
    rig.transport.refuse_connections = 4
    dropped_s = rig.clock.now()
    rig.transport.drop_link()
    rig.run(0.2)
    rig.run_until(lambda: rig.controller.link_state is LinkState.READY, 60)
    attempts = [t - dropped_s for t in rig.transport.connect_attempts_s[1:]]
    gaps = [b - a for a, b in zip([0.0, *attempts], attempts, strict=False)]
    # 1, 2, 4, 8, 16 s apart (plus the refusal's 0.05 s latency and the 0.1 s tick)
    for gap, expected in zip(gaps, (1, 2, 4, 8, 16), strict=True):
        assert expected <= gap <= expected + 0.25
    # back up: the backoff starts from the beginning again
    rig.transport.drop_link()
    again_s = rig.clock.now()
    rig.run(0.2)
    rig.run_until(lambda: rig.controller.link_state is LinkState.READY, 5)
    assert rig.transport.connect_attempts_s[-1] - again_s <= 1.25


def test_a_connect_that_never_answers_times_out_and_is_retried(make_rig):
    rig = make_rig(settings=ControllerSettings(connect_timeout_s=3.0))
    rig.transport.latency_s = 1000  # the link never comes up
    rig.controller.connect()
    rig.run(3.2)
    assert rig.controller.link_state is LinkState.WAITING_TO_RECONNECT
    rig.transport.latency_s = 0.05
    rig.run_until(lambda: rig.controller.link_state is LinkState.READY, 3)
    assert len(rig.transport.connect_attempts_s) == 2


def test_after_the_app_vanished_the_next_start_links_a_running_belt_and_never_drives_it(
    make_rig,
):
    # kill -9 on the fake clock: the controller is gone without a word, the machine runs on
    # (over bumble across processes: test_devices_kill9.py).
    rig = make_rig().walking(3.0)
    rig.transport.disconnect()
    received_at_kill = len(rig.machine.received)
    rig.run(30)
    assert rig.machine.state == "running" and rig.machine.speed_kmh == pytest.approx(3.0)
    # The next start: a new controller on the same machine, no session.
    rig.controller = TreadmillController(rig.transport, rig.clock, rig.events.append)
    rig.connected()
    rig.run(60)
    assert rig.sent()[received_at_kill:] == ["request_control"]
    assert rig.machine.state == "running" and rig.machine.speed_kmh == pytest.approx(3.0)
    assert rig.machine.max_speed_seen_kmh == pytest.approx(3.0)
    # Quitting it stops the belt, as every quit does.
    rig.controller.close(stop_belt=True)
    rig.run(10)
    assert rig.sent()[received_at_kill:] == ["request_control", "stop"]
    assert rig.machine.state == "stopped" and rig.machine.speed_kmh == 0.0
