"""The progression coach: one test per rule, on hand-made histories with fixed dates."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from walkcoach.core import i18n, library, progression
from walkcoach.core.program import dumps_program, loads_program
from walkcoach.core.records import SegmentRecord, SessionRecord

# 2025-03-10 is a Monday: weeks run 03-03..03-09, 03-10..03-16, 03-17..03-23.
NOW = datetime(2025, 3, 19, 18, 0, tzinfo=UTC)  # Wednesday of the week of the 17th


def walk(
    session_id: int,
    day: int,
    backward_s: float,
    *,
    incline_pct: float = 3.0,
    speed_kmh: float = 2.4,
    month: int = 3,
    rounds: int = 1,
    status: str = "completed",
    pain: bool = False,
    rpe: int | None = None,
) -> SessionRecord:
    """A session of ``rounds`` x (turn, backward stretch, turn, forward) like the coach builds."""
    segments: list[SegmentRecord] = [SegmentRecord(0, "forward", 240, 240, 3.5, 0)]
    for _ in range(rounds):
        for kind, seconds, speed in (
            ("rest", 15, 1.0),
            ("backward", backward_s, speed_kmh),
            ("rest", 15, 1.0),
            ("forward", 120, 3.5),
        ):
            segments.append(
                SegmentRecord(len(segments), kind, seconds, seconds, speed, incline_pct)
            )
    return SessionRecord(
        id=session_id,
        program_id="p",
        program_name="P",
        started_at=datetime(2025, month, day, 8, 0, tzinfo=UTC),
        status=status,
        active_s=sum(s.actual_s for s in segments),
        segments=tuple(segments),
        pain=pain,
        rpe=rpe,
    )


def suggest(history, now=NOW, units="kmh"):
    return progression.suggest_next_session(history, now=now, tz=UTC, units=units)


def program_backward(suggestion):
    backs = [p.segment for p in suggestion.program.planned_segments() if p.kind == "backward"]
    assert backs, "the program must walk backward"
    assert {(s.duration_s, s.incline_pct, s.speed_kmh) for s in backs} == {
        (suggestion.backward_s, suggestion.incline_pct, suggestion.speed_kmh)
    }
    return backs


def test_no_history_starts_with_the_protocol_first_step():
    s = suggest([])
    assert s.rule == "start"
    assert (s.backward_s, s.incline_pct, s.speed_kmh, s.rounds) == (120, 3, 2.4, 3)
    assert 60 <= s.backward_s <= 120 and 2.4 <= s.speed_kmh <= 3.2 and 3 <= s.incline_pct <= 5
    # The one first suggestion: the built-in program the welcome offers and the window opens on.
    assert s.program.id == library.FIRST_PROGRAM_ID == "first-steps"
    assert s.program == library.first_program()
    assert s.program.longest_backward_s == 120  # turns sit between the stretches
    assert s.program.warmup and s.program.cooldown
    assert "No backward walking" in s.reasons[0] and "“First steps backward”" in s.reasons[0]
    assert "3 x 2:00 backward at 2.4 km/h on a 3 % incline" in s.reasons[0]
    assert "safety key" in s.reasons[1]
    program_backward(s)
    # A forward-only history is the same as none for this protocol.
    forward_only = walk(1, 18, 0)
    assert suggest([forward_only]).rule == "start"


def test_the_program_is_a_valid_program_file_that_round_trips():
    s = suggest([walk(1, 12, 150)])
    again = loads_program(dumps_program(s.program))
    assert again == s.program


def test_adds_30_s_per_week_to_the_last_weeks_longest_stretch():
    history = [walk(1, 4, 120), walk(2, 11, 150), walk(3, 13, 135)]  # week of 10th: best 150
    s = suggest(history)
    assert s.rule == "duration"
    assert (s.backward_s, s.incline_pct, s.speed_kmh) == (180, 3, 2.4)
    assert "2:30" in s.reasons[0] and "3:00" in s.reasons[0]
    program_backward(s)


def test_only_one_step_per_week():
    history = [walk(1, 11, 150), walk(2, 17, 180)]  # Monday of this week: 3:00 already walked
    s = suggest(history)
    assert s.backward_s == 180
    assert "already reached this week's step" in s.reasons[0]
    assert "24 Mar" in s.reasons[0]
    # Tried this week but stopped short: the same step is still the suggestion.
    short = suggest([walk(1, 11, 150), walk(2, 17, 100, status="stopped")])
    assert short.backward_s == 180 and "add 30 s" in short.reasons[0]


def test_first_week_repeats_the_best_of_the_week():
    s = suggest([walk(1, 17, 90), walk(2, 18, 120)])
    assert s.rule == "first_week"
    assert s.backward_s == 120
    assert "first week" in s.reasons[0]


def test_at_5_minutes_the_incline_rises_one_percent_a_week_to_8():
    s = suggest([walk(1, 12, 300, incline_pct=5)])
    assert s.rule == "incline"
    assert (s.backward_s, s.incline_pct) == (300, 6)
    near_top = suggest([walk(1, 12, 330, incline_pct=7.5)])
    assert (near_top.backward_s, near_top.incline_pct) == (330, 8)


def test_at_8_percent_time_grows_again_to_8_minutes_then_holds():
    s = suggest([walk(1, 12, 360, incline_pct=8)])
    assert (s.rule, s.backward_s, s.incline_pct) == ("duration_top", 390, 8)
    top = suggest([walk(1, 12, 480, incline_pct=8)])
    assert (top.rule, top.backward_s, top.incline_pct) == ("top", 480, 8)
    # Steeper and longer than the protocol (e.g. an incline-burn session): capped at its top.
    beyond = suggest([walk(1, 12, 900, incline_pct=15, speed_kmh=4.0)])
    assert (beyond.backward_s, beyond.incline_pct, beyond.speed_kmh) == (480, 8, 3.2)


def test_never_faster_than_the_protocol():
    s = suggest([walk(1, 12, 150, speed_kmh=4.5)])
    assert s.speed_kmh == 3.2
    assert any("never in speed" in r for r in s.reasons)
    slow = suggest([walk(1, 12, 150, speed_kmh=1.5)])
    assert slow.speed_kmh == 2.4  # the protocol's slowest pace
    mph = suggest([walk(1, 12, 150, speed_kmh=4.5)], units="mph")
    assert any("2.0 mph" in r for r in mph.reasons)


def test_pain_in_the_last_session_steps_down_and_says_so():
    history = [walk(1, 11, 240, incline_pct=5), walk(2, 18, 240, incline_pct=5, pain=True)]
    s = suggest(history)
    assert s.rule == "pain"
    assert (s.backward_s, s.incline_pct) == (210, 5)
    assert "pain" in s.reasons[0] and "steps down" in s.reasons[0]
    assert any("health professional" in r for r in s.reasons)
    # Pain after a forward-only session also holds the backward progression back.
    forward_pain = walk(3, 18, 0, pain=True)
    assert suggest([walk(1, 11, 240), forward_pain]).rule == "pain"
    # Never below one minute.
    assert suggest([walk(1, 18, 60, pain=True)]).backward_s == 60


def test_pain_earlier_this_week_repeats_instead_of_adding():
    history = [walk(1, 11, 150), walk(2, 14, 150, pain=True), walk(3, 17, 150)]
    s = suggest(history)
    assert s.rule == "pain_recent"
    assert s.backward_s == 150
    assert "repeat" in s.reasons[0]


def test_a_very_hard_last_session_is_repeated():
    s = suggest([walk(1, 11, 150), walk(2, 18, 180, rpe=10)])
    assert s.rule == "hard"
    assert s.backward_s == 180
    assert suggest([walk(1, 11, 150), walk(2, 18, 150, rpe=7)]).rule == "duration"


def test_a_break_of_more_than_two_weeks_steps_back():
    history = [walk(1, 20, 300, incline_pct=6, month=2)]  # 27 days before NOW
    s = suggest(history)
    assert s.rule == "break"
    assert (s.backward_s, s.incline_pct) == (240, 5)
    assert "27 days" in s.reasons[0]
    # Exactly 14 days is not yet a break.
    assert suggest([walk(1, 5, 150)]).rule == "duration"


def test_a_break_of_more_than_two_months_starts_again():
    s = suggest([walk(1, 2, 420, incline_pct=8, month=1)])
    assert s.rule == "restart"
    assert (s.backward_s, s.incline_pct, s.speed_kmh) == (120, 3, 2.4)  # First steps' spell


def test_running_sessions_are_ignored_and_odd_times_round_to_quarter_minutes():
    history = [walk(1, 11, 137), walk(2, 18, 600, status="running")]
    s = suggest(history)
    assert s.rule == "duration"
    assert s.backward_s == 165  # 2:17 + 0:30 = 2:47, down to 2:45


@pytest.mark.parametrize("backward_s", [30, 90, 170, 299, 300, 480, 900])
def test_every_suggestion_is_within_the_protocol(backward_s):
    for incline in (0, 3, 5, 8, 12):
        s = suggest([walk(1, 11, backward_s, incline_pct=incline, speed_kmh=3.0)])
        assert progression.MIN_BACKWARD_S <= s.backward_s <= progression.GOAL_MAX_S
        assert s.incline_pct <= progression.TOP_INCLINE_PCT
        assert progression.MIN_SPEED_KMH <= s.speed_kmh <= progression.MAX_SPEED_KMH
        assert s.backward_s <= max(backward_s, progression.MIN_BACKWARD_S) + progression.STEP_S
        assert s.reasons and all(r.strip() for r in s.reasons)


def _bracketed(context, text, disambiguation=None, n=-1):
    return "[" + (i18n.english_count(text, n) if n >= 0 else text) + "]"


@pytest.mark.parametrize(
    "history",
    [
        [],  # the first session
        [walk(1, 11, 240, incline_pct=5), walk(2, 18, 240, incline_pct=5, pain=True)],
        [walk(1, 11, 150), walk(2, 14, 150, pain=True), walk(3, 17, 150)],
        [walk(1, 11, 150), walk(2, 18, 180, rpe=10, speed_kmh=4.5)],
        [walk(1, 11, 150)],  # a step up; dates in the reason
        [walk(1, 17, 150)],  # the first week
        [walk(1, 1, 150, month=1)],  # a long break: restart
        [walk(1, 20, 150, month=2)],  # a break: step back
    ],
)
def test_every_reason_is_translated_whole(history):
    """With a translator that brackets every text, no English is left outside the brackets:
    the reasons are whole translated sentences, their figures and dates made in the language."""
    i18n.set_translator(_bracketed)
    try:
        reasons = suggest(history, units="mph").reasons
    finally:
        i18n.reset()
    assert reasons
    for reason in reasons:
        outside = reason
        while "[" in outside:
            outside = re.sub(r"\[[^\[\]]*\]", "", outside)
        assert not re.search(r"[A-Za-z]", outside), reason
