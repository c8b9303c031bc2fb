"""The single-instance socket: a line-based local server and a one-request client.

On Unix they use Python's socket module: QtNetwork's QLocalServer cost the window about 1.8 MiB
more (the module, its library and the Kerberos libraries that library links) for one short
message per later start. They speak exactly as QLocalServer and QLocalSocket do there: a stream
socket at ``QDir.tempPath()/<name>``, accessible to its owner only, so either end may be either
kind (tests/ui/platform/test_local_socket.py checks all four pairings). On Windows, where Python has no
Unix sockets and QLocalServer uses named pipes, QtNetwork is kept.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QSocketNotifier

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# on_line(line, send): one complete line (without its b"\n") and how to answer its sender.
LineHandler = Callable[[bytes, Callable[[bytes], None]], None]
MAX_PARTIAL_LINE = 256  # a peer that never sends a newline cannot make us buffer without bound
BACKLOG = 50  # QLocalServer's default
CONNECT_RETRY_S = 0.1
USE_QT_NETWORK = sys.platform == "win32"


def split_lines(buffer: bytes) -> tuple[list[bytes], bytes]:
    """The complete lines in ``buffer`` and what is left of it (at most MAX_PARTIAL_LINE bytes)."""
    *lines, rest = buffer.split(b"\n")
    return lines, rest[-MAX_PARTIAL_LINE:]


def server_path(name: str) -> str:
    """Where QLocalServer on Unix puts the socket of a server name that is not a path."""
    return name if name.startswith("/") else QDir.cleanPath(QDir.tempPath()) + "/" + name


def make_server(on_line: LineHandler, parent: QObject | None = None, *, qt: bool | None = None):
    """A server (``listen(name)``, ``is_listening``, ``close()``) that calls ``on_line``.

    ``parent`` owns it (and deletes it): the single-instance object, which lives as long as
    the app. Its sockets' handlers refer to it, so Python must not be left to delete it.

    ``qt`` picks QtNetwork (True) or Python's sockets (False); by default, QtNetwork on Windows.
    """
    use_qt = USE_QT_NETWORK if qt is None else qt
    return (QtLineServer if use_qt else UnixLineServer)(on_line, parent)


def request(name: str, message: bytes, timeout_ms: int, *, qt: bool | None = None) -> bytes:
    """Send ``message`` to the server ``name`` and return its one-line answer (b"" if none came).

    Retries the connection until ``timeout_ms`` is up: a server started a moment before us may
    not be listening yet.
    """
    use_qt = USE_QT_NETWORK if qt is None else qt
    return (_qt_request if use_qt else _unix_request)(name, message, timeout_ms)


class UnixLineServer(QObject):
    """QLocalServer's Unix socket with Python's socket module; answers from the event loop."""

    def __init__(self, on_line: LineHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_line = on_line
        self._listener: socket.socket | None = None
        self._path = ""
        # Each open socket with its notifier and the partial line it has sent so far.
        self._peers: dict[int, tuple[socket.socket, QSocketNotifier, bytes]] = {}
        # Notifiers of closed sockets, off, waiting to be deleted outside their own signal.
        self._retired: list[QSocketNotifier] = []

    @property
    def is_listening(self) -> bool:
        return self._listener is not None

    def listen(self, name: str) -> str:
        """Start listening; "" on success, else why not (the socket file in the way is removed
        first, as QLocalServer.removeServer did: the caller holds the instance lock)."""
        import socket
        import tempfile

        from walkcoach.system.instance_probe import is_own_socket

        path = server_path(name)
        # Only a socket of ours is removed (one a killed instance left): anything else at that
        # name in the shared temp folder is not ours to delete, and binding fails below.
        if is_own_socket(path):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            # Bound in a private folder, made owner-only, then moved into place (as QLocalServer
            # does for UserAccessOption): no other user can ever connect to it.
            folder = tempfile.mkdtemp(prefix=f"{name}.", dir=os.path.dirname(path))
            try:
                private_path = os.path.join(folder, "s")
                listener.bind(private_path)
                os.chmod(private_path, 0o700)
                listener.listen(BACKLOG)
                os.rename(private_path, path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, "s"))
                os.rmdir(folder)
        except OSError as exc:
            listener.close()
            return f"{path}: {exc.strerror or exc}"
        listener.setblocking(False)
        self._listener, self._path = listener, path
        self._watch(listener, self._accept)
        return ""

    def close(self) -> None:
        """Stop listening, close every connection and remove the socket file (as Qt does)."""
        for fd in list(self._peers):
            self._drop(fd)
        self._bury()
        if self._listener is not None:
            self._listener = None
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._path)

    def _watch(self, sock: socket.socket, on_ready: Callable[[], None]) -> None:
        notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda *_signal_args: on_ready())
        self._peers[sock.fileno()] = (sock, notifier, b"")

    def _drop(self, fd: int) -> None:
        sock, notifier, _ = self._peers.pop(fd)
        # Off before the descriptor closes: a notifier must never watch a closed descriptor. Its
        # handler refers to this server, which must not outlive its owner through it.
        notifier.setEnabled(False)
        notifier.activated.disconnect()
        sock.close()
        # Not deleteLater(): a deferred delete still queued when this server goes with its
        # owner crashed the next event loop (in ~QObject). It may be inside its own signal
        # here, so it is deleted later by _bury, from another notifier's signal or close().
        self._retired.append(notifier)

    def _bury(self) -> None:
        retired, self._retired = self._retired, []
        for notifier in retired:
            notifier.setParent(None)  # the last reference goes: deleted now

    def _accept(self) -> None:
        self._bury()  # the notifiers of connections that ended since the last one
        while self._listener is not None:
            try:
                peer, _address = self._listener.accept()
            except OSError:  # none waiting (BlockingIOError), or the peer left already
                return
            peer.setblocking(False)
            self._watch(peer, partial(self._read, peer.fileno()))

    def _read(self, fd: int) -> None:
        if fd not in self._peers:
            return
        sock, notifier, buffer = self._peers[fd]
        try:
            data = sock.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the peer is gone
            self._drop(fd)
            return
        lines, rest = split_lines(buffer + data)
        self._peers[fd] = (sock, notifier, rest)

        def send(reply: bytes) -> None:
            with contextlib.suppress(OSError):  # a peer that left does not need the answer
                sock.sendall(reply)

        for line in lines:
            self._on_line(line, send)


def _unix_request(name: str, message: bytes, timeout_ms: int) -> bytes:
    import socket

    path = server_path(name)
    timeout_s = timeout_ms / 1000
    deadline_s = time.monotonic() + timeout_s
    while True:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.settimeout(timeout_s)
        try:
            client.connect(path)
            break
        except OSError:
            client.close()
            if time.monotonic() >= deadline_s:
                return b""
            time.sleep(CONNECT_RETRY_S)
    reply = b""
    with client:
        try:
            client.sendall(message)
            # The server may still be starting: its event loop answers once it runs.
            while b"\n" not in reply:
                chunk = client.recv(256)
                if not chunk:
                    break
                reply += chunk
        except OSError:  # a timeout, or the server went away
            pass
    return reply


class QtLineServer(QObject):
    """The same server with QLocalServer (Windows: named pipes)."""

    def __init__(self, on_line: LineHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_line = on_line
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def listen(self, name: str) -> str:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)
        if not server.listen(name):
            error = server.errorString()
            server.deleteLater()
            return error
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return ""

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

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
        lines, self._buffers[socket] = split_lines(
            self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        )

        def send(reply: bytes) -> None:
            socket.write(reply)
            socket.flush()

        for line in lines:
            self._on_line(line, send)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _qt_request(name: str, message: bytes, timeout_ms: int) -> bytes:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline_s = time.monotonic() + timeout_ms / 1000
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(timeout_ms):
            break
        socket.abort()
        if time.monotonic() >= deadline_s:
            return b""
        time.sleep(CONNECT_RETRY_S)
    socket.write(message)
    # flush() may already send everything, and then waitForBytesWritten() reports False.
    socket.flush()
    if socket.bytesToWrite() and not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return b""
    reply = b""
    # The server may still be starting: its event loop answers once it runs.
    while b"\n" not in reply and socket.waitForReadyRead(timeout_ms):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply
