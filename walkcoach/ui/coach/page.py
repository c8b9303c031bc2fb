"""The coach page: big direction and time, what to set, what is next, progress, totals, controls.

In the workout view (set_workout_mode) only the big display stays: direction, time, targets
and next, scaled up to fill the screen.

Past 400 lines as one piece: every part of the page is updated from the same snapshot in one
pass (show_snapshot); the display, strip, picker and muscle panel are modules of their own.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core.program import PlannedSegment, Program, format_duration
from walkcoach.core.session_state import HOLD_REASONS, SessionState
from walkcoach.ui import resource_text
from walkcoach.ui.coach import texts
from walkcoach.ui.coach.direction_display import DirectionDisplay
from walkcoach.ui.coach.program_picker import ProgramPicker
from walkcoach.ui.coach.stats_strip import SessionTotals, StatsStrip
from walkcoach.ui.platform.lean_qt import set_enum
from walkcoach.ui.widgets.flow_layout import FlowLayout

PAGE_MARGINS = (12, 8, 12, 12)
# Under this window height the session controls are 44 px high, not 68 (theme.py's
# [short="true"]): a longer language's controls take two lines the direction display needs.
SHORT_WINDOW_PX = 700
# The display's fonts in the workout view, against the window height: with the menus, picker,
# totals and buttons gone it has about 1.6 times the height, some of it kept as air.
WORKOUT_SCALE = 1.45

if TYPE_CHECKING:
    from collections.abc import Callable

    from walkcoach.core.events import Event
    from walkcoach.ui.coach.muscle_panel import MusclePanel


class DisplayState:
    """What the big display shows, worked out from a snapshot (kept for the mini view and tests)."""

    def __init__(
        self,
        kind: str | None,
        word: str,
        targets: str,
        time_text: str,
        next_text: str,
        steps: tuple[str, ...] = (),
        note: str = "",
    ):
        self.kind = kind
        self.word = word
        self.targets = targets
        self.time_text = time_text
        self.next_text = next_text
        self.steps = steps  # what to do, in order: a turn's
        self.note = note  # the segment's hint, shown while it runs


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
    workout_clicked = Signal()

    def __init__(
        self,
        settings,
        muscle_panel: MusclePanel | Callable[[QWidget], MusclePanel] | None = None,
        parent: QWidget | None = None,
    ):
        """``muscle_panel``: the side panel, or what makes it with this page as its parent (the
        app's way: a panel made first and moved in here was polished again under the style
        sheet with all its children, some 10 million instructions of the first frame)."""
        super().__init__(parent)
        self.settings = settings
        self.plan: tuple[PlannedSegment, ...] = ()
        self.totals = SessionTotals()
        self.state = SessionState.IDLE
        self.turn_banner_for: int | None = None  # segment index the shown turn warning is for
        self.current: DisplayState | None = None
        self.workout_mode = False
        self.paused_text = ""  # while paused: why, and how to go on
        # A linked treadmill: what it last said that the session must show (a fault's reason,
        # the turn's wait, a resume counting down); "" when nothing.
        self.belt_message = ""
        # The heart-rate coach's wait before a backward bout: the heart rate now, the level,
        # the time left ("" when not waiting).
        self.heart_rate_message = ""
        self.heart_rate_steps: tuple[str, ...] = ()
        self.measured_distance_km: float | None = None  # walked on a linked belt this session
        self._last_snap = None

        self.picker = ProgramPicker(self)
        self.display = DirectionDisplay(self)
        self.next_label = self.display.next_label  # inside the display: the workout view keeps it
        self.segment_label = QLabel(self)
        self.segment_label.setObjectName("segmentOfN")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.stats = StatsStrip(self)
        # What a linked belt reports, beside the targets the display shows (hidden unlinked).
        self.belt_label = QLabel(self)
        self.belt_label.setObjectName("beltReading")
        self.belt_label.hide()
        self.muscle_panel: MusclePanel | None = None  # made or placed with the layout below

        self.start_button = self._button(self.tr("Start"), self.start_clicked, "primary")
        self.pause_button = self._button(self.tr("Pause"), self.pause_clicked)
        self.back_button = self._button(self.tr("Previous step"), self.back_clicked)
        self.skip_button = self._button(self.tr("Skip"), self.skip_clicked)
        self.less_time_button = self._button(self.tr("−30 s"), self.less_time_clicked)
        self.more_time_button = self._button(self.tr("+30 s"), self.more_time_clicked)
        self.less_time_button.setAccessibleName(self.tr("30 seconds less"))
        self.more_time_button.setAccessibleName(self.tr("30 seconds more"))
        self.less_time_button.setToolTip(self.tr("30 seconds less on this step (-)"))
        self.more_time_button.setToolTip(self.tr("30 seconds more on this step (+)"))
        self.done_button = self._button(self.tr("Done"), self.done_clicked, "primary")
        self.stop_button = self._button(self.tr("Stop"), self.stop_clicked, "danger")
        self.mini_button = self._button(self.tr("Mini view"), self.mini_clicked)
        self.start_button.setToolTip(self.tr("Start the session (Space)"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.back_button.setToolTip(
            self.tr("Restart this step, or go to the previous one in its first seconds (Left or B)")
        )
        self.skip_button.setToolTip(self.tr("Next segment (Right or N)"))
        self.done_button.setToolTip(self.tr("Finished this station: go on"))
        self.stop_button.setToolTip(self.tr("End the session (Esc)"))
        self.mini_button.setToolTip(self.tr("Small always-on-top window (Ctrl+M)"))
        self.workout_button = self._button(self.tr("Workout view"), self.workout_clicked)
        self.workout_button.setToolTip(
            self.tr(
                "Only direction, time, targets and next, over the whole screen (F11; Esc leaves)"
            )
        )

        row = QHBoxLayout()
        row.addWidget(self.segment_label, 0)
        row.addWidget(self.progress, 1)
        # The totals, the view buttons beside them (as tall as they are, so no height is lost)
        # and under them the session controls, in one flow: where a row does not fit (a longer
        # language at 1024 px) its buttons go on onto the next line instead of holding the
        # window wider than the screen (1270 px in the pseudo-language), and view buttons that
        # do not fit beside the totals join the controls rather than take a line of their own.
        controls = FlowLayout(spacing_px=10, balanced=True)
        controls.add_widget(self.stats, 1)
        for button in (self.mini_button, self.workout_button):
            button.setMinimumHeight(40)
            button.setStyleSheet("min-height: 28px; padding: 4px 10px;")
            controls.add_widget(button, 0)
        controls.end_lead_line()
        buttons = (
            self.start_button,
            self.pause_button,
            self.back_button,
            self.skip_button,
            self.less_time_button,
            self.more_time_button,
            self.done_button,
            self.stop_button,
        )
        for button in buttons:
            button.setProperty("compact", True)  # narrower padding: the row fits 1024 px
            small = button in (self.less_time_button, self.more_time_button)
            controls.add_widget(button, 0 if small else 1)
        self.controls_layout = controls
        self.control_buttons = buttons
        # Shown while a session runs (they act on it), Start and the picker before it: the page
        # before a session is the program and Start, and a longer language's controls on two
        # lines took the direction display's digits at 600 px. The keys work as before.
        self.session_buttons = (
            self.pause_button,
            self.back_button,
            self.skip_button,
            self.less_time_button,
            self.more_time_button,
            self.stop_button,
        )

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.picker)
        left.addWidget(self.display, 1)
        left.addWidget(self.belt_label)
        left.addLayout(row)
        left.addLayout(controls)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(12)
        self.left_layout = left
        layout.addLayout(left, 3)
        if muscle_panel is not None:
            # Here, after the controls: the Tab order follows the order children came in.
            if isinstance(muscle_panel, QWidget):
                muscle_panel.setParent(self)
            else:
                muscle_panel = muscle_panel(self)
            self.muscle_panel = muscle_panel
            layout.addWidget(muscle_panel, 1)

        self.picker.program_changed.connect(self.show_program)
        self._update_controls()

    def _button(self, text: str, signal: SignalInstance, role: str = "") -> QPushButton:
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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.rescale()

    def rescale(self) -> None:
        window = self.window() if self.window() is not None else self
        height = window.height()
        # The workout view gives the display the whole screen: everything in it grows alike.
        scale = WORKOUT_SCALE if self.workout_mode else 1.0
        self.display.set_scale_height(round(height * scale), round(window.width() * scale))
        self.stats.set_scale_height(height)
        self.picker.fit_height(height)
        short = height < SHORT_WINDOW_PX
        for button in self.control_buttons:
            if bool(button.property("short")) != short:
                button.setProperty("short", short)
                button.setMinimumHeight(44 if short else 56)
                button.style().unpolish(button)  # the style sheet's rule follows the property
                button.style().polish(button)
        # As wide as its widest text: Pause becoming Resume (or Go on) must not move the
        # buttons after it, or send one onto another line.
        pause = self.pause_button
        metrics = pause.fontMetrics()
        padding_px = pause.sizeHint().width() - metrics.horizontalAdvance(pause.text())
        texts = (self.tr("Pause"), self.tr("Resume"), self.tr("Go on"))
        pause.setMinimumWidth(padding_px + max(metrics.horizontalAdvance(t) for t in texts))
        font = self.segment_label.font()
        font.setPixelSize(max(15, round(height * 0.026)))
        self.segment_label.setFont(font)
        self.belt_label.setFont(font)  # the belt's own figures: as readable as the step line

    def set_workout_mode(self, on: bool) -> None:
        """Show only the big display (direction, time, targets, next), or everything again."""
        self.workout_mode = bool(on)
        others = [self.segment_label, self.progress, self.stats, self.belt_label]
        # The view buttons; Done, Start, the session buttons and the picker follow _update_controls.
        others += [
            button
            for button in self.findChildren(QPushButton)
            if button not in (self.done_button, self.start_button, *self.session_buttons)
        ]
        if self.muscle_panel is not None:
            others.append(self.muscle_panel)
        for widget in others:
            widget.setVisible(not on)
        self.belt_label.setVisible(bool(self.belt_label.text()) and not on)  # only when linked
        self.layout().setContentsMargins(*((0, 0, 0, 0) if on else PAGE_MARGINS))
        self.display.set_hint_text(self.tr("Esc or F11: leave the workout view") if on else "")
        self._update_controls(self._last_snap)
        self.rescale()

    # -- idle ---------------------------------------------------------------------------------

    @property
    def units(self) -> str:
        return self.settings.units

    @property
    def builtin_texts(self) -> bool:
        """The chosen (while a session runs: the running) program is one of WalkCoach's own:
        its segment labels and notes are shown translated, a user's as typed."""
        program = self.picker.current_program()
        return program is not None and program.builtin

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
                texts.first_text(first.segment, self.units),
                format_duration(program.total_s),
                self.tr("Press Start or Space  ·  {count} segments, {backward} backward").format(
                    count=len(plan), backward=format_duration(program.backward_s)
                ),
            )
        )
        self.segment_label.setText(self.tr("Step 0 of {total}").format(total=len(plan)))
        self.progress.setValue(0)
        self.stats.set_values(0, program.total_s, 0.0, 0.0, self.settings.distance_unit)
        if self.muscle_panel is not None:
            self.muscle_panel.show_segment(first.segment, preview=True, builtin=program.builtin)
        self._update_controls()

    # -- session ------------------------------------------------------------------------------

    def on_session_started(self, plan: tuple[PlannedSegment, ...]) -> None:
        self.plan = plan
        self.set_measured_distance(None)  # until the belt reports (see devices/link_view.py)
        self.totals = SessionTotals(plan, float(self.settings.weight_kg))
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
            after = next(
                (p.segment for p in self.plan[event.next_index :] if p.segment.is_walking),
                self.plan[event.next_index].segment,
            )
            to_word = texts.headline(after, self.builtin_texts)
            self.display.show_banner(self.tr("TURN AROUND SOON, then {to}").format(to=to_word))
        elif isinstance(event, SegmentStarted):
            # The warning is over once the turn itself is on (the TURN display says what to do
            # now) or, with no turn segment between, once the other direction has begun.
            warned = self.turn_banner_for
            if warned is not None and (event.kind == "turn" or event.index >= warned):
                self.turn_banner_for = None
                self.display.hide_banner()
        elif isinstance(event, StateChanged):
            self.state = event.new

    def on_snapshot(self, snap) -> None:
        self._last_snap = snap
        self.state = snap.state
        display = self.display_state(snap)
        self._show(display)
        total = len(self.plan)
        if snap.state == SessionState.FINISHED:
            self.segment_label.setText(self.tr("All {total} steps done").format(total=total))
        else:
            text = self.tr("Step {i} of {n}").format(i=snap.index + 1, n=total)
            planned = snap.planned
            if planned is not None and planned.rounds:
                text += self.tr("  ·  round {r} of {rounds}").format(
                    r=planned.round_no, rounds=planned.rounds
                )
            self.segment_label.setText(text)
        self.progress.setValue(round(snap.progress * 1000))
        running = snap.state in (SessionState.RUNNING, SessionState.PAUSED)
        current = snap.planned if running else None
        distance_km, kcal = self.totals.totals(current, snap.segment_elapsed_s)
        if self.measured_distance_km is not None:
            distance_km = self.measured_distance_km
        self.stats.set_values(
            snap.active_s, snap.session_remaining_s, distance_km, kcal, self.settings.distance_unit
        )
        if self.muscle_panel is not None:
            self._update_muscles(snap)
        held = snap.state == SessionState.PAUSED and snap.paused_reason in HOLD_REASONS
        waiting_for_belt = held and snap.paused_reason == "belt"
        if snap.state == SessionState.PAUSED and not held:
            if snap.paused_reason == "sleep_gap":
                self.paused_text = self.tr("The computer was asleep. Press Space to go on.")
            elif snap.paused_reason == "treadmill":
                # The link's own words: why, or the resume counting down.
                self.paused_text = self.belt_message or self.tr(
                    "The treadmill stopped. Press Space to go on."
                )
            else:
                self.paused_text = self.tr("Press Space to go on.")
            self.display.set_paused(
                True, self.paused_text
            )  # greys the display; the banner waits under it
        else:
            # Waiting for the belt (or the heart rate) is no pause to the user: the turn is
            # on, its time not yet.
            self.paused_text = ""
            self.display.set_paused(False)
        if snap.awaiting_confirmation:
            self.display.show_banner(self.tr("When you have finished, press Done to go on."))
        elif waiting_for_belt:
            self.display.show_banner(
                self.belt_message
                or self.tr("The belt is slowing down: keep walking, turn when told.")
            )
        elif held:
            self.display.show_banner(
                self.heart_rate_message
                or self.tr("Catch your breath: keep walking slowly, turn when told.")
            )
        elif self.turn_banner_for is None:
            self.display.hide_banner()
        self._update_controls(snap)

    def set_belt_reading(self, text: str) -> None:
        """The belt's measured figures ("" hides them: no treadmill linked)."""
        self.belt_label.setText(text)
        self.belt_label.setVisible(bool(text) and not self.workout_mode)

    def set_measured_distance(self, distance_km: float | None) -> None:
        """What the linked belt has walked this session (None: the plan's estimate again)."""
        self.measured_distance_km = distance_km
        self.stats.set_distance_measured(distance_km is not None)

    def set_heart_rate_message(self, text: str, steps: tuple[str, ...] = ()) -> None:
        """What the heart-rate coach's wait shows now (see heart_rate_message): the banner and
        the turn's steps line (the heart rate now, the time left)."""
        self.heart_rate_message = text
        self.heart_rate_steps = steps
        if self._last_snap is not None:
            self.on_snapshot(self._last_snap)

    def set_heart_rate(self, bpm_text: str, zone_text: str, colour: str, source: str) -> None:
        """The live heart rate, big, in its zone's colour ("" hides it: no heart rate linked)."""
        self.display.set_heart_rate(bpm_text, zone_text, colour, source)

    def set_belt_message(self, text: str) -> None:
        """What the session must show about the belt now (see belt_message); re-shows at once."""
        self.belt_message = text
        if self._last_snap is not None:
            self.on_snapshot(self._last_snap)

    def display_state(self, snap) -> DisplayState:
        """Word, colour/shape kind, targets, digits and next line for a snapshot."""
        units = self.units
        builtin = self.builtin_texts
        state = snap.state
        if state == SessionState.FINISHED:
            return DisplayState(
                "idle",
                self.tr("WELL DONE"),
                self.tr("Session complete. Walk slowly to cool down."),
                format_duration(snap.active_s),
                "",
            )
        if state == SessionState.STOPPED:
            return DisplayState(
                "idle",
                self.tr("STOPPED"),
                self.tr("The time you walked is kept."),
                format_duration(snap.active_s),
                "",
            )
        planned = snap.planned
        if planned is None:
            return DisplayState("idle", self.tr("READY"), "", "0:00", "")
        segment = planned.segment
        if state == SessionState.COUNTDOWN or (
            state == SessionState.PAUSED and snap.get_ready_left_s > 0
        ):
            return DisplayState(
                segment.kind,
                self.tr("GET READY"),
                texts.first_text(segment, units),
                str(max(1, math.ceil(snap.get_ready_left_s - 1e-9))),
                texts.next_text(planned, units, builtin),
            )
        time_text = format_duration(snap.segment_remaining_s)
        next_text = texts.next_text(snap.next_planned, units, builtin)
        nxt = snap.next_planned
        countdown_s = int(self.settings.countdown_s)
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
                    word=texts.headline(nxt.segment, builtin),
                    targets=texts.targets_text(nxt.segment, units),
                ),
                time_text,
                next_text,
            )
        return DisplayState(
            segment.kind,
            texts.headline(segment, builtin),
            texts.targets_text(segment, units),
            time_text,
            next_text,
            steps=self._turn_steps(snap) if segment.kind == "turn" else (),
            note=resource_text.segment_note(segment, builtin),
        )

    def _turn_steps(self, snap) -> tuple[str, ...]:
        if snap.state == SessionState.PAUSED and snap.paused_reason in HOLD_REASONS:
            # A linked belt is still slowing (or the heart rate settling): not yet.
            if snap.paused_reason == "heart_rate" and self.heart_rate_steps:
                return self.heart_rate_steps
            return texts.belt_wait_steps()
        return texts.turn_steps()

    def _update_muscles(self, snap) -> None:
        countdown_s = max(int(self.settings.countdown_s), 1)
        if snap.planned is None:
            return
        if snap.state == SessionState.COUNTDOWN:
            shown, preview = snap.planned, True
        elif snap.state in (SessionState.RUNNING, SessionState.PAUSED):
            near_change = (
                0 < snap.segment_remaining_s <= countdown_s and snap.next_planned is not None
            )
            if near_change and snap.state == SessionState.RUNNING:
                shown, preview = snap.next_planned, True
            else:
                shown, preview = snap.planned, False
        else:
            return
        if shown.kind == "turn":
            # A turn works no muscles worth showing: show those of the direction to come.
            later = [p for p in self.plan[shown.index + 1 :] if p.kind != "turn"]
            if not later:
                return
            shown, preview = later[0], True
        self.muscle_panel.show_segment(shown.segment, preview=preview, builtin=self.builtin_texts)

    def _show(self, display: DisplayState) -> None:
        self.current = display
        self.display.set_direction(
            display.kind, display.word, display.targets, display.steps, display.note
        )
        self.display.set_time_text(display.time_text)
        self.display.set_next_text(display.next_text)

    def _update_controls(self, snap=None) -> None:
        state = self.state
        live = state in (SessionState.COUNTDOWN, SessionState.RUNNING, SessionState.PAUSED)
        self.start_button.setEnabled(not live and self.picker.current_program() is not None)
        ended = state in (SessionState.FINISHED, SessionState.STOPPED)
        self.start_button.setText(self.tr("Start again") if ended else self.tr("Start"))
        self.pause_button.setEnabled(live)
        # Waiting for the belt is no pause the user made: Space pauses it for real. Waiting
        # for the heart rate: Space goes on without waiting.
        reason = snap.paused_reason if snap is not None and state == SessionState.PAUSED else ""
        held_by_user = state == SessionState.PAUSED and reason not in HOLD_REASONS
        if reason == "heart_rate":
            self.pause_button.setText(self.tr("Go on"))
            self.pause_button.setToolTip(
                self.tr("Turn now, without waiting for the heart rate (Space)")
            )
        else:
            self.pause_button.setText(self.tr("Resume") if held_by_user else self.tr("Pause"))
            self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.skip_button.setEnabled(live)
        self.back_button.setEnabled(live)
        self.stop_button.setEnabled(live)
        awaiting = bool(snap is not None and snap.awaiting_confirmation)
        station = bool(
            snap is not None
            and snap.planned is not None
            and snap.planned.segment.until_confirmed
            and live
        )
        # +/-30 s act on a running segment: not in the get-ready count, not at a waiting station.
        in_segment = (
            live
            and snap is not None
            and snap.planned is not None
            and state != SessionState.COUNTDOWN
            and snap.get_ready_left_s <= 0
            and not awaiting
        )
        self.less_time_button.setEnabled(in_segment)
        self.more_time_button.setEnabled(in_segment)
        self.done_button.setVisible((station or awaiting) and not self.workout_mode)
        self.start_button.setVisible(not live and not self.workout_mode)
        for button in self.session_buttons:
            button.setVisible(live and not self.workout_mode)
        self.done_button.setEnabled(awaiting or station)
        self.picker.set_session_running(live)
        # A session has the page to itself: the program cannot change while it runs (its name
        # is in the window title), and its rows are worth more to the digits at 1024x600.
        self.picker.setVisible(not live and not self.workout_mode)
