"""A layout that places its widgets left to right and starts a new line when the next one does
not fit (like words in a paragraph), so a row of buttons never holds a window wider than the
screen. Qt has none built in; this follows Qt's own "Flow Layout" example.

``add_widget(widget, stretch)`` gives a line's spare width to its widgets of stretch > 0, in
proportion, as QHBoxLayout does: a row of buttons that fits stays a full-width row, and one
that does not fit becomes two full-width lines. ``balanced``: lines as even as they can be in
as few lines (4 + 3 buttons rather than 6 + 1, where one stretched button would fill a line).
``end_lead_line()``: the widgets added so far keep a line of their own where they fit on one,
and those that do not fit flow on with the rest (a heading row whose last buttons join the
next line instead of taking a line for themselves).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing_px: int = 6, *, balanced: bool = False
    ) -> None:
        super().__init__(parent)
        self._balanced = balanced
        self._lead: set[int] = set()  # id(item) of the lead line's items
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id(item) -> its share of a line's spare width
        self._spacing_px = spacing_px
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list ------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        from PySide6.QtWidgets import QWidgetItem

        self._items.insert(index if index >= 0 else len(self._items), QWidgetItem(widget))
        self.invalidate()

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        if stretch > 0:
            self._stretch[id(self._items[-1])] = stretch

    def end_lead_line(self) -> None:
        self._lead = {id(item) for item in self._items}

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        # Both are keyed by id(): a later item given the same id must not inherit either.
        self._stretch.pop(id(item), None)
        self._lead.discard(id(item))
        return item

    # -- geometry -----------------------------------------------------------------------------

    # expandingDirections() is Qt's default (both ways): the layouts holding this one share
    # their room by stretch factors. A Python override returns a Qt.Orientation, which loads
    # the whole Qt namespace (20-30 ms) in the coach page's first frame.

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing_px if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: the others go on lines of their own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (item.widget() and item.widget().isHidden())]

    def _lines(self, width_px: int) -> list[list[QLayoutItem]]:
        """The visible items, line by line: as many on a line as fit (at least one); balanced,
        the narrowest width that needs no more lines than that."""
        visible = self._visible()
        lead = [item for item in visible if id(item) in self._lead]
        rest = [item for item in visible if id(item) not in self._lead]
        if lead:
            first = self._greedy(lead, width_px)[0]
            return [first, *self._flow([*lead[len(first) :], *rest], width_px)]
        return self._flow(rest, width_px)

    def _flow(self, items: list[QLayoutItem], width_px: int) -> list[list[QLayoutItem]]:
        lines = self._greedy(items, width_px)
        if not self._balanced or len(lines) < 2:
            return lines
        widths = [item.sizeHint().width() for item in items]
        runs = sorted(  # every line a run of consecutive items could make
            sum(widths[start:end]) + self._spacing_px * (end - start - 1)
            for start in range(len(items))
            for end in range(start + 1, len(items) + 1)
        )
        for run_px in runs:
            if run_px <= width_px:
                even = self._greedy(items, run_px)
                if len(even) <= len(lines):
                    return even
        return lines

    def _greedy(self, items: list[QLayoutItem], width_px: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = []
        used_px = 0
        for item in items:
            item_px = item.sizeHint().width()
            if lines and lines[-1] and used_px + self._spacing_px + item_px <= width_px:
                lines[-1].append(item)
                used_px += self._spacing_px + item_px
            else:
                lines.append([item])
                used_px = item_px
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            widths = [item.sizeHint().width() for item in line]
            spare_px = area.width() - sum(widths) - self._spacing_px * (len(line) - 1)
            shares = [self._stretch.get(id(item), 0) for item in line]
            total = sum(shares)
            if spare_px > 0 and total > 0:
                extra = [spare_px * share // total for share in shares]
                # the rounding's few pixels to the last stretching item: the line ends flush
                last = max(i for i, share in enumerate(shares) if share)
                extra[last] += spare_px - sum(extra)
                widths = [w + e for w, e in zip(widths, extra, strict=True)]
            line_height = max(item.sizeHint().height() for item in line)
            if move:
                x = area.x()
                for item, width in zip(line, widths, strict=True):
                    height = item.sizeHint().height()  # centred in its line, as in a QHBoxLayout
                    item.setGeometry(QRect(x, y + (line_height - height) // 2, width, height))
                    x += width + self._spacing_px
            y += line_height + (self._spacing_px if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()
