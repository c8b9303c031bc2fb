"""Which sound and which spoken words go with each engine event; the CuePlayer protocol."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from walkcoach.core.program import PlannedSegment
from walkcoach.core.session_state import SessionState
from walkcoach.core.spoken import (
    check_units,
    duration_words,
    incline_words,
    number_words,
    speed_words,
)

if TYPE_CHECKING:
    from walkcoach.core.events import Event, TurnAroundWarning

# Cue kind -> sound file in resources/sounds/ ("" = speech only).
SOUNDS: dict[str, str] = {
    "get_ready": "tick.wav",
    "countdown": "countdown.wav",
    "forward": "forward.wav",
    "backward": "backward.wav",
    "rest": "rest.wav",
    "station": "station.wav",
    "turn_warning": "turn.wav",
    "halfway": "halfway.wav",
    "time_left": "",
    "finish": "finish.wav",
    "paused": "pause.wav",
}
# The last beep of the 3-2-1 is higher, so "go" is audible without looking.
COUNTDOWN_LAST_SOUND = "countdown_last.wav"


@dataclass(frozen=True)
class Cue:
    kind: str
    sound: str  # file name in resources/sounds/, "" for none
    speech: str  # text to speak, "" for none
    planned_s: float
    actual_s: float


def checked_volume(volume: float) -> float:
    """A volume for set_volume, held to 0..1; ValueError for NaN or infinity."""
    if not math.isfinite(volume):
        raise ValueError(f"volume must be a number from 0 to 1 (got {volume})")
    return min(1.0, max(0.0, float(volume)))


class CuePlayer(Protocol):
    """Plays cues at once; deciding when is the engine's and the driver's job."""

    def warm_up(self) -> None: ...

    def play(self, cue: Cue) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def set_voice_enabled(self, enabled: bool) -> None: ...

    @property
    def available(self) -> bool: ...


class RecordingCuePlayer:
    """A complete in-memory CuePlayer: keeps every cue it is asked to play (tests, event log).

    ``played`` holds every cue passed to play(); ``heard`` the sounds that would be audible and
    ``spoken`` the sentences that would be said, given the mute, volume and voice switches.
    """

    def __init__(self) -> None:
        self.played: list[Cue] = []
        self.heard: list[str] = []
        self.spoken: list[str] = []
        self.volume = 1.0
        self.muted = False
        self.voice_enabled = True
        self.warmed_up = False

    @property
    def available(self) -> bool:
        return True

    def warm_up(self) -> None:
        self.warmed_up = True

    def play(self, cue: Cue) -> None:
        self.played.append(cue)
        if self.muted or self.volume == 0:
            return
        if cue.sound:
            self.heard.append(cue.sound)
        if cue.speech and self.voice_enabled:
            self.spoken.append(cue.speech)

    def set_volume(self, volume: float) -> None:
        self.volume = checked_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)

    def set_voice_enabled(self, enabled: bool) -> None:
        self.voice_enabled = bool(enabled)

    def kinds(self) -> list[str]:
        return [cue.kind for cue in self.played]


def cues_for_event(
    event: Event,
    plan: Sequence[PlannedSegment],
    *,
    units: str = "kmh",
    speak_time_left: bool = True,
) -> list[Cue]:
    """The cues to play for ``event`` (usually one, often none), with the event's times."""
    # Imported here, not with this module: the app's cue player needs Cue at start-up, and the
    # events' dataclasses cost milliseconds the window's first frame does not need to pay.
    from walkcoach.core.events import (
        AwaitingConfirmation,
        Countdown,
        Finished,
        GetReady,
        Halfway,
        SegmentStarted,
        StateChanged,
        TimeLeft,
        TurnAroundWarning,
    )

    check_units(units)

    def cue(kind: str, speech: str = "", sound: str | None = None) -> list[Cue]:
        sound = SOUNDS[kind] if sound is None else sound
        return [Cue(kind, sound, speech, event.planned_s, event.actual_s)]

    match event:
        case StateChanged(old=SessionState.IDLE, new=SessionState.COUNTDOWN):
            # Said over the get-ready ticks, so speech only: the first GetReady ticks at once.
            first = _planned(plan, 0)
            return cue("get_ready", f"Get ready. First: {segment_phrase(first, units)}", sound="")
        case StateChanged(new=SessionState.PAUSED, reason="sleep_gap"):
            return cue("paused", "Paused: the computer was asleep. Resume when you are ready.")
        case StateChanged(new=SessionState.PAUSED):
            return cue("paused", "Paused.")
        case GetReady():
            return cue("get_ready")
        case SegmentStarted():
            planned = _planned(plan, event.index)
            return cue(planned.kind, segment_start_speech(plan, event.index, units))
        case Countdown(seconds_left=1):
            return cue("countdown", sound=COUNTDOWN_LAST_SOUND)
        case Countdown():
            return cue("countdown")
        case TurnAroundWarning():
            return cue("turn_warning", turn_warning_speech(event))
        case Halfway():
            left_s = _planned(plan, event.index).duration_s / 2
            return cue("halfway", f"Halfway. {_capital(duration_words(left_s))} to go.")
        case TimeLeft():
            if not speak_time_left:
                return []
            return cue("time_left", f"{_capital(duration_words(event.remaining_s))} left.")
        case AwaitingConfirmation():
            return cue("station", "Time is up for this station. Press Done when you have finished.")
        case Finished():
            total = duration_words(event.total_active_s)
            return cue("finish", f"Session complete: {total} of exercise. Well done.")
    return []


def segment_phrase(planned: PlannedSegment, units: str) -> str:
    """``"backward for two minutes at two point five miles per hour, incline four percent."``"""
    segment = planned.segment
    duration = duration_words(segment.duration_s)
    match segment.kind:
        case "forward" | "backward":
            text = f"{segment.kind} for {duration} at {speed_words(segment.speed_kmh, units)}"
        case "rest":
            text = f"rest for {duration}"
            if segment.speed_kmh > 0:
                text += f", belt at {speed_words(segment.speed_kmh, units)}"
            else:
                text += ", belt stopped"
        case _:  # station
            label = segment.label.rstrip(".") or "station"
            if segment.until_confirmed:
                text = f"station: {label}. Press Done when you have finished"
            else:
                text = f"station: {label}, for {duration}"
    incline = incline_words(segment.incline_pct)
    if incline:
        text += f", {incline}"
    if segment.cadence_spm and segment.is_walking:
        text += f", {number_words(segment.cadence_spm)} steps a minute"
    return text + "."


def segment_start_speech(plan: Sequence[PlannedSegment], index: int, units: str) -> str:
    """What to say when segment ``index`` starts: round, turn-around, direction, time, speed."""
    planned = _planned(plan, index)
    parts = []
    if _starts_round(plan, index):
        parts.append(f"Round {planned.round_no} of {planned.rounds}.")
    if planned.direction and _previous_direction(plan, index) not in (None, planned.direction):
        parts.append("Turn around now.")
    if index == len(plan) - 1:
        parts.append("Last one.")
    parts.append(_capital(segment_phrase(planned, units)))
    return " ".join(parts)


def turn_warning_speech(event: TurnAroundWarning) -> str:
    seconds = round(event.seconds_before)
    when = f"in {duration_words(seconds)}" if seconds >= 1 else "next"
    to = event.to_direction or "the other way"
    return f"Turning {to} {when}: bring the belt speed down and take hold of the rails."


def _planned(plan: Sequence[PlannedSegment], index: int) -> PlannedSegment:
    if not 0 <= index < len(plan):
        raise ValueError(f"event refers to segment {index}, but the plan has {len(plan)}")
    return plan[index]


def _starts_round(plan: Sequence[PlannedSegment], index: int) -> bool:
    planned = plan[index]
    if not planned.rounds or planned.rounds < 2:
        return False
    if index == 0:
        return True
    before = plan[index - 1]
    return (before.round_no, before.rounds, before.phase) != (
        planned.round_no,
        planned.rounds,
        planned.phase,
    )


def _previous_direction(plan: Sequence[PlannedSegment], index: int) -> str | None:
    for earlier in range(index - 1, -1, -1):
        if plan[earlier].direction:
            return plan[earlier].direction
    return None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
