"""Fixtures of the end-to-end tests: a private PulseAudio server for the ones with real sound."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from pulse import PulseServer, PulseUnavailable

sys.path.insert(0, str(Path(__file__).parent))
import xvfb


@pytest.fixture(scope="module")
def pulse_server():
    if shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed (Debian: pulseaudio pulseaudio-utils)")
    try:
        with PulseServer() as server:
            yield server
    except PulseUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def display():
    """A private Xvfb screen for the tests of one module."""
    reason = xvfb.available()
    if reason:
        pytest.skip(reason)
    server = xvfb.Xvfb()
    server.start()
    yield server
    server.stop()
