"""One GUI instance per data folder: a lock file in the folder plus a local socket to raise it.

Two windows on one data folder would both write the history database and settings, so the second
start hands over to the first: it asks it (over a QLocalServer whose name derives from the folder)
to bring its window to the front and exits. The lock is a QLockFile with age-based staleness off:
a lock whose process is gone (crash, kill -9) is detected as stale by PID and taken over, while a
lock of a GUI that has run for hours stays valid. Read-only CLI commands never come here.

Use in the GUI start-up (after QApplication exists):

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        return instance.hand_over()          # prints a message, returns the exit status
    instance.activation_requested.connect(lambda: raise_window(window))
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    # QtNetwork is imported where a socket is made: the lock alone decides who runs, and the
    # first window should not wait for a library it does not need to paint.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

LOCK_FILE_NAME = "instance.lock"  # the same name as walkcoach.paths.lock_path()
RAISE_MESSAGE = b"raise\n"
ACK_MESSAGE = b"ok\n"
EXIT_HANDED_OVER = 0
EXIT_NOT_RESPONDING = 1
CONNECT_RETRY_S = 0.1


def _sha256(data: bytes):
    """SHA-256 from CPython's own module where it has one (as the standard library's random
    module does for SHA-512): hashlib loads OpenSSL's libcrypto, about 3.5 MiB of memory for
    one short digest. The digest, and so the socket name, is the same either way."""
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12 and later
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def server_name_for(data_dir: Path) -> str:
    """The local socket name for a data folder: stable, short, and distinct per user and folder."""
    resolved = str(Path(data_dir).expanduser().resolve())
    digest = _sha256(resolved.encode("utf-8")).hexdigest()[:16]
    # Per user: two accounts may point at the same shared folder path but must not talk.
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"walkcoach-{user}-{digest}"


class SingleInstance(QObject):
    """Holds the instance lock of one data folder and listens for "raise" requests."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir).expanduser().resolve()
        self.lock_path = self.data_dir / LOCK_FILE_NAME
        self._server_name: str | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def server_name(self) -> str:
        if self._server_name is None:
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
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file left behind by a crashed instance is garbage.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            # Still the only instance (the lock says so); a later start just cannot raise us.
            print(
                f"walkcoach: warning: cannot listen on {self.server_name}: {server.errorString()}",
                file=sys.stderr,
            )
            server.deleteLater()
            return
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            if line + b"\n" == RAISE_MESSAGE:
                socket.write(ACK_MESSAGE)
                socket.flush()
                self.activation_requested.emit()
            else:
                socket.write(b"unknown\n")
                socket.flush()
        # A peer that never sends a newline cannot make us buffer without bound.
        self._buffers[socket] = buffer[-256:]

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def release(self) -> None:
        """Stop listening and unlock (also safe when nothing was acquired)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
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
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        # The running instance starts listening just after its first frame: one started a
        # moment before us may not be listening yet, so try again until the time is up.
        deadline_s = time.monotonic() + timeout_ms / 1000
        while True:
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(timeout_ms):
                break
            socket.abort()
            if time.monotonic() >= deadline_s:
                return False
            time.sleep(CONNECT_RETRY_S)
        socket.write(RAISE_MESSAGE)
        # flush() may already send everything, and then waitForBytesWritten() reports False.
        socket.flush()
        if socket.bytesToWrite() and not socket.waitForBytesWritten(timeout_ms):
            socket.abort()
            return False
        reply = b""
        # The first instance may still be starting: its event loop answers once it runs.
        while b"\n" not in reply and socket.waitForReadyRead(timeout_ms):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return reply.startswith(ACK_MESSAGE)

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
