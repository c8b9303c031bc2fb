"""HelperProcess: a helper deleted with its owner while its reader thread is still reading."""

from __future__ import annotations

import sys
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from walkcoach.ui.audio.helper_process import HelperProcess

# Prints JSON lines as fast as it can until its input closes.
CHATTY = "import sys\nwhile True:\n    sys.stdout.write('{\"n\": 1}\\n'); sys.stdout.flush()\n"


def test_deleting_the_owner_under_a_chatty_helper_does_not_crash(qapp):
    for _ in range(8):
        owner = QObject()
        helper = HelperProcess("chatty", [sys.executable, "-c", CHATTY], {}, owner)
        received = []
        helper.message.connect(received.append)
        assert helper.start()
        process = helper.process
        deadline = time.monotonic() + 5
        while not received and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        assert received, "the helper's lines never arrived"
        # The owner (and with it the helper's C++ object) goes while the thread still emits.
        shiboken6.delete(owner)
        for _ in range(50):
            QCoreApplication.processEvents()
        process.kill()
        process.wait(timeout=5)
        for _ in range(20):
            QCoreApplication.processEvents()


# Takes half a second to quit once its input ends, as a helper still starting up does.
SLOW_TO_QUIT = (
    "import sys, time\nprint('{\"up\": 1}', flush=True)\nsys.stdin.read()\ntime.sleep(0.5)\n"
)


def test_helpers_told_to_quit_first_quit_together(qapp):
    owner = QObject()
    helpers = [
        HelperProcess(f"slow {n}", [sys.executable, "-c", SLOW_TO_QUIT], {}, owner)
        for n in range(2)
    ]
    up: list[dict] = []
    for helper in helpers:
        helper.message.connect(up.append)
    assert all(helper.start() for helper in helpers)
    processes = [helper.process for helper in helpers]
    deadline = time.monotonic() + 20
    while len(up) < 2 and time.monotonic() < deadline:  # both interpreters up and reading
        QCoreApplication.processEvents()
    assert len(up) == 2
    started_s = time.monotonic()
    helpers[1].end_input()
    assert not helpers[1].running and not helpers[1].send({"late": 1})  # dropped, quietly
    helpers[0].close()
    helpers[1].close()
    took_s = time.monotonic() - started_s
    assert all(p is not None and p.returncode == 0 for p in processes)  # ended on their own
    assert 0.5 <= took_s < 0.95, took_s  # one half second, not two in a row
    assert helpers[1].process is None and not helpers[1].running
    shiboken6.delete(owner)
