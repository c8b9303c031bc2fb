"""Cues: sounds and spoken words for engine events; spoken numbers; the recording cue player."""

from __future__ import annotations

import wave

import pytest

from walkcoach import resources
from walkcoach.core.clock import FakeClock
from walkcoach.core.cues import (
    COUNTDOWN_LAST_SOUND,
    SOUNDS,
    Cue,
    CuePlayer,
    RecordingCuePlayer,
    cues_for_event,
)
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import (
    AwaitingConfirmation,
    Countdown,
    Finished,
    GetReady,
    Halfway,
    SegmentEnded,
    SegmentExtended,
    SegmentStarted,
    SessionState,
    StateChanged,
    TimeLeft,
    TurnAroundWarning,
)
from walkcoach.core.program import parse_program
from walkcoach.core.spoken import (
    decimal_words,
    duration_words,
    incline_words,
    number_words,
    speed_words,
)
from walkcoach.core.units import mph_to_kmh


def make_plan(*segments, warmup=()):
    prog = parse_program(
        {"version": 1, "name": "Cue test", "warmup": list(warmup), "main": list(segments)}
    )
    return prog.planned_segments()


FWD_4 = {"kind": "forward", "duration_s": 120, "speed_kmh": 4.0}
BWD_25MPH = {"kind": "backward", "duration_s": 120, "speed_kmh": mph_to_kmh(2.5)}


def only(cues: list[Cue]) -> Cue:
    assert len(cues) == 1, cues
    return cues[0]


# ---------------------------------------------------------------------------------------------
# Spoken words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (13, "thirteen"),
        (20, "twenty"),
        (45, "forty-five"),
        (100, "one hundred"),
        (110, "one hundred and ten"),
        (1005, "one thousand and five"),
        (3600, "three thousand six hundred"),
        (-4, "minus four"),
    ],
)
def test_number_words(number, words):
    assert number_words(number) == words


def test_number_words_refuses_fractions():
    with pytest.raises(TypeError):
        number_words(2.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "places", "words"),
    [
        (2.5, 1, "two point five"),
        (3.0, 1, "three"),
        (0.25, 2, "zero point two five"),
        (10.04, 1, "ten"),
        (-1.5, 1, "minus one point five"),
        (12.75, 2, "twelve point seven five"),
    ],
)
def test_decimal_words(value, places, words):
    assert decimal_words(value, places) == words


@pytest.mark.parametrize(
    ("duration_s", "words"),
    [
        (0, "zero seconds"),
        (1, "one second"),
        (45, "forty-five seconds"),
        (60, "one minute"),
        (90, "one minute thirty seconds"),
        (120, "two minutes"),
        (3600, "one hour"),
        (3725, "one hour two minutes five seconds"),
        (59.6, "one minute"),
    ],
)
def test_duration_words(duration_s, words):
    assert duration_words(duration_s) == words


def test_speed_words_in_both_units():
    assert speed_words(4.0) == "four kilometres per hour"
    assert speed_words(1.0) == "one kilometre per hour"
    assert speed_words(mph_to_kmh(2.5), "mph") == "two point five miles per hour"
    assert speed_words(mph_to_kmh(1.0), "mph") == "one mile per hour"
    assert speed_words(4.0, "mph") == "two point five miles per hour"  # 2.49 shown as 2.5


def test_incline_words():
    assert incline_words(4) == "incline four percent"
    assert incline_words(2.5) == "incline two point five percent"
    assert incline_words(-2) == "decline two percent"
    assert incline_words(0) == ""


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_spoken_words_refuse_numbers_that_are_not_finite(bad):
    for speak in (decimal_words, duration_words):
        with pytest.raises(ValueError, match="finite"):
            speak(bad)


# ---------------------------------------------------------------------------------------------
# Cues for events


TURN = {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0}


def starts(plan, units="kmh") -> list[Cue]:
    return [
        only(
            cues_for_event(
                SegmentStarted(p.start_s, p.start_s, p.index, p.kind, p.duration_s),
                plan,
                units=units,
            )
        )
        for p in plan
    ]


def test_a_turn_says_its_steps_once_and_the_next_direction_is_announced_as_it_starts():
    plan = make_plan(FWD_4, TURN, {**BWD_25MPH, "incline_pct": 3})
    turn, backward = starts(plan, units="mph")[1:]
    assert (turn.kind, turn.sound) == ("turn", "turn.wav")
    assert turn.speech == (
        "Slow the belt to zero point six miles per hour. Hold the rails and turn to face the back."
    )
    assert "rest" not in turn.speech.lower()
    assert backward == Cue(
        "backward",
        "backward.wav",
        "Last one. Now backward for two minutes at two point five miles per "
        "hour, incline three percent.",
        135.0,
        135.0,
    )
    assert "Turn around now" not in backward.speech


def test_a_turn_in_km_h_says_the_incline_only_when_it_changes_and_faces_the_front():
    plan = make_plan(
        {**BWD_25MPH, "incline_pct": 15},
        {**TURN, "incline_pct": 0},
        FWD_4,
        {**TURN, "speed_kmh": 0},
        BWD_25MPH,
    )
    speech = [c.speech for c in starts(plan)]
    assert speech[1] == (
        "Slow the belt to one kilometre per hour. Set the incline to zero percent. "
        "Hold the rails and turn to face the front."
    )
    assert speech[2] == "Now forward for two minutes at four kilometres per hour."
    assert speech[3] == "Stop the belt. Hold the rails and turn to face the back."


def test_the_turn_the_coach_adds_is_spoken_as_a_turn_never_as_a_rest():
    plan = make_plan(FWD_4, {"kind": "rest", "duration_s": 30}, BWD_25MPH, BWD_25MPH)
    assert [p.kind for p in plan] == ["forward", "rest", "turn", "backward", "backward"]
    speech = [c.speech for c in starts(plan)]
    assert speech[1] == "Rest for thirty seconds, belt stopped."  # a rest stays a rest
    assert speech[2] == (
        "Slow the belt to one kilometre per hour. Hold the rails and turn to face the back."
    )
    assert speech[3].startswith("Now backward for two minutes")
    assert not speech[4].startswith("Now")  # same direction as before: nothing turned
    assert not any("Turn around now" in s or s.startswith("Rest") for s in speech[2:])


def test_segment_start_in_kilometres_per_hour_with_incline_and_cadence():
    plan = make_plan({**FWD_4, "incline_pct": 4, "cadence_spm": 110}, FWD_4)
    cue = only(cues_for_event(SegmentStarted(0.0, 0.0, 0, "forward", 120.0), plan))
    assert cue.kind == "forward" and cue.sound == "forward.wav"
    assert cue.speech == (
        "Forward for two minutes at four kilometres per hour, incline four percent, "
        "one hundred and ten steps a minute."
    )
    # No incline, no turn (same direction), last segment.
    cue = only(cues_for_event(SegmentStarted(120.0, 120.0, 1, "forward", 120.0), plan))
    assert cue.speech == "Last one. Forward for two minutes at four kilometres per hour."


def test_rests_and_stations_say_what_to_do():
    plan = make_plan(
        {"kind": "rest", "duration_s": 60},
        {"kind": "rest", "duration_s": 30, "speed_kmh": 2.0},
        {"kind": "station", "duration_s": 90, "label": "20 lunges + 15 squats"},
        {"kind": "station", "duration_s": 90, "label": "Plank", "until_confirmed": True},
        FWD_4,
    )
    speeches = [
        only(
            cues_for_event(
                SegmentStarted(p.start_s, p.start_s, p.index, p.kind, p.duration_s), plan
            )
        ).speech
        for p in plan
    ]
    assert speeches[:4] == [
        "Rest for one minute, belt stopped.",
        "Rest for thirty seconds, belt at two kilometres per hour.",
        "Station: 20 lunges + 15 squats, for one minute thirty seconds.",
        "Station: Plank. Press Done when you have finished.",
    ]
    sounds = [
        only(cues_for_event(SegmentStarted(0, 0, p.index, p.kind, 1), plan)).sound for p in plan
    ]
    assert sounds == ["rest.wav", "rest.wav", "station.wav", "station.wav", "forward.wav"]


def test_rounds_are_announced_at_the_start_of_each_round():
    plan = make_plan({"repeat": 3, "segments": [FWD_4, BWD_25MPH]}, warmup=[FWD_4])
    firsts = [
        only(cues_for_event(SegmentStarted(0, 0, i, plan[i].kind, 1), plan)).speech
        for i in range(len(plan))
    ]
    rounds = [s.split(".")[0] for s in firsts if s.startswith("Round")]
    assert rounds == ["Round 1 of 3", "Round 2 of 3", "Round 3 of 3"]
    # warm-up, then per round turn, forward..., with the coach's turns between the directions
    assert [p.kind for p in plan[1:5]] == ["forward", "turn", "backward", "turn"]
    assert [i for i, s in enumerate(firsts) if s.startswith("Round")] == [1, 4, 8]


def test_countdown_is_sound_only_with_a_higher_last_beep():
    plan = make_plan(FWD_4, FWD_4)
    beeps = [
        only(cues_for_event(Countdown(117.0 + k, 117.0 + k, 3 - k, 1), plan)) for k in range(3)
    ]
    assert [c.sound for c in beeps] == ["countdown.wav", "countdown.wav", COUNTDOWN_LAST_SOUND]
    assert {c.kind for c in beeps} == {"countdown"} and {c.speech for c in beeps} == {""}


def test_turn_warning_says_the_true_time_to_the_turn_and_the_turn_speed():
    plan = make_plan(FWD_4, BWD_25MPH)
    cue = only(cues_for_event(TurnAroundWarning(113.0, 113.0, 1, "forward", "backward", 7.0), plan))
    assert cue.kind == "turn_warning" and cue.sound == "turn.wav"
    assert cue.speech == (
        "Turning to walk backward in seven seconds: get ready to slow the belt to one kilometre "
        "per hour and hold the rails."
    )
    mph = only(
        cues_for_event(
            TurnAroundWarning(110.0, 110.0, 1, "forward", "backward", 10.0), plan, units="mph"
        )
    )
    assert "zero point six miles per hour" in mph.speech


def test_time_left_is_spoken_only_and_can_be_turned_off():
    plan = make_plan(FWD_4)
    event = TimeLeft(30.0, 30.0, 0, 90.0)
    cue = only(cues_for_event(event, plan))
    assert (cue.kind, cue.sound, cue.speech) == ("time_left", "", "One minute thirty seconds left.")
    assert cues_for_event(event, plan, speak_time_left=False) == []


def test_halfway_finish_pause_and_station_waiting():
    plan = make_plan(FWD_4)
    halfway = only(cues_for_event(Halfway(60.0, 60.0, 0), plan))
    assert (halfway.sound, halfway.speech) == ("halfway.wav", "Halfway. One minute to go.")
    finish = only(cues_for_event(Finished(120.0, 120.1, 120.0), plan))
    assert finish.sound == "finish.wav" and "two minutes" in finish.speech
    paused = only(
        cues_for_event(
            StateChanged(5.0, 5.0, SessionState.RUNNING, SessionState.PAUSED, "user"), plan
        )
    )
    assert (paused.kind, paused.sound, paused.speech) == ("paused", "pause.wav", "Paused.")
    slept = only(
        cues_for_event(
            StateChanged(5.0, 5.0, SessionState.RUNNING, SessionState.PAUSED, "sleep_gap"), plan
        )
    )
    assert "asleep" in slept.speech
    waiting = only(cues_for_event(AwaitingConfirmation(120.0, 120.0, 0), plan))
    assert waiting.sound == "station.wav" and "Done" in waiting.speech


def test_get_ready_speaks_the_first_segment_then_ticks():
    plan = make_plan(BWD_25MPH)
    intro = only(
        cues_for_event(
            StateChanged(-5.0, -5.0, SessionState.IDLE, SessionState.COUNTDOWN, "user"),
            plan,
            units="mph",
        )
    )
    assert intro.speech == (
        "Get ready. First: backward for two minutes at two point five miles per hour."
    )
    tick = only(cues_for_event(GetReady(-4.0, -4.0, 4), plan))
    assert (tick.kind, tick.sound, tick.speech) == ("get_ready", "tick.wav", "")


def test_events_without_a_cue():
    plan = make_plan(FWD_4)
    assert cues_for_event(SegmentEnded(120.0, 120.0, 0, "forward", 120.0, 120.0), plan) == []
    for old, new in [
        (SessionState.RUNNING, SessionState.FINISHED),
        (SessionState.PAUSED, SessionState.RUNNING),
        (SessionState.RUNNING, SessionState.STOPPED),
    ]:
        assert cues_for_event(StateChanged(1.0, 1.0, old, new, "user"), plan) == []


def test_bad_units_and_bad_indexes_are_refused_clearly():
    plan = make_plan(FWD_4)
    with pytest.raises(ValueError, match="units"):
        cues_for_event(Halfway(60.0, 60.0, 0), plan, units="knots")
    with pytest.raises(ValueError, match="segment 5"):
        cues_for_event(SegmentStarted(0.0, 0.0, 5, "forward", 1.0), plan)


def test_every_cue_sound_is_a_real_wav_file():
    for sound in [*SOUNDS.values(), COUNTDOWN_LAST_SOUND]:
        if not sound:
            continue
        with wave.open(str(resources.path(f"sounds/{sound}")), "rb") as wav:
            assert wav.getnframes() > 0, sound


# ---------------------------------------------------------------------------------------------
# A whole session through the engine and the recording player


def test_a_whole_session_plays_its_cues_in_order_with_the_event_times():
    prog = parse_program(
        {
            "version": 1,
            "name": "Whole",
            "main": [
                {"kind": "forward", "duration_s": 90, "speed_kmh": 4.5, "incline_pct": 3},
                {"kind": "rest", "duration_s": 20},
                {"kind": "backward", "duration_s": 120, "speed_kmh": 3.0},
            ],
        }
    )
    clock = FakeClock()
    engine = SessionEngine(prog, clock, time_left_every_s=30)
    player: CuePlayer = RecordingCuePlayer()
    player.warm_up()
    events = engine.start()
    while engine.state is not SessionState.FINISHED:
        clock.advance(0.25)
        events += engine.tick()
    for event in events:
        for cue in cues_for_event(event, engine.plan):
            assert (cue.planned_s, cue.actual_s) == (event.planned_s, event.actual_s)
            player.play(cue)
    assert isinstance(player, RecordingCuePlayer)
    kinds = player.kinds()
    assert kinds[:6] == ["get_ready"] * 6  # spoken intro + five ticks
    # forward, rest, the coach's turn, backward: three changes of segment of three beeps each
    assert kinds.count("countdown") == 9 and kinds.count("turn_warning") == 1
    assert kinds.count("halfway") == 2 and kinds.count("time_left") == 4
    assert kinds[-1] == "finish"
    order = [
        kinds.index(k) for k in ("forward", "rest", "turn_warning", "turn", "backward", "finish")
    ]
    assert order == sorted(order)
    planned = [cue.planned_s for cue in player.played]
    assert planned == sorted(planned)
    assert (
        player.spoken[1] == "Forward for one minute thirty seconds at four point five "
        "kilometres per hour, incline three percent."
    )


def test_recording_player_follows_mute_volume_and_voice_switches():
    player = RecordingCuePlayer()
    cue = Cue("forward", "forward.wav", "Forward.", 0.0, 0.0)
    assert player.available
    player.play(cue)
    player.set_voice_enabled(False)
    player.play(cue)
    player.set_muted(True)
    player.play(cue)
    player.set_muted(False)
    player.set_volume(0.0)
    player.play(cue)
    player.set_volume(3.0)
    assert player.volume == 1.0
    with pytest.raises(ValueError, match="volume"):
        player.set_volume(float("nan"))
    assert len(player.played) == 4
    assert player.heard == ["forward.wav", "forward.wav"]
    assert player.spoken == ["Forward."]


def _session_cues(detail: str) -> list[Cue]:
    prog = parse_program(
        {
            "version": 1,
            "name": "Detail",
            "main": [
                {"kind": "forward", "duration_s": 240, "speed_kmh": 4.5},
                TURN,
                {"kind": "backward", "duration_s": 120, "speed_kmh": 3.0},
            ],
        }
    )
    clock = FakeClock()
    engine = SessionEngine(prog, clock, time_left_every_s=60)
    events = engine.start()
    while engine.state is not SessionState.FINISHED:
        clock.advance(0.5)
        events += engine.tick()
    return [c for e in events for c in cues_for_event(e, engine.plan, detail=detail)]


def test_cue_detail_changes_only_speaks_the_changes_and_keeps_every_sound():
    every, changes, none = (_session_cues(d) for d in ("all", "changes", "none"))
    sounds = [c.sound for c in every if c.sound]
    assert [c.sound for c in changes if c.sound] == sounds == [c.sound for c in none if c.sound]
    said = {c.kind for c in every if c.speech}
    assert {"halfway", "time_left"} <= said
    changes_said = [c for c in changes if c.speech]
    assert {c.kind for c in changes_said} == said - {"halfway", "time_left"}
    assert {"forward", "turn", "turn_warning", "backward", "finish"} <= {
        c.kind for c in changes_said
    }
    assert not [c for c in none if c.speech]
    with pytest.raises(ValueError, match="unknown cue detail 'some'"):
        cues_for_event(Finished(1.0, 1.0, 1.0), (), detail="some")


def test_plus_and_minus_thirty_seconds_are_confirmed_in_words():
    plan = make_plan(FWD_4)
    more = only(cues_for_event(SegmentExtended(30.0, 30.0, 0, 30.0, 150.0, 120.0), plan))
    assert (more.kind, more.sound, more.speech) == (
        "extended",
        "",
        "Thirty seconds more: two minutes left.",
    )
    less = only(cues_for_event(SegmentExtended(30.0, 30.0, 0, -25.0, 95.0, 5.0), plan))
    assert less.speech == "Twenty-five seconds less: five seconds left."
    # Only words: with fewer spoken cues there is nothing left to play.
    assert (
        cues_for_event(SegmentExtended(30.0, 30.0, 0, 30.0, 150.0, 120.0), plan, detail="changes")
        == []
    )
