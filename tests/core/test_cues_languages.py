"""Spoken cues in another language: every sentence a translated template, figures as digits.

A pseudo translator wraps every translated template in [ ]: with it, any English letter left
outside the brackets is text composed in English that no translator could reach.
"""

from __future__ import annotations

import re

import pytest

from walkcoach.core import i18n
from walkcoach.core.clock import FakeClock
from walkcoach.core.cues import belt_turn_now_cue, cues_for_event
from walkcoach.core.events import (
    AwaitingConfirmation,
    Finished,
    Halfway,
    SegmentExtended,
    SegmentStarted,
    SessionState,
    StateChanged,
    TimeLeft,
    TurnAroundWarning,
)
from walkcoach.core.hr_coach import HeartRateCoach, HeartRateCoachSettings
from walkcoach.core.program import parse_program
from walkcoach.core.spoken import say_decimal, say_duration, say_speed


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.reset()


def pseudo(context, text, disambiguation=None, n=-1):
    """Qt's translate with a translation that wraps every text: %n filled in as Qt does."""
    if n >= 0:
        text = text.replace("%n", str(n)).replace("(s)", "")
    return "[" + text + "]"


def outside_brackets(text: str) -> str:
    """What is left of ``text`` once every bracketed (translated) part is taken out."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\[[^\[\]]*\]", "", text)
    return text


PROGRAM = {
    "version": 1,
    "name": "Every cue",
    "warmup": [{"kind": "forward", "duration_s": 60, "speed_kmh": 3.5}],
    "main": [
        {
            "repeat": 2,
            "segments": [
                {
                    "kind": "forward",
                    "duration_s": 150,
                    "speed_kmh": 4.2,
                    "incline_pct": 4,
                    "cadence_spm": 110,
                },
                {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0, "incline_pct": 0},
                {"kind": "backward", "duration_s": 120, "speed_kmh": 3.2, "incline_pct": -2},
                {"kind": "turn", "duration_s": 15, "speed_kmh": 0},
            ],
        },
        {"kind": "rest", "duration_s": 60},
        {"kind": "rest", "duration_s": 30, "speed_kmh": 2.0},
        {"kind": "station", "duration_s": 90, "label": "Lunges"},
        {"kind": "station", "duration_s": 90, "label": "Plank", "until_confirmed": True},
        {"kind": "forward", "duration_s": 3700, "speed_kmh": 1.0},
    ],
}


def every_spoken_text(units: str = "kmh") -> list[str]:
    """The speech of every kind of cue a session of PROGRAM can give, and the heart-rate
    coach's spoken and shown texts."""
    plan = parse_program(PROGRAM).planned_segments()
    kinds = {p.kind for p in plan}
    assert {"forward", "backward", "turn", "rest", "station"} <= kinds
    events = [
        StateChanged(-5.0, -5.0, SessionState.IDLE, SessionState.COUNTDOWN, "user"),
        StateChanged(5.0, 5.0, SessionState.RUNNING, SessionState.PAUSED, "user"),
        StateChanged(5.0, 5.0, SessionState.RUNNING, SessionState.PAUSED, "sleep_gap"),
        Halfway(30.0, 30.0, 0),
        TimeLeft(30.0, 30.0, 0, 90.0),
        SegmentExtended(30.0, 30.0, 0, 30.0, 150.0, 120.0),
        SegmentExtended(30.0, 30.0, 0, -25.0, 95.0, 5.0),
        AwaitingConfirmation(120.0, 120.0, 0),
        Finished(900.0, 900.1, 3725.0),
    ]
    events += [SegmentStarted(p.start_s, p.start_s, p.index, p.kind, p.duration_s) for p in plan]
    turns = [p.index for p in plan if p.segment.is_turn]
    for index in turns:
        before = plan[index - 1].direction or "forward"
        after = next((p.direction for p in plan[index + 1 :] if p.direction), "")
        for seconds in (7.0, 0.4):
            events.append(TurnAroundWarning(0.0, 0.0, index, before, after, seconds))
        events.append(TurnAroundWarning(0.0, 0.0, index, before, "", 10.0))  # "round"
    texts = []
    for event in events:
        for belt in (None, 1.5):
            texts += [
                c.speech for c in cues_for_event(event, plan, units=units, belt_turn_kmh=belt)
            ]
    texts += [belt_turn_now_cue(plan, index, 0.0).speech for index in turns]
    texts += [belt_turn_now_cue(plan, len(plan) - 1, 0.0).speech]  # nothing after: other way

    clock = FakeClock()
    events_seen = []
    coach = HeartRateCoach(
        clock,
        events_seen.append,
        HeartRateCoachSettings(ceiling_bpm=150, settle_before_backward=True, settle_bpm=110),
    )
    coach.tick(160)
    coach.tick(140)
    assert coach.begin_hold(1, 130)
    coach.tick(100)
    coach.begin_hold(3, 130)
    coach.end_hold_now(130)
    for event in events_seen:
        texts += [getattr(event, "spoken", ""), getattr(event, "message", "")]
    return [t for t in texts if t]


def test_every_spoken_cue_is_made_of_translated_templates_only():
    i18n.set_translator(pseudo)
    i18n.set_decimal_point(",")
    i18n.set_spoken_language("xx")
    for units in ("kmh", "mph"):
        texts = every_spoken_text(units)
        assert len(texts) > 60
        for text in texts:
            assert "[" in text, text
            left = outside_brackets(text)
            assert not re.search(r"[A-Za-z]", left), f"composed in English: {left!r} in {text!r}"
            assert left.strip() == "", f"glued outside the templates: {left!r} in {text!r}"
    # Figures are digits with the locale's decimal comma, never English words.
    joined = " ".join(every_spoken_text())
    assert "3,2" in joined and "4,2" in joined and "110" in joined
    assert not re.search(r"\b(two|point|minutes?)\b", outside_brackets(joined))


DE = {
    "backward for {duration} at {speed}": "rückwärts für {duration} bei {speed}",
    "{value} kilometres per hour": "{value} Kilometer pro Stunde",
    "1 kilometre per hour": "1 Kilometer pro Stunde",
    "%n minute(s)": ("%n Minute", "%n Minuten"),
    "%n second(s)": ("%n Sekunde", "%n Sekunden"),
    "{duration} left.": "Noch {duration}.",
    "{phrase}, decline {value} percent": "{phrase}, Gefälle {value} Prozent",
    "Set the incline to {value} percent.": "Stelle die Steigung auf {value} Prozent.",
    "Halfway. {duration} to go.": "Halbzeit. Noch {duration}.",
}


def german(context, text, disambiguation=None, n=-1):
    """A small German dictionary with Qt's numerus: singular for 1, plural otherwise."""
    translated = DE.get(text, text)
    if isinstance(translated, tuple):
        translated = translated[0 if n == 1 else 1]
    return translated.replace("%n", str(n)) if n >= 0 else translated


def test_a_german_voice_hears_german_sentences_with_digits_and_plural_forms():
    i18n.set_translator(german)
    i18n.set_decimal_point(",")
    i18n.set_spoken_language("de")
    plan = parse_program(
        {
            "version": 1,
            "name": "Deutsch",
            "main": [
                {"kind": "backward", "duration_s": 120, "speed_kmh": 3.2},
                {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0, "incline_pct": 2.5},
                {"kind": "backward", "duration_s": 61, "speed_kmh": 3.2, "incline_pct": -2},
            ],
        }
    ).planned_segments()
    first = cues_for_event(SegmentStarted(0.0, 0.0, 0, "backward", 120.0), plan)[0]
    assert first.speech == "Rückwärts für 2 Minuten bei 3,2 Kilometer pro Stunde."
    turn = cues_for_event(SegmentStarted(0.0, 0.0, 1, "turn", 15.0), plan)[0]
    assert "Stelle die Steigung auf 2,5 Prozent." in turn.speech
    last = cues_for_event(SegmentStarted(0.0, 0.0, 2, "backward", 61.0), plan)[0]
    assert "rückwärts für 1 Minute 1 Sekunde bei 3,2 Kilometer pro Stunde, Gefälle 2 Prozent." in (
        last.speech
    )
    left = cues_for_event(TimeLeft(30.0, 30.0, 0, 90.0), plan)[0]
    assert left.speech == "Noch 1 Minute 30 Sekunden."
    halfway = cues_for_event(Halfway(60.0, 60.0, 0), plan)[0]
    assert halfway.speech == "Halbzeit. Noch 1 Minute."
    assert say_duration(7322) == "2 hours 2 Minuten 2 Sekunden"  # "hour(s)" has no entry here
    assert (say_decimal(4.0), say_decimal(2.25, 2), say_speed(4.0)) == (
        "4",
        "2,25",
        "4 Kilometer pro Stunde",
    )


def test_a_speed_of_one_is_spoken_with_the_singular_template():
    """French, Spanish and Italian put the unit in the singular after 1 ("1 kilomètre par
    heure"); the plural template gave "1 kilomètres" at every turn of 1 km/h."""
    french = {
        "{value} kilometres per hour": "{value} kilomètres par heure",
        "1 kilometre per hour": "1 kilomètre par heure",
        "1 mile per hour": "1 mile par heure",
    }
    i18n.set_translator(lambda context, text, *rest: french.get(text, text))
    i18n.set_decimal_point(",")
    i18n.set_spoken_language("fr")
    assert say_speed(1.0) == "1 kilomètre par heure"
    assert say_speed(1.5) == "1,5 kilomètres par heure"
    assert say_speed(1.609344, "mph") == "1 mile par heure"


def test_english_speech_on_a_german_screen_is_the_english_cues_exactly():
    english = every_spoken_text("mph") + every_spoken_text("kmh")
    i18n.set_translator(german)
    i18n.set_decimal_point(",")
    i18n.set_spoken_language("en")  # no German voice: the cues are spoken in English
    spoken = every_spoken_text("mph") + every_spoken_text("kmh")
    # The heart-rate coach's shown texts follow the screen; everything spoken stays English.
    assert spoken == english
    assert any("three point two kilometres per hour" in t for t in spoken)
