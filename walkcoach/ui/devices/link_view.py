"""The treadmill link on screen: its state in the status bar, the belt's measured figures on
the coach page, and what the belt coach says (faults, the turn's wait, a resume's countdown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from walkcoach.core.units import km_to_mi
from walkcoach.devices.events import (
    FaultReason,
    LinkChanged,
    LinkState,
    Reading,
    SessionMustPause,
    TurnNow,
)
from walkcoach.ui.coach.texts import incline_text, speed_text
from walkcoach.ui.locale_text import decimal

if TYPE_CHECKING:
    from walkcoach.core.measured import BeltSample

NOTICE_MS = 8000


class LinkView(QObject):
    def __init__(self, window, controller) -> None:
        super().__init__(window)
        self.window = window
        self.page = window.page
        self.status = QLabel(window)
        self.status.setObjectName("treadmillStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.status.hide()
        self._name = ""
        self._fault = ""  # the reason of the fault that paused the session, while it holds
        self._walked_m: float | None = None  # on the belt since the session's first step
        self._last_sample: BeltSample | None = None
        self.controller = controller
        controller.link_changed.connect(self._on_link)
        controller.event_happened.connect(self._on_session_event)
        controller.session_started.connect(self._on_session_started)
        controller.device_event.connect(self._on_device_event)
        controller.belt_notice.connect(self._on_notice)
        self._on_link(controller.link)

    def _units(self) -> str:
        return self.window.settings.units

    def _on_link(self, link) -> None:
        if link is None:
            self.status.hide()
            self.page.set_belt_reading("")
            self.page.set_belt_message("")
            return
        settings = self.window.settings
        virtual = link.treadmill.strip().lower() == "virtual"
        remembered = settings.treadmill_name
        if virtual:
            self._name = self.tr("Virtual treadmill")
        elif remembered and settings.treadmill == link.treadmill:
            self._name = self.tr("Treadmill {name}").format(name=remembered)
        else:
            self._name = self.tr("Treadmill {address}").format(address=link.treadmill)
        self._show_state(link.state, "")
        self.status.show()

    def _show_state(self, state: LinkState, reason: str) -> None:
        texts = {
            LinkState.IDLE: self.tr("not connected"),
            LinkState.CONNECTING: self.tr("connecting…"),
            LinkState.SETTING_UP: self.tr("taking control…"),
            LinkState.READY: self.tr("connected"),
            LinkState.WAITING_TO_RECONNECT: self.tr("lost, trying again…"),
            LinkState.CLOSED: self.tr("disconnected"),
        }
        text = self.tr("{name}: {state}").format(name=self._name, state=texts[state])
        if reason and state is LinkState.WAITING_TO_RECONNECT:
            text += f" ({reason[:60]})"  # the stack's own words: why the link went
        self.status.setText(text)
        self.status.setToolTip(reason)
        if state is not LinkState.READY:
            self.page.set_belt_reading(self.tr("Belt: {state}").format(state=texts[state]))

    def _on_device_event(self, event) -> None:
        if isinstance(event, LinkChanged):
            self._show_state(event.state, event.reason)
        elif isinstance(event, Reading):
            data = event.data
            self._count_distance(event)
            parts = []
            if data.speed_kmh is not None:
                parts.append(speed_text(data.speed_kmh, self._units()))
            if data.incline_pct is not None:
                parts.append(incline_text(data.incline_pct))
            if data.distance_m is not None:
                parts.append(self._distance_text(data.distance_m))
            self.page.set_belt_reading(
                self.tr("Belt now: {figures}").format(figures="  ·  ".join(parts))
            )
        elif isinstance(event, TurnNow):
            self.page.set_belt_message("")
        elif isinstance(event, SessionMustPause):
            self._fault = self._fault_text(event)
            self.page.set_belt_message(self._fault)

    def _count_distance(self, event: Reading) -> None:
        """The belt's distance walked this session, from its running total (which may start
        anywhere and reset), counted only while the session is under way."""
        from walkcoach.core.measured import BeltSample, cumulative_distances_m
        from walkcoach.core.session_state import SessionState

        if self.controller.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        data = event.data
        sample = BeltSample(event.at_s, data.speed_kmh, data.incline_pct, data.distance_m)
        if self._walked_m is None or self._last_sample is None:
            self._walked_m = 0.0
        else:
            self._walked_m += cumulative_distances_m([self._last_sample, sample])[-1]
        self._last_sample = sample
        self.page.set_measured_distance(self._walked_m / 1000)

    def _on_session_started(self, _program) -> None:
        self._walked_m, self._last_sample = None, None  # a new session: nothing walked yet

    def _on_session_event(self, event) -> None:
        from walkcoach.core.events import StateChanged
        from walkcoach.core.session_state import SessionState

        if isinstance(event, StateChanged) and event.new is SessionState.RUNNING:
            self._fault = ""  # going on: whatever held the session is over
            self.page.set_belt_message("")

    def _distance_text(self, distance_m: float) -> str:
        if self.window.settings.distance_unit == "mi":
            return self.tr("{miles} mi").format(miles=decimal(km_to_mi(distance_m / 1000), 2))
        return self.tr("{km} km").format(km=decimal(distance_m / 1000, 2))

    def _fault_text(self, event: SessionMustPause) -> str:
        """Short enough for the paused display: why, and how to go on."""
        why = {
            FaultReason.SAFETY_KEY: self.tr("The safety key was pulled."),
            FaultReason.STOPPED_ON_MACHINE: self.tr("The treadmill was stopped on the machine."),
            FaultReason.PAUSED_ON_MACHINE: self.tr("The treadmill was paused on the machine."),
            FaultReason.CONTROL_LOST: self.tr("Another app took control of the treadmill."),
            FaultReason.LINK_LOST: self.tr("The treadmill link was lost."),
            FaultReason.NO_DATA: self.tr("The treadmill stopped sending its speed."),
            FaultReason.TURN_NOT_SLOWED: self.tr("The belt did not slow down for the turn."),
            FaultReason.TURN_SPEED_REFUSED: self.tr("The treadmill refused the turn speed."),
        }[event.reason]
        return self.tr("{why} Press Space to go on.").format(why=why)

    def _on_notice(self, notice) -> None:
        if notice.kind == "fault":
            return  # shown from the SessionMustPause itself (translated)
        if notice.kind == "turn_wait":
            self.page.set_belt_message(
                self.tr("Wait: the belt is still slowing down for the turn.")
            )
        elif notice.kind == "countdown":
            text = (
                self.tr("Going on in {seconds}… (Space: wait)").format(seconds=int(notice.value))
                if notice.value
                else self._fault  # done (running now) or called off (the fault still holds)
            )
            self.page.set_belt_message(text)
        else:  # info, refused
            self.window.statusBar().showMessage(notice.text, NOTICE_MS)
