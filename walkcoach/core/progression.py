"""The progression coach: the next session suggested from the history (DOMAIN.md section 4).

The protocol (from an article on walking backwards uphill and gluteus maximus EMG): start with 1-2 minutes of backward walking at 1.5-2 mph (2.4-3.2 km/h)
on a 3-5 % incline; add 30 s of continuous backward walking each week until 5-8 minutes; then
make it steeper, up to 8 %; never rush to higher speeds or grades; stop at pain.

The rules, first match wins (:attr:`Suggestion.rule` names the one used):

``start``         no backward walking recorded: the built-in First steps (3 x 2:00 at 2.4 km/h
                  on 3 %), the same first program the welcome offers and the window opens on.
``restart``       nothing for more than 60 days: start again from the beginning.
``pain``          the latest session was marked with pain: 30 s shorter than its longest
                  backward stretch, never steeper than it (a step down, said plainly).
``break``         nothing for more than 14 days: one minute shorter and 1 % flatter.
``pain_recent``   pain in another session of the last 7 days: repeat, do not add.
``hard``          the latest session felt very hard (RPE 9-10): repeat, do not add.
``first_week``    every backward session is from this week: repeat the best of it this week.
``duration``      the weekly step: the best stretch of the last week walked + 30 s (up to 5 min).
``incline``       at 5 min or more: +1 % per week up to 8 %, the time held.
``duration_top``  at 8 %: +30 s per week up to 8 min.
``top``           8 min at 8 %: the top of the protocol; keep it.

A step is taken once per ISO week: after a session this week that already reached the step, the
same session is suggested again (and the reason says the next step comes next week). Speed is
the latest backward speed kept within 2.4-3.2 km/h: the coach never makes it faster.

Past 400 lines as one piece: the rules that pick the next session read the same recent
history and hold-back checks (core/holdback.py) in one decision.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from walkcoach.core import counted
from walkcoach.core.datewords import day_month, weekday_day_month
from walkcoach.core.holdback import HARD_RPE, RECENT_PAIN_DAYS, hold_back  # noqa: F401 (kept importable here)
from walkcoach.core.i18n import CONTEXT_PROGRAMS, QT_TRANSLATE_NOOP, decimal_text, translate
from walkcoach.core.library import first_program
from walkcoach.core.program import Program, figure_text, format_duration, parse_program
from walkcoach.core.records import FINAL_STATUSES, SessionRecord
from walkcoach.core.stats import iso_week_start, local_date
from walkcoach.core.units import kmh_to_mph

PROGRAM_ID = "next-session"
START_BACKWARD_S = 120.0  # First steps' backward spell: the start agrees with it
STEP_S = 30.0
MIN_BACKWARD_S = 60.0
GOAL_MIN_S = 300.0  # 5 minutes continuous: the start of the protocol's goal range
GOAL_MAX_S = 480.0  # 8 minutes: its top
START_INCLINE_PCT = 3.0
TOP_INCLINE_PCT = 8.0
INCLINE_STEP_PCT = 1.0
MIN_SPEED_KMH = 2.4  # 1.5 mph
MAX_SPEED_KMH = 3.2  # 2.0 mph
LONG_BREAK_DAYS = 14
RESTART_BREAK_DAYS = 60
BREAK_STEP_BACK_S = 60.0
ROUND_TO_S = 15.0  # suggested times are whole quarter minutes

WARMUP_S = 240.0
COOLDOWN_S = 180.0
TURN_S = 15.0
FORWARD_BETWEEN_S = 120.0
FORWARD_SPEED_KMH = 3.5
TURN_SPEED_KMH = 1.0


@dataclass(frozen=True)
class Suggestion:
    """The suggested next session and why, in plain words (first reason is the main one)."""

    program: Program
    reasons: list[str]
    rule: str
    backward_s: float  # the continuous backward stretch suggested
    incline_pct: float
    speed_kmh: float
    rounds: int = field(default=2)


@dataclass(frozen=True)
class _Level:
    """The longest backward stretch of one session, and how it was walked."""

    session: SessionRecord
    run_s: float
    incline_pct: float
    speed_kmh: float


def _level(session: SessionRecord) -> _Level:
    """The session's longest consecutive backward stretch, with the incline and speed of its
    longest segment (the condition it was mostly walked at)."""
    best_s, best_main = 0.0, None
    run_s, run_main = 0.0, None
    for segment in session.segments:
        if segment.kind == "backward":
            run_s += segment.actual_s
            if run_main is None or segment.actual_s > run_main.actual_s:
                run_main = segment
            if run_s > best_s:
                best_s, best_main = run_s, run_main
        elif segment.actual_s > 0:
            run_s, run_main = 0.0, None
    if best_main is None:
        return _Level(session, 0.0, START_INCLINE_PCT, MIN_SPEED_KMH)
    return _Level(session, best_s, best_main.incline_pct, best_main.speed_kmh)


def _best(levels: Sequence[_Level]) -> _Level:
    # Ties go to the later session: it says more about today.
    return max(reversed(levels), key=lambda lv: lv.run_s)


def _round_down(seconds: float) -> float:
    return max(MIN_BACKWARD_S, math.floor(seconds / ROUND_TO_S + 1e-9) * ROUND_TO_S)


def _clamp_speed(speed_kmh: float) -> float:
    return min(MAX_SPEED_KMH, max(MIN_SPEED_KMH, speed_kmh))


class _Words:
    """Formats numbers for the reasons, in the user's units."""

    def __init__(self, units: str, tz: tzinfo | None) -> None:
        self.units = units
        self.tz = tz

    def time(self, seconds: float) -> str:
        return format_duration(seconds)

    def speed(self, speed_kmh: float) -> str:
        if self.units == "mph":
            return translate("Progression", "{speed} mph").format(
                speed=decimal_text(kmh_to_mph(speed_kmh))
            )
        return translate("Progression", "{speed} km/h").format(speed=decimal_text(speed_kmh))

    def incline(self, incline_pct: float) -> str:
        return translate("Progression", "{incline} %").format(incline=figure_text(incline_pct))

    def day(self, moment: datetime) -> str:
        return weekday_day_month(local_date(moment, self.tz))


def suggest_next_session(
    history: Sequence[SessionRecord],
    *,
    now: datetime,
    tz: tzinfo | None = None,
    units: str = "kmh",
) -> Suggestion:
    """The next session for someone with this ``history`` (any order; running sessions are
    ignored), as of ``now`` (timezone-aware)."""
    words = _Words(units, tz)
    finished = sorted(
        (s for s in history if s.status in FINAL_STATUSES), key=lambda s: (s.started_at, s.id)
    )
    levels = [_level(s) for s in finished if s.backward_s > 0]
    levels = [lv for lv in levels if lv.run_s > 0]
    if not levels:
        return _first_session(words)

    last_any = finished[-1]
    last = levels[-1]
    today = local_date(now, tz)
    days_away = (today - local_date(last_any.started_at, tz)).days
    speed_kmh = _clamp_speed(last.speed_kmh)
    speed_note = _speed_note(last.speed_kmh, words)
    # The pain and effort rules live in core.holdback, shared with training plans.
    held = hold_back(finished, today, tz)

    if days_away > RESTART_BREAK_DAYS:
        return _build(
            "restart",
            START_BACKWARD_S,
            START_INCLINE_PCT,
            MIN_SPEED_KMH,
            [
                counted.translate(
                    "Progression",
                    "Your last session was %n day(s) ago: start again gently with {time} at "
                    "{speed} on {incline}; you will be back to your old level faster than the "
                    "first time.",
                    None,
                    days_away,
                ).format(
                    time=words.time(START_BACKWARD_S),
                    speed=words.speed(MIN_SPEED_KMH),
                    incline=words.incline(START_INCLINE_PCT),
                ),
            ],
        )

    if held is not None and held.rule == "pain":
        backward_s = _round_down(last.run_s - STEP_S)
        incline = min(last.incline_pct, TOP_INCLINE_PCT)
        return _build(
            "pain",
            backward_s,
            incline,
            speed_kmh,
            [
                translate(
                    "Progression",
                    "Your last session ({day}) was marked with pain, so this one steps down to "
                    "{time} of backward walking instead of adding time, on the same incline or "
                    "flatter.",
                ).format(day=words.day(last_any.started_at), time=words.time(backward_s)),
                translate(
                    "Progression",
                    "Stop at once if the pain comes back; if it keeps coming back, ask a health "
                    "professional before going on.",
                ),
                *speed_note,
            ],
        )

    if days_away > LONG_BREAK_DAYS:
        backward_s = _round_down(last.run_s - BREAK_STEP_BACK_S)
        incline = max(0.0, min(last.incline_pct, TOP_INCLINE_PCT) - INCLINE_STEP_PCT)
        if last.incline_pct >= START_INCLINE_PCT:
            incline = max(incline, START_INCLINE_PCT)
        return _build(
            "break",
            backward_s,
            incline,
            speed_kmh,
            [
                counted.translate(
                    "Progression",
                    "It has been %n day(s) since your last session: this one steps back to "
                    "{time} on {incline} so your legs and balance can settle in again.",
                    None,
                    days_away,
                ).format(time=words.time(backward_s), incline=words.incline(incline)),
                *speed_note,
            ],
        )

    if held is not None and held.rule == "pain_recent":
        backward_s = _round_down(min(last.run_s, GOAL_MAX_S))
        return _build(
            "pain_recent",
            backward_s,
            min(last.incline_pct, TOP_INCLINE_PCT),
            speed_kmh,
            [
                translate(
                    "Progression",
                    "A session on {day} was marked with pain: repeat {time} rather than adding "
                    "time this week.",
                ).format(day=words.day(held.session.started_at), time=words.time(backward_s)),
                translate("Progression", "Stop at once if the pain comes back."),
                *speed_note,
            ],
        )

    if held is not None and held.rule == "hard":
        backward_s = _round_down(min(last.run_s, GOAL_MAX_S))
        return _build(
            "hard",
            backward_s,
            min(last.incline_pct, TOP_INCLINE_PCT),
            speed_kmh,
            [
                translate(
                    "Progression",
                    "Your last session felt very hard (effort {effort} of 10): repeat {time} "
                    "until it feels easier before adding more.",
                ).format(effort=last_any.rpe, time=words.time(backward_s)),
                *speed_note,
            ],
        )

    return _weekly_step(levels, today, tz, words, speed_kmh, speed_note)


def _weekly_step(
    levels: Sequence[_Level],
    today: date,
    tz: tzinfo | None,
    words: _Words,
    speed_kmh: float,
    speed_note: list[str],
) -> Suggestion:
    this_week = iso_week_start(today)
    week_of = {id(lv): iso_week_start(local_date(lv.session.started_at, tz)) for lv in levels}
    earlier = [lv for lv in levels if week_of[id(lv)] < this_week]
    current = [lv for lv in levels if week_of[id(lv)] == this_week]
    next_monday = this_week + timedelta(days=7)

    if not earlier:
        best = _best(current)
        backward_s = _round_down(min(best.run_s, GOAL_MAX_S))
        incline = min(best.incline_pct, TOP_INCLINE_PCT)
        return _build(
            "first_week",
            backward_s,
            incline,
            speed_kmh,
            [
                translate(
                    "Progression",
                    "This is your first week of backward walking: repeat {time} on {incline} "
                    "this week; from Monday {monday} the coach adds 30 s a week.",
                ).format(
                    time=words.time(backward_s),
                    incline=words.incline(incline),
                    monday=day_month(next_monday),
                ),
                *speed_note,
            ],
        )

    # What the last week walked before this one reached is the base this week builds on.
    base_week = max(week_of[id(lv)] for lv in earlier)
    base = _best([lv for lv in earlier if week_of[id(lv)] == base_week])
    base_s = min(base.run_s, GOAL_MAX_S)
    base_incline = min(base.incline_pct, TOP_INCLINE_PCT)
    if base_s < GOAL_MIN_S - 1e-6:
        rule, backward_s, incline = "duration", _round_down(base_s + STEP_S), base_incline
        why = translate(
            "Progression",
            "Your longest backward stretch in the week of {week} was {longest}: this week add "
            "30 s, to {time}, working toward 5-8 minutes without a break.",
        ).format(
            week=day_month(base_week), longest=words.time(base.run_s), time=words.time(backward_s)
        )
    elif base_incline < TOP_INCLINE_PCT - 1e-6:
        rule = "incline"
        backward_s = _round_down(base_s)
        incline = min(TOP_INCLINE_PCT, math.floor(base_incline + 1e-9) + INCLINE_STEP_PCT)
        why = translate(
            "Progression",
            "You walked backward for {longest} without a break: that is in the 5-8 minute goal, "
            "so now make it steeper instead, {incline} for {time} (one small step a week, up to "
            "8 %).",
        ).format(
            longest=words.time(base.run_s),
            incline=words.incline(incline),
            time=words.time(backward_s),
        )
    elif base_s < GOAL_MAX_S - 1e-6:
        rule, backward_s, incline = "duration_top", _round_down(base_s + STEP_S), TOP_INCLINE_PCT
        why = translate(
            "Progression",
            "You are at the 8 % top incline: add 30 s a week to the backward stretch, to "
            "{time}, up to 8 minutes.",
        ).format(time=words.time(backward_s))
    else:
        rule, backward_s, incline = "top", GOAL_MAX_S, TOP_INCLINE_PCT
        why = translate(
            "Progression",
            "You hold 8 minutes of backward walking on 8 %, the top of this progression: keep "
            "it up, or add more sessions a week rather than more speed or slope.",
        )
    reasons = [why]
    if current and rule != "top":
        reached = any(
            lv.run_s >= backward_s - 1e-6 and lv.incline_pct >= incline - 1e-6 for lv in current
        )
        if reached:
            reasons = [
                translate(
                    "Progression",
                    "You already reached this week's step ({time} on {incline}): repeat it; the "
                    "next step comes from Monday {monday}.",
                ).format(
                    time=words.time(backward_s),
                    incline=words.incline(incline),
                    monday=day_month(next_monday),
                ),
            ]
    return _build(rule, backward_s, incline, speed_kmh, reasons + speed_note)


def _first_session(words: _Words) -> Suggestion:
    """No backward walking yet: the built-in First steps itself, so the empty history, the
    welcome and the program the window opens on all suggest the same first session."""
    program = first_program()
    backs = (
        [p.segment for p in program.planned_segments() if p.kind == "backward"] if program else []
    )
    if program is None or not backs:  # a damaged install: the protocol's first step, built here
        program = None
        backward_s, incline, speed, rounds = START_BACKWARD_S, START_INCLINE_PCT, MIN_SPEED_KMH, 3
    else:
        backward_s, incline, speed = backs[0].duration_s, backs[0].incline_pct, backs[0].speed_kmh
        rounds = len(backs)
    figures = {
        "rounds": rounds,
        "time": words.time(backward_s),
        "speed": words.speed(speed),
        "incline": words.incline(incline),
    }
    if program is not None:
        first = translate(
            "Progression",
            "No backward walking in your history yet: start with “{name}”, {rounds} x {time} "
            "backward at {speed} on a {incline} incline, with forward walking and a slow turn "
            "in between.",
        ).format(name=translate(CONTEXT_PROGRAMS, program.name), **figures)
    else:
        first = translate(
            "Progression",
            "No backward walking in your history yet: start with a first session, {rounds} x "
            "{time} backward at {speed} on a {incline} incline, with forward walking and a slow "
            "turn in between.",
        ).format(**figures)
    reasons = [
        first,
        translate(
            "Progression",
            "Hold the rails at first and clip the safety key to your clothing; after that the "
            "coach adds 30 s a week.",
        ),
    ]
    if program is None:
        return _build("start", backward_s, incline, speed, reasons)
    return Suggestion(program, reasons, "start", backward_s, incline, speed, rounds)


def _speed_note(speed_kmh: float, words: _Words) -> list[str]:
    if speed_kmh > MAX_SPEED_KMH + 1e-6:
        return [
            translate(
                "Progression",
                "Speed kept at {speed}, the top of the protocol's range (you walked faster last "
                "time): it grows in time and slope, never in speed.",
            ).format(speed=words.speed(MAX_SPEED_KMH))
        ]
    return []


def _build(
    rule: str, backward_s: float, incline_pct: float, speed_kmh: float, reasons: list[str]
) -> Suggestion:
    """The suggested program, built as a program file and validated like any other."""
    rounds = 3 if backward_s < 180 else 2
    incline = round(incline_pct, 1)
    speed = round(speed_kmh, 1)
    # The program's own texts are marked under "Programs", like the built-ins': the UI shows them
    # translated where it shows any program's name, labels and notes.
    data = {
        "format": "walkcoach-program",
        "version": 1,
        "id": PROGRAM_ID,
        "name": QT_TRANSLATE_NOOP("Programs", "Next session"),
        "description": " ".join(reasons),
        "source": QT_TRANSLATE_NOOP(
            "Programs",
            "Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history",
        ),
        "level": "beginner" if backward_s < GOAL_MIN_S else "intermediate",
        "tags": ["retro", "progression", "suggested"],
        "warmup": [
            {
                "kind": "forward",
                "duration_s": WARMUP_S,
                "speed_kmh": FORWARD_SPEED_KMH,
                "label": QT_TRANSLATE_NOOP("Programs", "Warm-up"),
                "note": QT_TRANSLATE_NOOP("Programs", "Easy pace to warm up hips and ankles."),
            }
        ],
        "main": [
            {
                "repeat": rounds,
                "label": QT_TRANSLATE_NOOP("Programs", "Backward stretch"),
                "segments": [
                    {
                        "kind": "turn",
                        "duration_s": TURN_S,
                        "speed_kmh": TURN_SPEED_KMH,
                        "incline_pct": incline,
                        "label": QT_TRANSLATE_NOOP("Programs", "Turn to face the back"),
                        "note": QT_TRANSLATE_NOOP(
                            "Programs", "Belt slow: hold the rails and turn one step at a time."
                        ),
                    },
                    {
                        "kind": "backward",
                        "duration_s": backward_s,
                        "speed_kmh": speed,
                        "incline_pct": incline,
                        "label": QT_TRANSLATE_NOOP("Programs", "Backward, without a break"),
                        "note": QT_TRANSLATE_NOOP(
                            "Programs", "Stand tall and look ahead; stop at once on pain."
                        ),
                    },
                    {
                        "kind": "turn",
                        "duration_s": TURN_S,
                        "speed_kmh": TURN_SPEED_KMH,
                        "incline_pct": incline,
                        "label": QT_TRANSLATE_NOOP("Programs", "Turn to face forward"),
                    },
                    {
                        "kind": "forward",
                        "duration_s": FORWARD_BETWEEN_S,
                        "speed_kmh": FORWARD_SPEED_KMH,
                        "incline_pct": incline,
                        "label": QT_TRANSLATE_NOOP("Programs", "Forward"),
                    },
                ],
            }
        ],
        "cooldown": [
            {
                "kind": "forward",
                "duration_s": COOLDOWN_S,
                "speed_kmh": 3.2,
                "label": QT_TRANSLATE_NOOP("Programs", "Cool-down"),
                "note": QT_TRANSLATE_NOOP("Programs", "Stretch calves and thighs afterwards."),
            }
        ],
    }
    program = parse_program(data, source="progression coach")
    return Suggestion(program, reasons, rule, backward_s, incline, speed, rounds)
