"""Keep the screen on and the computer awake while a session runs (D-Bus, Windows, macOS)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from walkcoach import APP_NAME
from walkcoach.core.session_state import SessionState

if TYPE_CHECKING:
    import subprocess

log = logging.getLogger(__name__)

# States in which the user is on the belt and must not lose the screen.
AWAKE_STATES = (SessionState.COUNTDOWN, SessionState.RUNNING)


class Inhibitor(Protocol):
    """Something that can stop the screen saver and system sleep, and undo that."""

    @property
    def active(self) -> bool: ...

    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


class NullInhibitor:
    """Used where no mechanism exists: says so once in the log, keeps the app working."""

    def __init__(self, why: str) -> None:
        self.why = why
        self._active = False
        self._told = False

    @property
    def active(self) -> bool:
        return self._active

    def inhibit(self, reason: str) -> None:
        if not self._told:
            log.info("cannot keep the screen awake: %s", self.why)
            self._told = True
        self._active = True  # logically held, so release() stays symmetrical

    def release(self) -> None:
        self._active = False


class DBusScreenSaverInhibitor:
    """org.freedesktop.ScreenSaver Inhibit/UnInhibit on the session bus (GNOME, KDE, Xfce...).

    Desktops that implement it also hold off idle suspend while the inhibit is held.
    """

    SERVICE = "org.freedesktop.ScreenSaver"
    INTERFACE = "org.freedesktop.ScreenSaver"
    OBJECT_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")

    def __init__(self, bus=None) -> None:
        from PySide6.QtDBus import QDBusConnection

        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._cookie: int | None = None
        self._path = self.OBJECT_PATHS[0]
        self.last_error = ""

    @property
    def active(self) -> bool:
        return self._cookie is not None

    def _interfaces(self):
        from PySide6.QtDBus import QDBusInterface

        errors = []
        for path in self.OBJECT_PATHS:
            iface = QDBusInterface(self.SERVICE, path, self.INTERFACE, self._bus)
            if iface.isValid():
                yield iface
            else:
                errors.append(iface.lastError().message() or "service not found")
        self.last_error = "; ".join(e for e in errors if e) or "no screen saver service"

    def inhibit(self, reason: str) -> None:
        if self._cookie is not None:
            return
        from PySide6.QtDBus import QDBusMessage

        for iface in self._interfaces():
            reply = iface.call("Inhibit", APP_NAME, reason)
            if reply.type() != QDBusMessage.MessageType.ErrorMessage and reply.arguments():
                self._cookie = int(reply.arguments()[0])
                self._path = iface.path()
                log.debug("screen saver inhibited (cookie %s)", self._cookie)
                return
            self.last_error = reply.errorMessage()
        log.info("cannot keep the screen awake over D-Bus: %s", self.last_error)

    def release(self) -> None:
        if self._cookie is None:
            return
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt
        from PySide6.QtDBus import QDBusInterface

        cookie, self._cookie = self._cookie, None
        iface = QDBusInterface(self.SERVICE, self._path, self.INTERFACE, self._bus)
        # UnInhibit takes a D-Bus uint32; iface.call() would send a Python int as int32 and the
        # service rejects that signature, so call through the introspected method's own types.
        ok = iface.isValid() and QMetaObject.invokeMethod(
            iface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        )
        if not ok or iface.lastError().isValid():
            log.info("releasing the screen saver inhibit failed: %s", iface.lastError().message())


class WindowsInhibitor:
    """SetThreadExecutionState: the display and the system stay on until released."""

    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def __init__(self) -> None:
        import ctypes

        self._kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def inhibit(self, reason: str) -> None:
        flags = self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED | self.ES_DISPLAY_REQUIRED
        self._active = bool(self._kernel32.SetThreadExecutionState(flags))

    def release(self) -> None:
        if self._active:
            self._kernel32.SetThreadExecutionState(self.ES_CONTINUOUS)
        self._active = False


class MacInhibitor:
    """``caffeinate -d -i -w PID``: holds the display and idle-sleep assertions for us."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None

    @property
    def active(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def inhibit(self, reason: str) -> None:
        if self.active:
            return
        import os
        import subprocess  # only here: macOS alone needs it, and start-up should not pay for it

        try:
            # -w ties it to our process, so a crash cannot leave the Mac awake for ever.
            self._process = subprocess.Popen(["caffeinate", "-d", "-i", "-w", str(os.getpid())])
        except OSError as exc:
            log.info("cannot keep the screen awake: caffeinate failed (%s)", exc)
            self._process = None

    def release(self) -> None:
        if self._process is not None:
            import subprocess

            self._process.terminate()
            try:
                self._process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self._process.kill()
        self._process = None


def make_inhibitor() -> Inhibitor:
    """The platform's inhibitor, or a NullInhibitor saying why none is available."""
    if sys.platform.startswith("win"):
        return WindowsInhibitor()
    if sys.platform == "darwin":
        return MacInhibitor()
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return NullInhibitor("QtDBus is not available")
    if not QDBusConnection.sessionBus().isConnected():
        return NullInhibitor("no D-Bus session bus")
    return DBusScreenSaverInhibitor()


class AwakeGuard:
    """Holds the inhibit exactly while the session is counting down or running."""

    def __init__(
        self,
        inhibitor: Inhibitor | None = None,
        reason: str = "Treadmill session running",
        *,
        factory: Callable[[], Inhibitor] | None = None,
    ) -> None:
        """``inhibitor``, or None to make one with ``factory`` (default make_inhibitor) when a
        session first needs it: finding the D-Bus session bus is no work for start-up."""
        self._inhibitor = inhibitor
        self._factory = factory or make_inhibitor
        self.reason = reason

    @property
    def inhibitor(self) -> Inhibitor:
        if self._inhibitor is None:
            self._inhibitor = self._factory()
        return self._inhibitor

    @inhibitor.setter
    def inhibitor(self, inhibitor: Inhibitor) -> None:
        self._inhibitor = inhibitor

    def on_state(self, state: SessionState) -> None:
        if state in AWAKE_STATES:
            if not self.inhibitor.active:
                self.inhibitor.inhibit(self.reason)
        elif self.inhibitor.active:
            self.inhibitor.release()

    def shutdown(self) -> None:
        if self._inhibitor is not None and self._inhibitor.active:
            self.inhibitor.release()
