"""A drop-down that shortens its shown text with "…" instead of cutting a character in half."""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

ELLIPSIS = "\u2026"

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
        return elide_right(self.fontMetrics(), option.currentText, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def elide_right(metrics: QFontMetrics, text: str, width_px: int) -> str:
    """``text`` if it fits in ``width_px``, else its longest start that fits with "…" after it.

    QFontMetrics.elidedText does this too, but takes a ``Qt.TextElideMode``: the Qt namespace
    costs the first frame, which shows this combo, 20-30 ms (see lean_qt.py).
    """
    if metrics.horizontalAdvance(text) <= width_px:
        return text
    # Cut only where a character starts: never between a letter and its combining accent.
    cuts = [i for i in range(len(text)) if not unicodedata.combining(text[i])]
    low, high = 0, len(cuts) - 1  # cuts[0] == 0: "…" alone
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[: cuts[middle]].rstrip() + ELLIPSIS) <= width_px:
            low = middle
        else:
            high = middle - 1
    return text[: cuts[low]].rstrip() + ELLIPSIS if cuts else ELLIPSIS
