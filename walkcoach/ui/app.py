"""Composition root of the GUI: builds every object once, wires them together, runs the event loop.

Past 400 lines as one job, the composition root: the start-up sequence (first frame, then the
deferred steps in order), the Gui holder that owns what it built, and the builders of the
window, the cue player and the history writer, which only this sequence calls and whose order
the first-frame figures depend on (docs/performance.md); apart, each would be read with the
others open beside it. The start-up probes it prints at the first frame of a smoke test (first-frame time, peak
memory) are in ui/platform/startup_probes.py.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from walkcoach import APP_ID, APP_NAME, __version__, paths

# Called through this module's globals: the benchmarks (startup_*.py) and tests/ui/test_startup.py
# stop the app at its first frame by replacing walkcoach.ui.app.peak_rss_kb.
from walkcoach.ui.platform.startup_probes import peak_rss_kb, startup_ms

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from walkcoach.core.settings import Settings
    from walkcoach.storage.writer import SessionWriter
    from walkcoach.ui.audio.lazy_player import LazyCuePlayer
    from walkcoach.ui.coach.muscle_panel import MusclePanel
    from walkcoach.ui.i18n import Loaded
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.platform.quit_signals import QuitOnSignals
    from walkcoach.ui.session.session import SessionController

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2
QUIT_AFTER_FINISH_MS = 800  # lets the finish sound play before --quit-when-done quits


def _fail(message: str) -> int:
    from walkcoach.core.printable import printable

    print(f"walkcoach: error: {printable(' '.join(message.split()))}", file=sys.stderr)
    return EXIT_USAGE


def _check_display(args: argparse.Namespace) -> str:
    """Qt aborts the whole process when it finds no display; say so in one line instead.

    The smoke test is for machines without a screen (CI, packaging checks): it runs offscreen.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    if args.smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return ""
    return (
        "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "to run without a screen set QT_QPA_PLATFORM=offscreen"
    )


def run_gui(args: argparse.Namespace) -> int:
    """Start the window. Bad --program or --event-log: one line on stderr, exit 2, no window."""
    return _run_gui(args)


def _run_gui(args: argparse.Namespace) -> int:
    from walkcoach.core.library import all_programs, find_program
    from walkcoach.core.program import ProgramError

    program = None
    if args.program:
        try:
            program = find_program(args.program)
        except ProgramError as exc:
            return _fail(exc.summary())
    event_log = None
    if args.event_log:
        from walkcoach.ui.session.event_log import EventLog

        try:
            event_log = EventLog(args.event_log)
        except OSError as exc:
            return _fail(f"cannot write the event log {args.event_log}: {exc.strerror or exc}")

    problem = _check_display(args)
    if problem:
        return _fail(problem)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    # instance() is typed as the core application; the one that exists here is a QApplication.
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    folder_notices: list[str] = []
    try:
        data_dir = paths.ensure_data_dir(folder_notices)
    except OSError as exc:
        return _fail(f"cannot use the data folder {paths.data_dir()}: {exc.strerror or exc}")

    from walkcoach.ui.platform.single_instance import SingleInstance, raise_window

    instance = SingleInstance(data_dir)
    try:
        # The lock decides at once whether we run; the socket that lets a later start raise
        # this window is opened just after the first frame (finish_start_up).
        acquired = instance.acquire(listen=False)
    except OSError as exc:  # a read-only data folder: no lock file, but the coach still runs
        log.warning("%s; running without the one-window check", exc)
        acquired = True
    if not acquired:
        return instance.hand_over()

    try:
        gui = _build(app, args, program, event_log, data_dir, all_programs)
        gui.add_notices(folder_notices)
        gui.interactive = not (args.quit_when_done or args.smoke_test)
        instance.activation_requested.connect(lambda: raise_window(gui.window))
        if args.quit_when_done:
            gui.controller.session_ended.connect(
                lambda _how: QTimer.singleShot(QUIT_AFTER_FINISH_MS, app.quit)
            )

        quit_on_signals: list[QuitOnSignals] = []  # made just after the first frame

        def after_first_frame() -> None:
            # The first frame is on screen: now everything it did not need (see Gui.finish_start_up).
            if args.smoke_test:
                # Peak memory so far, then the time: the last line is what scripts read.
                print(f"first_frame_maxrss_kb={peak_rss_kb()}", flush=True)
                print(f"startup_ms={startup_ms()}", flush=True)
            from walkcoach.ui.platform.quit_signals import QuitOnSignals

            # A logout's SIGTERM ends it like closing the window. Its socket pair and handlers
            # cost some 21 million instructions that the first frame does without.
            quit_on_signals.append(QuitOnSignals(app))
            from walkcoach.ui.platform.source_cache import forget_module_sources

            forget_module_sources()  # those the first frame's imports left behind
            # From now on Python's collector runs in this thread only, on a timer: a pass in a
            # helper thread could delete Qt objects of this one (see collector.py).
            collector.start()
            instance.listen()
            gui.finish_start_up()
            collector.freeze_start_up()  # full collections skip the start-up's objects
            # After the first frame, like everything Bluetooth: nothing of it loads unlinked.
            treadmill = args.treadmill if args.treadmill is not None else gui.settings.treadmill
            if treadmill:
                gui.window.use_treadmill(treadmill, args.hci or gui.settings.hci)
            sensor = args.heart_rate if args.heart_rate is not None else gui.settings.heart_rate
            if sensor:
                gui.window.use_heart_rate(sensor, args.hci or gui.settings.hci)
            if args.smoke_test:  # the whole start-up ran (recovery, sound): done
                app.exit(EXIT_OK)
                return
            if args.start:
                start = lambda: gui.window.request_start(skip_dialogs=True)  # noqa: E731
                if treadmill:
                    from walkcoach.ui.devices.attach import when_linked

                    # The first step's targets go to the belt: start once it answers.
                    when_linked(gui.window, gui.controller, start)
                else:
                    start()
            if not args.quit_when_done:  # scripted runs never wait on the summary dialog
                from walkcoach.ui.history.wiring import connect_history

                connect_history(
                    gui.window, gui.controller, gui.ensure_writer, lambda: gui.settings.units
                )
            from walkcoach.ui.dialogs.first_run import pass_first_run, should_show_first_run

            if should_show_first_run(gui.settings, smoke_test=args.smoke_test, start=args.start):
                from walkcoach.ui.window_hooks import open_first_run

                open_first_run(gui.window)
            elif pass_first_run(gui.settings, smoke_test=args.smoke_test, start=args.start):
                gui.save_settings()

        from walkcoach.ui.platform.collector import MainThreadCollector

        collector = MainThreadCollector(app)
        gui.after_first_frame(lambda: QTimer.singleShot(0, after_first_frame))
        gui.show()
        status = app.exec()
        for quitter in quit_on_signals:
            quitter.close()
        gui.close()
        collector.stop()
        return status
    finally:
        if event_log is not None:
            event_log.close()
        instance.release()


class Gui:
    """Everything the window needs, built once; ``close`` saves and releases it all.

    Only what the first frame shows is built before it; ``finish_start_up`` (run just after it)
    and first use build the rest.
    """

    def __init__(self) -> None:
        # Each is set once while the window is built (run_gui), before anything uses it.
        self.app: QApplication = None
        self.window: MainWindow = None
        self.controller: SessionController = None
        self.cue_player: LazyCuePlayer = None  # the real player is made after the first frame
        self.muscle_panel: MusclePanel = None
        self.writer: SessionWriter | None = None
        self.settings: Settings = None
        self.settings_path: Path | None = None
        self.translations: Loaded | None = None  # keeps the installed translators alive
        self.notices: list[str] = []
        self._writer_opened = False
        self._finished = False
        self.interactive = True  # False for scripted runs: no dialog may wait for a click

    def add_notices(self, notices: list[str]) -> None:
        """Log each notice once and show all of them so far in the status bar."""
        if not notices:
            return
        for notice in notices:
            log.warning("%s", notice)
        self.notices.extend(notices)
        if self.window is not None:
            self.window.statusBar().showMessage("  ".join(self.notices), 20000)

    def ensure_writer(self):
        """The history writer, opened (crash recovery and integrity check first) on first need."""
        if not self._writer_opened:
            self._writer_opened = True
            notices: list[str] = []
            self.writer = _open_writer(notices)
            self.add_notices(notices)
        return self.writer

    def after_first_frame(self, callback) -> None:
        """Call ``callback`` once the window that ``show`` shows has painted its first frame."""
        if self.settings.mini_view:  # the main window stays hidden: no first frame of its own
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, callback)
        else:
            self.window.first_frame_painted.connect(callback)

    def finish_start_up(self) -> None:
        """What the first frame did not need: the window icon, the body diagram, history
        (recovery, integrity check) and sound (the sound and speech helpers)."""
        if self._finished:
            return
        self._finished = True
        from walkcoach.ui.platform.source_cache import forget_module_sources

        steps: list[Callable[[], object]] = [self._set_window_icon]
        if self.muscle_panel is not None:
            steps.append(self.muscle_panel.build_diagram)
        # warm_up makes the cue player and opens the audio output early.
        steps += [self.ensure_writer, self.cue_player.warm_up]
        for step in steps:
            step()
            # Each step imports modules: their sources would stay in memory (see source_cache).
            forget_module_sources()

    def _set_window_icon(self) -> None:
        from walkcoach.ui.widgets.app_icon import app_icon

        self.app.setWindowIcon(app_icon())

    def show(self) -> None:
        if self.settings.mini_view and not self.window.isVisible():
            self.window.show_mini_view()
        else:
            self.window.show()

    def save_settings(self) -> None:
        from walkcoach.core.settings import save_settings

        try:
            save_settings(self.settings, self.settings_path)
        except OSError as exc:
            log.warning("cannot save settings: %s", exc)
            if self.window is not None:
                self.window.statusBar().showMessage(f"Settings not saved: {exc}", 10000)

    def close(self) -> None:
        if self.window is not None:
            self.window.save_window_state()
        if self.controller is not None:
            self.controller.shutdown()  # stops (and records) a running session, releases inhibit
        if self.writer is not None:
            self.writer.close()
            if self.writer.pending:
                self._warn_unsaved()
        self.save_settings()

    def _warn_unsaved(self) -> None:
        """The session could not reach the history: say where it is kept until it can."""
        from PySide6.QtCore import QCoreApplication

        writer = self.writer
        if writer.recovery_file is not None:
            text = QCoreApplication.translate(
                "Gui",
                "The last session could not be saved to the history ({problem}). It is kept in "
                "{file} and will be added to the history at the next start that can write it.",
            ).format(problem=writer.storage_error, file=writer.recovery_file)
        else:
            text = QCoreApplication.translate(
                "Gui",
                "The last session could not be saved to the history ({problem}), nor kept in a "
                "recovery file ({why}).",
            ).format(problem=writer.storage_error, why=writer.recovery_problem)
        log.warning("%s", text)
        if self.interactive and self.window is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.window, QCoreApplication.translate("Gui", "Session not saved yet"), text
            )


def speech_notice(player, reason: str) -> str:
    """The status bar's one line when no speech engine speaks (the sounds' own outage has its
    own notice, so "the cue sounds still play" is said only when they do)."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Gui", "Speech is not available: {reason}.").format(
        reason=reason
    )
    if getattr(player, "available", False):
        text += " " + QCoreApplication.translate("Gui", "The cue sounds still play.")
    return text


def _build(app, args, program, event_log, data_dir: Path, all_programs) -> Gui:
    """The window as the first frame shows it; sound, history and the body diagram come after."""
    from PySide6.QtCore import QCoreApplication

    from walkcoach.core.clock import ScaledClock
    from walkcoach.core.library import FIRST_PROGRAM_ID
    from walkcoach.core.muscles import load_model
    from walkcoach.core.settings import load_settings
    from walkcoach.system.awake import AwakeGuard
    from walkcoach.ui import theme
    from walkcoach.ui.audio.lazy_player import LazyCuePlayer
    from walkcoach.ui.coach.muscle_panel import MusclePanel
    from walkcoach.ui.i18n import install_translations
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.platform.inhibit import make_inhibitor
    from walkcoach.ui.session.session import SessionController

    gui = Gui()
    gui.app = app
    gui.settings_path = paths.settings_path()
    settings, warnings = load_settings(gui.settings_path)
    gui.settings = settings
    # Before any widget is made: text set before a translator is installed stays English.
    gui.translations = install_translations(app, settings.language)
    theme.apply(app, settings.theme)
    notices: list[str] = list(warnings)

    def player_made(player) -> None:
        gui.add_notices(list(player_notices))
        if event_log is not None and hasattr(player, "cue_played"):
            # What the player did with each cue: whether it was audible, when it went out.
            player.cue_played.connect(lambda entry: event_log.write_record(entry.to_json()))
        if hasattr(player, "speech_unavailable"):  # said once; the sounds carry on
            player.speech_unavailable.connect(
                lambda reason: gui.add_notices([speech_notice(player, reason)])
            )
        if hasattr(player, "speech_language_missing"):  # the cues are spoken in English: say so
            player.speech_language_missing.connect(lambda note: gui.add_notices([note]))
        # The player says so itself, once per outage, when it finds no working output.
        if hasattr(player, "sound_unavailable"):
            player.sound_unavailable.connect(
                lambda message: gui.add_notices(
                    [
                        QCoreApplication.translate(
                            "Gui", "{problem}; the coach goes on silently."
                        ).format(problem=message)
                    ]
                )
            )

    player_notices: list[str] = []
    cue_player = LazyCuePlayer(
        lambda: _make_cue_player(player_notices),
        volume=settings.volume,
        muted=settings.muted,
        voice_enabled=settings.voice_enabled,
        on_created=player_made,
    )
    gui.cue_player = cue_player
    clock = ScaledClock(args.time_scale)
    guard = AwakeGuard(factory=make_inhibitor)  # finds its inhibitor (D-Bus) when first needed

    def make_recorder(session_program, plan):
        from walkcoach.ui.session.recorder import SessionRecorder

        writer = gui.ensure_writer()
        if writer is None:
            return None
        # The time in zones is counted with these (the user's, or the virtual walker's).
        writer.zones = gui.controller.heart_rate_zones()
        writer.hr_source = None  # set by the first heart rate recorded
        recorder = SessionRecorder(
            writer,
            session_program,
            plan,
            gui.controller.snapshot,
            weight_kg=settings.weight_kg,
            units=settings.units,
            checkpoint_ms=checkpoint_interval_ms(args.time_scale),
            parent=gui.controller,
        )
        recorder.problem.connect(
            lambda text: gui.window.statusBar().showMessage(
                QCoreApplication.translate("Gui", "History not saved yet: {problem}").format(
                    problem=text
                ),
                15000,
            )
        )
        return recorder

    gui.controller = SessionController(
        clock,
        cue_player,
        settings,
        guard,
        time_scale=args.time_scale,
        event_log=event_log,
        recorder_factory=make_recorder,
    )
    model = load_model()

    def make_muscle_panel(page) -> MusclePanel:
        # Made in its place on the coach page: see CoachPage's muscle_panel.
        return MusclePanel(model, page, diagram_later=True)

    def show_about(parent) -> None:
        from walkcoach.ui.dialogs.about import AboutDialog, figure_sources

        AboutDialog(parent, data_dir, figure_sources()).open()

    window = MainWindow(
        gui.controller,
        settings,
        muscle_panel=make_muscle_panel,
        cue_player=cue_player,
        save_settings=gui.save_settings,
        window_state_path=data_dir / "window.ini",
        show_about=show_about,
    )
    gui.window = window
    gui.muscle_panel = window.page.muscle_panel
    errors: list = []
    programs = all_programs(errors)
    window.page.picker.set_programs(programs, select_id=FIRST_PROGRAM_ID)  # the first suggestion
    if program is not None:
        if program in programs:
            window.page.picker.select(program.id)
        else:  # a file, or a file that differs from the library's program of the same id
            window.page.picker.add_program(program)
    if errors:  # reported once: the files are set aside, never read again at each start
        from walkcoach.core.library import set_aside_unusable

        notices.extend(set_aside_unusable(errors))
    gui.add_notices(notices)
    return gui


def _make_cue_player(notices: list[str]):
    from walkcoach.ui.audio.players import make_cue_player

    return make_cue_player(notices)


def checkpoint_interval_ms(time_scale: float) -> int:
    """Checkpoints every 4 s of session time and of real time alike, so a crash loses at most
    5 s of session time even when --time-scale runs the session faster than real time."""
    from walkcoach.ui.session.recorder import CHECKPOINT_MS

    return max(50, round(CHECKPOINT_MS / max(1.0, time_scale)))


def _open_writer(notices: list[str]):
    """The history writer, after marking sessions a crash left running as interrupted."""
    import sqlite3

    from walkcoach.core.textfmt import plural
    from walkcoach.storage.errors import StorageError
    from walkcoach.storage.writer import SessionWriter, recover_interrupted

    db_path = paths.database_path()
    try:
        recovered = recover_interrupted(db_path, notices)
    except (StorageError, sqlite3.Error, OSError, UnicodeError) as exc:
        # Still record: the writer keeps the session in memory and saves it as soon as the
        # folder is writable again (or the disk has room), instead of losing it.
        notices.append(
            f"History cannot be saved for now: {exc}. Sessions are kept in memory and saved "
            "when it works again."
        )
        return SessionWriter(db_path)
    if recovered:
        notices.append(
            f"{plural(len(recovered), 'session')} from last time ended unexpectedly; "
            "kept as interrupted."
        )
    from walkcoach.storage.recovery_import import import_recovery_files

    import_recovery_files(db_path, notices)  # sessions an outage kept out of the history
    return SessionWriter(db_path)
