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
