"""Cue sounds as 16-bit PCM samples, and the mixer that turns playing sounds into output chunks.

Pure Python (the ``array`` module, no NumPy): the cue sounds are a few short clips, and the
helper process that plays them should start in tens of milliseconds and stay small.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RATE_HZ = 44100
CHANNELS = 1
SAMPLE_BYTES = 2
# Loudness below this part of full scale is silence; the volume slider's bottom end.
VOLUME_RANGE_DB = 50.0
_INT16_MIN, _INT16_MAX = -32768, 32767


class SoundFileError(ValueError):
    """A sound file that cannot be played, with the reason."""


@dataclass(frozen=True)
class Clip:
    name: str
    samples: array[int]  # 'h', mono, RATE_HZ

    @property
    def duration_s(self) -> float:
        return len(self.samples) / RATE_HZ


def load_clip(path: Path) -> Clip:
    """A mono 16-bit 44.1 kHz WAV file (the format tools/make_sounds.py writes)."""
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise SoundFileError(f"{path.name}: not a readable WAV file ({exc})") from None
    if (channels, width, rate) != (CHANNELS, SAMPLE_BYTES, RATE_HZ):
        raise SoundFileError(
            f"{path.name}: {channels} channel(s), {8 * width}-bit, {rate} Hz; cue sounds must be "
            f"mono 16-bit {RATE_HZ} Hz"
        )
    samples = array("h")
    samples.frombytes(frames[: len(frames) - len(frames) % SAMPLE_BYTES])
    if sys.byteorder == "big":  # WAV data is little-endian
        samples.byteswap()
    return Clip(path.name, samples)


def gain_for_volume(volume: float) -> float:
    """Linear gain for a 0-1 slider position: equal slider steps sound like equal steps."""
    if not math.isfinite(volume) or volume <= 0:
        return 0.0
    volume = min(1.0, volume)
    return 10 ** ((volume - 1.0) * VOLUME_RANGE_DB / 20)


def scaled(samples: array[int], gain: float) -> array[int]:
    """The samples times ``gain`` (0..1), rounded."""
    if gain >= 1.0:
        return array("h", samples)
    return array("h", [round(s * gain) for s in samples])


class Mixer:
    """Sums the sounds that are playing into fixed-size chunks of output samples.

    ``start(name)`` begins a clip (at the current volume) from the next chunk on; several may
    overlap. ``next_chunk()`` returns little-endian bytes, silence when nothing plays.
    """

    def __init__(self, clips: dict[str, Clip], chunk_frames: int) -> None:
        self.clips = clips
        self.chunk_frames = chunk_frames
        self._silence = bytes(chunk_frames * SAMPLE_BYTES)
        self._gain = 1.0
        self._scaled: dict[str, array[int]] = {}
        self._voices: list[list[Any]] = []  # [samples, position]

    @property
    def playing(self) -> bool:
        return bool(self._voices)

    def set_volume(self, volume: float) -> None:
        gain = gain_for_volume(volume)
        if gain != self._gain:
            self._gain = gain
            self._scaled.clear()  # rescaled lazily, clip by clip

    def start(self, name: str) -> bool:
        """False for an unknown clip or at zero volume (nothing would be heard)."""
        clip = self.clips.get(name)
        if clip is None or self._gain <= 0:
            return False
        samples = self._scaled.get(name)
        if samples is None:
            samples = self._scaled[name] = scaled(clip.samples, self._gain)
        self._voices.append([samples, 0])
        return True

    def stop(self) -> None:
        self._voices.clear()

    def silence(self, chunks: int) -> bytes:
        return self._silence * chunks

    def next_chunk(self) -> bytes:
        frames = self.chunk_frames
        if not self._voices:
            return self._silence
        if len(self._voices) == 1:  # the usual case: copy, no arithmetic
            voice = self._voices[0]
            samples, position = voice
            chunk = samples[position : position + frames]
            voice[1] = position + frames
            if voice[1] >= len(samples):
                self._voices.clear()
            data = _le_bytes(chunk)
            return data + self._silence[len(data) :]
        total = [0] * frames
        for voice in self._voices:
            samples, position = voice
            for i, sample in enumerate(samples[position : position + frames]):
                total[i] += sample
            voice[1] = position + frames
        self._voices = [v for v in self._voices if v[1] < len(v[0])]
        clipped = array("h", [min(_INT16_MAX, max(_INT16_MIN, s)) for s in total])
        return _le_bytes(clipped)


def _le_bytes(samples: array[int]) -> bytes:
    if sys.byteorder == "big":
        samples = array("h", samples)
        samples.byteswap()
    return samples.tobytes()
