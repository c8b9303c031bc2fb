"""The soak's program: forward and backward walking with a turn between, in repeat blocks.

Five minutes of forward walking to warm up, then blocks of the same five-minute round (turn,
backward, turn, forward) repeated, and five minutes forward to cool down. Each block walks at
its own speed and incline, so the belt is commanded to change through the whole session.
"""

from __future__ import annotations

import json
from pathlib import Path

WARMUP_S = 300
COOLDOWN_S = 300
TURN_S = 15
WALK_S = 135  # each direction's bout in a round: a round is 2 * (TURN_S + WALK_S) = 300 s
ROUND_S = 2 * (TURN_S + WALK_S)
ROUNDS_PER_BLOCK = 6  # a block is half an hour of rounds


def _round(backward_kmh: float, forward_kmh: float, incline_pct: float) -> list[dict]:
    turn = {"kind": "turn", "duration_s": TURN_S, "speed_kmh": 1.0}
    return [
        turn,
        {"kind": "backward", "duration_s": WALK_S, "speed_kmh": backward_kmh, "incline_pct": 0},
        turn,
        {
            "kind": "forward",
            "duration_s": WALK_S,
            "speed_kmh": forward_kmh,
            "incline_pct": incline_pct,
        },
    ]


def soak_program(session_minutes: float) -> dict:
    """A program of ``session_minutes`` (at least 15; what is not a whole number of rounds
    lengthens the cool-down)."""
    total_s = round(session_minutes * 60)
    rounds, rest_s = divmod(total_s - WARMUP_S - COOLDOWN_S, ROUND_S)
    if rounds < 1:
        raise ValueError("a soak session needs at least 15 minutes")
    blocks = []
    block_no = 0
    while rounds > 0:
        count = min(ROUNDS_PER_BLOCK, rounds)
        backward_kmh = 2.5 + 0.25 * (block_no % 3)
        forward_kmh = 4.0 + 0.5 * (block_no % 3)
        incline_pct = 2 * (block_no % 4)
        blocks.append({"repeat": count, "segments": _round(backward_kmh, forward_kmh, incline_pct)})
        rounds -= count
        block_no += 1
    return {
        "format": "walkcoach-program",
        "version": 1,
        "id": "soak",
        "name": f"Soak, {total_s // 60} minutes",
        "warmup": [{"kind": "forward", "duration_s": WARMUP_S, "speed_kmh": 3.5}],
        "main": blocks,
        "cooldown": [{"kind": "forward", "duration_s": COOLDOWN_S + rest_s, "speed_kmh": 3.5}],
    }


def write_soak_program(path: Path, session_minutes: float) -> Path:
    path.write_text(json.dumps(soak_program(session_minutes), indent=1), encoding="utf-8")
    return path
