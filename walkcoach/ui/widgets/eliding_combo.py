"""A drop-down that shortens its shown text with "…" instead of cutting a character in half."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics, QPaintEvent
    from PySide6.QtWidgets import QStyleOptionComboBox

ELLIPSIS = "\u2026"

# The style sheet's padding is inside the edit field rectangle Qt reports for some styles and not
# for others: a few pixels of room keep the last letter clear of the arrow either way.
ELIDE_MARGIN_PX = 4


class ElidingComboBox(QComboBox):
    """Qt clips a too-long current text at the field's edge ("6:00 back"); this elides it.

    Qt paints the combo itself; the elided text reaches its paint through initStyleOption. The
    style is asked where the text field ends only when ``field_insets_px`` (how much narrower
    than the combo the field is) is not known: a first call into QStyle makes PySide6 build its
    570 enum members, some 50 million instructions of the first frame.
    """

    def __init__(self, parent: QWidget | None = None, field_insets_px: int | None = None) -> None:
        super().__init__(parent)
        self._field_insets_px = field_insets_px
        self._painting = False

    def shown_text(self) -> str:
        """The current text as painted: whole if it fits, else cut at a character with "…"."""
        return elide_right(self.fontMetrics(), self.currentText(), self._text_width_px())

    def _text_width_px(self) -> int:
        if self._field_insets_px is not None:
            field_width_px = self.width() - self._field_insets_px
        else:
            from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

            option = QStyleOptionComboBox()
            QComboBox.initStyleOption(self, option)  # Qt's own: the current text as it is
            field_width_px = (
                self.style()
                .subControlRect(
                    QStyle.ComplexControl.CC_ComboBox,
                    option,
                    QStyle.SubControl.SC_ComboBoxEditField,
                    self,
                )
                .width()
            )
        return max(0, field_width_px - ELIDE_MARGIN_PX)

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        super().initStyleOption(option)
        if self._painting:  # sizes and hit tests go on with the whole text
            option.currentText = elide_right(
                self.fontMetrics(), option.currentText, self._text_width_px()
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painting = True
        try:
            super().paintEvent(event)
        finally:
            self._painting = False


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
