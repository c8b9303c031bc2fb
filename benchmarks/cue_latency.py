"""Cue latency on real audio: a longer program through the engine and the app's cue player into a
PulseAudio null sink, recorded; prints how far each heard cue is from its planned time.

    .venv/bin/python benchmarks/cue_latency.py [--rounds 6] [--segment-s 20] [--backend qt]

``--backend`` picks the cue player: the sound helper process (Linux default) or QtCuePlayer.

Starts PulseAudio if none answers (and stops it afterwards); see tests/e2e/pulse.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))

from pulse import PulseServer, PulseUnavailable, measure


def program(rounds: int, segment_s: float) -> dict:
    return {
        "format": "walkcoach-program",
        "version": 1,
        "id": "latency-benchmark",
        "name": "Latency benchmark",
        "warmup": [{"kind": "forward", "duration_s": segment_s, "speed_kmh": 4}],
        "main": [
            {
                "repeat": rounds,
                "segments": [
                    {"kind": "backward", "duration_s": segment_s, "speed_kmh": 3},
                    {"kind": "forward", "duration_s": segment_s, "speed_kmh": 4.5},
                    {"kind": "rest", "duration_s": segment_s / 2},
                ],
            }
        ],
        "cooldown": [{"kind": "forward", "duration_s": segment_s, "speed_kmh": 3.5}],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--segment-s", type=float, default=20.0)
    parser.add_argument("--speech", default="mock", help='speech engine; "none": no helper')
    parser.add_argument("--timeout-s", type=float, default=900.0)
    parser.add_argument(
        "--keep-open-s",
        type=float,
        default=None,
        help="hold the output open this long (0: off; default: the player's)",
    )
    parser.add_argument(
        "--backend",
        choices=("helper", "qt"),
        default=None,
        help="cue player (default: the app's choice for this system)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        program_path = work / "program.json"
        program_path.write_text(json.dumps(program(args.rounds, args.segment_s)))
        try:
            with PulseServer() as server:
                result = measure(
                    server,
                    program_path,
                    work,
                    get_ready_s=5,
                    countdown_s=3,
                    turn_warning_s=10.0,
                    speech=args.speech,
                    keep_open_s=args.keep_open_s,
                    timeout_s=args.timeout_s,
                    backend=args.backend,
                )
        except PulseUnavailable as exc:
            print(f"cannot measure: {exc}", file=sys.stderr)
            return 2
    print(result.summary())
    by_kind: dict[str, list[float]] = {}
    for timing in result.timings:
        if timing.error_ms is not None:
            by_kind.setdefault(timing.sound, []).append(timing.error_ms)
    for sound, errors in sorted(by_kind.items()):
        print(
            f"  {sound:19s} n={len(errors):3d}  min {min(errors):+6.1f}  max {max(errors):+6.1f} ms"
        )
    missing = [t.kind for t in result.timings if t.onset_at_s is None]
    if missing:
        print(f"NOT HEARD: {missing}")
    return 0 if not missing and not result.unmatched_onsets_s else 1


if __name__ == "__main__":
    raise SystemExit(main())
