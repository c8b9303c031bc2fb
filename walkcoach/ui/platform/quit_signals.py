"""SIGTERM and SIGINT end the app as closing the window does: the session is stopped and
recorded, a linked belt stopped, the settings saved.

Python runs a signal handler only when the interpreter gets control, which a Qt event loop
with nothing to do never gives it; so the signal also writes a byte to a socket (Python's
wakeup fd) that a QSocketNotifier watches, and that wakes the loop.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    def __init__(self, app) -> None:
        super().__init__(app)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_wakeup_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._old_handlers = {sig: signal.signal(sig, self._on_signal) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self.received: list[int] = []

    def _on_signal(self, signum: int, _frame) -> None:
        self.received.append(signum)
        self._app.quit()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)  # the handler itself already ran (or runs right now)

    def close(self) -> None:
        """Back to what was there before (the app's end)."""
        self._notifier.setEnabled(False)
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._old_wakeup_fd)
        self._reader.close()
        self._writer.close()
