"""The history page on real SQLite files: chart data, axis ranges, tooltips, tabs, exports, renders."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from walkcoach.core import stats
from walkcoach.core.muscles import load_model
from walkcoach.core.program import parse_program
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import list_sessions
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui.history.calendar_heatmap import level_of
from walkcoach.ui.history.charts import DAY_S, WEEK_S, day_timestamp
from walkcoach.ui.history.page import TAB_MUSCLES, TAB_SESSIONS, HistoryPage

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2025, 3, 19, 20, 0, tzinfo=UTC)  # a Wednesday


def program(backward_s: float, incline_pct: float = 5.0):
    """Forward 10:00, a turn, backward, a turn, forward 2:00: a turn at each change of direction."""
    return parse_program(
        {
            "format": "walkcoach-program",
            "version": 1,
            "id": "page-test",
            "name": "Page test",
            "main": [
                {"kind": "forward", "duration_s": 600, "speed_kmh": 4.0},
                {"kind": "turn", "duration_s": 15, "speed_kmh": 1, "incline_pct": incline_pct},
                {
                    "kind": "backward",
                    "duration_s": backward_s,
                    "speed_kmh": 3.0,
                    "incline_pct": incline_pct,
                },
                {"kind": "turn", "duration_s": 15, "speed_kmh": 1},
                {"kind": "forward", "duration_s": 120, "speed_kmh": 4.0},
            ],
        }
    )


class WallClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def write_session(writer, clock, started_at, backward_s, *, walked=None, status="completed"):
    clock.now = started_at
    prog = program(backward_s)
    plan = prog.planned_segments()
    assert not any(p.auto_inserted for p in plan)  # ``walked`` goes one to one with the program
    writer.begin(prog, 70.0)
    walked = walked or [p.duration_s for p in plan]
    for index, seconds in enumerate(walked):
        clock.now += timedelta(seconds=seconds)
        writer.segment_ended(index, plan[index].segment, seconds)
    writer.finish(status, sum(walked))
    assert writer.storage_error is None
    return writer.session_id


@pytest.fixture
def history_db(tmp_path):
    """Four sessions over three ISO weeks (Mondays 3, 10 and 17 March 2025)."""
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock()
    writer = SessionWriter(db_path, clock_wall=clock)
    ids = [
        write_session(writer, clock, datetime(2025, 3, 4, 8, tzinfo=UTC), 120),
        write_session(writer, clock, datetime(2025, 3, 11, 8, tzinfo=UTC), 150),
        write_session(writer, clock, datetime(2025, 3, 18, 8, tzinfo=UTC), 180),
        # Stopped during the backward stretch, on the 19th (today).
        write_session(
            writer,
            clock,
            datetime(2025, 3, 19, 8, tzinfo=UTC),
            210,
            walked=[600, 15, 90],
            status="stopped",
        ),
    ]
    writer.close()
    return db_path, ids


def make_page(qtbot, db_path, **kwargs) -> HistoryPage:
    page = HistoryPage(db_path, now=lambda: NOW, tz=UTC, muscle_model=load_model(), **kwargs)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    return page


def records(db_path):
    conn = open_readonly(db_path)
    try:
        return list_sessions(conn)
    finally:
        conn.close()


# -- empty state -------------------------------------------------------------------------------


def test_empty_history_explains_what_will_appear_and_suggests_a_first_session(qtbot, tmp_path):
    page = make_page(qtbot, tmp_path / "none" / "history.sqlite3")
    assert page.is_empty
    assert page.empty_state.isVisible()
    text = page.empty_state.body.text()
    for promise in (
        "Minutes per week",
        "longest backward stretch",
        "12-month calendar",
        "muscles",
        "personal",
    ):
        assert promise in text
    assert page.suggestion.rule == "start"
    assert page.empty_suggestion.use_button.isEnabled()
    with qtbot.waitSignal(page.program_suggested) as signal:
        page.empty_suggestion.use_button.click()
    assert signal.args[0].id == "first-steps"  # the one first suggestion (welcome, default)
    assert not (tmp_path / "none").exists()  # looking never creates the database


def test_an_unreadable_database_is_said_plainly(qtbot, tmp_path):
    bad = tmp_path / "history.sqlite3"
    bad.write_bytes(b"this is not a database at all" * 100)
    page = make_page(qtbot, bad)
    assert page.is_empty
    assert "cannot be read" in page.empty_state.detail.text()
    assert bad.read_bytes().startswith(b"this is not")  # left as it was


# -- progress tab: chart data ---------------------------------------------------------------------


def test_weekly_bars_are_stacked_forward_then_backward_per_iso_week(qtbot, history_db):
    db_path, _ = history_db
    page = make_page(qtbot, db_path)
    chart = page.weekly_chart
    mondays = [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]
    expected_x = [day_timestamp(d, UTC) for d in mondays]
    forward = chart.forward_bars.opts
    backward = chart.backward_bars.opts
    assert list(forward["x0"]) == expected_x
    # 600 + 120 s forward per session; week 3 adds the stopped one's 600 s.
    assert list(forward["height"]) == pytest.approx([12.0, 12.0, 22.0])
    assert list(backward["height"]) == pytest.approx([2.0, 2.5, 3.0 + 1.5])
    assert list(backward["y0"]) == list(forward["height"])  # stacked on the forward bar
    assert list(forward["width"]) == [6 * DAY_S] * 3
    (x_min, x_max), (y_min, y_max) = chart.view_box.viewRange()
    assert x_min <= expected_x[0] and x_max >= expected_x[-1] + 6 * DAY_S
    assert y_min == 0 and y_max >= 26.5
    assert chart.getPlotItem().getAxis("left").labelText == "Minutes per week"
    tip = chart.bar_tip_at(expected_x[2] + 3 * DAY_S)
    assert "Week 12, 2025" in tip and "Backward: 4:30" in tip and "Forward: 22:00" in tip
    assert chart.bar_tip_at(expected_x[2] + 6.5 * DAY_S) == ""  # the gap between bars


def test_progress_points_are_longest_stretches_with_the_goal_band(qtbot, history_db):
    db_path, _ = history_db
    page = make_page(qtbot, db_path)
    chart = page.progress_chart
    assert list(chart.y_min) == pytest.approx([2.0, 2.5, 3.0, 1.5])
    assert list(chart.x) == [
        datetime(2025, 3, d, 8, tzinfo=UTC).timestamp() for d in (4, 11, 18, 19)
    ]
    # One line point per week: that week's best stretch.
    assert list(chart.week_best_min) == pytest.approx([2.0, 2.5, 3.0])
    assert tuple(chart.goal_band.getRegion()) == (5.0, 8.0)
    (_x_min, _x_max), (y_min, y_max) = chart.view_box.viewRange()
    assert y_min == 0 and y_max >= 8.0  # the goal band is always in view
    assert "min" in chart.getPlotItem().getAxis("left").labelText
    assert "Longest backward stretch: 3:00" in chart._tip(0, 0, 2)


def test_calendar_streaks_and_bests(qtbot, history_db):
    db_path, _ = history_db
    page = make_page(qtbot, db_path)
    levels = page.heatmap.levels()
    assert len(levels) == 365
    assert max(levels) == date(2025, 3, 19)
    assert levels[date(2025, 3, 4)] == level_of(12 + 2 + 0.5) == 1  # the two turns count too
    assert levels[date(2025, 3, 5)] == 0
    assert page.heatmap.tooltip_for(date(2025, 3, 18)) == "Tue 18 Mar 2025: 15:30"
    # 18th and 19th: a 2-day streak, still current today.
    assert "Current streak: <b>2</b>" in page.streak_label.text()
    assert "longest: <b>2</b>" in page.streak_label.text()
    bests = page.bests_panel.values()
    assert bests["longest_backward_run_s"] == "3:00"
    assert bests["steepest_backward_incline_pct"] == "5 %"
    assert bests["fastest_backward_speed_kmh"] == "3.0 km/h"
    assert bests["longest_streak_days"] == "2 days"
    assert "<b>4</b> sessions" in page.summary_label.text()


def test_heatmap_hover_finds_the_day_under_the_mouse(qtbot, history_db):
    db_path, _ = history_db
    page = make_page(qtbot, db_path)
    rect = page.heatmap.cell_rect(date(2025, 3, 11))
    assert page.heatmap.day_at(rect.center()) == date(2025, 3, 11)
    assert page.heatmap.day_at(rect.center() + (rect.bottomRight() - rect.topLeft()) * 40) is None


def test_next_session_follows_the_weekly_step(qtbot, history_db):
    db_path, _ = history_db
    page = make_page(qtbot, db_path)
    # Last week's best was 2:30; this week 3:00 was already walked on the 18th.
    assert page.suggestion.backward_s == 180
    assert "already reached" in page.suggestion_panel.reasons.text()
    with qtbot.waitSignal(page.program_suggested) as signal:
        page.suggestion_panel.use_button.click()
    assert signal.args[0].longest_backward_s == 180


# -- muscles tab ---------------------------------------------------------------------------------


def test_muscle_load_per_period_on_the_body_diagram(qtbot, history_db):
    db_path, _ = history_db
    page = make_page(qtbot, db_path)
    page.tabs.setCurrentIndex(TAB_MUSCLES)
    page.set_period("all")
    everything = stats.MuscleLoad(load_model()).load(records(db_path))
    assert page.load == pytest.approx(everything)
    shown = {a.muscle.id: a.activation for a in page.body.activations()}
    assert max(shown.values()) == 100.0
    top = max(everything, key=everything.get)
    assert shown[top] == 100.0
    assert "% of the muscle worked most" in page.body.legend_caption()
    assert "100 % of the work of the muscle worked most" in page.body.tooltip_text(top)
    texts = page.load_list.texts()
    assert "worked most (100 %)" in texts[0] and "% <small>as much</small>" in texts[1]
    assert not any("·min" in t for t in texts) and "EMG" in page.load_list.note.text()
    # The last 4 weeks from the 19th: every session here; 1 day back from "now": none at all.
    page.set_period("4w")
    assert page.period_combo.currentData() == "4w"
    assert page.load == pytest.approx(everything)
    page._now = lambda: NOW + timedelta(days=40)
    page.set_period("4w")
    assert sum(page.load.values()) == 0
    assert page.body.activations() == []
    assert page.load_list.texts()[0] == "Nothing walked in this period."


# -- sessions tab --------------------------------------------------------------------------------


def test_session_list_newest_first_with_a_segment_chart(qtbot, history_db):
    db_path, ids = history_db
    page = make_page(qtbot, db_path)
    page.tabs.setCurrentIndex(TAB_SESSIONS)
    model = page.session_model
    assert model.rowCount() == 4
    assert [model.summary(r).id for r in range(4)] == list(reversed(ids))
    assert model.data(model.index(0, 0)) == "Ended early"
    assert model.data(model.index(0, 4)) == "1:30"  # backward, in the one time format
    assert model.data(model.index(1, 5)) == "3:00"  # longest stretch
    # The newest is selected at once and drawn: planned vs walked, by kind.
    chart = page.segment_chart
    assert page.selected.id == ids[-1]
    assert chart.kinds == ["forward", "turn", "backward"]
    assert list(chart.x) == [1.0, 2.0, 3.0]
    assert list(chart.planned_min) == pytest.approx([10.0, 0.25, 3.5])
    assert list(chart.actual_min) == pytest.approx([10.0, 0.25, 1.5])
    assert list(chart.actual_bars.opts["height"]) == pytest.approx([10.0, 0.25, 1.5])
    (x_min, x_max), (y_min, y_max) = chart.view_box.viewRange()
    assert (x_min, x_max) == (0.4, 3.6) and y_min == 0 and y_max >= 10
    assert "Planned 3:30, walked 1:30" in chart.bar_tip_at(3.0)
    assert page.select_session(ids[1])
    assert page.selected.id == ids[1]
    assert chart.kinds == ["forward", "turn", "backward", "turn", "forward"]
    assert not page.select_session(99999)


def test_notes_are_read_in_the_list_and_a_session_is_deleted_after_naming_it(qtbot, history_db):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from walkcoach.ui.history.session_list import COLUMNS

    db_path, ids = history_db
    writer = SessionWriter(db_path)
    writer.annotate(ids[1], rpe=5, notes="Rails held the first minute.\nKnees fine.")
    writer.close()
    page = make_page(qtbot, db_path)
    page.tabs.setCurrentIndex(TAB_SESSIONS)
    model = page.session_model
    row = model.row_of(ids[1])
    notes = model.data(model.index(row, COLUMNS.index("notes")))
    assert notes == "Rails held the first minute. Knees fine."
    assert "Knees fine." in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)

    page.select_session(ids[1])
    page.session_table.setFocus()
    qtbot.keyClick(page.session_table, Qt.Key.Key_Delete)
    box = page.delete_box
    assert box is not None and box.isVisible()
    assert "“Page test” of Tue 11 Mar 2025 08:00 (15:00)" in box.text()  # names the session
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    assert box.defaultButton() is keep
    keep.click()  # nothing happens
    assert [s.id for s in records(db_path)] == ids

    box = page.delete_session(ids[1])
    delete = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    delete.click()
    assert [s.id for s in records(db_path)] == [ids[0], ids[2], ids[3]]
    assert model.rowCount() == 3 and model.row_of(ids[1]) is None  # the list read it again


# -- exports ---------------------------------------------------------------------------------------


def test_exports_all_and_selected(qtbot, history_db, tmp_path):
    db_path, ids = history_db
    page = make_page(qtbot, db_path)
    written = page.export_all("csv", tmp_path / "all.csv")
    with open(written[0], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {int(r["session_id"]) for r in rows} == set(ids)
    data = json.loads(page.export_all("json", tmp_path / "all.json")[0].read_text())
    assert [s["id"] for s in data] == ids
    assert page.export_selected("tcx", tmp_path / "none.tcx") == []
    assert "choose a session" in page.last_export_message
    page.select_session(ids[0])
    tcx = page.export_selected("tcx", tmp_path / "one.tcx")[0]
    assert b"TrainingCenterDatabase" in tcx.read_bytes()
    fit = page.export_selected("fit", tmp_path / "one.fit")[0]
    assert fit.read_bytes()[8:12] == b".FIT"
    assert page.export_all("csv", tmp_path / "missing-folder" / "x.csv") == []
    assert "does not exist" in page.last_export_message
    assert page.export_error_box is not None and page.export_error_box.isVisible()  # not blocking
    page.export_error_box.close()


def test_exports_remember_the_last_folder_in_the_settings(qtbot, history_db, tmp_path):
    from walkcoach.core.settings import Settings, load_settings, save_settings
    from walkcoach.ui.history.exports import suggested_path

    db_path, ids = history_db
    settings_file = tmp_path / "settings.json"
    settings = Settings(units="kmh")
    page = make_page(qtbot, db_path)
    page.export_settings = settings
    page.save_export_settings = lambda: save_settings(settings, settings_file)
    assert suggested_path(settings, "x.csv") == Path.home() / "x.csv"  # the first time
    folder = tmp_path / "exports"
    folder.mkdir()
    page.export_all("csv", folder / "all.csv")
    assert settings.export_folder == str(folder.resolve())
    assert suggested_path(settings, "next.json") == folder.resolve() / "next.json"
    assert load_settings(settings_file)[0].export_folder == str(folder.resolve())  # saved
    page.select_session(ids[0])
    other = tmp_path / "watch"
    other.mkdir()
    page.export_selected("fit", other / "one.fit")
    assert settings.export_folder == str(other.resolve())
    (other / "one.fit").unlink()
    other.rmdir()  # a folder that is gone: back to the home folder, never an error
    assert suggested_path(settings, "y.tcx") == Path.home() / "y.tcx"


def test_exports_in_the_main_windows_session_menu(qtbot, data_dir, fake_clock, tmp_path):
    from walkcoach import paths
    from walkcoach.core.cues import RecordingCuePlayer
    from walkcoach.core.settings import Settings
    from walkcoach.system.awake import AwakeGuard, NullInhibitor
    from walkcoach.ui.history.exports import export_from_window
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.session.session import SessionController

    clock = WallClock()
    writer = SessionWriter(paths.database_path(), clock_wall=clock)
    first = write_session(writer, clock, datetime(2025, 3, 4, 8, tzinfo=UTC), 120)
    last = write_session(writer, clock, datetime(2025, 3, 5, 8, tzinfo=UTC), 150)
    writer.close()
    settings = Settings(units="kmh")
    saved = []
    controller = SessionController(
        fake_clock,
        RecordingCuePlayer(),
        settings,
        AwakeGuard(NullInhibitor("tests keep the screen as it is")),
    )
    window = MainWindow(
        controller, settings, save_settings=lambda: saved.append(settings.export_folder)
    )
    qtbot.addWidget(window)
    session_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in session_menu.actions()]
    assert "Export all sessions as CSV…" in texts and "Export the last session as FIT…" in texts
    assert texts.index("Export all sessions as CSV…") < texts.index("Quit")
    written = export_from_window(window, "all", "json", tmp_path / "all.json")
    assert [s["id"] for s in json.loads(written[0].read_text())] == [first, last]
    tcx = export_from_window(window, "last", "tcx", tmp_path / "last.tcx")[0]
    assert b"TrainingCenterDatabase" in tcx.read_bytes()
    assert settings.export_folder == str(tmp_path.resolve()) and saved  # remembered and saved
    assert "Exported to" in window.statusBar().currentMessage()


# -- the ten-year history, rendered ---------------------------------------------------------------


@pytest.mark.slow
def test_ten_year_history_renders_with_full_data(qtbot, tmp_path):
    data_dir = tmp_path / "bench"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate_history.py"),
            "--data-dir",
            str(data_dir),
            "--no-samples",  # the charts read no samples; with them: benchmarks/history_page.py
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    last_day = datetime(2025, 1, 2, 12, tzinfo=UTC)
    page = HistoryPage(data_dir / "history.sqlite3", now=lambda: last_day, tz=UTC)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    assert len(page.summaries) == 3650
    weeks = page.weekly_chart.weeks
    assert len(weeks) >= 521
    heights = (
        page.weekly_chart.forward_bars.opts["height"]
        + page.weekly_chart.backward_bars.opts["height"]
    )
    assert np.all(heights > 0)  # a session every day: no empty week
    assert (
        3600 < len(page.progress_chart.x) <= 3650
    )  # sessions stopped before walking backward have no point
    assert page.progress_chart.week_best_min.max() == pytest.approx(8.0)
    # At first the charts show the last half year; the rest is a drag away.
    (x_min, x_max), _ = page.weekly_chart.view_box.viewRange()
    assert 25 * WEEK_S <= x_max - x_min <= 28 * WEEK_S
    image = page.grab()
    assert image.save(str(tmp_path / "history-10-years.png"))
    page.tabs.setCurrentIndex(TAB_MUSCLES)
    page.tabs.setCurrentIndex(TAB_SESSIONS)
    QApplication.processEvents()
    assert page.session_model.rowCount() == 3650
    assert page.grab().save(str(tmp_path / "history-10-years-sessions.png"))


# -- in the main window --------------------------------------------------------------------------


def test_main_window_start_up_does_not_import_pyqtgraph():
    script = (
        "import sys; import walkcoach.ui.main_window, walkcoach.ui.app, walkcoach.ui.history.wiring; "
        "print('pyqtgraph' in sys.modules, 'walkcoach.ui.history.page' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_view_history_ctrl_h_toggles_pages_and_next_session_goes_to_the_coach(
    qtbot, data_dir, fake_clock
):
    from walkcoach import paths
    from walkcoach.core.cues import RecordingCuePlayer
    from walkcoach.core.settings import Settings
    from walkcoach.system.awake import AwakeGuard, NullInhibitor
    from walkcoach.ui.history.summary_dialog import SummaryDialog
    from walkcoach.ui.history.wiring import connect_history
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.session.session import SessionController

    clock = WallClock()
    writer = SessionWriter(paths.database_path(), clock_wall=clock)
    session_id = write_session(writer, clock, datetime.now(UTC) - timedelta(hours=2), 120)
    settings = Settings(units="kmh")
    player = RecordingCuePlayer()
    controller = SessionController(
        fake_clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.history_page is None  # nothing built until asked for
    window.history_action.trigger()
    page = window.history_page
    assert page is not None and window.page_stack.currentWidget() is page
    assert [s.id for s in page.summaries] == [session_id]
    assert window.history_action.shortcut().toString() == "Ctrl+H"
    window.history_action.trigger()
    assert window.page_stack.currentWidget() is window.page
    window.history_action.trigger()
    page.suggestion_panel.use_button.click()
    assert window.page_stack.currentWidget() is window.page
    assert window.page.picker.current_program().id == "next-session"
    assert not window.history_action.isChecked()
    # The end of a session opens its summary; a session started shows the coach page.
    connect_history(window, controller, lambda: writer, lambda: settings.units)
    controller.session_ended.emit("finished")
    qtbot.waitUntil(lambda: isinstance(getattr(window, "summary_dialog", None), SummaryDialog))
    dialog = window.summary_dialog
    assert dialog.session.id == session_id and dialog.isVisible()
    dialog.set_rpe(4)
    dialog.save()
    assert records(paths.database_path())[0].rpe == 4
    assert window.history_stale
    writer.close()


def test_next_session_is_offered_in_the_program_list_without_being_selected(
    qtbot, data_dir, fake_clock
):
    from walkcoach import paths
    from walkcoach.core import library
    from walkcoach.core.cues import RecordingCuePlayer
    from walkcoach.core.settings import Settings
    from walkcoach.system.awake import AwakeGuard, NullInhibitor
    from walkcoach.ui.history.wiring import connect_history
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.session.session import SessionController

    clock = WallClock()
    writer = SessionWriter(paths.database_path(), clock_wall=clock)
    write_session(writer, clock, datetime.now(UTC) - timedelta(days=8), 150)
    settings = Settings(units="kmh")
    player = RecordingCuePlayer()
    controller = SessionController(
        fake_clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    window.page.picker.set_programs(library.builtin_programs(), select_id="first-steps")
    connect_history(window, controller, lambda: writer, lambda: settings.units)
    qtbot.waitUntil(lambda: getattr(window, "next_session", None) is not None)
    ids = [p.id for p in window.page.picker.programs()]
    assert ids[0] == "next-session" and ids.count("next-session") == 1
    assert window.page.picker.current_program().id == "first-steps"
    assert window.next_session.program.longest_backward_s == window.next_session.backward_s
    # Pain reported in the summary changes the advice at once.
    writer.annotate(writer.session_id, pain=True)
    assert window.next_session.rule != "pain"
    from walkcoach.ui.history.wiring import offer_next_session

    assert offer_next_session(window).rule == "pain"
    assert [p.id for p in window.page.picker.programs()].count("next-session") == 1
    writer.close()


def test_a_session_walked_in_the_window_gets_a_summary_and_appears_in_the_history(
    qtbot, data_dir, fake_clock
):
    """The whole loop with real parts: engine, recorder, writer, SQLite, summary, history page."""
    from PySide6.QtCore import Qt

    from walkcoach import paths
    from walkcoach.core.cues import RecordingCuePlayer
    from walkcoach.core.settings import Settings
    from walkcoach.system.awake import AwakeGuard, NullInhibitor
    from walkcoach.ui.history.summary_dialog import SummaryDialog
    from walkcoach.ui.history.wiring import connect_history
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.session.recorder import SessionRecorder
    from walkcoach.ui.session.session import SessionController

    walk = parse_program(
        {
            "format": "walkcoach-program",
            "version": 1,
            "id": "short-walk",
            "name": "Short walk",
            "main": [
                {"kind": "forward", "duration_s": 40, "speed_kmh": 4.0},
                {"kind": "backward", "duration_s": 50, "speed_kmh": 3.0, "incline_pct": 4},
            ],
        }
    )
    settings = Settings(units="kmh", weight_kg=70)
    writer = SessionWriter(paths.database_path())
    player = RecordingCuePlayer()
    holder = {}

    def recorder(program, plan):
        return SessionRecorder(
            writer, program, plan, holder["controller"].snapshot, weight_kg=70.0, units="kmh"
        )

    controller = SessionController(
        fake_clock,
        player,
        settings,
        AwakeGuard(NullInhibitor("tests keep the screen as it is")),
        recorder_factory=recorder,
    )
    holder["controller"] = controller
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    window.page.picker.set_programs([walk])
    connect_history(window, controller, lambda: writer, lambda: settings.units)
    window.show()
    qtbot.waitExposed(window)
    window.history_action.trigger()  # looking at the history first: empty
    assert window.history_page.is_empty
    controller.start(walk, skip_get_ready=True)
    assert window.page_stack.currentWidget() is window.page  # a session shows the coach
    for _ in range(600):
        if not controller.active:
            break
        fake_clock.advance(0.25)
        controller.driver.tick()
    assert not controller.active
    qtbot.waitUntil(lambda: isinstance(getattr(window, "summary_dialog", None), SummaryDialog))
    dialog = window.summary_dialog
    assert dialog.totals()["backward"] == "0:50"
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_6)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == SummaryDialog.DialogCode.Accepted
    saved = records(paths.database_path())
    assert [(s.program_id, s.status, s.rpe) for s in saved] == [("short-walk", "completed", 6)]
    window.history_action.trigger()
    page = window.history_page
    assert not page.is_empty
    assert [s.id for s in page.summaries] == [saved[0].id]
    assert list(page.progress_chart.y_min) == pytest.approx([50 / 60])
    writer.close()


def _coach_window(qtbot, fake_clock, program):
    """The coach window with the real engine, recorder, writer and summary, as the app has it."""
    from walkcoach import paths
    from walkcoach.core.cues import RecordingCuePlayer
    from walkcoach.core.settings import Settings
    from walkcoach.system.awake import AwakeGuard, NullInhibitor
    from walkcoach.ui.history.wiring import connect_history
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.session.recorder import SessionRecorder
    from walkcoach.ui.session.session import SessionController

    settings = Settings(units="kmh", weight_kg=70)
    writer = SessionWriter(paths.database_path())
    player = RecordingCuePlayer()
    holder = {}

    def recorder(prog, plan):
        return SessionRecorder(
            writer, prog, plan, holder["controller"].snapshot, weight_kg=70.0, units="kmh"
        )

    controller = SessionController(
        fake_clock,
        player,
        settings,
        AwakeGuard(NullInhibitor("tests keep the screen as it is")),
        recorder_factory=recorder,
    )
    holder["controller"] = controller
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    window.page.picker.set_programs([program])
    connect_history(window, controller, lambda: writer, lambda: settings.units)
    window.show()
    qtbot.waitExposed(window)
    return window, controller, writer


def _summary(qtbot, window):
    from walkcoach.ui.history.summary_dialog import SummaryDialog

    qtbot.waitUntil(lambda: isinstance(getattr(window, "summary_dialog", None), SummaryDialog))
    return window.summary_dialog


def test_skipping_every_segment_in_the_window_is_too_short_and_no_streak(
    qtbot, data_dir, fake_clock
):
    """Start, then Right (skip) through all 13 segments: not "Completed 0:53", no streak."""
    from walkcoach import paths

    walk = parse_program(
        {
            "format": "walkcoach-program",
            "version": 1,
            "id": "thirteen",
            "name": "Thirteen",
            "main": [
                {"kind": "forward", "duration_s": 120, "speed_kmh": 4.0},
                {
                    "repeat": 6,
                    "segments": [
                        {"kind": "backward", "duration_s": 60, "speed_kmh": 2.4},
                        {"kind": "forward", "duration_s": 120, "speed_kmh": 4.0},
                    ],
                },
            ],
        }
    )
    window, controller, writer = _coach_window(qtbot, fake_clock, walk)
    controller.start(walk, skip_get_ready=True)
    skips = 0
    while controller.active:
        fake_clock.advance(4.0)
        controller.driver.tick()
        window.skip()  # what the Right key does
        skips += 1
    assert skips == len(controller.plan)
    dialog = _summary(qtbot, window)
    assert dialog.session.status == "short"
    assert dialog.heading.text() == "Too short to count as completed"
    assert "Session complete" not in dialog.heading.text()
    saved = records(paths.database_path())
    assert [s.status for s in saved] == ["short"]
    assert all(s.skipped for s in saved[0].segments)
    today = datetime.now(UTC).date()
    assert stats.streaks(saved, today=today).current_days == 0
    writer.close()


def test_stopping_early_in_the_window_gives_the_summary_to_rate(qtbot, data_dir, fake_clock):
    from PySide6.QtCore import Qt

    from walkcoach import paths
    from walkcoach.ui.history.summary_dialog import SummaryDialog

    walk = program(300)
    window, controller, writer = _coach_window(qtbot, fake_clock, walk)
    controller.start(walk, skip_get_ready=True)
    for _ in range(40):  # 10 s walked, then Stop (under the old 30 s limit: no summary)
        fake_clock.advance(0.25)
        controller.driver.tick()
    controller.stop()
    dialog = _summary(qtbot, window)
    assert dialog.heading.text() == "Session ended early"
    assert dialog.totals()["total"] == "0:10"
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_8)
    dialog.pain_check.setChecked(True)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == SummaryDialog.DialogCode.Accepted
    saved = records(paths.database_path())
    assert [(s.status, s.rpe, s.pain) for s in saved] == [("stopped", 8, True)]
    writer.close()


def test_small_screen_shows_the_whole_next_session_and_a_roomy_session_list(qtbot, history_db):
    """At 1024x600 the suggestion sat beside the calendar, below the fold (words cut, its
    button out of view); the Sessions list showed two rows with its Program column cut."""
    db_path, _ = history_db
    page = make_page(qtbot, db_path)
    page.resize(1000, 470)  # the page's share of a 1024x600 screen under the menu bar
    QApplication.processEvents()
    panel, button = page.suggestion_panel, page.suggestion_panel.use_button
    viewport = page.tabs.widget(0).viewport()
    bottom = button.mapTo(viewport, button.rect().bottomLeft()).y()
    assert button.isVisible() and 0 < bottom <= viewport.height()
    reasons = panel.reasons
    assert reasons.height() >= reasons.heightForWidth(reasons.width())  # no line cut
    page.tabs.setCurrentIndex(TAB_SESSIONS)
    QApplication.processEvents()
    table = page.session_table
    assert table.height() >= 26 * 4  # header and three rows at least (the rows are 26 px)
    program_col = 1
    name = page.session_model.data(page.session_model.index(0, program_col))
    assert table.columnWidth(program_col) > table.fontMetrics().horizontalAdvance(name)
    page.resize(1900, 1000)
    QApplication.processEvents()
    notes_col = page.session_model.columnCount() - 1
    assert table.columnWidth(notes_col) < table.viewport().width() / 3  # empty notes
    assert table.columnWidth(program_col) > table.columnWidth(0)


def test_progress_chart_keeps_headroom_above_the_goal(qtbot, tmp_path):
    """Dots at 8 min sat on the top edge with the goal's label under them."""
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock()
    writer = SessionWriter(db_path, clock_wall=clock)
    write_session(writer, clock, datetime(2025, 3, 18, 8, tzinfo=UTC), 480)
    writer.close()
    page = make_page(qtbot, db_path)
    chart = page.progress_chart
    assert max(chart.y_min) == pytest.approx(8.0)
    _x, (_y_min, y_max) = chart.view_box.viewRange()
    assert y_max >= 8.0 * 1.3
    assert chart.goal_label.pos().y() > 8.0 * 1.2  # the label is above the dots, not among them


def test_a_session_says_whether_its_distance_was_measured_or_planned(qtbot, tmp_path):
    from walkcoach.core.measured import BeltSample, summarise

    db_path = tmp_path / "history.sqlite3"
    clock = WallClock()
    writer = SessionWriter(db_path, clock_wall=clock)
    planned_id = write_session(writer, clock, datetime(2025, 3, 17, 8, tzinfo=UTC), 120)
    clock.now = datetime(2025, 3, 18, 8, tzinfo=UTC)
    prog = program(120)
    writer.begin(prog, 70.0)
    at_s = 0.0
    for planned in prog.planned_segments():
        start_s, samples = at_s, []
        while at_s < planned.end_s:
            samples.append(BeltSample(at_s, 1.8, 2.0, 10.0 + at_s / 2))  # 0.5 m/s
            writer.add_sample(samples[-1])
            at_s += 1.0
        clock.now += timedelta(seconds=planned.duration_s)
        writer.segment_ended(
            planned.index,
            planned.segment,
            planned.duration_s,
            measured=summarise(samples, start_s, at_s),
        )
    writer.finish("completed", at_s)
    measured_id = writer.session_id
    writer.close()
    page = make_page(qtbot, db_path)
    assert page.select_session(measured_id)
    assert f"Distance: {at_s / 2000:.2f} km (measured)" in page.segment_title.text()
    assert page.select_session(planned_id)
    assert "km (planned)" in page.segment_title.text()


def test_the_json_export_carries_each_sessions_heart_rate_samples(qtbot, tmp_path):
    from walkcoach.core.measured import BeltSample

    db_path = tmp_path / "history.sqlite3"
    clock = WallClock()
    writer = SessionWriter(db_path, clock_wall=clock)
    clock.now = datetime(2025, 3, 4, 8, tzinfo=UTC)
    prog = program(60)
    plan = prog.planned_segments()
    writer.begin(prog, 70.0)
    for second in range(30):
        writer.add_sample(BeltSample(float(second), None, None, None, 100 + second))
    for index, planned in enumerate(plan):
        clock.now += timedelta(seconds=planned.duration_s)
        writer.segment_ended(index, planned.segment, planned.duration_s)
    writer.finish("completed", sum(p.duration_s for p in plan))
    writer.close()
    page = make_page(qtbot, db_path)
    (session,) = json.loads(page.export_all("json", tmp_path / "all.json")[0].read_text())
    assert [s["heart_rate_bpm"] for s in session["samples"]] == list(range(100, 130))
    assert session["hr_max_bpm"] == 129
