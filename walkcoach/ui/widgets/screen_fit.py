"""Size a dialog to its contents, within the screen it opens on (never larger than its room).

Word-wrapped labels make a dialog's height depend on its width; Qt's own first size for a
dialog does not take that into account, so a dialog could open shorter than its contents
(clipped labels, a button box over the list above it). ``fit_dialog`` picks the width first,
then the height the layout needs at that width, both capped to the screen's free area minus
room for the window manager's title bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

DECORATION_PX = 48  # a title bar and borders, which the window manager adds outside the dialog
SIDE_MARGIN_PX = 24
WIDEN_STEP_PX = 40


def room_for(widget: QWidget) -> QSize:
    """The largest size a window of ``widget``'s (or its parent's) screen can be, decorated."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QApplication.primaryScreen()
    area = screen.availableGeometry()
    return QSize(area.width() - 2 * SIDE_MARGIN_PX, area.height() - DECORATION_PX)


def fit_dialog(dialog: QWidget, preferred_width: int, preferred_height: int = 0) -> QSize:
    """Resize ``dialog`` to ``preferred_width`` (at least its minimum) and the height its layout
    needs at that width (at least ``preferred_height``), never beyond the screen's room; wider
    than ``preferred_width`` when that height would not fit the screen."""
    room = room_for(dialog)
    layout = dialog.layout()
    layout.activate()
    width = min(max(preferred_width, layout.totalMinimumSize().width()), room.width())
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
        # Wrapped text taller than the screen (a longer language): a wider dialog has fewer
        # lines, so widen it step by step while the screen has room, rather than cut it.
        while height > room.height() and width < room.width():
            width = min(width + WIDEN_STEP_PX, room.width())
            height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    height = min(max(height, preferred_height), room.height())
    dialog.resize(width, height)
    return QSize(width, height)


def fit_size(window: QWidget, preferred: QSize) -> QSize:
    """``preferred``, made no larger than the room on ``window``'s screen (a window that opens
    larger than the screen has its title bar or its buttons off the edge)."""
    return preferred.boundedTo(room_for(window))
