"""One GUI instance per data folder: a lock file in the folder plus a local socket to raise it.

Two windows on one data folder would both write the history database and settings, so the second
start hands over to the first: it asks it (over a local socket whose name derives from the folder,
see local_socket.py) to bring its window to the front and exits. The lock is a QLockFile with age-based staleness off:
a lock whose process is gone (crash, kill -9) is detected as stale by PID and taken over, while a
lock of a GUI that has run for hours stays valid. Read-only CLI commands never come here.

Use in the GUI start-up (after QApplication exists):

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        return instance.hand_over()          # prints a message, returns the exit status
    instance.activation_requested.connect(lambda: raise_window(window))
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    # Imported where a socket is made: the lock alone decides who runs, and the first window
    # should not wait for what it does not need to paint.
    from walkcoach.ui.platform.local_socket import QtLineServer, UnixLineServer

LOCK_FILE_NAME = "instance.lock"  # the same name as walkcoach.paths.lock_path()
RAISE_MESSAGE = b"raise\n"
ACK_MESSAGE = b"ok\n"
EXIT_HANDED_OVER = 0
EXIT_NOT_RESPONDING = 1


class SingleInstance(QObject):
    """Holds the instance lock of one data folder and listens for "raise" requests."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir).expanduser().resolve()
        self.lock_path = self.data_dir / LOCK_FILE_NAME
        self._server_name: str | None = None
        self._lock: QLockFile | None = None
        self._server: UnixLineServer | QtLineServer | None = None

    @property
    def server_name(self) -> str:
        if self._server_name is None:
            # One name, shared with the command line; hashing is no work for the first frame.
            from walkcoach.system.instance_probe import server_name_for

            self._server_name = server_name_for(self.data_dir)
        return self._server_name

    # -- the first instance ------------------------------------------------------------------

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the lock and start listening; False when another live instance holds it.

        ``listen=False`` only takes the lock; call ``listen()`` later (the app does so just after
        its first frame; a later start meanwhile waits for the answer, see ``send_raise``).
        """
        if self._lock is not None:
            if listen and self._server is None:
                self.listen()
            return True
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = QLockFile(str(self.lock_path))
        # 0 = never stale by age: only a lock whose process is gone counts as stale.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            raise OSError(f"cannot create the lock file {self.lock_path} ({lock.error().name})")
        self._lock = lock
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer "raise" requests of later starts (needs the lock; listening twice is a no-op)."""
        if self._lock is None or self._server is not None:
            return
        from walkcoach.ui.platform.local_socket import make_server

        server = make_server(self._on_line, self)
        # We hold the lock, so a socket file left behind by a crashed instance is garbage.
        problem = server.listen(self.server_name)
        if problem:
            # Still the only instance (the lock says so); a later start just cannot raise us.
            print(
                f"walkcoach: warning: cannot listen on {self.server_name}: {problem}",
                file=sys.stderr,
            )
            return
        self._server = server

    def _on_line(self, line: bytes, send: Callable[[bytes], None]) -> None:
        if line + b"\n" == RAISE_MESSAGE:
            send(ACK_MESSAGE)
            self.activation_requested.emit()
        else:
            send(b"unknown\n")

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.is_listening

    def release(self) -> None:
        """Stop listening and unlock (also safe when nothing was acquired)."""
        if self._server is not None:
            self._server.close()
            # Deleted now, not deleteLater(): a deferred delete left queued when this object
            # went (a later start in the same process, the tests) crashed the next event loop.
            self._server.setParent(None)
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- a later start -----------------------------------------------------------------------

    def owner_pid(self) -> int | None:
        """PID recorded in the lock file by the running instance, if readable."""
        # PySide6 returns (pid, hostname, appname); pid is 0 when there is no readable lock.
        pid, _hostname, _appname = QLockFile(str(self.lock_path)).getLockInfo()
        return int(pid) if pid > 0 else None

    def send_raise(self, timeout_ms: int = 3000) -> bool:
        """Ask the running instance to show its window; True once it acknowledged."""
        from walkcoach.ui.platform.local_socket import request

        # The running instance starts listening just after its first frame: request() tries
        # again until the time is up if it is not listening yet.
        return request(self.server_name, RAISE_MESSAGE, timeout_ms).startswith(ACK_MESSAGE)

    def hand_over(self, stream: TextIO | None = None, timeout_ms: int = 3000) -> int:
        """Raise the running instance, say so on stdout and return the exit status to use."""
        out = stream if stream is not None else sys.stdout
        if self.send_raise(timeout_ms):
            print(
                f"WalkCoach is already running for the data folder {self.data_dir}; "
                "its window was brought to the front.",
                file=out,
            )
            return EXIT_HANDED_OVER
        pid = self.owner_pid()
        holder = f" (process {pid})" if pid else ""
        print(
            f"WalkCoach is already running for the data folder {self.data_dir}{holder} but did "
            f"not answer. Close it, or remove {self.lock_path} if that process is not WalkCoach.",
            file=out,
        )
        return EXIT_NOT_RESPONDING


def raise_window(window: QWidget) -> None:
    """Bring a top-level window to the front, restoring it when minimised or hidden."""
    if window.isMinimized():
        window.showNormal()
    elif not window.isVisible():
        window.show()
    window.raise_()
    window.activateWindow()
