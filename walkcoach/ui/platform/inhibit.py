"""The screen kept awake on Linux: the freedesktop ScreenSaver interface over D-Bus (QtDBus), and
the choice of the platform's inhibitor. The guard and the Windows and macOS inhibitors need no Qt
and live in walkcoach/system/awake.py."""

from __future__ import annotations

import logging
import sys

from walkcoach import APP_NAME
from walkcoach.system.awake import Inhibitor, MacInhibitor, NullInhibitor, WindowsInhibitor

log = logging.getLogger(__name__)


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
