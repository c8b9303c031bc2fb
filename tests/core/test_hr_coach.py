"""The heart-rate coach on a fake clock: the ceiling said once per crossing with hysteresis,
and the settle-before-backward hold with its start, waiting and end events (each reason)."""

from __future__ import annotations

import pytest

from walkcoach.core.clock import FakeClock
from walkcoach.core.hr_coach import (
    CeilingCrossed,
    HeartRateCoach,
    HeartRateCoachSettings,
    HoldEnded,
    HoldStarted,
    HoldWaiting,
    UnderCeiling,
    leads_into_backward,
)
from walkcoach.core.hr_zones import zones_for
from walkcoach.core.program import PlannedSegment, Segment


def _coach(**settings) -> tuple[FakeClock, HeartRateCoach, list]:
    clock = FakeClock()
    events: list = []
    return clock, HeartRateCoach(clock, events.append, HeartRateCoachSettings(**settings)), events


def test_the_ceiling_is_said_once_per_crossing_with_hysteresis():
    ceiling = zones_for(max_hr_bpm=180).top_of_zone_4_bpm  # 162
    clock, coach, events = _coach(ceiling_bpm=ceiling, hysteresis_bpm=5)
    for bpm in (150, 160, 163, 165, 162, 160, 164, None, 170, 158, 156, 163):
        clock.advance(1)
        coach.tick(bpm)
    assert [(type(e), e.bpm) for e in events] == [
        (CeilingCrossed, 163),  # once, however long it stays up or hovers at the ceiling
        (UnderCeiling, 156),  # only under 162 - 5
        (CeilingCrossed, 163),
    ]
    assert "slow down" in events[0].message and "162" in events[0].message
    assert events[0].spoken


def test_no_ceiling_means_nothing_is_said():
    clock, coach, events = _coach()
    coach.tick(200)
    assert events == []


def test_a_hold_ends_when_the_heart_rate_settles():
    clock, coach, events = _coach(settle_before_backward=True, settle_bpm=110)
    assert coach.begin_hold(4, 130)
    for bpm in (128, 124, 119, 115, 112, 109):
        clock.advance(1.0)
        coach.tick(bpm)
    assert isinstance(events[0], HoldStarted) and events[0].index == 4
    waits = [e for e in events if isinstance(e, HoldWaiting)]
    assert [w.bpm for w in waits] == [128, 124, 119, 115, 112]
    assert waits[-1].left_s == pytest.approx(115.0)
    assert events[-1] == HoldEnded(clock.now(), 4, "settled", 6.0, 109)
    assert not coach.holding


def test_a_hold_ends_after_the_longest_wait_whatever_the_heart_rate():
    clock, coach, events = _coach(settle_before_backward=True, settle_bpm=110, settle_max_wait_s=30)
    coach.begin_hold(2, 140)
    for _ in range(40):
        clock.advance(1.0)
        coach.tick(140)
    ended = [e for e in events if isinstance(e, HoldEnded)]
    assert len(ended) == 1 and ended[0].reason == "max_wait" and ended[0].waited_s == 30.0


def test_a_hold_never_waits_blindly():
    clock, coach, events = _coach(settle_before_backward=True, settle_bpm=110)
    assert not coach.begin_hold(2, None)  # no heart rate: no hold at all
    assert not coach.begin_hold(2, 100)  # already settled
    assert coach.begin_hold(2, 130)
    clock.advance(3)
    coach.tick(None)  # the strap lost contact mid-hold
    assert events[-1].reason == "no_heart_rate" and events[-1].waited_s == 3.0


def test_the_option_off_never_holds_and_a_cancel_is_recorded():
    _, coach, events = _coach(settle_before_backward=False)
    assert not coach.begin_hold(1, 180) and events == []
    clock, coach, events = _coach(settle_before_backward=True)
    coach.begin_hold(1, 180)
    coach.cancel_hold()
    assert events[-1].reason == "cancelled" and not coach.holding


def test_where_a_hold_belongs_in_a_plan():
    def planned(i: int, kind: str) -> PlannedSegment:
        return PlannedSegment(i, "main", Segment(kind, 60, 3.0), i * 60.0)

    plan = [planned(i, k) for i, k in enumerate(["forward", "turn", "backward", "turn", "forward"])]
    assert [leads_into_backward(plan, i) for i in range(6)] == [
        False,
        True,
        False,
        False,
        False,
        False,
    ]


def test_settings_are_checked():
    with pytest.raises(ValueError, match="ceiling"):
        HeartRateCoachSettings(ceiling_bpm=20)
    with pytest.raises(ValueError, match="longest settle wait"):
        HeartRateCoachSettings(settle_max_wait_s=0)
