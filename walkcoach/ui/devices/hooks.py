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
    one) and after Forget with ``("", "")``; Save and Cancel do not call it. The dialog is kept
    as ``window.device_dialog``.
    """
    dialog = getattr(window, "device_dialog", None)
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    dialog = DeviceDialog(settings, save_settings, on_chosen, window)
    window.device_dialog = dialog
    dialog.open()
    return dialog
