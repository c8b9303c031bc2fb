"""Heart rate on the history page, on real SQLite files: a session's curve with its segments and
zone lines, weekly time in zones, backward against forward, and the notes where there is none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from walkcoach.core.hr_zones import zones_for
from walkcoach.core.measured import BeltSample
from walkcoach.core.muscles import load_model
from walkcoach.core.program import Program, Segment
from walkcoach.storage.writer import SessionWriter
from walkcoach.ui.history.charts import day_timestamp
from walkcoach.ui.history.page import TAB_SESSIONS, HistoryPage
from walkcoach.ui.theme import style_for, zone_colours

NOW = datetime(2025, 3, 19, 20, 0, tzinfo=UTC)  # a Wednesday
ZONES = zones_for(max_hr_bpm=200)  # bounds 100, 120, 140, 160, 180
SEGMENTS = (
    Segment("forward", 120, 3.0, 1.0),
    Segment("turn", 15, 1.0, 1.0),
    Segment("backward", 90, 3.0, 1.0),
    Segment("turn", 15, 1.0, 1.0),
    Segment("forward", 90, 4.0, 1.0),
)
RATES = {"forward": 110, "backward": 130, "turn": 125}  # zones 1, 2 and 2

Pulse = Callable[[str, int], int | None]


def steady(kind: str, _into_s: int) -> int | None:
    return RATES[kind]


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def walk(writer, clock, started_at: datetime, pulse: Pulse | None) -> int:
    """SEGMENTS walked in full, a sample a second (``pulse``: None, a treadmill without strap)."""
    clock.now = started_at
    program = Program("hr-page", "Heart rate test", SEGMENTS)
    writer.begin(program, 70.0)
    at_s = 0
    for planned in program.planned_segments():
        segment = planned.segment
        for second in range(int(segment.duration_s)):
            bpm = pulse(segment.kind, second) if pulse else None
            writer.add_sample(BeltSample(at_s + second, segment.speed_kmh, 1.0, None, bpm))
        at_s += int(segment.duration_s)
        clock.now += timedelta(seconds=segment.duration_s)
        writer.segment_ended(planned.index, segment, segment.duration_s)
    writer.finish("completed", at_s)
    assert writer.storage_error is None
    return writer.session_id


@pytest.fixture
def hr_db(tmp_path):
    """Three sessions with a strap (weeks of 3 and 17 March) and one without (today)."""
    db_path = tmp_path / "history.sqlite3"
    clock = Clock()
    writer = SessionWriter(db_path, clock_wall=clock)
    ids = {
        "early": walk(writer, clock, datetime(2025, 3, 4, 8, tzinfo=UTC), steady),
        "recent": walk(writer, clock, datetime(2025, 3, 18, 8, tzinfo=UTC), steady),
        "gap": walk(
            writer,
            clock,
            datetime(2025, 3, 18, 18, tzinfo=UTC),
            lambda kind, into_s: None if kind == "backward" and 40 <= into_s < 70 else RATES[kind],
        ),
        "no strap": walk(writer, clock, datetime(2025, 3, 19, 8, tzinfo=UTC), None),
    }
    writer.close()
    return db_path, ids


def make_page(qtbot, db_path, *, zones=ZONES, theme="dark", size=(1280, 720)) -> HistoryPage:
    page = HistoryPage(
        db_path, now=lambda: NOW, tz=UTC, muscle_model=load_model(), zones=zones, theme=theme
    )
    qtbot.addWidget(page)
    page.resize(*size)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.heart_rate_loaded)  # read after the rest, from the samples
    return page


def open_session(page: HistoryPage, session_id: int) -> None:
    page.tabs.setCurrentIndex(TAB_SESSIONS)
    assert page.select_session(session_id)
    QApplication.processEvents()


# -- one session ---------------------------------------------------------------------------------


def test_a_sessions_heart_rate_is_drawn_over_its_segments_with_the_zone_bounds(qtbot, hr_db):
    db_path, ids = hr_db
    page = make_page(qtbot, db_path)
    open_session(page, ids["recent"])
    chart = page.heart_rate_chart
    assert chart.isVisible()
    x, y = chart.curve.getData()
    assert len(x) == 330
    assert x[0] == 0 and x[-1] == pytest.approx(329 / 60)  # minutes of active time
    assert y[0] == 110 and y[int(np.searchsorted(x, 3.0))] == 130  # 3:00 is backward
    bands = chart.band_bars.opts
    assert list(bands["x0"]) == pytest.approx([0, 2, 2.25, 3.75, 4.0])
    assert list(bands["width"]) == pytest.approx([2, 0.25, 1.5, 0.25, 1.5])
    assert chart.band_kinds == ["forward", "turn", "backward", "turn", "forward"]
    brushes = [pg.mkBrush(b).color() for b in bands["brushes"]]
    assert [b.name() for b in brushes] == [style_for(k, "dark").colour for k in chart.band_kinds]
    assert all(b.alpha() < 100 for b in brushes)  # shaded, behind the curve
    assert chart.band_bars.zValue() < chart.curve.zValue()
    # The curve runs 110 to 130: the bounds under and over it come into view, the rest not.
    assert [line.value() for line in chart.zone_lines] == [100, 120, 140]
    colours = [line.pen.color().name() for line in chart.zone_lines]
    assert colours == list(zone_colours("dark")[:3])
    assert chart.zone_ticks == [(100, "Z1"), (120, "Z2"), (140, "Z3")]  # on the right axis
    (x_min, x_max), (y_min, y_max) = chart.view_box.viewRange()
    assert x_min <= 0 and x_max >= 5.5
    assert y_min < 100 and 140 < y_max < 160
    assert chart.getPlotItem().getAxis("bottom").labelText == "Minutes of active time"
    tip = chart.bar_tip_at(3.0)
    assert "Backward, 2:15 to 3:45" in tip and "mean 130, highest 130 bpm" in tip
    mean = (210 * 110 + 30 * 125 + 90 * 130) / 330
    assert f"mean {mean:.0f}, highest 130 bpm" in page.heart_rate_note.text()


def test_lost_contact_leaves_a_gap_in_the_curve_not_a_drop_to_zero(qtbot, hr_db):
    db_path, ids = hr_db
    page = make_page(qtbot, db_path)
    open_session(page, ids["gap"])
    chart = page.heart_rate_chart
    assert int(np.isnan(chart.bpm).sum()) == 30
    assert np.nanmin(chart.bpm) == 110  # no zero anywhere
    assert chart.curve.opts["connect"] == "finite"


def test_a_session_without_heart_rate_shows_a_note_and_no_empty_chart(qtbot, hr_db):
    db_path, ids = hr_db
    page = make_page(qtbot, db_path)
    open_session(page, ids["no strap"])
    assert not page.heart_rate_chart.isVisible()
    assert page.heart_rate_note.isVisible()
    assert "No heart rate in this session" in page.heart_rate_note.text()
    assert page.segment_chart.isVisible()  # the segments stay, now the full width
    open_session(page, ids["recent"])
    assert page.heart_rate_chart.isVisible()


def test_without_zones_the_curve_has_no_zone_lines(qtbot, hr_db):
    db_path, ids = hr_db
    page = make_page(qtbot, db_path, zones=None)
    open_session(page, ids["recent"])
    assert page.heart_rate_chart.zone_lines == [] and page.heart_rate_chart.zone_ticks == []
    assert len(page.heart_rate_chart.curve.getData()[0]) == 330
    assert "Preferences" in page.heart_rate_progress.zones_caption.text()
    assert not page.heart_rate_progress.zones_chart.isVisible()


# -- progress tab --------------------------------------------------------------------------------


def test_weekly_time_in_zones_is_stacked_per_week_in_the_zone_colours(qtbot, hr_db):
    db_path, _ids = hr_db
    page = make_page(qtbot, db_path)
    row = page.heart_rate_progress
    chart = row.zones_chart
    assert chart.isVisible() and not row.note.isVisible()
    assert len(chart.weeks) == 12
    assert chart.weeks[-1].week_start == date(2025, 3, 17)
    assert list(chart.zone_bars[0].opts["x0"]) == [
        day_timestamp(w.week_start, UTC) for w in chart.weeks
    ]
    # Each strapped session: 210 s in zone 1 (forward), 120 s in zone 2 (turns and backward);
    # the one with lost contact has 30 s of backward fewer.
    zone1 = chart.zone_bars[0].opts["height"]
    zone2 = chart.zone_bars[1].opts["height"]
    assert zone1[-3] == pytest.approx(3.5) and zone2[-3] == pytest.approx(2.0)  # week of 3 March
    assert zone1[-1] == pytest.approx(7.0) and zone2[-1] == pytest.approx(3.5)  # 17 March
    assert zone1[-2] == 0 and zone2[-2] == 0
    assert list(chart.zone_bars[1].opts["y0"]) == pytest.approx(list(zone1))  # stacked
    colours = [pg.mkBrush(bars.opts["brush"]).color().name() for bars in chart.zone_bars]
    assert colours == list(zone_colours("dark"))
    tip = chart.bar_tip_at(day_timestamp(date(2025, 3, 17), UTC) + 2 * 86400)
    assert "Z1 Very light: 7:00" in tip and "Z2 Light: 3:30" in tip
    caption = row.zones_caption.text()
    assert "last 12 weeks" in caption
    for number, colour in enumerate(zone_colours("dark"), start=1):
        assert f"color:{colour}'>&#9632;&nbsp;Z{number}" in caption  # the legend, in colour


def test_backward_against_forward_pairs_segments_at_the_same_speed(qtbot, hr_db):
    db_path, _ids = hr_db
    page = make_page(qtbot, db_path, zones=None)  # needs no zones
    row = page.heart_rate_progress
    chart = row.speed_chart
    assert chart.isVisible()
    # Backward at 3.0 km/h pairs with the first forward (3.0); the forward at 4.0 has no pair.
    assert [p.speed_kmh for p in chart.pairs] == [3.0]
    assert list(chart.backward_dots.data["y"]) == [130]
    assert list(chart.forward_dots.data["y"]) == [110]
    assert chart.speed_ticks == [(0, "3.0 km/h")]
    caption = row.speed_caption.text()
    assert "from 3 backward and 3 forward segments" in caption
    assert "backward was 20 bpm higher" in caption


def test_with_no_heart_rate_at_all_one_note_explains_the_sensor(qtbot, tmp_path):
    db_path = tmp_path / "history.sqlite3"
    clock = Clock()
    writer = SessionWriter(db_path, clock_wall=clock)
    walk(writer, clock, datetime(2025, 3, 18, 8, tzinfo=UTC), None)
    writer.close()
    page = make_page(qtbot, db_path)
    row = page.heart_rate_progress
    assert row.note.isVisible()
    assert "heart-rate sensor" in row.note.text()
    assert not row.zones_chart.isVisible() and not row.speed_chart.isVisible()
    assert not row.zones_caption.isVisible()


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_the_heart_rate_charts_render_in_both_themes(qtbot, hr_db, theme, size):
    db_path, ids = hr_db
    page = make_page(qtbot, db_path, theme=theme, size=size)
    row = page.heart_rate_progress
    assert row.zones_chart.height() >= 220 and row.speed_chart.height() >= 220
    open_session(page, ids["recent"])
    assert page.heart_rate_chart.width() > 300 and page.heart_rate_chart.height() >= 150
    image = page.grab().toImage()
    assert not image.isNull()


def test_the_window_gives_the_page_the_users_zones_and_rebuilds_it_when_they_change(
    qtbot, data_dir, fake_clock
):
    from walkcoach import paths
    from walkcoach.core.cues import RecordingCuePlayer
    from walkcoach.core.settings import Settings
    from walkcoach.system.awake import AwakeGuard, NullInhibitor
    from walkcoach.ui.history.wiring import apply_history_settings
    from walkcoach.ui.main_window import MainWindow
    from walkcoach.ui.session.session import SessionController

    clock = Clock()
    writer = SessionWriter(paths.database_path(), clock_wall=clock)
    walk(writer, clock, datetime.now(UTC) - timedelta(hours=2), steady)
    writer.close()
    settings = Settings(units="kmh", max_hr_bpm=200)
    player = RecordingCuePlayer()
    controller = SessionController(
        fake_clock, player, settings, AwakeGuard(NullInhibitor("tests keep the screen as it is"))
    )
    window = MainWindow(controller, settings, cue_player=player)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.history_action.trigger()
    page = window.history_page
    assert page.zones == ZONES
    qtbot.waitUntil(lambda: page.heart_rate_loaded)
    assert page.heart_rate_progress.zones_chart.isVisible()
    settings.max_hr_bpm = 0  # no maximum and no age: no zones
    apply_history_settings(window)
    rebuilt = window.history_page
    assert rebuilt is not page and rebuilt.zones is None
    qtbot.waitUntil(lambda: rebuilt.heart_rate_loaded)
    assert "Preferences" in rebuilt.heart_rate_progress.zones_caption.text()


def _wreck_samples(db_path) -> None:
    """Junk over the b-tree header of the samples table's root page (a failing disk)."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'samples'").fetchone()
    conn.close()
    with open(db_path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 12)


def test_damaged_samples_are_said_in_the_heart_rate_row_and_the_next_open_rescues(qtbot, hr_db):
    """The open's check leaves the samples out (storage.db.UNCHECKED_AT_OPEN): their damage
    shows where they are read. The page says so in words, fills its other tabs, and asks the
    next open for the whole-file check that moves the file aside and rescues it."""
    from walkcoach.storage import full_check

    db_path, ids = hr_db
    _wreck_samples(db_path)
    page = make_page(qtbot, db_path)
    row = page.heart_rate_progress
    assert row.note.isVisible() and "cannot be read" in row.note.text()
    assert not row.zones_chart.isVisible() and not row.speed_chart.isVisible()
    assert len(page.summaries) == 4  # the sessions themselves are fine
    assert full_check.requested(db_path)
    page.reload()  # a second read: the same words, no traceback, no endless poll
    qtbot.waitUntil(lambda: page.heart_rate_loaded)
    assert "cannot be read" in row.note.text() and not page._heart_poll.isActive()
