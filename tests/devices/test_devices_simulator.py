"""The simulator command: its options, its standard-input commands and a clear failure."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from walkcoach.devices.simulator import apply_command, main, parse_args
from walkcoach.devices.virtual import VirtualTreadmill


def test_defaults_refuse_before_control_and_options_are_checked():
    args = parse_args(["--hci", "tcp-client:127.0.0.1:9002", "--slow-down-s", "1"])
    assert args.slow_down_s == 1.0 and not args.accept_before_control
    for bad in (["--time-scale", "0"], ["--slow-down-s", "-1"], ["--decel-kmh-per-s", "0"]):
        with pytest.raises(SystemExit):
            parse_args(["--hci", "x", *bad])


def test_bad_option_messages(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--hci", "x", "--time-scale", "0"])
    assert "--time-scale must be greater than 0" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse_args(["--hci", "x", "--slow-down-s", "-2"])
    assert "--slow-down-s cannot be negative" in capsys.readouterr().err


def test_standard_input_commands_act_on_the_machine():
    machine = VirtualTreadmill(0.0)
    assert apply_command(machine, "start") == "ok start"
    assert machine.state == "running"
    assert apply_command(machine, "speed 3.2") == "ok speed 3.2"
    machine.advance(10.0)
    assert machine.speed_kmh == pytest.approx(3.2)
    assert apply_command(machine, "silence") == "ok silence" and not machine.sending_data
    assert apply_command(machine, "talk") == "ok talk" and machine.sending_data
    assert apply_command(machine, "safety-key") == "ok safety-key"
    assert machine.state == "stopped" and machine.speed_kmh == 0.0
    status = json.loads(apply_command(machine, "status").removeprefix("ok status "))
    assert status["state"] == "stopped" and status["distance_m"] > 0
    assert "links" not in status  # known only to the radio, which says it when it can
    linked = json.loads(apply_command(machine, "status", links=1).removeprefix("ok status "))
    assert linked["links"] == 1
    assert apply_command(machine, "speed fast").startswith("error: speed needs a number")
    assert apply_command(machine, "jump").startswith("error: unknown command 'jump'")
    assert apply_command(machine, "") == "error: empty command"


def test_an_hci_transport_that_cannot_be_opened_is_a_clear_error(capsys):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["--hci", f"tcp-client:127.0.0.1:{port}"]) == 2
    assert f"simulator: cannot open tcp-client:127.0.0.1:{port}" in capsys.readouterr().err


def test_help_runs_without_loading_bumble():
    script = (
        "import sys, runpy\n"
        "sys.argv = ['simulator', '--help']\n"
        "try:\n"
        "    runpy.run_module('walkcoach.devices.simulator', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert not [m for m in sys.modules if m.startswith('bumble')]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "--slow-down-s" in result.stdout
