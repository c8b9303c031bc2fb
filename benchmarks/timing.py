"""Timing: drift over a simulated hour, and cue lateness in a real-time run of the real app.

    .venv/bin/python benchmarks/timing.py [--minutes 3] [--sim-minutes 60] [--seed 7]

(a) A 60-minute program run by the pure engine on a FakeClock ticked at jittered intervals
    (200-300 ms, like the window's 4 Hz refresh on a busy machine): every segment must start
    exactly at its planned time, so the accumulated drift of segment starts must be 0.000 ms.
(b) A real-time run (default 3 minutes) of ``python -m walkcoach --start --event-log`` (offscreen,
    time scale 1, the real Qt driver with its precise due timer): for every engine event and cue
    in the log, lateness = actual_s - planned_s. Goal: every one within 20 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import (
    PYTHON,
    alternating_program,
    median,
    percentile,
    qt_env,
    run_child,
    verdict,
    write_program,
)

from walkcoach.core.clock import FakeClock
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import Finished, SegmentStarted
from walkcoach.core.program import parse_program

LATENESS_GOAL_MS = 20.0


def simulated_drift(minutes: float, seed: int) -> dict[str, float]:
    """Run ``minutes`` of alternating 30 s / 90 s segments on a FakeClock; return the figures."""
    segments = []
    total_s = 0.0
    rng = random.Random(seed)
    while total_s < minutes * 60:
        kind = "backward" if len(segments) % 2 else "forward"
        duration_s = min(rng.choice([30.0, 45.0, 60.0, 90.0]), minutes * 60 - total_s)
        segment = {"kind": kind, "duration_s": duration_s, "speed_kmh": 3.5}
        segments.append(segment)
        total_s += duration_s
    program = parse_program({"version": 1, "name": "Drift hour", "main": segments})
    clock = FakeClock()
    engine = SessionEngine(program, clock, time_left_every_s=60)
    events = engine.start()
    ticks = 0
    while not any(isinstance(e, Finished) for e in events):
        clock.advance(rng.uniform(0.200, 0.300))
        events += engine.tick()
        ticks += 1
    plan = engine.plan
    starts = [e for e in events if isinstance(e, SegmentStarted)]
    if [e.index for e in starts] != [p.index for p in plan]:
        raise RuntimeError("the simulated session did not start every segment once, in order")
    drift_ms = [abs(e.planned_s - plan[e.index].start_s) * 1000 for e in starts]
    finished = next(e for e in events if isinstance(e, Finished))
    lateness_ms = [(e.actual_s - e.planned_s) * 1000 for e in events]
    return {
        "planned_total_s": program.total_s,
        "segments": len(plan),
        "ticks": ticks,
        "max_start_drift_ms": max(drift_ms),
        "end_drift_ms": abs(finished.total_active_s - program.total_s) * 1000,
        "max_notice_ms": max(lateness_ms),
    }


def real_time_run(minutes: float, segment_s: float) -> list[dict]:
    """Run the real app for ``minutes`` of real time and return its event-log lines."""
    with tempfile.TemporaryDirectory(prefix="walkcoach-timing-") as tmp:
        program = write_program(
            Path(tmp) / "timing.json",
            alternating_program(minutes * 60, segment_s),
            program_id="timing-bench",
            name="Timing benchmark",
        )
        log_path = Path(tmp) / "events.jsonl"
        command = [
            PYTHON,
            "-m",
            "walkcoach",
            "--data-dir",
            str(Path(tmp) / "data"),
            "--program",
            str(program),
            "--start",
            "--quit-when-done",
            "--event-log",
            str(log_path),
        ]
        result = run_child(command, qt_env("offscreen"), timeout_s=minutes * 60 + 120)
        if result.returncode != 0:
            raise RuntimeError(
                f"the app failed (exit {result.returncode}): {result.stderr[-2000:]}"
            )
        return [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="real-time run (default 3)")
    parser.add_argument("--sim-minutes", type=float, default=60.0, help="simulated (default 60)")
    parser.add_argument("--segment-s", type=float, default=20.0, help="real-time segment length")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    sim = simulated_drift(args.sim_minutes, args.seed)
    print(
        f"(a) Simulated {sim['planned_total_s'] / 60:.0f} min, {sim['segments']} segments, "
        f"FakeClock ticked {sim['ticks']} times at random 200-300 ms intervals:"
    )
    drift_ms = max(sim["max_start_drift_ms"], sim["end_drift_ms"])
    print(f"    segment-start drift vs plan: max {sim['max_start_drift_ms']:.3f} ms")
    print(f"    session end vs plan:         {sim['end_drift_ms']:.3f} ms")
    print(f"    accumulated drift {drift_ms:.3f} ms (goal 0.000 ms): {verdict(drift_ms == 0.0)}")
    print(
        f"    (events are noticed at the next tick, at most {sim['max_notice_ms']:.0f} ms after "
        "their due time here; the real app arms a precise timer instead, see (b))"
    )
    print(flush=True)

    print(
        f"(b) Real-time run of the app, {args.minutes:g} min, offscreen, time scale 1 ...",
        flush=True,
    )
    lines = real_time_run(args.minutes, args.segment_s)
    events = [e for e in lines if e["event"] != "cue"]
    cues = [e for e in lines if e["event"] == "cue"]
    # Lines a user action stamps (start) have planned == actual by definition; keep them anyway:
    # they are part of "every event".
    lateness_ms = [(e["actual_s"] - e["planned_s"]) * 1000 for e in lines]
    early = [x for x in lateness_ms if x < -0.001]
    worst = max(lateness_ms)
    print(f"    {len(events)} engine events and {len(cues)} cues logged")
    print(
        f"    lateness actual_s - planned_s: median {median(lateness_ms):.2f} ms, "
        f"p95 {percentile(lateness_ms, 0.95):.2f} ms, max {worst:.2f} ms"
    )
    print(f"    early (before their time): {len(early)}")
    ok = worst <= LATENESS_GOAL_MS and not early
    print(f"    goal: every cue within {LATENESS_GOAL_MS:.0f} ms of its due time: {verdict(ok)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
