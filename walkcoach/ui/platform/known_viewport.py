"""A scroll area's viewport made in Python, so that asking for it costs PySide6 nothing.

Start-up trick (issue 18), kept because it buys 56.7 M instructions to the first frame, 5.0 %
(1127.9 M with it, 1184.6 M without; callgrind), and 1.8 MiB of whole-start-up peak memory
(78.2 against 80.0 MiB, medians of 9), measured undone on the same checkout with
``benchmarks/startup_tricks.py baseline "no known_viewport"``.

The viewport Qt makes for a scroll area is a plain C++ QWidget that PySide6 has never seen. The
first ``viewport()`` call must find the Python class for it, and PySide6 does so by walking all
of QWidget's subclasses it knows, which makes some seventy of their Python classes and their
enums at once (QMdiArea, QGraphicsView, QWizard, the dialogs ...), none of which the window uses.
The muscle panel's texts area asks for its viewport's width while the first frame is laid out.
A viewport made here is the same widget Qt would make (the same object name, background role and
auto-filled background, so the style sheet treats it alike); Qt's own also accepts touch events,
set by ``accept_touch`` just after the first frame, where ``Qt`` may be loaded (lean_qt).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QScrollArea, QWidget


def give_known_viewport(area: QScrollArea) -> QWidget:
    """Replace ``area``'s viewport with an identical one made here (before ``setWidget``)."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")  # the name Qt gives its own
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole)  # as QScrollArea sets its own
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)  # reparents it, with the area's event filter and focus proxy
    return viewport


def accept_touch(viewport: QWidget) -> None:
    """The one attribute Qt's own viewport has beyond the above (it names the Qt namespace)."""
    from PySide6.QtCore import Qt

    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
