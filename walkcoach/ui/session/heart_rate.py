"""The heart rate in a session: its link, the heart-rate coach, the zones, the virtual strap's effort.

The SessionController (ui/session/session.py) composes one and hands it what it needs as
arguments: the clock, the user's settings, the plan and the engine's snapshot, the holds it may
put on the session, the event log, the recorder's hooks and the cue player. The treadmill's side
stays in the controller, which tells this one when the treadmill's link is up and what the belt
reports.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from walkcoach.core.clock import Clock
from walkcoach.core.session_state import SessionState

if TYPE_CHECKING:
    from walkcoach.core.cues import Cue
    from walkcoach.core.engine import Snapshot
    from walkcoach.core.hr_coach import HeartRateCoachSettings
    from walkcoach.core.hr_session import HeartRateSessionCoach, SessionHolds
    from walkcoach.core.hr_zones import HeartRateZones
    from walkcoach.devices.events import Reading
    from walkcoach.devices.hr_events import HeartRateSource
    from walkcoach.devices.links import Link
    from walkcoach.ui.devices.hr_link import HeartRateLink
    from walkcoach.ui.session.event_log import EventLog

log = logging.getLogger(__name__)

HR_COACH_TICK_S = 0.25  # the heart-rate coach and the virtual strap's effort: 4 Hz


class SessionHeartRate(QObject):
    """Long-lived like the controller: the heart-rate link in use (or none) and its coach."""

    # What the monitor reported (devices.hr_events), what the heart-rate coach said
    # (core.hr_coach events: the ceiling, the settle hold), the HeartRateLink in use.
    heart_rate_event = Signal(object)
    heart_rate_coach_event = Signal(object)
    heart_rate_changed = Signal(object)

    def __init__(
        self,
        clock: Clock,
        settings,
        *,
        plan: Callable[[], tuple],
        snapshot: Callable[[], Snapshot | None],
        holds: SessionHolds,
        treadmill_ready: Callable[[], bool],
        event_log: EventLog | None,
        record_sample: Callable[[], None],
        record_wait: Callable[[float], None],
        play: Callable[[Cue], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self._plan = plan
        self._snapshot = snapshot
        self._holds = holds
        self._treadmill_ready = treadmill_ready  # the treadmill's link is up
        self.event_log = event_log
        self._record_sample = record_sample  # the heart rate goes into the belt's samples
        self._record_wait = record_wait  # a settle hold's wait goes into the history
        self._play = play
        self.link: HeartRateLink | None = None
        self.coach: HeartRateSessionCoach | None = None
        # The link made only to read a treadmill's own heart rate (no sensor).
        self._from_treadmill_only = False
        self._start_pending = False  # the sensor waits for the treadmill's link to be up
        self._coach_ticked_s = float("-inf")
        self._last_reading: Reading | None = None  # the belt's latest, for the strap's effort

    # -- the link -----------------------------------------------------------------------------

    def make_link(self, sensor: str, hci: str, alongside: Link | None) -> None:
        """Read the heart rate from ``sensor`` ("virtual" or an address; "" = only a linked
        treadmill's own), beside the treadmill's ``alongside`` link when bumble's host is shared;
        raises ValueError with a sentence when the link cannot be made."""
        from walkcoach.ui.devices.hr_link import HeartRateLink

        link = HeartRateLink(sensor, self.clock, hci=hci, alongside=alongside, parent=self)
        self.use(link)
        self._from_treadmill_only = not sensor

    def use(self, link: HeartRateLink | None) -> None:
        """Read the heart rate from ``link`` from now on (None: none). The old one is closed;
        a settle hold under way ends (nothing to wait for)."""
        old = self.link
        if old is link:
            return
        if old is not None:
            old.close()  # its link's end is logged and shown like the rest
            old.heart_rate_event.disconnect(self._on_heart_rate_event)
            old.ticked.disconnect(self._tick)
        self.link = link
        self._from_treadmill_only = False
        if link is None:
            if self.coach is not None:
                self.coach.on_heart_rate(None)
                self.coach.tick()  # a hold waiting ends: no heart rate to wait for
            self.heart_rate_changed.emit(None)
            return
        if self.coach is None:
            from walkcoach.core.hr_session import HeartRateSessionCoach

            self.coach = HeartRateSessionCoach(
                self.clock,
                self._plan,
                self._holds,
                self._on_coach_event,
                self.coach_settings(),
            )
        link.heart_rate_event.connect(self._on_heart_rate_event)
        link.ticked.connect(self._tick)
        # One bumble host connects to one device at a time (a second LE Create Connection
        # meanwhile is refused): the sensor connects once the treadmill's link is up.
        self._start_pending = link.alongside is not None and not self._treadmill_ready()
        if not self._start_pending:
            link.start()
        self.heart_rate_changed.emit(link)

    def close_for_treadmill(self, old_treadmill: Link | None) -> tuple[str, str] | None:
        """The treadmill's link changes from ``old_treadmill``: close the heart-rate link when
        it cannot outlive it, and say what to make again beside the new one ((sensor, hci);
        None: nothing was closed)."""
        link = self.link
        if link is None:
            return None
        if not (link.shares(old_treadmill) or link.hci or self._from_treadmill_only):
            return None
        # It runs on the old link's Bluetooth thread, or on bumble, whose HCI transport opens
        # once (so it must share the new link's host), or it only read the old treadmill's
        # heart rate: it closes first and is made again beside the new one.
        remake = (link.sensor, link.hci)
        self.use(None)
        return remake

    def on_treadmill_event(self) -> None:
        """The treadmill reported: once its link is up, a sensor waiting for it connects."""
        if self._start_pending and self.link is not None and self._treadmill_ready():
            self._start_pending = False
            self.link.start()

    def on_treadmill_reading(self, reading: Reading) -> None:
        """What the belt reports: a treadmill's own heart rate, and the strap's effort."""
        self._last_reading = reading
        if self.link is not None:
            self.link.on_treadmill_data(reading.at_s, reading.data)

    # -- the session --------------------------------------------------------------------------

    def session_starting(self) -> None:
        """A new session: the coach takes the settings as they are now."""
        self._last_reading = None
        if self.coach is not None:
            self.coach.settings = self.coach_settings()

    def on_session_event(self, event: object) -> None:
        if self.coach is not None:
            self.coach.on_session_event(event)

    def go_on(self) -> bool:
        """The user goes on without waiting for the heart rate to settle; False: no hold."""
        return self.coach is not None and self.coach.go_on()

    def settings_changed(self) -> None:
        """Preferences were saved: the heart-rate coach follows them at once."""
        if self.coach is not None:
            self.coach.settings = self.coach_settings()

    # -- queries ------------------------------------------------------------------------------

    def current(self) -> tuple[int | None, HeartRateSource | None]:
        """(bpm or None for "--", its source "sensor"/"treadmill" or None)."""
        if self.link is None:
            return None, None
        return self.link.current_bpm, self.link.source

    def coach_settings(self) -> HeartRateCoachSettings:
        """The heart-rate coach's settings from the user's (core.hr_coach)."""
        from walkcoach.core.hr_coach import HeartRateCoachSettings

        settings = self.settings
        ceiling = None
        if settings.hr_ceiling_enabled:
            zones = self.zones()
            ceiling = settings.hr_ceiling_bpm or (zones.top_of_zone_4_bpm if zones else None)
        return HeartRateCoachSettings(
            ceiling_bpm=ceiling,
            settle_before_backward=bool(settings.hr_settle_before_backward),
            settle_bpm=int(settings.hr_settle_bpm),
            settle_max_wait_s=float(settings.hr_settle_max_wait_s),
        )

    def zones(self) -> HeartRateZones | None:
        """The user's zones (Preferences); with neither a maximum nor an age given and the
        virtual strap linked, the zones of the walker it simulates (its own maximum): a
        simulated heart rate has a known maximum, a real one is never guessed."""
        from walkcoach.core.settings import zones_from

        zones = zones_from(self.settings)
        if zones is None and self.virtual_zones_in_use():
            from walkcoach.core.hr_zones import zones_for

            sensor = self.link.virtual_sensor if self.link is not None else None
            assert sensor is not None
            zones = zones_for(max_hr_bpm=round(sensor.config.max_bpm))
        return zones

    def virtual_zones_in_use(self) -> bool:
        """Whether zones() are the virtual walker's, not the user's."""
        from walkcoach.core.settings import zones_from

        link = self.link
        return (
            link is not None
            and link.virtual_sensor is not None
            and zones_from(self.settings) is None
        )

    # -- internals ----------------------------------------------------------------------------

    def _on_heart_rate_event(self, event) -> None:
        if self.event_log is not None:
            wait_ms = self.link.event_wait_ms if self.link is not None else 0.0
            self.event_log.write_heart_rate(event, queued_ms=wait_ms)
        if self.coach is not None and self.link is not None:
            self.coach.on_heart_rate(self.link.current_bpm)
        self.heart_rate_event.emit(event)
        from walkcoach.devices.hr_events import HeartRate

        if isinstance(event, HeartRate):
            self._record_sample()

    def _tick(self) -> None:
        link, coach = self.link, self.coach
        if link is None or coach is None:
            return
        # The link ticks at 20 Hz so a notification reaches the screen at once; the coach's
        # holds and the virtual strap's effort work in seconds, so 4 Hz is plenty for them
        # (at 20 Hz they were a third of the window's CPU with both devices linked).
        now_s = self.clock.now()
        if now_s - self._coach_ticked_s < HR_COACH_TICK_S:
            return
        self._coach_ticked_s = now_s
        coach.on_heart_rate(link.current_bpm)
        coach.tick()
        self._feed_virtual_strap()

    def _feed_virtual_strap(self) -> None:
        """The virtual strap's heart rate follows what the walker does now."""
        link = self.link
        if link is None or link.virtual_sensor is None:
            return
        from walkcoach.devices.virtual_hr import Effort

        snap = self._snapshot()
        if snap is None or snap.state is not SessionState.RUNNING or snap.planned is None:
            link.set_effort(Effort())
            return
        reading = self._last_reading
        segment = snap.planned.segment
        speed_kmh = segment.speed_kmh
        incline_pct = segment.incline_pct
        if reading is not None and reading.data.speed_kmh is not None:
            speed_kmh = reading.data.speed_kmh  # what the belt really does
            incline_pct = reading.data.incline_pct or 0.0
        link.set_effort(Effort.for_segment(snap.planned.direction, speed_kmh or 0.0, incline_pct))

    def _on_coach_event(self, event) -> None:
        from walkcoach.core.hr_coach import CeilingCrossed, HoldEnded, HoldStarted

        if self.event_log is not None:
            self.event_log.write_heart_rate_coach(event)
        if isinstance(event, HoldEnded):
            self._record_wait(event.waited_s)
        self.heart_rate_coach_event.emit(event)
        if isinstance(event, CeilingCrossed | HoldStarted) and self.settings.cue_detail != "none":
            from walkcoach.core.cues import Cue

            snap = self._snapshot()
            at_s = snap.active_s if snap is not None else 0.0
            self._play(Cue("heart_rate", "", event.spoken, at_s, at_s))
