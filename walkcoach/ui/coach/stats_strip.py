"""Session totals under the big display: elapsed, remaining, distance and kcal (estimates)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from walkcoach.core import energy
from walkcoach.core.program import PlannedSegment, Segment, format_duration
from walkcoach.core.units import km_to_mi
from walkcoach.ui.locale_text import decimal
from walkcoach.ui.platform.lean_qt import set_enum

if TYPE_CHECKING:
    from walkcoach.core.events import Event


def segment_distance_km(segment: Segment, active_s: float) -> float:
    return energy.distance_km(segment.speed_kmh, active_s) if segment.is_walking else 0.0


def segment_kcal(segment: Segment, active_s: float, weight_kg: float) -> float:
    """kcal for ``active_s`` seconds of this segment (the planned estimate, pro rata)."""
    if segment.duration_s <= 0:
        return 0.0
    if segment.kind == "turn":
        # Holding the rails and turning on a slow belt: counted at the resting rate.
        segment = replace(segment, kind="rest")
    return energy.segment_kcal(segment, weight_kg) * (active_s / segment.duration_s)


class SessionTotals:
    """Adds up what was actually walked: finished segments from events, the current one live."""

    def __init__(self, plan: tuple[PlannedSegment, ...] = (), weight_kg: float = 70.0) -> None:
        self.plan = plan
        self.weight_kg = weight_kg
        self.done_distance_km = 0.0
        self.done_kcal = 0.0

    def on_event(self, event: Event) -> None:
        from walkcoach.core.events import SegmentEnded  # not at start-up: see session_state.py

        if isinstance(event, SegmentEnded) and 0 <= event.index < len(self.plan):
            segment = self.plan[event.index].segment
            self.done_distance_km += segment_distance_km(segment, event.actual_duration_s)
            self.done_kcal += segment_kcal(segment, event.actual_duration_s, self.weight_kg)

    def totals(
        self, current: PlannedSegment | None, current_elapsed_s: float
    ) -> tuple[float, float]:
        """(distance_km, kcal) including the running segment's part so far."""
        distance_km, kcal = self.done_distance_km, self.done_kcal
        if current is not None and current_elapsed_s > 0:
            distance_km += segment_distance_km(current.segment, current_elapsed_s)
            kcal += segment_kcal(current.segment, current_elapsed_s, self.weight_kg)
        return distance_km, kcal


class StatsStrip(QFrame):
    """Four figures in a row; distance and energy are marked as estimates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        captions = {
            "elapsed": self.tr("Elapsed"),
            "remaining": self.tr("Remaining"),
            "distance": self.tr("Distance (est.)"),
            "kcal": self.tr("Energy (est.)"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            caption_label = QLabel(caption, self)
            caption_label.setProperty("dim", True)
            set_enum(caption_label, "alignment", "AlignCenter")
            value = QLabel("–", self)
            value.setObjectName(f"stat_{key}")
            set_enum(value, "alignment", "AlignCenter")
            font = value.font()
            font.setPixelSize(26)
            font.setBold(True)
            value.setFont(font)
            self.captions[key] = caption_label
            grid.addWidget(caption_label, 0, column)
            grid.addWidget(value, 1, column)
            self.values[key] = value

    def set_values(
        self,
        elapsed_s: float,
        remaining_s: float,
        distance_km: float,
        kcal: float,
        distance_unit: str,
    ) -> None:
        self.values["elapsed"].setText(format_duration(elapsed_s))
        self.values["remaining"].setText(format_duration(remaining_s))
        if distance_unit == "mi":
            self.values["distance"].setText(
                self.tr("{value} mi").format(value=decimal(km_to_mi(distance_km), 2))
            )
        else:
            self.values["distance"].setText(
                self.tr("{value} km").format(value=decimal(distance_km, 2))
            )
        self.values["kcal"].setText(self.tr("≈ {value} kcal").format(value=f"{kcal:.0f}"))

    def set_distance_measured(self, measured: bool) -> None:
        """The distance is the belt's own (a linked treadmill), or the plan's estimate."""
        self.captions["distance"].setText(
            self.tr("Distance (belt)") if measured else self.tr("Distance (est.)")
        )

    def set_scale_height(self, window_height_px: int) -> None:
        # Each figure as wide as the widest it reaches in a session, from the start: the strip
        # keeps one width as 1 kcal becomes 100, and the view buttons beside it never drop
        # onto the controls' line mid-session (which took a line of the display's height).
        widest = {
            "elapsed": ("88:88",),
            "remaining": ("88:88",),
            "distance": (
                self.tr("{value} km").format(value=decimal(8.88, 2)),
                self.tr("{value} mi").format(value=decimal(8.88, 2)),
            ),
            "kcal": (self.tr("≈ {value} kcal").format(value="888"),),
        }
        for key, value in self.values.items():
            font = value.font()
            font.setPixelSize(max(20, round(window_height_px * 0.036)))
            value.setFont(font)
            metrics = QFontMetrics(font)
            value.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in widest[key]))
