"""The treadmill controller against the virtual treadmill, on a fake clock: driving the belt."""

from __future__ import annotations

import pytest

from walkcoach.devices.controller import ControllerSettings, DriveState, SegmentTarget
from walkcoach.devices.events import (
    CommandDone,
    LinkState,
    RangesRead,
    TargetClamped,
    TurnNow,
    TurnSlowing,
    TurnWaiting,
    UserOverride,
)
from walkcoach.devices.ftms import InclineRange, SpeedRange
from walkcoach.devices.virtual import VirtualTreadmillConfig


def test_connect_requests_control_and_reads_the_ranges(make_rig):
    rig = make_rig().connected()
    assert rig.sent() == ["request_control"]
    assert rig.machine.controlled
    assert rig.of(RangesRead) == [
        RangesRead(SpeedRange(0.5, 12.0, 0.1), InclineRange(0.0, 15.0, 0.5))
    ]
    states = [e.state for e in rig.events if hasattr(e, "state")]
    assert states == [LinkState.CONNECTING, LinkState.SETTING_UP, LinkState.READY]


def test_a_segment_starts_a_stopped_belt_then_sets_its_targets(make_rig):
    rig = make_rig().walking(3.2, 2.0)
    assert rig.sent() == ["request_control", "start", "set_speed", "set_incline"]
    assert rig.machine.target_speed_kmh == 3.2 and rig.machine.target_incline_pct == 2.0
    assert rig.machine.incline_pct == pytest.approx(2.0)
    done = {e.command: e for e in rig.of(CommandDone)}
    assert done["set_speed"].value == 3.2 and done["set_speed"].result == "success"
    assert (
        done["set_speed"].planned_s <= done["set_speed"].written_s <= done["set_speed"].answered_s
    )


def test_targets_are_clamped_to_the_machine_with_a_message(make_rig):
    rig = make_rig().connected()
    rig.controller.start_segment(SegmentTarget(14.0, 18.0))
    rig.run(2)
    assert rig.machine.target_speed_kmh == 12.0 and rig.machine.target_incline_pct == 15.0
    assert rig.of(TargetClamped) == [
        TargetClamped("speed", 14.0, 12.0),
        TargetClamped("incline", 18.0, 15.0),
    ]
    assert "12 km/h instead of 14 km/h" in rig.of(TargetClamped)[0].message
    # snapping to the machine's 0.5 % steps is not a clamp worth a message
    rig.controller.start_segment(SegmentTarget(3.0, 1.2))
    rig.run(2)
    assert rig.machine.target_incline_pct == 1.0 and len(rig.of(TargetClamped)) == 2


def test_start_is_never_sent_to_a_running_belt(make_rig):
    # The virtual machine has the walking-pad quirk: a start on a running belt pauses it.
    rig = make_rig().walking(3.0)
    for speed in (4.0, 2.5, 3.5):
        rig.controller.start_segment(SegmentTarget(speed))
        rig.run(6)
    assert rig.machine.state == "running" and rig.machine.speed_kmh == pytest.approx(3.5)
    starts = [r for r in rig.machine.received if r.request and r.request.name == "start"]
    assert len(starts) == 1 and starts[0].belt_state == "stopped"


def test_no_start_when_the_app_connects_to_a_belt_already_running(make_rig):
    rig = make_rig()
    rig.machine.controlled = True
    rig.machine.write_control_point(bytes([0x07]))  # someone started it before the app
    rig.machine.write_control_point(bytes.fromhex("022c01"))
    rig.machine.controlled = False
    rig.machine.received.clear()
    rig.run(8)
    rig.connected()
    rig.controller.start_segment(SegmentTarget(3.5))
    rig.run(5)
    assert rig.sent() == ["request_control", "set_speed", "set_incline"]
    assert rig.machine.state == "running" and rig.machine.speed_kmh == pytest.approx(3.5)


def test_pause_pauses_the_belt_and_resume_starts_it_again(make_rig):
    rig = make_rig().walking(3.0)
    rig.controller.pause()
    rig.run(8)
    assert rig.machine.state == "paused" and rig.machine.speed_kmh == 0.0
    assert rig.controller.drive_state is DriveState.PAUSED
    assert rig.controller.resume()
    rig.run(8)
    assert rig.sent()[-4:] == ["pause", "start", "set_speed", "set_incline"]
    assert rig.machine.state == "running" and rig.machine.speed_kmh == pytest.approx(3.0)


def test_resume_while_the_belt_still_slows_after_a_pause_does_start_it(make_rig):
    rig = make_rig().walking(3.0)
    rig.controller.pause()
    rig.run(2)  # still slowing down: reported speeds fall
    assert 0 < rig.machine.speed_kmh < 3.0
    rig.controller.resume()
    rig.run(8)
    assert rig.machine.state == "running" and rig.machine.speed_kmh == pytest.approx(3.0)


def test_stop_and_close_stop_the_belt_then_disconnect(make_rig):
    rig = make_rig().walking(3.0)
    rig.controller.close()
    rig.run(8)
    assert rig.sent()[-1] == "stop"
    assert rig.machine.state == "stopped" and rig.machine.speed_kmh == 0.0
    assert rig.controller.link_state is LinkState.CLOSED and not rig.transport.linked


def test_the_coach_follows_a_speed_set_on_the_machine_until_the_next_segment(make_rig):
    rig = make_rig().walking(3.0)
    sent_before = len(rig.sent())
    rig.machine.press_speed(3.2)
    rig.run(10)
    assert rig.of(UserOverride) == [UserOverride("speed", 3.2)]
    assert rig.of(UserOverride)[0].message == "You set 3.2 km/h."
    assert len(rig.sent()) == sent_before  # no fighting back
    assert rig.machine.speed_kmh == pytest.approx(3.2)
    rig.controller.start_segment(SegmentTarget(2.8))
    rig.run(3)
    assert rig.machine.target_speed_kmh == 2.8


def test_the_machine_echoing_our_own_target_is_not_a_user_change(make_rig):
    rig = make_rig().walking(3.0, 1.0)
    for speed in (3.5, 4.0):
        rig.controller.start_segment(SegmentTarget(speed, 2.0))
        rig.run(3)
    assert rig.of(UserOverride) == []


# --- the safe turn ---------------------------------------------------------------------------


def _turn_and_next(rig, next_speed=3.0):
    turn_started_s = rig.clock.now()
    rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
    waited_s = rig.run_until(lambda: rig.of(TurnNow), 30)
    belt_at_turn_now = rig.machine.speed_kmh
    rig.run(3)  # the turn itself: the belt holds the turn speed
    assert rig.machine.target_speed_kmh <= 1.0
    rig.controller.start_segment(SegmentTarget(next_speed))
    return turn_started_s, waited_s, belt_at_turn_now


def test_turn_now_only_once_the_treadmill_reports_the_turn_speed(make_rig):
    rig = make_rig().walking(3.0)
    _, waited_s, belt_at_turn_now = _turn_and_next(rig)
    # 3.0 -> 1.0 km/h at 0.5 km/h/s takes 4 s, plus up to a second for the next report
    assert 4.0 <= waited_s <= 5.2
    assert belt_at_turn_now <= 1.0 + 1e-9
    assert rig.of(TurnNow)[0].measured_kmh <= 1.0
    assert rig.of(TurnSlowing)[0].turn_speed_kmh == 1.0
    assert rig.of(TurnWaiting), "a slow-down of 4 s is reported as a wait"
    assert "slowing down" in rig.of(TurnWaiting)[0].message
    rig.run(6)
    assert rig.machine.speed_kmh == pytest.approx(3.0)


def test_a_belt_that_needs_a_second_before_it_slows_makes_the_turn_wait(make_rig):
    quick = make_rig(config=VirtualTreadmillConfig(decel_kmh_per_s=5.0)).walking(1.4)
    _, quick_wait_s, _ = _turn_and_next(quick)
    slow = make_rig(config=VirtualTreadmillConfig(decel_kmh_per_s=5.0, slow_down_delay_s=1.0))
    slow.clock.advance(0)  # same rig recipe, separate machine
    slow.walking(1.4)
    _, slow_wait_s, belt_at_turn_now = _turn_and_next(slow)
    assert slow_wait_s >= quick_wait_s + 0.9
    assert belt_at_turn_now <= 1.0
    assert slow.of(TurnWaiting) and slow.of(TurnWaiting)[0].measured_kmh == pytest.approx(1.4)


def test_the_next_direction_speed_is_set_only_when_the_turn_ends(make_rig):
    rig = make_rig().walking(3.0)
    sent_before = len(rig.machine.received)
    rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
    rig.run(20)  # a long turn
    during = rig.machine.received[sent_before:]
    assert [r.request.speed_kmh for r in during if r.request and r.request.speed_kmh] == [1.0]
    assert rig.machine.speed_kmh == pytest.approx(1.0)
    rig.controller.start_segment(SegmentTarget(3.0))
    rig.run(1)
    assert rig.machine.target_speed_kmh == 3.0


def test_the_turn_speed_never_exceeds_its_setting(make_rig):
    with pytest.raises(ValueError, match="at most 1.5"):
        ControllerSettings(turn_speed_kmh=2.0)
    rig = make_rig(settings=ControllerSettings(turn_speed_kmh=1.2)).walking(3.0)
    rig.controller.start_segment(SegmentTarget(1.5, 0.0, is_turn=True))  # the segment asks more
    rig.run_until(lambda: rig.of(TurnNow), 30)
    assert rig.machine.target_speed_kmh == 1.2
    rig.controller.start_segment(SegmentTarget(0.8, 0.0, is_turn=True))  # and less
    rig.run(3)
    assert rig.machine.target_speed_kmh == 0.8


def test_a_machine_that_cannot_go_as_slow_as_the_turn_pauses_for_it(make_rig):
    config = VirtualTreadmillConfig(speed_range=SpeedRange(1.5, 12.0, 0.1))
    rig = make_rig(config=config).walking(3.0)
    rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
    rig.run_until(lambda: rig.of(TurnNow), 30)
    assert rig.machine.speed_kmh == 0.0 and rig.machine.state == "paused"
    assert rig.of(TurnSlowing)[0].turn_speed_kmh == 0.0
    rig.controller.start_segment(SegmentTarget(3.0))
    rig.run(10)
    assert rig.sent()[-3:] == ["start", "set_speed", "set_incline"]
    assert rig.machine.speed_kmh == pytest.approx(3.0)


def test_a_turn_after_the_user_slowed_the_belt_is_immediate(make_rig):
    rig = make_rig().walking(3.0)
    rig.machine.press_speed(0.8)
    rig.run(6)
    rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))
    waited_s = rig.run_until(lambda: rig.of(TurnNow), 5)
    assert waited_s <= 1.2 and not rig.of(TurnWaiting)


def test_a_segment_begun_before_the_ranges_are_read_is_clamped_when_it_goes_out(make_rig):
    rig = make_rig()
    rig.controller.connect()
    rig.controller.start_segment(SegmentTarget(14.0, 2.0))  # the link is not up yet
    rig.run(4)
    assert rig.machine.target_speed_kmh == 12.0
    assert rig.of(TargetClamped) == [TargetClamped("speed", 14.0, 12.0)]
    assert [r.result for r in rig.machine.received] == [1, 1, 1, 1]


def test_a_machine_without_incline_gets_no_incline_commands_and_one_message(make_rig):
    rig = make_rig(config=VirtualTreadmillConfig(publishes_ranges=False)).walking(3.0, 2.0)
    rig.controller.start_segment(SegmentTarget(3.0, 4.0))
    rig.run(2)
    assert "set_incline" not in rig.sent()
    assert rig.of(TargetClamped) == [TargetClamped("incline", 2.0, None)]
    assert "cannot set its incline" in rig.of(TargetClamped)[0].message


def test_a_closed_link_can_be_opened_again(make_rig):
    rig = make_rig().connected()
    rig.controller.close(stop_belt=False)
    assert rig.controller.link_state is LinkState.CLOSED
    rig.controller.connect()
    rig.run_until(lambda: rig.controller.link_state is LinkState.READY, 3)


def test_a_user_change_never_cancels_a_turn_speed_still_waiting_to_go_out(make_rig):
    from walkcoach.devices.ftms import MachineStatus, StatusCode, encode_machine_status

    rig = make_rig().walking(3.0)
    rig.controller.start_segment(SegmentTarget(3.5))  # its speed is now in flight
    rig.controller.start_segment(SegmentTarget(1.0, 0.0, is_turn=True))  # queued behind it
    status = MachineStatus(StatusCode.TARGET_SPEED_CHANGED, target_speed_kmh=2.0)
    rig.controller.on_notification(0x2ADA, encode_machine_status(status))  # the user, meanwhile
    rig.run_until(lambda: rig.of(TurnNow), 15)
    assert rig.machine.target_speed_kmh == 1.0 and rig.machine.speed_kmh <= 1.0
