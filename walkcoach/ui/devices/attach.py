"""Linking the window to a treadmill: ``--treadmill``, the remembered device, the device dialog.

A name is first looked up by a Bluetooth scan (on the Bluetooth thread; the GUI polls for the
answer). Every failure is one plain sentence for the status bar; the coach goes on unlinked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from walkcoach.devices.links import VIRTUAL, is_address

log = logging.getLogger(__name__)

NAME_SCAN_S = 8.0
POLL_MS = 200
# --start with a treadmill waits this long (real time) for it to answer, then starts without.
LINK_WAIT_MS = 30_000


def make_treadmill_link(treadmill: str, controller, settings, hci: str = ""):
    """A TreadmillLink for ``treadmill`` (``virtual`` or an address); raises ValueError with
    a sentence for the user when it cannot be made."""
    from walkcoach.ui.devices.link import TreadmillLink

    try:
        return TreadmillLink(
            treadmill,
            controller.clock,
            hci=hci,
            turn_speed_kmh=float(settings.turn_speed_kmh),
            parent=controller,
        )
    except ImportError as exc:
        if "bumble" in str(exc):
            raise ValueError(
                "bumble is not installed: pip install 'walkcoach[bumble]' to use --hci"
            ) from exc
        raise ValueError(f"the Bluetooth library is missing: {exc}") from exc
    except (OSError, RuntimeError) as exc:
        raise ValueError(f"cannot use Bluetooth: {exc}") from exc


class NameLookup(QObject):
    """Finds the address of the treadmill called ``name`` by a scan, then calls ``done`` with
    the address (or "" and why not)."""

    def __init__(
        self,
        name: str,
        hci: str,
        done: Callable[[str, str], None],
        parent: QObject,
        kind: str = "treadmill",
    ) -> None:
        super().__init__(parent)
        from walkcoach.devices.links import find_address
        from walkcoach.devices.loop_thread import LoopThread

        self._name = name
        self._kind = kind
        self._done = done
        self._thread = LoopThread("walkcoach-scan")
        self._future = self._thread.submit(
            find_address(name, NAME_SCAN_S, hci or None, kind=kind)  # type: ignore[arg-type]
        )
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        if not self._future.done():
            return
        self._timer.stop()
        try:
            address = self._future.result()
            what = "treadmill" if self._kind == "treadmill" else "heart-rate sensor"
            why = "" if address else f"no {what} called {self._name!r} was found"
        except Exception as exc:  # the stack's own errors: no adapter, no permission...
            address, why = None, f"the scan for {self._name!r} failed: {exc}"
        self._thread.stop()
        self._done(address or "", why)


def attach_treadmill(window, controller, settings, treadmill: str, hci: str = "") -> str:
    """Link ``treadmill`` ("" unlinks); "" when under way, else why not (for the status bar)."""
    treadmill = treadmill.strip()
    if not treadmill:
        controller.use_link(None)
        return ""
    if treadmill.lower() != VIRTUAL and not is_address(treadmill):

        def found(address: str, why: str) -> None:
            if why:
                window.statusBar().showMessage(
                    QCoreApplication.translate("DeviceAttach", "Treadmill: {why}").format(why=why),
                    15000,
                )
                return
            problem = attach_treadmill(window, controller, settings, address, hci)
            if problem:
                window.statusBar().showMessage(problem, 15000)

        window.statusBar().showMessage(
            QCoreApplication.translate("DeviceAttach", "Looking for the treadmill {name}…").format(
                name=treadmill
            ),
            10000,
        )
        NameLookup(treadmill, hci, found, parent=window)
        return ""
    try:
        link = make_treadmill_link(treadmill, controller, settings, hci)
    except ValueError as exc:
        log.warning("treadmill %s: %s", treadmill, exc)
        return QCoreApplication.translate("DeviceAttach", "Treadmill not linked: {why}").format(
            why=str(exc)
        )
    window.ensure_link_view()
    controller.use_link(link)
    return ""


def when_linked(
    window, controller, then: Callable[[], object], wait_ms: int = LINK_WAIT_MS
) -> None:
    """Call ``then`` once the treadmill link is ready (a name is looked up first, a link takes
    a few seconds), or after ``wait_ms`` without one, saying so: a session started with
    ``--start`` drives the belt from its first step."""
    from PySide6.QtCore import QElapsedTimer

    from walkcoach.devices.events import LinkState

    waited = QElapsedTimer()
    waited.start()
    timer = QTimer(window)
    timer.setInterval(POLL_MS // 2)

    def check() -> None:
        link = controller.link
        ready = link is not None and link.state is LinkState.READY
        if not ready and waited.elapsed() < wait_ms:
            return
        timer.stop()  # kept (one small timer per start): deleting it inside its own signal is not safe
        if not ready:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "DeviceAttach", "The treadmill did not answer: the session starts without it."
                ),
                15000,
            )
        then()

    timer.timeout.connect(check)
    timer.start()
    window.statusBar().showMessage(
        QCoreApplication.translate("DeviceAttach", "Waiting for the treadmill…"), wait_ms
    )


def attach_heart_rate(window, controller, sensor: str, hci: str = "") -> str:
    """Read the heart rate from ``sensor`` ("virtual", an address or a name; "" unlinks the
    sensor, leaving a linked treadmill's own heart rate); "" when under way, else why not."""
    sensor = sensor.strip()
    if sensor and sensor.lower() != VIRTUAL and not is_address(sensor):

        def found(address: str, why: str) -> None:
            if why:
                window.statusBar().showMessage(
                    QCoreApplication.translate("DeviceAttach", "Heart rate: {why}").format(why=why),
                    15000,
                )
                return
            problem = attach_heart_rate(window, controller, address, hci)
            if problem:
                window.statusBar().showMessage(problem, 15000)

        window.statusBar().showMessage(
            QCoreApplication.translate(
                "DeviceAttach", "Looking for the heart-rate sensor {name}…"
            ).format(name=sensor),
            10000,
        )
        NameLookup(sensor, hci, found, parent=window, kind="heart_rate")
        return ""
    if not sensor:
        if controller.link is not None:
            controller.make_heart_rate_link("", "")  # the treadmill's own, if it sends one
        else:
            controller.use_heart_rate(None)
        return ""
    try:
        controller.make_heart_rate_link(sensor, hci)
    except ImportError as exc:
        if "bumble" in str(exc):
            return QCoreApplication.translate(
                "DeviceAttach",
                "Heart-rate sensor not linked: bumble is not installed "
                "(pip install 'walkcoach[bumble]' to use --hci)",
            )
        return QCoreApplication.translate(
            "DeviceAttach", "Heart-rate sensor not linked: {why}"
        ).format(why=str(exc))
    except (ValueError, OSError, RuntimeError) as exc:
        log.warning("heart-rate sensor %s: %s", sensor, exc)
        return QCoreApplication.translate(
            "DeviceAttach", "Heart-rate sensor not linked: {why}"
        ).format(why=str(exc))
    return ""
