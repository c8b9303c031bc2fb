"""Where a session stands (idle, counting down, running, ...).

Apart from the events (events.py, which re-exports it) because the window's first frame shows
the idle state while the events' dozen dataclasses take several milliseconds to create; they
are imported when the first session starts.
"""

from __future__ import annotations

from enum import StrEnum


class SessionState(StrEnum):
    IDLE = "idle"
    COUNTDOWN = "countdown"  # the get-ready count before the first segment
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


# Pauses the session holds a segment with, each until its own release (core/engine.py): the
# belt slowing for a turn, the heart rate settling before a backward bout. Here, beside the
# state, because the window tells them from the user's pauses before any engine is loaded.
HOLD_REASONS = ("belt", "heart_rate")
