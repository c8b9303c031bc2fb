"""pyqtgraph charts of the history page: weekly minutes, backward progress, one session's segments.

Import this module only when the history page opens: it imports pyqtgraph (and numpy), which
costs about half a second the app does not spend at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, tzinfo

# PySide6 is imported first and named, so pyqtgraph binds to it even where PyQt6 is installed.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QWidget

# isort: split
import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)

from walkcoach.core.program import format_duration
from walkcoach.core.records import SessionRecord
from walkcoach.core.stats import ProgressPoint, WeekTotal
from walkcoach.core.textfmt import format_elapsed
from walkcoach.ui.coach.texts import incline_text, speed_text
from walkcoach.ui.locale_text import (
    date_time_text,
    is_english,
    month_day_text,
    month_text,
    weekday_text,
    with_decimal_point,
)
from walkcoach.ui.theme import colours, style_for
from walkcoach.ui.widgets.eliding_combo import elide_right

DAY_S = 86400.0
WEEK_S = 7 * DAY_S
WEEKS_SHOWN = 26  # half a year of weeks at first; drag or zoom for more
SHOWN_S = WEEKS_SHOWN * WEEK_S
GOAL_BAND_MIN = (5.0, 8.0)  # the progression protocol's continuous backward goal, minutes
PROGRESS_HEADROOM = 1.35  # y range top over the highest point: the goal label sits above the dots


def day_timestamp(day: date, tz: tzinfo | None = None) -> float:
    """Seconds since the epoch of ``day``'s midnight in ``tz`` (None: local time), the unit of
    pyqtgraph's date axis."""
    if tz is None:
        return datetime.combine(day, time()).timestamp()  # naive: local midnight
    return datetime.combine(day, time(), tzinfo=tz).timestamp()


def kind_name(widget: QWidget, kind: str) -> str:
    """A segment kind's name, for tips on the charts."""
    return {
        "forward": QCoreApplication.translate("HistoryCharts", "Forward"),
        "backward": QCoreApplication.translate("HistoryCharts", "Backward"),
        "rest": QCoreApplication.translate("HistoryCharts", "Rest"),
        "station": QCoreApplication.translate("HistoryCharts", "Station"),
        "turn": QCoreApplication.translate("HistoryCharts", "Turn"),
    }.get(kind, kind)


def qcolor(hex_colour: str, alpha: int = 255) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


# The chart's height less its date axis and margins: the room along the vertical axis title.
AXIS_TITLE_SPARE_PX = 60
LEGEND_SPARE_PX = 20  # the legend's offset from the plot's edge and the axis beside it


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]
    """A value axis whose figures carry the locale's decimal point ("2,5")."""

    def tickStrings(self, values, scale, spacing):
        return [with_decimal_point(text) for text in super().tickStrings(values, scale, spacing)]


class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """pyqtgraph's date axis writes English month and day names (strftime); in another
    language the ticks that name a month or a day are written as the locale writes them."""

    def tickStrings(self, values, scale, spacing):
        strings = super().tickStrings(values, scale, spacing)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if is_english() or spec is None or spec.format not in ("%b", "%a %d"):
            return strings  # English, or figures only (years, day numbers, times of day)
        shown = []
        for value, text in zip(values, strings, strict=True):
            if not text:
                shown.append(text)
                continue
            day = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            shown.append(
                f"{weekday_text(day)} {day:%d}" if "%a" in spec.format else month_text(day)
            )
        return shown


class ThemedPlot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph has no type information
    """A PlotWidget in the app's colours, with labelled axes and hover tool tips for bars."""

    def __init__(
        self,
        theme: str,
        *,
        left_label: str,
        bottom_label: str = "",
        date_axis: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        axis_items = {"left": LocaleAxis(orientation="left")}
        if date_axis:
            axis_items["bottom"] = LocaleDateAxis(orientation="bottom")
        self.palette_colours = colours(theme)
        c = self.palette_colours
        super().__init__(
            parent=parent, background=c["panel"], axisItems=axis_items, enableMenu=False
        )
        self.setMinimumHeight(220)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.18)
        font = QFont(self.font())
        font.setPixelSize(12)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(c["border"]))
            axis.setTextPen(pg.mkPen(c["text_dim"]))
            axis.setTickFont(font)
        label_style = {"color": c["text_dim"], "font-size": "13px"}
        self._left_label = left_label
        self._label_style = label_style
        item.setLabel("left", left_label, **label_style)
        if bottom_label:
            item.setLabel("bottom", bottom_label, **label_style)
        self.view_box = item.getViewBox()
        self.view_box.setMouseEnabled(x=True, y=False)  # dates pan and zoom; values stay fitted
        self._bar_tips: list[tuple[np.ndarray, np.ndarray, Callable[[int], str]]] = []
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "view_box"):  # not while PlotWidget's own constructor sizes it
            self.fit_texts()

    def fit_texts(self) -> None:
        """Keep the chart's own texts inside it at any size and in any language: the vertical
        axis title is elided to the chart's height (its tool tip has it whole), a legend
        goes to one column when two are wider than the chart, and a caption hung in the
        plot (a TextItem) wraps to the plot's width."""
        item = self.getPlotItem()
        if item is None:  # being closed
            return
        axis = item.getAxis("left")
        metrics = QFontMetrics(axis.label.font())
        room_px = max(40, self.height() - AXIS_TITLE_SPARE_PX)
        shown = elide_right(metrics, self._left_label, room_px)
        if axis.labelText != shown:
            item.setLabel("left", shown, **self._label_style)
        axis.label.setToolTip(self._left_label if shown != self._left_label else "")
        legend = item.legend
        if legend is not None and legend.columnCount > 1:
            legend.setColumnCount(legend.columnCount)  # lays it out again at two columns
            if legend.boundingRect().width() + LEGEND_SPARE_PX > self.width():
                legend.setColumnCount(1)
        plot_px = self.view_box.width() if self.view_box.width() > 0 else self.width()
        for text in item.items:
            if isinstance(text, pg.TextItem):
                text.setTextWidth(max(40.0, plot_px - 8.0))

    def add_bar_tips(
        self, x_centres: np.ndarray, widths: np.ndarray, text: Callable[[int], str]
    ) -> None:
        """Hovering over a bar at x_centres[i] shows text(i)."""
        self._bar_tips.append((np.asarray(x_centres, float), np.asarray(widths, float), text))

    def clear_bar_tips(self) -> None:
        self._bar_tips.clear()

    def bar_tip_at(self, x: float) -> str:
        """The tool tip for the bar at data coordinate ``x`` ("" when no bar is there)."""
        for centres, widths, text in self._bar_tips:
            if len(centres) == 0:
                continue
            index = int(np.argmin(np.abs(centres - x)))
            if abs(centres[index] - x) <= widths[index] / 2:
                return text(index)
        return ""

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self._bar_tips:
            return
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            self.setToolTip("")
            return
        point = self.view_box.mapSceneToView(scene_pos)
        self.setToolTip(self.bar_tip_at(point.x()))


class WeeklyMinutesChart(ThemedPlot):
    """Minutes per ISO week as stacked bars: forward at the bottom, backward on top."""

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        super().__init__(
            theme,
            left_label=self.tr("Minutes per week"),
            bottom_label=self.tr("Week"),
            date_axis=True,
            parent=parent,
        )
        forward, backward = style_for("forward").colour, style_for("backward").colour
        self.forward_bars = pg.BarGraphItem(
            x0=[], width=[], height=[], brush=qcolor(forward, 220), pen=pg.mkPen(None)
        )
        self.backward_bars = pg.BarGraphItem(
            x0=[], y0=[], width=[], height=[], brush=qcolor(backward, 235), pen=pg.mkPen(None)
        )
        self.addItem(self.forward_bars)
        self.addItem(self.backward_bars)
        legend = self.getPlotItem().addLegend(
            offset=(10, 6),
            labelTextColor=self.palette_colours["text"],
            brush=qcolor(self.palette_colours["panel"], 215),
            colCount=2,
        )
        legend.addItem(self.forward_bars, self.tr("Forward"))
        legend.addItem(self.backward_bars, self.tr("Backward"))
        self.weeks: list[WeekTotal] = []
        self.x_left = np.zeros(0)

    def set_weeks(self, weeks: Sequence[WeekTotal], tz: tzinfo | None = None) -> None:
        self.weeks = list(weeks)
        self.clear_bar_tips()
        # Bars span Monday to Saturday night, leaving a gap before the next week's bar.
        self.x_left = np.array([day_timestamp(w.week_start, tz) for w in self.weeks], float)
        width = np.full(len(self.weeks), 6 * DAY_S)
        forward = np.array([w.forward_min for w in self.weeks], float)
        backward = np.array([w.backward_min for w in self.weeks], float)
        self.forward_bars.setOpts(x0=self.x_left, width=width, height=forward)
        self.backward_bars.setOpts(x0=self.x_left, y0=forward, width=width, height=backward)
        self.add_bar_tips(self.x_left + width / 2, width, self._tip)
        self._fit(forward + backward)

    def _fit(self, totals: np.ndarray) -> None:
        if len(totals) == 0:
            self.setXRange(0, WEEK_S * WEEKS_SHOWN, padding=0)
            self.setYRange(0, 60, padding=0)
            return
        shown = min(len(totals), WEEKS_SHOWN)
        x_min = self.x_left[-shown] - DAY_S
        x_max = self.x_left[-1] + WEEK_S
        self.setXRange(x_min, x_max, padding=0)
        # Head room above the tallest bar for the legend.
        self.setYRange(0, max(10.0, float(totals[-shown:].max()) * 1.22), padding=0)
        self.view_box.setLimits(xMin=self.x_left[0] - WEEK_S, xMax=x_max + WEEK_S)

    def _tip(self, index: int) -> str:
        week = self.weeks[index]
        year, number = week.iso_week
        return self.tr(
            "Week {number}, {year} (from {monday})\nForward: {forward}\n"
            "Backward: {backward}\nTotal: {total}"
        ).format(
            number=number,
            year=year,
            monday=month_day_text(week.week_start, "%d %b"),
            forward=format_elapsed(week.forward_min * 60),
            backward=format_elapsed(week.backward_min * 60),
            total=format_elapsed(week.total_min * 60),
        )


class ProgressChart(ThemedPlot):
    """Longest continuous backward stretch of each session over time, with the 5-8 min goal."""

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        super().__init__(
            theme,
            left_label=self.tr("Longest backward stretch (min)"),
            bottom_label=self.tr("Date"),
            date_axis=True,
            parent=parent,
        )
        c = self.palette_colours
        accent = style_for("backward").colour
        self.goal_band = pg.LinearRegionItem(
            values=GOAL_BAND_MIN,
            orientation="horizontal",
            movable=False,
            brush=qcolor(style_for("forward").colour, 40),
            pen=pg.mkPen(qcolor(style_for("forward").colour, 120), width=1),
        )
        self.goal_band.setZValue(-10)
        self.addItem(self.goal_band)
        # Hung from the top of the chart, in the headroom kept above the highest dot: inside
        # the band it lay under the dots of a user at the 8 min goal.
        self.goal_label = pg.TextItem(
            self.tr("goal: 5-8 min without a break"), color=c["text_dim"], anchor=(0, 0)
        )
        self.addItem(self.goal_label)
        # The line follows each week's best stretch (the protocol steps by the week); the
        # sessions themselves are the dots.
        self.line = pg.PlotDataItem(pen=pg.mkPen(qcolor(c["text"], 170), width=2), antialias=True)
        self.addItem(self.line)
        self.points_item = pg.ScatterPlotItem(
            size=7,
            brush=pg.mkBrush(qcolor(accent, 200)),
            pen=pg.mkPen(None),
            hoverable=True,
            hoverSize=12,
            hoverBrush=pg.mkBrush(c["text"]),
            tip=self._tip,
        )
        self.addItem(self.points_item)
        self.points: list[ProgressPoint] = []
        self.x = np.zeros(0)
        self.y_min = np.zeros(0)
        self.week_x = np.zeros(0)
        self.week_best_min = np.zeros(0)

    def set_points(self, points: Sequence[ProgressPoint], tz: tzinfo | None = None) -> None:
        self.points = list(points)
        self.x = np.array([p.started_at.timestamp() for p in self.points], float)
        self.y_min = np.array([p.longest_backward_s / 60.0 for p in self.points], float)
        week_best: dict[date, float] = {}
        for point in self.points:
            day = point.started_at.astimezone(tz).date()
            monday = date.fromordinal(day.toordinal() - day.weekday())
            week_best[monday] = max(week_best.get(monday, 0.0), point.longest_backward_s / 60.0)
        mondays = sorted(week_best)
        # Drawn at mid-week (Thursday noon), so a line point sits among its week's dots.
        self.week_x = np.array([day_timestamp(m, tz) + 3.5 * DAY_S for m in mondays], float)
        self.week_best_min = np.array([week_best[m] for m in mondays], float)
        self.line.setData(self.week_x, self.week_best_min)
        self.points_item.setData(x=self.x, y=self.y_min, data=list(range(len(self.points))))
        highest = max(GOAL_BAND_MIN[1], float(self.y_min.max()) if len(self.y_min) else 0.0)
        # Room above the highest dot for the goal's label: dots at 8 min made a band on the edge.
        top = highest * PROGRESS_HEADROOM
        self.setYRange(0, top, padding=0)
        if len(self.x):
            # Half a year at most at first, like the weekly bars (drag or scroll for the rest).
            start = max(self.x[0], self.x[-1] - SHOWN_S)
            span = max(self.x[-1] - start, WEEK_S)
            self.setXRange(start - span * 0.02, self.x[-1] + span * 0.02, padding=0)
            self.goal_label.setPos(start, top)
            self.view_box.setLimits(xMin=self.x[0] - span * 0.05, xMax=self.x[-1] + span * 0.05)
        self.view_box.setLimits(yMin=0)

    def _tip(self, x: float, y: float, data: int) -> str:
        point = self.points[int(data)]
        return self.tr("{when}\nLongest backward stretch: {run}").format(
            when=date_time_text(point.started_at.astimezone(), "%a %d %b %Y, %H:%M"),
            run=format_elapsed(point.longest_backward_s),
        )


class SegmentChart(ThemedPlot):
    """One session's segments in walk order: planned time as an outline, actual time filled,
    coloured by kind (forward, backward, rest, station, turn)."""

    KINDS = ("forward", "backward", "rest", "station", "turn")

    def __init__(
        self, theme: str = "dark", units: str = "kmh", parent: QWidget | None = None
    ) -> None:
        self.units = units
        super().__init__(
            theme,
            left_label=self.tr("Minutes"),
            bottom_label=self.tr("Step (in the order walked)"),
            parent=parent,
        )
        self.view_box.setMouseEnabled(x=False, y=False)
        self.planned_bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=pg.mkBrush(None))
        self.actual_bars = pg.BarGraphItem(x=[], height=[], width=0.5)
        self.addItem(self.planned_bars)
        self.addItem(self.actual_bars)
        self.session: SessionRecord | None = None
        self.x = np.zeros(0)
        self.planned_min = np.zeros(0)
        self.actual_min = np.zeros(0)
        self.kinds: list[str] = []

    def set_session(self, session: SessionRecord | None) -> None:
        self.session = session
        self.clear_bar_tips()
        segments = session.segments if session is not None else ()
        self.kinds = [s.kind for s in segments]
        self.x = np.arange(1, len(segments) + 1, dtype=float)
        self.planned_min = np.array([s.planned_s / 60.0 for s in segments], float)
        self.actual_min = np.array([s.actual_s / 60.0 for s in segments], float)
        brushes = [qcolor(style_for(k).colour, 230) for k in self.kinds]
        pens = [QPen(qcolor(style_for(k).colour, 200), 1.5) for k in self.kinds]
        for pen in pens:
            pen.setCosmetic(True)
            pen.setStyle(Qt.PenStyle.DashLine)
        self.planned_bars.setOpts(
            x=self.x, height=self.planned_min, width=0.8, pens=pens, brush=None
        )
        self.actual_bars.setOpts(
            x=self.x, height=self.actual_min, width=0.5, brushes=brushes, pen=pg.mkPen(None)
        )
        self.add_bar_tips(self.x, np.full(len(self.x), 0.8), self._tip)
        count = len(segments)
        self.setXRange(0.4, max(count, 1) + 0.6, padding=0)
        top = max(self.planned_min.max(initial=0), self.actual_min.max(initial=0), 1.0)
        self.setYRange(0, top * 1.1, padding=0)
        axis = self.getPlotItem().getAxis("bottom")
        step = max(1, count // 20)
        axis.setTicks([[(i, str(i)) for i in range(1, count + 1, step)]])

    def _tip(self, index: int) -> str:
        assert self.session is not None
        segment = self.session.segments[index]
        lines = [
            self.tr("Step {n}: {kind}").format(n=index + 1, kind=kind_name(self, segment.kind)),
            self.tr("Planned {planned}, walked {actual}").format(
                planned=format_duration(segment.planned_s), actual=format_elapsed(segment.actual_s)
            ),
        ]
        if segment.kind in ("forward", "backward"):
            lines.append(
                f"{speed_text(segment.speed_kmh, self.units)}, {incline_text(segment.incline_pct)}"
            )
        if segment.skipped:
            lines.append(self.tr("skipped"))
        return "\n".join(lines)
