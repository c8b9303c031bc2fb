"""What the session engine reports. Plain frozen dataclasses: the UI shows them, the cue player
plays them, the history writer records them, the event log writes them as JSON lines.

Every event carries two session times (seconds of active session time, pauses excluded, 0 at the
start of the first segment): ``planned_s``, when the plan says it is due, and ``actual_s``, when
the engine noticed it. Their difference is the engine's lateness, which the benchmarks measure.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import Enum
from typing import Any

# Defined apart (the first frame needs it, not the events); importable from here as ever.
from walkcoach.core.session_state import SessionState


@dataclass(frozen=True)
class Event:
    planned_s: float
    actual_s: float

    @property
    def name(self) -> str:
        return _NAMES[type(self)]

    def to_json(self) -> dict[str, Any]:
        """Flat JSON-ready dict with ``event`` first (the --event-log line format)."""
        out: dict[str, Any] = {"event": self.name}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.value if isinstance(value, Enum) else value
        return out


@dataclass(frozen=True)
class StateChanged(Event):
    old: SessionState
    new: SessionState
    reason: str = ""  # "user", "sleep_gap", "finished", ...


@dataclass(frozen=True)
class GetReady(Event):
    """One second of the get-ready count before the session (5, 4, 3, 2, 1)."""

    seconds_left: int


@dataclass(frozen=True)
class SegmentStarted(Event):
    index: int
    kind: str
    duration_s: float


@dataclass(frozen=True)
class SegmentEnded(Event):
    index: int
    kind: str
    planned_duration_s: float
    actual_duration_s: float  # active time spent in it (less when skipped)
    skipped: bool = False


@dataclass(frozen=True)
class Countdown(Event):
    """The 3-2-1 before a change of segment; ``next_index`` is what comes."""

    seconds_left: int
    next_index: int


@dataclass(frozen=True)
class TurnAroundWarning(Event):
    """A turn comes next: ``next_index`` is the turn segment, ``seconds_before`` the true time
    left until it starts; the directions are the ones walked before and after it ("" if none)."""

    next_index: int
    from_direction: str
    to_direction: str
    seconds_before: float


@dataclass(frozen=True)
class SegmentExtended(Event):
    """The user lengthened (``delta_s`` > 0) or shortened the running segment; ``duration_s`` is
    its new planned length, ``remaining_s`` the time now left in it."""

    index: int
    delta_s: float
    duration_s: float
    remaining_s: float


@dataclass(frozen=True)
class Halfway(Event):
    index: int


@dataclass(frozen=True)
class TimeLeft(Event):
    """Periodic "time left" announcement inside a long segment."""

    index: int
    remaining_s: float


@dataclass(frozen=True)
class AwaitingConfirmation(Event):
    """A done-when-confirmed station reached its planned time; waiting for the user."""

    index: int


@dataclass(frozen=True)
class Finished(Event):
    total_active_s: float


_NAMES: dict[type, str] = {
    StateChanged: "state_changed",
    GetReady: "get_ready",
    SegmentStarted: "segment_started",
    SegmentEnded: "segment_ended",
    Countdown: "countdown",
    TurnAroundWarning: "turn_around_warning",
    SegmentExtended: "segment_extended",
    Halfway: "halfway",
    TimeLeft: "time_left",
    AwaitingConfirmation: "awaiting_confirmation",
    Finished: "finished",
}


def event_as_dict(event: Event) -> dict[str, Any]:
    return asdict(event)
