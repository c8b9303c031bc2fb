"""The main window's size on the screen it opens on: fitted to that screen, never past its edges.

A fixed 1280x760 was too big for a 1024x600 netbook (the buttons fell off the bottom) and small
on a 1920x1080 desktop, where the coach is read from a treadmill and every pixel helps.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

# Room for the window manager's title bar and borders, which the window's own size leaves out.
FRAME_ALLOWANCE_W = 16
FRAME_ALLOWANCE_H = 48
# Below this the screen is small: the window takes all of it. Above it, a share, so the window
# still looks like a window next to others.
SMALL_SCREEN = QSize(1400, 860)
LARGE_SCREEN_SHARE = (0.8, 0.86)
LARGE_SCREEN_MIN = QSize(1280, 760)


def fitted_size(available: QRect) -> QSize:
    """The window's size (without its frame) for a screen with this available area."""
    most = QSize(
        max(320, available.width() - FRAME_ALLOWANCE_W),
        max(240, available.height() - FRAME_ALLOWANCE_H),
    )
    if available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height():
        return most
    share_w, share_h = LARGE_SCREEN_SHARE
    return QSize(
        min(most.width(), max(LARGE_SCREEN_MIN.width(), round(available.width() * share_w))),
        min(most.height(), max(LARGE_SCREEN_MIN.height(), round(available.height() * share_h))),
    )


def centred(size: QSize, available: QRect) -> QRect:
    """A window of ``size`` in the middle of the available area (its frame included)."""
    x = available.x() + max(0, (available.width() - size.width() - FRAME_ALLOWANCE_W) // 2)
    y = available.y() + max(0, (available.height() - size.height() - FRAME_ALLOWANCE_H) // 2)
    return QRect(x, y, size.width(), size.height())


def clamped(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` (a remembered one) made to fit the available area: shrunk where it is
    larger than the screen allows, moved back where it hangs off an edge; unchanged if it fits."""
    most = fitted_size(QRect(0, 0, available.width(), available.height()))
    if available.width() >= SMALL_SCREEN.width() and available.height() >= SMALL_SCREEN.height():
        # On a large screen a remembered size may use the whole of it, not only the share.
        most = QSize(available.width() - FRAME_ALLOWANCE_W, available.height() - FRAME_ALLOWANCE_H)
    width = min(geometry.width(), most.width())
    height = min(geometry.height(), most.height())
    x = min(max(geometry.x(), available.x()), available.right() + 1 - width - FRAME_ALLOWANCE_W)
    y = min(max(geometry.y(), available.y()), available.bottom() + 1 - height - FRAME_ALLOWANCE_H)
    return QRect(max(available.x(), x), max(available.y(), y), width, height)


def fits(geometry: QRect, available: QRect) -> bool:
    return clamped(geometry, available) == geometry
