"""The application icon, in a module of its own: the window sets it just after the first frame,
and needs neither the About dialog's widgets nor its html module for that."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from walkcoach import resources

ICON_RESOURCE = "icons/walkcoach.svg"


def app_icon() -> QIcon:
    """The application icon (window icon, About dialog), drawn from the shipped SVG."""
    return QIcon(str(resources.path(ICON_RESOURCE)))
