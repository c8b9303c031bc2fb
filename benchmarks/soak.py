"""Soak: a whole long program in the real app, watched for leaks, late cues and lost data.

    .venv/bin/python benchmarks/soak.py [--session-minutes 180] [--time-scale 10]
                                        [--sample-every-s S] [--settle-minutes 10] [--keep DIR]

Writes a program of that many session minutes (forward and backward bouts with a turn between,
in repeat blocks: benchmarks/soak_program.py) and runs
``python -m walkcoach --data-dir TMP --program FILE --start --time-scale 10 --quit-when-done
--event-log LOG --treadmill virtual --heart-rate virtual`` under a private Xvfb with a private
PulseAudio null sink (tests/e2e/xvfb.py, tests/e2e/pulse.py), until it quits by itself. Every
minute of wall time (every 10 s for runs under an hour of session) it reads the app's VmRSS,
CPU ticks (utime+stime of the app and its helper processes) and open descriptors from /proc.
Then: Qt's warnings on stderr; each cue's lateness in the event log; the session in the
history database with its per-second samples; its FIT export through Garmin's SDK and its TCX
against Garmin's schema; and the history page opened on that data folder. Goals (issue 18):
memory grows at most 2 MiB after the first 10 minutes of wall time; no Qt warning; every cue
within 20 ms scaled (at 10x: 200 ms of session time, 20 ms of wall time); the session whole.
It prints figures next to goals; it passes or fails nothing (tests/e2e/test_soak_short.py does).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from soak_report import SETTLE_WALL_MIN, evaluate, report_lines
from soak_run import app_command, run_soak

SHORT_RUN_MINUTES = 60  # runs of less session time than this are looked at every 10 s


def load_average() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--session-minutes", type=float, default=180.0)
    parser.add_argument("--time-scale", type=float, default=10.0)
    parser.add_argument(
        "--sample-every-s",
        type=float,
        default=None,
        help="wall seconds between looks (default 60; 10 for runs under an hour of session)",
    )
    parser.add_argument("--settle-minutes", type=float, default=SETTLE_WALL_MIN)
    parser.add_argument("--keep", type=Path, default=None, help="keep the run's files here")
    args = parser.parse_args(argv)
    every_s = args.sample_every_s or (10.0 if args.session_minutes < SHORT_RUN_MINUTES else 60.0)
    work_dir = Path(tempfile.mkdtemp(prefix="walkcoach-soak-"))
    print(
        f"soak: {args.session_minutes:g} min of session at --time-scale {args.time_scale:g} "
        f"(~{args.session_minutes / args.time_scale:.1f} min of wall time), a look every "
        f"{every_s:g} s of wall time"
    )
    print(f"machine: {os.cpu_count()} CPUs, shared; load average before: {load_average()}")
    command = app_command(Path("DATA"), Path("PROGRAM.json"), args.time_scale, Path("EVENTS.jsonl"))
    print("command: " + " ".join(["python", *command[1:]]), flush=True)
    try:
        run = run_soak(work_dir, args.session_minutes, args.time_scale, every_s, progress=True)
        figures = evaluate(run, work_dir, args.settle_minutes)
        print()
        print("\n".join(report_lines(figures)))
        print()
        print(f"load average after: {load_average()}")
    finally:
        if args.keep is not None:
            shutil.copytree(work_dir, args.keep, dirs_exist_ok=True)
            print(f"files kept in {args.keep}")
        shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
