"""Which sound and which spoken words go with each engine event; the CuePlayer protocol."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from walkcoach.core.i18n import CONTEXT_CUES, QT_TRANSLATE_NOOP, translate
from walkcoach.core.program import PlannedSegment
from walkcoach.core.session_state import SessionState
from walkcoach.core.spoken import (
    check_units,
    decimal_words,
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
    "turn": "turn.wav",
    "turn_warning": "turn.wav",
    "halfway": "halfway.wav",
    "time_left": "",
    "extended": "",
    "finish": "finish.wav",
    "paused": "pause.wav",
}
# The last beep of the 3-2-1 is higher, so "go" is audible without looking.
COUNTDOWN_LAST_SOUND = "countdown_last.wav"

# How much is spoken (Preferences): everything; only the changes (each segment's start, turns,
# a station's end and the finish); or nothing. Sounds play whatever the choice.
CUE_DETAILS = ("all", "changes", "none")
# Cue kinds whose words are no change of segment: left unsaid with "changes".
_NOT_CHANGES = ("halfway", "time_left", "extended")

# What the coach says (plain English; the voice reads the numbers as words).
FACE_WORDS = {"backward": "face the back", "forward": "face the front"}
TURN_SLOW = QT_TRANSLATE_NOOP("Cues", "Slow the belt to {speed}.")
TURN_STOP = QT_TRANSLATE_NOOP("Cues", "Stop the belt.")
TURN_STEPS = QT_TRANSLATE_NOOP("Cues", "Hold the rails and turn to {face}.")
TURN_INCLINE = QT_TRANSLATE_NOOP("Cues", "Set the {slope} to {value} percent.")
TURN_WARNING = QT_TRANSLATE_NOOP(
    "Cues", "Turning {to} in {when}: get ready to slow the belt to {speed} and hold the rails."
)
TURN_WARNING_STOP = QT_TRANSLATE_NOOP(
    "Cues", "Turning {to} in {when}: get ready to stop the belt and hold the rails."
)
EXTENDED_MORE = QT_TRANSLATE_NOOP("Cues", "{amount} more: {left} left.")
EXTENDED_LESS = QT_TRANSLATE_NOOP("Cues", "{amount} less: {left} left.")
# With a linked treadmill the coach slows the belt itself and says when it is slow enough.
BELT_TURN_WARNING = QT_TRANSLATE_NOOP(
    "Cues", "Turning {to} in {when}: the belt will slow down to {speed}."
)
BELT_TURN_SLOWING = QT_TRANSLATE_NOOP(
    "Cues", "The belt is slowing to {speed} for the turn. Keep walking and hold the rails."
)
BELT_TURN_NOW = QT_TRANSLATE_NOOP("Cues", "Turn now. Hold the rails and turn to {face}.")
TURN_TO_WORDS = {"backward": "to walk backward", "forward": "to walk forward"}


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
    detail: str = "all",
    belt_turn_kmh: float | None = None,
) -> list[Cue]:
    """The cues to play for ``event`` (usually one, often none), with the event's times.

    ``detail`` (one of CUE_DETAILS) says how much of it is spoken; the sounds stay.
    ``belt_turn_kmh``: a treadmill is linked and slows to this speed for every turn, so the
    turn's words say what the belt does instead of asking the user to slow it."""
    if detail not in CUE_DETAILS:
        raise ValueError(f"unknown cue detail {detail!r} (use one of: {', '.join(CUE_DETAILS)})")
    cues = _cues_for_event(
        event, plan, units=units, speak_time_left=speak_time_left, belt_turn_kmh=belt_turn_kmh
    )
    if detail == "all":
        return cues
    out = []
    for cue in cues:
        if detail == "none" or cue.kind in _NOT_CHANGES:
            if not cue.sound:
                continue  # nothing left to play
            cue = Cue(cue.kind, cue.sound, "", cue.planned_s, cue.actual_s)
        out.append(cue)
    return out


def _cues_for_event(
    event: Event,
    plan: Sequence[PlannedSegment],
    *,
    units: str,
    speak_time_left: bool,
    belt_turn_kmh: float | None = None,
) -> list[Cue]:
    # Imported here, not with this module: the app's cue player needs Cue at start-up, and the
    # events' dataclasses cost milliseconds the window's first frame does not need to pay.
    from walkcoach.core.events import (
        AwaitingConfirmation,
        Countdown,
        Finished,
        GetReady,
        Halfway,
        SegmentExtended,
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
        case StateChanged(new=SessionState.PAUSED, reason="belt" | "treadmill"):
            return []  # the turn's words say it; a treadmill fault is told by the link
        case StateChanged(new=SessionState.PAUSED, reason="sleep_gap"):
            return cue(
                "paused",
                translate("Cues", "Paused: the computer was asleep. Resume when you are ready."),
            )
        case StateChanged(new=SessionState.PAUSED):
            return cue("paused", translate("Cues", "Paused."))
        case GetReady():
            return cue("get_ready")
        case SegmentStarted():
            planned = _planned(plan, event.index)
            if belt_turn_kmh is not None and planned.segment.is_turn:
                speed = speed_words(
                    min(planned.segment.speed_kmh or belt_turn_kmh, belt_turn_kmh), units
                )
                return cue(
                    planned.kind, translate(CONTEXT_CUES, BELT_TURN_SLOWING).format(speed=speed)
                )
            return cue(planned.kind, segment_start_speech(plan, event.index, units))
        case Countdown(seconds_left=1):
            return cue("countdown", sound=COUNTDOWN_LAST_SOUND)
        case Countdown():
            return cue("countdown")
        case TurnAroundWarning():
            turn = _planned(plan, event.next_index).segment
            if belt_turn_kmh is not None:
                seconds = round(event.seconds_before)
                speech = translate(CONTEXT_CUES, BELT_TURN_WARNING).format(
                    to=TURN_TO_WORDS.get(event.to_direction, "round"),
                    when=duration_words(seconds) if seconds >= 1 else "a moment",
                    speed=speed_words(min(turn.speed_kmh or belt_turn_kmh, belt_turn_kmh), units),
                )
                return cue("turn_warning", speech)
            return cue("turn_warning", turn_warning_speech(event, turn.speed_kmh, units))
        case SegmentExtended():
            template = translate(
                CONTEXT_CUES, EXTENDED_MORE if event.delta_s > 0 else EXTENDED_LESS
            )
            amount = _capital(duration_words(abs(event.delta_s)))
            return cue(
                "extended", template.format(amount=amount, left=duration_words(event.remaining_s))
            )
        case Halfway():
            left_s = _planned(plan, event.index).duration_s / 2
            return cue("halfway", f"Halfway. {_capital(duration_words(left_s))} to go.")
        case TimeLeft():
            if not speak_time_left:
                return []
            return cue("time_left", f"{_capital(duration_words(event.remaining_s))} left.")
        case AwaitingConfirmation():
            return cue(
                "station",
                translate(
                    "Cues", "Time is up for this station. Press Done when you have finished."
                ),
            )
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
        case "turn":
            text = f"turn round for {duration}, "
            if segment.speed_kmh > 0:
                text += f"belt at {speed_words(segment.speed_kmh, units)}"
            else:
                text += "belt stopped"
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
    """What to say when segment ``index`` starts: round, the turn's steps, or the direction,
    time and speed (after a turn: "Now backward ..." as the belt speeds up again)."""
    planned = _planned(plan, index)
    parts = []
    if _starts_round(plan, index):
        parts.append(f"Round {planned.round_no} of {planned.rounds}.")
    if index == len(plan) - 1:
        parts.append(translate("Cues", "Last one."))
    if planned.segment.is_turn:
        parts.append(turn_start_speech(plan, index, units))
    elif index > 0 and plan[index - 1].segment.is_turn and planned.direction:
        parts.append("Now " + segment_phrase(planned, units))
    else:
        parts.append(_capital(segment_phrase(planned, units)))
    return " ".join(parts)


def turn_start_speech(plan: Sequence[PlannedSegment], index: int, units: str) -> str:
    """``"Slow the belt to one kilometre per hour. Hold the rails and turn to face the back."``"""
    turn = plan[index].segment
    face = _face_after(plan, index)
    if turn.speed_kmh > 0:
        parts = [
            translate(CONTEXT_CUES, TURN_SLOW).format(speed=speed_words(turn.speed_kmh, units))
        ]
    else:
        parts = [translate(CONTEXT_CUES, TURN_STOP)]
    # The incline is said only when it changes: the turn usually keeps the slope it came on.
    before_incline = plan[index - 1].segment.incline_pct if index > 0 else 0.0
    if round(turn.incline_pct, 1) != round(before_incline, 1):
        slope = "decline" if turn.incline_pct < 0 else "incline"
        value = decimal_words(abs(round(turn.incline_pct, 1)))
        parts.append(translate(CONTEXT_CUES, TURN_INCLINE).format(slope=slope, value=value))
    parts.append(translate(CONTEXT_CUES, TURN_STEPS).format(face=face))
    return " ".join(parts)


def turn_warning_speech(event: TurnAroundWarning, turn_speed_kmh: float, units: str) -> str:
    """``"Turn in ten seconds: get ready to slow the belt to ..."``: the true time to the turn."""
    seconds = round(event.seconds_before)
    when = duration_words(seconds) if seconds >= 1 else "a moment"
    to = TURN_TO_WORDS.get(event.to_direction, "round")
    if turn_speed_kmh > 0:
        return translate(CONTEXT_CUES, TURN_WARNING).format(
            to=to, when=when, speed=speed_words(turn_speed_kmh, units)
        )
    return translate(CONTEXT_CUES, TURN_WARNING_STOP).format(to=to, when=when)


def belt_turn_now_cue(plan: Sequence[PlannedSegment], index: int, at_s: float) -> Cue:
    """What to say when a linked belt reports the turn speed at turn segment ``index``."""
    speech = translate(CONTEXT_CUES, BELT_TURN_NOW).format(face=_face_after(plan, index))
    return Cue("turn", SOUNDS["turn"], speech, at_s, at_s)


def _face_after(plan: Sequence[PlannedSegment], index: int) -> str:
    """Which way to face after segment ``index``: the next walking direction's words."""
    after = next((p.direction for p in plan[index + 1 :] if p.direction), None)
    return FACE_WORDS.get(after or "", "face the other way")


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


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
