"""Keep the screen on and the computer awake while a session runs: the guard that holds it exactly
while the user is on the belt, and the Windows and macOS ways, which need no Qt. The Linux way
(the freedesktop ScreenSaver over D-Bus, through QtDBus) is in walkcoach/ui/platform/inhibit.py,
which also picks the platform's inhibitor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

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
        self._process: subprocess.Popen[bytes] | None = None

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


class AwakeGuard:
    """Holds the inhibit exactly while the session is counting down or running."""

    def __init__(
        self,
        inhibitor: Inhibitor | None = None,
        reason: str = "Treadmill session running",
        *,
        factory: Callable[[], Inhibitor] | None = None,
    ) -> None:
        """``inhibitor``, or None to make one with ``factory`` when a session first needs it
        (the window passes ui.platform.inhibit.make_inhibitor: finding the D-Bus session bus is
        no work for start-up)."""
        if inhibitor is None and factory is None:
            raise TypeError("AwakeGuard needs an inhibitor or a factory that makes one")
        self._inhibitor = inhibitor
        self._factory = factory
        self.reason = reason

    @property
    def inhibitor(self) -> Inhibitor:
        if self._inhibitor is None:
            assert self._factory is not None  # the constructor requires one of the two
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
