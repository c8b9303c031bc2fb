"""The session writer through a three-hour session with a treadmill and a strap: how long each of
its calls blocks the UI thread late in the session, and what its samples hold in memory.

    .venv/bin/python benchmarks/writer_long_session.py [--hours 3]

The writer runs on the UI thread: a call that blocks longer than a few milliseconds makes a cue
that is due at that moment late (the soak's goal: every cue within 20 ms). This feeds it what the
app does, in session time and without waiting (the clock is not read): one sample a second, a
checkpoint every 5 s, a segment end every 5 minutes, into a real SQLite file. Figures are
per-call times (perf_counter) in the last hour next to the first hour, so a cost that grows with
the session shows as a ratio (most of a call is SQLite's commit, which does not grow); memory is
the traced Python heap the writer holds by the end (a second pass, with the tracer on).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from walkcoach.core.hr_zones import zones_for
from walkcoach.core.measured import BeltSample
from walkcoach.core.program import Program, Segment
from walkcoach.storage.writer import SessionWriter

SEGMENT_S = 300
CHECKPOINT_EVERY_S = 5
GOAL_GROWTH = 1.5  # a call's median in the last hour next to the first: no cost that grows
GOAL_CALL_MS = 20.0  # the cue budget: no call may make a cue due at that moment late by more
GOAL_SAMPLES_MIB = 0.5  # for three hours


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=3.0)
    parser.add_argument("--lines", action="store_true", help="the lines that hold the most")
    args = parser.parse_args()
    total_s = int(args.hours * 3600)
    segments = tuple(
        Segment("forward" if i % 2 == 0 else "backward", SEGMENT_S, 4.0 if i % 2 == 0 else 2.5, 2.0)
        for i in range(total_s // SEGMENT_S)
    )
    program = Program("long", "Long session", segments)
    calls, _ = _record(program, total_s, trace=False)  # timed without the tracer's cost
    _, heap_mib = _record(program, total_s, trace=True, lines=args.lines)
    last_hour_from_s = total_s - 3600
    print(f"writer through {args.hours:g} h of session ({total_s} samples, real SQLite file):")
    worst_ms = growth = 0.0
    for name, timed in calls.items():
        first = [ms for at_s, ms in timed if at_s <= 3600]
        last = [ms for at_s, ms in timed if at_s > last_hour_from_s]
        worst_ms = max(worst_ms, max(last))
        growth = max(growth, statistics.median(last) / statistics.median(first))
        print(
            f"  {name:13s} first hour median {statistics.median(first):.2f} ms, "
            f"last hour median {statistics.median(last):.2f} ms "
            f"(x{statistics.median(last) / statistics.median(first):.2f}), "
            f"last hour worst {max(last):.2f} ms"
        )
    verdict = "meets" if growth <= GOAL_GROWTH else "MISSES"
    print(f"  growth of a call's median x{growth:.2f}   goal <= x{GOAL_GROWTH:g}: {verdict}")
    verdict = "meets" if worst_ms <= GOAL_CALL_MS else "MISSES"
    print(
        f"  worst call in the last hour {worst_ms:.2f} ms   goal <= {GOAL_CALL_MS:g} ms: {verdict}"
    )
    verdict = "meets" if heap_mib <= GOAL_SAMPLES_MIB * args.hours / 3 else "MISSES"
    print(
        f"  Python heap grown while recording {heap_mib:.2f} MiB "
        f"  goal <= {GOAL_SAMPLES_MIB * args.hours / 3:.2f} MiB: {verdict}"
    )
    return 0


def _record(
    program: Program, total_s: int, *, trace: bool, lines: bool = False
) -> tuple[dict[str, list[tuple[float, float]]], float]:
    """Feed the writer ``total_s`` seconds of session; (per-call times, heap grown in MiB)."""
    segments = [item for item in program.main if isinstance(item, Segment)]
    # Preallocated, so the tracer sees the writer's memory, not this list's.
    times_ms = [0.0] * (total_s + 1)
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    now = [start]
    with tempfile.TemporaryDirectory() as folder:
        writer = SessionWriter(
            Path(folder) / "history.db",
            clock_wall=lambda: now[0],
            zones=zones_for(max_hr_bpm=185),
            hr_source="sensor",
        )
        writer.begin(program, 75.0)
        kinds = ["" for _ in range(total_s + 1)]
        if trace:
            tracemalloc.start()
        heap_start = tracemalloc.get_traced_memory()[0]
        for second in range(1, total_s + 1):
            now[0] = start + timedelta(seconds=second)
            index = (second - 1) // SEGMENT_S
            writer.add_sample(
                BeltSample(second - 0.5, 4.0, 2.0, second * 1.1, 110 + (second // 60) % 40)
            )
            began = time.perf_counter()
            if second % SEGMENT_S == 0:
                writer.segment_ended(index, segments[index], SEGMENT_S)
                kinds[second] = "segment_ended"
            elif second % CHECKPOINT_EVERY_S == 0:
                writer.checkpoint(second, index, segments[index], second - index * SEGMENT_S)
                kinds[second] = "checkpoint"
            else:
                continue
            if not trace:  # a float per call would count as the writer's memory
                times_ms[second] = (time.perf_counter() - began) * 1000
        heap_mib = (tracemalloc.get_traced_memory()[0] - heap_start) / 2**20
        if trace and lines:
            for stat in tracemalloc.take_snapshot().statistics("lineno")[:8]:
                print(stat)
        if trace:
            tracemalloc.stop()
        writer.finish("completed", total_s)
        writer.close()
    calls: dict[str, list[tuple[float, float]]] = {"checkpoint": [], "segment_ended": []}
    for second, kind in enumerate(kinds):
        if kind:
            calls[kind].append((second, times_ms[second]))
    return calls, heap_mib


if __name__ == "__main__":
    raise SystemExit(main())
