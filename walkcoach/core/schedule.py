"""Timetables for the session engine: which event of a segment is due at which active second."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from walkcoach.core.events import (
    Countdown,
    Event,
    GetReady,
    Halfway,
    TimeLeft,
    TurnAroundWarning,
)
from walkcoach.core.program import PlannedSegment

HALFWAY_MIN_S = 60.0  # shorter segments get no halfway cue: it would crowd the countdown
TIME_LEFT_QUIET_END_S = 15.0  # no "time left" inside the last 15 s: the 3-2-1 takes over there

# Order of events due at the same instant: the warning before the beeps, the end last.
RANK_GET_READY = 0
RANK_GO = 9
RANK_TURN_WARNING = 1
RANK_HALFWAY = 2
RANK_TIME_LEFT = 3
RANK_COUNTDOWN = 4
RANK_END = 9


@dataclass(frozen=True, order=True)
class Due:
    """One scheduled event: ``at_s`` in active session seconds; ``what`` names the event."""

    at_s: float
    rank: int
    what: str  # "get_ready", "go", "turn_warning", "halfway", "time_left", "countdown", "end"
    value: float = 0.0  # seconds_left (get_ready, countdown), remaining_s, seconds_before
    next_index: int = -1  # countdown and turn_warning: the segment that comes


def turn_target(plan: Sequence[PlannedSegment], index: int) -> int | None:
    """Index of the turn that comes straight after segment ``index``, if one does.

    The turn-around warning belongs to the segment before the turn, whatever its kind, so it
    counts down to the moment the turn starts (a rest before the turn is no reason to warn a
    rest's length early)."""
    later = index + 1
    if later < len(plan) and plan[later].segment.is_turn:
        return later
    return None


def facing_around(plan: Sequence[PlannedSegment], turn_index: int) -> tuple[str, str]:
    """(direction walked before the turn, direction walked after it); "" where there is none."""
    before = next((p.direction for p in reversed(plan[:turn_index]) if p.direction), "")
    after = next((p.direction for p in plan[turn_index + 1 :] if p.direction), "")
    return before, after


def get_ready_timetable(get_ready_s: float) -> list[Due]:
    """The get-ready count: a GetReady each whole second left (at active time -n), then "go" at 0."""
    whole = math.floor(get_ready_s + 1e-9)
    dues = [Due(-float(n), RANK_GET_READY, "get_ready", float(n)) for n in range(whole, 0, -1)]
    dues.append(Due(0.0, RANK_GO, "go"))
    return dues


def segment_timetable(
    plan: Sequence[PlannedSegment],
    index: int,
    start_s: float,
    *,
    countdown_s: int,
    turn_warning_s: float,
    time_left_every_s: float | None,
) -> list[Due]:
    """Every event of segment ``index`` started at active second ``start_s``, in firing order.

    The end is at ``start_s + duration_s`` (the same sum Program.planned_segments makes), so a
    session that is never skipped runs exactly to the plan.
    """
    planned = plan[index]
    duration_s = planned.duration_s
    open_ended = planned.segment.until_confirmed
    followed = index + 1 < len(plan)
    dues: list[Due] = []

    target = turn_target(plan, index)
    if target is not None and turn_warning_s > 0 and not open_ended:
        # Short segments: warn at their start (saying the true time left) rather than in the
        # segment before, which may face the same way and would confuse. A station that waits
        # for Done has no known end to count down to: the turn is announced when it starts.
        offset_s = max(0.0, duration_s - turn_warning_s)
        dues.append(
            Due(
                start_s + offset_s,
                RANK_TURN_WARNING,
                "turn_warning",
                duration_s - offset_s,
                target,
            )
        )

    halfway_offset_s = duration_s / 2
    has_halfway = duration_s >= HALFWAY_MIN_S and not open_ended
    if has_halfway:
        dues.append(Due(start_s + halfway_offset_s, RANK_HALFWAY, "halfway"))

    if time_left_every_s and duration_s > 2 * time_left_every_s and not open_ended:
        # Announce round amounts left ("two minutes left"), counting back from the end.
        k = 1
        while (remaining_s := k * time_left_every_s) < duration_s:
            offset_s = duration_s - remaining_s
            clashes = has_halfway and abs(offset_s - halfway_offset_s) < 0.5
            if remaining_s >= TIME_LEFT_QUIET_END_S and not clashes:
                dues.append(Due(start_s + offset_s, RANK_TIME_LEFT, "time_left", remaining_s))
            k += 1

    # An open-ended station changes segment when the user says so: a 3-2-1 would mislead.
    if followed and not open_ended:
        for seconds_left in range(countdown_s, 0, -1):
            if seconds_left <= duration_s:
                dues.append(
                    Due(
                        start_s + (duration_s - seconds_left),
                        RANK_COUNTDOWN,
                        "countdown",
                        float(seconds_left),
                        index + 1,
                    )
                )

    dues.append(Due(start_s + duration_s, RANK_END, "end"))
    dues.sort()
    return dues


def due_event(due: Due, plan: Sequence[PlannedSegment], index: int, actual_s: float) -> Event:
    """The event a scheduled announcement becomes (segment ends and "go" are the engine's)."""
    at_s = due.at_s
    match due.what:
        case "get_ready":
            return GetReady(at_s, actual_s, int(due.value))
        case "turn_warning":
            before, after = facing_around(plan, due.next_index)
            return TurnAroundWarning(at_s, actual_s, due.next_index, before, after, due.value)
        case "halfway":
            return Halfway(at_s, actual_s, index)
        case "time_left":
            return TimeLeft(at_s, actual_s, index, due.value)
        case "countdown":
            return Countdown(at_s, actual_s, int(due.value), due.next_index)
    raise ValueError(f"not an announcement: {due.what!r}")


def check_options(
    *,
    get_ready_s: float,
    countdown_s: int,
    turn_warning_s: float,
    time_left_every_s: float | None,
    sleep_gap_s: float,
) -> None:
    """Refuse engine options that cannot work, naming the option and the value."""
    _check_seconds("get_ready_s", get_ready_s, minimum=0.0)
    _check_seconds("turn_warning_s", turn_warning_s, minimum=0.0)
    _check_seconds("sleep_gap_s", sleep_gap_s, minimum=0.0, inclusive=False)
    if time_left_every_s is not None:
        _check_seconds("time_left_every_s", time_left_every_s, minimum=0.0)
    if isinstance(countdown_s, bool) or not isinstance(countdown_s, int) or countdown_s < 0:
        raise ValueError(
            f"countdown_s must be a whole number of seconds, 0 or more (got {countdown_s!r})"
        )


def _check_seconds(name: str, value: float, *, minimum: float, inclusive: bool = True) -> None:
    ok = (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and math.isfinite(value)
        and (value >= minimum if inclusive else value > minimum)
    )
    if not ok:
        bound = f"{'at least' if inclusive else 'more than'} {minimum:g}"
        raise ValueError(f"{name} must be a number of seconds {bound} (got {value!r})")
