"""The live heart rate on the coach display: the beats a minute, big, in the zone's colour,
with the zone's name under it (and where the figure comes from when it is the treadmill's).
Made when a heart rate is first linked; the first frame never builds it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from walkcoach.ui.platform.lean_qt import set_enum

# Shares of the window height, like the display's own (direction_display.py): the figure is
# between the targets line and the direction word, to be read from two metres.
BPM_HEIGHT_SHARE = 0.07
ZONE_HEIGHT_SHARE = 0.03
MIN_ZONE_PX = 13


class HeartRateBadge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heartRateBadge")
        self.bpm_label = QLabel(self)
        self.bpm_label.setObjectName("heartRateBpm")
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("heartRateZone")
        self.zone_label.setWordWrap(True)
        for label in (self.bpm_label, self.zone_label):
            set_enum(label, "alignment", "AlignCenter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bpm_label)
        layout.addWidget(self.zone_label)
        self.colour = ""

    def show_heart_rate(self, bpm_text: str, zone_text: str, colour: str, source: str) -> None:
        self.bpm_label.setText(bpm_text)
        self.zone_label.setText(zone_text if not source else f"{zone_text}\n{source}")
        if colour != self.colour:
            self.colour = colour
            style = f"color: {colour};" if colour else ""
            self.bpm_label.setStyleSheet(style)
            self.zone_label.setStyleSheet(style)
        accessible = f"{bpm_text}, {zone_text}" + (f", {source}" if source else "")
        self.setAccessibleName(accessible.replace("♥", "").strip())

    def set_scale_height(self, window_height_px: int) -> None:
        bpm = QFont(self.font())
        bpm.setWeight(QFont.Weight.ExtraBold)
        bpm.setFeature(QFont.Tag("tnum"), 1)  # the figure keeps its width as it changes
        bpm.setPixelSize(round(window_height_px * BPM_HEIGHT_SHARE))
        self.bpm_label.setFont(bpm)
        zone = QFont(self.font())
        zone.setWeight(QFont.Weight.DemiBold)
        zone.setPixelSize(max(MIN_ZONE_PX, round(window_height_px * ZONE_HEIGHT_SHARE)))
        self.zone_label.setFont(zone)
