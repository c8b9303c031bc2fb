"""Generates the cue sounds in resources/sounds/ (16-bit 44.1 kHz mono WAV, deterministic).

Run ``python tools/make_sounds.py`` after changing a recipe; the WAV files are committed. Only the
standard library is used so the bytes are identical on every machine and Python version.

Every sound starts at full level within its first few milliseconds (a 3 ms raised-cosine attack:
sharp enough to measure its onset in a recording, smooth enough not to click), ends with a fade to
exact zero, and is normalised so its peak sits at -3 dBFS.
"""

from __future__ import annotations

import argparse
import array
import math
import sys
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

RATE_HZ = 44_100
PEAK_DBFS = -3.0
ATTACK_S = 0.003
RELEASE_S = 0.012
FULL_SCALE = 32767

SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# Partials as (frequency ratio, relative amplitude, relative decay rate).
Partials = Sequence[tuple[float, float, float]]
BRIGHT: Partials = ((1, 1.0, 1.0), (2, 0.5, 1.4), (3, 0.33, 1.8), (4, 0.22, 2.2), (5, 0.15, 2.6))
HOLLOW: Partials = ((1, 1.0, 1.0), (3, 0.30, 1.5), (5, 0.12, 2.0))  # odd harmonics: woody/clarinet
PURE: Partials = ((1, 1.0, 1.0), (2, 0.08, 1.5))
# Church-bell-like inharmonic partials (hum, prime, tierce, quint, nominal).
BELL: Partials = (
    (0.5, 0.35, 0.6),
    (1, 1.0, 1.0),
    (1.19, 0.45, 1.4),
    (1.5, 0.3, 1.7),
    (2, 0.5, 2.0),
)
KNOCK: Partials = ((1, 1.0, 1.0), (2.76, 0.5, 2.5), (5.4, 0.25, 4.0))  # free-bar (wood block) modes


@dataclass(frozen=True)
class Note:
    """One struck or held tone placed on the sound's timeline."""

    start_s: float
    freq_hz: float
    duration_s: float
    partials: Partials = PURE
    decay_per_s: float = 0.0  # exponential decay of the fundamental; 0 = held
    gain: float = 1.0
    glide_to_hz: float | None = None  # linear pitch glide over the note


def _raised_cosine(position: float) -> float:
    """0 -> 0, 1 -> 1, smooth at both ends (no click)."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(position, 0.0), 1.0))


def render(notes: Sequence[Note], total_s: float | None = None) -> list[float]:
    """Mixes the notes into float samples (not yet normalised)."""
    end_s = max(n.start_s + n.duration_s for n in notes)
    length = round((total_s if total_s is not None else end_s) * RATE_HZ)
    mix = [0.0] * length
    for note in notes:
        first = round(note.start_s * RATE_HZ)
        count = min(round(note.duration_s * RATE_HZ), length - first)
        attack_n = ATTACK_S * RATE_HZ
        release_n = min(RELEASE_S * RATE_HZ, count / 3)
        phase = [0.0] * len(note.partials)
        for i in range(count):
            t = i / RATE_HZ
            freq = note.freq_hz
            if note.glide_to_hz is not None:
                freq += (note.glide_to_hz - note.freq_hz) * (i / count)
            envelope = _raised_cosine(i / attack_n) * _raised_cosine((count - 1 - i) / release_n)
            value = 0.0
            for k, (ratio, amplitude, decay_ratio) in enumerate(note.partials):
                # Phase is accumulated (not freq * t) so pitch glides stay continuous.
                phase[k] += 2 * math.pi * freq * ratio / RATE_HZ
                decay = math.exp(-note.decay_per_s * decay_ratio * t)
                value += amplitude * decay * math.sin(phase[k])
            mix[first + i] += note.gain * envelope * value
    return mix


def to_pcm16(samples: Sequence[float], peak_dbfs: float = PEAK_DBFS) -> bytes:
    """Normalises to ``peak_dbfs`` and converts to little-endian 16-bit PCM."""
    peak = max((abs(s) for s in samples), default=0.0)
    scale = (FULL_SCALE * 10 ** (peak_dbfs / 20) / peak) if peak > 0 else 0.0
    pcm = array.array("h", (round(s * scale) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm.tobytes()


def write_wav(path: Path, pcm: bytes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE_HZ)
        out.writeframes(pcm)


# ---------------------------------------------------------------------------------------------
# The recipes. Musical notes in Hz: C5 523.25, D5 587.33, E5 659.26, G5 783.99, A5 880.0, B5 987.77


def forward() -> list[Note]:
    # Rising fourth (E5 -> A5), bright and held: "go ahead".
    return [
        Note(0.0, 659.26, 0.16, BRIGHT, decay_per_s=4),
        Note(0.17, 880.0, 0.26, BRIGHT, decay_per_s=4),
    ]


def backward() -> list[Note]:
    # Falling fifth (G5 -> C5) with a hollow, woody timbre: unmistakably not "forward".
    return [
        Note(0.0, 783.99, 0.16, HOLLOW, decay_per_s=5),
        Note(0.17, 523.25, 0.30, HOLLOW, decay_per_s=4),
    ]


def rest() -> list[Note]:
    # One soft, low bell that rings out.
    return [Note(0.0, 392.0, 1.1, BELL, decay_per_s=3.2)]


def station() -> list[Note]:
    # Two quick wooden knocks.
    return [
        Note(0.0, 740.0, 0.12, KNOCK, decay_per_s=28),
        Note(0.16, 740.0, 0.14, KNOCK, decay_per_s=28),
    ]


def countdown() -> list[Note]:
    return [Note(0.0, 880.0, 0.12, PURE, decay_per_s=6)]


def countdown_last() -> list[Note]:
    # The "go" after 3-2-1: an octave higher and longer.
    return [Note(0.0, 1760.0, 0.30, PURE, decay_per_s=4)]


def turn() -> list[Note]:
    # Attention pattern: high-low-high-low, quick.
    notes = []
    for i, freq in enumerate((987.77, 739.99, 987.77, 739.99)):
        notes.append(Note(i * 0.11, freq, 0.09, BRIGHT, decay_per_s=6))
    return notes


def halfway() -> list[Note]:
    # Two overlapping bell strikes, a fifth apart.
    return [
        Note(0.0, 783.99, 0.9, BELL, decay_per_s=4.5),
        Note(0.14, 1174.66, 0.8, BELL, decay_per_s=4.5, gain=0.8),
    ]


def finish() -> list[Note]:
    # Short fanfare: C5 E5 G5 then a held C6.
    notes = [
        Note(i * 0.12, freq, 0.11, BRIGHT, decay_per_s=5)
        for i, freq in enumerate((523.25, 659.26, 783.99))
    ]
    notes.append(Note(0.36, 1046.5, 0.55, BRIGHT, decay_per_s=2.5))
    notes.append(Note(0.36, 523.25, 0.55, BRIGHT, decay_per_s=2.5, gain=0.5))
    return notes


def tick() -> list[Note]:
    # Get-ready second: a short, dry tick.
    return [Note(0.0, 1500.0, 0.05, KNOCK, decay_per_s=60)]


def pause() -> list[Note]:
    # A soft downward glide: "on hold".
    return [Note(0.0, 620.0, 0.32, PURE, decay_per_s=3, glide_to_hz=410.0)]


RECIPES: dict[str, Callable[[], list[Note]] | None] = {
    "forward": forward,
    "backward": backward,
    "rest": rest,
    "station": station,
    "countdown": countdown,
    "countdown_last": countdown_last,
    "turn": turn,
    "halfway": halfway,
    "finish": finish,
    "tick": tick,
    "pause": pause,
    "silence": None,  # opens the audio output before a session without being heard
}
SILENCE_S = 0.25


def build(name: str) -> bytes:
    recipe = RECIPES[name]
    if recipe is None:
        return bytes(2 * round(SILENCE_S * RATE_HZ))
    return to_pcm16(render(recipe()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SOUNDS_DIR, help="folder to write into")
    parser.add_argument("names", nargs="*", help="only these sounds (default: all)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in RECIPES]
    if unknown:
        parser.error(f"unknown sound(s): {', '.join(unknown)} (known: {', '.join(RECIPES)})")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or RECIPES:
        pcm = build(name)
        target = args.out / f"{name}.wav"
        write_wav(target, pcm)
        print(f"{target}: {len(pcm) / 2 / RATE_HZ:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
