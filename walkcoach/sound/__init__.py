"""Cue sound output without Qt: a helper process that feeds one PulseAudio stream (Linux)."""
