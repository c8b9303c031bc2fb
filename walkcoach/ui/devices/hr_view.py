"""The heart rate on screen: its link in the status bar, the live figure in its zone's colour
on the coach page, the workout view and the mini view, and what the heart-rate coach says (the
ceiling, the wait before a backward bout with the heart rate and the time left).

"--" rule (devices/hr_monitor.py): no contact, a 0, a lost link or nothing for a few seconds
shows "--" with the reason, never 0 bpm; none of it stops the session.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from walkcoach.core.hr_coach import (
    CeilingCrossed,
    HoldEnded,
    HoldStarted,
    HoldWaiting,
    UnderCeiling,
)
from walkcoach.core.hr_zones import HeartRateZones
from walkcoach.core.textfmt import format_elapsed
from walkcoach.devices.events import LinkState
from walkcoach.devices.hr_events import (
    ContactBack,
    ContactLost,
    HeartRate,
    SensorLinkChanged,
    SignalBack,
    SignalLost,
)
from walkcoach.ui.theme import zone_colour

NOTICE_MS = 8000
HEART = "♥"


class HeartRateView(QObject):
    def __init__(self, window, controller) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.status = QLabel(window)
        self.status.setObjectName("heartRateStatus")
        self.status.setContentsMargins(16, 0, 0, 0)  # apart from the treadmill's entry
        window.statusBar().addPermanentWidget(self.status)
        self.status.hide()
        self._contact_lost = False
        self._above_ceiling = False
        self._treadmill_sent = False  # the treadmill has sent a heart rate of its own
        self._link_state: LinkState | None = None
        controller.heart_rate_changed.connect(self._on_link)
        controller.heart_rate_event.connect(self._on_event)
        controller.heart_rate_coach_event.connect(self._on_coach_event)
        window.settings_changed.connect(self._on_settings)
        self._on_link(controller.hr_link)

    # -- what is shown ------------------------------------------------------------------------

    def zones(self) -> HeartRateZones | None:
        return self.controller.heart_rate_zones()

    def refresh(self) -> None:
        """Show the heart rate as it is now (after each report, and after a settings change)."""
        link = self.controller.hr_link
        if link is None:
            self.window.set_heart_rate("", "", "", "")
            return
        bpm, source = self.controller.current_heart_rate()
        if bpm is not None and source == "treadmill":
            self._treadmill_sent = True
        if not link.has_sensor and bpm is None and not self._treadmill_sent:
            # Only a treadmill that may send a heart rate: nothing to show until it does.
            self.window.set_heart_rate("", "", "", "")
            return
        from_treadmill = self.tr("from the treadmill") if source == "treadmill" else ""
        if self.controller.virtual_zones_in_use():
            from_treadmill = self.tr("simulated zones")
        if bpm is None:
            why = self._why_no_heart_rate()
            self.window.set_heart_rate(f"{HEART} --", why, zone_colour(0), from_treadmill)
            return
        zones = self.zones()
        if zones is None:
            # No maximum and no age: the figure, without zones (Preferences says how).
            text = self.tr("{bpm} bpm").format(bpm=bpm)
            self.window.set_heart_rate(f"{HEART} {bpm}", text, zone_colour(0), from_treadmill)
            return
        number = zones.zone_of(bpm)
        if number is None:
            zone_text = self.tr("Below zone 1")
        else:
            # Two short lines: the badge stays as narrow as the glyph above it.
            zone_text = self.tr("Zone {n}\n{name}").format(
                n=number, name=self.tr(zones.zone(number).name)
            )
        if self._above_ceiling:
            zone_text = self.tr("{zone}\nabove your ceiling").format(zone=zone_text)
        self.window.set_heart_rate(
            f"{HEART} {bpm}", zone_text, zone_colour(number or 0), from_treadmill
        )

    def _why_no_heart_rate(self) -> str:
        if self._link_state is not None and self._link_state is not LinkState.READY:
            if self._link_state in (LinkState.CONNECTING, LinkState.IDLE):
                return self.tr("connecting…")
            return self.tr("sensor lost")
        if self._contact_lost:
            return self.tr("no skin contact")
        link = self.controller.hr_link
        if link is not None and not link.has_sensor:
            return self.tr("none from the treadmill")
        return self.tr("no heart rate")

    # -- events -------------------------------------------------------------------------------

    def _on_settings(self) -> None:
        self.controller.settings_changed()  # the ceiling and the wait follow at once
        self.refresh()

    def _on_link(self, link) -> None:
        self._contact_lost = False
        self._treadmill_sent = False
        self._link_state = None
        if link is None or not link.has_sensor:
            self.status.hide()
        else:
            self._link_state = link.monitor.link_state
            self._show_status()
        self.refresh()

    def _show_status(self, reason: str = "") -> None:
        link = self.controller.hr_link
        if link is None or not link.has_sensor:
            self.status.hide()
            return
        settings = self.window.settings
        virtual = link.sensor.lower() == "virtual"
        name = (
            self.tr("Virtual heart-rate sensor")
            if virtual
            else settings.heart_rate_name or link.sensor
        )
        state = self._link_state
        if state is LinkState.READY:
            text = self.tr("{name}: connected").format(name=name)
        elif state in (LinkState.CONNECTING, LinkState.IDLE, None):
            text = self.tr("{name}: connecting…").format(name=name)
        elif state is LinkState.CLOSED:
            text = self.tr("{name}: closed").format(name=name)
        else:
            text = self.tr("{name}: lost, trying again…").format(name=name)
            if reason:
                text = self.tr("{name}: lost, trying again… ({why})").format(name=name, why=reason)
        self.status.setText(text)
        self.status.show()

    def _on_event(self, event) -> None:
        if isinstance(event, SensorLinkChanged):
            self._link_state = event.state
            self._show_status(event.reason)
        elif isinstance(event, ContactLost):
            self._contact_lost = True
            self.window.statusBar().showMessage(
                self.tr("The heart-rate sensor has lost contact with the skin."), NOTICE_MS
            )
        elif isinstance(event, ContactBack) or isinstance(event, HeartRate) and event.contact:
            self._contact_lost = False
        elif isinstance(event, SignalLost | SignalBack):
            pass  # shown by refresh: "--" with the reason, or the figure again
        self.refresh()

    def _on_coach_event(self, event) -> None:
        page = self.window.page
        bar = self.window.statusBar()
        if isinstance(event, CeilingCrossed):
            self._above_ceiling = True
            bar.showMessage(
                self.tr(
                    "Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little."
                ).format(bpm=event.bpm, ceiling=event.ceiling_bpm),
                NOTICE_MS,
            )
        elif isinstance(event, UnderCeiling):
            self._above_ceiling = False
            bar.showMessage(
                self.tr("Heart rate back under {ceiling} bpm.").format(ceiling=event.ceiling_bpm),
                NOTICE_MS,
            )
        elif isinstance(event, HoldStarted):
            texts = self._hold_texts(event.settle_bpm, event.bpm, event.max_wait_s)
            page.set_heart_rate_message(*texts)
        elif isinstance(event, HoldWaiting):
            page.set_heart_rate_message(
                *self._hold_texts(event.settle_bpm, event.bpm, event.left_s)
            )
        elif isinstance(event, HoldEnded):
            page.set_heart_rate_message("")
            ended = {
                "settled": self.tr("Heart rate settled: get ready to turn."),
                "max_wait": self.tr("Waited long enough: get ready to turn."),
                "no_heart_rate": self.tr("No heart rate to wait for: get ready to turn."),
                "user": self.tr("Going on without waiting: get ready to turn."),
            }.get(event.reason, "")
            if ended:
                bar.showMessage(ended, NOTICE_MS)
        self.refresh()

    def _hold_texts(
        self, settle_bpm: int, bpm: int | None, left_s: float
    ) -> tuple[str, tuple[str, ...]]:
        """The banner and the steps line of the wait, both short: the digits keep their room
        at 1024x600."""
        banner = self.tr("Catch your breath: keep walking slowly.")
        level = self.tr("Turn under {level} bpm").format(level=settle_bpm)
        now = self.tr("now {bpm}").format(bpm=bpm) if bpm is not None else self.tr("now --")
        left = self.tr("at most {left} more").format(left=format_elapsed(max(0.0, left_s)))
        return banner, (level, now, left)
