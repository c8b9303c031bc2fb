"""A grey veil over a coach display while the session is paused, with PAUSED in large letters.

A small banner was easy to miss from the treadmill: paused looked like running. The veil
greys everything under it (direction colours, digits, next), so the state reads at a glance,
and says why and how to go on.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

VEIL_ALPHA = 0.9  # what shows through is a faint grey hint of the segment, not its colours
WORD_HEIGHT_SHARE = 0.3  # of the covered widget's height
WORD_WIDTH_SHARE = 0.16  # PAUSED is about 4.5 em wide: this keeps it inside narrow widgets
REASON_SHARE = 0.33  # the reason line's size against the word's


class PausedOverlay(QWidget):
    """Covers its parent, lets clicks through, hidden until paused. The parent keeps it at its
    size (``cover()`` from its resizeEvent): no event filter, which a widget being torn down
    could still call into."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pausedOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.word = self.tr("PAUSED")
        self.reason = ""
        self.setGeometry(parent.rect())
        self.hide()

    def cover(self) -> None:
        """Take the parent's whole area (after the parent was resized)."""
        self.setGeometry(self.parentWidget().rect())

    def show_paused(self, reason: str) -> None:
        """Veil the parent and say PAUSED, with ``reason`` (how to go on) underneath."""
        if self.isVisible() and self.reason == reason:
            return  # the 4 Hz refresh: nothing new to show
        self.reason = reason
        self.update()
        self.cover()
        self.raise_()
        self.show()

    def font_px(self) -> tuple[int, int]:
        """(word, reason) font pixel sizes for the current size."""
        word = max(
            18, round(min(self.height() * WORD_HEIGHT_SHARE, self.width() * WORD_WIDTH_SHARE))
        )
        return word, max(12, round(word * REASON_SHARE))

    def paintEvent(self, event) -> None:
        palette = self.palette()
        veil = QColor(palette.color(QPalette.ColorRole.Window))
        veil.setAlphaF(VEIL_ALPHA)
        text = palette.color(QPalette.ColorRole.WindowText)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), veil)
        p.setPen(QPen(text, 3))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)
        word_px, reason_px = self.font_px()
        font = QFont(self.font())
        font.setPixelSize(word_px)
        font.setWeight(QFont.Weight.ExtraBold)
        p.setFont(font)
        word_h = round(word_px * 1.25)
        reason_h = round(reason_px * 1.3) * 2 if self.reason else 0
        top = (self.height() - word_h - reason_h) / 2
        p.drawText(QRectF(0, top, self.width(), word_h), Qt.AlignmentFlag.AlignCenter, self.word)
        if self.reason:
            font.setPixelSize(reason_px)
            font.setWeight(QFont.Weight.Bold)
            p.setFont(font)
            box = QRectF(self.width() * 0.04, top + word_h, self.width() * 0.92, reason_h)
            p.drawText(
                box,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.reason,
            )
        p.end()
