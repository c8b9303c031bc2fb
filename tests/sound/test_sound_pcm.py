"""Cue clips and the mixer of the sound helper (no Qt, no sound server)."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest

from walkcoach import resources
from walkcoach.sound.pcm import (
    RATE_HZ,
    Clip,
    Mixer,
    SoundFileError,
    gain_for_volume,
    load_clip,
)

SOUNDS_DIR = resources.path("sounds")


def write_wav(path: Path, samples: list[int], rate: int = RATE_HZ, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(array("h", samples).tobytes())
    return path


def samples_of(data: bytes) -> list[int]:
    out = array("h")
    out.frombytes(data)
    return out.tolist()


def test_every_shipped_sound_loads_with_its_length():
    for path in SOUNDS_DIR.glob("*.wav"):
        clip = load_clip(path)
        with wave.open(str(path), "rb") as wav:
            assert len(clip.samples) == wav.getnframes()
        assert clip.duration_s == pytest.approx(len(clip.samples) / RATE_HZ)


def test_unplayable_files_are_refused_with_the_reason(tmp_path):
    garbage = tmp_path / "garbage.wav"
    garbage.write_text("not audio")
    with pytest.raises(SoundFileError, match="garbage.wav: not a readable WAV file"):
        load_clip(garbage)
    stereo = write_wav(tmp_path / "stereo.wav", [0, 0, 1, 1], channels=2)
    with pytest.raises(SoundFileError, match="stereo.wav: 2 channel.*must be mono 16-bit 44100 Hz"):
        load_clip(stereo)
    slow = write_wav(tmp_path / "slow.wav", [0, 1], rate=8000)
    with pytest.raises(SoundFileError, match="8000 Hz"):
        load_clip(slow)
    with pytest.raises(SoundFileError, match="missing.wav"):
        load_clip(tmp_path / "missing.wav")


def test_volume_curve_is_silent_at_zero_full_at_one_and_rises_evenly_in_decibels():
    assert gain_for_volume(0) == 0 and gain_for_volume(-1) == 0
    assert gain_for_volume(float("nan")) == 0
    assert gain_for_volume(1) == 1 and gain_for_volume(5) == 1
    gains = [gain_for_volume(v / 10) for v in range(1, 11)]
    assert gains == sorted(gains)
    # Each tenth of the slider is the same step in decibels (5 dB over a 50 dB range).
    ratios = [b / a for a, b in zip(gains, gains[1:], strict=False)]
    assert all(r == pytest.approx(ratios[0]) for r in ratios)
    assert gain_for_volume(0.5) == pytest.approx(10 ** (-25 / 20))


def make_mixer(chunk_frames: int = 4, **clips: list[int]) -> Mixer:
    return Mixer({name: Clip(name, array("h", s)) for name, s in clips.items()}, chunk_frames)


def test_mixer_plays_a_clip_exactly_then_pads_with_silence():
    mixer = make_mixer(a=[1, 2, 3, 4, 5, 6])
    assert samples_of(mixer.next_chunk()) == [0, 0, 0, 0]
    assert mixer.start("a") and mixer.playing
    assert samples_of(mixer.next_chunk()) == [1, 2, 3, 4]
    assert samples_of(mixer.next_chunk()) == [5, 6, 0, 0]
    assert not mixer.playing
    assert samples_of(mixer.next_chunk()) == [0, 0, 0, 0]


def test_overlapping_clips_are_summed_and_clipped_to_16_bits():
    mixer = make_mixer(a=[30000, 30000, 1, 1, 1], b=[30000, -100, 2])
    mixer.start("a")
    mixer.start("b")
    assert samples_of(mixer.next_chunk()) == [32767, 29900, 3, 1]
    assert samples_of(mixer.next_chunk()) == [1, 0, 0, 0]
    low = make_mixer(a=[-30000], b=[-30000])
    low.start("a")
    low.start("b")
    assert samples_of(low.next_chunk())[0] == -32768


def test_volume_scales_new_sounds_and_zero_volume_or_unknown_names_play_nothing():
    mixer = make_mixer(a=[10000, -10000, 0, 0])
    mixer.set_volume(0.5)
    mixer.start("a")
    gain = gain_for_volume(0.5)
    assert samples_of(mixer.next_chunk()) == [round(10000 * gain), round(-10000 * gain), 0, 0]
    mixer.set_volume(0)
    assert not mixer.start("a")
    mixer.set_volume(1)
    assert not mixer.start("nope")
    assert not mixer.playing


def test_stop_silences_everything_at_once():
    mixer = make_mixer(a=[5] * 20)
    mixer.start("a")
    mixer.next_chunk()
    mixer.stop()
    assert not mixer.playing
    assert samples_of(mixer.next_chunk()) == [0, 0, 0, 0]
