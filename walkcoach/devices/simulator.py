"""A simulated FTMS treadmill on a bumble HCI transport, for whole-app runs without hardware:

    python -m bumble.apps.controllers tcp-server:_:9001 tcp-server:_:9002 &
    python -m walkcoach.devices.simulator --hci tcp-client:127.0.0.1:9002 --slow-down-s 1
    walkcoach --hci tcp-client:127.0.0.1:9001 --treadmill F0:57:A1:7E:AD:01 ...

It prints ``ready ADDRESS`` once it advertises. Lines on its standard input act on the machine
as a person (or a fault) would, for fault runs: ``stop``, ``pause``, ``start``, ``speed KMH``,
``incline PCT``, ``safety-key`` (pulled), ``safety-key-in``, ``take-control`` (another app takes
it), ``silence`` / ``talk`` (Treadmill Data stops / resumes), ``disconnect``, ``status``; each is
answered with one line on standard output. On SIGTERM or SIGINT (or after --duration-s)
it writes a JSON report to --report: the distance it integrated, every command it received
and a speed trace, so a test can check the app's records against the machine's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from walkcoach.devices.virtual import VirtualTreadmill

DEFAULT_ADDRESS = "F0:57:A1:7E:AD:01"
DEFAULT_NAME = "WalkCoach Sim"  # short enough to be advertised whole


COMMANDS_HELP = (
    "stop, pause, start, speed KMH, incline PCT, safety-key, safety-key-in, take-control, "
    "silence, talk, disconnect, status"
)


def apply_command(machine: VirtualTreadmill, line: str) -> str:
    """One standard-input command on the machine; the answer line (``ok ...`` or ``error: ...``).
    ``disconnect`` needs the radio and is handled by the caller."""
    words = line.split()
    if not words:
        return "error: empty command"
    name, args = words[0].lower(), words[1:]
    simple = {
        "stop": machine.press_stop,
        "pause": machine.press_pause,
        "start": machine.press_start,
        "safety-key": machine.pull_safety_key,
        "safety-key-in": machine.insert_safety_key,
        "take-control": machine.take_control_away,
    }
    if name in simple and not args:
        simple[name]()
        return f"ok {name}"
    if name in ("silence", "talk") and not args:
        machine.sending_data = name == "talk"
        return f"ok {name}"
    if name in ("speed", "incline") and len(args) == 1:
        try:
            value = float(args[0])
        except ValueError:
            return f"error: {name} needs a number (got {args[0]!r})"
        (machine.press_speed if name == "speed" else machine.press_incline)(value)
        return f"ok {name} {value:g}"
    if name == "status" and not args:
        return "ok status " + json.dumps(
            {
                "speed_kmh": round(machine.speed_kmh, 2),
                "incline_pct": round(machine.incline_pct, 1),
                "distance_m": round(machine.distance_m, 2),
                "state": machine.state,
            }
        )
    return f"error: unknown command {line.strip()!r} (commands: {COMMANDS_HELP})"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m walkcoach.devices.simulator", description=__doc__.split("\n\n")[0]
    )
    p.add_argument(
        "--hci", required=True, help="bumble HCI transport, e.g. tcp-client:127.0.0.1:9002"
    )
    p.add_argument(
        "--address", default=DEFAULT_ADDRESS, help="the treadmill's (static random) address"
    )
    p.add_argument("--name", default=DEFAULT_NAME, help="the advertised name")
    p.add_argument(
        "--accept-before-control",
        action="store_true",
        help="accept commands before Request Control (most machines refuse them)",
    )
    p.add_argument(
        "--slow-down-s",
        type=float,
        default=0.0,
        help="seconds the belt keeps its speed before slowing",
    )
    p.add_argument("--accel-kmh-per-s", type=float, default=0.5)
    p.add_argument("--decel-kmh-per-s", type=float, default=0.5)
    p.add_argument(
        "--time-scale", type=float, default=1.0, help="run the machine this many times faster"
    )
    p.add_argument(
        "--duration-s",
        type=float,
        default=0.0,
        help="exit after this many real seconds (0: run until stopped)",
    )
    p.add_argument("--report", type=Path, help="write a JSON report here on exit")
    args = p.parse_args(argv)
    if args.time_scale <= 0:
        p.error("--time-scale must be greater than 0")
    for name in ("slow_down_s", "duration_s"):
        if getattr(args, name) < 0:
            p.error(f"--{name.replace('_', '-')} cannot be negative")
    for name in ("accel_kmh_per_s", "decel_kmh_per_s"):
        if getattr(args, name) <= 0:
            p.error(f"--{name.replace('_', '-')} must be greater than 0")
    return args


async def serve(args: argparse.Namespace) -> dict[str, Any]:
    # Imported here so --help works without bumble.
    from bumble.device import Device
    from bumble.hci import Address
    from bumble.transport import open_transport

    from walkcoach.core.clock import ScaledClock
    from walkcoach.devices.ftms_server import FtmsServer
    from walkcoach.devices.virtual import VirtualTreadmill, VirtualTreadmillConfig

    config = VirtualTreadmillConfig(
        accel_kmh_per_s=args.accel_kmh_per_s,
        decel_kmh_per_s=args.decel_kmh_per_s,
        slow_down_delay_s=args.slow_down_s,
        refuse_before_control=not args.accept_before_control,
    )
    clock = ScaledClock(args.time_scale)
    machine = VirtualTreadmill(clock.now(), config)
    trace: list[list[float]] = []
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # Windows has no signal handlers
            loop.add_signal_handler(sig, stop.set)
    async with await open_transport(args.hci) as hci:
        device = Device.with_hci(args.name, Address(args.address), hci.source, hci.sink)
        server = FtmsServer(device, machine, clock, args.name)
        await server.start()
        print(f"ready {args.address}", flush=True)

        async def record() -> None:
            while True:
                await asyncio.sleep(1.0 / args.time_scale)
                machine.advance(clock.now())
                trace.append(
                    [
                        round(machine.now_s, 2),
                        round(machine.speed_kmh, 2),
                        round(machine.incline_pct, 1),
                        round(machine.distance_m, 2),
                    ]
                )

        recorder = loop.create_task(record())

        async def disconnect_all() -> None:
            for connection in list(device.connections.values()):
                await connection.disconnect()

        def on_line(line: str) -> None:
            machine.advance(clock.now())
            if line.strip().lower() == "disconnect":
                loop.create_task(disconnect_all())
                print("ok disconnect", flush=True)
            else:
                print(apply_command(machine, line), flush=True)

        def read_stdin() -> None:
            for line in sys.stdin:
                loop.call_soon_threadsafe(on_line, line)

        threading.Thread(target=read_stdin, name="simulator-stdin", daemon=True).start()
        try:
            if args.duration_s:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), args.duration_s)
            else:
                await stop.wait()
        finally:
            recorder.cancel()
            await server.stop()
    machine.advance(clock.now())
    return {
        "address": args.address,
        "distance_m": round(machine.distance_m, 2),
        "max_speed_kmh": round(machine.max_speed_seen_kmh, 2),
        "state": machine.state,
        "commands": [
            {
                "at_s": round(r.at_s, 3),
                "command": r.request.name if r.request else "garbled",
                "value": r.request.value if r.request else None,
                "result": int(r.result),
                "belt_speed_kmh": r.belt_speed_kmh,
                "belt_state": r.belt_state,
            }
            for r in machine.received
        ],
        "trace": trace,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        report = asyncio.run(serve(args))
    except OSError as error:
        print(f"simulator: cannot open {args.hci}: {error}", file=sys.stderr)
        return 2
    if args.report:
        args.report.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
