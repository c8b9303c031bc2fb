"""The session engine: a clock-driven state machine that turns a program into timed events.

One piece past 400 lines: every action (start, pause, skip, back, +/-30 s, stop) changes the same
few clock and plan variables, and splitting them apart would spread one state machine over files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TypedDict

from walkcoach.core.clock import Clock
from walkcoach.core.events import (
    AwaitingConfirmation,
    Event,
    Finished,
    SegmentEnded,
    SegmentExtended,
    SegmentStarted,
    StateChanged,
)
from walkcoach.core.program import MAX_SESSION_S, PlannedSegment, Program
from walkcoach.core.schedule import (
    Due,
    check_options,
    due_event,
    get_ready_timetable,
    segment_timetable,
)
from walkcoach.core.session_state import HOLD_REASONS, SessionState

# A timer armed for next_due_s() may wake a hair early in float terms; treat that as on time so
# the UI never spins re-arming a timer for an instant that has already passed.
DUE_TOLERANCE_S = 1e-6
BACK_RESTART_AFTER_S = 3.0  # back() within the first 3 s goes to the previous segment
# Shortening a segment leaves at least this much of it, so the 3-2-1 still has its room.
MIN_LEFT_AFTER_SHORTENING_S = 5.0

_TICKING = (SessionState.COUNTDOWN, SessionState.RUNNING)
# Why a session is paused: the user; a gap in the clock (the computer slept); a linked belt
# not yet slow enough for a turn ("belt": the turn's time waits for it); a treadmill fault.
PAUSE_REASONS = ("user", "sleep_gap", "belt", "heart_rate", "treadmill")
# HOLD_REASONS (core/session_state.py) hold a segment, each until its own release_hold(): the
# belt slowing for a turn (every turn while a treadmill is linked), the heart rate settling
# before a backward bout. The first one held is the reason shown; the segment's time starts
# when none is left.


@dataclass(frozen=True)
class Snapshot:
    """What a display needs at one instant; all times in seconds."""

    state: SessionState
    index: int  # current segment; 0 before the start, len(plan) when finished
    planned: PlannedSegment | None  # None only when finished
    next_planned: PlannedSegment | None
    segment_elapsed_s: float
    segment_remaining_s: float
    session_elapsed_s: float  # position in the plan: planned.start_s + segment elapsed (capped)
    session_remaining_s: float  # planned_total_s - session_elapsed_s
    planned_total_s: float
    progress: float  # 0..1 through the plan
    get_ready_left_s: float
    awaiting_confirmation: bool
    paused_reason: str  # "" unless paused: one of PAUSE_REASONS
    active_s: float  # real active time since the first segment started (pauses excluded)
    skipped_s: float  # planned time skipped so far


class _SnapshotCommon(TypedDict):
    """The fields every kind of snapshot shares (typed, so ``**common`` is checked)."""

    state: SessionState
    planned_total_s: float
    paused_reason: str
    skipped_s: float


class SessionEngine:
    """Runs one session of ``program``; make a new engine for the next session.

    Times inside are "active seconds": session time with pauses left out, 0 when the first
    segment starts; the get-ready count runs from ``-get_ready_s`` up to 0, so its events carry
    negative times. Nothing is counted in ticks: every call reads ``clock.now()`` and emits what
    came due since the previous call, in time order, each with the time the plan gave it
    (``planned_s``) and the time the engine noticed it (``actual_s``).

    Call ``tick()`` several times a second (display refresh) and, to hit each cue exactly, arm a
    single-shot timer for ``next_due_s()``. A gap of more than ``sleep_gap_s`` between calls
    means the computer slept: the session pauses at the last call instead of racing through the
    segments it missed.

    Actions (start, pause, resume, skip, back, extend_segment, stop, confirm, tick) return the
    events they caused and never raise: an action that makes no sense in the current state
    returns ``[]``. Each action first emits what the clock made due, exactly like ``tick()``.

    ``sleep_gap_s`` is in real seconds: with a ScaledClock (demos, ``--time-scale``) it is
    multiplied by the clock's ``time_scale`` so fast ticks are not mistaken for sleep.
    """

    def __init__(
        self,
        program: Program,
        clock: Clock,
        *,
        get_ready_s: float = 5.0,
        countdown_s: int = 3,
        turn_warning_s: float = 10.0,
        time_left_every_s: float | None = None,
        sleep_gap_s: float = 5.0,
    ) -> None:
        self.plan: tuple[PlannedSegment, ...] = program.planned_segments()
        if not self.plan:
            raise ValueError(f"program {program.id!r} has no segments to run")
        check_options(
            get_ready_s=get_ready_s,
            countdown_s=countdown_s,
            turn_warning_s=turn_warning_s,
            time_left_every_s=time_left_every_s,
            sleep_gap_s=sleep_gap_s,
        )
        self.program = program
        self.planned_total_s: float = self.plan[-1].end_s
        self.get_ready_s = float(get_ready_s)
        self.countdown_s = countdown_s
        self.turn_warning_s = float(turn_warning_s)
        self.time_left_every_s = float(time_left_every_s) if time_left_every_s else None
        time_scale = getattr(clock, "time_scale", 1.0)
        scale = time_scale if isinstance(time_scale, int | float) and time_scale > 1 else 1.0
        self.sleep_gap_s = float(sleep_gap_s) * scale
        self._clock = clock

        self._state = SessionState.IDLE
        self._paused_from = SessionState.IDLE  # the state a resume returns to
        self._paused_reason = ""
        # Active time is _base_active_s at clock time _base_clock_s, advancing with the clock
        # only while counting down or running.
        self._base_active_s = 0.0
        self._base_clock_s = 0.0
        self._last_call_clock_s = 0.0
        self._started = False  # has the first segment begun?
        self._index = 0
        self._segment_start_s = 0.0
        self._awaiting = False
        self._pending: list[Due] = []
        self._skipped_by_index: dict[int, float] = {}
        self._halfway_done = False  # the current segment's halfway was announced
        # Latest planned time emitted. An event fired within DUE_TOLERANCE_S before its time must
        # not be followed by a button event stamped earlier, so actions never go below this.
        self._emitted_s = float("-inf")
        # A linked treadmill: each turn waits (paused, reason "belt") until release_turn().
        self.hold_turns = False
        self._holds: list[str] = []  # the current segment's holds not yet released, in order

    # ---------------------------------------------------------------------------------------
    # Public state

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def awaiting_confirmation(self) -> bool:
        return self._awaiting

    def active_s(self) -> float:
        """Active seconds now (negative during the get-ready count)."""
        return self._active_at(self._clock.now())

    def next_due_s(self) -> float | None:
        """Clock time (``clock.now()`` units) of the next scheduled event, or None."""
        if self._state not in _TICKING or not self._pending:
            return None
        return self._base_clock_s + (self._pending[0].at_s - self._base_active_s)

    def snapshot(self) -> Snapshot:
        active_s = self._active_at(self._clock.now())
        plan = self.plan
        total_s = self.planned_total_s
        common: _SnapshotCommon = {
            "state": self._state,
            "planned_total_s": total_s,
            "paused_reason": self._paused_reason if self._state is SessionState.PAUSED else "",
            "skipped_s": self._skipped_s(),
        }
        if self._state is SessionState.FINISHED:
            return Snapshot(
                index=len(plan),
                planned=None,
                next_planned=None,
                segment_elapsed_s=0.0,
                segment_remaining_s=0.0,
                session_elapsed_s=total_s,
                session_remaining_s=0.0,
                progress=1.0,
                get_ready_left_s=0.0,
                awaiting_confirmation=False,
                active_s=active_s,
                **common,
            )
        planned = plan[self._index]
        next_planned = plan[self._index + 1] if self._index + 1 < len(plan) else None
        if not self._started:
            get_ready_left_s = max(0.0, -active_s) if self._in_get_ready() else 0.0
            return Snapshot(
                index=0,
                planned=planned,
                next_planned=next_planned,
                segment_elapsed_s=0.0,
                segment_remaining_s=planned.duration_s,
                session_elapsed_s=0.0,
                session_remaining_s=total_s,
                progress=0.0,
                get_ready_left_s=get_ready_left_s,
                awaiting_confirmation=False,
                active_s=0.0,
                **common,
            )
        segment_elapsed_s = max(0.0, active_s - self._segment_start_s)
        position_s = planned.start_s + min(segment_elapsed_s, planned.duration_s)
        remaining_s = 0.0 if self._awaiting else max(0.0, planned.duration_s - segment_elapsed_s)
        return Snapshot(
            index=self._index,
            planned=planned,
            next_planned=next_planned,
            segment_elapsed_s=segment_elapsed_s,
            segment_remaining_s=remaining_s,
            session_elapsed_s=position_s,
            session_remaining_s=total_s - position_s,
            progress=min(1.0, max(0.0, position_s / total_s)),
            get_ready_left_s=0.0,
            awaiting_confirmation=self._awaiting,
            active_s=max(0.0, active_s),
            **common,
        )

    # ---------------------------------------------------------------------------------------
    # Actions

    def start(self, skip_get_ready: bool = False) -> list[Event]:
        if self._state is not SessionState.IDLE:
            return []
        now = self._clock.now()
        self._base_clock_s = self._last_call_clock_s = now
        if skip_get_ready or self.get_ready_s <= 0:
            self._base_active_s = 0.0
            self._state = SessionState.RUNNING
            events: list[Event] = [
                StateChanged(0.0, 0.0, SessionState.IDLE, SessionState.RUNNING, "user")
            ]
            events += self._start_segment(0, 0.0, 0.0)
            return events + self._advance(0.0)
        start_s = -self.get_ready_s
        self._base_active_s = start_s
        self._state = SessionState.COUNTDOWN
        self._pending = get_ready_timetable(self.get_ready_s)
        events = [StateChanged(start_s, start_s, SessionState.IDLE, SessionState.COUNTDOWN, "user")]
        return events + self._advance(start_s)

    def tick(self) -> list[Event]:
        return self._catch_up(self._clock.now())

    def pause(self, reason: str = "user") -> list[Event]:
        """Pause; ``reason`` is one of PAUSE_REASONS. A session already paused only takes the
        new reason when it was waiting for the belt (the user or a fault now holds it)."""
        if reason not in PAUSE_REASONS:
            raise ValueError(f"unknown pause reason {reason!r}")
        now = self._clock.now()
        events = self._catch_up(now)
        if self._state in _TICKING:
            events += self._pause(now, reason)
        elif (
            self._state is SessionState.PAUSED
            and self._paused_reason in HOLD_REASONS
            and reason in ("user", "treadmill")
        ):
            self._paused_reason = reason
            active_s = self._base_active_s
            events.append(
                StateChanged(active_s, active_s, SessionState.PAUSED, SessionState.PAUSED, reason)
            )
        return events

    def resume(self) -> list[Event]:
        """The user goes on. A segment still held (the belt, the heart rate) goes back to
        waiting for it; a hold itself is not the user's to resume (release_hold)."""
        if self._state is not SessionState.PAUSED or self._paused_reason in HOLD_REASONS:
            return []
        if self._held():
            return self._hold_reason_now(self._holds[0])
        return self._resume("user")

    def hold(self, reason: str) -> list[Event]:
        """Hold the current segment (its time stops, paused with ``reason``, one of
        HOLD_REASONS) until ``release_hold(reason)``. A no-op before the first segment, after
        the end, or when the segment holds for that reason already."""
        if reason not in HOLD_REASONS:
            raise ValueError(f"unknown hold {reason!r}")
        now = self._clock.now()
        events = self._catch_up(now)
        if not self._in_segment() or reason in self._holds:
            return events
        self._holds.append(reason)
        if self._state in _TICKING:
            events += self._pause(now, reason)
        return events

    def release_hold(self, reason: str) -> list[Event]:
        """The hold ``reason`` of the current segment is over; the segment's time starts again
        when no other hold is left (and the user has not paused it meanwhile)."""
        if reason not in self._holds:
            return []
        self._holds.remove(reason)
        if self._state is not SessionState.PAUSED or self._paused_reason != reason:
            return []
        if self._held():
            return self._hold_reason_now(self._holds[0])
        return self._resume(reason)

    def release_turn(self) -> list[Event]:
        """The belt is at the turn speed: the turn's time starts (a no-op unless held)."""
        return self.release_hold("belt")

    def holds(self) -> tuple[str, ...]:
        """The current segment's holds still waiting, in order."""
        return tuple(self._holds) if self._held() else ()

    def _held(self) -> bool:
        return bool(self._holds) and self._in_segment()

    def _hold_reason_now(self, reason: str) -> list[Event]:
        """Still paused, now for ``reason``: said as a PAUSED -> PAUSED change."""
        self._paused_reason = reason
        active_s = self._base_active_s
        return [StateChanged(active_s, active_s, SessionState.PAUSED, SessionState.PAUSED, reason)]

    def _resume(self, reason: str) -> list[Event]:
        now = self._clock.now()
        active_s = self._base_active_s
        self._state = self._paused_from
        self._base_clock_s = self._last_call_clock_s = now
        self._paused_reason = ""
        events: list[Event] = [
            StateChanged(active_s, active_s, SessionState.PAUSED, self._state, reason)
        ]
        return events + self._advance(active_s)

    def skip(self) -> list[Event]:
        """End the current segment now and start the next; during get-ready, start at once."""
        now = self._clock.now()
        events = self._catch_up(now)
        if self._in_get_ready():
            return events + self._begin_now(now)
        if not self._in_segment():
            return events
        active_s = self._action_time(now)
        elapsed_s = active_s - self._segment_start_s
        # A station waiting for confirmation has served its time: skipping it is confirming it.
        skipped = not self._awaiting
        events += self._end_segment(active_s, elapsed_s, skipped=skipped)
        events += self._next_segment(active_s, active_s)
        return events + self._advance(active_s)

    def back(self) -> list[Event]:
        """Restart the segment if more than 3 s in, otherwise go to the previous one."""
        now = self._clock.now()
        events = self._catch_up(now)
        if not self._in_segment():
            return events
        active_s = self._action_time(now)
        elapsed_s = active_s - self._segment_start_s
        if elapsed_s > BACK_RESTART_AFTER_S:
            target = self._index
        elif self._index > 0:
            target = self._index - 1
        elif elapsed_s > 0:
            target = 0
        else:
            return events  # at the very start of the session: nothing to go back to
        events += self._end_segment(active_s, elapsed_s, skipped=True)
        events += self._start_segment(target, active_s, active_s)
        return events + self._advance(active_s)

    def confirm(self) -> list[Event]:
        """The user finished a done-when-confirmed station: go on to the next segment."""
        now = self._clock.now()
        events = self._catch_up(now)
        if not (self._in_segment() and self._awaiting):
            return events
        active_s = self._action_time(now)
        events += self._end_segment(active_s, active_s - self._segment_start_s, skipped=False)
        events += self._next_segment(active_s, active_s)
        return events + self._advance(active_s)

    def extend_segment(self, delta_s: float) -> list[Event]:
        """Lengthen (``delta_s`` > 0) or shorten the running segment by ``delta_s`` seconds.

        Shortening never leaves less than MIN_LEFT_AFTER_SHORTENING_S (nothing happens if less
        is left already); nothing happens during the get-ready count, at a station waiting for
        Done, or after the end. The later segments move with it, the cues of the segment are
        re-timed to its new end, and the time walked is what the clock says: a lengthened
        segment ends with its actual time equal to the time really spent in it.
        """
        now = self._clock.now()
        events = self._catch_up(now)
        valid = isinstance(delta_s, int | float) and not isinstance(delta_s, bool)
        if not valid or not math.isfinite(delta_s) or delta_s == 0:
            return events
        if not self._in_segment() or self._awaiting:
            return events
        active_s = self._action_time(now)
        planned = self.plan[self._index]
        remaining_s = planned.duration_s - (active_s - self._segment_start_s)
        floor_s = min(remaining_s, MIN_LEFT_AFTER_SHORTENING_S)
        new_remaining_s = max(remaining_s + delta_s, floor_s)
        new_duration_s = min(planned.duration_s + (new_remaining_s - remaining_s), MAX_SESSION_S)
        change_s = new_duration_s - planned.duration_s
        if abs(change_s) < 1e-9:
            return events
        self._set_duration(self._index, new_duration_s)
        self._pending = [
            due
            for due in self._timetable(self._index, self._segment_start_s)
            if due.at_s > active_s + DUE_TOLERANCE_S
            and not (due.what == "halfway" and self._halfway_done)
        ]
        events.append(
            SegmentExtended(
                active_s, active_s, self._index, change_s, new_duration_s, remaining_s + change_s
            )
        )
        return events + self._advance(active_s)

    def stop(self) -> list[Event]:
        now = self._clock.now()
        events = self._catch_up(now)
        if self._state not in (*_TICKING, SessionState.PAUSED):
            return events
        active_s = self._action_time(now)
        if self._in_segment():
            elapsed_s = active_s - self._segment_start_s
            cut_short = elapsed_s < self.plan[self._index].duration_s
            events += self._end_segment(active_s, elapsed_s, skipped=cut_short)
        old = self._state
        self._freeze(active_s, now)
        self._state = SessionState.STOPPED
        self._pending = []
        events.append(StateChanged(active_s, active_s, old, SessionState.STOPPED, "user"))
        return events

    # ---------------------------------------------------------------------------------------
    # Internals

    def _active_at(self, clock_s: float) -> float:
        if self._state in _TICKING:
            return self._base_active_s + (clock_s - self._base_clock_s)
        return self._base_active_s

    def _action_time(self, clock_s: float) -> float:
        return max(self._active_at(clock_s), self._emitted_s)

    def _freeze(self, active_s: float, clock_s: float) -> None:
        self._base_active_s = active_s
        self._base_clock_s = clock_s

    def _in_get_ready(self) -> bool:
        return self._state is SessionState.COUNTDOWN or (
            self._state is SessionState.PAUSED and self._paused_from is SessionState.COUNTDOWN
        )

    def _in_segment(self) -> bool:
        return self._state is SessionState.RUNNING or (
            self._state is SessionState.PAUSED and self._paused_from is SessionState.RUNNING
        )

    def _skipped_s(self) -> float:
        return sum(self._skipped_by_index.values(), 0.0)

    def _catch_up(self, now: float) -> list[Event]:
        """Everything the clock made due since the last call, or a pause if the computer slept."""
        if self._state not in _TICKING:
            return []
        if now - self._last_call_clock_s > self.sleep_gap_s:
            # Pause where we last saw the clock: nothing from the gap is emitted or skipped.
            return self._pause(self._last_call_clock_s, "sleep_gap")
        self._last_call_clock_s = max(self._last_call_clock_s, now)
        return self._advance(self._active_at(now))

    def _advance(self, active_s: float) -> list[Event]:
        events: list[Event] = []
        while (
            self._state in _TICKING
            and self._pending
            and self._pending[0].at_s <= active_s + DUE_TOLERANCE_S
        ):
            due = self._pending.pop(0)
            self._emitted_s = max(self._emitted_s, due.at_s)
            self._halfway_done = self._halfway_done or due.what == "halfway"
            events += self._fire(due, active_s)
        return events

    def _fire(self, due: Due, actual_s: float) -> list[Event]:
        at_s = due.at_s
        if due.what == "go":
            self._state = SessionState.RUNNING
            changed = StateChanged(
                at_s, actual_s, SessionState.COUNTDOWN, SessionState.RUNNING, "get_ready_done"
            )
            return [changed, *self._start_segment(0, at_s, actual_s)]
        if due.what != "end":
            return [due_event(due, self.plan, self._index, actual_s)]
        planned = self.plan[self._index]
        if planned.segment.until_confirmed:
            self._awaiting = True
            return [AwaitingConfirmation(at_s, actual_s, self._index)]
        # Ended on plan: the segment lasted exactly its duration, and the next one starts at
        # this planned instant, not at the (late) tick: no drift.
        duration_s = planned.duration_s
        ended = SegmentEnded(at_s, actual_s, self._index, planned.kind, duration_s, duration_s)
        return [ended, *self._next_segment(at_s, actual_s)]

    def _start_segment(self, index: int, at_s: float, actual_s: float) -> list[Event]:
        planned = self.plan[index]
        self._started = True
        self._index = index
        self._segment_start_s = at_s
        self._awaiting = False
        self._halfway_done = False
        self._skipped_by_index.pop(index, None)
        self._pending = self._timetable(index, at_s)
        self._holds = ["belt"] if self.hold_turns and planned.segment.is_turn else []
        events: list[Event] = [
            SegmentStarted(at_s, actual_s, index, planned.kind, planned.duration_s)
        ]
        if (
            self._state is SessionState.PAUSED
            and self._paused_reason in HOLD_REASONS
            and self._paused_reason not in self._holds
        ):
            # Skipped or gone back while held: the new segment does not wait for that; it
            # stays paused as the user's pause, so Space goes on.
            self._paused_reason = "user"
            events.append(StateChanged(at_s, actual_s, self._state, self._state, "user"))
        if self._holds and self._state in _TICKING:
            # The turn's time waits for the belt: it starts when the treadmill reports the
            # turn speed (release_turn), not while the user still walks on a fast belt.
            old = self._state
            self._freeze(at_s, self._clock.now())
            self._paused_from, self._paused_reason = old, "belt"
            self._state = SessionState.PAUSED
            events.append(StateChanged(at_s, actual_s, old, SessionState.PAUSED, "belt"))
        return events

    def _timetable(self, index: int, start_s: float) -> list[Due]:
        return segment_timetable(
            self.plan,
            index,
            start_s,
            countdown_s=self.countdown_s,
            turn_warning_s=self.turn_warning_s,
            time_left_every_s=self.time_left_every_s,
        )

    def _set_duration(self, index: int, duration_s: float) -> None:
        """Give segment ``index`` a new length in the plan; the segments after it move along."""
        old = self.plan[index]
        shift_s = duration_s - old.duration_s
        plan = list(self.plan)
        plan[index] = replace(old, segment=replace(old.segment, duration_s=duration_s))
        for later in range(index + 1, len(plan)):
            plan[later] = replace(plan[later], start_s=plan[later].start_s + shift_s)
        self.plan = tuple(plan)
        self.planned_total_s += shift_s

    def _end_segment(self, active_s: float, elapsed_s: float, *, skipped: bool) -> list[Event]:
        planned = self.plan[self._index]
        elapsed_s = max(0.0, elapsed_s)
        if skipped:
            self._skipped_by_index[self._index] = max(0.0, planned.duration_s - elapsed_s)
        self._pending = []
        self._awaiting = False
        return [
            SegmentEnded(
                active_s,
                active_s,
                self._index,
                planned.kind,
                planned.duration_s,
                elapsed_s,
                skipped,
            )
        ]

    def _next_segment(self, at_s: float, actual_s: float) -> list[Event]:
        if self._index + 1 < len(self.plan):
            return self._start_segment(self._index + 1, at_s, actual_s)
        return self._finish(at_s, actual_s)

    def _finish(self, at_s: float, actual_s: float) -> list[Event]:
        old = self._state
        # Active time stops at the planned end, so a session that ran to plan totals exactly.
        self._base_active_s = at_s
        self._state = SessionState.FINISHED
        self._pending = []
        return [
            Finished(at_s, actual_s, at_s),
            StateChanged(at_s, actual_s, old, SessionState.FINISHED, "finished"),
        ]

    def _pause(self, clock_s: float, reason: str) -> list[Event]:
        active_s = self._action_time(clock_s)
        old = self._state
        self._freeze(active_s, clock_s)
        self._paused_from = old
        self._paused_reason = reason
        self._state = SessionState.PAUSED
        return [StateChanged(active_s, active_s, old, SessionState.PAUSED, reason)]

    def _begin_now(self, now: float) -> list[Event]:
        """Skip the rest of the get-ready count: the first segment starts at active time 0."""
        self._pending = []
        self._freeze(0.0, now)
        events: list[Event] = []
        if self._state is SessionState.COUNTDOWN:
            self._state = SessionState.RUNNING
            events.append(
                StateChanged(0.0, 0.0, SessionState.COUNTDOWN, SessionState.RUNNING, "user")
            )
        else:  # paused during get-ready: the session is now under way, still paused
            self._paused_from = SessionState.RUNNING
        events += self._start_segment(0, 0.0, 0.0)
        return events + self._advance(0.0)
