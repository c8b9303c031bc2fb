"""How the main window opens the device dialog: one dialog at a time, window-modal (open()),
so the coach page stays visible behind it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from walkcoach.core.settings import Settings
from walkcoach.ui.devices.device_dialog import DeviceDialog


def open_device_dialog(
    window: Any,
    settings: Settings,
    save_settings: Callable[[], None],
    on_chosen: Callable[[str, str], None],
) -> DeviceDialog:
    """The device dialog over ``window`` (raised if it is open already).

    ``save_settings()`` writes the settings after Connect, Forget or Save. ``on_chosen(address,
    name)`` is called after Connect with the treadmill chosen (``"virtual"`` for the virtual
    one) and after Forget with ``("", "")``; Save and Cancel do not call it. The open dialog is
    ``window.device_dialog`` (None again once it is closed; it is deleted then).
    """
    dialog = getattr(window, "device_dialog", None)
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    dialog = DeviceDialog(settings, save_settings, on_chosen, window)
    window.device_dialog = dialog

    def finished(_result: int) -> None:
        # Its scan thread ended in done(); the widgets go too (a new dialog scans afresh).
        if getattr(window, "device_dialog", None) is dialog:
            window.device_dialog = None
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
