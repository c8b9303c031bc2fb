"""The whole app with a real sound server: a dense program at --time-scale 10 plays every cue
audibly, and the window's event loop never spins.

Qt 6.12's PulseAudio engine spun the event loop in about half of such 45 s runs (docs/performance.md, known
limits); the app now plays cues through its sound helper, and this run would show a relapse:
the spin floods stderr with "QSocketNotifier: Invalid socket" and stops the cues.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

pytestmark = [pytest.mark.audio, pytest.mark.slow]

SEGMENT_S = 20
WALKS = 12  # 4 minutes of walking plus 11 short turns: about 30 s at --time-scale 10
TURN = {"kind": "turn", "duration_s": 5, "speed_kmh": 1.0}
PROGRAM = {
    "format": "walkcoach-program",
    "version": 1,
    "id": "sound-run",
    "name": "Sound run",
    "main": [
        segment
        for i in range(WALKS)
        for segment in ([TURN] if i else [])
        + [{"kind": "backward" if i % 2 else "forward", "duration_s": SEGMENT_S, "speed_kmh": 4}]
    ],
}
SEGMENTS = len(PROGRAM["main"])


def test_a_session_with_sound_plays_every_cue_and_never_spins(pulse_server, tmp_path):
    program_path = tmp_path / "program.json"
    program_path.write_text(json.dumps(PROGRAM))
    log_path = tmp_path / "events.jsonl"
    env = dict(pulse_server.env, QT_QPA_PLATFORM="offscreen", QT_SPEECH_ENGINE="mock")
    stderr_path = tmp_path / "stderr.txt"
    with stderr_path.open("w") as stderr:  # a file: a spin writes gigabytes into it
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "walkcoach",
                "--data-dir",
                str(tmp_path / "data"),
                "--program",
                str(program_path),
                "--start",
                "--time-scale",
                "10",
                "--quit-when-done",
                "--event-log",
                str(log_path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
        )
        deadline_s = time.monotonic() + 120
        try:
            while app.poll() is None:
                # A spinning loop logs about a million lines a minute: stop at the first 1 MB.
                flooded = stderr_path.stat().st_size > 1_000_000
                if flooded or time.monotonic() > deadline_s:
                    break
                time.sleep(0.25)
        finally:
            if app.poll() is None:
                app.kill()
            app.wait()
    with stderr_path.open("rb") as stderr:
        head = stderr.read(4000).decode(errors="replace")
    assert "Invalid socket" not in head, f"the event loop spun:\n{head}"
    assert app.returncode == 0, head

    events = [json.loads(line) for line in log_path.read_text().splitlines()]
    started = [e["index"] for e in events if e["event"] == "segment_started"]
    assert started == list(range(SEGMENTS))
    played = [e for e in events if e["event"] == "cue_played"]
    cues = [e for e in events if e["event"] == "cue"]
    assert len(played) == len(cues) > 3 * SEGMENTS
    with_sound = [e for e in played if e["sound"]]
    assert with_sound and all(e["audible"] for e in with_sound), [
        e for e in with_sound if not e["audible"]
    ][:3]
