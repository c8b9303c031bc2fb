"""A simulated FTMS treadmill on a bumble HCI transport, for whole-app runs without hardware:

    python -m bumble.apps.controllers tcp-server:_:9001 tcp-server:_:9002 &
    python -m walkcoach.devices.simulator --hci tcp-client:127.0.0.1:9002 --slow-down-s 1
    walkcoach --hci tcp-client:127.0.0.1:9001 --treadmill F0:57:A1:7E:AD:01 ...

With ``--heart-rate HCI`` a simulated chest strap (bumble's Heart Rate profile, its own address
on its own virtual controller) serves a heart rate that follows the belt's speed and incline
with the virtual sensor's lag (``python -m bumble.apps.controllers`` then needs a third
``tcp-server``); ``hr-backward`` / ``hr-forward`` say which way the walker faces, as the belt
cannot tell.

It prints ``ready ADDRESS`` once it advertises (then ``ready-hr ADDRESS`` for the strap). Lines on its standard input act on the machine
as a person (or a fault) would, for fault runs: ``stop``, ``pause``, ``start``, ``speed KMH``,
``incline PCT``, ``safety-key`` (pulled), ``safety-key-in``, ``take-control`` (another app takes
it), ``silence`` / ``talk`` (Treadmill Data stops / resumes), ``disconnect``, ``status``, and for the strap
``hr-contact-off`` / ``hr-contact-on`` (off and on the skin), ``hr-silence`` / ``hr-talk``,
``hr-backward`` / ``hr-forward``, ``hr-disconnect``, ``hr-status``; each is
answered with one line on standard output. On SIGTERM or SIGINT (or after --duration-s)
it writes a JSON report to --report: the distance it integrated, every command it received,
a speed trace and every connection and disconnection (with its reason), so a test can check the
app's records against the machine's. ``status`` also says how many links the radio holds.
When its link goes, the machine carries on as it was (a belt that runs keeps running): the
worst case, and the one an app must make safe (the research notes report apps that left belts
running, and name no machine that stops when its client goes).
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
    from walkcoach.core.clock import Clock
    from walkcoach.devices.virtual import VirtualTreadmill
    from walkcoach.devices.virtual_hr import VirtualHeartRateSensor

DEFAULT_ADDRESS = "F0:57:A1:7E:AD:01"
DEFAULT_NAME = "WalkCoach Sim"  # short enough to be advertised whole
DEFAULT_HR_ADDRESS = "F0:57:A1:48:52:01"
DEFAULT_HR_NAME = "WalkCoach Strap"


COMMANDS_HELP = (
    "stop, pause, start, speed KMH, incline PCT, safety-key, safety-key-in, take-control, "
    "silence, talk, disconnect, status, hr-contact-off, hr-contact-on, hr-silence, hr-talk, "
    "hr-backward, hr-forward, hr-disconnect, hr-status"
)


class Walker:
    """Which way the simulated walker faces (the strap's effort needs it; a belt cannot tell)."""

    def __init__(self) -> None:
        self.backward = False


def apply_hr_command(
    sensor: VirtualHeartRateSensor | None, walker: Walker, line: str
) -> str | None:
    """A strap command (``hr-...``) on the sensor; None when ``line`` is not one.
    ``hr-disconnect`` needs the radio and is handled by the caller."""
    name = line.strip().lower()
    if not name.startswith("hr-"):
        return None
    if sensor is None:
        return f"error: {name} needs --heart-rate"
    if name in ("hr-contact-off", "hr-contact-on"):
        sensor.contact = name == "hr-contact-on"
    elif name in ("hr-silence", "hr-talk"):
        sensor.sending = name == "hr-talk"
    elif name in ("hr-backward", "hr-forward"):
        walker.backward = name == "hr-backward"
    elif name == "hr-status":
        return "ok hr-status " + json.dumps(
            {
                "bpm": round(sensor.bpm, 1),
                "contact": sensor.contact,
                "sending": sensor.sending,
                "backward": walker.backward,
            }
        )
    else:
        return f"error: unknown command {line.strip()!r} (commands: {COMMANDS_HELP})"
    return f"ok {name}"


def apply_command(machine: VirtualTreadmill, line: str, links: int | None = None) -> str:
    """One standard-input command on the machine; the answer line (``ok ...`` or ``error: ...``).
    ``disconnect`` needs the radio and is handled by the caller; ``links``, the connections the
    radio holds now, goes into ``status`` when given."""
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
        status: dict[str, Any] = {
            "speed_kmh": round(machine.speed_kmh, 2),
            "incline_pct": round(machine.incline_pct, 1),
            "distance_m": round(machine.distance_m, 2),
            "state": machine.state,
        }
        if links is not None:
            status["links"] = links
        return "ok status " + json.dumps(status)
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
    p.add_argument(
        "--heart-rate",
        metavar="HCI",
        help="also serve a simulated chest strap on this bumble HCI transport",
    )
    p.add_argument("--heart-rate-address", default=DEFAULT_HR_ADDRESS)
    p.add_argument("--heart-rate-name", default=DEFAULT_HR_NAME)
    p.add_argument("--resting-bpm", type=float, default=62.0)
    p.add_argument("--max-bpm", type=float, default=180.0)
    args = p.parse_args(argv)
    if args.time_scale <= 0:
        p.error("--time-scale must be greater than 0")
    for name in ("slow_down_s", "duration_s"):
        if getattr(args, name) < 0:
            p.error(f"--{name.replace('_', '-')} cannot be negative")
    for name in ("accel_kmh_per_s", "decel_kmh_per_s"):
        if getattr(args, name) <= 0:
            p.error(f"--{name.replace('_', '-')} must be greater than 0")
    if not 0 < args.resting_bpm < args.max_bpm:
        p.error("--resting-bpm must be above 0 and below --max-bpm")
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
    walker = Walker()
    sensor: VirtualHeartRateSensor | None = None
    hr_trace: list[list[float | bool]] = []
    async with contextlib.AsyncExitStack() as stack:
        hci = await stack.enter_async_context(await open_transport(args.hci))
        device = Device.with_hci(args.name, Address(args.address), hci.source, hci.sink)
        link_log = _log_links(device, clock)
        server = FtmsServer(device, machine, clock, args.name)
        await server.start()
        print(f"ready {args.address}", flush=True)
        strap = None
        if args.heart_rate:
            from walkcoach.devices.hr_server import HeartRateServer
            from walkcoach.devices.virtual_hr import (
                Effort,
                VirtualHeartRateConfig,
                VirtualHeartRateSensor,
            )

            hr_hci = await stack.enter_async_context(await open_transport(args.heart_rate))
            strap_device = Device.with_hci(
                args.heart_rate_name, Address(args.heart_rate_address), hr_hci.source, hr_hci.sink
            )
            sensor = VirtualHeartRateSensor(
                clock.now(), VirtualHeartRateConfig(args.resting_bpm, args.max_bpm)
            )

            def effort() -> Effort:
                machine.advance(clock.now())
                return Effort(machine.speed_kmh, machine.incline_pct, walker.backward)

            strap = HeartRateServer(strap_device, sensor, clock, args.heart_rate_name, effort)
            await strap.start()
            print(f"ready-hr {args.heart_rate_address}", flush=True)

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
                if sensor is not None:
                    hr_trace.append(
                        [
                            round(sensor.now_s, 2),
                            round(sensor.bpm, 1),
                            sensor.contact,
                            sensor.sending,
                        ]
                    )

        recorder = loop.create_task(record())

        async def disconnect_all() -> None:
            for connection in list(device.connections.values()):
                await connection.disconnect()

        def on_line(line: str) -> None:
            machine.advance(clock.now())
            command = line.strip().lower()
            if command == "disconnect":
                loop.create_task(disconnect_all())
                print("ok disconnect", flush=True)
            elif command == "hr-disconnect" and strap is not None:
                loop.create_task(strap.disconnect_all())
                print("ok hr-disconnect", flush=True)
            else:
                answer = apply_hr_command(sensor, walker, line)
                print(answer or apply_command(machine, line, len(device.connections)), flush=True)

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
            if strap is not None:
                await strap.stop()
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
        "heart_rate_trace": hr_trace,
        "links": link_log,
    }


def _log_links(device: Any, clock: Clock) -> list[dict[str, Any]]:
    """Every connection of the treadmill's radio and its end, as the machine saw them (a
    client that vanishes without a word is seen only when the link itself times out)."""
    from bumble.hci import HCI_ErrorCode

    log: list[dict[str, Any]] = []

    def on_connection(connection: Any) -> None:
        log.append({"at_s": round(clock.now(), 3), "event": "connected"})

        def on_disconnection(reason: int) -> None:
            log.append(
                {
                    "at_s": round(clock.now(), 3),
                    "event": "disconnected",
                    "reason": _error_name(HCI_ErrorCode, reason),
                }
            )

        connection.on("disconnection", on_disconnection)

    device.on("connection", on_connection)
    return log


def _error_name(codes: Any, reason: int) -> str:
    try:
        return str(codes(reason).name)
    except ValueError:
        return f"0x{reason:02x}"


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
