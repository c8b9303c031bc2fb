"""pyqtgraph charts of heart rate on the history page: one session's heart rate over its time with
the segments behind it, weekly time in zones, and backward against forward at the same speed.

The figures come from ``storage.heart_rate_history``; these only draw them. Zone colours come
from the theme (``theme.zone_colours``), segment colours from ``theme.style_for``, so the charts
match the coach page. Like charts.py, imported only when the history page opens (pyqtgraph).

Past 400 lines as one piece: three charts and the Progress row that holds two of them, all
drawing the same module's figures; the row (HeartRateProgress) is what splits off next.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

# isort: split
import numpy as np
import pyqtgraph as pg

from walkcoach.core.hr_zones import HeartRateZones
from walkcoach.core.i18n import CONTEXT_ZONES
from walkcoach.core.textfmt import format_elapsed
from walkcoach.storage.heart_rate_history import SessionHeartRate, SpeedPair, WeekZones
from walkcoach.ui.coach.texts import speed_text
from walkcoach.ui.history.charts import (
    DAY_S,
    WEEK_S,
    ThemedPlot,
    day_timestamp,
    kind_name,
    qcolor,
)
from walkcoach.ui.i18n import core_text
from walkcoach.ui.locale_text import month_day_text
from walkcoach.ui.theme import style_for, zone_colours

BAND_ALPHA = 60  # the segments behind the curve: there to read the curve against, not to shout
ZONE_LINE_ALPHA = 110
HR_MARGIN_BPM = 8.0  # above and below the curve, so its peaks do not touch the frame
ZONE_REACH_BPM = 25.0  # the range stretches this far at most to show the next zone bound


class SessionHeartRateChart(ThemedPlot):
    """Heart rate over the session's active minutes; segments as shaded bands behind it and,
    when the zones are known, each zone's lower bound as a faint line labelled with its zone."""

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        self.theme = theme
        super().__init__(
            theme,
            left_label=self.tr("bpm"),  # "Heart rate (bpm)" was cut at the 150 px of 1024x600
            bottom_label=self.tr("Minutes of active time"),
            parent=parent,
        )
        self.view_box.setMouseEnabled(x=False, y=False)
        self.band_bars = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=pg.mkPen(None))
        self.band_bars.setZValue(-20)
        self.addItem(self.band_bars)
        c = self.palette_colours
        # The curve in the text colour: it must stand out over every band colour.
        self.curve = pg.PlotDataItem(
            pen=pg.mkPen(c["text"], width=2), connect="finite", antialias=True
        )
        self.addItem(self.curve)
        self.zone_lines: list[pg.InfiniteLine] = []
        # The zones are named on a right-hand axis: labels on the lines sat on the curve, and a
        # zone's colour on a band of another colour was hard to read.
        item = self.getPlotItem()
        item.showAxis("right")
        right = item.getAxis("right")
        right.setPen(pg.mkPen(c["border"]))
        right.setTextPen(pg.mkPen(c["text_dim"]))
        right.setTickFont(item.getAxis("left").style["tickFont"])
        self.zone_ticks: list[tuple[float, str]] = []
        self.heart: SessionHeartRate | None = None
        self.x_min = np.zeros(0)
        self.bpm = np.zeros(0)  # NaN where a sample had no heart rate: a gap, never 0
        self.band_kinds: list[str] = []

    def set_heart_rate(self, heart: SessionHeartRate | None, zones: HeartRateZones | None) -> None:
        self.heart = heart
        self.clear_bar_tips()
        for line in self.zone_lines:
            self.removeItem(line)
        self.zone_lines = []
        self.zone_ticks = []
        if heart is None:
            self.x_min, self.bpm, self.band_kinds = np.zeros(0), np.zeros(0), []
            self.curve.setData([], [])
            self.band_bars.setOpts(x0=[], y0=[], width=[], height=[])
            return
        self.x_min = np.array(heart.at_s, float) / 60.0
        self.bpm = np.array([np.nan if b is None else float(b) for b in heart.bpm], float)
        self.curve.setData(self.x_min, self.bpm)
        low = float(np.nanmin(self.bpm)) - HR_MARGIN_BPM
        high = float(np.nanmax(self.bpm)) + HR_MARGIN_BPM
        if zones is not None:
            # The zone bound under the lowest and over the highest heart rate come into view,
            # so the curve is read against the zones it spans (but never squeezed flat for one).
            bounds = [float(z.low_bpm) for z in zones.zones]
            under = [b for b in bounds if b <= low + HR_MARGIN_BPM]
            over = [b for b in bounds if b >= high - HR_MARGIN_BPM]
            if under and low - max(under) < ZONE_REACH_BPM:
                low = min(low, max(under) - 2)
            if over and min(over) - high < ZONE_REACH_BPM:
                high = max(high, min(over) + 2)
            colours = zone_colours(self.theme)
            for zone in zones.zones:
                if not low <= zone.low_bpm <= high:
                    continue  # out of view: the axis would only squeeze the curve to show it
                pen = QPen(qcolor(colours[zone.number - 1], ZONE_LINE_ALPHA), 1)
                pen.setCosmetic(True)
                pen.setStyle(Qt.PenStyle.DashLine)
                line = pg.InfiniteLine(pos=zone.low_bpm, angle=0, movable=False, pen=pen)
                line.setZValue(-10)
                self.addItem(line)
                self.zone_lines.append(line)
                self.zone_ticks.append(
                    (zone.low_bpm, self.tr("Z{number}").format(number=zone.number))
                )
        self.getPlotItem().getAxis("right").setTicks([self.zone_ticks])
        bands = heart.bands
        self.band_kinds = [b.kind for b in bands]
        starts = np.array([b.start_s / 60.0 for b in bands], float)
        widths = np.array([(b.end_s - b.start_s) / 60.0 for b in bands], float)
        self.band_bars.setOpts(
            x0=starts,
            y0=np.full(len(bands), low),
            width=widths,
            height=np.full(len(bands), high - low),
            brushes=[qcolor(style_for(k, self.theme).colour, BAND_ALPHA) for k in self.band_kinds],
        )
        self.add_bar_tips(starts + widths / 2, widths, self._tip)
        end_min = float(self.x_min[-1])
        if bands:
            end_min = max(end_min, bands[-1].end_s / 60.0)
        self.setXRange(0, max(end_min, 1.0), padding=0.01)
        self.setYRange(low, high, padding=0)

    def _tip(self, index: int) -> str:
        assert self.heart is not None
        band = self.heart.bands[index]
        inside = (self.x_min >= band.start_s / 60.0) & (self.x_min < band.end_s / 60.0)
        values = self.bpm[inside]
        values = values[~np.isnan(values)]
        lines = [
            self.tr("{kind}, {start} to {end}").format(
                kind=kind_name(self, band.kind),
                start=format_elapsed(band.start_s),
                end=format_elapsed(band.end_s),
            )
        ]
        if len(values):
            lines.append(
                self.tr("Heart rate: mean {mean:.0f}, highest {high:.0f} bpm").format(
                    mean=float(values.mean()), high=float(values.max())
                )
            )
        else:
            lines.append(self.tr("No heart rate"))
        return "\n".join(lines)


class WeeklyZonesChart(ThemedPlot):
    """Minutes in each heart-rate zone per ISO week, stacked zone 1 at the bottom."""

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        self.theme = theme
        super().__init__(
            theme,
            left_label=self.tr("Minutes in zone per week"),
            bottom_label=self.tr("Week"),
            date_axis=True,
            parent=parent,
        )
        self.view_box.setMouseEnabled(x=False, y=False)  # twelve weeks: all in view
        # No legend inside: five entries did not fit a 270 px chart. The caption under it
        # names the zones in their colours.
        self.zone_bars: list[pg.BarGraphItem] = []
        for colour in zone_colours(theme):
            bars = pg.BarGraphItem(
                x0=[], y0=[], width=[], height=[], brush=qcolor(colour, 230), pen=pg.mkPen(None)
            )
            self.addItem(bars)
            self.zone_bars.append(bars)
        self.weeks: list[WeekZones] = []
        self.zones: HeartRateZones | None = None
        self.x_left = np.zeros(0)
        self.minutes = np.zeros((5, 0))  # [zone - 1, week]

    def set_weeks(
        self, weeks: Sequence[WeekZones], zones: HeartRateZones, tz: tzinfo | None = None
    ) -> None:
        self.weeks = list(weeks)
        self.zones = zones
        self.clear_bar_tips()
        self.x_left = np.array([day_timestamp(w.week_start, tz) for w in self.weeks], float)
        width = np.full(len(self.weeks), 6 * DAY_S)  # Monday to Saturday night: a gap between
        self.minutes = np.array(
            [[w.seconds_by_zone.get(n, 0.0) / 60.0 for w in self.weeks] for n in range(1, 6)],
            float,
        ).reshape(5, len(self.weeks))
        bottom = np.zeros(len(self.weeks))
        for bars, minutes in zip(self.zone_bars, self.minutes, strict=True):
            bars.setOpts(x0=self.x_left, y0=bottom.copy(), width=width, height=minutes)
            bottom = bottom + minutes
        self.add_bar_tips(self.x_left + width / 2, width, self._tip)
        if len(self.weeks):
            self.setXRange(self.x_left[0] - DAY_S, self.x_left[-1] + WEEK_S, padding=0)
        self.setYRange(0, max(10.0, float(bottom.max(initial=0.0)) * 1.08), padding=0)

    def _tip(self, index: int) -> str:
        week = self.weeks[index]
        year, number, _ = week.week_start.isocalendar()
        lines = [
            self.tr("Week {number}, {year} (from {monday})").format(
                number=number, year=year, monday=month_day_text(week.week_start, "%d %b")
            )
        ]
        assert self.zones is not None
        for zone in reversed(self.zones.zones):  # as stacked: the top zone first
            lines.append(
                self.tr("Z{number} {name}: {time}").format(
                    number=zone.number,
                    name=core_text(CONTEXT_ZONES, zone.name),
                    time=format_elapsed(week.seconds_by_zone.get(zone.number, 0.0)),
                )
            )
        return "\n".join(lines)


class BackwardForwardChart(ThemedPlot):
    """At each speed walked both ways: the mean heart rate backward (orange, downward
    triangle, as on the coach page) and forward (green, upward triangle), joined by a line."""

    def __init__(
        self, theme: str = "dark", units: str = "kmh", parent: QWidget | None = None
    ) -> None:
        self.units = units
        super().__init__(
            theme,
            left_label=self.tr("Mean heart rate (bpm)"),
            bottom_label=self.tr("Speed"),
            parent=parent,
        )
        self.view_box.setMouseEnabled(x=False, y=False)
        c = self.palette_colours
        backward = style_for("backward", theme).colour
        forward = style_for("forward", theme).colour
        self.links = pg.PlotDataItem(pen=pg.mkPen(qcolor(c["text_dim"], 160), width=2))
        self.addItem(self.links)
        tip_brush = pg.mkBrush(c["text"])
        self.backward_dots = pg.ScatterPlotItem(
            size=13, symbol="t", brush=pg.mkBrush(backward), pen=pg.mkPen(None),
            hoverable=True, hoverBrush=tip_brush, tip=self._tip,
        )  # fmt: skip
        self.forward_dots = pg.ScatterPlotItem(
            size=13, symbol="t1", brush=pg.mkBrush(forward), pen=pg.mkPen(None),
            hoverable=True, hoverBrush=tip_brush, tip=self._tip,
        )  # fmt: skip
        self.addItem(self.backward_dots)
        self.addItem(self.forward_dots)
        legend = self.getPlotItem().addLegend(
            offset=(10, 6),
            labelTextColor=c["text"],
            brush=qcolor(c["panel"], 215),
            colCount=2,
        )
        legend.addItem(self.backward_dots, self.tr("Backward"))
        legend.addItem(self.forward_dots, self.tr("Forward"))
        self.pairs: list[SpeedPair] = []
        self.x = np.zeros(0)
        self.backward_bpm = np.zeros(0)
        self.forward_bpm = np.zeros(0)
        self.speed_ticks: list[tuple[int, str]] = []

    def set_pairs(self, pairs: Sequence[SpeedPair]) -> None:
        self.pairs = list(pairs)
        # One column per speed, evenly spaced: the speeds are steps, not a scale to read off.
        self.x = np.arange(len(self.pairs), dtype=float)
        self.backward_bpm = np.array([p.backward_bpm for p in self.pairs], float)
        self.forward_bpm = np.array([p.forward_bpm for p in self.pairs], float)
        data = list(range(len(self.pairs)))
        self.backward_dots.setData(x=self.x, y=self.backward_bpm, data=data)
        self.forward_dots.setData(x=self.x, y=self.forward_bpm, data=data)
        link_x = np.repeat(self.x, 2)
        link_y = np.column_stack([self.forward_bpm, self.backward_bpm]).ravel()
        self.links.setData(link_x, link_y, connect="pairs")
        self.speed_ticks = [(i, speed_text(p.speed_kmh, self.units)) for i, p in enumerate(pairs)]
        self.getPlotItem().getAxis("bottom").setTicks([self.speed_ticks])
        self.setXRange(-0.6, max(len(self.pairs), 1) - 0.4, padding=0)
        if self.pairs:
            values = np.concatenate([self.backward_bpm, self.forward_bpm])
            low, high = float(values.min()), float(values.max())
            span = max(high - low, 10.0)
            # Room at the top for the legend.
            self.setYRange(low - 0.25 * span, high + 0.6 * span, padding=0)

    def _tip(self, x: float, y: float, data: int) -> str:
        pair = self.pairs[int(data)]
        return self.tr(
            "{speed}\nBackward: {backward:.0f} bpm ({backward_n} segments)\n"
            "Forward: {forward:.0f} bpm ({forward_n} segments)"
        ).format(
            speed=speed_text(pair.speed_kmh, self.units),
            backward=pair.backward_bpm,
            backward_n=pair.backward_n,
            forward=pair.forward_bpm,
            forward_n=pair.forward_n,
        )


class HeartRateProgress(QWidget):
    """The Progress tab's heart-rate row: weekly time in zones and backward against forward,
    each with a one-line caption; a short note instead of a chart where there is nothing to draw."""

    def __init__(
        self, theme: str = "dark", units: str = "kmh", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.zones_chart = WeeklyZonesChart(theme, self)
        self.speed_chart = BackwardForwardChart(theme, units, self)
        self.zones_caption = self._caption()
        self.zones_caption.setTextFormat(Qt.TextFormat.RichText)
        self.speed_caption = self._caption()
        self.note = self._caption()  # no heart rate at all: one note for the whole row
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.zones_chart, 0, 0)
        grid.addWidget(self.speed_chart, 0, 1)
        grid.addWidget(self.zones_caption, 1, 0)
        grid.addWidget(self.speed_caption, 1, 1)
        grid.addWidget(self.note, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _caption(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setProperty("dim", True)
        return label

    def show_reading(self) -> None:
        """While the figures are read from the samples (the page fills the row when done)."""
        self.note.setText(self.tr("Heart rate: reading the recorded sessions…"))
        for widget in (self.zones_chart, self.speed_chart, self.zones_caption, self.speed_caption):
            widget.hide()
        self.note.show()

    def show_problem(self, problem: str) -> None:
        """The figures could not be read (the history file is damaged): the row says why."""
        self.note.setText(self.tr("Heart rate: {problem}").format(problem=problem))
        for widget in (self.zones_chart, self.speed_chart, self.zones_caption, self.speed_caption):
            widget.hide()
        self.note.show()

    def set_data(
        self,
        weeks: Sequence[WeekZones],
        pairs: Sequence[SpeedPair],
        zones: HeartRateZones | None,
        has_heart_rate: bool,
        tz: tzinfo | None = None,
    ) -> None:
        if not has_heart_rate:
            self.note.setText(
                self.tr(
                    "Heart rate: nothing recorded in the last 12 months. With a heart-rate "
                    "sensor (a chest strap or watch) linked, this row shows your weekly time in "
                    "each zone and your heart rate backward against forward at the same speed."
                )
            )
            for widget in (self.zones_chart, self.speed_chart, self.zones_caption):
                widget.hide()
            self.speed_caption.hide()
            self.note.show()
            return
        self.note.hide()
        self.zones_caption.show()
        self.speed_caption.show()
        if zones is None:
            self.zones_chart.hide()
            self.zones_caption.setText(
                self.tr(
                    "Time in zones: enter your maximum heart rate or your age in Preferences "
                    "to see it."
                )
            )
        elif not weeks:
            self.zones_chart.hide()
            self.zones_caption.setText(
                self.tr("Time in zones: no heart rate recorded in the last 12 weeks.")
            )
        else:
            self.zones_chart.set_weeks(weeks, zones, tz)
            self.zones_chart.show()
            colours = zone_colours(self.theme)
            names = " ".join(
                f"<span style='color:{colours[z.number - 1]}'>&#9632;&nbsp;Z{z.number}"
                f"&nbsp;{html.escape(z.name.lower()).replace(' ', '&nbsp;')}</span>"
                for z in zones.zones
            )
            self.zones_caption.setText(
                self.tr(
                    "Minutes in each heart-rate zone per week, the last 12 weeks: {names}"
                ).format(names=names)
            )
        if not pairs:
            self.speed_chart.hide()
            self.speed_caption.setText(
                self.tr(
                    "Backward against forward: no speed walked both ways with a heart rate yet "
                    "(each side needs a segment of over a minute)."
                )
            )
            return
        self.speed_chart.set_pairs(pairs)
        self.speed_chart.show()
        backward_n = sum(p.backward_n for p in pairs)
        forward_n = sum(p.forward_n for p in pairs)
        mean_difference = sum(p.difference_bpm for p in pairs) / len(pairs)
        self.speed_caption.setText(
            self.tr(
                "Your mean heart rate walking backward and forward at the same speed, from "
                "{backward_n} backward and {forward_n} forward segments in the last 12 months "
                "(the first 30 s of each left out): backward was {difference} bpm {word} on "
                "average."
            ).format(
                backward_n=backward_n,
                forward_n=forward_n,
                difference=f"{abs(mean_difference):.0f}",
                word=self.tr("higher") if mean_difference >= 0 else self.tr("lower"),
            )
        )
