"""A translucent flash over a whole window that fades out: a change seen from the corner of an eye."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

FLASH_MS = 400
PEAK_ALPHA = 0.55


class FlashOverlay(QWidget):
    """Covers its parent, lets every click through, paints a fading colour when flashed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.enabled = True
        self.colour = QColor("#ffffff")
        self.opacity = 0.0
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(FLASH_MS)
        self.animation.setStartValue(PEAK_ALPHA)
        self.animation.setEndValue(0.0)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._on_value)
        self.animation.finished.connect(self.hide)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def flash(self, colour: str) -> bool:
        """Start a flash in ``colour``; returns False when flashing is turned off."""
        if not self.enabled:
            return False
        self.colour = QColor(colour)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.animation.stop()
        self.animation.start()
        return True

    @property
    def running(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def _on_value(self, value: float) -> None:
        self.opacity = float(value)
        self.update()

    def paintEvent(self, event) -> None:
        if self.opacity <= 0:
            return
        colour = QColor(self.colour)
        colour.setAlphaF(self.opacity)
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour)
        painter.end()
