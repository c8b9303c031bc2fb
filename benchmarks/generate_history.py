"""Fill a data folder with ten years of daily sessions (3,650 sessions, ~40,000 segments), each
recorded with a treadmill and a heart-rate strap: a sample a second (~8 million rows).

The history follows the progression protocol: the continuous backward stretch starts at 1 min and
grows by 30 s a week up to 8 min, then the backward incline rises from 3 % toward 8 %. Some
sessions are stopped early, a few interrupted, some marked with pain. Deterministic (seeded).

    python benchmarks/generate_history.py --data-dir /tmp/wc-bench [--years 10] [--seed 4]
                                          [--no-samples]

Samples and the heart-rate figures worked out from them: benchmarks/history_samples.py. Prints
how long writing took, the database's size, then how long loading everything back takes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from history_samples import WalkedSegment, session_samples

from walkcoach import paths
from walkcoach.core import energy
from walkcoach.core.program import Segment
from walkcoach.storage.db import open_database
from walkcoach.storage.history import list_sessions, to_db_time

START_BACKWARD_S = 60.0
WEEKLY_STEP_S = 30.0
MAX_BACKWARD_S = 480.0
START_INCLINE_PCT = 3.0
MAX_INCLINE_PCT = 8.0


def session_segments(day: int, rng: random.Random) -> list[Segment]:
    """Warm-up, four backward/forward rounds with a rest after the second, cool-down."""
    week = day // 7
    backward_s = min(MAX_BACKWARD_S, START_BACKWARD_S + WEEKLY_STEP_S * week)
    weeks_at_max = max(0, week - int((MAX_BACKWARD_S - START_BACKWARD_S) / WEEKLY_STEP_S))
    incline_pct = min(MAX_INCLINE_PCT, START_INCLINE_PCT + 0.5 * (weeks_at_max // 4))
    backward_kmh = round(rng.uniform(2.2, 3.2), 1)
    forward_kmh = round(rng.uniform(4.0, 5.5), 1)
    segments = [Segment("forward", 300, forward_kmh, 1.0)]
    for round_no in range(4):
        segments.append(Segment("backward", backward_s, backward_kmh, incline_pct))
        segments.append(Segment("forward", 120, forward_kmh, 1.0))
        if round_no == 1:
            segments.append(Segment("rest", 60, 1.0, 0.0))
    segments.append(Segment("forward", 180, forward_kmh - 0.5, 0.0))
    return segments


SESSION_COLUMNS = (
    "program_id, program_name, started_at, ended_at, status, active_s, weight_kg, units, rpe, "
    "pain, notes, last_checkpoint_at"
)
HR_SESSION_COLUMNS = (
    ", hr_mean_bpm, hr_max_bpm, hr_zone1_s, hr_zone2_s, hr_zone3_s, hr_zone4_s, hr_zone5_s, "
    "hr_source"
)
SEGMENT_COLUMNS = (
    "session_id, position, plan_index, kind, direction, planned_s, actual_s, speed_kmh, "
    "incline_pct, kcal, distance_km, partial"
)
MEASURED_SEGMENT_COLUMNS = (
    ", measured_distance_km, measured_speed_kmh, measured_incline_pct, hr_mean_bpm, hr_max_bpm"
)


def _insert(conn, table: str, columns: str, rows: list[tuple]) -> int | None:
    """Insert the rows; the new row's id when there is one (executemany keeps no lastrowid)."""
    statement = f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(rows[0]))})"
    if len(rows) == 1:
        return conn.execute(statement, rows[0]).lastrowid
    conn.executemany(statement, rows)
    return None


def generate(
    db_path: Path, years: int, seed: int, with_samples: bool = True
) -> tuple[int, int, int]:
    rng = random.Random(seed)
    conn, notices = open_database(db_path)
    for notice in notices:
        print(notice, file=sys.stderr)
    if conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]:
        conn.close()
        raise SystemExit(f"{db_path} already holds sessions; use an empty --data-dir")
    weight_kg = 82.0
    first_day = datetime(2015, 1, 5, 7, 30, tzinfo=UTC)
    session_count = segment_count = sample_count = 0
    conn.execute("BEGIN IMMEDIATE")
    for day in range(365 * years):
        started = first_day + timedelta(days=day, minutes=rng.randint(-60, 600))
        segments = session_segments(day, rng)
        roll = rng.random()
        status, keep = "completed", len(segments)
        if roll < 0.06:  # stopped early
            status, keep = "stopped", rng.randint(2, len(segments) - 1)
        elif roll < 0.07:  # the computer died
            status, keep = "interrupted", rng.randint(1, len(segments) - 1)
        weight_kg = max(65.0, weight_kg - rng.uniform(-0.02, 0.03))
        rows = []
        for position, segment in enumerate(segments[:keep]):
            actual_s = segment.duration_s
            if position == keep - 1 and status != "completed":
                actual_s = round(rng.uniform(5, segment.duration_s), 1)
            walked = Segment(segment.kind, actual_s, segment.speed_kmh, segment.incline_pct)
            rows.append(
                (
                    position,
                    position,
                    segment.kind,
                    segment.direction,
                    segment.duration_s,
                    actual_s,
                    segment.speed_kmh,
                    segment.incline_pct,
                    energy.segment_kcal(walked, weight_kg),
                    energy.distance_km(segment.speed_kmh, actual_s),
                    int(status == "interrupted" and position == keep - 1),
                )
            )
        active_s = sum(r[5] for r in rows)
        ended = started + timedelta(seconds=active_s + rng.randint(0, 120))
        rpe = rng.randint(3, 8) if rng.random() < 0.7 else None
        pain = int(rng.random() < 0.02)
        session_row: tuple = (
            "progression",
            "Backward progression",
            to_db_time(started),
            to_db_time(ended),
            status,
            active_s,
            round(weight_kg, 1),
            "kmh",
            rpe,
            pain,
            "knee felt it" if pain else "",
            to_db_time(ended),
        )
        if not with_samples:
            session_id = _insert(conn, "sessions", SESSION_COLUMNS, [session_row])
            _insert(conn, "segments", SEGMENT_COLUMNS, [(session_id, *row) for row in rows])
        else:
            fitness = 1.0 - 0.08 * min(1.0, day / 730)  # a fitter heart after two years
            walked = [WalkedSegment(r[2], r[5], r[6], r[7]) for r in rows]
            recorded = session_samples(walked, rng, fitness)
            figures = recorded.session_figures
            zones_s = figures.zones_s or (None,) * 5
            session_id = _insert(
                conn,
                "sessions",
                SESSION_COLUMNS + HR_SESSION_COLUMNS,
                [(*session_row, figures.mean_bpm, figures.max_bpm, *zones_s, "sensor")],
            )
            _insert(
                conn,
                "segments",
                SEGMENT_COLUMNS + MEASURED_SEGMENT_COLUMNS,
                [
                    (session_id, *row, *measured, part.mean_bpm, part.max_bpm)
                    for row, measured, part in zip(
                        rows, recorded.measured, recorded.segment_figures, strict=True
                    )
                ],
            )
            conn.executemany(
                "INSERT INTO samples (session_id, at_s, speed_kmh, incline_pct, distance_m, "
                "heart_rate_bpm) VALUES (?, ?, ?, ?, ?, ?)",
                [(session_id, *sample) for sample in recorded.rows],
            )
            sample_count += len(recorded.rows)
        session_count += 1
        segment_count += len(rows)
    conn.execute("COMMIT")
    conn.close()
    return session_count, segment_count, sample_count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="an empty data folder to fill")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument(
        "--no-samples",
        action="store_true",
        help="sessions without a treadmill or strap (no per-second samples), as before issue 18",
    )
    args = parser.parse_args(argv)
    paths.init(args.data_dir)
    db_path = paths.database_path()

    began = time.perf_counter()
    sessions, segments, samples = generate(db_path, args.years, args.seed, not args.no_samples)
    took_s = time.perf_counter() - began
    size_mb = db_path.stat().st_size / 1e6
    print(
        f"wrote {sessions:,} sessions, {segments:,} segments, {samples:,} samples to {db_path}: "
        f"database {size_mb:.1f} MB"
    )
    print(f"generation took {took_s:.2f} s")

    timings_ms = []
    for _ in range(5):
        began = time.perf_counter()
        conn, _ = open_database(db_path)
        loaded = list_sessions(conn)
        conn.close()
        timings_ms.append((time.perf_counter() - began) * 1000)
    print(
        f"open (integrity check) + list_sessions of {len(loaded):,} sessions: "
        f"median {statistics.median(timings_ms):.0f} ms, best {min(timings_ms):.0f} ms (5 runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
