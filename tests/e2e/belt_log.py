"""Reading an --event-log of a session with a linked treadmill: the safety rules, checked from
what the app itself logged (treadmill_data, treadmill_command and the engine's events)."""

from __future__ import annotations

import json
from pathlib import Path

TOLERANCE_KMH = 0.011  # Treadmill Data carries 0.01 km/h


def read_log(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_belt_log(records: list[dict], plan, turn_speed_kmh: float = 1.0) -> dict:
    """Asserts the rules; returns facts for further checks.

    * every walking segment's speed was set on the belt (to its planned speed);
    * while a turn's time ran, and when the next direction began, the belt reported at most the
      turn speed; each turn was held for the belt and released ("belt", or "heart_rate" when
      the heart rate held it longer);
    * no start was sent to a belt reported moving;
    * the belt was stopped after the session ended.
    """
    speed_kmh = None
    index = None
    turn_running = False
    set_speeds: dict[int, list[float]] = {}
    releases = 0
    for record in records:
        event = record["event"]
        if event == "treadmill_data":
            speed_kmh = record["speed_kmh"]
            if turn_running:
                assert speed_kmh <= turn_speed_kmh + TOLERANCE_KMH, (record, "during a turn")
        elif event == "segment_started":
            index = record["index"]
            turn_running = False
            segment = plan[index].segment
            if segment.is_walking and index > 0 and plan[index - 1].segment.is_turn:
                assert speed_kmh is not None and speed_kmh <= turn_speed_kmh + TOLERANCE_KMH, (
                    record,
                    speed_kmh,
                    "a new direction on a fast belt",
                )
        elif event == "state_changed" and record["reason"] in ("belt", "heart_rate"):
            # A turn's time starts when its last hold ends: the belt's, or the heart rate's
            # (settle before a backward bout) after it.
            if record["new"] == "running":
                releases += 1
                assert speed_kmh is not None and speed_kmh <= turn_speed_kmh + TOLERANCE_KMH, (
                    record,
                    speed_kmh,
                )
                turn_running = True
        elif event == "treadmill_command":
            if record["command"] == "start":
                assert not speed_kmh, ("start sent to a moving belt", record, speed_kmh)
            if record["command"] == "set_speed" and index is not None:
                set_speeds.setdefault(index, []).append(record["value"])
    turns = [i for i, p in enumerate(plan) if p.segment.is_turn]
    for i, planned in enumerate(plan):
        if planned.segment.is_walking:
            assert planned.segment.speed_kmh in set_speeds.get(i, []), (i, set_speeds.get(i))
    assert releases == len(turns), (releases, turns)
    ended = [
        i
        for i, r in enumerate(records)
        if r["event"] == "state_changed" and r["new"] in ("finished", "stopped")
    ]
    assert ended, "the session never ended"
    stops = [
        r
        for r in records[ended[-1] :]
        if r["event"] == "treadmill_command" and r["command"] == "stop"
    ]
    assert stops and stops[0]["result"] == "success", stops
    distances = [r["distance_m"] for r in records if r["event"] == "treadmill_data"]
    return {"turns": len(turns), "last_distance_m": distances[-1] if distances else None}
