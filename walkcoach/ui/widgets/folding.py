"""Containers that give way to a longer text instead of holding their window wider.

``FoldingFrame`` lays its widgets out side by side while its width allows every one its minimum,
and one under the other when it does not (a wrapped message and its button, in a language whose
words are longer or on a small screen). ``ElidingGroupBox`` is a group box whose title does not
set its minimum width: a title wider than the box is shortened with "…" (its tool tip has it
whole), as Qt's own group box would instead widen the whole pane to the title.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGroupBox,
    QScrollArea,
    QStyle,
    QStyleOptionGroupBox,
    QWidget,
)

from walkcoach.ui.widgets.eliding_combo import elide_right

Direction = QBoxLayout.Direction


class FoldingFrame(QFrame):
    """A frame with a box layout that folds from a row into a column when it is too narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(Direction.LeftToRight, self)

    def _row_minimum_width(self) -> int:
        """What the widgets need side by side (whatever the layout's direction now is)."""
        widths = [
            self.box.itemAt(i).minimumSize().width()
            for i in range(self.box.count())
            if not self.box.itemAt(i).isEmpty()
        ]
        margins = self.box.contentsMargins()
        spacing = max(0, self.box.spacing()) * max(0, len(widths) - 1)
        return sum(widths) + spacing + margins.left() + margins.right()

    def is_folded(self) -> bool:
        return self.box.direction() == Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        # The column's width: the frame may be as narrow as its widest widget.
        hint = super().minimumSizeHint()
        if self.is_folded():
            return hint
        widest = max(
            (self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())), default=0
        )
        margins = self.box.contentsMargins()
        return QSize(widest + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wanted = (
            Direction.LeftToRight
            if self.width() >= self._row_minimum_width()
            else Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()


class ElidingGroupBox(QGroupBox):
    """A group box whose title is elided to the box's width instead of widening it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._full_title = title

    def full_title(self) -> str:
        return self._full_title

    def _title_room_px(self, width_px: int) -> int:
        option = QStyleOptionGroupBox()
        self.initStyleOption(option)
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, self)
        return max(0, width_px - 4 * frame - 2 * self.fontMetrics().horizontalAdvance(" "))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None:
            return hint
        margins = self.contentsMargins()
        inner = layout.totalMinimumSize().width() + margins.left() + margins.right()
        return QSize(min(hint.width(), inner), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        shown = elide_right(self.fontMetrics(), self._full_title, self._title_room_px(self.width()))
        if shown != self.title():
            self.setTitle(shown)
            self.setToolTip(self._full_title if shown != self._full_title else "")


class VerticalScrollArea(QScrollArea):
    """A frameless area that scrolls up and down only: as wide as its widget needs (asked each
    time, so a folded banner or wrapped form lets it narrow), as tall as its room."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.minimumSizeHint().width() + bar, hint.height())
