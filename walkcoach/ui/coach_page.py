"""The coach page: big direction and time, what to set, what is next, progress, totals, controls."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.program import PlannedSegment, Program, format_duration
from walkcoach.core.session_state import SessionState
from walkcoach.ui import coach_texts as texts
from walkcoach.ui.direction_display import DirectionDisplay
from walkcoach.ui.lean_qt import set_enum
from walkcoach.ui.program_picker import ProgramPicker
from walkcoach.ui.stats_strip import SessionTotals, StatsStrip

if TYPE_CHECKING:
    from walkcoach.core.events import Event


class DisplayState:
    """What the big display shows, worked out from a snapshot (kept for the mini view and tests)."""

    def __init__(self, kind: str | None, word: str, targets: str, time_text: str, next_text: str):
        self.kind = kind
        self.word = word
        self.targets = targets
        self.time_text = time_text
        self.next_text = next_text


class CoachPage(QWidget):
    start_clicked = Signal()
    pause_clicked = Signal()
    skip_clicked = Signal()
    back_clicked = Signal()
    more_time_clicked = Signal()
    less_time_clicked = Signal()
    stop_clicked = Signal()
    done_clicked = Signal()
    mini_clicked = Signal()

    def __init__(self, settings, muscle_panel: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.plan: tuple[PlannedSegment, ...] = ()
        self.totals = SessionTotals()
        self.state = SessionState.IDLE
        self.turn_banner_for: int | None = None  # segment index the shown turn warning is for
        self.current: DisplayState | None = None

        self.picker = ProgramPicker(self)
        self.display = DirectionDisplay(self)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextLabel")
        self.next_label.setWordWrap(True)
        self.segment_label = QLabel(self)
        self.segment_label.setObjectName("segmentOfN")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.stats = StatsStrip(self)
        self.muscle_panel = muscle_panel

        self.start_button = self._button(self.tr("Start"), self.start_clicked, "primary")
        self.pause_button = self._button(self.tr("Pause"), self.pause_clicked)
        self.back_button = self._button(self.tr("Back"), self.back_clicked)
        self.skip_button = self._button(self.tr("Skip"), self.skip_clicked)
        self.less_time_button = self._button(self.tr("−30 s"), self.less_time_clicked)
        self.more_time_button = self._button(self.tr("+30 s"), self.more_time_clicked)
        self.less_time_button.setAccessibleName(self.tr("30 seconds less"))
        self.more_time_button.setAccessibleName(self.tr("30 seconds more"))
        self.less_time_button.setToolTip(self.tr("30 seconds less on this segment (-)"))
        self.more_time_button.setToolTip(self.tr("30 seconds more on this segment (+)"))
        self.done_button = self._button(self.tr("Done"), self.done_clicked, "primary")
        self.stop_button = self._button(self.tr("Stop"), self.stop_clicked, "danger")
        self.mini_button = self._button(self.tr("Mini view"), self.mini_clicked)
        self.start_button.setToolTip(self.tr("Start the session (Space)"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.back_button.setToolTip(self.tr("Previous segment, or restart this one (Left or B)"))
        self.skip_button.setToolTip(self.tr("Next segment (Right or N)"))
        self.done_button.setToolTip(self.tr("Finished this station: go on"))
        self.stop_button.setToolTip(self.tr("End the session (Esc)"))
        self.mini_button.setToolTip(self.tr("Small always-on-top window (Ctrl+M)"))

        row = QHBoxLayout()
        row.addWidget(self.segment_label, 0)
        row.addWidget(self.progress, 1)
        controls = QHBoxLayout()
        controls.setSpacing(10)
        for button in (self.start_button, self.pause_button, self.back_button, self.skip_button,
                       self.done_button, self.stop_button):  # fmt: skip
            controls.addWidget(button, 1)
            if button is self.skip_button:  # small, beside the other time controls
                controls.addWidget(self.less_time_button, 0)
                controls.addWidget(self.more_time_button, 0)
        controls.addWidget(self.mini_button, 0)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.picker)
        left.addWidget(self.display, 1)
        left.addWidget(self.next_label)
        left.addLayout(row)
        left.addWidget(self.stats)
        left.addLayout(controls)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(left, 3)
        if muscle_panel is not None:
            muscle_panel.setParent(self)
            layout.addWidget(muscle_panel, 1)

        self.picker.program_changed.connect(self.show_program)
        self._update_controls()

    def _button(self, text: str, signal: Signal, role: str = "") -> QPushButton:
        # Not QPushButton(text, parent): telling that overload from (icon, text, parent) loads
        # PySide6's QIcon class and its enums, about 3 ms the first frame does not need.
        button = QPushButton(self)
        button.setText(text)
        if role:
            button.setObjectName(role)
        button.setMinimumHeight(56)
        # Screen readers get the button's purpose even when its text changes (Pause/Resume).
        button.setAccessibleName(text.replace("&", ""))
        # Buttons never take keyboard focus: Space must always mean pause/resume, not "click".
        set_enum(button, "focusPolicy", "NoFocus")
        button.clicked.connect(signal)
        return button

    # -- sizing -------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.rescale()

    def rescale(self) -> None:
        window = self.window() if self.window() is not None else self
        height = window.height()
        self.display.set_scale_height(height, window.width())
        self.stats.set_scale_height(height)
        font = self.next_label.font()
        font.setPixelSize(max(18, round(height * 0.038)))
        self.next_label.setFont(font)
        font = self.segment_label.font()
        font.setPixelSize(max(15, round(height * 0.026)))
        self.segment_label.setFont(font)

    # -- idle ---------------------------------------------------------------------------------

    @property
    def units(self) -> str:
        return getattr(self.settings, "units", "kmh")

    def show_program(self, program: Program | None) -> None:
        """Idle display for the selected program."""
        if self.state in (SessionState.COUNTDOWN, SessionState.RUNNING, SessionState.PAUSED):
            return
        self.state = SessionState.IDLE
        self.display.hide_banner()
        if program is None:
            self._show(DisplayState("idle", self.tr("NO PROGRAM"), "", "0:00", ""))
            return
        plan = program.planned_segments()
        first = plan[0]
        self._show(
            DisplayState(
                "idle",
                self.tr("READY"),
                self.tr("Press Start or Space. First: {first}").format(
                    first=texts.segment_summary(first.segment, self.units)
                ),
                format_duration(program.total_s),
                self.tr("{count} segments, {backward} backward").format(
                    count=len(plan), backward=format_duration(program.backward_s)
                ),
            )
        )
        self.segment_label.setText(self.tr("Segment 0 of {total}").format(total=len(plan)))
        self.progress.setValue(0)
        self.stats.set_values(0, program.total_s, 0.0, 0.0, self.units)
        if self.muscle_panel is not None:
            self.muscle_panel.show_segment(first.segment, preview=True)
        self._update_controls()

    # -- session ------------------------------------------------------------------------------

    def on_session_started(self, plan: tuple[PlannedSegment, ...]) -> None:
        self.plan = plan
        self.totals = SessionTotals(plan, float(getattr(self.settings, "weight_kg", 70.0)))
        self.turn_banner_for = None
        self.display.hide_banner()

    def on_event(self, event: Event) -> None:
        # Not at start-up: the events are loaded with the first session (see session_state.py).
        from walkcoach.core.events import SegmentStarted, StateChanged, TurnAroundWarning

        self.totals.on_event(event)
        if isinstance(event, TurnAroundWarning) and 0 <= event.next_index < len(self.plan):
            # next_index is the turn itself: the banner names the walk that follows it, and
            # goes when the turn starts (the turn then shows its own steps).
            self.turn_banner_for = event.next_index
            after = next((p.segment for p in self.plan[event.next_index :] if p.segment.is_walking),
                         self.plan[event.next_index].segment)  # fmt: skip
            to_word = texts.headline(after)
            self.display.show_banner(
                self.tr("TURN AROUND SOON: slow the belt, hold the rails, then walk {to}").format(
                    to=to_word
                )
            )
        elif isinstance(event, SegmentStarted):
            if self.turn_banner_for is not None and event.index >= self.turn_banner_for:
                self.turn_banner_for = None
                self.display.hide_banner()
        elif isinstance(event, StateChanged):
            self.state = event.new

    def on_snapshot(self, snap) -> None:
        self.state = snap.state
        display = self.display_state(snap)
        self._show(display)
        total = len(self.plan)
        if snap.state == SessionState.FINISHED:
            self.segment_label.setText(self.tr("All {total} segments done").format(total=total))
        else:
            text = self.tr("Segment {i} of {n}").format(i=snap.index + 1, n=total)
            planned = snap.planned
            if planned is not None and planned.rounds:
                text += self.tr("  ·  round {r} of {rounds}").format(r=planned.round_no, rounds=planned.rounds)
            self.segment_label.setText(text)
        self.progress.setValue(round(snap.progress * 1000))
        running = snap.state in (SessionState.RUNNING, SessionState.PAUSED)
        current = snap.planned if running else None
        distance_km, kcal = self.totals.totals(current, snap.segment_elapsed_s)
        self.stats.set_values(snap.active_s, snap.session_remaining_s, distance_km, kcal, self.units)
        if self.muscle_panel is not None:
            self._update_muscles(snap)
        if snap.state == SessionState.PAUSED:
            reason = (
                self.tr("Paused: the computer was asleep. Press Space to go on.")
                if snap.paused_reason == "sleep_gap"
                else self.tr("Paused. Press Space to go on.")
            )
            self.display.show_banner(reason)
        elif snap.awaiting_confirmation:
            self.display.show_banner(self.tr("When you have finished, press Done to go on."))
        elif self.turn_banner_for is None:
            self.display.hide_banner()
        self._update_controls(snap)

    def display_state(self, snap) -> DisplayState:
        """Word, colour/shape kind, targets, digits and next line for a snapshot."""
        units = self.units
        state = snap.state
        if state == SessionState.FINISHED:
            return DisplayState("idle", self.tr("WELL DONE"), self.tr("Session complete. Walk slowly to cool down."),
                                format_duration(snap.active_s), "")  # fmt: skip
        if state == SessionState.STOPPED:
            return DisplayState("idle", self.tr("STOPPED"), self.tr("The time you walked is kept."),
                                format_duration(snap.active_s), "")  # fmt: skip
        planned = snap.planned
        if planned is None:
            return DisplayState("idle", self.tr("READY"), "", "0:00", "")
        segment = planned.segment
        if state == SessionState.COUNTDOWN or (state == SessionState.PAUSED and snap.get_ready_left_s > 0):
            return DisplayState(
                segment.kind,
                self.tr("GET READY"),
                self.tr("First: {summary}").format(summary=texts.segment_summary(segment, units)),
                str(max(1, math.ceil(snap.get_ready_left_s - 1e-9))),
                texts.next_text(planned, units),
            )
        time_text = format_duration(snap.segment_remaining_s)
        next_text = texts.next_text(snap.next_planned, units)
        nxt = snap.next_planned
        countdown_s = int(getattr(self.settings, "countdown_s", 3))
        turning = (
            nxt is not None
            and segment.direction is not None
            and nxt.direction is not None
            and nxt.direction != segment.direction
            and 0 < snap.segment_remaining_s <= max(countdown_s, 1)
            and state == SessionState.RUNNING
        )
        if turning:
            return DisplayState(
                "turn",
                self.tr("TURN"),
                self.tr("Now face {word}: {targets}").format(
                    word=texts.headline(nxt.segment), targets=texts.targets_text(nxt.segment, units)
                ),
                time_text,
                next_text,
            )
        return DisplayState(
            segment.kind, texts.headline(segment), texts.targets_text(segment, units), time_text, next_text
        )

    def _update_muscles(self, snap) -> None:
        countdown_s = max(int(getattr(self.settings, "countdown_s", 3)), 1)
        if snap.state == SessionState.COUNTDOWN and snap.planned is not None:
            self.muscle_panel.show_segment(snap.planned.segment, preview=True)
        elif snap.state in (SessionState.RUNNING, SessionState.PAUSED) and snap.planned is not None:
            near_change = 0 < snap.segment_remaining_s <= countdown_s and snap.next_planned is not None
            if near_change and snap.state == SessionState.RUNNING:
                self.muscle_panel.show_segment(snap.next_planned.segment, preview=True)
            else:
                self.muscle_panel.show_segment(snap.planned.segment)

    def _show(self, display: DisplayState) -> None:
        self.current = display
        self.display.set_direction(display.kind, display.word, display.targets)
        self.display.set_time_text(display.time_text)
        self.next_label.setText(display.next_text)

    def _update_controls(self, snap=None) -> None:
        state = self.state
        live = state in (SessionState.COUNTDOWN, SessionState.RUNNING, SessionState.PAUSED)
        self.start_button.setEnabled(not live and self.picker.current_program() is not None)
        ended = state in (SessionState.FINISHED, SessionState.STOPPED)
        self.start_button.setText(self.tr("Start again") if ended else self.tr("Start"))
        self.pause_button.setEnabled(live)
        self.pause_button.setText(self.tr("Resume") if state == SessionState.PAUSED else self.tr("Pause"))
        self.skip_button.setEnabled(live)
        self.back_button.setEnabled(live)
        self.stop_button.setEnabled(live)
        awaiting = bool(snap is not None and snap.awaiting_confirmation)
        station = bool(
            snap is not None and snap.planned is not None and snap.planned.segment.until_confirmed and live
        )
        # +/-30 s act on a running segment: not in the get-ready count, not at a waiting station.
        in_segment = (
            live and snap is not None and snap.planned is not None
            and state != SessionState.COUNTDOWN and snap.get_ready_left_s <= 0 and not awaiting
        )  # fmt: skip
        self.less_time_button.setEnabled(in_segment)
        self.more_time_button.setEnabled(in_segment)
        self.done_button.setVisible(station or awaiting)
        self.done_button.setEnabled(awaiting or station)
        self.picker.set_session_running(live)
