"""The history page: weekly minutes, backward progress, calendar and streaks, muscle load, sessions.

Built the first time the user opens it (the main window imports this module lazily: pyqtgraph
costs half a second nobody should pay at start-up). Data comes from SQL totals
(``storage.summaries``), never from 40,000 segment objects; the Muscles and Sessions tabs fill
when first shown.

Past 400 lines as one piece: one widget whose tabs are filled from its background reads (the
sessions, and the heart-rate figures on a thread of their own) and redrawn together after each
session; the charts, panels, table and exports live in modules of their own.
"""

from __future__ import annotations

import html
import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from walkcoach.core import stats
from walkcoach.core.hr_zones import HeartRateZones
from walkcoach.core.muscles import Activation, MuscleModel, load_model
from walkcoach.core.progression import Suggestion, suggest_next_session
from walkcoach.core.records import SessionRecord
from walkcoach.core.units import km_to_mi
from walkcoach.storage.db import reading
from walkcoach.storage.errors import StorageError
from walkcoach.storage.heart_rate_history import (
    COMPARISON_DAYS,
    SpeedPair,
    WeekZones,
    backward_vs_forward,
    has_heart_rate,
    session_heart_rate,
    weekly_time_in_zones,
)
from walkcoach.storage.history import get_session
from walkcoach.storage.summaries import (
    condition_totals,
    session_summaries,
    sessions_for_progression,
)
from walkcoach.ui.history.calendar_heatmap import CalendarHeatmap
from walkcoach.ui.history.charts import ProgressChart, SegmentChart, WeeklyMinutesChart
from walkcoach.ui.history.exports import HistoryExports
from walkcoach.ui.history.hr_charts import HeartRateProgress, SessionHeartRateChart
from walkcoach.ui.history.panels import (
    BestsPanel,
    EmptyState,
    LoadDiagram,
    MuscleLoadList,
    StreakLabel,
    SuggestionPanel,
    distance_source_word,
    hours_text,
)
from walkcoach.ui.history.session_list import SessionTable, SessionTableModel, confirm_delete
from walkcoach.ui.locale_text import date_time_text, decimal, grouped
from walkcoach.ui.resource_text import recorded_program_name
from walkcoach.ui.widgets.flow_layout import FlowLayout

PERIODS_DAYS: dict[str, int | None] = {"4w": 28, "3m": 91, "12m": 365, "all": None}
TAB_PROGRESS, TAB_MUSCLES, TAB_SESSIONS = range(3)
CHART_MIN_HEIGHT_PX = 290
SEGMENT_CHART_MIN_HEIGHT_PX = 150  # the Sessions tab's chart, under the list
log = logging.getLogger(__name__)

LOAD_SOURCE = "WalkCoach estimate: activation x minutes over your sessions"


class HeartRateLoaded(NamedTuple):
    """The Progress tab's heart-rate figures. They come from the per-second samples (a second
    or so at ten years of sessions with a strap), so they are read on a thread of their own,
    beside the page's first read, and fill their row when ready: the page opens without
    waiting for them."""

    weeks: list[WeekZones]  # [] without zones or without heart rate in the last weeks
    pairs: list[SpeedPair]
    has_heart_rate: bool  # any heart rate in the last COMPARISON_DAYS
    error: str = ""  # why they could not be read (damaged samples), in words


NO_HEART_RATE = HeartRateLoaded([], [], False)


class _Loaded(NamedTuple):
    summaries: list[stats.SessionSummary]
    records: list[SessionRecord]  # the recent full records the progression coach reads
    error: str


# How often the page looks whether the heart-rate figures have been read (the worker thread
# touches no Qt object, so it cannot signal; a short poll while a read is pending costs nothing).
HEART_RATE_POLL_MS = 40

_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-read")
# Its own thread: the page's first read never waits behind a heart-rate read still running
# (one of an earlier page or reload).
_HEART_RATE_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-heart-rate")


class HistoryPage(HistoryExports, QWidget):
    """Everything recorded, as charts. ``reload()`` reads the database again."""

    program_suggested = Signal(object)  # the progression coach's Program, to run next

    def __init__(
        self,
        db_path: str | Path,
        *,
        units: str = "kmh",
        distance_unit: str = "km",
        theme: str = "dark",
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        muscle_model: MuscleModel | None = None,
        zones: HeartRateZones | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.zones = zones  # the user's heart-rate zones (None: no maximum or age given)
        self.heart = NO_HEART_RATE
        self.units = units
        self.distance_unit = distance_unit
        self.theme = theme
        self._now = now or (lambda: datetime.now(UTC))
        self.tz = tz
        self.model = muscle_model or load_model()
        self.loader = stats.MuscleLoad(self.model)
        self.summaries: list[stats.SessionSummary] = []
        self.suggestion: Suggestion | None = None
        self.error: str = ""
        self.load: dict[str, float] = {}
        self.selected: SessionRecord | None = None
        self.export_error_box: QMessageBox | None = None
        self.delete_box: QMessageBox | None = None
        self.last_export_message = ""
        self._stale_tabs: set[int] = set()
        # SQLite runs without the GIL: the first read overlaps building the widgets below.
        started = self._now()
        self._pending: tuple[datetime, Future[_Loaded]] | None = (
            started,
            _READER.submit(self._read, started),
        )
        self._heart_pending: Future[HeartRateLoaded] | None = _HEART_RATE_READER.submit(
            self._read_heart_rates, started
        )
        self._heart_shown = False  # the row has shown figures of some read
        self._heart_poll = QTimer(self)
        self._heart_poll.setInterval(HEART_RATE_POLL_MS)
        self._heart_poll.timeout.connect(self._take_heart_rates)

        self.stack = QStackedWidget(self)
        self.empty_state = EmptyState(self)
        self.content = QWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addWidget(self.stack)
        self._build_content()
        self.suggestion_panel.use_clicked.connect(self.program_suggested)
        self.empty_suggestion = SuggestionPanel(units, self.empty_state)
        self.empty_suggestion.use_clicked.connect(self.program_suggested)
        layout = self.empty_state.layout()
        assert isinstance(layout, QVBoxLayout)  # the empty state is a column
        layout.insertWidget(3, self.empty_suggestion)

    # -- layout --------------------------------------------------------------------------------

    def _build_content(self) -> None:
        self.summary_label = QLabel(self.content)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        # Wraps beside the export buttons: on one line, German's totals and buttons made the
        # window 1199 px wide (the buttons are taller than two lines of it anyway).
        self.summary_label.setWordWrap(True)
        self.export_csv_button = QPushButton(self.tr("Export all as CSV…"), self.content)
        self.export_json_button = QPushButton(self.tr("Export all as JSON…"), self.content)
        self.export_csv_button.clicked.connect(lambda: self.export_all("csv"))
        self.export_json_button.clicked.connect(lambda: self.export_all("json"))
        header = QHBoxLayout()
        header.addWidget(self.summary_label, 1)
        header.addWidget(self.export_csv_button)
        header.addWidget(self.export_json_button)

        self.tabs = QTabWidget(self.content)
        self.tabs.addTab(self._build_progress_tab(), self.tr("&Progress"))
        # The other tabs are built when first shown: the page opens faster without them.
        self._built_tabs = {TAB_PROGRESS}
        for title in (self.tr("&Muscles"), self.tr("&Sessions")):
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(self._fill_tab)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _build_progress_tab(self) -> QWidget:
        tab = QWidget(self)
        self.weekly_chart = WeeklyMinutesChart(self.theme, tab)
        self.progress_chart = ProgressChart(self.theme, tab)
        self.heatmap = CalendarHeatmap(self.theme, tab)
        self.streak_label = StreakLabel(tab)
        self.bests_panel = BestsPanel(self.units, tab)
        self.suggestion_panel = SuggestionPanel(self.units, tab)
        calendar = QVBoxLayout()
        calendar.addWidget(self.streak_label)
        calendar.addWidget(self.heatmap)
        calendar.addStretch(1)
        grid = QGridLayout(tab)
        grid.setContentsMargins(0, 8, 0, 0)
        # The bests and the next session share the right column, from the top to the bottom:
        # beside the calendar row only, the suggestion's words and its button fell below the
        # fold at 1024x600.
        side = QVBoxLayout()
        side.addWidget(self.bests_panel)
        side.addWidget(self.suggestion_panel)
        side.addStretch(1)
        grid.addWidget(self.weekly_chart, 0, 0)
        grid.addWidget(self.progress_chart, 0, 1)
        grid.addLayout(side, 0, 2, 2, 1)
        grid.addLayout(calendar, 1, 0, 1, 2)
        self.heart_rate_progress = HeartRateProgress(self.theme, self.units, tab)
        # The full width: beside the bests column its captions wrapped to six lines at 1024 px.
        grid.addWidget(self.heart_rate_progress, 2, 0, 1, 3)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(0, 1)
        for chart in (
            self.weekly_chart,
            self.progress_chart,
            self.heart_rate_progress.zones_chart,
            self.heart_rate_progress.speed_chart,
        ):
            # Tall enough for the vertical axis title and the date axis below the bars.
            chart.setMinimumHeight(CHART_MIN_HEIGHT_PX)
        # On a small screen the tab scrolls instead of squeezing the charts into each other.
        return self._scrolling(tab)

    def _scrolling(self, widget: QWidget) -> QScrollArea:
        """``widget`` in a frameless scroll area: it fills the area where it fits, and scrolls
        where a small screen (or a longer language's wrapped text) leaves it too little room."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(widget)
        return scroll

    def _build_muscles_tab(self) -> QWidget:
        tab = QWidget(self)
        self.period_combo = QComboBox(tab)
        for key, text in (
            ("4w", self.tr("Last 4 weeks")),
            ("3m", self.tr("Last 3 months")),
            ("12m", self.tr("Last 12 months")),
            ("all", self.tr("All time")),
        ):
            self.period_combo.addItem(text, key)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.set_period(self.period_key()))
        period_label = QLabel(self.tr("&Period:"), tab)
        period_label.setBuddy(self.period_combo)
        self.body = LoadDiagram(self.model, tab)
        self.load_list = MuscleLoadList(self.model, parent=tab)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period_combo)
        top.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.body, 3)
        row.addWidget(self.load_list, 2)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        # The list's note wraps to more lines in a longer language: scroll rather than cut it.
        return self._scrolling(tab)

    def _build_sessions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.session_model = SessionTableModel(self.theme, tab)
        self.session_table = SessionTable(self.session_model, tab)
        self.session_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._on_row(current.row())
        )
        self.segment_title = QLabel(tab)
        self.segment_title.setTextFormat(Qt.TextFormat.RichText)
        self.segment_title.setWordWrap(True)
        self.segment_chart = SegmentChart(self.theme, self.units, tab)
        self.heart_rate_chart = SessionHeartRateChart(self.theme, tab)
        self.heart_rate_note = QLabel(tab)  # one line where a session has no heart rate
        self.heart_rate_note.setProperty("dim", True)
        self.heart_rate_note.setWordWrap(True)
        self.export_tcx_button = QPushButton(self.tr("Export session as TCX…"), tab)
        self.export_fit_button = QPushButton(self.tr("Export session as FIT…"), tab)
        self.export_tcx_button.clicked.connect(lambda: self.export_selected("tcx"))
        self.export_fit_button.clicked.connect(lambda: self.export_selected("fit"))
        self.delete_button = QPushButton(self.tr("&Delete session…"), tab)
        self.delete_button.clicked.connect(self.session_table.delete_action.trigger)
        self.session_table.delete_requested.connect(self.delete_session)
        detail = QWidget(tab)
        # The title wraps on its own line: beside three buttons it grew tall enough on a
        # 1024x600 screen to push the chart out of the window.
        # The buttons flow onto a second line where they do not fit: in one row a longer
        # language's three held the page wider than a 1024 px window.
        buttons = FlowLayout()
        buttons.addWidget(self.export_tcx_button)
        buttons.addWidget(self.export_fit_button)
        buttons.addWidget(self.delete_button)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.segment_title)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.heart_rate_note)
        # Side by side: one under the other left neither readable at 1024x600.
        charts = QHBoxLayout()
        charts.addWidget(self.segment_chart, 1)
        charts.addWidget(self.heart_rate_chart, 1)
        detail_layout.addLayout(charts, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.session_table)
        # The detail scrolls where the splitter leaves it less than its title, buttons and
        # charts need (a wrapped title in a longer language): the charts keep their height.
        splitter.addWidget(self._scrolling(detail))
        # The list gets the larger share (it showed two rows at 1024x600); the chart below
        # reads at a smaller height than the charts of the Progress tab.
        self.segment_chart.setMinimumHeight(SEGMENT_CHART_MIN_HEIGHT_PX)
        self.heart_rate_chart.setMinimumHeight(SEGMENT_CHART_MIN_HEIGHT_PX)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 240])
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        return tab

    # -- data ----------------------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    def _read(self, now: datetime) -> _Loaded:
        """Everything the page shows first, read in one go (runs on a worker thread too)."""
        try:
            with reading(self.db_path) as conn:
                if conn is None:
                    return _Loaded([], [], "")
                return _Loaded(session_summaries(conn), sessions_for_progression(conn, now), "")
        except StorageError as exc:
            return _Loaded([], [], str(exc))

    def _read_heart_rates(self, now: datetime) -> HeartRateLoaded:
        """The heart-rate row's figures (on their own worker thread)."""
        try:
            with reading(self.db_path) as conn:
                return NO_HEART_RATE if conn is None else self._read_heart_rate(conn, now)
        except StorageError as exc:  # damaged samples say so; the next open rescues the file
            return HeartRateLoaded([], [], False, str(exc))
        except sqlite3.Error as exc:  # anything else: said in the row, never a traceback
            log.exception("reading the heart-rate figures failed")
            return HeartRateLoaded([], [], False, f"{type(exc).__name__}: {exc}")

    @property
    def heart_rate_loaded(self) -> bool:
        """Whether the heart-rate row shows the figures of the latest read."""
        return self._heart_pending is None

    def _take_heart_rates(self) -> None:
        future = self._heart_pending
        if future is None:
            self._heart_poll.stop()
            return
        if not future.done():
            return
        self._heart_poll.stop()
        self._heart_pending = None
        self.heart = future.result()
        self._heart_shown = True
        self._show_heart_rates()

    def _show_heart_rates(self) -> None:
        if self._heart_pending is not None:
            self._heart_poll.start()
            if not self._heart_shown:  # a re-read keeps the figures on screen until it is done
                self.heart_rate_progress.show_reading()
            return
        if self.heart.error:
            self.heart_rate_progress.show_problem(self.heart.error)
            return
        self.heart_rate_progress.set_data(
            self.heart.weeks, self.heart.pairs, self.zones, self.heart.has_heart_rate, self.tz
        )

    def _read_heart_rate(self, conn, now: datetime) -> HeartRateLoaded:
        since = now - timedelta(days=COMPARISON_DAYS)
        if not has_heart_rate(conn, since):
            return NO_HEART_RATE
        weeks = []
        if self.zones is not None:
            weeks = weekly_time_in_zones(conn, self.zones, stats.local_date(now, self.tz), self.tz)
        return HeartRateLoaded(weeks, backward_vs_forward(conn, since), True)

    def reload(self) -> None:
        """Read the database and redraw what is on screen (other tabs refill when shown)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            now, future = pending
            loaded = future.result()  # started in __init__, read while the widgets were built
        else:
            now = self._now()
            loaded = self._read(now)
            self._heart_pending = _HEART_RATE_READER.submit(self._read_heart_rates, now)
        self.summaries, records, self.error = loaded
        self.suggestion = suggest_next_session(records, now=now, tz=self.tz, units=self.units)
        self.suggestion_panel.set_suggestion(self.suggestion)
        self.empty_suggestion.set_suggestion(None if self.error else self.suggestion)
        if not self.summaries:
            self._heart_pending = None  # no row to fill: its read finishes unseen
            self._heart_poll.stop()
            self.empty_state.set_detail(
                self.tr("The history cannot be read: {error}").format(error=self.error)
                if self.error
                else ""
            )
            self.stack.setCurrentWidget(self.empty_state)
            return
        self.stack.setCurrentWidget(self.content)
        self._show_progress(now)
        self._stale_tabs = {TAB_MUSCLES, TAB_SESSIONS}
        self._fill_tab(self.tabs.currentIndex())

    def _show_progress(self, now: datetime) -> None:
        sessions = self.summaries
        today = stats.local_date(now, self.tz)
        days = stats.local_dates(sessions, self.tz)
        streaks = stats.streaks(sessions, today, self.tz, days)
        total_back_s = sum(s.backward_s for s in sessions)
        total_km = sum(s.distance_km for s in sessions)
        if self.distance_unit == "mi":
            distance = self.tr("<b>{miles}</b> miles in all").format(
                miles=grouped(km_to_mi(total_km), 1)
            )
        else:
            distance = self.tr("<b>{km}</b> km in all").format(km=grouped(total_km, 1))
        self.summary_label.setText(
            self.tr(
                "<b>{count}</b> sessions &nbsp;·&nbsp; <b>{back}</b> walked backward &nbsp;·&nbsp; "
                "{distance}"
            ).format(
                count=f"{len(sessions):,}", back=hours_text(self, total_back_s), distance=distance
            )
        )
        self.weekly_chart.set_weeks(stats.weekly_minutes(sessions, tz=self.tz, days=days), self.tz)
        self.progress_chart.set_points(stats.backward_progress(sessions), self.tz)
        self.heatmap.set_days(stats.day_totals(sessions, end=today, tz=self.tz, days=days), today)
        self.streak_label.set_streaks(streaks)
        self.bests_panel.set_bests(stats.personal_bests(sessions, tz=self.tz, days=days))
        self._take_heart_rates()  # at once when the read is done already
        self._show_heart_rates()

    def _ensure_tab(self, index: int) -> None:
        if index in self._built_tabs:
            return
        self._built_tabs.add(index)
        build = self._build_muscles_tab if index == TAB_MUSCLES else self._build_sessions_tab
        self.tabs.widget(index).layout().addWidget(build())

    def _fill_tab(self, index: int) -> None:
        self._ensure_tab(index)
        if index not in self._stale_tabs:
            return
        self._stale_tabs.discard(index)
        if index == TAB_MUSCLES:
            self.set_period(self.period_key())
        elif index == TAB_SESSIONS:
            self.session_model.set_sessions(self.summaries)
            if self.summaries:
                self.session_table.selectRow(0)

    # -- muscles -------------------------------------------------------------------------------

    def period_key(self) -> str:
        return str(self.period_combo.currentData())

    def set_period(self, key: str) -> None:
        """Colour the body by the muscle load of the last 4 weeks / 3 / 12 months / all time."""
        self._ensure_tab(TAB_MUSCLES)
        if self.period_combo.currentData() != key:
            self.period_combo.setCurrentIndex(self.period_combo.findData(key))
            return  # the combo's signal comes back here
        days = PERIODS_DAYS[key]
        since = self._now() - timedelta(days=days) if days is not None else None
        rows: list = []
        try:
            with reading(self.db_path) as conn:
                if conn is not None:
                    rows = condition_totals(conn, since)
        except StorageError as exc:
            self.error = str(exc)
        self.load = self.loader.load_conditions(rows)
        self.body.load = self.load
        relative = stats.relative_load(self.load)
        self.body.set_activations(
            [
                Activation(self.model.muscle(mid), round(value, 1), "estimated", LOAD_SOURCE, "")
                for mid, value in relative.items()
                if value > 0
            ]
        )
        self.load_list.set_load(self.load)

    # -- sessions ------------------------------------------------------------------------------

    def select_session(self, session_id: int) -> bool:
        self._fill_tab(TAB_SESSIONS)
        row = self.session_model.row_of(session_id)
        if row is None:
            return False
        self.session_table.selectRow(row)
        return True

    def delete_session(self, session_id: int):
        """Ask (naming the session), then delete it and read the history again."""
        self.delete_box = confirm_delete(
            self, self.session_model, session_id, self.db_path, lambda _sid: self.reload()
        )
        return self.delete_box

    def _on_row(self, row: int) -> None:
        if row < 0:
            self.selected = None
        else:
            self.selected = self._read_session(self.session_model.summary(row).id)
        self.segment_chart.set_session(self.selected)
        s = self.selected
        self._show_heart_rate(s)
        self.export_tcx_button.setEnabled(bool(s and s.segments))
        self.export_fit_button.setEnabled(bool(s and s.segments))
        self.delete_button.setEnabled(s is not None)
        if s is None:
            self.segment_title.setText("")
            return
        self.segment_title.setText(
            self.tr(
                "<b>{program}</b>, {when}, {count} steps<br><small>Dashed outline: "
                "planned time; filled bar: time walked. Green: forward; orange: backward; "
                "blue: rest; yellow: turn; purple: an exercise off the belt.</small>"
            ).format(
                program=html.escape(recorded_program_name(s.program_id, s.program_name)),
                when=date_time_text(s.started_at.astimezone(), "%a %d %b %Y %H:%M"),
                count=len(s.segments),
            )
            + "<br>"
            + self.tr("Distance: {distance} ({source})").format(
                distance=self._distance_text(s.distance_km),
                source=distance_source_word(s.distance_source),
            )
            + (
                "<br>" + self.tr("Notes: {notes}").format(notes=html.escape(s.notes))
                if s.notes
                else ""
            )
        )

    def _show_heart_rate(self, session: SessionRecord | None) -> None:
        """The session's heart-rate chart, or one line saying there is none (no empty chart)."""
        heart = session_heart_rate(session) if session is not None else None
        self.heart_rate_chart.set_heart_rate(heart, self.zones)
        self.heart_rate_chart.setVisible(heart is not None)
        if heart is not None:
            self.heart_rate_note.setText(
                self.tr(
                    "Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the "
                    "session, its steps shaded behind in the same colours."
                ).format(mean=heart.mean_bpm, high=heart.max_bpm)
            )
        else:
            self.heart_rate_note.setText(
                self.tr("No heart rate in this session (a heart-rate sensor records it).")
            )
        self.heart_rate_note.setVisible(session is not None)

    def _distance_text(self, km: float) -> str:
        if self.distance_unit == "mi":
            return self.tr("{value} mi").format(value=decimal(km_to_mi(km), 2))
        return self.tr("{value} km").format(value=decimal(km, 2))

    def _read_session(self, session_id: int) -> SessionRecord | None:
        try:
            with reading(self.db_path) as conn:
                return None if conn is None else get_session(conn, session_id)
        except StorageError as exc:
            self.error = str(exc)
            return None
