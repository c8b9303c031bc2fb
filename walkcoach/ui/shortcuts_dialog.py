"""Every keyboard shortcut of the coach window, defined once and listed in Help > Keyboard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


@dataclass(frozen=True)
class ShortcutSpec:
    action: str  # method name suffix on the main window: "toggle_pause" -> window.toggle_pause()
    keys: tuple[QKeySequence, ...]
    description: str


def shortcut_specs() -> tuple[ShortcutSpec, ...]:
    key = Qt.Key
    return (
        ShortcutSpec("toggle_pause", (QKeySequence(key.Key_Space),),
                     _tr("Start the session, or pause and resume it")),
        ShortcutSpec("toggle_pause", (QKeySequence(key.Key_MediaTogglePlayPause),
                                      QKeySequence(key.Key_MediaPlay), QKeySequence(key.Key_MediaPause)),
                     _tr("The same, from the play/pause key of a media or Bluetooth remote")),
        ShortcutSpec("skip", (QKeySequence(key.Key_Right), QKeySequence(key.Key_N)),
                     _tr("Skip to the next segment")),
        ShortcutSpec("back", (QKeySequence(key.Key_Left), QKeySequence(key.Key_B)),
                     _tr("Restart this segment, or go to the previous one in its first seconds")),
        ShortcutSpec("request_stop", (QKeySequence(key.Key_Escape),),
                     _tr("Stop the session (asks first); leaves full screen when idle")),
        ShortcutSpec("toggle_full_screen", (QKeySequence(key.Key_F11),), _tr("Full screen on or off")),
        ShortcutSpec("toggle_mute", (QKeySequence(key.Key_M),), _tr("Sound on or off")),
        ShortcutSpec("toggle_mini_view", (QKeySequence("Ctrl+M"),),
                     _tr("Switch between the full window and the small always-on-top view")),
        ShortcutSpec("show_shortcuts", (QKeySequence(key.Key_F1),), _tr("This list")),
    )  # fmt: skip


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        specs = shortcut_specs()
        self.table = QTableWidget(len(specs), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, spec in enumerate(specs):
            keys = "  /  ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys)
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(spec.description))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)
