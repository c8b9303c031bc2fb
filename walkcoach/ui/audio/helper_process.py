"""A child process the window talks to in JSON lines: the speech and sound helpers.

Its answers are read by a plain Python thread, not a QSocketNotifier: in a process playing
through QtMultimedia (Qt 6.12), a notifier on a pipe now and then found its descriptor closed
under it and flooded the log with "Invalid socket" at full CPU (both with QProcess and with a
hand-made notifier); a blocked read() simply ends instead. The thread touches no Qt object: it
fills a queue that a timer in the GUI thread empties. Emitting from the thread, on the helper or
on a relay object, crashed the suite now and then when the helper (deleted with its owner) or
the relay (last released by the thread) went away with a queued call still pending.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import weakref

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
# How often the GUI thread collects the helpers' answers: they are acknowledgements and status,
# never timing (the cues themselves are timed in the helper).
POLL_MS = 50


def module_command(module: str) -> list[str]:
    """How to run ``python -m module``: this interpreter, or the frozen app itself (which runs
    the module when the helper's environment flag is set; see packaging/walkcoach_launcher.py)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", module]


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
        self._finalizer: weakref.finalize[[subprocess.Popen[bytes]], HelperProcess] | None = None
        self._lines: queue.SimpleQueue[bytes | None] | None = None  # the running process's
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._drain)

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
        lines: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()  # one per process
        self._lines = lines
        reader = threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True)
        reader.start()
        self._poll.start()
        return True

    def _drain(self) -> None:
        """GUI thread: handles what the reader thread queued since the last poll."""
        lines = self._lines
        # Only what is queued now: a helper that never stops printing must not hold the GUI.
        for _ in range(lines.qsize() if lines is not None else 0):
            if lines is not self._lines:  # a handler closed or restarted the helper
                return
            line = lines.get_nowait()
            if line is None:  # end of output: the process is gone (or going)
                self._lines = None
                self._poll.stop()
                self._ended()
                return
            self._handle(line)

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

    def end_input(self) -> None:
        """Tells the helper to quit (end of its input) without waiting for it: close() waits.
        Two helpers told first and waited for after quit together (the app's quit waited
        for the sound helper, then the speech helper, one after the other)."""
        process, self.process = self.process, None  # from now on, its end is on purpose:
        if process is not None and process.stdin is not None:  # nothing is sent, none restarts
            with contextlib.suppress(OSError):
                process.stdin.close()

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


def _read_lines(stream, lines: queue.SimpleQueue[bytes | None]) -> None:
    """Reader thread: queues each line the helper prints, then None at its end."""
    try:
        for line in stream:
            lines.put(line.rstrip(b"\n"))
    except (OSError, ValueError):  # closed by close(): nothing more to read
        pass
    lines.put(None)


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
