"""How the main window opens the device dialog: one dialog at a time, window-modal (open()),
so the coach page stays visible behind it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from walkcoach.core.settings import Settings
from walkcoach.ui.devices.device_dialog import DeviceDialog


class DeviceDialogOpener:
    """Opens the device dialog over ``window`` (raises it when it is open already).

    ``save_settings()`` writes the settings after Connect, Forget or Save. ``on_chosen(address,
    name)`` is called after Connect with the treadmill chosen (``"virtual"`` for the virtual
    one) and after Forget with ``("", "")``; ``on_sensor_chosen`` likewise for a heart-rate
    sensor; Save and Cancel do not call it. ``dialog`` is the
    open dialog (None again once it is closed; it is deleted then).
    """

    def __init__(
        self,
        window: Any,
        settings: Settings,
        save_settings: Callable[[], None],
        on_chosen: Callable[[str, str], None],
        on_sensor_chosen: Callable[[str, str], None] | None = None,
    ) -> None:
        self.window = window
        self.settings = settings
        self.save_settings = save_settings
        self.on_chosen = on_chosen
        self.on_sensor_chosen = on_sensor_chosen
        self.dialog: DeviceDialog | None = None

    def open(self) -> DeviceDialog:
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = DeviceDialog(
            self.settings,
            self.save_settings,
            self.on_chosen,
            self.window,
            on_sensor_chosen=self.on_sensor_chosen,
        )
        self.dialog = dialog

        def finished(_result: int) -> None:
            # Its scan thread ended in done(); the widgets go too (a new dialog scans afresh).
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
