"""``walkcoach devices [--scan-s N] [--hci T] [--json]``: the treadmills and heart-rate sensors
in range, through the system's Bluetooth or a bumble HCI transport.

Exit status: 0 with the list (possibly empty), 2 for a mistake in the arguments (as every
sub-command; a bad --scan-s or --hci name), 3 when Bluetooth cannot be used (no adapter, BlueZ
not running, no permission, bumble not installed, a transport that cannot be opened). Always
one line on stderr, never a traceback. No Bluetooth stack is imported until the scan runs.
"""

from __future__ import annotations

import argparse
import asyncio
import math
from typing import Any

from walkcoach import paths
from walkcoach.cli.errors import CliError
from walkcoach.cli.options import add_json
from walkcoach.cli.output import error, print_json, read_settings, table
from walkcoach.core import counted
from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate

EXIT_NO_BLUETOOTH = 3
KIND_WORDS = {
    "treadmill": QT_TRANSLATE_NOOP("CommandLine", "treadmill"),
    "heart_rate": QT_TRANSLATE_NOOP("CommandLine", "heart-rate sensor"),
}


def _scan_s(text: str) -> float:
    from walkcoach.devices.scanning import MAX_SCAN_S

    try:
        value = float(text)
    except ValueError:
        message = translate("CommandLine", "must be a number of seconds (got '{text}')")
        raise argparse.ArgumentTypeError(message.format(text=text[:40])) from None
    if not math.isfinite(value) or not 0 < value <= MAX_SCAN_S:
        message = translate(
            "CommandLine", "must be greater than 0 and at most {most} seconds (got {text})"
        )
        raise argparse.ArgumentTypeError(message.format(most=f"{MAX_SCAN_S:g}", text=text[:40]))
    return value


def add_parser(sub: Any, add_data_dir: Any) -> None:
    from walkcoach.devices.scanning import DEFAULT_SCAN_S, HCI_EXAMPLES

    p = sub.add_parser(
        "devices",
        help=translate("CommandLine", "list the treadmills and heart-rate sensors in range"),
        epilog=translate(
            "CommandLine",
            "Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.",
        ),
    )
    p.add_argument(
        "--scan-s",
        type=_scan_s,
        default=DEFAULT_SCAN_S,
        metavar="N",
        help=translate("CommandLine", "scan for N seconds (default {default})").format(
            default=f"{DEFAULT_SCAN_S:g}"
        ),
    )
    # SUPPRESS: a --hci given to the window options before the sub-command is not undone.
    p.add_argument(
        "--hci",
        metavar="T",
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "a bumble HCI transport ({examples}); default: the one in the settings, "
            "else the system's Bluetooth",
        ).format(examples=HCI_EXAMPLES),
    )
    add_json(p)
    add_data_dir(p, top_level=False)


def _hci(args: argparse.Namespace) -> tuple[str, str]:
    """The HCI transport ("" for the system's Bluetooth) and where it was given."""
    hci = getattr(args, "hci", None)
    if hci is not None:
        return hci.strip(), "--hci"
    source = translate("CommandLine", "the HCI transport in {file}")
    return read_settings().hci.strip(), source.format(file=paths.settings_path())


def cmd_devices(args: argparse.Namespace) -> int:
    from walkcoach.devices.scanning import ScanError, check_hci, describe, run_scan

    hci, source = _hci(args)
    try:
        if hci:
            check_hci(hci)
        found = asyncio.run(run_scan(args.scan_s, hci=hci or None))
    except ScanError as problem:
        if problem.is_usage:
            raise CliError(describe(problem, source)) from None
        error(describe(problem, source))
        return EXIT_NO_BLUETOOTH
    if args.json:
        print_json([device.as_json() for device in found])
        return 0
    _print_table(found, args.scan_s, hci)
    return 0


def _print_table(found: list[Any], scan_s: float, hci: str) -> None:
    from walkcoach.devices.scanning import SIGNAL_WORDS, signal_bars

    through = hci or translate("CommandLine", "the system's Bluetooth")
    if not found:
        message = translate(
            "CommandLine",
            "No treadmill or heart-rate sensor found in {seconds} s through {through}.",
        )
        print(message.format(seconds=f"{scan_s:g}", through=through))
        print(
            translate("CommandLine", "Is it switched on and awake, and not linked to another app?")
        )
        return
    rows = []
    for device in found:
        bars = signal_bars(device.rssi)
        signal = translate("Devices", SIGNAL_WORDS[bars])
        if device.rssi is not None:
            signal = f"{'▮' * bars}{'▯' * (4 - bars)} {signal}, {device.rssi} dBm"
        name = device.name or translate("CommandLine", "(no name)")
        kind = translate("CommandLine", KIND_WORDS[device.kind])
        rows.append([name, kind, signal, device.address])
    headers = [
        translate("CommandLine", "Name"),
        translate("CommandLine", "Kind"),
        translate("CommandLine", "Signal"),
        translate("CommandLine", "Address"),
    ]
    print(table(headers, rows, right=set(), shrink=0))
    footer = counted.translate(
        "CommandLine",
        "%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS",
        None,
        len(found),
    )
    print("\n" + footer.format(seconds=f"{scan_s:g}", through=through))
