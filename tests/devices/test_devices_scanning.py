"""The bounded scan and what its failures mean: bleak's and bumble's own exceptions turned into
a few problems a user can act on; signal strength in bars; a transport that never answers."""

from __future__ import annotations

import asyncio
import socket
import threading

import pytest
from bleak.exc import (
    BleakBluetoothNotAvailableError,
    BleakBluetoothNotAvailableReason,
    BleakDBusError,
)

from walkcoach.devices import scanning
from walkcoach.devices.scanning import (
    Problem,
    ScanError,
    check_hci,
    describe,
    problem_of_bleak,
    problem_of_transport,
    run_scan,
    signal_bars,
)


@pytest.mark.parametrize(
    "rssi, bars",
    [(None, 0), (-30, 4), (-60, 4), (-61, 3), (-72, 3), (-73, 2), (-85, 2), (-86, 1), (-120, 1)],
)
def test_signal_bars(rssi, bars):
    assert signal_bars(rssi) == bars


@pytest.mark.parametrize(
    "reason, problem",
    [
        (BleakBluetoothNotAvailableReason.NO_BLUETOOTH, Problem.NO_ADAPTER),
        (BleakBluetoothNotAvailableReason.NO_BLE_CENTRAL_ROLE, Problem.NO_ADAPTER),
        (BleakBluetoothNotAvailableReason.POWERED_OFF, Problem.BLUETOOTH_OFF),
        (BleakBluetoothNotAvailableReason.DENIED_BY_USER, Problem.PERMISSION),
        (BleakBluetoothNotAvailableReason.DENIED_BY_SYSTEM, Problem.PERMISSION),
        (BleakBluetoothNotAvailableReason.UNKNOWN, Problem.FAILED),
    ],
)
def test_bleak_says_bluetooth_is_not_available(reason, problem):
    error = problem_of_bleak(
        BleakBluetoothNotAvailableError("No Bluetooth adapters found.", reason)
    )
    assert error.problem is problem
    assert describe(error)  # every problem has words


@pytest.mark.parametrize(
    "name, problem",
    [
        ("org.freedesktop.DBus.Error.ServiceUnknown", Problem.NO_BLUEZ),
        ("org.freedesktop.DBus.Error.AccessDenied", Problem.PERMISSION),
        ("org.bluez.Error.NotReady", Problem.BLUETOOTH_OFF),
        ("org.bluez.Error.InProgress", Problem.BUSY),
        ("org.bluez.Error.Failed", Problem.FAILED),
    ],
)
def test_bluez_errors_over_d_bus(name, problem):
    assert problem_of_bleak(BleakDBusError(name, ["details"])).problem is problem


def test_other_failures_of_the_system_bluetooth():
    assert problem_of_bleak(FileNotFoundError(2, "No such file")).problem is Problem.NO_BLUEZ
    assert problem_of_bleak(PermissionError(13, "Permission denied")).problem is Problem.PERMISSION
    missing = ModuleNotFoundError("No module named 'bleak'", name="bleak")
    assert problem_of_bleak(missing).problem is Problem.BLEAK_MISSING
    assert problem_of_bleak(RuntimeError("odd")).detail == "odd"


def test_transport_failures():
    missing = ModuleNotFoundError("No module named 'bumble'", name="bumble")
    assert problem_of_transport(missing, "usb:0").problem is Problem.BUMBLE_MISSING
    refused = problem_of_transport(
        ConnectionRefusedError(111, "Connect call failed"), "tcp-client:h:1"
    )
    assert (refused.problem, refused.detail) == (
        Problem.TRANSPORT_UNAVAILABLE,
        "Connection refused",
    )
    denied = problem_of_transport(PermissionError(13, "denied", "/dev/bus/usb/001/004"), "usb:0")
    assert denied.problem is Problem.PERMISSION and "/dev/bus/usb/001/004" in denied.detail
    assert problem_of_transport(ValueError("x"), "tcp-client:x").problem is Problem.BAD_TRANSPORT
    assert describe(ScanError(Problem.BUMBLE_MISSING)).endswith("(pip install walkcoach[bumble])")


@pytest.mark.parametrize("name", ["usb:0", "tcp-client:127.0.0.1:9001", "vhci", "hci-socket:0"])
def test_transport_names_of_the_right_shape(name):
    check_hci(name)


@pytest.mark.parametrize("name", ["", " usb:0", "USB:0", "usb: 0", "0usb", "tcp client:1"])
def test_transport_names_of_the_wrong_shape(name):
    with pytest.raises(ScanError) as error:
        check_hci(name)
    assert error.value.problem is Problem.BAD_TRANSPORT and error.value.is_usage


@pytest.mark.parametrize("scan_s", [0, -1, 61])
def test_the_scan_time_is_bounded(scan_s):
    with pytest.raises(ValueError, match="at most 60"):
        asyncio.run(run_scan(scan_s, hci="usb:0"))


def test_a_transport_that_opens_but_never_answers_times_out(monkeypatch):
    pytest.importorskip("bumble")
    monkeypatch.setattr(scanning, "ANSWER_TIMEOUT_S", 0.5)  # instead of 10 s
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True).start()
    try:
        with pytest.raises(ScanError) as error:
            asyncio.run(run_scan(0.2, hci=f"tcp-client:127.0.0.1:{server.getsockname()[1]}"))
        assert (
            error.value.problem is Problem.NO_ANSWER
            and "did not answer within 0.7 s" in error.value.detail
        )
    finally:
        for s in [*accepted, server]:
            s.close()
