"""Fixtures of the end-to-end tests: a private PulseAudio server for the ones with real sound."""

from __future__ import annotations

import shutil

import pytest
from pulse import PulseServer, PulseUnavailable


@pytest.fixture(scope="module")
def pulse_server():
    if shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed (Debian: pulseaudio pulseaudio-utils)")
    try:
        with PulseServer() as server:
            yield server
    except PulseUnavailable as exc:
        pytest.skip(str(exc))
