"""The main window: coach page, menus, shortcuts, flash, mini view, dialogs, remembered geometry.

Past 400 lines as one piece: it is where the coach page, menus, shortcuts, mini and workout
views and dialogs meet; each of those is built in a module of its own and only wired here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from walkcoach import APP_NAME
from walkcoach.core.program import Program
from walkcoach.core.session_state import HOLD_REASONS, SessionState
from walkcoach.ui import resource_text
from walkcoach.ui.coach.page import CoachPage
from walkcoach.ui.coach.workout_view import WorkoutView
from walkcoach.ui.history.exports import add_export_actions
from walkcoach.ui.history.wiring import add_history_view
from walkcoach.ui.platform.lean_qt import new_action, set_shortcut
from walkcoach.ui.shortcuts import shortcut_specs
from walkcoach.ui.theme import style_for
from walkcoach.ui.widgets.window_fit import centred, clamped, fitted_size
from walkcoach.ui.window_hooks import add_program_menus

if TYPE_CHECKING:
    # Made on first use: the first frame needs none of them.
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QMessageBox

    from walkcoach.core.events import Event
    from walkcoach.ui.coach.flash import FlashOverlay
    from walkcoach.ui.coach.mini_view import MiniView
    from walkcoach.ui.coach.muscle_panel import MusclePanel
    from walkcoach.ui.dialogs.safety import SafetyDialog
    from walkcoach.ui.dialogs.shortcuts import ShortcutsDialog
    from walkcoach.ui.session.session import SessionController

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Presents the session controller; owns no timing and no session logic of its own."""

    settings_changed = Signal()
    first_frame_painted = Signal()

    def __init__(
        self,
        controller: SessionController,
        settings,
        *,
        muscle_panel: MusclePanel | Callable[[QWidget], MusclePanel] | None = None,
        cue_player=None,
        save_settings: Callable[[], None] | None = None,
        window_state_path: Path | None = None,
        show_about: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.cue_player = cue_player
        self._save_settings_to_file = save_settings or (lambda: None)
        self._show_about = show_about
        self.window_state_path = window_state_path
        self._painted = False
        self.stop_dialog: QMessageBox | None = None
        self.safety_dialog: SafetyDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.setWindowTitle(APP_NAME)

        # The pages' stack (the coach page, the history and plan pages made on first use) is the
        # central widget from the start, and the coach page is made in it: moved there after it
        # was made, the whole page was reparented and Qt polished it under the style sheet again.
        self.page_stack = QStackedWidget(self)
        self.page = CoachPage(settings, muscle_panel, self.page_stack)
        self.page_stack.addWidget(self.page)
        self.setCentralWidget(self.page_stack)
        self.workout = WorkoutView(self)
        self._flash_overlay: FlashOverlay | None = (
            None  # made at the first flash (see flash_overlay)
        )
        self._mini_view: MiniView | None = None  # built on first use (see the mini_view property)
        self._mini_geometry: QByteArray | None = (
            None  # remembered mini view geometry, until the view exists
        )
        self._link_view = None  # the treadmill's place on screen, once one is linked
        self._heart_rate_view = None  # the heart rate's, once one is linked
        self._heart_rate_shown: tuple[str, str, str, str] = ("", "", "", "")
        self._device_dialogs = None  # opens the device dialog, once asked for
        self.mute_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.mute_label)
        self._build_menus()
        self.shortcuts: list[QShortcut] = []
        self._build_shortcuts()

        page = self.page
        # The heart rate's place on screen is made with the first heart-rate link (a sensor,
        # or a treadmill that may send one of its own).
        controller.heart_rate_changed.connect(
            lambda link: self.ensure_heart_rate_view() if link is not None else None
        )
        page.start_clicked.connect(self.request_start)
        page.pause_clicked.connect(self.toggle_pause)
        page.skip_clicked.connect(self.skip)
        page.back_clicked.connect(self.back)
        page.more_time_clicked.connect(self.more_time)
        page.less_time_clicked.connect(self.less_time)
        page.stop_clicked.connect(self.request_stop)
        page.done_clicked.connect(self.done)
        page.mini_clicked.connect(self.toggle_mini_view)
        page.workout_clicked.connect(self.toggle_full_screen)
        controller.session_started.connect(self._on_session_started)
        controller.event_happened.connect(self._on_event)
        controller.snapshot_changed.connect(self._on_snapshot)
        self._update_mute_label()
        self.fit_to_screen()

    # -- menus and shortcuts ------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu(self.tr("&Session"))
        session.addAction(self.tr("&Start"), self.request_start)
        session.addAction(self.tr("&Pause / resume"), self.toggle_pause)
        session.addAction(self.tr("S&kip segment"), self.skip)
        session.addAction(self.tr("&Previous step"), self.back)
        session.addAction(self.tr("S&top…"), self.request_stop)
        session.addSeparator()
        session.addAction(self.tr("T&readmill and heart rate…"), self.open_devices)
        session.addSeparator()
        add_export_actions(self, session)  # the history's exports (ui/history_exports)
        session.addSeparator()
        quit_action = session.addAction(self.tr("&Quit"), self.close)
        set_shortcut(quit_action, QKeySequence(QKeySequence.StandardKey.Quit))

        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.tr("&Workout view (full screen)"), self.toggle_full_screen)
        view.addAction(self.tr("&Mini view"), self.toggle_mini_view)
        self.flash_action = new_action(self.tr("&Flash the window on each change"), self)
        self.flash_action.setCheckable(True)
        self.flash_action.setChecked(bool(self.settings.flash_on_change))
        self.flash_action.toggled.connect(self.set_flash_on_change)
        view.addAction(self.flash_action)
        self.mute_action = new_action(self.tr("&Mute sounds"), self)
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(bool(self.settings.muted))
        self.mute_action.toggled.connect(self.set_muted)
        view.addAction(self.mute_action)
        self.safety_each_action = new_action(
            self.tr("&Safety checklist before every backward session"), self
        )
        self.safety_each_action.setCheckable(True)
        self.safety_each_action.setChecked(bool(self.settings.safety_check_each_session))
        self.safety_each_action.toggled.connect(self._set_safety_each)
        view.addAction(self.safety_each_action)
        add_history_view(self, view)  # View > History (Ctrl+H); the page is built on first use
        from walkcoach.ui.plan.wiring import add_plan_view

        add_plan_view(self, view)  # View > Plan; today's plan session offered on the coach page

        add_program_menus(self, bar)  # Programs (editor, Ctrl+E) and Edit > Preferences (Ctrl+,)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        help_menu.addAction(self.tr("&Safety checklist"), self.show_safety_checklist)
        if self._show_about is not None:
            help_menu.addAction(self.tr("&About WalkCoach"), lambda: self._show_about(self))

    def _build_shortcuts(self) -> None:
        # The same keys on both windows, each bound to its own window: a hidden window's
        # shortcuts are dead, so the mini view needs its own set (made with the view). Window
        # context (QShortcut's default) means they work whichever widget has focus, while a
        # modal dialog still blocks them (Esc then closes the dialog instead of asking again).
        self._add_shortcuts(self)

    def save_settings(self) -> None:
        """Write the settings as they are now (Preferences, the welcome and exports call it)."""
        self._save_settings_to_file()

    def _add_shortcuts(self, window: QWidget) -> None:
        for spec in shortcut_specs():
            handler = getattr(self, spec.action)
            for key in spec.keys:
                shortcut = QShortcut(key, window)
                shortcut.activated.connect(handler)
                self.shortcuts.append(shortcut)

    # -- the flash ----------------------------------------------------------------------------

    @property
    def flash_overlay(self) -> FlashOverlay:
        """The flash over the coach page, made the first time it is wanted: the first frame
        does not need it (nor the animation classes and Qt enums it uses)."""
        if self._flash_overlay is None:
            from walkcoach.ui.coach.flash import FlashOverlay

            self._flash_overlay = FlashOverlay(self.page)
            self._flash_overlay.enabled = bool(self.settings.flash_on_change)
        return self._flash_overlay

    # -- the mini view ------------------------------------------------------------------------

    @property
    def mini_view(self) -> MiniView:
        """The small always-on-top window, made the first time it is wanted."""
        if self._mini_view is None:
            self._mini_view = self._make_mini_view()
        return self._mini_view

    def _make_mini_view(self) -> MiniView:
        """The mini view, made on first use: its flash setting, remembered geometry, buttons,
        shortcuts and the texts the coach page shows now."""
        from walkcoach.ui.coach.mini_view import MiniView

        mini = MiniView(self)
        mini.flash_overlay.enabled = bool(self.settings.flash_on_change)
        if self._mini_geometry is not None:
            mini.restoreGeometry(self._mini_geometry)
        mini.full_view_requested.connect(self.show_full_view)
        mini.pause_requested.connect(self.toggle_pause)
        self._mini_view = mini
        self._add_shortcuts(mini)
        if self._heart_rate_shown[0]:
            self.set_heart_rate(*self._heart_rate_shown)
        snap = self.controller.snapshot()
        if snap is not None:
            self._update_mini_view(snap)
        elif self.page.current is not None:
            self._update_mini_texts()
        return mini

    def _mini_visible(self) -> bool:
        return self._mini_view is not None and self._mini_view.isVisible()

    # -- actions ------------------------------------------------------------------------------

    def current_program(self) -> Program | None:
        return self.page.picker.current_program()

    def request_start(self, *, skip_dialogs: bool = False) -> bool:
        """Start the selected program, after the safety checklist when one is due."""
        if self.controller.active:
            return False
        program = self.current_program()
        if program is None:
            self.statusBar().showMessage(self.tr("Choose a program first."), 5000)
            return False
        from walkcoach.ui.dialogs.safety import needs_safety_check

        if not skip_dialogs and needs_safety_check(program, self.settings):
            self.show_safety_checklist(start_after=True)
            return False
        self.start_session(program)
        return True

    def start_session(self, program: Program) -> None:
        if self.cue_player is not None:
            self.cue_player.warm_up()  # the first play of a cold audio output is late
        self.controller.start(program)

    def toggle_pause(self) -> None:
        if self.controller.active:
            self.controller.toggle_pause()
        elif self.safety_dialog is None or not self.safety_dialog.isVisible():
            self.request_start()

    def skip(self) -> None:
        self.controller.skip()

    def back(self) -> None:
        self.controller.back()

    def more_time(self) -> None:
        from walkcoach.ui.session.session import EXTEND_STEP_S

        self.controller.extend_segment(EXTEND_STEP_S)

    def less_time(self) -> None:
        from walkcoach.ui.session.session import EXTEND_STEP_S

        self.controller.extend_segment(-EXTEND_STEP_S)

    def done(self) -> None:
        snap = self.controller.snapshot()
        if snap is not None and snap.awaiting_confirmation:
            self.controller.confirm()
        else:
            self.controller.skip()  # finished the station early

    def request_stop(self) -> None:
        """Esc / Stop: ask before ending a session; Esc leaves the workout view (or full
        screen, when idle) first."""
        if self.workout.active:
            self.workout.leave()
            return
        if not self.controller.active:
            if self.isFullScreen():
                self.showNormal()
            return
        if self.stop_dialog is not None and self.stop_dialog.isVisible():
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop the session?"))
        box.setText(self.tr("Stop the session now?"))
        box.setInformativeText(self.tr("What you have walked so far is kept in your history."))
        box.addButton(self.tr("Stop"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._on_stop_answer(box, keep))
        self.stop_dialog = box
        box.open()  # not exec(): the session keeps ticking while the question is shown

    def _on_stop_answer(self, box: QMessageBox, keep) -> None:
        if box.clickedButton() is not None and box.clickedButton() is not keep:
            self.controller.stop()
        self.stop_dialog = None
        box.deleteLater()

    def toggle_full_screen(self) -> None:
        """F11 and the coach page's button: the workout view on or off."""
        if self._mini_visible():
            self.show_full_view()
        self.workout.toggle()

    def toggle_mute(self) -> None:
        self.mute_action.setChecked(not self.settings.muted)

    def set_muted(self, muted: bool) -> None:
        self.settings.muted = bool(muted)
        if self.cue_player is not None:
            self.cue_player.set_muted(self.settings.muted)
        self._update_mute_label()
        self.statusBar().showMessage(self.tr("Sound off") if muted else self.tr("Sound on"), 3000)
        self.save_settings()

    def set_flash_on_change(self, enabled: bool) -> None:
        self.settings.flash_on_change = bool(enabled)
        self.flash_overlay.enabled = bool(enabled)
        if self._mini_view is not None:
            self._mini_view.flash_overlay.enabled = bool(enabled)
        self.save_settings()

    def _set_safety_each(self, enabled: bool) -> None:
        self.settings.safety_check_each_session = bool(enabled)
        self.save_settings()

    def toggle_mini_view(self) -> None:
        if self._mini_visible():
            self.show_full_view()
        else:
            self.show_mini_view()

    def show_mini_view(self) -> None:
        self.workout.leave()
        self.mini_view.show()
        self.mini_view.raise_()
        self.hide()
        if not self.settings.mini_view:
            self.settings.mini_view = True
            self.save_settings()

    def show_full_view(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        if self._mini_view is not None:
            self._mini_view.hide()
        if self.settings.mini_view:
            self.settings.mini_view = False
            self.save_settings()

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            from walkcoach.ui.dialogs.shortcuts import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

    def show_safety_checklist(self, start_after: bool = False) -> None:
        if self.safety_dialog is not None and self.safety_dialog.isVisible():
            return
        from walkcoach.ui.dialogs.safety import SafetyDialog

        dialog = SafetyDialog(self.settings, self)
        self.safety_dialog = dialog
        dialog.accepted.connect(self.save_settings)
        dialog.accepted.connect(
            lambda: self.safety_each_action.setChecked(self.settings.safety_check_each_session)
        )
        if start_after:
            dialog.accepted.connect(self._start_after_safety)
        dialog.open()

    def _start_after_safety(self) -> None:
        program = self.current_program()
        if program is not None and not self.controller.active:
            self.start_session(program)

    # -- session display ----------------------------------------------------------------------

    def _on_session_started(self, program: Program) -> None:
        self.page.on_session_started(self.controller.plan)
        # The picker is hidden while the session runs: the program's name stays in sight here.
        self.setWindowTitle(
            self.tr("{program} – {app}", "window title: the program's name, the app's name").format(
                program=resource_text.program_name(program),  # a built-in's, translated
                app=APP_NAME,
            )
        )

    def _on_event(self, event: Event) -> None:
        from walkcoach.core.events import SegmentStarted  # not at start-up: see session_state.py

        self.page.on_event(event)
        if isinstance(event, SegmentStarted):
            colour = style_for(event.kind).colour
            self.flash_overlay.flash(colour)
            if self._mini_visible():
                self._mini_view.flash_overlay.flash(colour)

    def _on_snapshot(self, snap) -> None:
        self.page.on_snapshot(snap)
        if self._mini_view is not None:
            self._update_mini_view(snap)

    def _update_mini_view(self, snap) -> None:
        self._update_mini_texts()
        # Waiting for a linked belt to slow for a turn is no pause: the turn is on.
        paused = snap.state == SessionState.PAUSED and snap.paused_reason not in HOLD_REASONS
        self._mini_view.set_paused(paused, self.page.paused_text)
        live = snap.state in (SessionState.COUNTDOWN, SessionState.RUNNING, SessionState.PAUSED)
        if snap.state == SessionState.PAUSED and snap.paused_reason == "heart_rate":
            text = self.tr("Go on")  # Space: turn without waiting for the heart rate
        else:
            text = self.tr("Resume") if paused else self.tr("Pause")
        self._mini_view.set_pause_text(text, live)

    def _update_mini_texts(self) -> None:
        display = self.page.current
        if display is not None:
            self._mini_view.set_direction(display.kind, display.word)
            self._mini_view.set_targets_text(display.targets)
            self._mini_view.set_time_text(display.time_text)
            self._mini_view.set_next_text(display.next_text)

    def _update_mute_label(self) -> None:
        self.mute_label.setText(self.tr("Sound off (M)") if self.settings.muted else "")

    # -- the treadmill -------------------------------------------------------------------------

    def ensure_link_view(self):
        """The link's status bar entry and belt figures, made when a treadmill is first used."""
        if self._link_view is None:
            from walkcoach.ui.devices.link_view import LinkView

            self._link_view = LinkView(self, self.controller)
        return self._link_view

    def open_devices(self):
        """The device dialog (Session > Treadmill...): scan, connect, forget, link settings."""
        if self._device_dialogs is None:
            from walkcoach.ui.devices.hooks import DeviceDialogOpener

            self._device_dialogs = DeviceDialogOpener(
                self,
                self.settings,
                self.save_settings,
                lambda treadmill, _name: self.use_treadmill(treadmill, self.settings.hci),
                lambda sensor, _name: self.use_heart_rate(sensor, self.settings.hci),
            )
        return self._device_dialogs.open()

    def ensure_heart_rate_view(self):
        """The heart rate's status bar entry and figure on the coach page, made when one is
        first linked."""
        if self._heart_rate_view is None:
            from walkcoach.ui.devices.hr_view import HeartRateView

            self._heart_rate_view = HeartRateView(self, self.controller)
        return self._heart_rate_view

    def use_heart_rate(self, sensor: str, hci: str = "") -> None:
        """Read the heart rate from ``sensor`` ("virtual", an address or a name; "" unlinks
        the sensor)."""
        from walkcoach.ui.devices.attach import attach_heart_rate

        problem = attach_heart_rate(self, self.controller, sensor, hci)
        if problem:
            self.statusBar().showMessage(problem, 15000)

    def set_heart_rate(self, bpm_text: str, zone_text: str, colour: str, source: str) -> None:
        """The live heart rate on the coach page, the workout view and the mini view ("" for
        ``bpm_text`` hides it)."""
        self._heart_rate_shown = (bpm_text, zone_text, colour, source)
        self.page.set_heart_rate(bpm_text, zone_text, colour, source)
        if self._mini_view is not None:
            first_line = zone_text.split("\n")[0]
            self._mini_view.set_heart_rate(
                f"{bpm_text} · {first_line}" if bpm_text and first_line else bpm_text, colour
            )

    def use_treadmill(self, treadmill: str, hci: str = "") -> None:
        """Link the treadmill ``treadmill`` ("virtual", an address or a name; "" unlinks)."""
        from walkcoach.ui.devices.attach import attach_treadmill

        problem = attach_treadmill(self, self.controller, self.settings, treadmill, hci)
        if problem:
            self.statusBar().showMessage(problem, 15000)

    # -- window state -------------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """Open at a size that suits the screen; a remembered geometry wins when it fits
        the screen and is shrunk or moved onto it when it does not."""
        available = self.screen().availableGeometry()
        self.setGeometry(centred(fitted_size(available), available))
        if self.restore_window_state() and not (self.isMaximized() or self.isFullScreen()):
            available = self.screen().availableGeometry()  # the remembered one's screen
            fitted = clamped(self.geometry(), available)
            if fitted != self.geometry():
                self.setGeometry(fitted)

    def restore_window_state(self) -> bool:
        if self.window_state_path is None:
            return False
        from walkcoach.ui.platform.window_store import window_store

        with window_store(self.window_state_path, save=False) as store:
            geometry = store.value("main/geometry")
            mini_geometry = store.value("mini/geometry")
        if mini_geometry is not None:
            self._mini_geometry = mini_geometry
            if self._mini_view is not None:
                self._mini_view.restoreGeometry(mini_geometry)
        return bool(geometry is not None and self.restoreGeometry(geometry))

    def save_window_state(self) -> None:
        """Remember the geometry (called on closing and quitting)."""
        if self.window_state_path is None:
            return
        from walkcoach.ui.platform.window_store import window_store

        self.workout.leave()  # the geometry to remember is the window's, not the whole screen
        try:
            with window_store(self.window_state_path, save=True) as store:
                store.setValue("main/geometry", self.saveGeometry())
                if self._mini_view is not None:
                    self._mini_geometry = self._mini_view.saveGeometry()
                if self._mini_geometry is not None:  # never made: keep what was stored
                    store.setValue("mini/geometry", self._mini_geometry)
        except OSError as exc:  # the window's size is not worth a dialog
            log.warning("cannot save the window state %s: %s", self.window_state_path, exc)

    def closeEvent(self, event) -> None:
        self.save_window_state()
        self.controller.shutdown()
        if self._mini_view is not None:
            self._mini_view.hide()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.page.rescale()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_frame_painted.emit()
