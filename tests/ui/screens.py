"""Every page and dialog of the app, each brought on screen in a state a user meets.

Shared by tools/screenshots.py (pictures under Xvfb) and tests/ui/test_fits_screen.py (the clip
check): both need the same screens, built the same way. A ``Stage`` is one app in a fresh data
folder (a few months of history, one user program) with its own main window driven by a fake
clock, so "running backward" is always the same moment of the same program. One module: it
is the list of the app's screens, each a few lines, and both users want all of them in order.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
PROGRAM_ID = "first-steps"  # built-in, forward and backward walking and a turn between
HISTORY_DAYS = 120  # "a few months" of sessions for the history page
HEART_RATE_DAYS = 84  # the last twelve weeks were walked with a chest strap
SCREEN_AGE_YEARS = 45  # the zones: a maximum of 176 bpm estimated from the age
SCREEN_NAMES = (
    "coach-idle",
    "coach-forward",
    "coach-backward",
    "coach-coming-up",
    "stop-confirmation",
    "mini-view",
    "history",
    "history-muscles",
    "history-sessions",
    "history-heart-rate",
    "session-summary",
    "preferences",
    "first-run",
    "safety-checklist",
    "keyboard-shortcuts",
    "about",
    "editor-builtin",
    "editor-duplicate",
    "editor-unsaved-question",
    "editor-delete-question",
    "import-conflict",
    "import-error",
    "plan-fresh",
    "plan-mid",
)
SIZES = {"1024x600": (1024, 600), "1366x768": (1366, 768), "1920x1080": (1920, 1080)}


class _IdleInhibitor:
    """Screens are made in a few seconds: keeping the computer awake would be pointless."""

    active = False

    def inhibit(self, reason: str) -> None:
        pass

    def release(self) -> None:
        pass


def make_history(data_dir: Path, days: int = HISTORY_DAYS) -> Path:
    """``days`` of daily sessions ending yesterday (benchmarks/generate_history.py's sessions,
    moved to end now so the charts of the last weeks and months have something to show)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import generate_history
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from walkcoach import paths
    from walkcoach.storage.history import to_db_time

    db_path = paths.database_path()
    generate_history.generate(db_path, 1, 4, with_samples=False)  # heart rate: add_heart_rate
    conn = sqlite3.connect(db_path)
    with conn:
        first = datetime(2015, 1, 5, 7, 30, tzinfo=UTC) + timedelta(days=365 - days)
        conn.execute("DELETE FROM sessions WHERE started_at < ?", (to_db_time(first),))
        shift = (
            datetime.now(UTC).replace(hour=7, minute=30, second=0, microsecond=0)
            - timedelta(days=1)
            - datetime(2015, 1, 5, 7, 30, tzinfo=UTC)
            - timedelta(days=364)
        )
        rows = conn.execute("SELECT id, started_at, ended_at, last_checkpoint_at FROM sessions")
        for session_id, *times in rows.fetchall():
            moved = [to_db_time(datetime.fromisoformat(t) + shift) if t else t for t in times]
            conn.execute(
                "UPDATE sessions SET started_at = ?, ended_at = ?, last_checkpoint_at = ? WHERE id = ?",
                (*moved, session_id),
            )
        add_heart_rate(conn, datetime.now(UTC) - timedelta(days=HEART_RATE_DAYS))
    conn.close()
    return db_path


def add_heart_rate(conn: sqlite3.Connection, since: datetime) -> None:
    """Per-second samples with a heart rate for the sessions started from ``since`` on: it
    climbs toward a level set by the segment (higher backward and uphill, as the articles say)
    and follows each change over about 20 s, with a small wobble; one short contact loss."""
    import math

    from walkcoach.storage.history import to_db_time

    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM sessions WHERE started_at >= ? ORDER BY id", (to_db_time(since),)
        )
    ]
    rows = []
    for session_id in ids[::2]:
        # Every other cool-down walked at that session's backward speed: forward and backward
        # at the same speed, which the Progress tab's comparison pairs.
        conn.execute(
            "UPDATE segments SET speed_kmh = (SELECT MAX(speed_kmh) FROM segments "
            "WHERE session_id = ? AND kind = 'backward') WHERE session_id = ? AND position = "
            "(SELECT MAX(position) FROM segments WHERE session_id = ?) AND kind = 'forward'",
            (session_id, session_id, session_id),
        )
    for session_id in ids:
        segments = conn.execute(
            "SELECT kind, actual_s, speed_kmh, incline_pct FROM segments WHERE session_id = ? "
            "ORDER BY position",
            (session_id,),
        ).fetchall()
        bpm, at_s = 88.0, 0
        for kind, actual_s, speed_kmh, incline_pct in segments:
            target = 80 + 9 * speed_kmh + 2.2 * incline_pct + (14 if kind == "backward" else 0)
            target = {"rest": 92.0, "station": 118.0}.get(kind, target)
            for second in range(int(actual_s)):
                bpm += (target - bpm) / 20.0
                wobble = 2.0 * math.sin((at_s + second) / 7.0 + session_id)
                lost = session_id == ids[-1] and 400 <= at_s + second < 420
                heart = None if lost else round(bpm + wobble)
                rows.append((session_id, at_s + second, speed_kmh, incline_pct, heart))
            at_s += int(actual_s)
    conn.executemany(
        "INSERT INTO samples (session_id, at_s, speed_kmh, incline_pct, heart_rate_bpm) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    # The session's stored figures, as the writer keeps them (the summary shows those).
    from walkcoach.core.hr_figures import heart_rate_figures
    from walkcoach.core.hr_zones import zones_for
    from walkcoach.core.measured import BeltSample

    zones = zones_for(age_years=SCREEN_AGE_YEARS)
    for session_id in ids:
        samples = [BeltSample(r[1], None, None, None, r[4]) for r in rows if r[0] == session_id]
        if not samples:
            continue
        figures = heart_rate_figures(samples, 0.0, samples[-1].at_s + 1.0, zones)
        zones_s = figures.zones_s or (None,) * 5
        conn.execute(
            "UPDATE sessions SET hr_mean_bpm = ?, hr_max_bpm = ?, hr_zone1_s = ?, hr_zone2_s = ?,"
            " hr_zone3_s = ?, hr_zone4_s = ?, hr_zone5_s = ?, hr_source = 'sensor' WHERE id = ?",
            (figures.mean_bpm, figures.max_bpm, *zones_s, session_id),
        )


class Stage:
    """One main window (theme applied) in ``data_dir``; ``screens()`` yields each screen."""

    def __init__(self, app: QApplication, data_dir: Path, theme: str, available: QRect) -> None:
        from walkcoach import paths
        from walkcoach.core import library
        from walkcoach.core.clock import FakeClock
        from walkcoach.core.cues import RecordingCuePlayer
        from walkcoach.core.muscles import load_model
        from walkcoach.core.settings import Settings
        from walkcoach.system.awake import AwakeGuard
        from walkcoach.ui import theme as theme_module
        from walkcoach.ui.coach.muscle_panel import MusclePanel
        from walkcoach.ui.main_window import MainWindow
        from walkcoach.ui.session.session import SessionController

        self.app = app
        self.data_dir = data_dir
        self.available = available
        paths.init(data_dir)
        paths.ensure_data_dir()
        if not paths.database_path().exists():
            make_history(data_dir)
        self.settings = Settings(
            theme=theme,
            safety_check_seen=True,
            first_run_done=True,
            flash_on_change=False,
            age_years=SCREEN_AGE_YEARS,
        )  # no flash: a picture taken mid-flash shows its tint, not the page
        theme_module.apply(app, theme)
        self.clock = FakeClock()
        self.controller = SessionController(
            self.clock, RecordingCuePlayer(), self.settings, AwakeGuard(_IdleInhibitor())
        )
        self.window = MainWindow(
            self.controller,
            self.settings,
            muscle_panel=MusclePanel(load_model()),
            window_state_path=None,
            show_about=self.show_about,
        )
        self.window.page.picker.set_programs(library.all_programs(), select_id=PROGRAM_ID)
        self.program = self.window.current_program()
        self.about_dialog = None

    # -- helpers ------------------------------------------------------------------------------

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(4):
            self.app.processEvents()
            # deleteLater() (the body diagram's place holder) as the event loop would do it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def settle_until(self, done: Callable[[], bool], timeout_s: float = 10.0) -> None:
        """Settle until ``done()`` (e.g. a page's read on its worker thread has been shown)."""
        import time

        deadline = time.monotonic() + timeout_s
        while not done() and time.monotonic() < deadline:
            self.settle()
            time.sleep(0.01)
        self.settle()

    def show_main(self) -> QWidget:
        """The main window at the size of the screen (maximised: Xvfb has no window manager)."""
        self.window.show_full_view()
        self.window.setGeometry(self.available)
        self.settle()
        return self.window

    def advance(self, seconds: float) -> None:
        remaining = seconds
        while remaining > 1e-9:
            step = min(0.5, remaining)
            self.clock.advance(step)
            remaining -= step
            self.controller.driver.tick()

    def run_until(self, kind: str, into_s: float = 12.0) -> None:
        """Run the session to ``into_s`` seconds into its first ``kind`` segment."""
        if not self.controller.active:
            self.controller.start(self.program)
        for _ in range(20000):
            snap = self.controller.snapshot()
            if (
                snap.planned is not None
                and snap.planned.segment.kind == kind
                and snap.segment_elapsed_s >= into_s
            ):
                return
            self.advance(0.5)
        raise AssertionError(f"no {kind} segment in {self.program.id}")

    def stop_session(self) -> None:
        """Stop a running session and show the idle page again (what a user sees on return)."""
        if self.controller.active:
            self.controller.stop()
            self.settle()
            self.window.page.show_program(self.program)
        self.settle()

    def show_about(self, parent) -> None:
        from walkcoach.ui.dialogs.about import AboutDialog, figure_sources

        self.about_dialog = AboutDialog(parent, self.data_dir, figure_sources())
        self.about_dialog.open()

    def editor(self):
        from walkcoach.ui.window_hooks import open_program_editor

        editor = open_program_editor(self.window)
        editor.setGeometry(self.available)
        return editor

    # -- the screens --------------------------------------------------------------------------

    def screens(self) -> Iterator[tuple[str, Callable[[], QWidget], Callable[[], None]]]:
        """(name, show it and return the window to look at, close it) for every screen."""
        w = self.window

        def closer(get: Callable[[], QWidget | None]) -> Callable[[], None]:
            def close() -> None:
                widget = get()
                if widget is not None:
                    widget.close()
                self.settle()

            return close

        def coach_idle():
            self.stop_session()
            return self.show_main()

        yield "coach-idle", coach_idle, lambda: None

        def coach_forward():
            self.show_main()
            self.run_until("forward")
            self.settle()
            return w

        yield "coach-forward", coach_forward, lambda: None

        def coach_backward():
            self.show_main()
            self.run_until("backward")
            self.settle()
            return w

        yield "coach-backward", coach_backward, lambda: None

        def coach_coming_up():
            # The last seconds of a segment: the side panel previews the next one.
            self.run_until("backward", 0.0)
            snap = self.controller.snapshot()
            self.advance(max(0.0, snap.segment_remaining_s - 2.0))
            self.settle()
            return w

        yield "coach-coming-up", coach_coming_up, lambda: None

        def stop_question():
            self.run_until("backward")
            w.request_stop()
            self.settle()
            return w.stop_dialog

        yield "stop-confirmation", stop_question, closer(lambda: w.stop_dialog)

        def mini_view():
            self.run_until("backward")
            w.show_mini_view()
            self.settle()
            return w.mini_view

        def leave_mini() -> None:
            w.show_full_view()
            self.stop_session()
            self.show_main()

        yield "mini-view", mini_view, leave_mini

        def history():
            self.stop_session()
            self.show_main()
            w.history_action.setChecked(True)
            self.settle()
            return w

        yield "history", history, lambda: None

        def history_tab(index: int):
            def show():
                w.history_page.tabs.setCurrentIndex(index)
                self.settle_until(lambda: w.history_page.heart_rate_loaded)
                table = getattr(w.history_page, "session_table", None)
                if index == 2 and table is not None:
                    table.selectRow(0)
                    self.settle()
                return w

            return show

        yield "history-muscles", history_tab(1), lambda: None

        def back_to_coach() -> None:
            w.history_page.tabs.setCurrentIndex(0)
            w.history_action.setChecked(False)
            self.settle()

        yield "history-sessions", history_tab(2), lambda: None

        def history_heart_rate():
            # The Progress tab scrolled down to its heart-rate row (below the fold on small screens).
            page = w.history_page
            page.tabs.setCurrentIndex(0)
            self.settle()
            self.settle_until(lambda: page.heart_rate_loaded)
            scroll = page.tabs.widget(0)
            scroll.ensureWidgetVisible(page.heart_rate_progress, 0, 0)
            self.settle()
            return w

        yield "history-heart-rate", history_heart_rate, back_to_coach

        def plan(started_days_ago: int | None):
            def show():
                from datetime import date

                from walkcoach import paths
                from walkcoach.core.plans.state import (
                    PlanState,
                    clear_state,
                    save_state,
                    state_path,
                )

                path = state_path(paths.data_dir())
                if started_days_ago is None:
                    clear_state(path)
                else:  # mid-plan: the generated history walked none of it, so days are missed
                    start = date.today() - timedelta(days=started_days_ago)
                    save_state(path, PlanState("progression", (0, 2, 4), "07:30", "UTC", start))
                self.show_main()
                w.plan_action.setChecked(True)
                w.plan_page.reload()
                self.settle()
                return w

            return show

        def leave_plan() -> None:
            w.plan_action.setChecked(False)
            self.settle()

        yield "plan-fresh", plan(None), lambda: None
        yield "plan-mid", plan(10), leave_plan

        def summary():
            from walkcoach import paths
            from walkcoach.storage.db import open_readonly
            from walkcoach.storage.history import get_session
            from walkcoach.storage.summaries import session_summaries
            from walkcoach.ui.history.summary_dialog import SummaryDialog

            self.show_main()
            conn = open_readonly(paths.database_path())
            try:
                last_id = conn.execute("SELECT MAX(id) FROM sessions").fetchone()[0]
                session = get_session(conn, last_id)
                earlier = session_summaries(conn)
            finally:
                conn.close()
            from walkcoach.core.settings import zones_from
            from walkcoach.ui.theme import resolve_theme

            dialog = SummaryDialog(
                session,
                earlier,
                save=lambda *_args: None,
                zones=zones_from(w.settings),
                theme=resolve_theme(w.settings.theme),
                parent=w,
            )
            self.summary_dialog = dialog
            dialog.open()
            self.settle()
            return dialog

        yield "session-summary", summary, closer(lambda: self.summary_dialog)

        def preferences():
            from walkcoach.ui.window_hooks import open_preferences

            self.show_main()
            dialog = open_preferences(w)
            self.settle()
            return dialog

        yield "preferences", preferences, closer(lambda: w.preferences_dialog)

        def first_run():
            from walkcoach.ui.window_hooks import open_first_run

            self.show_main()
            dialog = open_first_run(w)
            self.settle()
            return dialog

        yield "first-run", first_run, closer(lambda: w.first_run_dialog)

        def safety():
            self.show_main()
            w.show_safety_checklist()
            self.settle()
            return w.safety_dialog

        yield "safety-checklist", safety, closer(lambda: w.safety_dialog)

        def shortcuts():
            self.show_main()
            w.show_shortcuts()
            self.settle()
            return w.shortcuts_dialog

        yield "keyboard-shortcuts", shortcuts, closer(lambda: w.shortcuts_dialog)

        def about():
            self.show_main()
            self.show_about(w)
            self.settle()
            return self.about_dialog

        yield "about", about, closer(lambda: self.about_dialog)

        def editor_builtin():
            editor = self.editor()
            editor.load_programs(select_id=PROGRAM_ID)
            self.settle()
            return editor

        yield "editor-builtin", editor_builtin, lambda: None

        def editor_copy():
            editor = self.editor()
            editor.load_programs(select_id=PROGRAM_ID)
            editor.files.duplicate_program()
            self.settle()
            return editor

        yield "editor-duplicate", editor_copy, lambda: None

        def unsaved_question():
            editor = self.editor()
            editor.ask_unsaved(lambda: None)
            self.settle()
            return editor.question

        yield "editor-unsaved-question", unsaved_question, closer(lambda: w.program_editor.question)

        def delete_question():
            editor = self.editor()
            editor.files.delete_program()
            self.settle()
            return editor.question

        yield "editor-delete-question", delete_question, closer(lambda: w.program_editor.question)

        def import_conflict():
            editor = self.editor()
            program = editor.document.program()
            from walkcoach.core.program import program_to_dict

            path = self.data_dir / "import-me.json"
            path.write_text(json.dumps(program_to_dict(program)), encoding="utf-8")
            editor.files.import_file(path)
            self.settle()
            return editor.question

        yield "import-conflict", import_conflict, closer(lambda: w.program_editor.question)

        def import_error():
            editor = self.editor()
            path = self.data_dir / "broken.json"
            path.write_text(
                '{"format": "walkcoach-program", "version": 1, "main": []}', encoding="utf-8"
            )
            editor.files.import_file(path)
            self.settle()
            return editor.message

        def close_editor() -> None:
            editor = w.program_editor
            if editor.message is not None:
                editor.message.close()
            editor.hide()
            self.settle()

        yield "import-error", import_error, close_editor

    def close(self) -> None:
        self.stop_session()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self.window.deleteLater()
        self.settle()
