"""A desktop notification when the plan's session is due and the app is running.

freedesktop Notifications over QtDBus on Linux, the tray icon's message elsewhere (or when no
notification server answers). Imported only after the first frame (see plan_hooks), so the
start-up never pays for QtDBus.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

APP_NAME = "WalkCoach"
MAX_WAIT_MS = 6 * 3600 * 1000  # re-check at least this often: the computer may have slept


def send_notification(title: str, body: str) -> str:
    """Show ``title``/``body``; returns how: "dbus", "tray" or "" when neither could."""
    if sys.platform.startswith("linux"):
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

            bus = QDBusConnection.sessionBus()
            if bus.isConnected():
                iface = QDBusInterface(
                    "org.freedesktop.Notifications",
                    "/org/freedesktop/Notifications",
                    "org.freedesktop.Notifications",
                    bus,
                )
                if iface.isValid():
                    # Notify takes eight arguments; the stubs list call() overloads up to seven.
                    reply = iface.call(  # type: ignore[call-overload]
                        "Notify", APP_NAME, 0, "walkcoach", title, body, [], {}, -1
                    )
                    if reply.type() != QDBusMessage.MessageType.ErrorMessage:
                        return "dbus"
        except ImportError:
            pass
    if QSystemTrayIcon.isSystemTrayAvailable():
        app = QApplication.instance()
        tray = QSystemTrayIcon(app.windowIcon() if isinstance(app, QApplication) else None, app)
        tray.show()
        tray.showMessage(title, body)
        QTimer.singleShot(30_000, tray.deleteLater)
        return "tray"
    return ""


class Reminder(QObject):
    """Fires ``due()`` -> (title, body) or None at the time ``next_time()`` gives (None: no
    reminder). Call ``reschedule()`` whenever the plan changes."""

    def __init__(
        self,
        next_time: Callable[[], datetime | None],
        due: Callable[[], tuple[str, str] | None],
        now: Callable[[], datetime],
        parent: QObject | None = None,
        send: Callable[[str, str], str] = send_notification,
    ) -> None:
        super().__init__(parent)
        self._next_time, self._due, self._now, self._send = next_time, due, now, send
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self.sent: list[str] = []
        self.reschedule()

    @property
    def interval_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None

    def reschedule(self) -> None:
        self._timer.stop()
        when = self._next_time()
        if when is None:
            return
        wait = when - self._now()
        if wait < timedelta(0):
            return
        self._timer.start(min(MAX_WAIT_MS, int(wait.total_seconds() * 1000)))

    def _fire(self) -> None:
        message = self._due()
        if message is not None:
            self.sent.append(self._send(*message))
        self.reschedule()
