"""Plays one program in real time: real engine, SessionDriver's precise timers, the app's cue player
(the sound helper process on Linux; WALKCOACH_SOUND=qt for QtCuePlayer).

Run in a fresh process by tests/e2e/pulse.py (Qt sees only sound servers running at its start).
Writes JSON: the monotonic clock time of start(), get_ready_s, and every played cue.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, qInstallMessageHandler

from walkcoach.core.clock import MonotonicClock
from walkcoach.core.cues import cues_for_event
from walkcoach.core.engine import SessionEngine
from walkcoach.core.events import Finished
from walkcoach.core.program import load_program_file
from walkcoach.ui.audio.players import make_cue_player, sound_backend
from walkcoach.ui.session.driver import SessionDriver

TAIL_MS = 1500  # let the finish fanfare ring out before quitting
EXIT_SPIN = 4
# Qt 6.12's PulseAudio engine can leave a notifier on a closed socket (seen when a sound server
# came and went); the event loop then spins printing this. Stop at once instead of logging GBs.
SPIN_MESSAGE = "QSocketNotifier: Invalid socket"


def wait_ms(ms: int) -> None:
    # QEventLoop.exec, not processEvents: PySide6 6.12's static processEvents leaks a None ref.
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--get-ready-s", type=int, default=3)
    parser.add_argument("--countdown-s", type=int, default=3)
    parser.add_argument("--turn-warning-s", type=float, default=10.0)
    parser.add_argument("--keep-open-s", type=float, default=None, help="the player's keep_open_s")
    parser.add_argument("--speech", default="mock", help='speech engine, "none" for no helper')
    args = parser.parse_args()

    app = QCoreApplication(sys.argv[:1])
    started_s = time.monotonic()
    player = None
    spins = 0

    def watch_messages(kind, context, message: str) -> None:
        nonlocal spins
        if message.startswith(SPIN_MESSAGE):
            spins += 1
            if spins == 100:
                print(
                    f"event loop spinning on a closed socket after {len(player.played) if player else 0} cues "
                    f"({time.monotonic() - started_s:.1f} s): {message}",
                    file=sys.stderr,
                )
                os._exit(EXIT_SPIN)  # the loop would never return to Python otherwise
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(watch_messages)
    options = {} if args.keep_open_s is None else {"keep_open_s": args.keep_open_s}
    notices: list[str] = []
    player = make_cue_player(notices, speech_engine=args.speech, **options)
    for notice in notices:
        print(notice, file=sys.stderr)
    for _ in range(100):
        if player.is_loaded():
            break
        wait_ms(20)
    player.warm_up()
    wait_ms(1000)  # a session starts a while after the window opened the output

    clock = MonotonicClock()
    program = load_program_file(args.program)
    engine = SessionEngine(
        program,
        clock,
        get_ready_s=args.get_ready_s,
        countdown_s=args.countdown_s,
        turn_warning_s=args.turn_warning_s,
    )
    driver = SessionDriver(engine, clock)

    def on_event(event) -> None:
        for cue in cues_for_event(event, engine.plan):
            player.play(cue)
        if isinstance(event, Finished):
            QTimer.singleShot(TAIL_MS, app.quit)

    driver.event_happened.connect(on_event)
    start_clock_s = clock.now()
    driver.start()
    app.exec()
    driver.shutdown()
    player.close()
    args.out.write_text(
        json.dumps(
            {
                "start_clock_s": start_clock_s,
                "get_ready_s": args.get_ready_s,
                "available": player.available,
                "backend": sound_backend(),
                "heard_at_s": {str(k): v for k, v in getattr(player, "heard_at_s", {}).items()},
                "played": [entry.to_json() for entry in player.played],
            },
            indent=1,
        )
    )
    return 0 if player.available else 3


if __name__ == "__main__":
    raise SystemExit(main())
