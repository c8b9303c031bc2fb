"""A drop-down that shortens its shown text with "…" instead of cutting a character in half."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

# The style sheet's padding is inside the edit field rectangle Qt reports for some styles and not
# for others: a few pixels of room keep the last letter clear of the arrow either way.
ELIDE_MARGIN_PX = 4


class ElidingComboBox(QComboBox):
    """Qt clips a too-long current text at the field's edge ("6:00 back"); this elides it."""

    def shown_text(self) -> str:
        """The current text as painted: whole if it fits, else cut at a character with "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        width = max(0, field.width() - ELIDE_MARGIN_PX)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
