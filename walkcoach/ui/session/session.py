"""One coaching session at a time: builds the engine, plays cues, logs, records, keeps awake.

The heart rate (its link, the heart-rate coach, the zones, the virtual strap's effort) is
ui/session/heart_rate.py, an object the controller composes and hands the engine's snapshot, the
recorder's hooks, the event log and the clock; the controller keeps the treadmill's belt coach and
passes the heart rate's signals and queries on, so the window sees one session. Still past 400
lines (500): the belt coach stays here because it shares the engine's turns, pauses and cues with
the session's own commands (Space, skip) at every step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from walkcoach.core.clock import Clock
from walkcoach.core.program import Program
from walkcoach.core.session_state import SessionState
from walkcoach.ui.session.heart_rate import SessionHeartRate

if TYPE_CHECKING:
    # The engine, its events and the driver are imported at the first Start: the first frame
    # needs none of them.
    from walkcoach.core.cues import CuePlayer
    from walkcoach.core.engine import SessionEngine, Snapshot
    from walkcoach.core.events import Event
    from walkcoach.core.hr_coach import HeartRateCoachSettings
    from walkcoach.core.hr_session import HeartRateSessionCoach
    from walkcoach.core.hr_zones import HeartRateZones
    from walkcoach.devices.belt_coach import BeltCoach, BeltNotice
    from walkcoach.devices.events import Reading
    from walkcoach.devices.hr_events import HeartRateSource
    from walkcoach.system.awake import AwakeGuard
    from walkcoach.ui.devices.hr_link import HeartRateLink
    from walkcoach.ui.devices.link import TreadmillLink
    from walkcoach.ui.session.driver import SessionDriver
    from walkcoach.ui.session.event_log import EventLog
    from walkcoach.ui.session.recorder import SessionRecorder

log = logging.getLogger(__name__)

ENDED_STATES = (SessionState.FINISHED, SessionState.STOPPED)
EXTEND_STEP_S = 30.0  # what the +30 s / -30 s keys and buttons add or take
SLEEP_GAP_S = 5.0
SAMPLE_EVERY_S = 0.9  # the belt's figures are recorded about once a second of session time


class SessionController(QObject):
    """Long-lived: the window talks to this; each Start makes a fresh engine and driver."""

    session_started = Signal(object)  # the Program
    event_happened = Signal(object)  # core.events.Event
    snapshot_changed = Signal(object)  # core.engine.Snapshot
    cue_played = Signal(object)  # core.cues.Cue
    session_ended = Signal(str)  # "finished" or "stopped"
    # A linked treadmill: what it reported (devices.events) and what the coach says about it
    # (devices.belt_coach.BeltNotice: faults, the turn's wait, refused actions).
    device_event = Signal(object)
    belt_notice = Signal(object)
    link_changed = Signal(object)  # the TreadmillLink now in use, or None
    # The heart rate (ui/session/heart_rate.py passes them on): what the monitor reported
    # (devices.hr_events), what the heart-rate coach said (core.hr_coach events: the ceiling,
    # the settle hold), the HeartRateLink in use.
    heart_rate_event = Signal(object)
    heart_rate_coach_event = Signal(object)
    heart_rate_changed = Signal(object)

    def __init__(
        self,
        clock: Clock,
        cue_player: CuePlayer,
        settings,
        awake_guard: AwakeGuard,
        *,
        time_scale: float = 1.0,
        event_log: EventLog | None = None,
        recorder_factory: Callable[[Program, tuple], SessionRecorder] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.cue_player = cue_player
        self.settings = settings
        self.awake_guard = awake_guard
        self.time_scale = time_scale
        self.event_log = event_log
        if event_log is not None:
            event_log.use_clock(clock.now)  # every record says when on the session's clock
        self.recorder_factory = recorder_factory
        self.recorder: SessionRecorder | None = None
        self.program: Program | None = None
        self.engine: SessionEngine | None = None
        self.driver: SessionDriver | None = None
        self.link: TreadmillLink | None = None
        self._last_sample_s = float("-inf")  # active time of the last sample recorded
        self._last_reading: Reading | None = None  # the belt's latest, for the samples
        self.belt: BeltCoach | None = None
        self.heart_rate = SessionHeartRate(
            clock,
            settings,
            plan=lambda: self.plan,
            snapshot=self.snapshot,
            holds=self,
            treadmill_ready=self._treadmill_ready,
            event_log=event_log,
            record_sample=self._record_sample,
            record_wait=self._record_heart_rate_wait,
            play=self._play,
            parent=self,
        )
        self.heart_rate.heart_rate_event.connect(self.heart_rate_event)
        self.heart_rate.heart_rate_coach_event.connect(self.heart_rate_coach_event)
        self.heart_rate.heart_rate_changed.connect(self.heart_rate_changed)

    # -- queries ------------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self.engine.state if self.engine is not None else SessionState.IDLE

    @property
    def active(self) -> bool:
        """A session is under way (counting down, running or paused)."""
        return self.state in (SessionState.COUNTDOWN, SessionState.RUNNING, SessionState.PAUSED)

    @property
    def plan(self) -> tuple:
        return self.engine.plan if self.engine is not None else ()

    def snapshot(self) -> Snapshot | None:
        return self.engine.snapshot() if self.engine is not None else None

    @property
    def hr_link(self) -> HeartRateLink | None:
        """The heart-rate link in use (None: none)."""
        return self.heart_rate.link

    @property
    def hr_coach(self) -> HeartRateSessionCoach | None:
        """The heart-rate coach, made with the first heart-rate link."""
        return self.heart_rate.coach

    # -- commands -----------------------------------------------------------------------------

    def start(self, program: Program, *, skip_get_ready: bool = False) -> None:
        if self.active:
            raise RuntimeError("a session is already running; stop it first")
        from walkcoach.core.engine import SessionEngine
        from walkcoach.ui.session.driver import SessionDriver

        self._teardown()
        settings = self.settings
        time_left_every_s = settings.time_left_every_s or None
        self.program = program
        self.engine = SessionEngine(
            program,
            self.clock,
            get_ready_s=float(settings.get_ready_s),
            countdown_s=int(settings.countdown_s),
            time_left_every_s=time_left_every_s,
            # Real seconds: the engine scales it by the clock's time_scale itself.
            sleep_gap_s=SLEEP_GAP_S,
        )
        self.engine.hold_turns = self.belt is not None
        self._last_sample_s = float("-inf")
        self._last_reading = None
        self.heart_rate.session_starting()
        self.driver = SessionDriver(
            self.engine, self.clock, time_scale=self.time_scale, parent=self
        )
        self.driver.event_happened.connect(self._on_event)
        self.driver.snapshot_changed.connect(self.snapshot_changed)
        if self.recorder_factory is not None:
            try:
                self.recorder = self.recorder_factory(program, self.engine.plan)
            except Exception:  # recording must never stop the user from walking
                log.exception("cannot record this session")
                self.recorder = None
        self.session_started.emit(program)
        self.driver.start(skip_get_ready=skip_get_ready)

    def toggle_pause(self) -> None:
        if self.driver is None:
            return
        snap = self.engine.snapshot() if self.engine is not None else None
        if snap is not None and snap.paused_reason == "heart_rate" and self.heart_rate.go_on():
            return  # Space while the heart rate settles: the user goes on without waiting
        if self.belt is not None and self.state is SessionState.PAUSED:
            snap = self.engine.snapshot() if self.engine is not None else None
            if snap is not None and snap.paused_reason == "belt":
                self.driver.pause("user")  # Space while the belt slows: the user holds it
            else:
                self._refused(self.belt.request_resume())  # counts down, then goes on
            return
        self.driver.toggle_pause()

    def pause(self) -> None:
        if self.driver is not None and self.state in (SessionState.COUNTDOWN, SessionState.RUNNING):
            self.driver.pause()

    def skip(self) -> None:
        if self.driver is not None and self.active:
            if self.belt is not None and self._refused(self.belt.why_not_skip()):
                return
            self.driver.skip()

    def back(self) -> None:
        if self.driver is not None and self.active:
            self.driver.back()

    def stop(self) -> None:
        if self.driver is not None and self.active:
            self.driver.stop()

    def confirm(self) -> None:
        if self.driver is not None and self.active:
            self.driver.confirm()

    def extend_segment(self, delta_s: float) -> None:
        """Lengthen or shorten the running segment (the +30 s / -30 s keys and buttons)."""
        if self.driver is not None and self.active:
            self.driver.extend_segment(delta_s)

    def refresh(self) -> None:
        """Re-emit the current snapshot (after a settings change, say)."""
        if self.engine is not None:
            self.snapshot_changed.emit(self.engine.snapshot())

    def shutdown(self) -> None:
        """App exit: stop a running session cleanly so it is recorded, stop a linked belt, and
        let the screen sleep."""
        if self.active:
            self.stop()
        self._teardown()
        self.use_heart_rate(None)  # first: it may run on the treadmill link's thread
        self.use_link(None)
        self.awake_guard.shutdown()

    # -- the treadmill link -------------------------------------------------------------------

    def use_link(self, link: TreadmillLink | None) -> None:
        """Drive this treadmill from now on (None: no treadmill). The old one is stopped and
        closed. A session under way keeps its turns as they were planned: it holds them for the
        belt only when it started with one."""
        old = self.link
        if old is link:
            return
        # A heart-rate link that cannot outlive the old treadmill's closes first.
        remake_sensor = self.heart_rate.close_for_treadmill(old.link if old is not None else None)
        if self.belt is not None:
            self.belt.shutdown()
        if old is not None:
            old.close()  # the belt stopped, the link closed: logged and shown like the rest
            old.device_event.disconnect(self._on_device_event)
            old.ticked.disconnect(self._tick_belt)
        self.link, self.belt = link, None
        if link is not None:
            from walkcoach.devices.belt_coach import BeltCoach, BeltNotice

            self.belt = BeltCoach(
                link.controller,
                self.clock,
                lambda: self.plan,
                self,
                self._on_belt_notice,
                stop_belt_at_end=bool(self.settings.stop_belt_at_end),
            )
            link.device_event.connect(self._on_device_event)
            link.ticked.connect(self._tick_belt)  # the resume countdown runs on the link's ticks
            link.start()
            if self.active:
                # Linked mid-session: the belt is not started for a step already under way.
                self._on_belt_notice(
                    BeltNotice(
                        "info", self.tr("The treadmill follows the session from the next step on.")
                    )
                )
        if self.engine is not None:
            self.engine.hold_turns = self.belt is not None
            if self.belt is None:
                self.engine.release_turn()  # nothing to wait for any more
        self.link_changed.emit(link)
        if remake_sensor is not None and remake_sensor[0]:
            self.make_heart_rate_link(*remake_sensor)
        elif self.hr_link is None and link is not None:
            self.make_heart_rate_link("", "")  # the treadmill's own heart rate, if it sends one

    # -- the heart rate -----------------------------------------------------------------------

    def make_heart_rate_link(self, sensor: str, hci: str) -> None:
        """Read the heart rate from ``sensor`` ("virtual" or an address; "" = only a linked
        treadmill's own); raises ValueError with a sentence when the link cannot be made."""
        alongside = self.link.link if self.link is not None and hci else None
        self.heart_rate.make_link(sensor, hci, alongside)

    def use_heart_rate(self, link: HeartRateLink | None) -> None:
        """Read the heart rate from ``link`` from now on (None: none)."""
        self.heart_rate.use(link)

    def _treadmill_ready(self) -> bool:
        from walkcoach.devices.events import LinkState

        return self.link is not None and self.link.state is LinkState.READY

    def heart_rate_coach_settings(self) -> HeartRateCoachSettings:
        return self.heart_rate.coach_settings()

    def heart_rate_zones(self) -> HeartRateZones | None:
        return self.heart_rate.zones()

    def virtual_zones_in_use(self) -> bool:
        return self.heart_rate.virtual_zones_in_use()

    def settings_changed(self) -> None:
        """Preferences were saved: the heart-rate coach follows them at once."""
        self.heart_rate.settings_changed()

    def current_heart_rate(self) -> tuple[int | None, HeartRateSource | None]:
        """(bpm or None for "--", its source "sensor"/"treadmill" or None)."""
        return self.heart_rate.current()

    # SessionHolds (core.hr_session): what the heart-rate coach may do to the session.
    def hold(self, reason: str) -> None:
        if self.driver is not None:
            self.driver.hold(reason)

    def release_hold(self, reason: str) -> None:
        if self.driver is not None:
            self.driver.release_hold(reason)

    def _record_heart_rate_wait(self, waited_s: float) -> None:
        if self.recorder is None:
            return
        try:
            self.recorder.heart_rate_waited(waited_s)  # the hold goes into the history
        except Exception:  # recording must never stop the user from walking
            log.exception("recording the heart-rate wait failed; the session goes on")

    # SessionActions (devices.belt_coach): what the belt coach may do to the session.
    def pause_for(self, reason: str) -> None:
        if self.driver is not None:
            self.driver.pause(reason)

    def resume(self) -> None:
        if self.driver is not None:
            self.driver.resume()

    def release_turn(self) -> None:
        if self.driver is None or self.engine is None:
            return
        from walkcoach.core.cues import belt_turn_now_cue

        was_held = self.engine.snapshot().paused_reason == "belt"
        self.driver.release_turn()
        if was_held:
            snap = self.engine.snapshot()
            self._play(belt_turn_now_cue(self.plan, snap.index, snap.active_s))

    def current_index(self) -> int | None:
        return self.engine.index if self.engine is not None else None

    def _on_device_event(self, event) -> None:
        if self.event_log is not None:
            wait_ms = self.link.event_wait_ms if self.link is not None else 0.0
            self.event_log.write_device(event, queued_ms=wait_ms)
        self.device_event.emit(event)
        from walkcoach.devices.events import Reading

        self.heart_rate.on_treadmill_event()  # a sensor waiting for the treadmill's link
        if isinstance(event, Reading):
            self._last_reading = event
            self.heart_rate.on_treadmill_reading(event)
            self._record_sample()
        if self.belt is not None:
            self.belt.on_device_event(event)

    def _record_sample(self) -> None:
        """What the belt and the heart rate say now goes into the history, about once a second
        of session time (whichever reports first; the other's latest value goes with it)."""
        if self.recorder is None or self.engine is None:
            return
        snap = self.engine.snapshot()
        if snap.state is not SessionState.RUNNING and snap.state is not SessionState.PAUSED:
            return
        active_s = snap.active_s
        if active_s < 0 or active_s < self._last_sample_s + SAMPLE_EVERY_S:
            return
        from walkcoach.core.measured import MAX_HOLD_S, BeltSample

        reading = self._last_reading
        # A reading older than the measured figures hold for says nothing about now.
        if reading is not None and self.clock.now() - reading.at_s > MAX_HOLD_S:
            reading = None
        data = reading.data if reading is not None else None
        bpm, source = self.current_heart_rate()
        if data is None and bpm is None:
            return
        self._last_sample_s = active_s
        try:
            self.recorder.add_sample(
                BeltSample(
                    at_s=active_s,
                    speed_kmh=data.speed_kmh if data is not None else None,
                    incline_pct=data.incline_pct if data is not None else None,
                    distance_m=data.distance_m if data is not None else None,
                    heart_rate_bpm=bpm,
                )
            )
            if bpm is not None:
                self.recorder.set_heart_rate_source(source)
        except Exception:  # recording must never stop the user from walking
            log.exception("recording the belt's figures failed; the session goes on")

    def _tick_belt(self) -> None:
        if self.belt is not None:
            self.belt.tick()

    def _on_belt_notice(self, notice: BeltNotice) -> None:
        self.belt_notice.emit(notice)
        if notice.kind == "countdown" and notice.value:
            from walkcoach.core.cues import Cue

            at_s = self._session_s()
            self._play(Cue("countdown", "countdown.wav", "", at_s, at_s))
        elif notice.spoken:
            from walkcoach.core.cues import SOUNDS, Cue

            at_s = self._session_s()
            # A fault is said whatever the spoken-cue setting, with the pause's sound.
            sound = SOUNDS["paused"] if notice.kind == "fault" else ""
            self._play(Cue("belt", sound, notice.spoken, at_s, at_s))

    def _refused(self, why: str) -> bool:
        """Tell the user why an action was not done; False when there is nothing to tell."""
        if not why:
            return False
        from walkcoach.devices.belt_coach import BeltNotice

        self._on_belt_notice(BeltNotice("refused", why, why))
        return True

    def _session_s(self) -> float:
        snap = self.engine.snapshot() if self.engine is not None else None
        return snap.active_s if snap is not None else 0.0

    # -- internals ----------------------------------------------------------------------------

    def _teardown(self) -> None:
        if self.driver is not None:
            self.driver.shutdown()
            # No deleteLater(): the driver is this controller's child and goes with it; a
            # deferred delete still queued when a controller was collected before the event
            # loop ran crashed a later test (seen under gdb).
            self.driver = None

    def _on_event(self, event: Event) -> None:
        from walkcoach.core.events import StateChanged  # loaded by the engine by now

        if self.event_log is not None:
            self.event_log.write_event(event)
        if isinstance(event, StateChanged):
            self.awake_guard.on_state(event.new)
        if self.belt is not None:
            self.belt.on_session_event(event)
        self.heart_rate.on_session_event(event)
        if self.recorder is not None:
            try:
                self.recorder.on_event(event, self.engine.snapshot())
            except Exception:
                log.exception("recording the session failed; the session goes on")
                self.recorder = None
        self.event_happened.emit(event)
        self._play_cues(event)
        if isinstance(event, StateChanged) and event.new in ENDED_STATES:
            self.session_ended.emit(str(event.new.value))

    def _play_cues(self, event: Event) -> None:
        from walkcoach.core.cues import cues_for_event  # its first use is the first session's

        units = self.settings.units
        speak_time_left = bool(self.settings.time_left_every_s)
        detail = self.settings.cue_detail
        belt_turn_kmh = self.belt.turn_speed_kmh if self.belt is not None else None
        for cue in cues_for_event(
            event,
            self.plan,
            units=units,
            speak_time_left=speak_time_left,
            detail=detail,
            belt_turn_kmh=belt_turn_kmh,
        ):
            self._play(cue)

    def _play(self, cue) -> None:
        try:
            self.cue_player.play(cue)
        except Exception:  # a broken sound must not break the session
            log.exception("playing cue %s failed", cue.kind)
        if self.event_log is not None:
            self.event_log.write_cue(cue)
        self.cue_played.emit(cue)
