"""A child process the window talks to in JSON lines: the speech and sound helpers.

Its answers are read by a plain Python thread, not a QSocketNotifier: in a process playing
through QtMultimedia (Qt 6.12), a notifier on a pipe now and then found its descriptor closed
under it and flooded the log with "Invalid socket" at full CPU (both with QProcess and with a
hand-made notifier); a blocked read() simply ends instead.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
import weakref

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


def module_command(module: str) -> list[str]:
    """How to run ``python -m module``: this interpreter, or the frozen app itself (which runs
    the module when the helper's environment flag is set; see packaging/walkcoach_launcher.py)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", module]


class _Relay(QObject):
    """Carries the reader thread's lines to the GUI thread.

    Parentless, so Python alone owns it: the reader thread's reference keeps the C++ object
    alive until the thread ends. The helper itself may have a parent that deletes it under a
    running thread, and a signal emitted on a deleted QObject crashes the process (seen in the
    suite when a player owning a helper was destroyed while its helper was still printing).
    """

    line = Signal(bytes)
    eof = Signal()


class HelperProcess(QObject):
    """Starts ``command``, sends it JSON messages and emits each JSON object it prints.

    ``ended`` is emitted when the helper stops on its own (not after ``close``), with its exit
    code, so the owner can restart it.
    """

    message = Signal(dict)
    ended = Signal(int)

    def __init__(self, name: str, command: list[str], env: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self._command = command
        self._env = env
        self.process: subprocess.Popen | None = None
        self._finalizer = None
        self._relay: _Relay | None = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> bool:
        try:
            process = subprocess.Popen(
                self._command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=self._env
            )
        except OSError as exc:
            log.warning("the %s helper did not start: %s", self.name, exc)
            return False
        self.process = process
        self._finalizer = weakref.finalize(self, end_process, process)
        # A relay per process: queued connections to this helper end by themselves when it is
        # deleted, while the relay the thread emits on lives as long as the thread.
        relay = _Relay()
        relay.line.connect(self._handle, Qt.ConnectionType.QueuedConnection)
        relay.eof.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._relay = relay  # usually the last reference goes in the GUI thread, with the helper
        reader = threading.Thread(target=_read_lines, args=(process.stdout, relay), daemon=True)
        reader.start()
        return True

    def send(self, message: dict) -> bool:
        """False when the helper is not running (the message is dropped)."""
        if not self.running:
            return False
        try:
            self.process.stdin.write((json.dumps(message) + "\n").encode("utf-8"))
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            return False
        return True

    def close(self) -> None:
        """Ends the helper: end of input first, a kill if it does not go."""
        if self._finalizer is not None:
            self.process = None  # what follows is not "ended on its own"
            self._finalizer()
            self._finalizer = None

    def kill(self) -> None:
        """For a helper that stopped answering: no waiting for it to end by itself."""
        if self.process is not None:
            with contextlib.suppress(OSError):
                self.process.kill()
        self.close()

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            log.warning("%s helper said: %r", self.name, line[:200])
            return
        if isinstance(message, dict):
            self.message.emit(message)

    def _ended(self) -> None:
        process = self.process
        if process is None:
            return  # closed on purpose
        try:
            code = process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = -1
        self.close()
        self.ended.emit(code)


def _read_lines(stream, relay: _Relay) -> None:
    """Reader thread: forwards each line the helper prints until it ends."""
    try:
        for line in stream:
            relay.line.emit(line.rstrip(b"\n"))
    except (OSError, ValueError):  # closed by close(): nothing more to read
        pass
    with contextlib.suppress(RuntimeError):  # interpreter shutting down
        relay.eof.emit()


def end_process(process: subprocess.Popen) -> None:
    with contextlib.suppress(OSError):
        process.stdin.close()  # end of input: the helper quits on its own
    try:
        process.wait(timeout=1.5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    # Only now: closing stdout waits for the reader thread's read(), which a live helper that
    # prints nothing would never end.
    with contextlib.suppress(OSError):
        process.stdout.close()


def helper_env(flag: str, **extra: str) -> dict[str, str]:
    """The app's environment plus the helper's flag (read by a frozen bundle's launcher)."""
    env = dict(os.environ)
    env[flag] = "1"
    env.update(extra)
    return env
