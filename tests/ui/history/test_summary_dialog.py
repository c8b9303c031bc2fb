"""The after-session summary: real sessions recorded by the real writer into a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from walkcoach.core.muscles import load_model
from walkcoach.core.program import parse_program
from walkcoach.core.stats import Best
from walkcoach.storage.db import open_readonly
from walkcoach.storage.history import get_session
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui.history.panels import best_value
from walkcoach.ui.history.summary_dialog import SummaryDialog, summary_after_session

PROGRAM = parse_program(
    {
        "format": "walkcoach-program",
        "version": 1,
        "id": "summary-test",
        "name": "Summary test",
        "main": [
            {"kind": "forward", "duration_s": 300, "speed_kmh": 4.0},
            {"kind": "turn", "duration_s": 15, "speed_kmh": 1.0, "incline_pct": 5},
            {"kind": "backward", "duration_s": 120, "speed_kmh": 3.0, "incline_pct": 5},
            {"kind": "backward", "duration_s": 60, "speed_kmh": 3.0, "incline_pct": 5},
            {"kind": "rest", "duration_s": 30},
        ],
    }
)
# 5:00 forward, the 0:15 turn, 3:00 backward, 0:30 rest.
PLANNED = "8:45"


class WallClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def record(
    writer: SessionWriter, clock: WallClock, walked_s: list[float], status="completed"
) -> int:
    """Walk PROGRAM's segments for ``walked_s`` seconds each (fewer items: stopped early)."""
    writer.begin(PROGRAM, weight_kg=75.0, units="kmh")
    plan = PROGRAM.planned_segments()
    # The program turns where it changes direction, so the plan is its own segments, one each.
    assert not any(p.auto_inserted for p in plan) and len(walked_s) <= len(plan)
    for index, seconds in enumerate(walked_s):
        clock.now += timedelta(seconds=seconds)
        writer.segment_ended(index, plan[index].segment, seconds)
    writer.finish(status, sum(walked_s))
    assert writer.storage_error is None
    return writer.session_id


@pytest.fixture
def recorded(tmp_path):
    """Two sessions a day apart; the second walks a longer backward stretch."""
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock)
    first = record(writer, clock, [300, 15, 60, 0, 30])
    clock.now += timedelta(days=1)
    second = record(writer, clock, [300, 15, 120, 60, 30])
    yield writer, db_path, first, second
    writer.close()


def open_summary(qtbot, writer, db_path, **kwargs) -> SummaryDialog:
    dialog = summary_after_session(writer, db_path, muscle_model=load_model(), **kwargs)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def stored(db_path, session_id):
    conn = open_readonly(db_path)
    try:
        return get_session(conn, session_id)
    finally:
        conn.close()


def test_summary_shows_what_was_walked_muscles_and_new_bests(qtbot, recorded):
    writer, db_path, _first, second = recorded
    dialog = open_summary(qtbot, writer, db_path)
    assert dialog.session.id == second
    totals = dialog.totals()
    assert totals["forward"] == "5:00"
    assert totals["backward"] == "3:00"
    assert totals["longest_backward"] == "3:00"  # two backward segments in a row: one stretch
    assert totals["total"] == PLANNED
    # The belt moves during the turn too (15 s at 1 km/h).
    assert totals["distance"] == f"{(300 * 4.0 + 15 * 1.0 + 180 * 3.0) / 3600:.2f} km"
    assert totals["kcal"].startswith("about ")
    rows = dialog.muscle_rows()
    assert len(rows) == 5
    assert all("% of its maximal voluntary contraction (EMG)" in row for row in rows)
    bests = dialog.best_rows()
    assert any(row.startswith("Longest backward stretch: 3:00 (was 1:00)") for row in bests)
    assert any(row.startswith("Longest streak: 2 days (was 1 day)") for row in bests)
    assert dialog.windowTitle() == "Session summary"


def test_summary_in_miles_for_mph_users(qtbot, recorded):
    writer, db_path, *_ = recorded
    dialog = open_summary(qtbot, writer, db_path, units="mph", distance_unit="mi")
    assert dialog.totals()["distance"].endswith(" mi")
    # The distance has a unit of its own: mph with kilometres shows kilometres.
    in_km = open_summary(qtbot, writer, db_path, units="mph", distance_unit="km")
    assert in_km.totals()["distance"].endswith(" km")
    assert best_value(dialog, Best("fastest_backward_speed_kmh", 3.2), "mph") == "2.0 mph"


def test_keyboard_effort_pain_and_notes_are_saved_to_the_database(qtbot, recorded):
    writer, db_path, _first, second = recorded
    dialog = open_summary(qtbot, writer, db_path)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_7)
    assert dialog.rpe() == 7
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_0)  # 0 means 10
    assert dialog.rpe() == 10
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_8)
    dialog.pain_check.setFocus()
    qtbot.keyClick(dialog.pain_check, Qt.Key.Key_Space)
    assert dialog.pain_check.isChecked()
    dialog.notes_edit.setFocus()
    qtbot.keyClicks(dialog.notes_edit, "left knee sore after 2 min")  # digits here are text
    assert dialog.rpe() == 8
    with qtbot.waitSignal(dialog.saved) as signal:
        qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [second, 8, True, "left knee sore after 2 min"]
    assert dialog.result() == SummaryDialog.DialogCode.Accepted
    session = stored(db_path, second)
    assert (session.rpe, session.pain, session.notes) == (8, True, "left knee sore after 2 min")


def test_clicking_the_chosen_effort_again_clears_it(qtbot, recorded):
    writer, db_path, _first, second = recorded
    dialog = open_summary(qtbot, writer, db_path)
    qtbot.mouseClick(dialog.rpe_buttons[3], Qt.MouseButton.LeftButton)
    assert dialog.rpe() == 4
    qtbot.mouseClick(dialog.rpe_buttons[5], Qt.MouseButton.LeftButton)
    assert dialog.rpe() == 6
    assert [b.isChecked() for b in dialog.rpe_buttons].count(True) == 1
    qtbot.mouseClick(dialog.rpe_buttons[5], Qt.MouseButton.LeftButton)
    assert dialog.rpe() is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    session = stored(db_path, second)
    assert (session.rpe, session.pain, session.notes) == (None, False, "")


def test_escape_skips_the_rating_and_the_session_stays_recorded(qtbot, recorded):
    """The buttons say what they do: the session is in the history whatever is clicked."""
    writer, db_path, _first, second = recorded
    dialog = open_summary(qtbot, writer, db_path)
    assert dialog.close_button.text().replace("&", "") == "Skip rating"
    assert dialog.save_button.text().replace("&", "") == "Save rating"
    assert "in your history already" in dialog.status_label.text()
    dialog.set_rpe(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == SummaryDialog.DialogCode.Rejected
    kept = stored(db_path, second)
    assert kept is not None and kept.status == "completed" and kept.rpe is None


def test_feedback_already_given_is_shown_again(qtbot, recorded):
    writer, db_path, _first, second = recorded
    writer.annotate(second, rpe=6, pain=True, notes="windy")
    dialog = open_summary(qtbot, writer, db_path)
    assert dialog.rpe() == 6
    assert dialog.pain_check.isChecked()
    assert dialog.notes_edit.toPlainText() == "windy"


def test_storage_trouble_keeps_the_dialog_open_and_says_so(qtbot, recorded):
    writer, db_path, *_ = recorded
    dialog = open_summary(qtbot, writer, db_path)
    dialog._save = lambda *args: "disk full"
    dialog.set_rpe(5)
    assert dialog.save() is False
    assert dialog.isVisible()
    assert "disk full" in dialog.status_label.text()
    assert dialog.save_error == "disk full"


def test_a_session_stopped_after_seconds_gets_the_same_summary_and_rating(qtbot, tmp_path):
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock)
    assert summary_after_session(writer, db_path) is None  # nothing recorded yet
    stopped = record(writer, clock, [12], status="stopped")
    dialog = open_summary(qtbot, writer, db_path)  # stopped after 12 s: a summary all the same
    assert dialog.heading.text() == "Session ended early"
    assert f"0:12 of the {PLANNED} planned" in dialog.explanation.text()
    assert dialog.totals()["total"] == "0:12" and dialog.totals()["planned"] == PLANNED
    dialog.set_rpe(9)
    dialog.pain_check.setChecked(True)
    assert dialog.save() is True
    session = stored(db_path, stopped)
    assert (session.status, session.rpe, session.pain) == ("stopped", 9, True)
    writer.close()


def test_skipping_through_says_too_short_with_the_skipped_segments(qtbot, tmp_path):
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock)
    writer.begin(PROGRAM, weight_kg=75.0)
    for index, planned in enumerate(PROGRAM.planned_segments()):
        clock.now += timedelta(seconds=4)
        writer.segment_ended(index, planned.segment, 4.0, skipped=True)
    writer.finish("completed", 20.0)  # the engine reached the end of the plan
    dialog = open_summary(qtbot, writer, db_path)
    assert dialog.session.status == "short"
    assert dialog.heading.text() == "Too short to count as completed"
    assert f"0:20 walked of the {PLANNED} planned" in dialog.explanation.text()
    assert "80 %" in dialog.explanation.text()
    assert dialog.totals()["skipped"] == "5 segments"
    writer.close()


def test_times_round_to_the_nearest_second(qtbot, tmp_path):
    """A 20:30 program measured as 1230.04 s is 20:30, not 20:31."""
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock)
    record(writer, clock, [300.02, 15.0, 120.01, 60.01, 30.0])
    dialog = open_summary(qtbot, writer, db_path)
    totals = dialog.totals()
    assert (totals["total"], totals["forward"], totals["backward"]) == (PLANNED, "5:00", "3:00")
    one = tmp_path / "one.sqlite3"
    writer_one = SessionWriter(one, clock_wall=clock)
    writer_one.begin(PROGRAM, weight_kg=75.0)
    writer_one.segment_ended(0, PROGRAM.planned_segments()[0].segment, 1.0, skipped=True)
    writer_one.finish("stopped", 1.0)
    summary = open_summary(qtbot, writer_one, one)
    assert summary.totals()["skipped"] == "1 segment"  # the one cut short by Stop
    writer.close()
    writer_one.close()


def test_comparison_with_the_last_time_this_program_was_walked(qtbot, recorded):
    writer, db_path, first, second = recorded
    writer.annotate(first, rpe=6)
    dialog = open_summary(qtbot, writer, db_path)
    assert (
        dialog.comparison.text() == "Last time (Mon 03 Mar): 6:45 in all, 1:00 backward, effort 6"
    )
    assert dialog.comparison.isVisibleTo(dialog)


def test_no_comparison_the_first_time_nor_with_a_skipped_through_session(qtbot, tmp_path):
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock)
    record(writer, clock, [300, 15, 120, 60, 30])
    first = open_summary(qtbot, writer, db_path)
    assert first.comparison.text() == "" and not first.comparison.isVisibleTo(first)
    clock.now += timedelta(days=1)
    record(writer, clock, [3, 3, 3, 3, 3])  # skipped through: "short", not a walk to compare with
    clock.now += timedelta(days=1)
    record(writer, clock, [300, 15, 120, 60, 30])
    third = open_summary(qtbot, writer, db_path)
    assert third.comparison.text().startswith(f"Last time (Mon 03 Mar): {PLANNED} in all")
    writer.close()


@pytest.mark.parametrize("screen", [(1024, 600), (1366, 768)])
def test_the_dialog_fits_small_screens_with_its_buttons_in_view(qtbot, recorded, screen):
    """Before: 796 px tall at 1366x768, Save cut off. Now the contents scroll instead."""
    writer, db_path, *_ = recorded
    dialog = open_summary(qtbot, writer, db_path)
    # What it would take unrestrained (the old dialog's height):
    wanted = dialog.body.sizeHint().height() + dialog.feedback.sizeHint().height()
    assert wanted + dialog.save_button.height() > 600
    dialog.fit_to(*screen)  # the offscreen test screen has another size: fit to the laptop's
    assert dialog.height() <= screen[1] and dialog.width() <= screen[0]
    for button in (dialog.save_button, dialog.close_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert button.isVisible() and 0 < corner.y() <= dialog.height()
        assert 0 < corner.x() <= dialog.width()
    scrollbar = dialog.scroll_area.verticalScrollBar()
    if dialog.body.sizeHint().height() > dialog.scroll_area.viewport().height():
        assert scrollbar.maximum() > 0  # the rest is reached by scrolling, not clipped
    # The rating sits outside the scroll area, whole, above the buttons (at 1024x600 it was
    # scrolled out of view, the notes box cut at 1366x768).
    assert not dialog.scroll_area.isAncestorOf(dialog.notes_edit)
    for widget in (dialog.notes_edit, dialog.rpe_buttons[0], dialog.rpe_buttons[-1]):
        rect = widget.rect().translated(widget.mapTo(dialog, widget.rect().topLeft()))
        assert widget.isVisible() and dialog.rect().contains(rect)
    assert dialog.notes_edit.height() >= 2 * dialog.notes_edit.fontMetrics().lineSpacing()
    # No sideways scrolling: the muscles' long lines wrap to the viewport's width.
    assert dialog.scroll_area.horizontalScrollBar().maximum() == 0
    assert dialog.body.width() <= dialog.scroll_area.viewport().width()
    rows = [
        label for label in dialog.body.findChildren(QLabel) if "contraction (EMG)" in label.text()
    ]
    assert rows
    for label in rows:
        right = label.mapTo(dialog.scroll_area.viewport(), label.rect().topRight()).x()
        assert label.wordWrap() and right <= dialog.scroll_area.viewport().width()


def test_first_session_reports_its_marks_as_firsts(qtbot, tmp_path):
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock)
    record(writer, clock, [300, 15, 120], status="stopped")
    dialog = open_summary(qtbot, writer, db_path)
    assert "Session ended early" in [label.text() for label in dialog.findChildren(QLabel)]
    assert all(row.endswith("(your first)") for row in dialog.best_rows())
    assert any(row.startswith("Longest backward stretch: 2:00") for row in dialog.best_rows())
    writer.close()


def test_the_distance_says_whether_the_belt_measured_it(qtbot, tmp_path):
    from walkcoach.core.measured import BeltSample, summarise

    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock)
    record(writer, clock, [300, 15, 120, 60, 30])
    planned = open_summary(qtbot, writer, db_path)
    names = [label.text() for label in planned.findChildren(QLabel)]
    assert "Distance (planned)" in names
    # The same program on a belt that ran 3.6 km/h (1 m/s) throughout.
    writer.begin(PROGRAM, weight_kg=75.0, units="kmh")
    at_s = 0.0
    for index, planned_segment in enumerate(PROGRAM.planned_segments()):
        start_s = at_s
        samples = []
        for _ in range(int(planned_segment.duration_s)):
            sample = BeltSample(at_s, 3.6, 0.0, 1000.0 + at_s)
            samples.append(sample)
            writer.add_sample(sample)
            at_s += 1.0
        clock.now += timedelta(seconds=planned_segment.duration_s)
        measured = summarise(samples, start_s, at_s)
        writer.segment_ended(
            index, planned_segment.segment, planned_segment.duration_s, measured=measured
        )
    writer.finish("completed", at_s)
    dialog = open_summary(qtbot, writer, db_path)
    names = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Distance (measured)" in names and "Distance (planned)" not in names
    assert dialog.totals()["distance"] == f"{at_s / 1000:.2f} km"  # 1 m a second, not the plan's
    writer.close()


def test_a_session_with_a_heart_rate_shows_it_in_zones_with_its_chart(qtbot, tmp_path):
    from walkcoach.core.hr_zones import zones_for
    from walkcoach.core.measured import BeltSample

    zones = zones_for(age_years=45)  # 177 bpm: zone 1 from 88, zone 2 from 106, ...
    db_path = tmp_path / "history.sqlite3"
    clock = WallClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    writer = SessionWriter(db_path, clock_wall=clock, zones=zones, hr_source="sensor")
    writer.begin(PROGRAM, weight_kg=75.0, units="kmh")
    plan = PROGRAM.planned_segments()
    walked = [300, 15, 120, 60, 30]
    at_s = 0.0
    for index, seconds in enumerate(walked):
        for t in range(int(seconds)):
            bpm = 95 if plan[index].direction != "backward" else 125
            writer.add_sample(BeltSample(at_s + t, None, None, None, bpm))
        at_s += seconds
        clock.now += timedelta(seconds=seconds)
        writer.segment_ended(index, plan[index].segment, seconds)
    writer.finish("completed", sum(walked))
    try:
        dialog = open_summary(qtbot, writer, db_path, zones=zones)
        assert dialog.heart_rate_text().startswith("Mean ")
        assert "highest 125 bpm" in dialog.heart_rate_text()
        zone_text = dialog.zone_text()
        assert "Zone 1 " in zone_text and "Zone 3 " in zone_text and "Zone 5" not in zone_text
        chart = dialog.heart_rate_chart
        assert chart is not None and len(chart.band_kinds) == len(walked)
        assert max(v for v in chart.bpm if v == v) == 125
    finally:
        writer.close()


def test_a_session_without_a_heart_rate_has_no_heart_rate_panel(qtbot, recorded):
    writer, db_path, _first, _second = recorded
    dialog = open_summary(qtbot, writer, db_path)
    assert dialog.heart_rate_chart is None and dialog.heart_rate_text() == ""
