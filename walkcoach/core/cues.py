"""Which sound and which spoken words go with each engine event; the CuePlayer protocol."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from walkcoach.core.i18n import (
    CONTEXT_CUES,
    CONTEXT_PROGRAMS,
    QT_TRANSLATE_NOOP,
    Numerus,
    translate_spoken,
)
from walkcoach.core.program import PlannedSegment
from walkcoach.core.session_state import SessionState
from walkcoach.core.spoken import check_units, say_count, say_decimal, say_duration, say_speed
from walkcoach.core.volume import checked_volume

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

# What the coach says: whole sentences (and segment phrases), each a marked template with named
# placeholders, filled with the spoken words of core.spoken (English words, or digits and
# translated units) and translated with translate_spoken: the voice's language, which is English
# when the system has no voice of the screen's language.
#: {segment} is the first segment's phrase, with its full stop.
GET_READY = QT_TRANSLATE_NOOP("Cues", "Get ready. First: {segment}")
#: {segment} is a segment phrase that starts a sentence when the turn is over.
NOW_SEGMENT = QT_TRANSLATE_NOOP("Cues", "Now {segment}")
ROUND = QT_TRANSLATE_NOOP("Cues", "Round {round} of {rounds}.")
LAST_ONE = QT_TRANSLATE_NOOP("Cues", "Last one.")
HALFWAY = QT_TRANSLATE_NOOP("Cues", "Halfway. {duration} to go.")
TIME_LEFT = QT_TRANSLATE_NOOP("Cues", "{duration} left.")
FINISHED = QT_TRANSLATE_NOOP("Cues", "Session complete: {duration} of exercise. Well done.")
PAUSED = QT_TRANSLATE_NOOP("Cues", "Paused.")
PAUSED_ASLEEP = QT_TRANSLATE_NOOP(
    "Cues", "Paused: the computer was asleep. Resume when you are ready."
)
STATION_WAITING = QT_TRANSLATE_NOOP(
    "Cues", "Time is up for this station. Press Done when you have finished."
)
# Segment phrases (a cue says one after "Get ready. First:" or "Now", or alone with a capital):
# lower case, no full stop; {duration} "2 minutes", {speed} "3.2 kilometres per hour".
SEGMENT_PHRASES = {
    #: A segment phrase: lower case, no full stop; said after "Get ready. First:" or "Now", or
    #: alone as a sentence. {duration} "2 minutes", {speed} "3.2 kilometres per hour".
    "forward": QT_TRANSLATE_NOOP("Cues", "forward for {duration} at {speed}"),
    "backward": QT_TRANSLATE_NOOP("Cues", "backward for {duration} at {speed}"),
}
TURN_PHRASE_MOVING = QT_TRANSLATE_NOOP("Cues", "turn round for {duration}, belt at {speed}")
TURN_PHRASE_STOPPED = QT_TRANSLATE_NOOP("Cues", "turn round for {duration}, belt stopped")
REST_PHRASE_MOVING = QT_TRANSLATE_NOOP("Cues", "rest for {duration}, belt at {speed}")
REST_PHRASE_STOPPED = QT_TRANSLATE_NOOP("Cues", "rest for {duration}, belt stopped")
#: {label} is the station's exercise ("20 lunges + 15 squats").
STATION_PHRASE = QT_TRANSLATE_NOOP("Cues", "station: {label}, for {duration}")
STATION_PHRASE_CONFIRM = QT_TRANSLATE_NOOP(
    "Cues", "station: {label}. Press Done when you have finished"
)
#: {phrase} is a segment phrase ("forward for 2 minutes at 4 kilometres per hour");
#: {value} a figure: the treadmill's slope in percent.
PHRASE_INCLINE = QT_TRANSLATE_NOOP("Cues", "{phrase}, incline {value} percent")
PHRASE_DECLINE = QT_TRANSLATE_NOOP("Cues", "{phrase}, decline {value} percent")
#: The walking cadence added to a segment phrase
#: ("forward for 2 minutes at 4 kilometres per hour").
PHRASE_CADENCE = Numerus.translate("Cues", "{phrase}, %n step(s) a minute", None, 2)
#: A segment phrase as a sentence of its own.
PHRASE_SENTENCE = QT_TRANSLATE_NOOP("Cues", "{phrase}.")

TURN_SLOW = QT_TRANSLATE_NOOP("Cues", "Slow the belt to {speed}.")
TURN_STOP = QT_TRANSLATE_NOOP("Cues", "Stop the belt.")
TURN_INCLINES = {
    "incline": QT_TRANSLATE_NOOP("Cues", "Set the incline to {value} percent."),
    "decline": QT_TRANSLATE_NOOP("Cues", "Set the decline to {value} percent."),
}
# Which way to face after a turn: the next walking direction.
TURN_STEPS = {
    "backward": QT_TRANSLATE_NOOP("Cues", "Hold the rails and turn to face the back."),
    "forward": QT_TRANSLATE_NOOP("Cues", "Hold the rails and turn to face the front."),
    "": QT_TRANSLATE_NOOP("Cues", "Hold the rails and turn to face the other way."),
}
#: Said for {when} in "Turning ... in {when}" when the turn is less than a second away.
MOMENT = QT_TRANSLATE_NOOP("Cues", "a moment")
TURN_WARNINGS = {
    #: {when} is a spoken duration ("10 seconds") or "a moment"; {speed} "1 kilometre per hour".
    "backward": QT_TRANSLATE_NOOP(
        "Cues",
        "Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold "
        "the rails.",
    ),
    "forward": QT_TRANSLATE_NOOP(
        "Cues",
        "Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold "
        "the rails.",
    ),
    "": QT_TRANSLATE_NOOP(
        "Cues", "Turning round in {when}: get ready to slow the belt to {speed} and hold the rails."
    ),
}
TURN_WARNINGS_STOP = {
    "backward": QT_TRANSLATE_NOOP(
        "Cues", "Turning to walk backward in {when}: get ready to stop the belt and hold the rails."
    ),
    "forward": QT_TRANSLATE_NOOP(
        "Cues", "Turning to walk forward in {when}: get ready to stop the belt and hold the rails."
    ),
    "": QT_TRANSLATE_NOOP(
        "Cues", "Turning round in {when}: get ready to stop the belt and hold the rails."
    ),
}
#: {amount} and {left} are spoken durations ("30 seconds", "1 minute 30 seconds").
EXTENDED_MORE = QT_TRANSLATE_NOOP("Cues", "{amount} more: {left} left.")
EXTENDED_LESS = QT_TRANSLATE_NOOP("Cues", "{amount} less: {left} left.")
# With a linked treadmill the coach slows the belt itself and says when it is slow enough.
BELT_TURN_WARNINGS = {
    "backward": QT_TRANSLATE_NOOP(
        "Cues", "Turning to walk backward in {when}: the belt will slow down to {speed}."
    ),
    "forward": QT_TRANSLATE_NOOP(
        "Cues", "Turning to walk forward in {when}: the belt will slow down to {speed}."
    ),
    "": QT_TRANSLATE_NOOP("Cues", "Turning round in {when}: the belt will slow down to {speed}."),
}
BELT_TURN_SLOWING = QT_TRANSLATE_NOOP(
    "Cues", "The belt is slowing to {speed} for the turn. Keep walking and hold the rails."
)
BELT_TURN_NOW = {
    "backward": QT_TRANSLATE_NOOP("Cues", "Turn now. Hold the rails and turn to face the back."),
    "forward": QT_TRANSLATE_NOOP("Cues", "Turn now. Hold the rails and turn to face the front."),
    "": QT_TRANSLATE_NOOP("Cues", "Turn now. Hold the rails and turn to face the other way."),
}


def _say(template: str, **values: object) -> str:
    """A marked template in the voice's language, filled in."""
    return translate_spoken(CONTEXT_CUES, template).format(**values)


@dataclass(frozen=True)
class Cue:
    kind: str
    sound: str  # file name in resources/sounds/, "" for none
    speech: str  # text to speak, "" for none
    planned_s: float
    actual_s: float


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
            return cue("get_ready", _say(GET_READY, segment=segment_phrase(first, units)), sound="")
        case StateChanged(new=SessionState.PAUSED, reason="belt" | "treadmill"):
            return []  # the turn's words say it; a treadmill fault is told by the link
        case StateChanged(new=SessionState.PAUSED, reason="sleep_gap"):
            return cue("paused", _say(PAUSED_ASLEEP))
        case StateChanged(new=SessionState.PAUSED):
            return cue("paused", _say(PAUSED))
        case GetReady():
            return cue("get_ready")
        case SegmentStarted():
            planned = _planned(plan, event.index)
            if belt_turn_kmh is not None and planned.segment.is_turn:
                speed = say_speed(
                    min(planned.segment.speed_kmh or belt_turn_kmh, belt_turn_kmh), units
                )
                return cue(planned.kind, _say(BELT_TURN_SLOWING, speed=speed))
            return cue(planned.kind, segment_start_speech(plan, event.index, units))
        case Countdown(seconds_left=1):
            return cue("countdown", sound=COUNTDOWN_LAST_SOUND)
        case Countdown():
            return cue("countdown")
        case TurnAroundWarning():
            turn = _planned(plan, event.next_index).segment
            if belt_turn_kmh is not None:
                seconds = round(event.seconds_before)
                speech = _say(
                    BELT_TURN_WARNINGS.get(event.to_direction, BELT_TURN_WARNINGS[""]),
                    when=_when(seconds),
                    speed=say_speed(min(turn.speed_kmh or belt_turn_kmh, belt_turn_kmh), units),
                )
                return cue("turn_warning", speech)
            return cue("turn_warning", turn_warning_speech(event, turn.speed_kmh, units))
        case SegmentExtended():
            template = EXTENDED_MORE if event.delta_s > 0 else EXTENDED_LESS
            amount = _capital(say_duration(abs(event.delta_s)))
            return cue(
                "extended", _say(template, amount=amount, left=say_duration(event.remaining_s))
            )
        case Halfway():
            left_s = _planned(plan, event.index).duration_s / 2
            return cue("halfway", _say(HALFWAY, duration=_capital(say_duration(left_s))))
        case TimeLeft():
            if not speak_time_left:
                return []
            return cue(
                "time_left", _say(TIME_LEFT, duration=_capital(say_duration(event.remaining_s)))
            )
        case AwaitingConfirmation():
            return cue("station", _say(STATION_WAITING))
        case Finished():
            return cue("finish", _say(FINISHED, duration=say_duration(event.total_active_s)))
    return []


def segment_phrase(planned: PlannedSegment, units: str) -> str:
    """``"backward for two minutes at two point five miles per hour, incline four percent."``"""
    segment = planned.segment
    duration = say_duration(segment.duration_s)
    speed = say_speed(segment.speed_kmh, units) if segment.speed_kmh > 0 else ""
    match segment.kind:
        case "forward" | "backward":
            text = _say(SEGMENT_PHRASES[segment.kind], duration=duration, speed=speed)
        case "turn":
            template = TURN_PHRASE_MOVING if speed else TURN_PHRASE_STOPPED
            text = _say(template, duration=duration, speed=speed)
        case "rest":
            template = REST_PHRASE_MOVING if speed else REST_PHRASE_STOPPED
            text = _say(template, duration=duration, speed=speed)
        case _:  # station
            # A built-in program's label is marked for translation; the user's own stays as typed
            # (a station always has one: the program check asks for it).
            label = translate_spoken(CONTEXT_PROGRAMS, segment.label.rstrip(".") or segment.label)
            template = STATION_PHRASE_CONFIRM if segment.until_confirmed else STATION_PHRASE
            text = _say(template, label=label, duration=duration)
    incline = round(segment.incline_pct, 1)
    if incline:
        template = PHRASE_INCLINE if incline > 0 else PHRASE_DECLINE
        text = _say(template, phrase=text, value=say_decimal(abs(incline)))
    if segment.cadence_spm and segment.is_walking:
        text = say_count(CONTEXT_CUES, PHRASE_CADENCE, segment.cadence_spm).format(phrase=text)
    return _say(PHRASE_SENTENCE, phrase=text)


def segment_start_speech(plan: Sequence[PlannedSegment], index: int, units: str) -> str:
    """What to say when segment ``index`` starts: round, the turn's steps, or the direction,
    time and speed (after a turn: "Now backward ..." as the belt speeds up again)."""
    planned = _planned(plan, index)
    parts = []
    if _starts_round(plan, index):
        parts.append(_say(ROUND, round=planned.round_no, rounds=planned.rounds))
    if index == len(plan) - 1:
        parts.append(_say(LAST_ONE))
    if planned.segment.is_turn:
        parts.append(turn_start_speech(plan, index, units))
    elif index > 0 and plan[index - 1].segment.is_turn and planned.direction:
        parts.append(_say(NOW_SEGMENT, segment=segment_phrase(planned, units)))
    else:
        parts.append(_capital(segment_phrase(planned, units)))
    return " ".join(parts)


def turn_start_speech(plan: Sequence[PlannedSegment], index: int, units: str) -> str:
    """``"Slow the belt to one kilometre per hour. Hold the rails and turn to face the back."``"""
    turn = plan[index].segment
    if turn.speed_kmh > 0:
        parts = [_say(TURN_SLOW, speed=say_speed(turn.speed_kmh, units))]
    else:
        parts = [_say(TURN_STOP)]
    # The incline is said only when it changes: the turn usually keeps the slope it came on.
    before_incline = plan[index - 1].segment.incline_pct if index > 0 else 0.0
    if round(turn.incline_pct, 1) != round(before_incline, 1):
        slope = "decline" if turn.incline_pct < 0 else "incline"
        value = say_decimal(abs(round(turn.incline_pct, 1)))
        parts.append(_say(TURN_INCLINES[slope], value=value))
    parts.append(_say(TURN_STEPS[_face_after(plan, index)]))
    return " ".join(parts)


def turn_warning_speech(event: TurnAroundWarning, turn_speed_kmh: float, units: str) -> str:
    """``"Turn in ten seconds: get ready to slow the belt to ..."``: the true time to the turn."""
    when = _when(round(event.seconds_before))
    to = event.to_direction if event.to_direction in TURN_WARNINGS else ""
    if turn_speed_kmh > 0:
        return _say(TURN_WARNINGS[to], when=when, speed=say_speed(turn_speed_kmh, units))
    return _say(TURN_WARNINGS_STOP[to], when=when)


def belt_turn_now_cue(plan: Sequence[PlannedSegment], index: int, at_s: float) -> Cue:
    """What to say when a linked belt reports the turn speed at turn segment ``index``."""
    speech = _say(BELT_TURN_NOW[_face_after(plan, index)])
    return Cue("turn", SOUNDS["turn"], speech, at_s, at_s)


def _when(seconds: int) -> str:
    """The time to a turn: "ten seconds", or "a moment" under one second."""
    return say_duration(seconds) if seconds >= 1 else translate_spoken(CONTEXT_CUES, MOMENT)


def _face_after(plan: Sequence[PlannedSegment], index: int) -> str:
    """Which way to face after segment ``index``: the next walking direction ("" unknown)."""
    after = next((p.direction for p in plan[index + 1 :] if p.direction), None)
    return after if after in ("backward", "forward") else ""


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
