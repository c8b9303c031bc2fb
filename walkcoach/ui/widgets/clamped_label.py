"""A word-wrapped label that shows at most a few lines: a longer text ends in "…" on the last
line and its tool tip has it whole. For a description beside controls that must keep their
room on a small screen, whatever the language's word lengths."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

ELLIPSIS = "\u2026"
# Qt::TextWordWrap by value: the coach page's first frame makes this label, and reading it from
# the Qt namespace would load that whole namespace at start-up (tests/ui/test_startup.py).
TEXT_WORD_WRAP = 0x1000


def clamp_text(metrics: QFontMetrics, text: str, width_px: int, max_lines: int) -> str:
    """``text`` if it wraps to ``max_lines`` lines or fewer at ``width_px``, else its longest
    start (cut at a space where there is one) that does, with "…" after it."""

    def height(candidate: str) -> int:
        return metrics.boundingRect(
            QRect(0, 0, max(1, width_px), 1 << 20), TEXT_WORD_WRAP, candidate
        ).height()

    room_px = max_lines * metrics.lineSpacing()
    if not text or height(text) <= room_px:
        return text
    low, high = 0, len(text)  # the longest prefix that fits: binary search on its length
    while low < high:
        middle = (low + high + 1) // 2
        if height(text[:middle].rstrip() + ELLIPSIS) <= room_px:
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    space = cut.rfind(" ")
    if space > low // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


class ClampedLabel(QLabel):
    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._full_text = ""
        self.setWordWrap(True)

    def set_max_lines(self, max_lines: int) -> None:
        if max_lines != self.max_lines:
            self.max_lines = max_lines
            self._clamp()
            self.updateGeometry()

    def full_text(self) -> str:
        return self._full_text

    def setText(self, text: str) -> None:
        self._full_text = text
        self._clamp()

    def heightForWidth(self, width: int) -> int:
        cap = self.max_lines * self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        return min(super().heightForWidth(width), cap + margins.top() + margins.bottom())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._clamp()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._clamp()

    def _clamp(self) -> None:
        # Not shown yet: its width is not the one it will have, so it holds the whole text.
        width = self.contentsRect().width() if self.isVisible() else 0
        shown = (
            clamp_text(self.fontMetrics(), self._full_text, width, self.max_lines)
            if width > 0
            else self._full_text
        )
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._full_text if shown != self._full_text else "")
