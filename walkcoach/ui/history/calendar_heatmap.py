"""Twelve-month calendar heatmap: one square per day, weeks as columns, shaded by minutes walked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from walkcoach.core.stats import CALENDAR_DAYS, iso_week_start
from walkcoach.core.textfmt import format_elapsed
from walkcoach.ui.locale_text import date_text, month_text
from walkcoach.ui.theme import colours, style_for

LEVEL_LIMITS_MIN = (15.0, 30.0, 45.0)  # level 1 below 15 min, 2 below 30, 3 below 45, 4 above
LEVEL_ALPHAS = (0, 90, 150, 205, 255)
LEFT_LABELS_PX = 34
TOP_LABELS_PX = 18
LEGEND_PX = 22


def level_of(minutes: float) -> int:
    """0 for a day without walking, else 1-4 by :data:`LEVEL_LIMITS_MIN`."""
    if minutes <= 0:
        return 0
    for level, limit in enumerate(LEVEL_LIMITS_MIN, start=1):
        if minutes < limit:
            return level
    return len(LEVEL_LIMITS_MIN) + 1


class CalendarHeatmap(QWidget):
    """Shows ``set_days({date: minutes}, today)``; hover a day for its minutes."""

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_colours = colours(theme)
        self.days: dict[date, float] = {}
        self.today = date.today()
        self.first_monday = iso_week_start(self.today - timedelta(days=CALENDAR_DAYS - 1))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height_for(9.0))

    # -- data ----------------------------------------------------------------------------------

    def set_days(self, totals: dict[date, float], today: date) -> None:
        self.days = dict(totals)
        self.today = today
        self.first_monday = iso_week_start(today - timedelta(days=CALENDAR_DAYS - 1))
        self.update()

    @property
    def week_count(self) -> int:
        return (iso_week_start(self.today) - self.first_monday).days // 7 + 1

    def shown_days(self) -> list[date]:
        """Every day with a square: the 365 days ending today."""
        start = self.today - timedelta(days=CALENDAR_DAYS - 1)
        return [start + timedelta(days=i) for i in range(CALENDAR_DAYS)]

    def levels(self) -> dict[date, int]:
        return {day: level_of(self.days.get(day, 0.0)) for day in self.shown_days()}

    def colour_for(self, level: int) -> QColor:
        if level == 0:
            return QColor(self.palette_colours["panel_alt"])
        colour = QColor(style_for("forward").colour)
        colour.setAlpha(LEVEL_ALPHAS[level])
        return colour

    # -- geometry ------------------------------------------------------------------------------

    def _cell_px(self) -> float:
        usable = self.width() - LEFT_LABELS_PX - 4
        return max(6.0, min(22.0, usable / max(self.week_count, 1)))

    def _height_for(self, cell_px: float) -> int:
        return int(TOP_LABELS_PX + 7 * cell_px + LEGEND_PX + 6)

    def cell_rect(self, day: date) -> QRectF:
        cell = self._cell_px()
        column = (day - self.first_monday).days // 7
        row = day.weekday()
        return QRectF(
            LEFT_LABELS_PX + column * cell + 1, TOP_LABELS_PX + row * cell + 1, cell - 2, cell - 2
        )

    def day_at(self, pos: QPointF) -> date | None:
        cell = self._cell_px()
        column = int((pos.x() - LEFT_LABELS_PX) // cell)
        row = int((pos.y() - TOP_LABELS_PX) // cell)
        if pos.x() < LEFT_LABELS_PX or pos.y() < TOP_LABELS_PX or not 0 <= row < 7:
            return None
        day = self.first_monday + timedelta(days=column * 7 + row)
        start = self.today - timedelta(days=CALENDAR_DAYS - 1)
        return day if start <= day <= self.today else None

    def tooltip_for(self, day: date) -> str:
        minutes = self.days.get(day, 0.0)
        when = date_text(day, "%a %d %b %Y", weekday=True)
        if minutes <= 0:
            return self.tr("{day}: no session").format(day=when)
        return self.tr("{day}: {time}").format(day=when, time=format_elapsed(minutes * 60))

    def sizeHint(self) -> QSize:
        return QSize(LEFT_LABELS_PX + 53 * 16, self._height_for(16.0))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wanted = self._height_for(self._cell_px())
        if self.height() != wanted:
            self.setFixedHeight(wanted)

    # -- painting and hover --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.palette_colours
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        cell = self._cell_px()
        radius = max(1.0, cell * 0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        for day, level in self.levels().items():
            painter.setBrush(self.colour_for(level))
            painter.drawRoundedRect(self.cell_rect(day), radius, radius)
        painter.setPen(QColor(c["text_dim"]))
        for row, name in ((0, self.tr("Mon")), (2, self.tr("Wed")), (4, self.tr("Fri"))):
            rect = QRectF(0, TOP_LABELS_PX + row * cell, LEFT_LABELS_PX - 4, cell)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
        last_month = None
        for column in range(self.week_count):
            monday = self.first_monday + timedelta(days=7 * column)
            if monday.month != last_month and column < self.week_count - 1:
                last_month = monday.month
                x = LEFT_LABELS_PX + column * cell
                painter.drawText(
                    QRectF(x, 0, cell * 4, TOP_LABELS_PX - 2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    month_text(monday),
                )
        self._paint_legend(painter, cell)
        painter.end()

    def _paint_legend(self, painter: QPainter, cell: float) -> None:
        size = min(cell, 14.0)
        y = TOP_LABELS_PX + 7 * cell + 6
        right = LEFT_LABELS_PX + self.week_count * cell
        x = right - 5 * (size + 3)
        painter.setPen(QColor(self.palette_colours["text_dim"]))
        more = self.tr("More")
        less = self.tr("Less")
        metrics = painter.fontMetrics()
        less_width = metrics.horizontalAdvance(less) + 6
        more_width = metrics.horizontalAdvance(more) + 6
        x -= more_width
        painter.drawText(
            QRectF(x - less_width, y, less_width - 2, size),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            less,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        for level in range(5):
            painter.setBrush(self.colour_for(level))
            painter.drawRoundedRect(QRectF(x + level * (size + 3), y, size, size), 2, 2)
        painter.setPen(QColor(self.palette_colours["text_dim"]))
        painter.drawText(
            QRectF(x + 5 * (size + 3) + 2, y, more_width, size),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            more,
        )
        painter.drawText(
            QRectF(LEFT_LABELS_PX, y, x - LEFT_LABELS_PX - less_width - 8, size),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Minutes per day: under 15, 15-30, 30-45, 45 and more"),
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(day), self)
        super().mouseMoveEvent(event)
