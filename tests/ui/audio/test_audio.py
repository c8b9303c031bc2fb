"""The cue sounds (real WAV files) and QtCuePlayer offscreen, speech through the mock engine."""

from __future__ import annotations

import math
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from walkcoach import resources
from walkcoach.core.cues import COUNTDOWN_LAST_SOUND, SOUNDS, Cue
from walkcoach.ui.audio.player_base import PlayedCue, wav_duration_s
from walkcoach.ui.audio.qt_player import SILENCE_SOUND, QtCuePlayer
from walkcoach.ui.audio.speech import choose_engine

ROOT = Path(__file__).resolve().parents[3]
SOUNDS_DIR = resources.path("sounds")
RATE_HZ = 44_100
CUE_SOUNDS = sorted({s for s in SOUNDS.values() if s} | {COUNTDOWN_LAST_SOUND})


def read_samples(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (RATE_HZ, 1, 2)
        return np.frombuffer(wav.readframes(wav.getnframes()), "<i2").astype(np.float64)


def dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / RATE_HZ)[np.argmax(spectrum)])


# ---------------------------------------------------------------------------------------------
# The WAV files


def test_every_sound_a_cue_names_exists_plus_silence():
    names = {p.name for p in SOUNDS_DIR.glob("*.wav")}
    assert set(CUE_SOUNDS) | {SILENCE_SOUND} <= names


@pytest.mark.parametrize("name", CUE_SOUNDS)
def test_cue_sound_format_level_and_edges(name):
    samples = read_samples(SOUNDS_DIR / name)
    duration_s = len(samples) / RATE_HZ
    assert 0.04 <= duration_s <= 1.5, duration_s
    peak = np.abs(samples).max()
    peak_dbfs = 20 * math.log10(peak / 32768)
    assert -3.5 <= peak_dbfs <= -2.5, peak_dbfs
    # No click: starts and ends at (near) zero, no sample-to-sample jump near full scale.
    assert abs(samples[0]) < 0.01 * peak and samples[-1] == 0
    assert np.abs(np.diff(samples)).max() < 0.6 * peak
    # Sharp onset: within 5 ms the sound is within 4 dB of its peak, so onsets are measurable.
    first_5ms = np.abs(samples[: int(0.005 * RATE_HZ)]).max()
    assert first_5ms >= 0.63 * peak, first_5ms / peak
    # Centred: no DC offset the speaker would thump on.
    assert abs(samples.mean()) < 0.01 * peak


def test_silence_is_silent_and_short():
    samples = read_samples(SOUNDS_DIR / SILENCE_SOUND)
    assert len(samples) > 0 and not samples.any()
    assert len(samples) / RATE_HZ <= 0.5


def test_forward_rises_and_backward_falls_with_different_timbre():
    forward = read_samples(SOUNDS_DIR / "forward.wav")
    backward = read_samples(SOUNDS_DIR / "backward.wav")
    note_n = int(0.15 * RATE_HZ)
    f1, f2 = dominant_hz(forward[:note_n]), dominant_hz(forward[-note_n:])
    b1, b2 = dominant_hz(backward[:note_n]), dominant_hz(backward[-note_n:])
    assert f2 > f1 * 1.2 and b2 < b1 / 1.2, (f1, f2, b1, b2)

    def even_harmonic_share(samples: np.ndarray, fundamental_hz: float) -> float:
        spectrum = np.abs(np.fft.rfft(samples))
        freqs = np.fft.rfftfreq(len(samples), 1 / RATE_HZ)

        def band(hz: float) -> float:
            return float(spectrum[(freqs > hz * 0.97) & (freqs < hz * 1.03)].sum())

        return band(2 * fundamental_hz) / band(fundamental_hz)

    # forward is bright (strong 2nd harmonic), backward hollow (odd harmonics only)
    assert even_harmonic_share(forward[-note_n:], f2) > 0.2
    assert even_harmonic_share(backward[-note_n:], b2) < 0.02


def test_countdown_go_beep_is_higher_than_the_others():
    beep = dominant_hz(read_samples(SOUNDS_DIR / "countdown.wav"))
    go = dominant_hz(read_samples(SOUNDS_DIR / COUNTDOWN_LAST_SOUND))
    assert go > 1.5 * beep


def test_generator_reproduces_the_committed_files_byte_for_byte(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sounds.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in tmp_path.glob("*.wav"))
    assert made == sorted(p.name for p in SOUNDS_DIR.glob("*.wav"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (SOUNDS_DIR / name).read_bytes(), name


def test_generator_rejects_an_unknown_sound_name(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sounds.py"), "--out", str(tmp_path), "boing"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "unknown sound(s): boing" in result.stderr


def test_wav_duration_reports_a_bad_file(tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF not really")
    with pytest.raises(ValueError, match="bad.wav: not a readable WAV file"):
        wav_duration_s(bad)


# ---------------------------------------------------------------------------------------------
# The player


@pytest.fixture
def make_player(qapp):
    players: list[QtCuePlayer] = []

    def make(**kwargs) -> QtCuePlayer:
        kwargs.setdefault("speech_engine", "mock")
        player = QtCuePlayer(**kwargs)
        players.append(player)
        return player

    yield make
    for player in players:
        player.close()
        assert not player.speech.running


def all_cues() -> list[Cue]:
    cues = [Cue(kind, sound, f"{kind} now.", 1.0, 1.0) for kind, sound in SOUNDS.items()]
    cues.append(Cue("countdown", COUNTDOWN_LAST_SOUND, "", 2.0, 2.0))
    return cues


def test_player_reads_every_sound_file_up_front(make_player):
    player = make_player()
    on_disk = {p.name: wav_duration_s(p) for p in SOUNDS_DIR.glob("*.wav")}
    assert player.durations_s == pytest.approx(on_disk)
    if player.device is not None:  # a sound server answered: one effect per file
        assert set(player.effects) == set(on_disk)


def test_no_audio_output_stays_silent_and_says_so_once(make_player, qtbot):
    player = make_player(audio_outputs=[])
    assert not player.available
    assert player.unavailable_message == "Sound is unavailable: no audio output found"
    messages: list[str] = []
    spoken: list[str] = []
    player.sound_unavailable.connect(messages.append)
    player.speech_started.connect(spoken.append)
    qtbot.waitUntil(lambda: messages != [], timeout=2000)
    player.warm_up()
    for cue in all_cues():
        player.play(cue)
    qtbot.waitUntil(lambda: len(spoken) >= 1, timeout=5000)  # speech goes on without sound
    assert messages == ["Sound is unavailable: no audio output found"]
    assert [p.kind for p in player.played] == [c.kind for c in all_cues()]
    assert not any(p.audible for p in player.played)
    assert player.effects == {}


@pytest.mark.skipif(
    bool(QMediaDevices.audioOutputs()),
    reason="a sound server answers here; Qt then plays a null device on the default output",
)
@pytest.mark.qt_log_ignore(
    "playback of this format is not supported"
)  # the refusal this test provokes
def test_output_that_refuses_to_play_makes_the_player_unavailable(make_player, qtbot):
    # A null device is what Qt hands out when nothing can play: every effect ends in Error.
    player = make_player(audio_outputs=[QAudioDevice()])
    with qtbot.waitSignal(player.sound_unavailable, timeout=3000) as signal:
        pass
    assert signal.args == ["Sound is unavailable: the audio output does not play"]
    assert not player.available
    player.play(Cue("forward", "forward.wav", "", 0.0, 0.0))
    assert player.played[-1].audible is False


@pytest.mark.qt_log_ignore(
    "playback of this format is not supported"
)  # no audio device in this test
def test_volume_and_mute_reach_every_effect(make_player):
    player = make_player(audio_outputs=[QAudioDevice()])
    player.set_volume(0.5)
    volumes = {n: e.volume() for n, e in player.effects.items() if n != SILENCE_SOUND}
    assert len(volumes) == len(CUE_SOUNDS)
    # 0.5 on a perceptual (log) slider is a quieter linear gain.
    assert all(0.05 < v < 0.5 for v in volumes.values()), volumes
    player.set_volume(7)
    assert player.volume == 1.0
    player.set_volume(-1)
    assert player.volume == 0.0
    with pytest.raises(ValueError, match="volume must be a number from 0 to 1"):
        player.set_volume(float("nan"))
    player.set_muted(True)
    assert all(e.isMuted() for n, e in player.effects.items() if n != SILENCE_SOUND)
    player.set_muted(False)
    assert not any(e.isMuted() for e in player.effects.values())


def test_speech_follows_the_voice_mute_and_volume_switches(make_player, qtbot):
    player = make_player(audio_outputs=[])
    cue = Cue("backward", "backward.wav", "Backward for two minutes.", 0.0, 0.0)
    player.set_voice_enabled(False)
    player.play(cue)
    player.set_voice_enabled(True)
    player.set_muted(True)
    player.play(cue)
    player.set_muted(False)
    player.set_volume(0.0)
    player.play(cue)
    assert [p.speech_queued for p in player.played] == [False, False, False]
    player.set_volume(0.8)
    with qtbot.waitSignal(player.speech_started, timeout=5000) as spoken:
        player.play(Cue("rest", "rest.wav", "Rest for one minute.", 0.0, 0.0))
    assert spoken.args == ["Rest for one minute."]
    assert player.played[-1].speech_queued
    assert player.speech.engine == "mock"
    assert player.speech.locale.startswith("en_")


def test_stale_sentences_are_dropped_when_speech_falls_behind(make_player, qtbot):
    player = make_player(audio_outputs=[])
    spoken: list[str] = []
    player.speech_started.connect(spoken.append)
    with qtbot.waitSignal(player.speech.ready, timeout=5000):
        pass
    for n in range(1, 6):
        player.play(Cue("time_left", "", f"Sentence {n}.", 0.0, 0.0))
    # The first starts at once; of the four waiting, only the newest two are kept.
    qtbot.waitUntil(lambda: len(spoken) == 3, timeout=10000)
    assert spoken == ["Sentence 1.", "Sentence 4.", "Sentence 5."]


def test_played_cue_log_entry_is_json_ready(make_player):
    ticks = iter([100.0, 101.5])
    player = make_player(audio_outputs=[], monotonic=lambda: next(ticks))
    player.play(Cue("halfway", "halfway.wav", "Halfway.", 60.0, 60.004))
    entry = player.played[0]
    assert isinstance(entry, PlayedCue)
    assert entry.to_json() == {
        "event": "cue_played",
        "cue": "halfway",
        "sound": "halfway.wav",
        "speech": "Halfway.",
        "planned_s": 60.0,
        "actual_s": 60.004,
        "played_at_s": 100.0,
        "audible": False,
        "speech_queued": True,
    }


def test_a_broken_sound_file_is_skipped_with_a_warning(make_player, tmp_path, caplog):
    for name in ("forward.wav", "silence.wav"):
        (tmp_path / name).write_bytes((SOUNDS_DIR / name).read_bytes())
    (tmp_path / "turn.wav").write_text("this is not audio")
    player = make_player(sounds_dir=tmp_path, audio_outputs=[])
    assert set(player.durations_s) == {"forward.wav", "silence.wav"}
    assert "cue sound skipped: turn.wav: not a readable WAV file" in caplog.text


def test_speech_engine_choice_never_starts_speechd_without_a_sound_server():
    assert choose_engine("", ["speechd", "mock"], has_audio_output=False) == "mock"
    assert choose_engine("", ["mock"], has_audio_output=True) == "mock"
    assert choose_engine("mock", ["speechd", "mock"], has_audio_output=True) == "mock"
    assert choose_engine("flite", ["speechd", "mock"], has_audio_output=True) == "mock"
