"""A scan for the command line and the device dialog: bounded in time, signal strength in bars,
and every way it can fail turned into a ``ScanError`` with one of a few ``Problem`` kinds a
user can act on (no adapter, Bluetooth off, BlueZ not running, no permission, bumble missing, a
bad or silent HCI transport). The CLI words them with ``describe`` (marked here, in the loaded language); the
dialog has its own translated words per kind. Bluetooth stacks are imported on use, inside
``run_scan``.
"""

from __future__ import annotations

import asyncio
import enum
import os
import re
from collections.abc import Callable
from typing import Any

from walkcoach.core.i18n import QT_TRANSLATE_NOOP, translate
from walkcoach.devices.scan import FoundDevice, scan_bleak, scan_bumble

DEFAULT_SCAN_S = 5.0
MAX_SCAN_S = 60.0
# Beyond the scan time: opening the adapter or transport, and a transport that opens but whose
# far end never answers (a tcp-client to something that is not a controller).
ANSWER_TIMEOUT_S = 10.0
BUMBLE_INSTALL = "pip install walkcoach[bumble]"
HCI_EXAMPLES = "usb:0, tcp-client:127.0.0.1:9001"
# The shape of a bumble transport name ("usb:0", "tcp-client:HOST:PORT", "vhci"); which
# schemes exist is bumble's to say, when the transport is opened.
_HCI_NAME = re.compile(r"^[a-z][a-z0-9-]*(:\S*)?$")


# Received signal strength (dBm) at or above which a device gets 4, 3, 2 bars (1 below): about
# beside it, in the same room, a room away, at the edge of range.
SIGNAL_BARS_DBM = (-60, -72, -85)
# A Bluetooth signal's strength in words (translated where shown).
SIGNAL_WORDS = {
    4: QT_TRANSLATE_NOOP("Devices", "excellent"),
    3: QT_TRANSLATE_NOOP("Devices", "good"),
    2: QT_TRANSLATE_NOOP("Devices", "fair"),
    1: QT_TRANSLATE_NOOP("Devices", "weak"),
    0: QT_TRANSLATE_NOOP("Devices", "unknown"),
}


def signal_bars(rssi_dbm: int | None) -> int:
    """0 (not reported) to 4 bars."""
    if rssi_dbm is None:
        return 0
    for bars, floor_dbm in zip((4, 3, 2), SIGNAL_BARS_DBM, strict=True):
        if rssi_dbm >= floor_dbm:
            return bars
    return 1


class Problem(enum.Enum):
    NO_ADAPTER = "no_adapter"
    BLUETOOTH_OFF = "bluetooth_off"
    NO_BLUEZ = "no_bluez"  # the system's D-Bus or its Bluetooth service is not running
    PERMISSION = "permission"
    BLEAK_MISSING = "bleak_missing"
    BUMBLE_MISSING = "bumble_missing"
    BAD_TRANSPORT = "bad_transport"  # not an HCI transport name bumble knows
    TRANSPORT_UNAVAILABLE = "transport_unavailable"  # a good name that cannot be opened
    NO_ANSWER = "no_answer"
    BUSY = "busy"  # another program is scanning already
    FAILED = "failed"


class ScanError(Exception):
    def __init__(self, problem: Problem, detail: str = "", hci: str | None = None) -> None:
        super().__init__(problem, detail, hci)
        self.problem = problem
        self.detail = detail
        self.hci = hci

    @property
    def is_usage(self) -> bool:
        """A mistake in what was asked (not the computer's Bluetooth)."""
        return self.problem is Problem.BAD_TRANSPORT


CONTEXT_DEVICES = "Devices"

# The CLI's words for each problem, translated where they are shown (describe).
MESSAGES = {
    Problem.NO_ADAPTER: QT_TRANSLATE_NOOP(
        "Devices", "no Bluetooth LE adapter found on this computer"
    ),
    Problem.BLUETOOTH_OFF: QT_TRANSLATE_NOOP(
        "Devices", "Bluetooth is switched off; switch it on and scan again"
    ),
    Problem.NO_BLUEZ: QT_TRANSLATE_NOOP(
        "Devices", "the system's Bluetooth service cannot be reached: {detail}"
    ),
    Problem.PERMISSION: QT_TRANSLATE_NOOP("Devices", "not allowed to use Bluetooth ({detail})"),
    Problem.BLEAK_MISSING: QT_TRANSLATE_NOOP(
        "Devices", "the Bluetooth library bleak is not installed (pip install bleak)"
    ),
    #: {source} is --hci or where the settings name the transport; {install} a pip command.
    Problem.BUMBLE_MISSING: QT_TRANSLATE_NOOP(
        "Devices", "{source} needs bumble, which is not installed ({install})"
    ),
    Problem.BAD_TRANSPORT: QT_TRANSLATE_NOOP(
        "Devices",
        "{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})",
    ),
    Problem.TRANSPORT_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Devices", "{source}: cannot open {hci} ({detail})"
    ),
    Problem.NO_ANSWER: QT_TRANSLATE_NOOP(
        "Devices", "no answer from the Bluetooth controller ({detail})"
    ),
    Problem.BUSY: QT_TRANSLATE_NOOP(
        "Devices", "another program is scanning for Bluetooth devices; try again"
    ),
    Problem.FAILED: QT_TRANSLATE_NOOP("Devices", "the scan failed ({detail})"),
}


def describe(error: ScanError, source: str = "--hci") -> str:
    """The problem in one line; ``source`` names where the HCI transport came from."""
    return translate(CONTEXT_DEVICES, MESSAGES[error.problem]).format(
        detail=error.detail or translate(CONTEXT_DEVICES, "no details"),
        hci=error.hci,
        source=source,
        install=BUMBLE_INSTALL,
        examples=HCI_EXAMPLES,
    )


def check_hci(hci: str) -> None:
    """ScanError(BAD_TRANSPORT) when ``hci`` cannot be an HCI transport name at all."""
    if not _HCI_NAME.match(hci):
        raise ScanError(Problem.BAD_TRANSPORT, "a scheme such as usb or tcp-client", hci)


def _detail(error: BaseException) -> str:
    if isinstance(error, OSError) and error.errno:
        # "Connection refused", not asyncio's "[Errno 111] Connect call failed ('::1', 9)"
        where = f"{error.filename}: " if error.filename else ""
        return where + os.strerror(error.errno)
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _missing_module(error: ImportError) -> str:
    return (error.name or "").split(".")[0]


def problem_of_bleak(error: BaseException) -> ScanError:
    """What a failure of the system's Bluetooth (bleak, on BlueZ, WinRT or CoreBluetooth) means."""
    if isinstance(error, ImportError) and _missing_module(error) in ("bleak", "dbus_fast"):
        return ScanError(Problem.BLEAK_MISSING, _detail(error))
    try:
        from bleak.exc import (
            BleakBluetoothNotAvailableError,
            BleakBluetoothNotAvailableReason,
            BleakDBusError,
        )
    except ImportError:  # cannot be: bleak raised it
        return ScanError(Problem.FAILED, _detail(error))
    if isinstance(error, BleakBluetoothNotAvailableError):
        reason = error.reason
        if reason is BleakBluetoothNotAvailableReason.POWERED_OFF:
            return ScanError(Problem.BLUETOOTH_OFF, str(error.args[0]))
        if reason.name.startswith("DENIED"):
            return ScanError(Problem.PERMISSION, str(error.args[0]))
        if reason is BleakBluetoothNotAvailableReason.UNKNOWN:
            return ScanError(Problem.FAILED, str(error.args[0]))
        return ScanError(Problem.NO_ADAPTER, str(error.args[0]))
    if isinstance(error, BleakDBusError):
        name = error.dbus_error
        if name.endswith((".ServiceUnknown", ".NameHasNoOwner", ".UnknownObject")):
            return ScanError(Problem.NO_BLUEZ, "BlueZ (bluetoothd) is not running")
        if name.endswith((".AccessDenied", ".NotAuthorized", ".NotPermitted")):
            return ScanError(Problem.PERMISSION, str(error))
        if name.endswith(".NotReady"):
            return ScanError(Problem.BLUETOOTH_OFF, str(error))
        if name.endswith(".InProgress"):
            return ScanError(Problem.BUSY, str(error))
        return ScanError(Problem.FAILED, str(error))
    if isinstance(error, PermissionError):
        return ScanError(Problem.PERMISSION, _detail(error))
    if isinstance(error, FileNotFoundError | ConnectionRefusedError):
        # bleak on Linux talks to BlueZ through the system's D-Bus socket: it is not there.
        return ScanError(Problem.NO_BLUEZ, "the system's D-Bus is not running")
    return ScanError(Problem.FAILED, _detail(error))


def problem_of_transport(error: BaseException, hci: str) -> ScanError:
    """What a failure to open the bumble HCI transport ``hci`` means."""
    if isinstance(error, ImportError) and _missing_module(error) == "bumble":
        return ScanError(Problem.BUMBLE_MISSING, _detail(error), hci)
    if isinstance(error, PermissionError):
        return ScanError(Problem.PERMISSION, _detail(error), hci)
    if isinstance(error, ValueError | IndexError):
        # bumble's TransportSpecError is a ValueError; so is a name it cannot split.
        scheme = hci.split(":")[0]
        if "unknown transport scheme" in _detail(error):
            detail = f"bumble knows no transport called {scheme!r}"
        else:  # bumble's own words here are Python's ("not enough values to unpack")
            detail = f"bumble cannot read what follows {scheme + ':'!r}"
        return ScanError(Problem.BAD_TRANSPORT, detail, hci)
    return ScanError(Problem.TRANSPORT_UNAVAILABLE, _detail(error), hci)


async def run_scan(
    duration_s: float,
    hci: str | None = None,
    on_found: Callable[[FoundDevice], None] | None = None,
) -> list[FoundDevice]:
    """Scan for ``duration_s`` through bumble (``hci``) or the system's Bluetooth; the devices
    found, or ScanError. Never longer than the scan time plus ANSWER_TIMEOUT_S."""
    if not 0 < duration_s <= MAX_SCAN_S:
        raise ValueError(f"the scan time must be greater than 0 and at most {MAX_SCAN_S:g} s")
    limit_s = duration_s + ANSWER_TIMEOUT_S
    if hci:
        check_hci(hci)
        return await _scan_bumble(duration_s, hci, on_found, limit_s)
    try:
        return await asyncio.wait_for(scan_bleak(duration_s, on_found=on_found), limit_s)
    except TimeoutError:
        raise ScanError(Problem.NO_ANSWER, f"nothing within {limit_s:g} s") from None
    except Exception as error:
        raise problem_of_bleak(error) from error


async def _scan_bumble(
    duration_s: float, hci: str, on_found: Callable[[FoundDevice], None] | None, limit_s: float
) -> list[FoundDevice]:
    # The transport is opened here, not in scan_bumble, so that a failure to open it (a bad
    # name, a dongle not there) is told apart from a failure of the scan itself.
    try:
        from bumble.device import Device
        from bumble.hci import Address
        from bumble.transport import open_transport

        from walkcoach.devices.bumble_transport import CLIENT_ADDRESS
    except ImportError as error:
        raise problem_of_transport(error, hci) from error

    async def scan() -> list[FoundDevice]:
        try:
            transport: Any = await open_transport(hci)
        except Exception as error:
            raise problem_of_transport(error, hci) from error
        async with transport:
            device = Device.with_hci(
                "WalkCoach", Address(CLIENT_ADDRESS), transport.source, transport.sink
            )
            return await scan_bumble(duration_s, device=device, on_found=on_found)

    try:
        return await asyncio.wait_for(scan(), limit_s)
    except TimeoutError:
        raise ScanError(
            Problem.NO_ANSWER, f"{hci} did not answer within {limit_s:g} s", hci
        ) from None
    except ScanError:
        raise
    except Exception as error:
        raise ScanError(Problem.FAILED, _detail(error), hci) from error
